package org.tocsin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The running service: health, login required for staff pages and the API, problem details. */
class ServiceSmokeTest extends IntegrationTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void healthReportsTheDatabase() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"db\":{\"status\":\"UP\"}").doesNotContain("/work");
    }

    @Test
    void staffPagesRedirectToTheLoginPage() throws Exception {
        HttpResponse<String> cases = get("/cases");
        assertThat(cases.statusCode()).isEqualTo(302);
        assertThat(cases.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void loginPageSpeaksEnglishAndRussian() throws Exception {
        assertThat(get("/login?lang=en").body()).contains("User name").contains("lang=\"en\"");
        HttpResponse<String> russian = get("/login?lang=ru");
        assertThat(russian.body()).contains("Имя пользователя").contains("lang=\"ru\"");
        assertThat(russian.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("tocsin-lang=ru"));
    }

    @Test
    void apiNeedsCredentials() throws Exception {
        assertThat(get("/api/cases").statusCode()).isEqualTo(401);
        assertThat(get("/api/cases", "Authorization", basic(ADMIN, "wrong")).statusCode()).isEqualTo(401);
    }

    @Test
    void unknownRecordIsAProblemDetailNotAStackTrace() throws Exception {
        HttpResponse<String> missing = get("/api/cases/999999", "Authorization", basic(ADMIN, ADMIN_PASSWORD),
                "Accept", "application/json");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(missing.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void openApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\"").contains("/api/cases");
    }
}
