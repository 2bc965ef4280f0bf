package org.tocsin.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tocsin.BrowserTest;

/**
 * A researcher documents an incident as two sources told it, differently, and finds it on the
 * case timeline marked as disputed: in English and in Russian.
 */
class CaseFileBrowserTest extends BrowserTest {

    @ParameterizedTest(name = "in {0}")
    @CsvSource({"en, Sources disagree", "ru, Источники расходятся"})
    void incidentWithTwoDisagreeingSourcesIsMarkedOnTheTimeline(String language, String disagreementMark) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        logIn(language);

        page.navigate("/cases/new");
        page.locator("#title").fill("Browser case " + tag);
        page.locator("#country").fill("Russian Federation");
        page.locator("main form button[type=submit]").click();
        page.waitForURL("**/cases/*");
        String caseUrl = page.url();

        String amnesty = createSource("Amnesty International " + tag, "Urgent action " + tag);
        String observatory = createSource("Observatory " + tag, "Urgent appeal " + tag);

        page.navigate(caseUrl);
        page.locator("main a[href$='/incidents/new']").first().click();
        page.locator("#title").fill("Minibus attacked " + tag);
        page.locator("#type").selectOption("physical_attack");
        page.locator("#date").fill("2016-03-09");
        page.locator("#time").fill("19:00");
        page.locator("#timeZone").fill("Europe/Moscow");
        page.locator("#place").fill("Ingushetia-Chechnya border");
        page.locator("main form button[type=submit]").last().click();
        page.waitForURL("**/incidents/*");

        addAccount(amnesty, "Four cars blocked the minibus.", "4");
        addAccount(observatory, "Three cars blocked the minibus.", "3");
        assertThat(page.locator("table.side-by-side tr.disagrees")).containsText(disagreementMark);
        screenshot("incident-disagreement-" + language);

        page.navigate(caseUrl);
        Locator entry = page.locator(".timeline > li").filter(new Locator.FilterOptions().setHasText("Minibus attacked " + tag));
        assertThat(entry).hasCount(1);
        assertThat(entry).containsText(disagreementMark);
        assertThat(entry).containsText("2016");
        screenshot("case-timeline-" + language);
    }

    private String createSource(String publisher, String title) {
        page.navigate("/sources/new");
        page.locator("#publisher").fill(publisher);
        page.locator("#title").fill(title);
        page.locator("main form button[type=submit]").click();
        page.waitForURL("**/sources/*");
        return publisher;
    }

    private void addAccount(String publisher, String summary, String cars) {
        Locator details = page.locator("details#add-account");
        if (details.getAttribute("open") == null) {
            details.locator("summary").click();
        }
        Locator source = page.locator("#accountForm-source");
        String label = source.locator("option").filter(new Locator.FilterOptions().setHasText(publisher)).first().textContent();
        source.selectOption(new SelectOption().setLabel(label));
        page.locator("#accountForm-summary").fill(summary);
        details.locator("input[name='facts[0].key']").fill("number of cars");
        details.locator("input[name='facts[0].value']").fill(cars);
        details.locator("button[type=submit]").click();
        page.waitForURL("**/incidents/*");
    }
}
