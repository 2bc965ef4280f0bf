/**
 * Letters to the authorities: each UA's model letter per language (staff edit them on the UA's
 * page and through the API), and filling a letter in for one target and one member, as a PDF
 * to post or fax, as text to copy and as an e-mail draft. {@link org.tocsin.actions.letters.Letters}
 * fills, renders and links any template, wherever it came from, so the network module uses it
 * for localisations too; {@link org.tocsin.actions.letters.ModelLetters} keeps the UA's own.
 */
@org.springframework.modulith.NamedInterface("letters")
package org.tocsin.actions.letters;
