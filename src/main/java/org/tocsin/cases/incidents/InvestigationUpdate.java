package org.tocsin.cases.incidents;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A dated step of an investigation: "on 22 June 2015 the case was suspended". */
public record InvestigationUpdate(long id, long investigationId, LocalDate onDate, String status, String note,
                                  Long sourceId, String sourceLabel, OffsetDateTime createdAt) {
}
