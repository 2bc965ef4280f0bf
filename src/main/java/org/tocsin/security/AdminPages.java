package org.tocsin.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.Page;
import org.tocsin.web.PublicAddress;

/** Administrators: accounts, the mail outbox, and the emergency revoke. */
@Controller
@RequestMapping("/admin")
class AdminPages {

    private final UserAccounts accounts;
    private final TwoFactor twoFactor;
    private final Revocations revocations;
    private final PasswordResets resets;
    private final Mailer mailer;
    private final PublicAddress baseUrl;

    AdminPages(UserAccounts accounts, TwoFactor twoFactor, Revocations revocations, PasswordResets resets, Mailer mailer,
               PublicAddress baseUrl) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.revocations = revocations;
        this.resets = resets;
        this.mailer = mailer;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/users")
    String users(@RequestParam(defaultValue = "1") int page, Model model) {
        int size = Page.DEFAULT_SIZE;
        UserAccounts.Listing listing = accounts.list(Page.offset(page, size), size);
        model.addAttribute("page", new Page<>(listing.items(), Math.max(1, page), size, listing.total(),
                n -> UriComponentsBuilder.fromPath("/admin/users").queryParam("page", n).toUriString()));
        return "security/users";
    }

    @GetMapping("/users/new")
    String newUser(Model model) {
        model.addAttribute("form", UserForm.empty());
        return "security/user-form";
    }

    @PostMapping("/users")
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, HttpServletResponse response,
                  Locale locale, Model model) {
        if (errors.getTarget() == null) {
            // Not even the form's fields came (a hand-made request): show the empty form again.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("form", UserForm.empty());
            return "security/user-form";
        }
        checkPasswordOrInvitation(form, errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "security/user-form";
        }
        UserAccounts.Account created;
        try {
            created = accounts.create(form.username().strip(), form.displayName().strip(), form.email(), form.role(),
                    form.invite() ? null : form.password());
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> errors.rejectValue(error.field(), error.messageKey(), error.arguments(), null));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "security/user-form";
        }
        if (form.invite()) {
            resets.invite(created, baseUrl.forSecretLinks(), locale);
        }
        return "redirect:/admin/users/" + created.id() + (form.invite() ? "?invited" : "?created");
    }

    private static void checkPasswordOrInvitation(UserForm form, BindingResult errors) {
        if (form.invite()) {
            if (form.email() == null || form.email().isBlank()) {
                errors.rejectValue("email", "security.users.emailForInvitation");
            }
        } else if (form.password() == null || form.password().length() < UserAccounts.MIN_PASSWORD_LENGTH) {
            errors.rejectValue("password", "security.password.tooShort", new Object[] {UserAccounts.MIN_PASSWORD_LENGTH}, null);
        }
    }

    @GetMapping("/users/{id}")
    String user(@PathVariable long id, Model model) {
        model.addAttribute("user", accounts.get(id));
        model.addAttribute("roles", UserAccounts.Role.values());
        return "security/user";
    }

    @PostMapping("/users/{id}/role")
    String changeRole(@PathVariable long id, @RequestParam UserAccounts.Role role, @RequestParam int version,
                      Model model, HttpServletResponse response) {
        return act(id, model, response, "roleChanged", () -> accounts.changeRole(id, version, role));
    }

    @PostMapping("/users/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, @RequestParam int version,
                      Principal principal, Model model, HttpServletResponse response) {
        return act(id, model, response, enabled ? "enabled" : "disabled",
                () -> accounts.setEnabled(principal.getName(), id, version, enabled));
    }

    @PostMapping("/users/{id}/revoke")
    String revoke(@PathVariable long id, Model model, HttpServletResponse response) {
        UserAccounts.Account user = accounts.get(id);
        return act(id, model, response, "revoked", () -> revocations.revokeEverything(user.id(), user.username()));
    }

    @PostMapping("/users/{id}/two-factor/reset")
    String resetTwoFactor(@PathVariable long id, Model model, HttpServletResponse response) {
        UserAccounts.Account user = accounts.get(id);
        return act(id, model, response, "twoFactorReset", () -> {
            twoFactor.reset(user.id());
            revocations.endSessions(user.username());
        });
    }

    private String act(long id, Model model, HttpServletResponse response, String done, Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("actionError", e.errors().getFirst().messageKey());
            return user(id, model);
        } catch (ConcurrentEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("actionError", "security.users.changedMeanwhile");
            return user(id, model);
        }
        return "redirect:/admin/users/" + id + "?" + done;
    }

    @GetMapping("/emergency")
    String emergency() {
        return "security/emergency";
    }

    @PostMapping("/emergency")
    String revokeEveryone(@RequestParam(defaultValue = "false") boolean confirm, HttpServletRequest request,
                          HttpServletResponse response, Model model) {
        if (!confirm) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("confirmError", true);
            return "security/emergency";
        }
        revocations.revokeEveryone(request.getSession().getId());
        return "redirect:/admin/emergency?done";
    }

    @GetMapping("/outbox")
    String outbox(@RequestParam(defaultValue = "1") int page, Model model) {
        int size = Page.DEFAULT_SIZE;
        model.addAttribute("page", new Page<>(mailer.outbox(Page.offset(page, size), size), Math.max(1, page), size,
                mailer.outboxSize(), n -> UriComponentsBuilder.fromPath("/admin/outbox").queryParam("page", n).toUriString()));
        return "security/outbox";
    }
}
