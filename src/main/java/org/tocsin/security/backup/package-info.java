/**
 * Backups that survive a burned office: one encrypted, authenticated archive of the whole
 * database and the data files, written to a directory or an SFTP server, on demand or on a
 * schedule; and the restore that rebuilds an empty database from it. See
 * {@link org.tocsin.security.backup.Backups}, {@link org.tocsin.security.backup.ArchiveRestore}
 * and docs/threat-model.md.
 */
@org.springframework.modulith.NamedInterface("backup")
package org.tocsin.security.backup;
