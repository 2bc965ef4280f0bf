package org.tocsin.cases.people;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, after the demo loaders, seals person descriptions that plain SQL wrote in plaintext:
 * those from before encryption at rest and those of the demo script.
 */
@Component
@Order(100)
class PersonDescriptionSealing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PersonDescriptionSealing.class);

    private final Persons persons;

    PersonDescriptionSealing(Persons persons) {
        this.persons = persons;
    }

    @Override
    public void run(ApplicationArguments args) {
        int sealed = persons.sealPlaintextDescriptions();
        if (sealed > 0) {
            log.info("Sealed {} person descriptions written in plaintext", sealed);
        }
    }
}
