package org.tocsin.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tocsin.intake.ExtractedUrgentAction.Kind;

class HeadlineTest {

    private final UrgentActionExtractor extractor = new UrgentActionExtractor();

    @Test
    void kindsOfDocument() {
        assertThat(extractor.extract("URGENT ACTION\nACTIVIST RELEASED\nNo further action is requested.\n").kind())
                .as("a closing update is still an urgent action").isEqualTo(Kind.URGENT_ACTION);
        assertThat(Documents.extract("observatory-fr.txt").kind()).isEqualTo(Kind.URGENT_APPEAL);
        assertThat(extractor.extract("(Moscow) - The authorities should stop harassing defenders, two groups said today.\n").kind())
                .isEqualTo(Kind.STATEMENT);
        assertThat(extractor.extract("Minutes of the meeting of 3 May.\nAttendance: twelve.\n").kind()).isEqualTo(Kind.OTHER);
    }

    @Test
    void organisationByNameOrByAmnestyLayout() {
        assertThat(Documents.extract("observatory-fr.txt").organisation())
                .as("the Observatory, not its parents FIDH and OMCT").isEqualTo("Observatory for the Protection of Human Rights Defenders (FIDH-OMCT)");
        assertThat(extractor.extract("URGENT ACTION\nX AT RISK\nPLEASE SEND APPEALS BEFORE 1 MAY 2016 TO:\n"
                + "Also send copies to diplomatic representatives accredited to your country.\n").organisation()).isEqualTo("Amnesty International");
        assertThat(extractor.extract("A neighbour said the shop was closed.").organisation()).isNull();
    }

    @Test
    void headlineInSentenceCaseSkippingWebPageChrome() {
        assertThat(Headline.title(List.of("URGENT ACTION", "UA: 60/16 Index: ASA 17/3901/2016 China Date: 4 May 2016",
                "TWO DEFENDERS AT RISK"))).isEqualTo("Two defenders at risk");
        assertThat(Headline.title(List.of("Skip to main content", "Accessibility links", "", "Defenders Must Be Defended in Grozny")))
                .isEqualTo("Defenders Must Be Defended in Grozny");
        assertThat(Headline.title(List.of("Further information on EXTRA 91/96 (MDE 11/09/96, 2 March 1996) - Fear of torture")))
                .isEqualTo("Fear of torture");
    }

    @Test
    void countryFromItsAuthoritiesTheTargetsOrTheMostNamed() {
        assertThat(Headline.country("Please write to the authorities of Russian Federation, urging them to:", List.of()))
                .isEqualTo("Russian Federation");
        assertThat(Headline.country("Écrivez aux autorités de l'Azerbaïdjan.", List.of())).isEqualTo("Azerbaijan");
        assertThat(Headline.country("Russian police raided the office. Russian officials said nothing. A Swedish journalist was hurt.", List.of()))
                .isEqualTo("Russian Federation");
    }
}
