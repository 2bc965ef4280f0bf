package org.tocsin.network.reports;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tocsin.security.crypto.BlindIndex;

/**
 * Limits public reports per address and per UA chain within an hour, in the database so that
 * every instance sees the same counts. A refused attempt is not counted: the limit lifts as the
 * counted ones age.
 */
@Component
class ReportThrottle {

    private final JdbcClient db;
    private final BlindIndex blindIndex;
    private final int perAddress;
    private final int perAction;

    ReportThrottle(JdbcClient db, BlindIndex blindIndex, @Value("${tocsin.reports.per-address-per-hour:20}") int perAddress,
                   @Value("${tocsin.reports.per-action-per-hour:1000}") int perAction) {
        this.db = db;
        this.blindIndex = blindIndex;
        this.perAddress = perAddress;
        this.perAction = perAction;
    }

    /** Counts the attempt and says yes, or says no if either limit is reached. */
    boolean attempt(String address, long chainId) {
        // Keyed, not a plain digest: the whole IPv4 space hashes in seconds, and the row names the UA.
        byte[] addressHash = blindIndex.of("report.attempt.client", address == null ? "" : address);
        boolean over = db.sql("""
                        select (select count(*) from action_report_attempt
                                 where address_hash = :address and attempted_at > now() - interval '1 hour') >= :perAddress
                            or (select count(*) from action_report_attempt
                                 where action_id = :chain and attempted_at > now() - interval '1 hour') >= :perAction""")
                .param("address", addressHash).param("chain", chainId)
                .param("perAddress", perAddress).param("perAction", perAction)
                .query(Boolean.class).single();
        if (over) {
            return false;
        }
        db.sql("insert into action_report_attempt (address_hash, action_id) values (?, ?)").params(addressHash, chainId).update();
        db.sql("delete from action_report_attempt where attempted_at < now() - interval '1 day'").update();
        return true;
    }

    int perAddress() {
        return perAddress;
    }

    int perAction() {
        return perAction;
    }
}
