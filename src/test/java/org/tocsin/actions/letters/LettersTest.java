package org.tocsin.actions.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tocsin.web.InvalidInputException;

/** Filling, checking, PDF and e-mail drafts of letters, without the service around them. */
class LettersTest {

    static final LocalDate DATE = LocalDate.of(2016, 3, 25);
    static final ActionFacts FACTS = new ActionFacts("UA 315/14", List.of("Igor Kalyapin", "Ivan Zhiltsov", "Ekaterina Vanslova"),
            LocalDate.of(2016, 5, 12));
    static final LetterTemplate ENGLISH = new LetterTemplate("en", "Protect {persons} ({code})",
            "{salutation},\n\nI am writing about {persons}. Please act before {deadline}.\nThank you.\n\nYours sincerely,\n{member_name}\n{member_town}\n{date}");
    static final LetterTemplate RUSSIAN = new LetterTemplate("ru", "Защитите {persons} ({code})",
            "{salutation}!\n\nЯ пишу вам, {target_title} {target_name}, о судьбе {persons}.\n\nС уважением,\n{member_name}, {member_town}, {date}");
    static final Addressee CHAIKA = new Addressee("Yuriy Chaika", "Prosecutor General", "Prosecutor General's Office",
            List.of("ul. B. Dmitrovka, d.15a", "125993 Moscow GSP-3"), "Уважаемый Генеральный прокурор",
            "prgenproc@gov.ru", "+7 495 987 58 41");
    static final Addressee NO_SALUTATION = new Addressee("Yuriy Chaika", "Prosecutor General", null, List.of(), null, null, null);

    final Letters letters = new Letters(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/web", "i18n/letters");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void everyPlaceholderIsFilledInTheLettersLanguage() {
        FilledLetter en = letters.fill(ENGLISH, FACTS, NO_SALUTATION, new Writer("Anna Member", "Leeds"), DATE);
        assertThat(en.subject()).isEqualTo("Protect Igor Kalyapin, Ivan Zhiltsov and Ekaterina Vanslova (UA 315/14)");
        assertThat(en.body()).startsWith("Dear Sir or Madam,\n\nI am writing about Igor Kalyapin, Ivan Zhiltsov and Ekaterina Vanslova.")
                .contains("Please act before 12 May 2016.")
                .endsWith("Yours sincerely,\nAnna Member\nLeeds\n25 March 2016");

        FilledLetter ru = letters.fill(RUSSIAN, new ActionFacts(null, List.of("Игоря Каляпина", "Ивана Жильцова"), null),
                CHAIKA, Writer.ANONYMOUS, DATE);
        assertThat(ru.subject()).isEqualTo("Защитите Игоря Каляпина и Ивана Жильцова ()");
        assertThat(ru.body()).startsWith("Уважаемый Генеральный прокурор!")
                .contains("Я пишу вам, Prosecutor General Yuriy Chaika, о судьбе Игоря Каляпина и Ивана Жильцова.")
                .contains(Letters.HANDWRITING + ", " + Letters.HANDWRITING + ", 25 марта 2016");
        assertThat(letters.fill(RUSSIAN, FACTS, NO_SALUTATION, Writer.ANONYMOUS, DATE).body())
                .startsWith("Уважаемый господин / уважаемая госпожа!");
    }

    @Test
    void whatTheMemberTypesIsNotReadAsAPlaceholder() {
        FilledLetter l = letters.fill(ENGLISH, FACTS, CHAIKA, new Writer("{persons} $1 \\", "Line\nbreak"), DATE);
        assertThat(l.body()).contains("{persons} $1 \\\nLine break\n");
    }

    @Test
    void anUnknownPlaceholderIsAnErrorThatNamesIt() {
        assertThatThrownBy(() -> letters.check(new LetterTemplate("en", "About {code}", "Dear {name}, {persons} {Date}")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).hasSize(1);
                    assertThat(e.errors().getFirst().field()).isEqualTo("body");
                    assertThat(e.errors().getFirst().messageKey()).isEqualTo("letters.validation.placeholder");
                    assertThat(e.errors().getFirst().arguments()[0]).isEqualTo("{name}, {Date}");
                });
        assertThatThrownBy(() -> letters.check(new LetterTemplate("xx", " ", "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("language", "subject", "body"));
        letters.check(ENGLISH);
        letters.check(RUSSIAN);
    }

    @Test
    void thePdfIsA4WithEmbeddedFontsAndHoldsLatinAndCyrillic() throws IOException {
        FilledLetter en = letters.fill(ENGLISH, FACTS, CHAIKA, new Writer("Anna Member", "Leeds"), DATE);
        FilledLetter ru = letters.fill(RUSSIAN, FACTS, CHAIKA, new Writer("Анна Участница", "Казань"), DATE);
        try (PDDocument pdf = Loader.loadPDF(letters.pdf(List.of(en, ru)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            }
            assertThat(fonts(pdf)).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(pdf)).contains("Anna Member", "Yours sincerely", "Fax: +7 495 987 58 41",
                    "125993 Moscow GSP-3", "25 March 2016");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(pdf)).contains("Уважаемый Генеральный прокурор!", "Анна Участница", "Казань",
                    "Факс: +7 495 987 58 41", "25 марта 2016");
        }
    }

    @Test
    void markupTypedByAMemberIsEscapedInTheXhtmlAndPrintedAsText() throws IOException {
        FilledLetter l = letters.fill(ENGLISH, FACTS, CHAIKA, new Writer("<script>alert('x')</script> & Co", "Town\u0000"), DATE);
        String xhtml = new LetterPdf(letters).xhtml(List.of(l));
        assertThat(xhtml).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co")
                .doesNotContain("\u0000");
        try (PDDocument pdf = Loader.loadPDF(letters.pdf(l))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("<script>alert('x')</script> & Co");
        }
    }

    @Test
    void theMailtoLinkEncodesCyrillicAndLineBreaks() {
        FilledLetter ru = letters.fill(new LetterTemplate("ru", "Защитите {code}", "{salutation}!\nСтрока 2 & ?=#"),
                FACTS, CHAIKA, Writer.ANONYMOUS, DATE);
        assertThat(letters.mailto(ru)).contains("mailto:prgenproc@gov.ru?subject=%D0%97%D0%B0%D1%89%D0%B8%D1%82%D0%B8%D1%82%D0%B5%20UA%20315%2F14"
                + "&body=%D0%A3%D0%B2%D0%B0%D0%B6%D0%B0%D0%B5%D0%BC%D1%8B%D0%B9%20%D0%93%D0%B5%D0%BD%D0%B5%D1%80%D0%B0%D0%BB%D1%8C%D0%BD%D1%8B%D0%B9%20"
                + "%D0%BF%D1%80%D0%BE%D0%BA%D1%83%D1%80%D0%BE%D1%80%21%0D%0A%D0%A1%D1%82%D1%80%D0%BE%D0%BA%D0%B0%202%20%26%20%3F%3D%23");
        assertThat(letters.mailto(letters.fill(ENGLISH, FACTS, NO_SALUTATION, Writer.ANONYMOUS, DATE))).isEmpty();
    }

    private static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }
}
