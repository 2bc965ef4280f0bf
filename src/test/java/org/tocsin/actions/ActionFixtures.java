package org.tocsin.actions;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** For the tests of other modules: UAs of a case of their own, made with {@link Fixtures} and issued. */
public final class ActionFixtures {

    private final JdbcClient db;
    private final UrgentActions actions;
    private final Fixtures fixtures;

    public ActionFixtures(JdbcClient db, UrgentActions actions) {
        this.db = db;
        this.actions = actions;
        this.fixtures = new Fixtures(db);
    }

    /** A complete draft (deadline 30 days ahead), not issued. */
    public UrgentAction draft() {
        return actions.create(fixtures.complete("amnesty"));
    }

    /** A UA issued today with its deadline 30 days ahead and one target. */
    public UrgentAction issued() {
        UrgentAction draft = draft();
        return actions.issue(draft.id(), draft.version(), null);
    }

    /** Starts and issues today the next follow-up (an update) of {@code id}, with a deadline 60 days ahead. */
    public UrgentAction issueFollowUp(long id) {
        UrgentAction followUp = actions.followUp(id, "update");
        db.sql("update urgent_action set deadline = ? where id = ?").params(LocalDate.now().plusDays(60), followUp.id()).update();
        UrgentAction draft = actions.get(followUp.id());
        return actions.issue(draft.id(), draft.version(), null);
    }
}
