package org.tocsin.actions.letters;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tocsin.BrowserTest;
import org.tocsin.actions.UrgentAction;
import org.tocsin.actions.UrgentActions;

/**
 * A researcher writes the model letter of an issued UA on its staff page; a member who is not
 * logged in opens the take-action page, fills in their name and town, and downloads the letter
 * to the Prosecutor General as a PDF, whose text PDFBox reads back. In English and in Russian.
 */
class LettersBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient db;
    @Autowired
    UrgentActions actions;

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
            "en | English (en) | Dear Prosecutor General, | Please protect {persons}. | Jane Member | Leeds | Copied",
            "ru | Русский (ru) | Уважаемый Генеральный прокурор! | Прошу защитить {persons}. | Анна Участница | Казань | Скопировано"})
    void writeALetterThenDownloadItFilledIn(String language, String languageOption, String salutation, String line,
                                            String name, String town, String copied) throws Exception {
        LetterFixtures f = new LetterFixtures(db, actions);
        UrgentAction ua = f.issued();
        String persons = ("ru".equals(language) ? "Anna Testova %s и Boris Testov %s" : "Anna Testova %s and Boris Testov %s")
                .formatted(f.tag, f.tag);

        logIn(language);
        List<String> console = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> console.add(message.text()));
        page.navigate("/actions/" + ua.id());
        // The UA page loads its letters' summary with htmx; its link leads to the letters.
        page.locator("#model-letters a").last().click();
        page.waitForURL("**/actions/" + ua.id() + "/letters");
        page.locator("#add-language").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(languageOption));
        page.locator("form.filters button[type=submit]").click();
        page.locator("#subject").fill("{code}: {target_name}");
        page.locator("#body").fill("{salutation}" + salutation.substring(salutation.length() - 1) + "\n\n" + line + "\n\n{member_name}\n{member_town}");
        page.locator("main form.form button[type=submit]").click();
        page.waitForURL("**/actions/" + ua.id() + "/letters#letter-" + language);
        assertThat(page.locator("#letter-" + language)).containsText(line);
        assertThat(console).noneMatch(text -> text.contains("Content Security Policy"));

        BrowserContext anonymous = page.context().browser().newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl()).setAcceptDownloads(true).setPermissions(List.of("clipboard-read", "clipboard-write")));
        try {
            Page member = anonymous.newPage();
            member.onConsoleMessage(message -> console.add(message.text()));
            member.navigate("/take-action/" + ua.id() + "?lang=" + language);
            assertThat(member.locator("#letter-language")).hasValue(language);
            member.locator("#letter-name").fill(name);
            member.locator("#letter-town").fill(town);
            member.locator("#letters form button[type=submit]").click();
            member.waitForURL(url -> url.contains("name="));
            assertThat(member.locator("#letter-text-0")).hasValue(salutation + "\n\n" + line.replace("{persons}", persons)
                    + "\n\n" + name + "\n" + town);
            assertThat(member.locator("#letters a[href^='mailto:prosecutor@example.org']")).hasCount(1);
            // The copy button, shown by letters.js (a script file: the CSP forbids inline ones), copies the letter.
            member.locator("#letters button[data-copy]").first().click();
            assertThat(member.locator("#letters button[data-copy]").first()).hasText(copied);
            assertThat((String) member.evaluate("navigator.clipboard.readText()")).startsWith(salutation);
            member.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(java.nio.file.Paths.get("target", "screenshots", "letters-take-action-" + language + ".png")));

            Download pdfDownload = member.waitForDownload(() -> member.locator("#letters a.letter-pdf").first().click());
            assertThat(pdfDownload.suggestedFilename()).endsWith("-" + language + ".pdf").matches("[A-Za-z0-9-]+\\.pdf");
            try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(pdfDownload.path()))) {
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text).contains(salutation, line.replace("{persons}", persons).substring(0, 10), name, town,
                        ua.code() + ": Pavel Prosecutor " + f.tag, "1 Main Street");
            }
        } finally {
            anonymous.close();
        }
        assertThat(console).noneMatch(text -> text.contains("Content Security Policy"));
    }
}
