package org.tocsin.actions.targets;

import java.time.LocalDate;

/** One entry of a target picker; {@code termEnded} is as of the day asked about, so a picker can warn. */
public record TargetOption(long id, String label, String country, LocalDate termEnd, boolean termEnded) {
}
