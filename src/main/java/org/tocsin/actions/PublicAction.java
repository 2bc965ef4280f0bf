package org.tocsin.actions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The fields of a UA the public may see (page and feeds): no internal note, no case, no version. */
record PublicAction(long id, String code, String codeNote, String kind, int sequence, String issuer, String title,
                    LocalDate issuedOn, String issuedPrecision, LocalDate deadline, String country, String summary,
                    String background, List<String> recommendedActions, List<String> languages,
                    List<String> themes, boolean copiesToDiplomats, String status, String outcomeResponse, String outcomeImpact,
                    String outcomeNote, LocalDate closedOn, OffsetDateTime updatedAt) {

    static PublicAction of(UrgentAction a) {
        return new PublicAction(a.id(), a.code(), a.codeNote(), a.kind(), a.sequence(), a.issuer(), a.title(),
                a.issuedOn(), a.issuedPrecision(), a.deadline(), a.country(), a.summary(), a.background(),
                a.recommendedActions(), a.languages(), a.themes(), a.copiesToDiplomats(), a.status(), a.outcomeResponse(),
                a.outcomeImpact(), a.outcomeNote(), a.closedOn(), a.updatedAt());
    }

    public boolean isClosed() {
        return "closed".equals(status);
    }
}
