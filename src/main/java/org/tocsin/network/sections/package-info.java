/**
 * Country sections (country, languages, coordinators, their own local targets) and their
 * localisations of issued urgent actions, published on their own public page.
 */
package org.tocsin.network.sections;
