package org.tocsin.cases.incidents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A document that tells of incidents: an urgent action, a report, an article... */
public record Source(long id, String publisher, LocalDate publishedOn, String title, String url, String kind,
                     String reference, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static final List<String> KINDS = List.of("urgent_action", "urgent_appeal", "press_release", "report",
            "article", "testimony", "other");

    /** How a select names the source: publisher, reference or title, and date. */
    public String label() {
        String what = reference != null ? reference : title;
        return publisher + " · " + what + (publishedOn == null ? "" : " · " + publishedOn);
    }
}
