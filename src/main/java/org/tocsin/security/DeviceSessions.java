package org.tocsin.security;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** A user's sessions, one per device or browser, with when and from where each was last used. */
@Component
class DeviceSessions {

    /**
     * A session as its owner sees it. {@code handle} names it in forms: the session id itself is
     * a credential and never goes into a page.
     */
    record DeviceSession(String handle, String userAgent, String address, Instant createdAt, Instant lastUsedAt,
                         boolean current) {
    }

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final Revocations revocations;

    DeviceSessions(FindByIndexNameSessionRepository<? extends Session> sessions, Revocations revocations) {
        this.sessions = sessions;
        this.revocations = revocations;
    }

    List<DeviceSession> of(String username, String currentSessionId) {
        return sessions.findByPrincipalName(username).values().stream()
                .filter(session -> !session.isExpired())
                .map(session -> new DeviceSession(handle(session.getId()),
                        session.getAttribute(SignedInFilter.USER_AGENT),
                        session.getAttribute(SignedInFilter.ADDRESS),
                        session.getCreationTime(), session.getLastAccessedTime(),
                        session.getId().equals(currentSessionId)))
                .sorted(Comparator.comparing(DeviceSession::current).reversed()
                        .thenComparing(DeviceSession::lastUsedAt, Comparator.reverseOrder()))
                .toList();
    }

    /** Ends one of the user's own sessions, named by its handle; false if there is no such session. */
    boolean end(String username, String handle) {
        Optional<String> id = sessions.findByPrincipalName(username).keySet().stream()
                .filter(sessionId -> handle(sessionId).equals(handle))
                .findFirst();
        id.ifPresent(revocations::endSession);
        return id.isPresent();
    }

    static String handle(String sessionId) {
        return Secrets.sha256(sessionId).substring(0, 20);
    }
}
