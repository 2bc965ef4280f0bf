package org.tocsin.actions.targets;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A stand-in for the module that links urgent actions to targets, in the shared test context:
 * it reports uses only for the target ids a test registered, so it changes nothing for others.
 */
@Component
class RecordingTargetUsage implements TargetUsage {

    private final Map<Long, List<TargetUse>> uses = new ConcurrentHashMap<>();

    void register(long targetId, List<TargetUse> actions) {
        uses.put(targetId, List.copyOf(actions));
    }

    @Override
    public List<TargetUse> openActionsUsing(long targetId) {
        return uses.getOrDefault(targetId, List.of());
    }
}
