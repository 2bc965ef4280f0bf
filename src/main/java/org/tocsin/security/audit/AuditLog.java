package org.tocsin.security.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained audit log. Record every change (with the names of the fields
 * changed) and every view of confidential data; never pass a value. An entry is written in the
 * caller's transaction, so a change that rolls back leaves no entry.
 */
@Service
public class AuditLog {

    public static final String SYSTEM = "system";
    private static final int VERIFY_BATCH = 1000;

    public record Filter(String actor, String recordKind, LocalDate from, LocalDate to) {
    }

    public record Listing(List<AuditEntry> items, long total) {
    }

    /** The outcome of a check: ok, or the first entry found wrong ({@code brokenAt}) and why. */
    public record Verification(boolean ok, long checked, Long brokenAt, String problem, String headHash) {
    }

    private final JdbcClient db;

    AuditLog(JdbcClient db) {
        this.db = db;
    }

    /** Appends an entry by the current user ({@code system} outside a request). */
    @Transactional
    public AuditEntry record(String action, String recordKind, Object recordId, Collection<String> fields) {
        return record(currentActor(), action, recordKind, recordId, fields);
    }

    @Transactional
    public AuditEntry record(String actor, String action, String recordKind, Object recordId, Collection<String> fields) {
        // The head row lock makes appends from every instance take turns: one chain, no forks.
        Head head = db.sql("select last_id, last_hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong("last_id"), rs.getBytes("last_hash"))).single();
        AuditEntry entry = new AuditEntry(head.lastId() + 1,
                ChainHash.toMicros(Instant.now()).atOffset(ZoneOffset.UTC), actor, action, recordKind,
                recordId == null ? null : recordId.toString(), fields == null ? List.of() : List.copyOf(fields));
        byte[] hash = ChainHash.of(head.lastHash(), entry);
        db.sql("""
                        insert into audit_entry (id, at, actor, action, record_kind, record_id, fields, prev_hash, hash)
                        values (?, ?, ?, ?, ?, ?, cast(? as text[]), ?, ?)""")
                .params(entry.id(), entry.at(), entry.actor(), entry.action(), entry.recordKind(), entry.recordId(),
                        entry.fields().toArray(String[]::new), head.lastHash(), hash)
                .update();
        db.sql("update audit_chain_head set last_id = ?, last_hash = ? where id = 1").params(entry.id(), hash).update();
        return entry;
    }

    /** Entries matching the filter, newest first. */
    public Listing search(Filter filter, int offset, int limit) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" and actor = :actor");
            params.put("actor", filter.actor().strip());
        }
        if (filter.recordKind() != null && !filter.recordKind().isBlank()) {
            where.append(" and record_kind = :kind");
            params.put("kind", filter.recordKind().strip());
        }
        if (filter.from() != null) {
            where.append(" and at >= :from");
            params.put("from", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            where.append(" and at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        List<AuditEntry> items = db.sql("select * from audit_entry" + where + " order by id desc offset :offset limit :limit")
                .params(params).param("offset", offset).param("limit", limit).query(AuditLog::entry).list();
        long total = db.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
        return new Listing(items, total);
    }

    public List<String> recordKinds() {
        return db.sql("select distinct record_kind from audit_entry order by record_kind").query(String.class).list();
    }

    public List<String> actors() {
        return db.sql("select distinct actor from audit_entry order by actor").query(String.class).list();
    }

    /** Walks the whole chain from the first entry; stops at the first entry that is wrong. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Verification verify() {
        Head head = db.sql("select last_id, last_hash from audit_chain_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong("last_id"), rs.getBytes("last_hash"))).single();
        String headHash = HexFormat.of().formatHex(head.lastHash());
        byte[] previous = ChainHash.GENESIS;
        long expected = 1;
        while (true) {
            List<Stored> batch = db.sql("select * from audit_entry where id >= ? order by id limit ?")
                    .params(expected, VERIFY_BATCH)
                    .query((rs, n) -> new Stored(entry(rs, n), rs.getBytes("prev_hash"), rs.getBytes("hash"))).list();
            for (Stored stored : batch) {
                long id = stored.entry().id();
                if (id != expected) {
                    return broken(expected - 1, expected, "entry " + expected + " is missing (the next one is " + id + ")", headHash);
                }
                if (id > head.lastId()) {
                    return broken(expected - 1, id, "entry " + id + " lies beyond the chain head (" + head.lastId()
                            + "): it was added outside Tocsin", headHash);
                }
                if (!Arrays.equals(stored.prevHash(), previous)) {
                    return broken(expected - 1, id, "entry " + id + " does not link to entry " + (id - 1)
                            + " (an entry before it was replaced)", headHash);
                }
                byte[] hash = ChainHash.of(previous, stored.entry());
                if (!Arrays.equals(hash, stored.hash())) {
                    return broken(expected - 1, id, "entry " + id + " was altered: its content does not match its hash", headHash);
                }
                previous = hash;
                expected++;
            }
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
        }
        long last = expected - 1;
        if (last < head.lastId()) {
            return broken(last, last + 1, "entry " + (last + 1) + " is missing (the log ends at " + last
                    + ", the chain head says " + head.lastId() + ")", headHash);
        }
        if (!Arrays.equals(previous, head.lastHash())) {
            return broken(last, last, "the chain head does not match entry " + last, headHash);
        }
        return new Verification(true, last, null, null, headHash);
    }

    /** The user name of the request being served, or {@code system}. */
    public static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return authentication.getName();
    }

    private static Verification broken(long checked, long at, String problem, String headHash) {
        return new Verification(false, checked, at, problem, headHash);
    }

    private record Head(long lastId, byte[] lastHash) {
    }

    private record Stored(AuditEntry entry, byte[] prevHash, byte[] hash) {
    }

    private static AuditEntry entry(ResultSet rs, int n) throws SQLException {
        Array fields = rs.getArray("fields");
        return new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class), rs.getString("actor"),
                rs.getString("action"), rs.getString("record_kind"), rs.getString("record_id"),
                fields == null ? List.of() : List.of((String[]) fields.getArray()));
    }

    private static final java.util.Set<String> BOOKKEEPING = java.util.Set.of("id", "version", "createdAt", "updatedAt");

    /** The fields of a record that hold something, for a "create" entry (names only, never values). */
    public static List<String> filledFields(Record created) {
        List<String> fields = new java.util.ArrayList<>();
        for (java.lang.reflect.RecordComponent component : created.getClass().getRecordComponents()) {
            Object value = read(component, created);
            boolean empty = value == null || (value instanceof Collection<?> c && c.isEmpty())
                    || (value instanceof String text && text.isBlank());
            if (!empty && !BOOKKEEPING.contains(component.getName())) {
                fields.add(component.getName());
            }
        }
        return fields;
    }

    /** The fields whose values differ between two versions of a record (names only, never values). */
    public static List<String> changedFields(Record before, Record after) {
        List<String> fields = new java.util.ArrayList<>();
        for (java.lang.reflect.RecordComponent component : before.getClass().getRecordComponents()) {
            if (!BOOKKEEPING.contains(component.getName())
                    && !java.util.Objects.equals(read(component, before), read(component, after))) {
                fields.add(component.getName());
            }
        }
        return fields;
    }

    private static Object read(java.lang.reflect.RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
