/**
 * The network that turns an urgent action into appeals: sections, members, notifications and
 * the actions they report. It uses the actions and cases modules' public services; they never
 * use it (its content reaches their pages as htmx fragments).
 */
package org.tocsin.network;
