package org.tocsin.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanupTest {

    @Test
    void oddBulletsBecomeOneBullet() {
        assertThat(TextCleanup.clean("\uF0B7Urging\n\u00B7 Mr. X\n\u25AA Ms. Y\n")).isEqualTo("\u2022 Urging\n\u2022 Mr. X\n\u2022 Ms. Y\n");
    }

    @Test
    void gluedLabelsGoOnTheirOwnLine() {
        assertThat(TextCleanup.clean("Email: prgenproc@gov.ruSalutation: Dear Sir")).contains("prgenproc@gov.ru\nSalutation: Dear Sir");
        assertThat(TextCleanup.clean("Fax: +7 495 123 45 67Email: a@b.ru")).contains("67\nEmail: a@b.ru");
    }

    @Test
    void hiddenEmailAddressesAreRemovedNotKept() {
        assertThat(TextCleanup.clean("Email: [email protected] or [email\u00A0protected]")).doesNotContain("protected").startsWith("Email:");
    }

    @Test
    void spacesAndHyphenatedWrapsAreTidied() {
        assertThat(TextCleanup.clean("  investi-\ngation   of\u00A0the  case  ")).isEqualTo("investigation of the case");
    }

    @Test
    void emptyTemplateRowsYieldNoTarget() {
        ExtractedUrgentAction action = new UrgentActionExtractor().extract("""
                Also send copies to diplomatic representatives accredited to your country. Please insert local diplomatic addresses below:
                Name Address 1 Address 2 Address 3 Fax Fax number Email Email address Salutation Salutation
                """);
        assertThat(action.targets()).isEmpty();
        assertThat(action.copiesToDiplomats()).isTrue();
    }

    @Test
    void wordsGluedTogetherDoNotHideTheDeadline() {
        assertThat(new UrgentActionExtractor().extract("URGENT ACTION\nMr Kalyapin was attackedduring his press conference.\n"
                + "PLEASE SEND APPEALS BEFORE 28 JANUARY 2015 TO:\n").deadline()).isEqualTo("2015-01-28");
    }
}
