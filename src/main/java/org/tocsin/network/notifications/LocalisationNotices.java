package org.tocsin.network.notifications;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tocsin.network.sections.LocalisationPublished;

/**
 * A section published a localisation: its members hear of it. Queued inside the publishing
 * transaction, so an unpublished localisation never leaves a notification behind; the worker
 * is woken only once that transaction has committed.
 */
@Component
class LocalisationNotices {

    private final Outbox outbox;
    private final MailWorker worker;

    LocalisationNotices(Outbox outbox, MailWorker worker) {
        this.outbox = outbox;
        this.worker = worker;
    }

    @EventListener
    void queue(LocalisationPublished published) {
        outbox.notifyLocalisation(published.localisationId());
    }

    @TransactionalEventListener
    void wake(LocalisationPublished published) {
        worker.wake();
    }
}
