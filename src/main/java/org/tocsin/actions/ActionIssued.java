package org.tocsin.actions;

/**
 * Published inside the transaction that issues a UA or one of its follow-ups, so a listener's
 * writes (notifications to queue, localisations to mark out of date) commit or roll back with
 * the issue itself.
 *
 * @param actionId the UA just issued
 * @param chainId  the original of its chain (its own id for an original)
 * @param sequence its place in the chain, 0 for the original
 * @param kind     urgent_action, further_information, update or closure
 */
public record ActionIssued(long actionId, long chainId, int sequence, String kind) {

    public boolean isFollowUp() {
        return sequence > 0;
    }
}
