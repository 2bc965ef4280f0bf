package org.tocsin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tocsin.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile input on every staff form and API: script tags, attribute breakouts, SQL fragments,
 * oversized values, path tricks and a NUL byte, put in every field of every form the staff pages
 * show (found by reading the pages themselves, so a new field is covered without changing this
 * test) and in every string of the API's bodies. The answer is a validation error or a saved
 * record shown escaped: never a 500, never the markup echoed raw.
 */
class HostileInputTest extends IntegrationTest {

    static final String SCRIPT = "<script>alert('tocsin')</script>";
    static final String BREAKOUT = "\"'><img src=x onerror=alert(1)>";
    static final String SQL = "'; drop table case_file; -- ' or '1'='1";
    static final String PATH = "../../../../etc/passwd%00.txt";
    static final String NUL = "nul\u0000byte";
    static final String OVERSIZED = "A".repeat(200_000);

    static Stream<String> payloads() {
        return Stream.of(SCRIPT, BREAKOUT, SQL, PATH, NUL, OVERSIZED);
    }

    /** Raw markup that must never come back unescaped. */
    static final List<String> RAW = List.of("<script>alert('tocsin')", "<img src=x onerror");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient db;

    final JsonMapper json = JsonMapper.builder().build();
    @Autowired
    org.tocsin.security.UserAccounts accounts;

    /**
     * An administrator of its own: hostile "current passwords" on /account/password count as
     * wrong guesses and lock the account they are made for, which must not be the shared admin.
     */
    RequestPostProcessor admin;

    long caseId;
    long personId;
    long incidentId;
    long investigationId;
    long sourceId;
    long organisationId;
    long targetId;
    long actionId;
    long accountId;
    long issuedId;
    String issuedCode;
    long sectionId;
    long localTargetId;
    long localisationId;
    String memberToken;

    @Autowired
    org.tocsin.network.members.Members members;

