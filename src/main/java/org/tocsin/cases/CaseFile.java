package org.tocsin.cases;

import java.time.OffsetDateTime;

/** One situation of risk, e.g. "Joint Mobile Group and Igor Kalyapin". */
public record CaseFile(long id, String title, String summary, String country, String status, int version,
                       OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static final java.util.List<String> STATUSES = java.util.List.of("open", "closed");
}
