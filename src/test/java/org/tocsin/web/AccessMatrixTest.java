package org.tocsin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tocsin.IntegrationTest;

/**
 * Every handler mapping of every controller, called as a stranger and as each role, gets exactly
 * the answer the table below allows: allowed means the request got past security (any answer but
 * 401, 403 or a redirect to the login page; a 404 for a made-up id is fine), forbidden means 403
 * for an account and the login page (401 for the API) for a stranger. A mapping the table does not
 * list fails the test, so a new endpoint cannot go unclassified.
 */
class AccessMatrixTest extends IntegrationTest {

    /** Who may call a mapping. */
    enum Access {
        /** Anyone, logged in or not. */
        PUBLIC(Set.of("stranger", "MEMBER", "COORDINATOR", "RESEARCHER", "ADMINISTRATOR")),
        /** Any logged-in account: its own settings. */
        LOGGED_IN(Set.of("MEMBER", "COORDINATOR", "RESEARCHER", "ADMINISTRATOR")),
        /** Staff: administrators, researchers, coordinators. */
        STAFF(Set.of("COORDINATOR", "RESEARCHER", "ADMINISTRATOR")),
        /** Researchers and administrators (who sees a restricted case). */
        RESEARCHER(Set.of("RESEARCHER", "ADMINISTRATOR")),
        /**
         * Administrators and section coordinators: the matrix's coordinator coordinates a section
         * of its own (see {@link #matrixCoordinatorCoordinatesASection}); which section a coordinator
         * may change is the services' check, a 403 for another section's (the sections' own tests).
         */
        COORDINATING(Set.of("COORDINATOR", "ADMINISTRATOR")),
        ADMIN(Set.of("ADMINISTRATOR"));

        final Set<String> allowed;

        Access(Set<String> allowed) {
            this.allowed = allowed;
        }
    }

    static final List<String> CALLERS = List.of("stranger", "MEMBER", "COORDINATOR", "RESEARCHER", "ADMINISTRATOR");

