package org.tocsin.actions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tocsin.BrowserTest;

/**
 * A researcher writes an urgent action, issues it, and a member who is not logged in finds it on
 * its public page and in the Atom feed; then the researcher adds a follow-up and closes the action
 * with its outcome. In English and in Russian.
 */
class UrgentActionBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient db;

    @ParameterizedTest(name = "in {0}")
    @CsvSource({
            "en, Issued, Closed, No response, Strong negative impact, Please write immediately in",
            "ru, Выпущена, Закрыта, Ответа нет, Сильное отрицательное влияние, Пожалуйста, срочно напишите на"})
    void issueFollowUpAndCloseAnUrgentAction(String language, String issued, String closed, String response,
                                             String impact, String writeIn) {
        Fixtures f = new Fixtures(db);
        String title = "Defenders beaten at a checkpoint " + f.tag;
        logIn(language);

        // The case page offers the case's urgent actions (loaded with htmx) and a way to start one.
        java.util.List<String> console = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> console.add(message.text()));
        page.navigate("/cases/" + f.caseId);
        assertThat(page.locator("section[aria-labelledby=case-actions] p.actions")).isVisible();
        assertThat(console).noneMatch(text -> text.contains("Content Security Policy"));
        page.locator("section[aria-labelledby=case-actions] a[href*='/actions/new']").click();
        page.locator("#title").fill(title);
        page.locator("#deadline").fill(LocalDate.now().plusDays(21).toString());
        page.locator("#person-0").check();
        page.locator("#summary").fill("Two defenders were beaten at a checkpoint " + f.tag + ".");
        page.locator("#action-0").fill("Call for an impartial investigation.");
        page.locator("#target-0").selectOption(String.valueOf(f.prosecutor));
        page.locator("main form.form button[type=submit]").click();
        page.waitForURL("**/actions/*");
        String staffUrl = page.url();
        long id = Long.parseLong(staffUrl.replaceAll(".*/", ""));

        page.locator("form[action$='/issue'] button[type=submit]").click();
        page.waitForURL("**/actions/" + id);
        assertThat(page.locator("main > p .badge").last()).hasText(issued);
        String code = actions(id).code();
        assertThat(page.locator("main")).containsText(code);
        screenshot("ua-issued-" + language);

        // A member, not logged in: the public page and the feed, in a fresh browser context.
        BrowserContext anonymous = page.context().browser().newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setBaseURL(baseUrl()));
        try {
            Page member = anonymous.newPage();
            member.navigate("/take-action/" + id + "?lang=" + language);
            assertThat(member.locator("h1")).hasText(title);
            assertThat(member.locator("main")).containsText(writeIn);
            assertThat(member.locator("main")).containsText("Pavel Prosecutor " + f.tag);
            assertThat(member.locator("main")).not().containsText("Internal");
            assertThat(member.locator("head link[rel=alternate][type='application/atom+xml']")).hasCount(1);
            assertThat(member.locator(".site-header nav.main-nav")).hasCount(0);
            member.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(java.nio.file.Paths.get("target", "screenshots", "ua-public-" + language + ".png")));
            String atom = member.request().get("/feeds/actions.atom").text();
            assertThat(atom).contains("<title>" + code + " — " + title + "</title>")
                    .contains("/take-action/" + id + "\"");
        } finally {
            anonymous.close();
        }

        // A follow-up: a draft copying the action, then issued with its own deadline.
        page.navigate(staffUrl);
        page.locator("form[action$='/follow-up'] button[type=submit]").click();
        page.waitForURL("**/actions/*/edit");
        page.locator("#deadline").fill(LocalDate.now().plusDays(40).toString());
        page.locator("main form.form button[type=submit]").click();
        page.waitForURL(url -> url.matches(".*/actions/\\d+$"));
        screenshot("ua-follow-up-" + language);
        page.locator("form[action$='/issue'] button[type=submit]").click();
        assertThat(page.locator("main > p .badge").last()).hasText(issued);
        assertThat(page.locator("ol.ua-chain > li")).hasCount(2);

        // Closing the original with its outcome.
        page.navigate(staffUrl + "/close");
        page.locator("#response").selectOption("no_response");
        page.locator("#impact").selectOption(new SelectOption().setLabel(impact));
        page.locator("#note").fill("Nobody was charged " + f.tag + ".");
        page.locator("main form.form button[type=submit]").click();
        page.waitForURL("**/actions/" + id);
        assertThat(page.locator("main > p .badge").last()).hasText(closed);
        assertThat(page.locator("section[aria-labelledby=outcome]")).containsText(response);
        assertThat(page.locator("section[aria-labelledby=outcome]")).containsText(impact);
        screenshot("ua-closed-" + language);

        page.navigate("/cases/" + f.caseId);
        assertThat(page.locator("section[aria-labelledby=case-actions] ol.ua-chain > li")).hasCount(2);
    }

    @Autowired
    UrgentActions actions;

    private UrgentAction actions(long id) {
        return actions.get(id);
    }
}
