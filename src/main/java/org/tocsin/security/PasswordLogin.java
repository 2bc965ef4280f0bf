package org.tocsin.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a user name and password, throttled per account and per address. Used by the login
 * form and by HTTP Basic on the API.
 */
class PasswordLogin implements AuthenticationProvider {

    /** Too many recent failures: the attempt was refused without checking the password. */
    static class ThrottledException extends AuthenticationException {
        ThrottledException() {
            super("too many failed attempts");
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final TwoFactor twoFactor;
    private final UserAccounts accounts;
    private final boolean api;

    /**
     * With {@code api} (HTTP Basic) a password alone is not enough for an account that logs in
     * with a second factor, or must: such accounts use API tokens.
     */
    PasswordLogin(UserAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle, TwoFactor twoFactor,
                  boolean api) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.accounts = accounts;
        this.throttle = throttle;
        this.twoFactor = twoFactor;
        this.api = api;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "";
        if (throttle.isLocked(username, address)) {
            throw new ThrottledException();
        }
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (AuthenticationException e) {
            throttle.recordFailure(username, address);
            throw e;
        }
        if (api && secondFactorApplies(result.getName())) {
            throw new BadCredentialsException("this account uses API tokens");
        }
        return result;
    }

    private boolean secondFactorApplies(String username) {
        return accounts.find(username).map(a -> a.twoFactor() || twoFactor.mustEnrol(username)).orElse(true);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