    /**
     * METHOD pattern ACCESS, one a line. A trailing {@code !} marks a mapping too destructive to
     * call for the roles allowed (the emergency revoke): only the forbidden ones are checked. A
     * trailing {@code ~} marks one whose own answer, without a login under way, is the login page
     * (the second login step): for it only 401 and 403 count as refused.
     */
    static final String TABLE = """
            GET /error PUBLIC
            GET /v3/api-docs PUBLIC
            GET /login PUBLIC
            POST /login PUBLIC
            GET /login/code PUBLIC ~
            POST /login/code PUBLIC ~
            GET /password-reset PUBLIC
            POST /password-reset PUBLIC
            GET /password-reset/{token} PUBLIC
            POST /password-reset/{token} PUBLIC
            GET /take-action/{id} PUBLIC
            GET /feeds/actions.atom PUBLIC
            GET /feeds/deadlines.ics PUBLIC
            GET /take-action/{id}/letters.pdf PUBLIC
            GET /take-action/{id}/letters/{targetId}.pdf PUBLIC
            GET /take-action/{id}/report PUBLIC
            POST /take-action/{id}/report PUBLIC
            GET /take-action/report/confirm/{token} PUBLIC
            POST /take-action/report/confirm/{token} PUBLIC
            GET /take-action/local/{id} PUBLIC
            GET /take-action/local/{id}/letters.pdf PUBLIC
            GET /take-action/local/{id}/letters/{targetId}.pdf PUBLIC
            GET /join PUBLIC
            POST /join PUBLIC
            GET /join/sent PUBLIC
            GET /join/confirm/{token} PUBLIC
            POST /join/confirm/{token} PUBLIC
            GET /members/unsubscribe/{token} PUBLIC
            POST /members/unsubscribe/{token} PUBLIC
            GET /members/my-data PUBLIC
            POST /members/my-data PUBLIC
            GET /members/my-data/{token} PUBLIC
            POST /members/my-data/{token} PUBLIC
            GET /members/my-data/{token}/download PUBLIC
            POST /members/my-data/{token}/delete PUBLIC
            GET /members/deleted PUBLIC
            POST /api/public/reports PUBLIC

            GET /account LOGGED_IN
            GET /account/password LOGGED_IN
            POST /account/password LOGGED_IN
            GET /account/sessions LOGGED_IN
            POST /account/sessions/end LOGGED_IN
            POST /account/sessions/end-others LOGGED_IN
            GET /account/tokens LOGGED_IN
            POST /account/tokens LOGGED_IN
            POST /account/tokens/{id}/revoke LOGGED_IN
            GET /account/two-factor LOGGED_IN
            POST /account/two-factor LOGGED_IN
            POST /account/two-factor/recovery-codes LOGGED_IN

            GET /admin/audit ADMIN
            GET /admin/backups ADMIN
            GET /admin/emergency ADMIN
            POST /admin/emergency ADMIN !
            GET /admin/outbox ADMIN
            GET /admin/users ADMIN
            POST /admin/users ADMIN
            GET /admin/users/new ADMIN
            GET /admin/users/{id} ADMIN
            POST /admin/users/{id}/enabled ADMIN
            POST /admin/users/{id}/role ADMIN
            POST /admin/users/{id}/revoke ADMIN
            POST /admin/users/{id}/two-factor/reset ADMIN
            GET /admin/notifications ADMIN
            GET /admin/notifications/{id} ADMIN

            GET /sections/new ADMIN
            POST /sections ADMIN
            GET /sections/{id}/edit ADMIN
            POST /sections/{id} ADMIN
            POST /api/sections ADMIN
            PUT /api/sections/{id} ADMIN

            GET /members COORDINATING
            GET /reports/new COORDINATING
            POST /reports/new COORDINATING
            GET /sections/{id}/targets/new COORDINATING
            POST /sections/{id}/targets COORDINATING
            GET /sections/{id}/targets/{targetId}/edit COORDINATING
            POST /sections/{id}/targets/{targetId} COORDINATING
            GET /sections/localisations/new COORDINATING
            POST /sections/localisations COORDINATING
            GET /sections/localisations/{id}/edit COORDINATING
            POST /sections/localisations/{id} COORDINATING
            POST /sections/localisations/{id}/publish COORDINATING
            POST /sections/localisations/{id}/reviewed COORDINATING

            GET / STAFF
            GET /v3/api-docs.yaml STAFF
            GET /cases STAFF
            POST /cases STAFF
            GET /cases/new STAFF
            GET /cases/{id} STAFF
            POST /cases/{id} STAFF
            GET /cases/{id}/edit STAFF
            POST /cases/{id}/persons-at-risk STAFF
            POST /cases/{id}/persons-at-risk/{personId}/remove STAFF
            POST /cases/{id}/access RESEARCHER
            POST /cases/{id}/access/readers RESEARCHER
            POST /cases/{id}/access/readers/{userId}/remove RESEARCHER
            GET /cases/{caseId}/incidents/new STAFF
            POST /cases/{caseId}/incidents STAFF
            GET /incidents/{id} STAFF
            POST /incidents/{id} STAFF
            GET /incidents/{id}/edit STAFF
            POST /incidents/{id}/parties STAFF
            POST /incidents/{id}/parties/{partyId}/remove STAFF
            POST /incidents/{id}/accounts STAFF
            GET /incidents/{incidentId}/investigations/new STAFF
            POST /incidents/{incidentId}/investigations STAFF
            GET /accounts/{id}/edit STAFF
            POST /accounts/{id} STAFF
            POST /accounts/{id}/remove STAFF
            GET /investigations/{id} STAFF
            POST /investigations/{id} STAFF
            GET /investigations/{id}/edit STAFF
            POST /investigations/{id}/updates STAFF
            GET /persons STAFF
            POST /persons STAFF
            GET /persons/new STAFF
            GET /persons/{id} STAFF
            POST /persons/{id} STAFF
            GET /persons/{id}/edit STAFF
            POST /persons/{id}/names STAFF
            GET /organisations STAFF
            POST /organisations STAFF
            GET /organisations/new STAFF
            GET /organisations/{id} STAFF
            POST /organisations/{id} STAFF
            GET /organisations/{id}/edit STAFF
            GET /sources STAFF
            POST /sources STAFF
            GET /sources/new STAFF
            GET /sources/{id} STAFF
            POST /sources/{id} STAFF
            GET /sources/{id}/edit STAFF
            GET /targets STAFF
            POST /targets STAFF
            GET /targets/new STAFF
            GET /targets/{id} STAFF
            POST /targets/{id} STAFF
            GET /targets/{id}/edit STAFF
            GET /actions STAFF
            POST /actions STAFF
            GET /actions/new STAFF
            GET /actions/for-case/{caseId} STAFF
            GET /actions/{id} STAFF
            POST /actions/{id} STAFF
            GET /actions/{id}/edit STAFF
            POST /actions/{id}/issue STAFF
            POST /actions/{id}/follow-up STAFF
            POST /actions/{id}/corrections STAFF
            GET /actions/{id}/extend STAFF
            POST /actions/{id}/extend STAFF
            GET /actions/{id}/close STAFF
            POST /actions/{id}/close STAFF
            GET /imports RESEARCHER
            POST /imports RESEARCHER
            GET /imports/{id} RESEARCHER
            POST /imports/{id} RESEARCHER
            GET /actions/{id}/letters STAFF
            GET /actions/{id}/letters/summary STAFF
            GET /actions/{id}/letters/edit STAFF
            POST /actions/{id}/letters/{language} STAFF
            POST /actions/{id}/letters/{language}/delete STAFF
            GET /sections STAFF
            GET /sections/{id} STAFF
            GET /sections/localisations/for-action/{actionId} STAFF
            GET /sections/localisations/{id} STAFF
            GET /reports/actions/{id} STAFF
            POST /reports/actions/{id}/goal STAFF
            GET /reports/sections/{id} STAFF
            GET /reports/for-case/{caseId} STAFF

            GET /api/cases STAFF
            POST /api/cases STAFF
            GET /api/cases/{id} STAFF
            PUT /api/cases/{id} STAFF
            GET /api/cases/{id}/overview STAFF
            POST /api/cases/{id}/persons-at-risk STAFF
            DELETE /api/cases/{id}/persons-at-risk/{personId} STAFF
            GET /api/incidents STAFF
            POST /api/incidents STAFF
            GET /api/incidents/{id} STAFF
            PUT /api/incidents/{id} STAFF
            GET /api/incidents/{id}/parties STAFF
            POST /api/incidents/{id}/parties STAFF
            DELETE /api/incidents/{id}/parties/{partyId} STAFF
            GET /api/incidents/{id}/accounts STAFF
            POST /api/incidents/{id}/accounts STAFF
            GET /api/incidents/{id}/accounts/{accountId} STAFF
            PUT /api/incidents/{id}/accounts/{accountId} STAFF
            DELETE /api/incidents/{id}/accounts/{accountId} STAFF
            GET /api/incidents/{id}/disagreements STAFF
            GET /api/investigations STAFF
            POST /api/investigations STAFF
            GET /api/investigations/{id} STAFF
            PUT /api/investigations/{id} STAFF
            GET /api/investigations/{id}/updates STAFF
            POST /api/investigations/{id}/updates STAFF
            GET /api/persons STAFF
            POST /api/persons STAFF
            GET /api/persons/matches STAFF
            GET /api/persons/{id} STAFF
            PUT /api/persons/{id} STAFF
            POST /api/persons/{id}/names STAFF
            GET /api/organisations STAFF
            POST /api/organisations STAFF
            GET /api/organisations/{id} STAFF
            PUT /api/organisations/{id} STAFF
            GET /api/sources STAFF
            POST /api/sources STAFF
            GET /api/sources/{id} STAFF
            PUT /api/sources/{id} STAFF
            GET /api/targets STAFF
            POST /api/targets STAFF
            GET /api/targets/options STAFF
            GET /api/targets/{id} STAFF
            PUT /api/targets/{id} STAFF
            GET /api/targets/{id}/uses STAFF
            GET /api/actions STAFF
            POST /api/actions STAFF
            GET /api/actions/{id} STAFF
            PUT /api/actions/{id} STAFF
            GET /api/actions/{id}/chain STAFF
            POST /api/actions/{id}/issue STAFF
            POST /api/actions/{id}/follow-ups STAFF
            POST /api/actions/{id}/corrections STAFF
            POST /api/actions/{id}/extend STAFF
            POST /api/actions/{id}/close STAFF
            GET /api/actions/{id}/letters STAFF
            GET /api/actions/{id}/letters/{language} STAFF
            PUT /api/actions/{id}/letters/{language} STAFF
            DELETE /api/actions/{id}/letters/{language} STAFF
            GET /api/sections STAFF
            GET /api/sections/{id} STAFF
            GET /api/sections/{id}/localisations STAFF
            GET /api/reports/{id} STAFF
            GET /api/reports/actions/{actionId} STAFF
            POST /api/reports STAFF
            POST /api/members/suppressions STAFF
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient db;

    /** The matrix's coordinator is an account coordinating a section, so section work is open to it. */
    @org.junit.jupiter.api.BeforeEach
    void matrixCoordinatorCoordinatesASection() {
        db.sql("""
                insert into app_user (username, display_name, role, password_hash)
                values ('matrix-coordinator', 'Matrix coordinator', 'COORDINATOR', '{noop}unused')
                on conflict (lower(username)) do nothing""").update();
        db.sql("insert into section (name, country_code, languages) values ('Matrix section', 'NOR', '{nb}')"
                + " on conflict (lower(name)) do nothing").update();
        db.sql("""
                insert into section_coordinator (section_id, user_id)
                select s.id, u.id from section s, app_user u
                where lower(s.name) = 'matrix section' and lower(u.username) = 'matrix-coordinator'
                on conflict do nothing""").update();
    }

    record Rule(Access access, boolean destructive, boolean sendsToLogin) {
    }

    @Test
    void everyMappingAnswersExactlyWhoTheTableAllows() throws Exception {
        Map<String, Rule> table = table();
        Set<String> unclassified = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String endpoint : endpoints()) {
            Rule rule = table.get(endpoint);
            if (rule == null) {
                unclassified.add(endpoint);
                continue;
            }
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = fill(endpoint.substring(endpoint.indexOf(' ') + 1));
            for (String caller : CALLERS) {
                boolean allowed = rule.access().allowed.contains(caller);
                if (allowed && rule.destructive()) {
                    continue;
                }
                MockHttpServletResponse response;
                try {
                    response = call(method, path, caller);
                } catch (jakarta.servlet.ServletException e) {
                    // Past security and into the handler, which failed on the made-up input.
                    failures.add(endpoint + " as " + caller + ": " + e.getCause());
                    if (!allowed) {
                        wrong.add(endpoint + " as " + caller + ": reached the handler");
                    }
                    continue;
                }
                String problem = judge(response, allowed, caller, path, rule.sendsToLogin());
                if (problem != null) {
                    wrong.add(endpoint + " as " + caller + ": " + problem);
                }
            }
        }
        assertThat(unclassified).as("mappings the access table does not classify (add them to AccessMatrixTest.TABLE)")
                .isEmpty();
        assertThat(wrong).as("answers that break the access table").isEmpty();
        assertThat(failures).as("handlers that failed (500) on a made-up id or an empty request").isEmpty();
    }

    @Test
    void theTableNamesNoMappingThatIsGone() {
        Set<String> gone = new TreeSet<>(table().keySet());
        gone.removeAll(endpoints());
        assertThat(gone).as("table rows without a mapping").isEmpty();
    }

    /** "GET /cases/{id}" for every method and pattern; a mapping without methods is called with GET. */
    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("GET " + pattern);
                }
                for (RequestMethod method : methods) {
                    endpoints.add(method.name() + " " + pattern);
                }
            }
        }
        return endpoints;
    }

    private static Map<String, Rule> table() {
        Map<String, Rule> table = new LinkedHashMap<>();
        for (String line : TABLE.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            String[] parts = line.split("\\s+");
            String flag = parts.length > 3 ? parts[3] : "";
            table.put(parts[0] + " " + parts[1], new Rule(Access.valueOf(parts[2]), flag.equals("!"), flag.equals("~")));
        }
        return table;
    }

    /** Ids nobody has: the answer then shows whether security let the call through (404) or not. */
    private static String fill(String pattern) {
        return pattern.replaceAll("\\{token}", "no-such-token").replaceAll("\\{group}", "no-such-group")
                .replaceAll("\\{[^}]+}", "987654321");
    }

    private MockHttpServletResponse call(String method, String path, String caller) throws Exception {
        MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(method), path).with(csrf());
        if (!caller.equals("stranger")) {
            builder = builder.with(user("matrix-" + caller.toLowerCase()).roles(caller));
        }
        if (!method.equals("GET")) {
            builder = builder.contentType("application/json").content("{}");
        }
        return mvc.perform(builder).andReturn().getResponse();
    }

    private static String judge(MockHttpServletResponse response, boolean allowed, String caller, String path,
                                boolean sendsToLogin) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        boolean toLogin = !sendsToLogin && status / 100 == 3 && location != null
                && location.replaceFirst("^https?://[^/]+", "").equals("/login");
        boolean refused = status == 401 || status == 403 || toLogin;
        if (allowed) {
            return refused ? "refused with " + status + (location == null ? "" : " to " + location) : null;
        }
        if (!refused) {
            return "allowed with " + status;
        }
        if (caller.equals("stranger")) {
            boolean api = path.startsWith("/api/");
            return (api ? status == 401 : toLogin) ? null : "a stranger got " + status + " instead of "
                    + (api ? "401" : "the login page");
        }
        return status == 403 ? null : "got " + status + " instead of 403";
    }
}
