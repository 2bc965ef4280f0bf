package org.tocsin.security.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** One audit log entry: who did what to which record, and which fields (names only, never values). */
public record AuditEntry(long id, OffsetDateTime at, String actor, String action, String recordKind, String recordId,
                         List<String> fields) {
}