    @BeforeEach
    void records() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String hostileAdmin = "hostile-admin-" + tag;
        accounts.create(hostileAdmin, "Hostile admin " + tag, org.tocsin.security.UserAccounts.Role.ADMINISTRATOR,
                "a long enough password " + tag);
        admin = user(hostileAdmin).roles("ADMINISTRATOR");
        caseId = id("insert into case_file (title) values (?) returning id", "Hostile " + tag);
        personId = id("insert into person (gender) values ('f') returning id");
        db.sql("insert into person_name (person_id, name, script, position) values (?, ?, 'latin', 0)").params(personId, "Hostile " + tag).update();
        incidentId = id("insert into incident (case_id, title, occurred_on, type) values (?, 'Hostile', date '2015-01-01', 'raid') returning id", caseId);
        investigationId = id("insert into investigation (incident_id, authority_name, status) values (?, 'Prosecutor', 'opened') returning id", incidentId);
        sourceId = id("insert into source (publisher, title) values ('Pub', ?) returning id", "Hostile " + tag);
        accountId = id("insert into account (incident_id, source_id) values (?, ?) returning id", incidentId, sourceId);
        organisationId = id("insert into organisation (name) values (?) returning id", "Hostile " + tag);
        targetId = id("insert into target (name, title) values (?, 'Minister') returning id", "Hostile " + tag);
        actionId = id("insert into urgent_action (case_id, code_scheme, title) values (?, 'none', ?) returning id", caseId, "Hostile " + tag);
        issuedCode = "HOSTILE " + tag;
        issuedId = id("""
                        insert into urgent_action (case_id, code_scheme, code_base, title, status, issued_on, languages)
                        values (?, 'external', ?, ?, 'issued', current_date - 3, '{en}') returning id""",
                caseId, issuedCode, "Hostile issued " + tag);
        db.sql("insert into urgent_action_target (action_id, target_id, position) values (?, ?, 0)").params(issuedId, targetId).update();
        sectionId = id("insert into section (name, country_code, languages) values (?, 'NOR', '{nb,en}') returning id",
                "Hostile section " + tag);
        localTargetId = id("insert into target (name, title, section_id) values (?, 'Mayor', ?) returning id",
                "Hostile local " + tag, sectionId);
        localisationId = id("""
                        insert into localisation (action_id, section_id, language, title) values (?, ?, 'nb', ?) returning id""",
                issuedId, sectionId, "Hostile localisation " + tag);
        long member = members.addConfirmed("hostile-" + tag + "@example.org", "Hostile " + tag, "en", null, List.of(), "immediate");
        memberToken = "hostile-token-" + UUID.randomUUID();
        db.sql("insert into member_token (hash, member_id, purpose, expires_at) values (sha256(convert_to(?, 'UTF8')), ?, 'data', now() + interval '1 hour')")
                .params(memberToken, member).update();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void everyStaffFormRefusesOrEscapesIt(String payload) throws Exception {
        List<String> pages = List.of("/cases/new", "/cases/" + caseId + "/edit", "/cases/" + caseId,
                "/persons/new", "/persons/" + personId + "/edit", "/persons/" + personId,
                "/cases/" + caseId + "/incidents/new", "/incidents/" + incidentId, "/incidents/" + incidentId + "/edit",
                "/accounts/" + accountId + "/edit", "/incidents/" + incidentId + "/investigations/new",
                "/investigations/" + investigationId, "/investigations/" + investigationId + "/edit",
                "/sources/new", "/sources/" + sourceId + "/edit", "/organisations/new",
                "/organisations/" + organisationId + "/edit", "/targets/new", "/targets/" + targetId + "/edit",
                "/actions/new?caseId=" + caseId, "/actions/" + actionId + "/edit", "/admin/users/new",
                "/account/tokens", "/account/password",
                "/sections/new", "/sections/" + sectionId + "/edit", "/sections/" + sectionId + "/targets/new",
                "/sections/" + sectionId + "/targets/" + localTargetId + "/edit",
                "/sections/localisations/new?actionId=" + issuedId + "&sectionId=" + sectionId + "&language=en",
                "/sections/localisations/" + localisationId + "/edit",
                "/actions/" + actionId + "/letters/edit?language=en", "/actions/" + issuedId + "/letters/edit?language=de",
                "/reports/actions/" + issuedId, "/reports/new?actionId=" + issuedId);
        List<String> problems = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        for (String page : pages) {
            String html = body(mvc.perform(get(page).with(admin)).andReturn().getResponse());
            for (Form form : forms(html)) {
                actions.add(form.action());
                MockHttpServletRequestBuilder request = post(form.action()).with(admin).with(csrf()).with(fromSomewhere());
                for (String field : form.fields()) {
                    request = request.param(field, payload);
                }
                check(page + " -> POST " + form.action(), request, problems);
            }
        }
        assertThat(actions).as("forms found on the staff pages").hasSizeGreaterThan(30)
                .contains("/sections", "/sections/" + sectionId, "/sections/" + sectionId + "/targets",
                        "/sections/" + sectionId + "/targets/" + localTargetId, "/sections/localisations",
                        "/sections/localisations/" + localisationId, "/actions/" + actionId + "/letters/en",
                        "/reports/actions/" + issuedId + "/goal", "/reports/new");
        assertThat(problems).isEmpty();
        assertThat(db.sql("select count(*) from case_file").query(Long.class).single()).isPositive();
    }

