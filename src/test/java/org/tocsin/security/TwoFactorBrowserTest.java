package org.tocsin.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tocsin.BrowserTest;

/** Two-factor login and the sessions page in a real browser. */
class TwoFactorBrowserTest extends BrowserTest {

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient db;

    @Autowired
    TwoFactor twoFactor;

    private void logInWithPassword(Page in, UserAccounts.Account user, String language) {
        in.navigate("/login?lang=" + language);
        in.locator("#username").fill(user.username());
        in.locator("#password").fill(AccountsFixture.PASSWORD);
        in.locator("form.form button[type=submit]").click();
    }

    @Test
    void enrolsThenLogsInWithACodeFromTheApp() {
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "browser2fa", UserAccounts.Role.RESEARCHER);
        logInWithPassword(page, user, "en");
        page.waitForURL("**/cases**");

        page.locator("header a.user").click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Two-factor login").setExact(true)).click();
        assertThat(page.locator("figure.qr svg")).isVisible();
        String secret = page.locator("#totp-secret").textContent().strip();
        assertThat(page.locator("#totp-uri")).containsText("secret=" + secret);
        screenshot("two-factor-enrolment");
        page.locator("#code").fill(Totp.code(secret, Totp.step(java.time.Instant.now())));
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("Your recovery codes");
        List<String> codes = page.locator("ul.recovery-codes code").allTextContents();
        assertThat(codes).hasSize(10);

        page.getByText("Log out").click();
        page.waitForURL("**/login?logout");
        logInWithPassword(page, user, "en");
        page.waitForURL("**/login/code");
        page.navigate("/cases");
        page.waitForURL("**/login");

        logInWithPassword(page, user, "en");
        page.waitForURL("**/login/code");
        page.locator("#code").fill("000000");
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator("#code-error")).containsText("That code is not right");
        page.locator("#code").fill(AccountsFixture.freshCode(twoFactor, db, user.id()));
        page.locator("form.form button[type=submit]").click();
        page.waitForURL("**/cases**");
        assertThat(page.locator("h1")).hasText("Cases");

        // A recovery code, in Russian, once.
        page.getByText("Log out").click();
        page.waitForURL("**/login?logout");
        logInWithPassword(page, user, "ru");
        page.waitForURL("**/login/code");
        assertThat(page.locator("h1")).hasText("Код из приложения-аутентификатора");
        page.locator("#code").fill(codes.get(0));
        page.locator("form.form button[type=submit]").click();
        page.waitForURL("**/cases**");
    }

    @Test
    void endingAllOtherSessionsLogsTheOtherBrowserOut() {
        UserAccounts.Account user = AccountsFixture.newUser(accounts, "twodevices", UserAccounts.Role.RESEARCHER);
        logInWithPassword(page, user, "en");
        page.waitForURL("**/cases**");

        Browser browser = page.context().browser();
        try (BrowserContext otherDevice = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl()))) {
            Page other = otherDevice.newPage();
            logInWithPassword(other, user, "en");
            other.waitForURL("**/cases");

            page.navigate("/account/sessions");
            assertThat(page.locator("#sessions tbody tr")).hasCount(2);
            assertThat(page.locator("#sessions")).containsText("this device");
            screenshot("sessions");
            page.getByText("End all other sessions", new Page.GetByTextOptions().setExact(true)).click();
            assertThat(page.locator("#sessions tbody tr")).hasCount(1);

            other.navigate("/cases");
            other.waitForURL("**/login");
        }
        page.navigate("/cases");
        assertThat(page.locator("h1")).hasText("Cases");
    }
}
