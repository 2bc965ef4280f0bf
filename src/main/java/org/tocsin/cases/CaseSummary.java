package org.tocsin.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A case as the list shows it: its fields plus how many persons are at risk, how many
 * incidents it holds, the date (at its precision) of the latest one, and whether it is restricted
 * to named accounts.
 */
public record CaseSummary(long id, String title, String country, String status, int version,
                          OffsetDateTime createdAt, OffsetDateTime updatedAt, int personsAtRisk, int incidents,
                          LocalDate lastIncidentOn, String lastIncidentPrecision, boolean restricted) {
}
