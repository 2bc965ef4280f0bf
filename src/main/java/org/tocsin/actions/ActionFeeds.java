package org.tocsin.actions;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.tocsin.cases.DatePrecision;

/**
 * The public feeds: Atom of the issued (and closed) UAs and follow-ups, newest first, and an
 * iCalendar of the deadlines of the issued ones. Only {@link PublicAction} fields are written:
 * never a draft, a case or an internal note. Each item links to its take-action page.
 */
@Controller
class ActionFeeds {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=utf-8");
    private static final int ENTRIES = 50;
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final DateTimeFormatter ICS_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter ICS_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final UrgentActions actions;
    private final PublicLinks links;
    private final MessageSource messages;

    ActionFeeds(UrgentActions actions, PublicLinks links, MessageSource messages) {
        this.actions = actions;
        this.links = links;
        this.messages = messages;
    }

    @GetMapping(PublicLinks.ATOM)
    ResponseEntity<String> atom(Locale locale) throws XMLStreamException {
        List<PublicAction> entries = actions.latestPublished(ENTRIES).stream().map(PublicAction::of).toList();
        Instant updated = entries.stream().map(PublicAction::updatedAt).filter(Objects::nonNull)
                .map(OffsetDateTime::toInstant).max(Instant::compareTo).orElse(Instant.EPOCH);
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM_NS);
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", locale.getLanguage());
        element(xml, "id", links.absolute(PublicLinks.ATOM));
        element(xml, "title", message("actions.feed.atom.title", locale));
        element(xml, "subtitle", message("actions.feed.atom.subtitle", locale));
        element(xml, "updated", rfc3339(updated));
        link(xml, "self", links.absolute(PublicLinks.ATOM), "application/atom+xml");
        xml.writeStartElement("author");
        element(xml, "name", message("app.name", locale));
        xml.writeEndElement();
        element(xml, "generator", message("app.name", locale));
        for (PublicAction a : entries) {
            entry(xml, a, locale);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(ATOM).body(out.toString());
    }

    private void entry(XMLStreamWriter xml, PublicAction a, Locale locale) throws XMLStreamException {
        String page = links.takeAction(a.id());
        xml.writeStartElement("entry");
        // The page's address is the entry's id: stable as long as the public address is (set TOCSIN_BASE_URL).
        element(xml, "id", page);
        element(xml, "title", heading(a, locale));
        element(xml, "updated", rfc3339(a.updatedAt().toInstant()));
        if (a.issuer() != null) {
            xml.writeStartElement("author");
            element(xml, "name", a.issuer());
            xml.writeEndElement();
        }
        link(xml, "alternate", page, "text/html");
        category(xml, a.kind(), message("actions.kind." + a.kind(), locale));
        category(xml, a.status(), message("actions.status." + a.status(), locale));
        xml.writeStartElement("summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(xmlSafe(summary(a, locale)));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** "RUS 004 / 1214 / OBS 093.1 — Update — Igor Kalyapin attacked": code, the kind of a follow-up, title. */
    private String heading(PublicAction a, Locale locale) {
        StringBuilder heading = new StringBuilder();
        if (a.code() != null) {
            heading.append(a.code()).append(" — ");
        }
        if (a.sequence() > 0) {
            heading.append(message("actions.kind." + a.kind(), locale)).append(" — ");
        }
        return heading.append(a.title()).toString();
    }

    private String summary(PublicAction a, Locale locale) {
        StringBuilder text = new StringBuilder();
        if (a.isClosed()) {
            text.append(message("take.closed", locale)).append("\n\n");
        } else if (a.deadline() != null) {
            text.append(messages.getMessage("take.sendBefore", new Object[] {date(a.deadline(), locale)}, locale))
                    .append("\n\n");
        }
        return text.append(a.summary() == null ? a.title() : a.summary()).toString();
    }

    @GetMapping(PublicLinks.CALENDAR)
    ResponseEntity<byte[]> calendar(Locale locale) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Tocsin//Urgent action deadlines//" + locale.getLanguage().toUpperCase(Locale.ROOT));
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text(message("actions.feed.calendar.title", locale)));
        String host = links.host();
        for (PublicAction a : actions.openDeadlines().stream().map(PublicAction::of).toList()) {
            String page = links.takeAction(a.id());
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:urgent-action-" + a.id() + "-deadline@" + host);
            // Published calendar (no METHOD): DTSTAMP is when the UA last changed, so the feed is the same until it does.
            line(ics, "DTSTAMP:" + ICS_TIME.format(a.updatedAt().atZoneSameInstant(ZoneOffset.UTC)));
            line(ics, "LAST-MODIFIED:" + ICS_TIME.format(a.updatedAt().atZoneSameInstant(ZoneOffset.UTC)));
            line(ics, "DTSTART;VALUE=DATE:" + ICS_DATE.format(a.deadline()));
            line(ics, "DTEND;VALUE=DATE:" + ICS_DATE.format(a.deadline().plusDays(1)));
            line(ics, "SUMMARY:" + text(messages.getMessage("actions.feed.calendar.summary",
                    new Object[] {heading(a, locale)}, locale)));
            line(ics, "DESCRIPTION:" + text(summary(a, locale) + "\n\n" + page));
            line(ics, "URL:" + page);
            line(ics, "TRANSP:TRANSPARENT");
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ResponseEntity.ok().contentType(CALENDAR)
                .body(ics.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Appends a content line folded as RFC 5545 3.1 asks: at most 75 octets a line, CRLF, continuation after a space. */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }

    /** A TEXT value escaped as RFC 5545 3.3.11 asks. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\n").replace("\n", "\\n");
    }

    private String date(LocalDate date, Locale locale) {
        return DatePrecision.show(date, "day", locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String rfc3339(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlSafe(text));
        xml.writeEndElement();
    }

    /** Text without the control characters XML 1.0 cannot hold (a pasted document may carry some). */
    static String xmlSafe(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static void category(XMLStreamWriter xml, String term, String label) throws XMLStreamException {
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", term);
        xml.writeAttribute("label", label);
    }
}
