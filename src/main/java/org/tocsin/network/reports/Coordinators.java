package org.tocsin.network.reports;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.tocsin.network.reports.ActionReports.SectionRef;
import org.tocsin.security.UserAccounts;

/** Who may report for which section: administrators for any, everyone else for the sections they coordinate. */
@Component
class Coordinators {

    private final ActionReports reports;
    private final UserAccounts accounts;

    Coordinators(ActionReports reports, UserAccounts accounts) {
        this.reports = reports;
        this.accounts = accounts;
    }

    static boolean isAdministrator(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMINISTRATOR".equals(a.getAuthority()));
    }

    List<SectionRef> sectionsFor(Authentication user) {
        if (user == null) {
            return List.of();
        }
        if (isAdministrator(user)) {
            return reports.sectionsFor(0, true);
        }
        return accounts.find(user.getName()).map(a -> reports.sectionsFor(a.id(), false)).orElse(List.of());
    }

    boolean mayReportFor(Authentication user, long sectionId) {
        return sectionsFor(user).stream().anyMatch(s -> s.id() == sectionId);
    }
}
