/**
 * Intake: turns an uploaded document (PDF, DOCX, HTML, plain text) into its text and the
 * fields of an urgent action (see {@link org.tocsin.intake.UrgentActionExtractor}). Pure
 * Java rules, no network and no models, so it runs from the command line without the service.
 */
package org.tocsin.intake;
