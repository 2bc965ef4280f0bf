/**
 * Encryption at rest. Confidential values are sealed with Google Tink under data keys that
 * the database holds only wrapped by a master key, which never reaches the database: see
 * {@link org.tocsin.security.crypto.Vault} and docs/threat-model.md.
 */
@org.springframework.modulith.NamedInterface("crypto")
package org.tocsin.security.crypto;
