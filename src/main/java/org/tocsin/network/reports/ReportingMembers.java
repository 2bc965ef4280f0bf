package org.tocsin.network.reports;

import java.util.Optional;

/**
 * SEAM for the members work: the member a notification link ({@code ?m=token}) was sent to, for
 * UA {@code actionId}. A report made with a valid link counts at once, for the member's section.
 * Until a bean implements this (one line in org.tocsin.network.members, delegating to its
 * {@code memberForLink}), every public report is confirmed by e-mail.
 */
public interface ReportingMembers {

    Optional<Long> memberForLink(String token, long actionId);
}
