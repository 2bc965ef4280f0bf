package org.tocsin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each feature package is a module that others use only through its public top-level classes
 * (or a sub-package it names as an interface), with no cycles between modules.
 */
class ModuleBoundariesTest {

    private final ApplicationModules modules = ApplicationModules.of(TocsinApplication.class);

    @Test
    void theFeaturePackagesAreModules() {
        assertThat(modules.stream().map(ApplicationModule::getName))
                .contains("cases", "cli", "database", "security", "web");
    }

    @Test
    void modulesOnlyUseEachOthersPublicServices() {
        modules.verify();
    }
}
