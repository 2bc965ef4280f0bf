package org.tocsin.cases.incidents;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tocsin.cases.CaseAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.NotFoundException;
import org.tocsin.web.Text;
import org.tocsin.security.audit.AuditLog;

/** The documents that tell of incidents: urgent actions, appeals, reports, articles. */
@Service
public class Sources {

    private static final String COLUMNS = "id, publisher, published_on, title, url, kind, reference, version, created_at, updated_at";
    private static final int MAX_OPTIONS = 2000;

    private final JdbcClient db;
    private final AuditLog audit;
    private final CaseAccess access;

    Sources(JdbcClient db, AuditLog audit, CaseAccess access) {
        this.access = access;
        this.audit = audit;
        this.db = db;
    }

    public record Listing(List<Source> items, long total) {
    }

    /** A source's fields after checking: what goes into the table. */
    private record Checked(String publisher, LocalDate publishedOn, String title, String url, String kind,
                           String reference) {
    }

    /** Sources whose publisher, title or reference contains {@code query} (all when blank), newest first. */
    public Listing list(String query, int offset, int limit) {
        String like = "%" + (query == null ? "" : query.strip().toLowerCase()) + "%";
        String where = " where (lower(publisher) like :like or lower(title) like :like or lower(coalesce(reference, '')) like :like)"
                + " and " + access.visibleSource("source.id");
        List<Source> items = db.sql("select " + COLUMNS + " from source" + where
                        + " order by published_on desc nulls last, id desc offset :offset limit :limit")
                .param("like", like).param("offset", offset).param("limit", limit)
                .query(Source.class).list();
        long total = db.sql("select count(*) from source" + where).param("like", like).query(Long.class).single();
        return new Listing(items, total);
    }

    /** All sources (up to a few thousand) for a select, by publisher and date. */
    public List<Source> options() {
        return db.sql("select " + COLUMNS + " from source where " + access.visibleSource("source.id")
                        + " order by publisher, published_on nulls last, id limit ?")
                .param(MAX_OPTIONS).query(Source.class).list();
    }

    public Optional<Source> find(long id) {
        return db.sql("select " + COLUMNS + " from source where id = ? and " + access.visibleSource("source.id"))
                .param(id).query(Source.class).optional();
    }

    public Source get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("source", id));
    }

    @Transactional
    public Source create(SourceForm form) {
        Checked s = check(form);
        long id = db.sql("""
                        insert into source (publisher, published_on, title, url, kind, reference)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(s.publisher(), s.publishedOn(), s.title(), s.url(), s.kind(), s.reference())
                .query(Long.class).single();
        Source created = get(id);
        audit.record("create", "source", id, AuditLog.filledFields(created));
        return created;
    }

    /** Saves the form if the source is still at the version the form was based on. */
    @Transactional
    public Source update(long id, SourceForm form) {
        Checked s = check(form);
        Source before = get(id);
        int changed = db.sql("""
                        update source set publisher = ?, published_on = ?, title = ?, url = ?, kind = ?, reference = ?,
                               version = version + 1, updated_at = now()
                        where id = ? and version = ?""")
                .params(s.publisher(), s.publishedOn(), s.title(), s.url(), s.kind(), s.reference(),
                        id, form.version() == null ? -1 : form.version())
                .update();
        if (changed == 0) {
            get(id);
            throw new ConcurrentEditException("source", id);
        }
        Source after = get(id);
        audit.record("update", "source", id, AuditLog.changedFields(before, after));
        return after;
    }

    private static Checked check(SourceForm form) {
        Checks checks = new Checks();
        LocalDate publishedOn = checks.date("publishedOn", form.publishedOn());
        String url = checks.url("url", form.url());
        checks.throwIfAny();
        return new Checked(form.publisher().strip(), publishedOn, form.title().strip(), url, form.kind(),
                Text.blankToNull(form.reference()));
    }
}
