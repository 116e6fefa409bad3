package nl.buurtkracht;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The module structure of DESIGN.md is a failing test: allowed dependencies only, no cycles. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(BuurtkrachtApplication.class);

    @Test
    void modulesOnlyUseWhatTheyDeclare() {
        modules.verify();
    }
}
