package org.tocsin.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Logging in: the password first, then, for an account with two-factor login, a code from the
 * authenticator app or a recovery code. Until the code is right the session holds only who is
 * waiting for it, not an authenticated user.
 */
@Controller
class LoginController {

    static final String PENDING_USER = "tocsin.login.pendingUser";
    static final String PENDING_SINCE = "tocsin.login.pendingSince";
    private static final Duration PENDING_TIMEOUT = Duration.ofMinutes(5);

    private final PasswordLogin passwordLogin;
    private final UserAccounts accounts;
    private final TwoFactor twoFactor;
    private final LoginThrottle throttle;
    private final SecurityContextRepository contexts;
    private final Revocations revocations;
    private final RequestCache savedRequests = new HttpSessionRequestCache();
    private final CsrfAuthenticationStrategy csrfRotation = new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository());
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    LoginController(UserAccounts accounts, PasswordEncoder encoder, TwoFactor twoFactor, LoginThrottle throttle,
                    SecurityContextRepository contexts, Revocations revocations) {
        this.passwordLogin = new PasswordLogin(accounts, encoder, throttle, twoFactor, false);
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.throttle = throttle;
        this.contexts = contexts;
        this.revocations = revocations;
    }

    @GetMapping("/login")
    String login() {
        return "security/login";
    }

    @PostMapping("/login")
    String logIn(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username.strip(), password);
        attempt.setDetails(details.buildDetails(request));
        Authentication checked;
        try {
            checked = passwordLogin.authenticate(attempt);
        } catch (PasswordLogin.ThrottledException e) {
            return locked(response, model);
        } catch (AuthenticationException e) {
            return "redirect:/login?error";
        }
        UserDetails user = (UserDetails) checked.getPrincipal();
        UserAccounts.Account account = accounts.find(user.getUsername()).orElseThrow();
        if (account.twoFactor()) {
            HttpSession session = request.getSession();
            request.changeSessionId();
            session.setAttribute(PENDING_USER, account.username());
            session.setAttribute(PENDING_SINCE, System.currentTimeMillis());
            return "redirect:/login/code";
        }
        return signIn(user, request, response);
    }

    @GetMapping("/login/code")
    String codeForm(HttpServletRequest request) {
        return pendingUser(request).isPresent() ? "security/login-code" : "redirect:/login";
    }

    @PostMapping("/login/code")
    String checkCode(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
                     Model model) {
        Optional<String> pending = pendingUser(request);
        if (pending.isEmpty()) {
            return "redirect:/login";
        }
        String address = request.getRemoteAddr();
        if (throttle.isLocked(pending.get(), address)) {
            request.getSession().removeAttribute(PENDING_USER);
            return locked(response, model);
        }
        UserAccounts.Account account = accounts.find(pending.get()).filter(UserAccounts.Account::enabled).orElse(null);
        if (account == null || !twoFactor.verify(account.id(), code)) {
            throttle.recordFailure(pending.get(), address);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("codeError", true);
            return "security/login-code";
        }
        request.getSession().removeAttribute(PENDING_USER);
        request.getSession().removeAttribute(PENDING_SINCE);
        return signIn(accounts.loadUserByUsername(account.username()), request, response);
    }

    private String locked(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        model.addAttribute("locked", true);
        model.addAttribute("lockMinutes", LoginThrottle.WINDOW_MINUTES);
        return "security/login";
    }

    private Optional<String> pendingUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING_USER) instanceof String username)
                || !(session.getAttribute(PENDING_SINCE) instanceof Long since)
                || System.currentTimeMillis() - since > PENDING_TIMEOUT.toMillis()) {
            return Optional.empty();
        }
        return Optional.of(username);
    }

    /** The session becomes the user's: a new session id (no fixation), the security context, the device. */
    private String signIn(UserDetails user, HttpServletRequest request, HttpServletResponse response) {
        request.getSession();
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        // A new CSRF token too: one planted before login must not work after it.
        csrfRotation.onAuthentication(context.getAuthentication(), request, response);
        SignedInFilter.noteDevice(request);
        revocations.endExpiredSessions();
        throttle.recordSuccess(user.getUsername());
        SavedRequest saved = savedRequests.getRequest(request, response);
        savedRequests.removeRequest(request, response);
        return "redirect:" + (saved == null ? "/cases" : saved.getRedirectUrl());
    }
}
