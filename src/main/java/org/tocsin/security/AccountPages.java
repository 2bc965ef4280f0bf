package org.tocsin.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A user's own account: second factor, sessions on their devices, API tokens. */
@Controller
@RequestMapping("/account")
class AccountPages {

    private final UserAccounts accounts;
    private final TwoFactor twoFactor;
    private final DeviceSessions deviceSessions;
    private final Revocations revocations;
    private final ApiTokens tokens;
    private final LoginThrottle throttle;

    AccountPages(UserAccounts accounts, TwoFactor twoFactor, DeviceSessions deviceSessions, Revocations revocations,
                 ApiTokens tokens, LoginThrottle throttle) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.deviceSessions = deviceSessions;
        this.revocations = revocations;
        this.tokens = tokens;
    }

    @GetMapping
    String overview(Principal principal, Model model) {
        model.addAttribute("account", me(principal));
        return "security/account";
    }

    @GetMapping("/two-factor")
    String twoFactor(Principal principal, Model model) {
        UserAccounts.Account me = me(principal);
        model.addAttribute("account", me);
        if (me.twoFactor()) {
            model.addAttribute("unusedCodes", twoFactor.unusedRecoveryCodes(me.id()));
        } else {
            model.addAttribute("enrolment", twoFactor.startEnrolment(me.id(), me.username()));
            model.addAttribute("required", twoFactor.mustEnrol(me.username()));
        }
        return "security/two-factor";
    }

    @PostMapping("/two-factor")
    String confirmTwoFactor(@RequestParam(defaultValue = "") String code, Principal principal, Model model,
                            HttpServletResponse response) {
        UserAccounts.Account me = me(principal);
        List<String> codes = twoFactor.confirmEnrolment(me.id(), code);
        if (codes.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("codeError", true);
            return twoFactor(principal, model);
        }
        model.addAttribute("recoveryCodes", codes);
        return "security/recovery-codes";
    }

    @PostMapping("/two-factor/recovery-codes")
    String newRecoveryCodes(@RequestParam(defaultValue = "") String code, Principal principal, Model model,
                            HttpServletResponse response) {
        UserAccounts.Account me = me(principal);
        if (!me.twoFactor() || !twoFactor.verify(me.id(), code)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("codeError", true);
            return twoFactor(principal, model);
        }
        model.addAttribute("recoveryCodes", twoFactor.newRecoveryCodes(me.id()));
        return "security/recovery-codes";
    }

    @GetMapping("/password")
    String passwordForm(Model model) {
        model.addAttribute("minLength", UserAccounts.MIN_PASSWORD_LENGTH);
        return "security/password";
    }

    @PostMapping("/password")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword,
                          @RequestParam(defaultValue = "") String password,
                          @RequestParam(defaultValue = "") String confirmation, Principal principal,
                          HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            accounts.changePassword(principal.getName(), currentPassword, password, confirmation,
                    currentSessionId(request), request.getRemoteAddr(), throttle);
        } catch (org.tocsin.web.InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            var error = e.errors().getFirst();
            model.addAttribute(error.field() + "Error", error.messageKey());
            return passwordForm(model);
        }
        return "redirect:/account/password?changed";
    }

    @GetMapping("/sessions")
    String sessions(Principal principal, HttpServletRequest request, Model model) {
        model.addAttribute("sessions", deviceSessions.of(principal.getName(), currentSessionId(request)));
        return "security/sessions";
    }

    @PostMapping("/sessions/end")
    String endSession(@RequestParam String session, Principal principal) {
        deviceSessions.end(principal.getName(), session);
        return "redirect:/account/sessions?ended";
    }

    @PostMapping("/sessions/end-others")
    String endOtherSessions(@RequestParam(defaultValue = "false") boolean revokeTokens, Principal principal,
                            HttpServletRequest request) {
        revocations.endOtherSessions(principal.getName(), currentSessionId(request));
        if (revokeTokens) {
            revocations.revokeTokens(me(principal).id());
        }
        return "redirect:/account/sessions?" + (revokeTokens ? "endedAll" : "endedOthers");
    }

    @GetMapping("/tokens")
    String tokens(Principal principal, Model model) {
        model.addAttribute("tokens", tokens.list(me(principal).id()));
        return "security/tokens";
    }

    @PostMapping("/tokens")
    String createToken(@RequestParam(defaultValue = "") String name, Principal principal, Model model,
                       HttpServletResponse response) {
        if (name.isBlank() || name.length() > 100) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("nameError", name.isBlank() ? "validation.required" : "security.tokens.nameTooLong");
            model.addAttribute("name", name);
            return tokens(principal, model);
        }
        model.addAttribute("created", tokens.create(me(principal).id(), name));
        return tokens(principal, model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, Principal principal) {
        tokens.revoke(me(principal).id(), id);
        return "redirect:/account/tokens?revoked";
    }

    private UserAccounts.Account me(Principal principal) {
        return accounts.find(principal.getName()).orElseThrow(() -> new org.tocsin.web.NotFoundException("user", principal.getName()));
    }

    private static String currentSessionId(HttpServletRequest request) {
        var session = request.getSession(false);
        return session == null ? "" : session.getId();
    }
}
