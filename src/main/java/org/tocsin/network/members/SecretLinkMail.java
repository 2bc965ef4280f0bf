package org.tocsin.network.members;

/**
 * Published inside the transaction that makes a one-time link for a member (confirm a sign-up,
 * open their data): the notifications outbox seals the token and mails it.
 *
 * @param kind {@code confirm} or {@code data_link}
 */
public record SecretLinkMail(long memberId, String kind, String token) {
}
