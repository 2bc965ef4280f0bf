package org.tocsin.cases;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.NotFoundException;
import org.tocsin.web.Text;
import org.tocsin.security.audit.AuditLog;

/** Cases: the folders that hold persons at risk, incidents and urgent actions. */
@Service
public class CaseFiles {

    private static final String COLUMNS = "id, title, summary, country, status, version, created_at, updated_at";

    private final JdbcClient db;
    private final AuditLog audit;
    private final CaseAccess access;

    CaseFiles(JdbcClient db, AuditLog audit, CaseAccess access) {
        this.audit = audit;
        this.db = db;
        this.access = access;
    }

    public record Listing(List<CaseFile> items, long total) {
    }

    /** Cases whose title or country contains {@code query} (all when blank), newest change first. */
    public Listing list(String query, int offset, int limit) {
        String like = "%" + (query == null ? "" : query.strip().toLowerCase()) + "%";
        String where = " where (lower(title) like :like or lower(coalesce(country, '')) like :like) and "
                + access.visibleCase("case_file.id");
        List<CaseFile> items = db.sql("select " + COLUMNS + " from case_file" + where
                        + " order by updated_at desc, id desc offset :offset limit :limit")
                .param("like", like).param("offset", offset).param("limit", limit)
                .query(CaseFile.class).list();
        long total = db.sql("select count(*) from case_file" + where).param("like", like).query(Long.class).single();
        return new Listing(items, total);
    }

    public record SummaryListing(List<CaseSummary> items, long total) {
    }

    /** Like {@link #list}, with each case's persons at risk, incidents and latest incident. */
    public SummaryListing summaries(String query, int offset, int limit) {
        String like = "%" + (query == null ? "" : query.strip().toLowerCase()) + "%";
        String where = " where (lower(c.title) like :like or lower(coalesce(c.country, '')) like :like) and "
                + access.visibleCase("c.id");
        List<CaseSummary> items = db.sql("""
                        select c.id, c.title, c.country, c.status, c.version, c.created_at, c.updated_at, c.restricted,
                               (select count(*) from case_person cp where cp.case_id = c.id and cp.at_risk) as persons_at_risk,
                               (select count(*) from incident i where i.case_id = c.id) as incidents,
                               latest.occurred_on as last_incident_on, latest.date_precision as last_incident_precision
                        from case_file c
                        left join lateral (select i.occurred_on, i.date_precision from incident i where i.case_id = c.id
                                           order by %s limit 1) latest on true
                        %s
                        order by c.updated_at desc, c.id desc offset :offset limit :limit"""
                        .formatted(CaseOverview.TIMELINE_ORDER_REVERSED, where))
                .param("like", like).param("offset", offset).param("limit", limit)
                .query(CaseSummary.class).list();
        long total = db.sql("select count(*) from case_file c" + where).param("like", like).query(Long.class).single();
        return new SummaryListing(items, total);
    }

    public Optional<CaseFile> find(long id) {
        return db.sql("select " + COLUMNS + " from case_file where id = ? and " + access.visibleCase("case_file.id"))
                .param(id).query(CaseFile.class).optional();
    }

    public CaseFile get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("case", id));
    }

    @Transactional
    public CaseFile create(CaseForm form) {
        long id = db.sql("insert into case_file (title, summary, country, status) values (?, ?, ?, ?) returning id")
                .params(form.title().strip(), Text.blankToNull(form.summary()), Text.blankToNull(form.country()), form.status())
                .query(Long.class).single();
        CaseFile created = get(id);
        audit.record("create", "case", id, AuditLog.filledFields(created));
        return created;
    }

    /** Saves the form if the case is still at the version the form was based on. */
    @Transactional
    public CaseFile update(long id, CaseForm form) {
        CaseFile before = get(id);
        int changed = db.sql("""
                        update case_file set title = ?, summary = ?, country = ?, status = ?,
                               version = version + 1, updated_at = now()
                        where id = ? and version = ?""")
                .params(form.title().strip(), Text.blankToNull(form.summary()), Text.blankToNull(form.country()), form.status(),
                        id, form.version() == null ? -1 : form.version())
                .update();
        if (changed == 0) {
            get(id);
            throw new ConcurrentEditException("case", id);
        }
        CaseFile after = get(id);
        audit.record("update", "case", id, AuditLog.changedFields(before, after));
        return after;
    }

}
