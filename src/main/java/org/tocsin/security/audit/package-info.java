/**
 * The audit log: who changed or viewed what, append-only and hash-chained so that a changed
 * or removed entry shows. See {@link org.tocsin.security.audit.AuditLog}.
 */
@org.springframework.modulith.NamedInterface("audit")
package org.tocsin.security.audit;
