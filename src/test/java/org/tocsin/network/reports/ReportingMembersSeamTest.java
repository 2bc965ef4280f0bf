package org.tocsin.network.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tocsin.IntegrationTest;
import org.tocsin.security.Mailer;
import org.tocsin.web.PublicAddress;

/** With the members work wired in (here a stand-in), a report made from a member's link counts at once. */
class ReportingMembersSeamTest extends IntegrationTest {

    @Autowired
    JdbcClient db;
    @Autowired
    ActionReports reports;
    @Autowired
    ReportThrottle throttle;
    @Autowired
    Mailer mailer;
    @Autowired
    MessageSource messages;
    @Autowired
    PublicAddress address;

    @Test
    void aMembersLinkConfirmsTheReportAtOnceWithoutMail() {
        ReportFixtures f = new ReportFixtures(db);
        long ua = f.issued();
        long section = f.section("Linked section", "NOR");
        long member = f.id("insert into member (email_index, email_sealed, language, section_id) values (?, ?, 'en', ?) returning id",
                ("seam-" + f.tag).getBytes(), new byte[] {1}, section);
        ReportingMembers links = (token, actionId) -> "good-token".equals(token) && actionId == ua ? Optional.of(member) : Optional.empty();
        PublicReporting reporting = new PublicReporting(reports, throttle, Optional.of(links), mailer, messages, address);
        long outbox = mailer.outboxSize();

        PublicReporting.Result result = reporting.submit(reports.open(ua), new PublicReporting.PublicForm("email",
                List.of(), "2", LocalDate.now().toString(), null, "", "good-token"), "10.9.9.9", Locale.ENGLISH);

        assertThat(result).isEqualTo(PublicReporting.Result.CONFIRMED);
        assertThat(reports.chainTotal(ua)).isEqualTo(2);
        assertThat(f.count("select count(*) from action_report where action_id = ? and member_id = ? and section_id = ?", ua, member, section)).isEqualTo(1);
        assertThat(mailer.outboxSize()).isEqualTo(outbox);
        assertThat(reporting.member("bad-token", ua)).isEmpty();
    }
}
