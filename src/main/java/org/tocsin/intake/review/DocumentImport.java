package org.tocsin.intake.review;

import java.time.OffsetDateTime;
import java.util.List;

/** An uploaded document and where its review stands: new, reviewed, applied (with what it made) or failed. */
public record DocumentImport(long id, String fileName, long sizeBytes, String status, String failure, Long sourceId,
                             Long caseId, Long actionId, List<Long> personIds, List<Long> targetIds,
                             List<Long> incidentIds, String uploadedBy, int version, OffsetDateTime createdAt,
                             OffsetDateTime updatedAt) {

    public static final List<String> STATUSES = List.of("new", "reviewed", "applied", "failed");

    public boolean isApplied() {
        return "applied".equals(status);
    }
}
