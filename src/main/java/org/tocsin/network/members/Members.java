package org.tocsin.network.members;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tocsin.actions.UrgentAction;
import org.tocsin.network.reports.ReportingMembers;
import org.tocsin.security.FieldSensitivity;
import org.tocsin.security.audit.AuditLog;
import org.tocsin.security.crypto.BlindIndex;
import org.tocsin.security.crypto.Vault;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.NotFoundException;

/**
 * The members of the network: sign-up with double opt-in, one-click unsubscribe, their own view
 * of their data, suppression of addresses that bounce or complain. Name, e-mail, town and postal
 * address are sealed by the vault; the e-mail is found again by its blind index only. Secret links
 * are stored as SHA-256 hashes, never as they are mailed.
 */
@Service
public class Members implements ReportingMembers {

    public static final int CONFIRM_DAYS = 7;
    public static final int DATA_LINK_HOURS = 24;
    static final int MAX_ATTEMPTS_PER_EMAIL = 3;
    static final int MAX_ATTEMPTS_PER_CLIENT = 10;
    static final int ATTEMPT_WINDOW_MINUTES = 60;
    /** The languages of the service's own pages; sections add theirs. */
    public static final List<String> BASE_LANGUAGES = List.of("en", "ru");

    public enum Outcome { SENT, THROTTLED }

    /** What the outbox needs to mail a member. */
    public record Recipient(long id, String email, String name, String language, String status,
                            String unsubscribeToken, String linkToken) {
        public boolean isActive() {
            return "active".equals(status);
        }
    }

    /** Everything kept about a member, as they may see and download it. */
    public record MemberData(long id, String email, String name, String town, String address, String language,
                             Long sectionId, String section, String frequency, List<String> countries, List<String> themes,
                             String status, OffsetDateTime confirmedAt, OffsetDateTime createdAt, int version,
                             List<Mail> mails, long actionReports) {
    }

    /** One mail the member was sent or will be sent: no body, only what it was about. */
    public record Mail(String kind, String action, String status, OffsetDateTime createdAt, OffsetDateTime sentAt) {
    }

    public record Option(String value, String label) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient db;
    private final Vault vault;
    private final BlindIndex blind;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    Members(JdbcClient db, Vault vault, BlindIndex blind, ApplicationEventPublisher events, AuditLog audit) {
        this.db = db;
        this.vault = vault;
        this.blind = blind;
        this.events = events;
        this.audit = audit;
    }