    /** The members' own forms, filled in by a visitor who is not logged in. */
    @ParameterizedTest
    @MethodSource("payloads")
    void everyPublicFormRefusesOrEscapesIt(String payload) throws Exception {
        List<String> pages = List.of("/join", "/members/my-data", "/members/my-data/" + memberToken,
                "/take-action/" + issuedId + "/report");
        List<String> problems = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        for (String page : pages) {
            String html = body(mvc.perform(get(page)).andReturn().getResponse());
            for (Form form : forms(html)) {
                actions.add(form.action());
                MockHttpServletRequestBuilder request = post(form.action()).with(csrf()).with(fromSomewhere());
                for (String field : form.fields()) {
                    request = request.param(field, payload);
                }
                check(page + " -> POST " + form.action(), request, problems);
            }
        }
        assertThat(actions).as("forms found on the public pages")
                .contains("/join", "/members/my-data", "/members/my-data/" + memberToken, "/take-action/" + issuedId + "/report");
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void everyApiBodyRefusesOrStoresItAsData(String payload) throws Exception {
        String p = json.writeValueAsString(payload);
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("/api/cases", "{\"title\":%1$s,\"summary\":%1$s,\"country\":%1$s,\"status\":%1$s}");
        bodies.put("/api/cases#open", "{\"title\":%1$s,\"summary\":%1$s,\"country\":%1$s,\"status\":\"open\"}");
        bodies.put("/api/persons", "{\"names\":[{\"name\":%1$s}],\"gender\":%1$s,\"roles\":[%1$s],\"description\":%1$s,\"confirmed\":true}");
        bodies.put("/api/persons#valid", "{\"names\":[{\"name\":%1$s}],\"roles\":[%1$s],\"description\":%1$s,\"confirmed\":true}");
        bodies.put("/api/incidents", "{\"caseId\":" + caseId + ",\"title\":%1$s,\"date\":%1$s,\"time\":%1$s,\"timeZone\":%1$s,"
                + "\"place\":%1$s,\"region\":%1$s,\"country\":%1$s,\"type\":%1$s,\"description\":%1$s}");
        bodies.put("/api/incidents#valid", "{\"caseId\":" + caseId + ",\"title\":%1$s,\"date\":\"2015-06\",\"place\":%1$s,"
                + "\"region\":%1$s,\"country\":%1$s,\"type\":\"raid\",\"description\":%1$s}");
        bodies.put("/api/incidents/" + incidentId + "/parties", "{\"role\":\"victim\",\"kind\":\"group\",\"groupLabel\":%1$s}");
        bodies.put("/api/incidents/" + incidentId + "/accounts", "{\"sourceId\":" + sourceId + ",\"summary\":%1$s,"
                + "\"facts\":[{\"key\":%1$s,\"value\":%1$s}]}");
        bodies.put("/api/investigations", "{\"incidentId\":" + incidentId + ",\"authorityName\":%1$s,\"reference\":%1$s,"
                + "\"openedOn\":%1$s,\"status\":%1$s,\"notes\":%1$s}");
        bodies.put("/api/investigations/" + investigationId + "/updates", "{\"onDate\":%1$s,\"status\":%1$s,\"note\":%1$s}");
        bodies.put("/api/sources", "{\"publisher\":%1$s,\"publishedOn\":%1$s,\"title\":%1$s,\"url\":%1$s,\"kind\":%1$s,\"reference\":%1$s}");
        bodies.put("/api/sources#valid", "{\"publisher\":%1$s,\"title\":%1$s,\"kind\":\"report\",\"reference\":%1$s}");
        bodies.put("/api/organisations", "{\"name\":%1$s,\"aliases\":[%1$s],\"kind\":\"ngo\",\"country\":%1$s,\"description\":%1$s}");
        bodies.put("/api/targets", "{\"name\":%1$s,\"title\":%1$s,\"organisation\":%1$s,\"addressLines\":[%1$s],\"country\":%1$s,"
                + "\"fax\":[%1$s],\"email\":[%1$s]}");
        bodies.put("/api/actions", "{\"caseId\":" + caseId + ",\"title\":%1$s,\"codeScheme\":\"none\",\"summary\":%1$s,"
                + "\"background\":%1$s,\"country\":%1$s,\"deadline\":%1$s}");
        bodies.put("/api/actions#valid", "{\"caseId\":" + caseId + ",\"title\":%1$s,\"codeScheme\":\"none\",\"summary\":%1$s,"
                + "\"background\":%1$s,\"country\":%1$s}");
        bodies.put("/api/sections", "{\"name\":%1$s,\"countryCode\":%1$s,\"languages\":[%1$s],\"coordinatorIds\":[]}");
        bodies.put("/api/sections#valid", "{\"name\":%1$s,\"countryCode\":\"SWE\",\"languages\":[\"sv\"]}");
        bodies.put("PUT /api/sections/" + sectionId, "{\"name\":%1$s,\"countryCode\":%1$s,\"languages\":[%1$s],\"version\":0}");
        bodies.put("PUT /api/actions/" + actionId + "/letters/en", "{\"subject\":%1$s,\"body\":%1$s}");
        bodies.put("PUT /api/actions/" + issuedId + "/letters/de", "{\"subject\":%1$s,\"body\":\"Dear {salutation}\"}");
        bodies.put("/api/reports", "{\"code\":%1$s,\"channel\":%1$s,\"count\":%1$s,\"takenOn\":%1$s,\"note\":%1$s}");
        bodies.put("/api/reports#valid", "{\"code\":\"" + issuedCode + "\",\"channel\":\"letter\",\"count\":\"2\","
                + "\"takenOn\":\"" + java.time.LocalDate.now() + "\",\"note\":%1$s}");
        bodies.put("/api/public/reports", "{\"code\":%1$s,\"channel\":%1$s,\"count\":%1$s,\"takenOn\":%1$s,\"email\":%1$s,"
                + "\"memberToken\":%1$s}");
        bodies.put("/api/public/reports#code", "{\"code\":\"" + issuedCode + "\",\"channel\":\"letter\",\"count\":\"1\","
                + "\"takenOn\":\"" + java.time.LocalDate.now() + "\",\"email\":%1$s}");
        bodies.put("/api/members/suppressions", "{\"email\":%1$s,\"reason\":%1$s}");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            boolean put = body.getKey().startsWith("PUT ");
            String path = body.getKey().replaceFirst("^PUT ", "").replaceFirst("#.*", "");
            MockHttpServletResponse response = mvc.perform((put ? org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
                            : post(path)).with(httpBasic(ADMIN, ADMIN_PASSWORD)).with(fromSomewhere())
                    .contentType(MediaType.APPLICATION_JSON).content(body.getValue().formatted(p))).andReturn().getResponse();
            if (response.getStatus() >= 500) {
                problems.add("POST " + body.getKey() + ": " + response.getStatus() + " " + shorten(body(response)));
            } else if (response.getContentType() != null && response.getContentType().startsWith("text/html")) {
                problems.add("POST " + body.getKey() + ": answered with HTML");
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void uploadsWithHostileNamesAndContentsAreRefusedOrKeptAsData(String payload) throws Exception {
        String name = ("../../" + payload).substring(0, Math.min(payload.length() + 6, 300)) + ".txt";
        byte[] content = ("URGENT ACTION\n" + payload + "\n" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        check("upload " + shorten(name), multipart("/imports").file(new MockMultipartFile("files", name, "text/plain", content))
                .with(admin).with(csrf()), problems);
        byte[] malformed = ("%PDF-1.7\n" + payload).getBytes(StandardCharsets.UTF_8);
        check("malformed upload", multipart("/imports").file(new MockMultipartFile("files", payload + ".pdf",
                "application/pdf", malformed)).with(admin).with(csrf()), problems);
        assertThat(problems).isEmpty();
        assertThat(db.sql("select count(*) from document_import where file_name like '%/%'").query(Long.class).single())
                .as("a stored file name keeps no directory").isZero();
    }

    /** Posts, and when the answer is a redirect to a page, reads that page too. */
    private void check(String what, org.springframework.test.web.servlet.RequestBuilder request, List<String> problems) throws Exception {
        MockHttpServletResponse response;
        try {
            response = mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            problems.add(what + ": failed with " + e.getCause());
            return;
        }
        inspect(what, response, problems);
        String location = response.getRedirectedUrl();
        if (response.getStatus() / 100 == 3 && location != null && location.startsWith("/")) {
            inspect(what + " -> " + location, mvc.perform(get(location).with(admin)).andReturn().getResponse(), problems);
        }
    }

    private static void inspect(String what, MockHttpServletResponse response, List<String> problems) throws Exception {
        if (response.getStatus() >= 500) {
            problems.add(what + ": " + response.getStatus() + " " + shorten(body(response)));
            return;
        }
        String body = body(response);
        for (String raw : RAW) {
            if (body.contains(raw)) {
                problems.add(what + ": echoed raw markup " + raw);
            }
        }
    }

    record Form(String action, List<String> fields) {
    }

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("<(?:input|select|textarea)\\b[^>]*\\bname=\"([^\"]+)\"[^>]*>");

    /** The forms of a page that post somewhere and have a field to type into, with their field names. */
    private static List<Form> forms(String html) {
        List<Form> forms = new ArrayList<>();
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            String attributes = form.group(1);
            Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(attributes);
            if (!attributes.contains("method=\"post\"") || !action.find()) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            Matcher field = FIELD.matcher(form.group(2));
            while (field.find()) {
                String tag = field.group(0);
                if (!field.group(1).equals("_csrf") && !tag.contains("type=\"hidden\"") && !tag.contains("type=\"file\"")) {
                    fields.add(field.group(1).replace("&#91;", "[").replace("&#93;", "]"));
                }
            }
            if (!fields.isEmpty()) {
                forms.add(new Form(action.group(1).replace("&amp;", "&"), fields));
            }
        }
        return forms;
    }

    /** A fresh client address, so the throttles of the public forms do not answer instead of the checks. */
    private static RequestPostProcessor fromSomewhere() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        String address = "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private long id(String sql, Object... params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }
}
