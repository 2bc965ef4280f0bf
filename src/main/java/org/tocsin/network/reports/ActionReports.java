package org.tocsin.network.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tocsin.actions.CodeScheme;
import org.tocsin.actions.UrgentAction;
import org.tocsin.actions.UrgentActions;
import org.tocsin.actions.Views.Details;
import org.tocsin.cases.CaseAccess;
import org.tocsin.actions.Views.ActionRow;
import org.tocsin.security.audit.AuditLog;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.InvalidInputException.FieldError;

/**
 * What members, coordinators and the API report having done for an urgent action, and the
 * totals. Counting is per chain: a report on a follow-up counts for the whole family, and only
 * confirmed reports count. A chain whose latest published step is closed takes no more reports.
 */
@Service
public class ActionReports {

    public static final List<String> CHANNELS = List.of("letter", "email", "fax", "phone", "social_media", "other");
    /** One member's report: more than this is an aggregate, for a coordinator or the API. */
    public static final int MEMBER_MAX = 500;
    public static final int AGGREGATE_MAX = 100_000;
    public static final int CONFIRMATION_DAYS = 7;
    public static final int DEFAULT_GOAL = 3500;
    static final int NOTE_MAX = 1000;
    static final int EMAIL_MAX = 254;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern FOLLOW_UP_CODE = Pattern.compile("^(.*\\S)\\s*\\.(\\d{1,3})$");
    private static final SecureRandom RANDOM = new SecureRandom();

    public enum Origin {
        MEMBER, COORDINATOR, API;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        int max() {
            return this == MEMBER ? MEMBER_MAX : AGGREGATE_MAX;
        }
    }

    /** A report as typed: text fields stay text so that each one can be named when wrong. */
    public record Submission(String channel, List<Long> targetIds, String count, String takenOn, Long sectionId,
                             String note) {

        public List<Long> targets() {
            return targetIds == null ? List.of() : targetIds.stream().filter(t -> t != null).distinct().toList();
        }
    }

    /** A stored report; {@code confirmationToken} is only set, once, for a pending report. */
    public record Recorded(long id, long actionId, long chainId, String status, int count, String channel,
                           LocalDate takenOn, String confirmationToken) {
    }

    public record Report(long id, long actionId, Long sectionId, Long memberId, String channel, int count,
                         LocalDate takenOn, String origin, String status, String reportedBy, String note) {
    }

    public enum ConfirmationState { CONFIRMED, USED, EXPIRED, UNKNOWN, CLOSED }

    public record Confirmation(ConfirmationState state, Long actionId, Integer count) {
    }

    public record SectionRef(long id, String name, String countryCode) {
    }

    public record ChannelTotal(String channel, long total) {
    }

    /** {@code sectionId} null: reports made without a section (members who belong to none). */
    public record SectionTotal(Long sectionId, String name, String countryCode, long total) {
    }

    public record CountryTotal(String countryCode, long total) {
    }

    public record DayTotal(LocalDate day, long total) {
    }

    public record ChainTotal(long chainId, String code, String title, String status, long total) {
    }

    public record Goal(int goal, Integer version, boolean set) {
    }

    public record Dashboard(long chainId, long total, Goal goal, List<ChannelTotal> byChannel,
                            List<SectionTotal> bySection, List<CountryTotal> byCountry, List<DayTotal> byDay) {

        /** Share of the goal reached, 0 to 100. */
        public int percent() {
            return (int) Math.min(100, total * 100 / Math.max(1, goal.goal()));
        }
    }

    public record CaseTotals(List<ChainTotal> chains, long total) {
    }

    private final JdbcClient db;
    private final UrgentActions actions;
    private final AuditLog audit;
    private final CaseAccess access;

    ActionReports(JdbcClient db, UrgentActions actions, AuditLog audit, CaseAccess access) {
        this.access = access;
        this.db = db;
        this.actions = actions;
        this.audit = audit;
    }

    // ---------------------------------------------------------------- which UA

    /**
     * An issued (or closed) UA, whoever asks: reporting is public once a UA is issued, whether or
     * not its case is restricted. Only for what is public of it; staff views use {@link UrgentActions#get}.
     */
    public Optional<UrgentAction> issued(long id) {
        return actions.find(id).filter(a -> !a.isDraft()).or(() -> actions.published(id).map(Details::action));
    }

    private UrgentAction issuedOrUnknown(long id) {
        return issued(id).orElseThrow(() -> ReportRefusedException.unknown(String.valueOf(id)));
    }

