/**
 * Review and apply: an uploaded document becomes an import (file, text and extraction sealed
 * by the vault), a researcher checks the proposed records beside the text, and applying writes
 * them all in one transaction. The command line uses {@link org.tocsin.intake.review.Imports}.
 */
@org.springframework.modulith.NamedInterface("review")
package org.tocsin.intake.review;
