package org.tocsin.intake.review;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tocsin.BrowserTest;

/** A researcher uploads a PDF of an urgent action, reviews it beside its text, applies it and finds the UA and its persons. */
class ImportBrowserTest extends BrowserTest {

    @Test
    void uploadReviewApplyAndFindTheNewActionAndPersons() throws Exception {
        List<String> consoleErrors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error") && !m.text().startsWith("Failed to load resource")) {
                consoleErrors.add(m.text());
            }
        });
        List<String> missing = new ArrayList<>();
        page.onResponse(r -> {
            if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                missing.add(r.status() + " " + r.url());
            }
        });
        Path document = ReviewDocuments.corpusDocuments().stream()
                .filter(p -> p.getFileName().toString().startsWith("000")).findFirst().orElseThrow();
        // a line of our own makes this PDF a document never imported before in this database
        String text = Files.readString(document) + "\nBrowser test copy " + System.nanoTime() + "\n";
        byte[] pdf = ReviewDocuments.pdf(text);

        logIn("en");
        page.locator("nav.main-nav a[href='/imports']").click();
        page.locator("#files").setInputFiles(new FilePayload("march-2016.pdf", "application/pdf", pdf));
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator(".alert.ok")).containsText("march-2016.pdf was imported");
        page.locator(".alert.ok a").click();

        assertThat(page.locator("h1")).containsText("march-2016.pdf");
        assertThat(page.locator("mark.intake-span-persons-at-risk").first()).isVisible();
        assertThat(page.locator("mark.intake-span-targets").first()).isVisible();
        assertThat(page.locator("#title")).hasValue("Rights defenders at risk of further attacks");
        // the persons are proposed as matches of the case file's persons, with why
        assertThat(page.locator("fieldset", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Persons at risk")))
                .containsText("Same as Igor Kalyapin");
        // incidents are only proposed: tick the attack of 9 March on the minibus
        var minibus = page.locator(".intake-row", new com.microsoft.playwright.Page.LocatorOptions().setHasText("On 9 March")).first();
        assertThat(minibus.locator("input[type=checkbox]")).not().isChecked();
        minibus.locator("input[type=checkbox]").check();
        assertThat(minibus.locator("input[name$='.date']")).hasValue("2016-03-09");
        screenshot("import-review");
        page.locator("button[name=step][value=apply]").click();

        assertThat(page.locator(".alert.ok")).containsText("Applied");
        page.locator(".alert.ok a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Urgent action")).click();
        assertThat(page.locator("h1")).containsText("Rights defenders at risk of further attacks");
        assertThat(page.locator("main")).containsText("Bashir Pliev");
        assertThat(page.locator("main")).containsText("Igor Kalyapin");
        assertThat(page.locator("main")).containsText("Bastrykin");
        assertThat(consoleErrors).isEmpty();
        assertThat(missing).isEmpty();
    }
}
