package org.tocsin.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tocsin.web.PublicAddress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tocsin.IntegrationTest;
import org.tocsin.actions.StepForms.CloseForm;

/** The public feeds, fetched without logging in and read with real feed libraries (ROME, ical4j). */
class ActionFeedsTest extends IntegrationTest {

    @Autowired
    MockMvc mockMvc;
    @Autowired
    JdbcClient db;
    @Autowired
    UrgentActions actions;

    Fixtures f;
    UrgentAction issued;
    UrgentAction draft;
    UrgentAction closed;
    String page;

    @BeforeEach
    void anIssuedADraftAndAClosedAction() {
        f = new Fixtures(db);
        UrgentAction first = actions.create(f.complete("amnesty"));
        issued = actions.issue(first.id(), first.version(), null);
        draft = actions.create(f.complete("amnesty"));
        UrgentAction toClose = actions.create(f.complete("amnesty"));
        toClose = actions.issue(toClose.id(), toClose.version(), null);
        closed = actions.close(toClose.id(), new CloseForm("no_response", "unknown", "", "", toClose.version()));
        page = "http://localhost/take-action/" + issued.id();
    }

    @Test
    void theAtomFeedListsIssuedActionsWithLinksToTheirPagesAndNeverADraft() throws Exception {
        String atom = mockMvc.perform(get("/feeds/actions.atom"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Tocsin: urgent actions");
        SyndEntry entry = entryFor(feed, issued).orElseThrow();
        assertThat(entry.getUri()).isEqualTo(page);
        assertThat(entry.getLink()).isEqualTo(page);
        assertThat(entry.getTitle()).isEqualTo(issued.code() + " — " + issued.title());
        assertThat(entry.getUpdatedDate()).isNotNull();
        assertThat(entry.getDescription().getValue()).contains("What happened to them.").contains("Please send your appeals before");
        assertThat(entryFor(feed, closed)).get().satisfies(e -> assertThat(e.getDescription().getValue()).contains("closed"));
        assertThat(entryFor(feed, draft)).isEmpty();
        assertThat(atom).doesNotContain("/take-action/" + draft.id() + "<").doesNotContain("Internal only " + f.tag);
        // Newest first: no entry issued earlier than the one after it.
        List<LocalDate> issuedOn = feed.getEntries().stream()
                .map(e -> actions.get(Long.parseLong(e.getLink().replaceAll(".*/", ""))).issuedOn()).toList();
        for (int i = 1; i < issuedOn.size(); i++) {
            assertThat(issuedOn.get(i)).isBeforeOrEqualTo(issuedOn.get(i - 1));
        }
    }

    @Test
    void theAtomFeedSpeaksRussian() throws Exception {
        String atom = mockMvc.perform(get("/feeds/actions.atom?lang=ru")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
        assertThat(feed.getTitle()).isEqualTo("Tocsin: срочные акции");
        assertThat(entryFor(feed, issued).orElseThrow().getDescription().getValue()).contains("Пожалуйста, направьте обращения до");
    }

    @Test
    void theCalendarHasOneAllDayEventPerIssuedDeadlineAndNothingElse() throws Exception {
        byte[] body = mockMvc.perform(get("/feeds/deadlines.ics"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=utf-8"))
                .andReturn().getResponse().getContentAsByteArray();
        String ics = new String(body, StandardCharsets.UTF_8);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics).endsWith("END:VCALENDAR\r\n").doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        VEvent event = eventFor(events, issued).orElseThrow();
        assertThat(value(event, Property.UID)).isEqualTo("urgent-action-" + issued.id() + "-deadline@localhost");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Deadline: " + issued.code() + " — " + issued.title());
        assertThat(value(event, Property.DTSTART)).isEqualTo(issued.deadline().toString().replace("-", ""));
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow().getValue())
                .isEqualTo("DATE");
        assertThat(value(event, Property.DTSTAMP)).matches("\\d{8}T\\d{6}Z");
        assertThat(eventFor(events, draft)).isEmpty();
        assertThat(eventFor(events, closed)).isEmpty();
        assertThat(ics).doesNotContain("Internal only " + f.tag);

        // The UID stays the same from one fetch to the next, so calendars update the event instead of adding one.
        String again = mockMvc.perform(get("/feeds/deadlines.ics")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).contains("UID:urgent-action-" + issued.id() + "-deadline@localhost");
    }

    @Test
    void aLongRussianSummaryIsFoldedWithoutSplittingALetter() throws Exception {
        StringBuilder ics = new StringBuilder();
        String summary = "SUMMARY:" + "Срок: Правозащитники под угрозой новых нападений, ".repeat(4);
        ActionFeeds.line(ics, summary);
        String[] lines = ics.toString().split("\r\n");
        assertThat(lines).hasSizeGreaterThan(2);
        for (int i = 0; i < lines.length; i++) {
            assertThat(lines[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(lines[i].startsWith(" ")).isEqualTo(i > 0);
        }
        assertThat(ics.toString().replace("\r\n ", "")).isEqualTo(summary + "\r\n");
        assertThat(ActionFeeds.text("a;b,c\\d\ne")).isEqualTo("a\\;b\\,c\\\\d\\ne");
    }

    @Test
    void aConfiguredPublicAddressMakesTheLinks() {
        PublicLinks links = new PublicLinks(new PublicAddress(" https://tocsin.example.org/ ", new org.springframework.mock.env.MockEnvironment()), null);
        assertThat(links.takeAction(5)).isEqualTo("https://tocsin.example.org/take-action/5");
        assertThat(links.absolute(PublicLinks.ATOM)).isEqualTo("https://tocsin.example.org/feeds/actions.atom");
        assertThat(links.host()).isEqualTo("tocsin.example.org");
    }

    @Test
    void theTakeActionPageAnnouncesBothFeedsInItsHead() throws Exception {
        mockMvc.perform(get("/take-action/" + issued.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feeds/actions.atom\" title=\"Tocsin: urgent actions\">")))
                .andExpect(content().string(containsString(
                        "<link rel=\"alternate\" type=\"text/calendar\" href=\"/feeds/deadlines.ics\"")));
    }

    private Optional<SyndEntry> entryFor(SyndFeed feed, UrgentAction action) {
        return feed.getEntries().stream().filter(e -> e.getLink().endsWith("/take-action/" + action.id())).findFirst();
    }

    private Optional<VEvent> eventFor(List<VEvent> events, UrgentAction action) {
        return events.stream().filter(e -> value(e, Property.URL).endsWith("/take-action/" + action.id())).findFirst();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(p -> ((Property) p).getValue()).orElse("");
    }
}
