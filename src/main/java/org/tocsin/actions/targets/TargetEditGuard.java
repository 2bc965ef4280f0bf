package org.tocsin.actions.targets;

/**
 * Implemented by a module that keeps targets of its own in the directory (a section's local
 * targets), so that editing one through any page or API is refused to those who may not; it
 * throws (e.g. Spring Security's AccessDeniedException) to refuse. Without an implementation
 * every staff member may edit every target.
 */
public interface TargetEditGuard {

    /** Refuses, by throwing, an edit of the target by the current user. */
    void checkEdit(long targetId);
}
