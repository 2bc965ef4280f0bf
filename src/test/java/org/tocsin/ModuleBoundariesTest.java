package org.tocsin;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each feature package is a module that others use only through its public top-level classes. */
class ModuleBoundariesTest {

    @Test
    void modulesOnlyUseEachOthersPublicServices() {
        ApplicationModules.of(TocsinApplication.class).verify();
    }
}