    /** The published UA {@code id}, if its chain still takes reports. */
    public UrgentAction open(long id) {
        UrgentAction action = issuedOrUnknown(id);
        requireOpen(action);
        return action;
    }

    /**
     * The UA a member quotes by its code ("UA 315/14", "RUS 004 / 1214 / OBS 093.1"), compared
     * without case or extra spaces: the latest published step of that chain, or the follow-up
     * the code names. Drafts are not known to the public.
     */
    public UrgentAction openByCode(String code) {
        String wanted = normalise(code);
        if (wanted.isEmpty()) {
            throw ReportRefusedException.unknown("");
        }
        Optional<Long> id = db.sql("""
                        select id from urgent_action
                        where regexp_replace(upper(code_base), '\\s+', ' ', 'g') = ? and status <> 'draft'
                        order by sequence desc limit 1""")
                .param(wanted).query(Long.class).optional();
        Matcher followUp = FOLLOW_UP_CODE.matcher(wanted);
        if (id.isEmpty() && followUp.matches()) {
            id = db.sql("""
                            select id from urgent_action
                            where regexp_replace(upper(code_base), '\\s+', ' ', 'g') = ? and sequence = ?
                              and code_scheme <> 'amnesty' and status <> 'draft'""")
                    .params(followUp.group(1), Integer.parseInt(followUp.group(2))).query(Long.class).optional();
        }
        UrgentAction action = issued(id.orElseThrow(() -> ReportRefusedException.unknown(code.strip())))
                .orElseThrow(() -> ReportRefusedException.unknown(code.strip()));
        requireOpen(action);
        return action;
    }

