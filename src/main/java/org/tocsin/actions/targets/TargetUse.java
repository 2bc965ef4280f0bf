package org.tocsin.actions.targets;

/** An open urgent action that asks members to write to a target; {@code status} is the action's own (draft, issued). */
public record TargetUse(long actionId, String code, String title, String status) {
}
