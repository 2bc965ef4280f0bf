/**
 * The directory of authorities that urgent actions ask members to write to: who holds which
 * office, how to reach them (post, fax, e-mail, web form), how to address them in each
 * language, and whether their term has ended. Other modules use {@link org.tocsin.actions.targets.Targets}
 * and implement {@link org.tocsin.actions.targets.TargetUsage} to say which actions use a target
 * ({@link org.tocsin.actions.targets.TargetEditGuard} to guard the targets they keep of their own).
 */
@org.springframework.modulith.NamedInterface("targets")
package org.tocsin.actions.targets;