    private static String normalise(String code) {
        return code == null ? "" : code.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /**
     * Whether the chain has stopped taking reports, and since when: the day its last published
     * step was closed, or the issue day of a closure notice. The day is empty when a closed UA
     * was recorded without it (never guessed from the issue date).
     */
    public record Closure(LocalDate since) {
    }

    public Optional<Closure> closure(UrgentAction action) {
        List<ActionRow> published = actions.published(action.id()).map(Details::chain).orElse(List.of());
        if (published.isEmpty()) {
            return Optional.empty();
        }
        ActionRow last = published.getLast();
        if ("closed".equals(last.status())) {
            return Optional.of(new Closure(issuedOrUnknown(last.id()).closedOn()));
        }
        return "closure".equals(last.kind()) ? Optional.of(new Closure(last.issuedOn())) : Optional.empty();
    }

    private void requireOpen(UrgentAction action) {
        closure(action).ifPresent(closed -> {
            throw ReportRefusedException.closed(action.code(), closed.since());
        });
    }

    // ---------------------------------------------------------------- recording

    /**
     * A report from the public page or API. With a member (from their notification link) it
     * counts at once; otherwise it waits for the confirmation link mailed to {@code email}, which
     * is checked here but never stored.
     */
    @Transactional
    public Recorded recordPublic(long actionId, Submission s, Long memberId, String email) {
        UrgentAction action = open(actionId);
        List<FieldError> errors = new ArrayList<>();
        if (memberId == null) {
            checkEmail(email, errors);
        }
        Submission own = new Submission(s.channel(), s.targetIds(), s.count(), s.takenOn(), null, null);
        Checked c = check(action, own, Origin.MEMBER, errors);
        Long sectionId = memberId == null ? null : db.sql("select section_id from member where id = ?")
                .param(memberId).query(Long.class).optional().orElse(null);
        String status = memberId == null ? "pending" : "confirmed";
        long id = insert(action, c, sectionId, memberId, Origin.MEMBER, status, null, null);
        String token = memberId == null ? newConfirmation(id) : null;
        return new Recorded(id, action.id(), action.chainId(), status, c.count(), c.channel(), c.takenOn(), token);
    }

    /** A report through the staff API or a coordinator's page: confirmed at once. */
    @Transactional
    public Recorded recordStaff(UrgentAction action, Submission s, Origin origin, String by) {
        requireOpen(action);
        Checked c = check(action, s, origin, new ArrayList<>());
        String note = s.note() == null || s.note().isBlank() ? null : s.note().strip();
        long id = insert(action, c, s.sectionId(), null, origin, "confirmed", by, note);
        audit.record("create", "action_report", id, List.of("channel", "count", "date"));
        return new Recorded(id, action.id(), action.chainId(), "confirmed", c.count(), c.channel(), c.takenOn(), null);
    }

    private record Checked(String channel, int count, LocalDate takenOn, List<Long> targets) {
    }

    /** Every broken rule at once, each naming its field; nothing is written if any is broken. */
    private Checked check(UrgentAction action, Submission s, Origin origin, List<FieldError> errors) {
        String channel = s.channel() == null ? "" : s.channel().strip();
        if (channel.isEmpty()) {
            errors.add(new FieldError("channel", "validation.required"));
        } else if (!CHANNELS.contains(channel)) {
            errors.add(new FieldError("channel", "validation.unknownValue"));
        }
        Integer count = count(s.count(), origin.max(), errors);
        LocalDate takenOn = takenOn(s.takenOn(), issuedOrUnknown(action.chainId()).issuedOn(), errors);
        List<Long> targets = s.targets();
        if (!targets.isEmpty() && !allowedTargets(action.chainId()).containsAll(targets)) {
            errors.add(new FieldError("targetIds", "reports.error.unknownTarget"));
        }
        if (s.sectionId() != null && section(s.sectionId()).isEmpty()) {
            errors.add(new FieldError("sectionId", "reports.error.unknownSection"));
        }
        if (s.note() != null && s.note().strip().length() > NOTE_MAX) {
            errors.add(new FieldError("note", "reports.error.tooLong", NOTE_MAX));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(channel, count, takenOn, targets);
    }

    private static Integer count(String text, int max, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError("count", "validation.required"));
            return null;
        }
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError("count", "validation.number"));
            return null;
        }
        if (value < 1) {
            errors.add(new FieldError("count", "validation.positive"));
            return null;
        }
        if (value > max) {
            errors.add(new FieldError("count", "reports.error.tooMany", max));
            return null;
        }
        return (int) value;
    }

    private LocalDate takenOn(String text, LocalDate issuedOn, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError("takenOn", "validation.required"));
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("takenOn", "validation.date"));
            return null;
        }
        if (date.isAfter(actions.today())) {
            errors.add(new FieldError("takenOn", "reports.error.future"));
        } else if (issuedOn != null && date.isBefore(issuedOn)) {
            errors.add(new FieldError("takenOn", "reports.error.beforeIssue", issuedOn.toString()));
        }
        return date;
    }

    private static void checkEmail(String email, List<FieldError> errors) {
        if (email == null || email.isBlank()) {
            errors.add(new FieldError("email", "validation.required"));
        } else if (email.strip().length() > EMAIL_MAX || !EMAIL.matcher(email.strip()).matches()) {
            errors.add(new FieldError("email", "reports.error.email"));
        }
    }

    /** The targets of every step of the chain, and those the sections' localisations add. */
    Set<Long> allowedTargets(long chainId) {
        return Set.copyOf(db.sql("""
                        select t.target_id from urgent_action_target t join urgent_action a on a.id = t.action_id
                        where a.id = :chain or a.root_id = :chain
                        union
                        select lt.target_id from localisation_target lt join localisation l on l.id = lt.localisation_id
                          join urgent_action a on a.id = l.action_id
                        where a.id = :chain or a.root_id = :chain""")
                .param("chain", chainId).query(Long.class).list());
    }

    private long insert(UrgentAction action, Checked c, Long sectionId, Long memberId, Origin origin, String status,
                        String by, String note) {
        long id = db.sql("""
                        insert into action_report (action_id, section_id, member_id, channel, count, taken_on, origin,
                            status, reported_by, note)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(action.id(), sectionId, memberId, c.channel(), c.count(), c.takenOn(), origin.code(), status,
                        by, note)
                .query(Long.class).single();
        for (Long target : c.targets()) {
            db.sql("insert into action_report_target (report_id, target_id) values (?, ?)").params(id, target).update();
        }
        return id;
    }

    /** Removes a report still waiting for its confirmation (whose mail could not be sent). */
    void discardPending(long id) {
        db.sql("delete from action_report where id = ? and status = 'pending'").param(id).update();
    }

    /**
     * The report just recorded, for the answer to whoever recorded it: reporting goes by a UA's
     * public code, so its case may be one the reporter does not see; the report holds nothing of it.
     */
    Report recorded(long id) {
        return db.sql("""
                        select id, action_id, section_id, member_id, channel, count, taken_on, origin, status,
                               reported_by, note
                        from action_report where id = ?""")
                .param(id).query(Report.class).single();
    }

    /** A report, unless it is of a UA whose case the viewer may not see. */
    public Optional<Report> find(long id) {
        return db.sql("""
                        select r.id, r.action_id, r.section_id, r.member_id, r.channel, r.count, r.taken_on, r.origin,
                               r.status, r.reported_by, r.note
                        from action_report r join urgent_action a on a.id = r.action_id
                        where r.id = ?""" + " and " + access.visibleCase("a.case_id"))
                .param(id).query(Report.class).optional();
    }

    public List<Long> targetsOf(long reportId) {
        return db.sql("select target_id from action_report_target where report_id = ? order by target_id")
                .param(reportId).query(Long.class).list();
    }

    // ---------------------------------------------------------------- confirmation

    private String newConfirmation(long reportId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        db.sql("""
                        insert into action_report_confirmation (report_id, token_hash, expires_at)
                        values (?, ?, now() + make_interval(days => ?))""")
                .params(reportId, hash(token), CONFIRMATION_DAYS).update();
        return token;
    }

    private record Pending(long reportId, long actionId, int count, boolean used, boolean expired) {
    }

    private Optional<Pending> pending(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return db.sql("""
                        select c.report_id, r.action_id, r.count, c.used_at is not null as used,
                               c.expires_at < now() as expired
                        from action_report_confirmation c join action_report r on r.id = c.report_id
                        where c.token_hash = ?""" + (lock ? " for update of c" : ""))
                .param(hash(token)).query(Pending.class).optional();
    }

    /** What following the link would do, without doing it (the page asks for one click). */
    public Confirmation check(String token) {
        return pending(token, false).map(p -> state(p, false)).orElse(new Confirmation(ConfirmationState.UNKNOWN, null, null));
    }

    /** Counts the pending report the link was mailed for: once, within its days, while the chain is open. */
    @Transactional
    public Confirmation confirm(String token) {
        Optional<Pending> found = pending(token, true);
        if (found.isEmpty()) {
            return new Confirmation(ConfirmationState.UNKNOWN, null, null);
        }
        Confirmation state = state(found.get(), true);
        if (state.state() == ConfirmationState.CONFIRMED) {
            db.sql("update action_report_confirmation set used_at = now() where report_id = ?")
                    .param(found.get().reportId()).update();
            db.sql("update action_report set status = 'confirmed' where id = ?").param(found.get().reportId()).update();
        }
        return state;
    }

    private Confirmation state(Pending p, boolean confirming) {
        ConfirmationState state = p.used() ? ConfirmationState.USED
                : p.expired() ? ConfirmationState.EXPIRED
                : closure(issuedOrUnknown(p.actionId())).isPresent() ? ConfirmationState.CLOSED
                : ConfirmationState.CONFIRMED;
        return new Confirmation(state, p.actionId(), p.count());
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- totals

    /** Confirmed actions for the chain of UA {@code actionId}. */
    public long chainTotal(long actionId) {
        long chain = issuedOrUnknown(actionId).chainId();
        return db.sql("""
                        select coalesce(sum(r.count), 0) from action_report r join urgent_action a on a.id = r.action_id
                        where r.status = 'confirmed' and (a.id = ? or a.root_id = ?)""")
                .params(chain, chain).query(Long.class).single();
    }

    /** The staff dashboard of one chain: total against the goal, by channel, section, country and day. */
    @Transactional(readOnly = true)
    public Dashboard dashboard(long actionId) {
        long chain = actions.get(actionId).chainId();
        String reports = """
                 from action_report r join urgent_action a on a.id = r.action_id
                 left join section s on s.id = r.section_id
                where r.status = 'confirmed' and (a.id = :chain or a.root_id = :chain)""";
        List<ChannelTotal> byChannel = db.sql("select r.channel, sum(r.count) as total" + reports
                        + " group by r.channel order by total desc, r.channel")
                .param("chain", chain).query(ChannelTotal.class).list();
        List<SectionTotal> bySection = db.sql("select s.id as section_id, s.name, s.country_code, sum(r.count) as total"
                        + reports + " group by s.id, s.name, s.country_code order by total desc, s.name nulls last")
                .param("chain", chain).query(SectionTotal.class).list();
        List<CountryTotal> byCountry = db.sql("select s.country_code, sum(r.count) as total" + reports
                        + " group by s.country_code order by total desc, s.country_code nulls last")
                .param("chain", chain).query(CountryTotal.class).list();
        // Every day from the first report to the last (at most 120), so quiet days show as gaps.
        List<DayTotal> byDay = db.sql("""
                        with daily as (select r.taken_on as day, sum(r.count) as total""" + reports + """
                         group by r.taken_on),
                        span as (select greatest(min(day), max(day) - 119) as first, max(day) as last from daily)
                        select d::date as day, coalesce(daily.total, 0) as total
                        from span, generate_series(span.first, span.last, interval '1 day') d
                        left join daily on daily.day = d::date
                        order by d""")
                .param("chain", chain).query(DayTotal.class).list();
        long total = byChannel.stream().mapToLong(ChannelTotal::total).sum();
        return new Dashboard(chain, total, goal(chain), byChannel, bySection, byCountry, byDay);
    }

    /** Confirmed actions a section reported, per UA chain, most recent chain first. */
    public List<ChainTotal> sectionTotals(long sectionId) {
        return db.sql("""
                        select o.id as chain_id, o.code_scheme, o.code_base, o.title, o.status, sum(r.count) as total
                        from action_report r join urgent_action a on a.id = r.action_id
                          join urgent_action o on o.id = coalesce(a.root_id, a.id)
                        where r.status = 'confirmed' and r.section_id = ?""" + " and " + access.visibleCase("o.case_id") + """

                        group by o.id order by o.issued_on desc nulls last, o.id desc""")
                .param(sectionId).query((rs, row) -> chainTotal(rs)).list();
    }

    /** Confirmed actions per published UA chain of a case, and their sum: for the case page. */
    public CaseTotals caseTotals(long caseId) {
        List<ChainTotal> chains = db.sql("""
                        select o.id as chain_id, o.code_scheme, o.code_base, o.title, o.status,
                               coalesce(sum(r.count) filter (where r.status = 'confirmed'), 0) as total
                        from urgent_action o
                          left join urgent_action a on coalesce(a.root_id, a.id) = o.id
                          left join action_report r on r.action_id = a.id
                        where o.case_id = ? and o.root_id is null and o.status <> 'draft'"""
                        + " and " + access.visibleCase("o.case_id") + """

                        group by o.id order by o.issued_on nulls last, o.id""")
                .param(caseId).query((rs, row) -> chainTotal(rs)).list();
        return new CaseTotals(chains, chains.stream().mapToLong(ChainTotal::total).sum());
    }

    private static ChainTotal chainTotal(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ChainTotal(rs.getLong("chain_id"),
                CodeScheme.of(rs.getString("code_scheme")).display(rs.getString("code_base"), 0),
                rs.getString("title"), rs.getString("status"), rs.getLong("total"));
    }

    // ---------------------------------------------------------------- goal

    /** The chain's goal; until staff set one, the usual draw of a UA as a suggestion. */
    public Goal goal(long actionId) {
        long chain = actions.get(actionId).chainId();
        return db.sql("select goal, version, true as set from action_goal where action_id = ?").param(chain)
                .query(Goal.class).optional().orElse(new Goal(DEFAULT_GOAL, null, false));
    }

    /** Sets the chain's goal if it is still at {@code version} (null: none set yet). */
    @Transactional
    public Goal setGoal(long actionId, String goalText, Integer version) {
        long chain = actions.get(actionId).chainId();
        List<FieldError> errors = new ArrayList<>();
        Integer goal = null;
        if (goalText == null || goalText.isBlank()) {
            errors.add(new FieldError("goal", "validation.required"));
        } else {
            try {
                goal = Integer.parseInt(goalText.strip());
                if (goal < 1 || goal > 10_000_000) {
                    errors.add(new FieldError("goal", "reports.error.goalRange"));
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError("goal", "validation.number"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int changed = version == null
                ? db.sql("insert into action_goal (action_id, goal) values (?, ?) on conflict do nothing")
                        .params(chain, goal).update()
                : db.sql("""
                                update action_goal set goal = ?, version = version + 1, updated_at = now()
                                where action_id = ? and version = ?""")
                        .params(goal, chain, version).update();
        if (changed == 0) {
            throw new org.tocsin.web.ConcurrentEditException("actionGoal", chain);
        }
        audit.record("update", "action_goal", chain, List.of("goal"));
        return goal(chain);
    }

    // ---------------------------------------------------------------- sections

    public Optional<SectionRef> section(long id) {
        return db.sql("select id, name, country_code from section where id = ?").param(id)
                .query(SectionRef.class).optional();
    }

    /** The sections a user may report for: every one for {@code all}, else those they coordinate. */
    public List<SectionRef> sectionsFor(long userId, boolean all) {
        return all
                ? db.sql("select id, name, country_code from section order by lower(name)").query(SectionRef.class).list()
                : db.sql("""
                                select s.id, s.name, s.country_code from section s
                                join section_coordinator c on c.section_id = s.id
                                where c.user_id = ? order by lower(s.name)""")
                        .param(userId).query(SectionRef.class).list();
    }
}
