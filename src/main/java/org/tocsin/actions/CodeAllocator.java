package org.tocsin.actions;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives out the next number of a code series. It must run inside the issuing transaction: the
 * upsert locks the counter row until that transaction ends, so a second issuer waits and then
 * takes the following number, and a rolled-back issue leaves the counter as it was.
 */
@Component
class CodeAllocator {

    private final JdbcClient db;

    CodeAllocator(JdbcClient db) {
        this.db = db;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int next(String scheme, String scope) {
        return db.sql("""
                        insert into action_code_counter (scheme, scope, last_number) values (?, ?, 1)
                        on conflict (scheme, scope) do update set last_number = action_code_counter.last_number + 1
                        returning last_number""")
                .params(scheme, scope).query(Integer.class).single();
    }

    /** The code of a newly issued original in a scheme Tocsin numbers. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String allocate(CodeScheme scheme, String countryCode, LocalDate issuedOn) {
        return switch (scheme) {
            case AMNESTY -> CodeScheme.amnestyCode(next("amnesty", CodeScheme.amnestyScope(issuedOn)), issuedOn);
            case OBSERVATORY -> {
                int countrySequence = next("observatory", CodeScheme.observatoryCountryScope(countryCode, issuedOn));
                int running = next("observatory", CodeScheme.observatoryRunningScope(issuedOn));
                yield CodeScheme.observatoryCode(countryCode, countrySequence, issuedOn, running);
            }
            default -> throw new IllegalArgumentException(scheme + " codes are not allocated");
        };
    }
}
