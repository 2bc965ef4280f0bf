package org.tocsin.actions.targets;

import java.util.List;

/**
 * Implemented by the module that links urgent actions to targets, so that the directory can
 * show, when a target is edited, which open actions would send members to it. The directory
 * works without any implementation (nothing is listed then).
 */
public interface TargetUsage {

    /** The open (not closed) actions that have the target among theirs; empty for an unknown id. */
    List<TargetUse> openActionsUsing(long targetId);
}
