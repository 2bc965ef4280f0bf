package org.tocsin.security;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tocsin.web.PublicAddress;

/** "Forgot password?": ask for a link by user name or e-mail, then set a new password with it. */
@Controller
@RequestMapping("/password-reset")
class PasswordResetPages {

    private final PasswordResets resets;
    private final PublicAddress baseUrl;

    PasswordResetPages(PasswordResets resets, PublicAddress baseUrl) {
        this.resets = resets;
        this.baseUrl = baseUrl;
    }

    @GetMapping
    String requestForm() {
        return "security/reset-request";
    }

    /** The same answer whether or not the account exists. */
    @PostMapping
    String request(@RequestParam(defaultValue = "") String identifier, Locale locale,
                   jakarta.servlet.http.HttpServletRequest request) {
        resets.requestReset(identifier, request.getRemoteAddr(), baseUrl.forSecretLinks(), locale);
        return "redirect:/password-reset?sent";
    }

    @GetMapping("/{token}")
    String newPasswordForm(@PathVariable String token, Model model, HttpServletResponse response) {
        if (!resets.isValid(token)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "security/reset-invalid";
        }
        model.addAttribute("token", token);
        model.addAttribute("minLength", UserAccounts.MIN_PASSWORD_LENGTH);
        return "security/reset-password";
    }

    @PostMapping("/{token}")
    String setPassword(@PathVariable String token, @RequestParam(defaultValue = "") String password,
                       @RequestParam(defaultValue = "") String confirmation, Model model, HttpServletResponse response) {
        if (password.length() < UserAccounts.MIN_PASSWORD_LENGTH) {
            model.addAttribute("passwordError", "security.password.tooShort");
        } else if (!password.equals(confirmation)) {
            model.addAttribute("confirmationError", "security.password.mismatch");
        }
        if (model.containsAttribute("passwordError") || model.containsAttribute("confirmationError")) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("token", token);
            model.addAttribute("minLength", UserAccounts.MIN_PASSWORD_LENGTH);
            return "security/reset-password";
        }
        if (!resets.reset(token, password)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "security/reset-invalid";
        }
        return "redirect:/login?reset";
    }
}
