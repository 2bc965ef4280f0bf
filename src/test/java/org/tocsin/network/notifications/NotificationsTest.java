package org.tocsin.network.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.tocsin.actions.UrgentAction;
import org.tocsin.actions.UrgentActions;
import org.tocsin.network.ActionFixture;
import org.tocsin.network.MailTest;
import org.tocsin.network.members.Members;

/** Issuing a UA notifies the members it concerns, through the outbox and a real SMTP server. */
class NotificationsTest extends MailTest {

    @Autowired
    JdbcClient db;
    @Autowired
    UrgentActions actions;
    @Autowired
    Members members;
    @Autowired
    MailWorker worker;
    @Autowired
    MailRenderer renderer;
    @Autowired
    ObjectProvider<JavaMailSenderImpl> smtp;
    @Autowired
    NotificationSchedule schedule;
    @Autowired
    MockMvc mvc;
    @Autowired
    javax.sql.DataSource dataSource;

    ActionFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ActionFixture(db, actions);
    }

    @Test
    void theDigestAndTheRemindersAreRecurringJobsOfTheQueue() {
        assertThat(db.sql("""
                        select kind from scheduled_job
                        where kind in ('notifications.digest', 'notifications.reminders') and status = 'pending' and recurring
                        order by kind""").query(String.class).list())
                .containsExactly("notifications.digest", "notifications.reminders");
    }

    String address(String who) {
        return who + "-" + fixture.tag + "-" + UUID.randomUUID().toString().substring(0, 4) + "@example.org";
    }

    /** A country code of this test's own, so that other tests' members with countries never match. */
    static String country() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        return "Q" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
    }

    long member(String email, String name, String language, String country) {
        return members.addConfirmed(email, name, language, null, List.of(country), "immediate");
    }

    /** Waits until nothing of the given UAs is left to send. */
    void drain(long... actionIds) throws InterruptedException {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            long left = 0;
            for (long id : actionIds) {
                left += db.sql("select count(*) from notification where action_id = ? and status = 'queued'").param(id).query(Long.class).single();
            }
            if (left == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the outbox did not drain");
    }

    @Test
    void aNewUaReachesTheMembersOfItsCountryInTheirLanguage() throws Exception {
        String country = country();
        String english = address("eng");
        String russian = address("rus");
        String elsewhere = address("other");
        long englishId = member(english, "Emma Test", "en", country);
        member(russian, "Руслан Тестов", "ru", country);
        member(elsewhere, null, "en", "ZZZ");

        UrgentAction ua = fixture.issue(country, 30);
        drain(ua.id());

        MimeMessage en = awaitMails(english, 1).getFirst();
        assertThat(en.getSubject()).isEqualTo("Urgent action " + ua.code() + ": " + ua.title());
        assertThat(text(en)).contains("Dear Emma Test,").contains("Urge protection for her.").contains("What to do:");
        assertThat(en.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        MimeMessage ru = awaitMails(russian, 1).getFirst();
        assertThat(ru.getSubject()).isEqualTo("Срочная акция " + ua.code() + ": " + ua.title());
        assertThat(text(ru)).contains("Здравствуйте, Руслан Тестов!").contains("Что сделать:");
        assertThat(mailsTo(elsewhere)).isEmpty();

        String takeAction = link(en, "/take-action/" + ua.id());
        String token = takeAction.substring(takeAction.indexOf("?m=") + 3);
        assertThat(takeAction).doesNotContain(Long.toString(englishId) + "&").doesNotContain("m=" + englishId);
        assertThat(members.memberForLink(token, ua.id())).contains(englishId);
        assertThat(members.memberForLink(token + "x", ua.id())).isEmpty();

        // Issuing again is impossible, and the outbox key keeps a second fan-out from queuing twice.
        new Outbox(db, null, worker, renderer, members).queueOriginal(ua.id());
        Thread.sleep(500);
        assertThat(mailsTo(english)).hasSize(1);
    }

    @Test
    void membersWhoChoseThemesGetOnlyTheUasThatShareOne() throws Exception {
        String country = country();
        String torture = address("torture");
        long tortureId = members.addConfirmed(torture, null, "en", null, List.of(country), List.of("torture"), "immediate");
        long otherThemesId = members.addConfirmed(address("press"), null, "en", null, List.of(country),
                List.of("journalists", "lgbti"), "immediate");
        long everyThemeId = members.addConfirmed(address("every"), null, "en", null, List.of(country), List.of(), "immediate");
        long everyCountryId = members.addConfirmed(address("anywhere"), null, "en", null, List.of(), List.of("torture"),
                "immediate");

        UrgentAction themed = fixture.issue(country, 30, List.of("torture", "impunity"));
        UrgentAction unthemed = fixture.issue(country, 30);
        UrgentAction elsewhere = fixture.issue(country(), 30, List.of("torture"));
        drain(themed.id(), unthemed.id(), elsewhere.id());

        assertThat(notified(tortureId, themed, unthemed, elsewhere)).containsExactly(themed.id());
        assertThat(notified(otherThemesId, themed, unthemed, elsewhere)).isEmpty();
        assertThat(notified(everyThemeId, themed, unthemed, elsewhere)).containsExactly(themed.id(), unthemed.id());
        assertThat(notified(everyCountryId, themed, unthemed, elsewhere)).containsExactly(themed.id(), elsewhere.id());
        assertThat(awaitMails(torture, 1).getFirst().getSubject()).isEqualTo("Urgent action " + themed.code() + ": " + themed.title());
        Thread.sleep(500);
        assertThat(mailsTo(torture)).hasSize(1);
    }

    /** Which of these UAs the member was notified of, in issue order. */
    List<Long> notified(long memberId, UrgentAction... uas) {
        return db.sql("select action_id from notification where member_id = ? and kind = 'action' and action_id = any(?) order by action_id")
                .params(memberId, java.util.Arrays.stream(uas).map(UrgentAction::id).toArray(Long[]::new))
                .query(Long.class).list();
    }

    @Test
    void aFollowUpGoesToThoseWhoGotTheOriginalAndThoseWhoActed() throws Exception {
        String country = country();
        String got = address("got");
        String acted = address("acted");
        String neither = address("neither");
        member(got, null, "en", country);
        long actedId = member(acted, null, "en", "ZZZ");
        member(neither, null, "en", "ZZZ");

        UrgentAction original = fixture.issue(country, 30);
        drain(original.id());
        awaitMails(got, 1);
        db.sql("""
                insert into action_report (action_id, member_id, channel, count, taken_on, origin)
                values (?, ?, 'letter', 1, current_date, 'member')""").params(original.id(), actedId).update();
        assertThat(mailsTo(acted)).isEmpty();

        UrgentAction followUp = fixture.followUp(original.id());
        drain(followUp.id());
        List<MimeMessage> toGot = awaitMails(got, 2);
        assertThat(toGot.get(1).getSubject()).startsWith("Update to urgent action " + followUp.code());
        assertThat(text(toGot.get(1))).contains("There is news about an urgent action");
        assertThat(awaitMails(acted, 1).getFirst().getSubject()).startsWith("Update to urgent action");
        assertThat(mailsTo(neither)).isEmpty();
    }

    @Test
    void aRestartMidwaySendsEachMemberExactlyOneMail() throws Exception {
        String country = country();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            addresses.add(address("restart" + i));
            member(addresses.getLast(), null, i % 2 == 0 ? "en" : "ru", country);
        }
        worker.stop();
        try {
            UrgentAction ua = fixture.issue(country, 30);
            MailWorker first = newWorker();
            assertThat(first.runBatch(10)).isEqualTo(10);
            // An instance that dies after claiming rows: they wait until its lease runs out, then go once.
            db.sql("""
                    update notification set locked_until = now() + interval '1 hour', attempts = attempts + 1
                    where id in (select id from notification where action_id = ? and status = 'queued' order by id limit 5)""")
                    .param(ua.id()).update();
            db.sql("update notification set locked_until = now() - interval '1 second' where action_id = ? and locked_until > now()")
                    .param(ua.id()).update();

            // Two instances start over the same database at once.
            MailWorker second = newWorker();
            second.start();
            worker.start();
            drain(ua.id());
            second.stop();
            for (String address : addresses) {
                awaitMails(address, 1);
            }
            Thread.sleep(500);
            for (String address : addresses) {
                assertThat(mailsTo(address)).as(address).hasSize(1);
            }
            assertThat(db.sql("select count(*) from notification where action_id = ? and status = 'sent'").param(ua.id())
                    .query(Long.class).single()).isEqualTo(30);
        } finally {
            worker.start();
        }
    }

    @Test
    void weeklyMembersGetOneDigestAndRemindersGoOnce() throws Exception {
        String country = country();
        String weekly = address("weekly");
        members.addConfirmed(weekly, null, "ru", null, List.of(country), "weekly");
        String late = address("late");
        String done = address("done");
        member(late, null, "en", country);
        long doneId = member(done, null, "en", country);

        UrgentAction first = fixture.issue(country, 2);
        UrgentAction second = fixture.issue(country, 40);
        drain(first.id(), second.id());
        Thread.sleep(500);
        assertThat(mailsTo(weekly)).as("held for the digest").isEmpty();

        assertThat(schedule.queueDigests(LocalDate.now())).isPositive();
        MimeMessage digest = awaitMails(weekly, 1).getFirst();
        assertThat(digest.getSubject()).isEqualTo("Срочные акции за неделю (2)");
        assertThat(text(digest)).contains(first.code()).contains(second.code());
        schedule.queueDigests(LocalDate.now());

        awaitMails(late, 2);
        db.sql("""
                insert into action_report (action_id, member_id, channel, count, taken_on, origin)
                values (?, ?, 'email', 1, current_date, 'member')""").params(first.id(), doneId).update();
        schedule.queueReminders();
        schedule.queueReminders();
        List<MimeMessage> toLate = awaitMails(late, 3);
        assertThat(toLate.get(2).getSubject()).isEqualTo("Reminder: " + first.title());
        Thread.sleep(1000);
        assertThat(mailsTo(late)).hasSize(3);
        assertThat(mailsTo(done)).hasSize(2);
        assertThat(mailsTo(weekly)).as("the digest, then the reminder").hasSize(2);
    }

    @Test
    void administratorsReadEachMailRenderedOnView() throws Exception {
        String email = address("shown");
        long id = member(email, "Sasha <script>", "en", country());
        members.requestDataLink(email, "10.9.9.9");
        long link = db.sql("select id from notification where member_id = ? and kind = 'data_link'").param(id).query(Long.class).single();

        mvc.perform(get("/admin/notifications").with(user("admin").roles("ADMINISTRATOR")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("#" + id)));
        mvc.perform(get("/admin/notifications/" + link).with(user("admin").roles("ADMINISTRATOR")).queryParam("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(email)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Sasha"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>"))))
                .andExpect(content().string(Matchers.containsString("/members/my-data/")))
                .andExpect(content().string(Matchers.containsString("Кому")));
        mvc.perform(get("/admin/notifications/" + link).with(user("r").roles("RESEARCHER"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/notifications/999999999").with(user("admin").roles("ADMINISTRATOR"))).andExpect(status().isNotFound());
    }

    @Test
    void aPublishedLocalisationReachesItsSectionInItsLanguage(@Autowired Outbox outbox) throws Exception {
        long section = db.sql("insert into section (name, country_code, languages) values (?, 'UKR', '{ru,en}') returning id")
                .param("Section " + fixture.tag).query(Long.class).single();
        String inSection = address("section-ru");
        String outside = address("outside");
        long memberId = members.addConfirmed(inSection, null, "ru", section, List.of(), "immediate");
        members.addConfirmed(outside, null, "ru", null, List.of("ZZZ"), "immediate");
        UrgentAction ua = fixture.issue(country(), 30);
        long localisation = db.sql("""
                        insert into localisation (action_id, section_id, language, title, summary, recommended_actions, status, published_at)
                        values (?, ?, 'ru', ?, 'Правозащитнице угрожают.', '{"Потребуйте защиты."}', 'published', now()) returning id""")
                .params(ua.id(), section, "Защитница в опасности " + fixture.tag).query(Long.class).single();

        assertThat(outbox.notifyLocalisation(localisation)).isOne();
        MimeMessage mail = awaitMails(inSection, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Срочная акция: Защитница в опасности " + fixture.tag);
        assertThat(text(mail)).contains("Потребуйте защиты.").contains("Section " + fixture.tag);
        String link = link(mail, "/take-action/local/" + localisation);
        assertThat(members.memberForLink(link.substring(link.indexOf("?m=") + 3), ua.id())).contains(memberId);
        assertThat(outbox.notifyLocalisation(localisation)).as("never twice").isZero();
        Thread.sleep(500);
        assertThat(mailsTo(outside)).isEmpty();
        assertThat(mailsTo(inSection)).hasSize(1);
    }

    @Test
    void aLateLocalisationInTheMembersLanguageIsNotASecondMailAndFiltersApply(@Autowired Outbox outbox) throws Exception {
        long section = db.sql("insert into section (name, country_code, languages) values (?, 'UKR', '{en,ru}') returning id")
                .param("Section " + fixture.tag).query(Long.class).single();
        String country = country();
        String russian = address("late-ru");
        String otherCountry = address("other-country");
        long russianId = members.addConfirmed(russian, null, "ru", section, List.of(), "immediate");
        members.addConfirmed(otherCountry, null, "en", section, List.of("ZZZ"), "immediate");
        UrgentAction ua = fixture.issue(country, 30);
        long english = db.sql("""
                        insert into localisation (action_id, section_id, language, title, summary, recommended_actions, status, published_at)
                        values (?, ?, 'en', ?, 'A defender is threatened.', '{"Urge protection."}', 'published', now()) returning id""")
                .params(ua.id(), section, "Defender at risk " + fixture.tag).query(Long.class).single();
        outbox.notifyLocalisation(english);
        awaitMails(russian, 1);
        long russianLocalisation = db.sql("""
                        insert into localisation (action_id, section_id, language, title, summary, recommended_actions, status, published_at)
                        values (?, ?, 'ru', ?, 'Правозащитнице угрожают.', '{"Потребуйте защиты."}', 'published', now()) returning id""")
                .params(ua.id(), section, "Защитница в опасности " + fixture.tag).query(Long.class).single();

        assertThat(outbox.notifyLocalisation(russianLocalisation)).isZero();
        Thread.sleep(500);
        assertThat(mailsTo(russian)).hasSize(1);
        assertThat(db.sql("select count(*) from notification where member_id = ?").param(russianId).query(Long.class).single()).isOne();
        assertThat(mailsTo(otherCountry)).as("the UA's country is not one of theirs").isEmpty();
    }

    @Test
    void aPermanentRefusalSuppressesTheMemberAndATemporaryOneWaits() throws Exception {
        String rejected = address("reject");
        String later = address("later");
        long rejectedId = member(rejected, null, "en", country());
        long laterId = member(later, null, "en", country());
        worker.stop();
        try (SmtpSink sink = new SmtpSink(line -> line.contains("reject-") ? "550 5.1.1 no such mailbox"
                : line.contains("later-") ? "451 4.7.1 try again later" : "250 OK")) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(sink.port());
            var provider = new org.springframework.beans.factory.support.StaticListableBeanFactory(
                    java.util.Map.of("sink", sender)).getBeanProvider(JavaMailSenderImpl.class);
            members.requestDataLink(rejected, "10.8.0.1");
            members.requestDataLink(later, "10.8.0.2");
            new MailWorker(db, dataSource, members, renderer, provider, "tocsin@localhost", 100, 1, 100, 8, 300, false).runBatch(100);

            assertThat(db.sql("select status from member where id = ?").param(rejectedId).query(String.class).single()).isEqualTo("suppressed");
            assertThat(db.sql("select status || ' ' || error from notification where member_id = ?").param(rejectedId).query(String.class).single())
                    .startsWith("failed ").contains("550").doesNotContain("reject");
            var retry = db.sql("""
                            select status, attempts, error, run_at > now() + interval '20 seconds' as later
                            from notification where member_id = ?""")
                    .param(laterId).query((rs, n) -> List.of(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBoolean(4))).single();
            assertThat(retry.get(0)).isEqualTo("queued");
            assertThat(retry.get(1)).isEqualTo(1);
            assertThat((String) retry.get(2)).contains("451");
            assertThat(retry.get(3)).isEqualTo(true);
            assertThat(db.sql("select status from member where id = ?").param(laterId).query(String.class).single()).isEqualTo("active");
        } finally {
            worker.start();
        }
    }

    @Test
    void aContentRejectionAtDataNeitherSuppressesTheMemberNorStopsTheOthers() throws Exception {
        String spammy = address("content");
        String fine = address("fine");
        long spammyId = member(spammy, null, "en", country());
        long fineId = member(fine, null, "en", country());
        worker.stop();
        try (SmtpSink sink = new SmtpSink(line -> "250 OK",
                lastRcpt -> lastRcpt.contains("content-") ? "554 5.7.1 message content rejected" : "250 OK queued")) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(sink.port());
            var provider = new org.springframework.beans.factory.support.StaticListableBeanFactory(
                    java.util.Map.of("sink", sender)).getBeanProvider(JavaMailSenderImpl.class);
            members.requestDataLink(spammy, "10.8.0.3");
            members.requestDataLink(fine, "10.8.0.4");
            new MailWorker(db, dataSource, members, renderer, provider, "tocsin@localhost", 100, 1, 100, 8, 300, false).runBatch(100);

            assertThat(db.sql("select status from member where id = ?").param(spammyId).query(String.class).single()).isEqualTo("active");
            var retry = db.sql("select status, error from notification where member_id = ?")
                    .param(spammyId).query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
            assertThat(retry.get(0)).isEqualTo("queued");
            assertThat(retry.get(1)).contains("554");
            assertThat(db.sql("select status from notification where member_id = ?").param(fineId).query(String.class).single()).isEqualTo("sent");
        } finally {
            worker.start();
        }
    }

    @Test
    void aWorkerWhoseLeaseWasTakenOverNeitherSendsNorMarksTheRows() throws Exception {
        String slow = address("slow");
        long slowId = member(slow, null, "en", country());
        worker.stop();
        try (SmtpSink sink = new SmtpSink(line -> "250 OK")) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(sink.port());
            var provider = new org.springframework.beans.factory.support.StaticListableBeanFactory(
                    java.util.Map.of("sink", sender)).getBeanProvider(JavaMailSenderImpl.class);
            members.requestDataLink(slow, "10.8.0.5");
            long id = db.sql("select id from notification where member_id = ?").param(slowId).query(Long.class).single();
            MailWorker first = new MailWorker(db, dataSource, members, renderer, provider, "tocsin@localhost", 100, 1, 100, 8, 300, false);
            MailWorker second = new MailWorker(db, dataSource, members, renderer, provider, "tocsin@localhost", 100, 1, 100, 8, 300, false);
            var firstRows = first.claim(100).stream().filter(row -> row.id() == id).toList();
            assertThat(firstRows).hasSize(1);
            // The first worker's lease runs out while its SMTP server is slow; the second takes the row.
            db.sql("update notification set locked_until = now() - interval '1 second' where id = ?").param(id).update();
            var secondRows = second.claim(100).stream().filter(row -> row.id() == id).toList();
            assertThat(secondRows).hasSize(1);

            first.send(sender, firstRows);
            assertThat(sink.messages.get()).isZero();
            assertThat(db.sql("select status from notification where id = ?").param(id).query(String.class).single()).isEqualTo("queued");

            second.send(sender, secondRows);
            assertThat(sink.messages.get()).isOne();
            assertThat(db.sql("select status from notification where id = ?").param(id).query(String.class).single()).isEqualTo("sent");
        } finally {
            worker.start();
        }
    }

    MailWorker newWorker() {
        return new MailWorker(db, dataSource, members, renderer, smtp, "tocsin@localhost", 100, 2, 7, 8, 300, true);
    }
}
