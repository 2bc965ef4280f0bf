package org.tocsin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginBrowserTest extends BrowserTest {

    @Test
    void wrongPasswordIsRefusedWithAMessage() {
        page.navigate("/login?lang=en");
        page.locator("#username").fill(ADMIN);
        page.locator("#password").fill("not-the-password");
        page.locator("form.form button[type=submit]").click();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT)).containsText("Wrong user name or password");
    }

    @Test
    void logsInInRussianAndTheLanguageIsRemembered() {
        logIn("ru");
        assertThat(page.locator("html")).hasAttribute("lang", "ru");
        assertThat(page.locator("h1")).hasText("Дела");
        screenshot("cases-ru");

        page.navigate("/persons");
        assertThat(page.locator("html")).hasAttribute("lang", "ru");

        page.getByText("English").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.navigate("/cases");
        assertThat(page.locator("h1")).hasText("Cases");
    }

    @Test
    void logOutEndsTheSession() {
        logIn("en");
        page.getByText("Log out").click();
        page.waitForURL("**/login?logout");
        page.navigate("/cases");
        page.waitForURL("**/login");
    }
}