    /**
     * A sign-up from the public page. The answer is the same whether or not the address is already
     * a member (or suppressed): a fresh confirmation mail goes to the address, and only its owner
     * learns anything. A filled honeypot looks like success and does nothing.
     */
    @Transactional
    public Outcome signUp(SignUpForm form, String client) {
        if (form.website() != null && !form.website().isBlank()) {
            return Outcome.SENT;
        }
        checkChoices(form.language(), form.sectionId(), form.countryList(), form.themeList());
        String email = normalise(form.email());
        byte[] index = emailIndex(email);
        if (!attempt(index, client)) {
            return Outcome.THROTTLED;
        }
        if (isSuppressed(index)) {
            return Outcome.SENT;
        }
        Long id = db.sql("""
                        insert into member (email_index, email_sealed, language, section_id, frequency, countries, themes)
                        values (?, ''::bytea, ?, ?, ?, ?, ?) on conflict (email_index) do nothing returning id""")
                .params(index, form.language(), form.sectionId(), form.frequency(), form.countryList().toArray(String[]::new),
                        form.themeList().toArray(String[]::new))
                .query(Long.class).optional().orElse(null);
        if (id != null) {
            seal(id, email, form.name(), form.town(), form.address());
            db.sql("update member set unsubscribe_hash = ?, link_hash = ? where id = ?")
                    .params(hash(unsubscribeToken(id)), hash(linkToken(id)), id).update();
        } else {
            var existing = db.sql("select id, status from member where email_index = ? for update").param(index)
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).single();
            id = existing.getKey();
            if ("suppressed".equals(existing.getValue())) {
                return Outcome.SENT;
            }
            if (!"active".equals(existing.getValue())) {
                // Not receiving anything yet: the new form replaces the old one until it is confirmed.
                db.sql("update member set language = ?, section_id = ?, frequency = ?, countries = ?, themes = ?, version = version + 1, updated_at = now() where id = ?")
                        .params(form.language(), form.sectionId(), form.frequency(), form.countryList().toArray(String[]::new),
                                form.themeList().toArray(String[]::new), id)
                        .update();
                seal(id, email, form.name(), form.town(), form.address());
            }
        }
        newLink(id, "confirm", "confirm", CONFIRM_DAYS * 24);
        return Outcome.SENT;
    }

    /**
     * Adds a member who has already opted in elsewhere (an import of a section's consented list),
     * active at once; an address already known is left as it is. Returns the member's id.
     */
    @Transactional
    public long addConfirmed(String rawEmail, String name, String language, Long sectionId, List<String> countries,
                             String frequency) {
        return addConfirmed(rawEmail, name, language, sectionId, countries, List.of(), frequency);
    }

    /** As {@link #addConfirmed(String, String, String, Long, List, String)}, with the themes the member chose. */
    @Transactional
    public long addConfirmed(String rawEmail, String name, String language, Long sectionId, List<String> countries,
                             List<String> themes, String frequency) {
        String email = normalise(rawEmail);
        byte[] index = emailIndex(email);
        Long id = db.sql("""
                        insert into member (email_index, email_sealed, language, section_id, frequency, countries, themes, status, confirmed_at)
                        values (?, ''::bytea, ?, ?, ?, ?, ?, 'active', now()) on conflict (email_index) do nothing returning id""")
                .params(index, language, sectionId, frequency, countries.toArray(String[]::new), themes.toArray(String[]::new))
                .query(Long.class).optional().orElse(null);
        if (id == null) {
            return db.sql("select id from member where email_index = ?").param(index).query(Long.class).single();
        }
        seal(id, email, name, null, null);
        db.sql("update member set unsubscribe_hash = ?, link_hash = ? where id = ?")
                .params(hash(unsubscribeToken(id)), hash(linkToken(id)), id).update();
        return id;
    }

    /** One member of a consented list to import. */
    public record Imported(String email, String name, String language, List<String> countries, String frequency) {
    }

    /**
     * Imports a section's consented list in bulk, active at once: ids are taken from the identity
     * first so each value is sealed for its row before the row is written, in batches of 1,000.
     * Addresses already known are skipped. Returns how many were added.
     */
    @Transactional
    public int importConfirmed(List<Imported> list) {
        int added = 0;
        for (int from = 0; from < list.size(); from += 1000) {
            List<Imported> chunk = list.subList(from, Math.min(list.size(), from + 1000));
            List<Long> ids = db.sql("select nextval(pg_get_serial_sequence('member', 'id')) from generate_series(1, ?)")
                    .param(chunk.size()).query(Long.class).list();
            List<Object[]> rows = java.util.stream.IntStream.range(0, chunk.size()).parallel().mapToObj(i -> {
                Imported m = chunk.get(i);
                long id = ids.get(i);
                String email = normalise(m.email());
                return new Object[] {id, emailIndex(email), vault.encrypt(email, "member.email:" + id),
                        vault.encrypt(blankToNull(m.name()), "member.name:" + id), m.language(), m.frequency(),
                        m.countries().toArray(String[]::new), hash(unsubscribeToken(id)), hash(linkToken(id))};
            }).toList();
            for (Object[] row : rows) {
                added += db.sql("""
                                insert into member (id, email_index, email_sealed, name_sealed, language, frequency,
                                    countries, unsubscribe_hash, link_hash, status, confirmed_at)
                                overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', now()) on conflict (email_index) do nothing""")
                        .params(row).update();
            }
        }
        return added;
    }

    /** The member with this address, if any: for staff tools that are given an address. */
    public Optional<Long> findByEmail(String rawEmail) {
        return db.sql("select id from member where email_index = ?").param(emailIndex(normalise(rawEmail)))
                .query(Long.class).optional();
    }

    /** Follows a confirmation link: the member is active from now on. Empty for an unknown or expired link. */
    @Transactional
    public Optional<Long> confirm(String token) {
        Optional<Long> id = useToken(token, "confirm");
        id.ifPresent(member -> {
            db.sql("""
                    update member set status = 'active', confirmed_at = coalesce(confirmed_at, now()),
                                      version = version + 1, updated_at = now()
                    where id = ? and status <> 'suppressed'""").param(member).update();
            db.sql("delete from member_token where member_id = ? and purpose = 'confirm'").param(member).update();
        });
        return id;
    }

    /** Whether a confirmation link is real and unexpired, without using it (for the page a GET shows). */
    public boolean knowsConfirmLink(String token) {
        return tokenMember(token, "confirm").isPresent();
    }

    /** One-click unsubscribe: the member gets nothing more. Empty for an unknown link. */
    @Transactional
    public Optional<Long> unsubscribe(String token) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        Optional<Long> id = db.sql("select id from member where unsubscribe_hash = ?").param(hash(token)).query(Long.class).optional();
        id.ifPresent(member -> db.sql("""
                update member set status = 'unsubscribed', version = version + 1, updated_at = now()
                where id = ? and status in ('pending', 'active')""").param(member).update());
        return id;
    }

    /** Whether an unsubscribe link is real, without using it (for the confirm page of a GET). */
    public boolean knowsUnsubscribeLink(String token) {
        return plausible(token) && db.sql("select exists (select 1 from member where unsubscribe_hash = ?)")
                .param(hash(token)).query(Boolean.class).single();
    }

    /**
     * The member whose take-action link this is ({@code ?m=} on /take-action/{id}), so an action
     * report made from it counts as theirs. The link carries no member id in clear.
     */
    public Optional<Long> memberForLink(String token, long actionId) {
        if (!plausible(token) || actionId <= 0) {
            return Optional.empty();
        }
        return db.sql("select id from member where link_hash = ? and status <> 'suppressed'").param(hash(token))
                .query(Long.class).optional();
    }

    /** Mails a link to the member's data page, if the address is a member; the answer is the same either way. */
    @Transactional
    public Outcome requestDataLink(String rawEmail, String client) {
        byte[] index = emailIndex(normalise(rawEmail));
        if (!attempt(index, client)) {
            return Outcome.THROTTLED;
        }
        db.sql("select id from member where email_index = ? and status <> 'suppressed'").param(index).query(Long.class).optional()
                .ifPresent(id -> newLink(id, "data", "data_link", DATA_LINK_HOURS));
        return Outcome.SENT;
    }

    /** The member's data behind a data link; empty for an unknown or expired link. */
    public Optional<MemberData> data(String token) {
        return tokenMember(token, "data").map(this::data);
    }

    @Transactional
    public MemberData updatePreferences(String token, Preferences preferences) {
        long id = tokenMember(token, "data").orElseThrow(() -> new NotFoundException("member", "link"));
        checkChoices(preferences.language(), preferences.sectionId(), preferences.countryList(), preferences.themeList());
        int updated = db.sql("""
                        update member set language = ?, section_id = ?, frequency = ?, countries = ?, themes = ?,
                            version = version + 1, updated_at = now()
                        where id = ? and version = ?""")
                .params(preferences.language(), preferences.sectionId(), preferences.frequency(),
                        preferences.countryList().toArray(String[]::new), preferences.themeList().toArray(String[]::new), id, preferences.version() == null ? -1 : preferences.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentEditException("member", id);
        }
        db.sql("update member set name_sealed = ?, town_sealed = ?, address_sealed = ? where id = ?")
                .params(vault.encrypt(blankToNull(preferences.name()), "member.name:" + id),
                        vault.encrypt(blankToNull(preferences.town()), "member.town:" + id),
                        vault.encrypt(blankToNull(preferences.address()), "member.address:" + id), id)
                .update();
        return data(id);
    }

    /** Deletes the member and every mail to them; their action reports stay, as anonymous counts. */
    @Transactional
    public boolean erase(String token) {
        Optional<Long> id = tokenMember(token, "data");
        id.ifPresent(member -> {
            db.sql("delete from member where id = ?").param(member).update();
            audit.record(AuditLog.SYSTEM, "member.erase", "member", member, List.of("member"));
        });
        return id.isPresent();
    }

    /** An address that bounced or complained gets no more mail, even if it signs up again. */
    @Transactional
    public void suppress(String rawEmail, String reason) {
        if (!List.of("bounce", "complaint", "rejected").contains(reason)) {
            throw InvalidInputException.of("reason", "validation.unknownValue");
        }
        if (rawEmail == null || rawEmail.isBlank() || rawEmail.length() > 254 || !rawEmail.contains("@")) {
            throw InvalidInputException.of("email", "members.validation.email");
        }
        suppressIndex(emailIndex(normalise(rawEmail)), reason);
        audit.record("member.suppress", "member_suppression", null, List.of("reason"));
    }

    /** The mail server refused this member's address for good. */
    @Transactional
    public void suppressMember(long id, String reason) {
        db.sql("select email_index from member where id = ?").param(id).query(byte[].class).optional()
                .ifPresent(index -> suppressIndex(index, reason));
    }

    /** The members the outbox mails, with their addresses opened; unknown ids are left out. */
    public Map<Long, Recipient> recipients(List<Long> ids) {
        Map<Long, Recipient> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        db.sql("select id, email_sealed, name_sealed, language, status from member where id = any(?)")
                .param(ids.toArray(Long[]::new))
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new Recipient(id, vault.decrypt(rs.getBytes("email_sealed"), "member.email:" + id),
                            vault.decrypt(rs.getBytes("name_sealed"), "member.name:" + id), rs.getString("language"),
                            rs.getString("status"), unsubscribeToken(id), linkToken(id));
                })
                .list().forEach(r -> found.put(r.id(), r));
        return found;
    }

    /** A member as staff list them. {@code email} is null where the viewer may not see it. */
    public record Listed(long id, String email, String language, String section, String status, String frequency,
                         OffsetDateTime createdAt) {
    }

    public record Listing(List<Listed> items, long total) {
    }

    public record Count(String status, String language, long members) {
    }

    /**
     * Members for staff: every member for an administrator ({@code coordinatorUserId} null), only
     * the members of their own sections for a coordinator.
     */
    public Listing list(Long coordinatorUserId, String status, int offset, int limit) {
        String where = scope(coordinatorUserId) + (status == null || status.isBlank() ? "" : " and m.status = :status");
        var query = db.sql("""
                        select m.id, m.email_sealed, m.language, s.name as section, m.status, m.frequency, m.created_at
                        from member m left join section s on s.id = m.section_id where """ + " " + where
                        + " order by m.id desc limit :limit offset :offset")
                .param("limit", limit).param("offset", offset);
        var count = db.sql("select count(*) from member m where " + where);
        if (coordinatorUserId != null) {
            query = query.param("user", coordinatorUserId);
            count = count.param("user", coordinatorUserId);
        }
        if (status != null && !status.isBlank()) {
            query = query.param("status", status);
            count = count.param("status", status);
        }
        // Addresses are confidential: only those who may read that level see them, and each one opened is audited.
        boolean opens = FieldSensitivity.readableNow("member.email");
        List<Listed> items = query.query((rs, n) -> new Listed(rs.getLong("id"),
                opens ? vault.decrypt(rs.getBytes("email_sealed"), "member.email:" + rs.getLong("id")) : null,
                rs.getString("language"), rs.getString("section"), rs.getString("status"), rs.getString("frequency"),
                rs.getObject("created_at", OffsetDateTime.class))).list();
        if (opens) {
            items.forEach(m -> audit.record("view", "member", m.id(), List.of("email")));
        }
        return new Listing(items, count.query(Long.class).single());
    }

    /** How many members per status and language, in the same scope as {@link #list}. */
    public List<Count> counts(Long coordinatorUserId) {
        var query = db.sql("select m.status, m.language, count(*) as members from member m where " + scope(coordinatorUserId)
                + " group by m.status, m.language order by m.status, m.language");
        if (coordinatorUserId != null) {
            query = query.param("user", coordinatorUserId);
        }
        return query.query(Count.class).list();
    }

    private static String scope(Long coordinatorUserId) {
        return coordinatorUserId == null ? "true"
                : "m.section_id in (select section_id from section_coordinator where user_id = :user)";
    }

    /** Languages a member can choose: the service's own and those of every section. */
    public List<String> languages() {
        Set<String> all = new LinkedHashSet<>(BASE_LANGUAGES);
        all.addAll(db.sql("select distinct unnest(languages) from section order by 1").query(String.class).list());
        return List.copyOf(all);
    }

    public List<Option> sections() {
        return db.sql("select id, name from section order by lower(name)")
                .query((rs, n) -> new Option(Long.toString(rs.getLong(1)), rs.getString(2))).list();
    }

    /** Countries of the UAs issued so far, by code, named as the UAs name them. */
    public List<Option> countries() {
        return db.sql("""
                        select country_code, max(coalesce(country, country_code)) from urgent_action
                        where country_code is not null group by country_code order by 2""")
                .query((rs, n) -> new Option(rs.getString(1), rs.getString(2))).list();
    }

    MemberData data(long id) {
        List<Mail> mails = db.sql("""
                        select n.kind, u.title, n.status, n.created_at, n.sent_at from notification n
                        left join urgent_action u on u.id = n.action_id
                        where n.member_id = ? order by n.id""")
                .param(id)
                .query((rs, n) -> new Mail(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class)))
                .list();
        long reports = db.sql("select count(*) from action_report where member_id = ?").param(id).query(Long.class).single();
        return db.sql("""
                        select m.*, s.name as section from member m left join section s on s.id = m.section_id where m.id = ?""")
                .param(id)
                .query((rs, n) -> new MemberData(id, vault.decrypt(rs.getBytes("email_sealed"), "member.email:" + id),
                        vault.decrypt(rs.getBytes("name_sealed"), "member.name:" + id),
                        vault.decrypt(rs.getBytes("town_sealed"), "member.town:" + id),
                        vault.decrypt(rs.getBytes("address_sealed"), "member.address:" + id),
                        rs.getString("language"), rs.getObject("section_id", Long.class), rs.getString("section"),
                        rs.getString("frequency"), strings(rs.getArray("countries")), strings(rs.getArray("themes")),
                        rs.getString("status"), rs.getObject("confirmed_at", OffsetDateTime.class),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getInt("version"), mails, reports))
                .single();
    }

    private void checkChoices(String language, Long sectionId, List<String> countries, List<String> themes) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (language == null || !languages().contains(language)) {
            errors.add(new InvalidInputException.FieldError("language", "validation.unknownValue"));
        }
        if (sectionId != null && !db.sql("select exists (select 1 from section where id = ?)").param(sectionId).query(Boolean.class).single()) {
            errors.add(new InvalidInputException.FieldError("sectionId", "validation.unknownValue"));
        }
        if (countries.size() > 300 || countries.stream().anyMatch(c -> !c.matches("[A-Z]{3}"))) {
            errors.add(new InvalidInputException.FieldError("countries", "validation.unknownValue"));
        }
        if (themes.stream().anyMatch(t -> !UrgentAction.THEMES.contains(t))) {
            errors.add(new InvalidInputException.FieldError("themes", "validation.unknownValue"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    // Counts this attempt per address and per client; false when either has had its share.
    private boolean attempt(byte[] emailIndex, String client) {
        byte[] emailKey = blind.of("member.attempt.email", java.util.HexFormat.of().formatHex(emailIndex));
        byte[] clientKey = blind.of("member.attempt.client", client == null ? "" : client);
        boolean allowed = db.sql("""
                        select (select count(*) from member_attempt where key = :email and at > now() - make_interval(mins => :window)) < :perEmail
                           and (select count(*) from member_attempt where key = :client and at > now() - make_interval(mins => :window)) < :perClient""")
                .param("email", emailKey).param("client", clientKey).param("window", ATTEMPT_WINDOW_MINUTES)
                .param("perEmail", MAX_ATTEMPTS_PER_EMAIL).param("perClient", MAX_ATTEMPTS_PER_CLIENT)
                .query(Boolean.class).single();
        if (allowed) {
            db.sql("insert into member_attempt (key) values (?), (?)").params(emailKey, clientKey).update();
            db.sql("delete from member_attempt where at < now() - interval '1 day'").update();
        }
        return allowed;
    }

    private boolean isSuppressed(byte[] index) {
        return db.sql("select exists (select 1 from member_suppression where email_index = ?)").param(index).query(Boolean.class).single();
    }

    private void suppressIndex(byte[] index, String reason) {
        db.sql("insert into member_suppression (email_index, reason) values (?, ?) on conflict (email_index) do nothing")
                .params(index, reason).update();
        db.sql("""
                update member set status = 'suppressed', suppressed_reason = ?, version = version + 1, updated_at = now()
                where email_index = ? and status <> 'suppressed'""").params(reason, index).update();
    }

    private void seal(long id, String email, String name, String town, String address) {
        db.sql("update member set email_sealed = ?, name_sealed = ?, town_sealed = ?, address_sealed = ? where id = ?")
                .params(vault.encrypt(email, "member.email:" + id), vault.encrypt(blankToNull(name), "member.name:" + id),
                        vault.encrypt(blankToNull(town), "member.town:" + id),
                        vault.encrypt(blankToNull(address), "member.address:" + id), id)
                .update();
    }

    private void newLink(long id, String purpose, String mailKind, int hours) {
        String token = randomToken();
        db.sql("insert into member_token (hash, member_id, purpose, expires_at) values (?, ?, ?, now() + make_interval(hours => ?))")
                .params(hash(token), id, purpose, hours).update();
        events.publishEvent(new SecretLinkMail(id, mailKind, token));
    }

    private Optional<Long> tokenMember(String token, String purpose) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        return db.sql("select member_id from member_token where hash = ? and purpose = ? and expires_at > now()")
                .params(hash(token), purpose).query(Long.class).optional();
    }

    private Optional<Long> useToken(String token, String purpose) {
        Optional<Long> id = tokenMember(token, purpose);
        db.sql("delete from member_token where expires_at < now() - interval '7 days'").update();
        return id;
    }

    private byte[] emailIndex(String normalisedEmail) {
        return blind.of("member.email", normalisedEmail);
    }

    String unsubscribeToken(long id) {
        return derived("member.unsubscribe", id);
    }

    String linkToken(long id) {
        return derived("member.link", id);
    }

    private String derived(String purpose, long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(blind.of(purpose, Long.toString(id)));
    }

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean plausible(String token) {
        return token != null && token.length() >= 20 && token.length() <= 100 && token.matches("[A-Za-z0-9_-]+");
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> strings(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
