package org.tocsin.actions;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tocsin.web.PublicAddress;

/**
 * Absolute addresses of the public pages and feeds. A feed reader or calendar keeps the links
 * it is given, so they must be absolute: from {@link PublicAddress}.
 */
@Component
class PublicLinks {

    static final String ATOM = "/feeds/actions.atom";
    static final String CALENDAR = "/feeds/deadlines.ics";

    /** A feed announced in a page's head; the layout renders each as {@code <link rel="alternate">}. */
    public record FeedLink(String type, String href, String title) {
    }

    private final PublicAddress address;
    private final MessageSource messages;

    PublicLinks(PublicAddress address, MessageSource messages) {
        this.address = address;
        this.messages = messages;
    }

    /** The service's address without a trailing slash, e.g. https://tocsin.example.org. */
    String base() {
        return address.current();
    }

    String takeAction(long id) {
        return base() + "/take-action/" + id;
    }

    String absolute(String path) {
        return base() + path;
    }

    /** The host name, for identifiers that must be unique beyond this installation (iCalendar UIDs). */
    String host() {
        String host = URI.create(base()).getHost();
        return host == null ? "localhost" : host;
    }

    /** Both public feeds, titled in the reader's language. */
    List<FeedLink> feeds(Locale locale) {
        return List.of(
                new FeedLink("application/atom+xml", ATOM, messages.getMessage("actions.feed.atom.title", null, locale)),
                new FeedLink("text/calendar", CALENDAR, messages.getMessage("actions.feed.calendar.title", null, locale)));
    }
}
