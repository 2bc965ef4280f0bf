/**
 * The network that turns urgent actions into appeals: sections, members, notifications and
 * action reports. Sub-packages are internal; other modules use none of them.
 */
package org.tocsin.network;
