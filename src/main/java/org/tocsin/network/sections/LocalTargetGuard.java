package org.tocsin.network.sections;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tocsin.actions.targets.TargetEditGuard;
import org.tocsin.actions.targets.Targets;

/** A section's local target is edited only by its coordinators and administrators, from whichever page. */
@Component
class LocalTargetGuard implements TargetEditGuard {

    private final Targets targets;
    private final SectionAccess access;

    LocalTargetGuard(Targets targets, SectionAccess access) {
        this.targets = targets;
        this.access = access;
    }

    @Override
    public void checkEdit(long targetId) {
        targets.sectionOf(targetId).ifPresent(section -> {
            if (!access.canManage(section)) {
                throw new AccessDeniedException("not a coordinator of section " + section);
            }
        });
    }
}
