package org.tocsin.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.tocsin.IntegrationTest;

/**
 * The network's mail tests: a real SMTP server (GreenMail) and the mail worker polling often.
 * Every subclass shares one Spring context and one GreenMail, so each test uses addresses of
 * its own and asserts only on them.
 */
@TestPropertySource(properties = {
        "tocsin.smtp.host=127.0.0.1",
        "tocsin.smtp.starttls=false",
        "tocsin.base-url=https://tocsin.example.org",
        "tocsin.notifications.poll-millis=200"})
public abstract class MailTest extends IntegrationTest {

    public static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("tocsin.smtp.port", () -> SMTP.getSmtp().getPort());
    }

    /** The mails received so far for this address. */
    public static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
    }

    /** Waits (up to 30 s) until this address has received {@code count} mails, and returns them. */
    public static List<MimeMessage> awaitMails(String address, int count) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        List<MimeMessage> found = mailsTo(address);
        while (found.size() < count && System.currentTimeMillis() < until) {
            Thread.sleep(100);
            found = mailsTo(address);
        }
        assertThat(found).as("mails to " + address).hasSizeGreaterThanOrEqualTo(count);
        return found;
    }

    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "");
    }

    public static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return content instanceof String s ? s : body(message);
    }

    /** The first link in a mail whose path starts with {@code path}. */
    public static String link(MimeMessage message, String path) throws Exception {
        Matcher matcher = Pattern.compile("https://tocsin\\.example\\.org(" + Pattern.quote(path) + "[A-Za-z0-9_\\-/?=]*)").matcher(text(message));
        assertThat(matcher.find()).as("a link to " + path).isTrue();
        return matcher.group(1);
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }
}
