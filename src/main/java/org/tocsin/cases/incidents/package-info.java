/**
 * What happened in a case and who said so: incidents with their parties, sources and each
 * source's account of an incident (facts kept per source, disagreements shown, never
 * overwritten), and the official investigations with their dated updates.
 */
@org.springframework.modulith.NamedInterface("incidents")
package org.tocsin.cases.incidents;
