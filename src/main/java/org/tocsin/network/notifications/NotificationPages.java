package org.tocsin.network.notifications;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.tocsin.web.NotFoundException;
import org.tocsin.web.Page;

/**
 * Administrators (/admin/** is theirs): the notification outbox. Without SMTP settings this is
 * where the mail of the embedded default waits, readable; each message is rendered on view.
 */
@Controller
@RequestMapping("/admin/notifications")
class NotificationPages {

    static final List<String> STATUSES = List.of("queued", "held", "digested", "sent", "failed", "cancelled");

    private final Outbox outbox;

    NotificationPages(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "1") int page, Model model) {
        String filter = STATUSES.contains(status) ? status : "";
        int size = Page.DEFAULT_SIZE;
        Outbox.Listing listing = outbox.list(filter, Page.offset(page, size), size);
        model.addAttribute("page", new Page<>(listing.items(), Math.max(1, page), size, listing.total(),
                n -> UriComponentsBuilder.fromPath("/admin/notifications").queryParam("status", filter).queryParam("page", n).toUriString()));
        model.addAttribute("status", filter);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("sends", outbox.sends());
        return "notifications/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("mail", outbox.preview(id).orElseThrow(() -> new NotFoundException("notification", id)));
        return "notifications/show";
    }
}
