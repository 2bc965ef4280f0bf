package org.tocsin.network.members;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.tocsin.security.UserAccounts;
import org.tocsin.web.Page;

/**
 * Staff: the members list, for administrators (all members) and coordinators (the members of
 * their own sections only). Researchers do not see members.
 */
@Controller
class StaffMemberPages {

    static final List<String> STATUSES = List.of("pending", "active", "unsubscribed", "suppressed");

    private final Members members;
    private final UserAccounts accounts;

    StaffMemberPages(Members members, UserAccounts accounts) {
        this.members = members;
        this.accounts = accounts;
    }

    @GetMapping("/members")
    String list(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "1") int page,
                HttpServletRequest request, Principal principal, Model model) {
        Long coordinator;
        if (request.isUserInRole("ADMINISTRATOR")) {
            coordinator = null;
        } else if (request.isUserInRole("COORDINATOR")) {
            // An account unknown here (a test user) coordinates no section: it sees nobody.
            coordinator = accounts.find(principal.getName()).map(UserAccounts.Account::id).orElse(-1L);
        } else {
            throw new AccessDeniedException("members are for administrators and coordinators");
        }
        String filter = STATUSES.contains(status) ? status : "";
        int size = Page.DEFAULT_SIZE;
        Members.Listing listing = members.list(coordinator, filter, Page.offset(page, size), size);
        model.addAttribute("page", new Page<>(listing.items(), Math.max(1, page), size, listing.total(),
                n -> UriComponentsBuilder.fromPath("/members").queryParam("status", filter).queryParam("page", n).toUriString()));
        model.addAttribute("counts", members.counts(coordinator));
        model.addAttribute("status", filter);
        model.addAttribute("statuses", STATUSES);
        return "members/list";
    }
}
