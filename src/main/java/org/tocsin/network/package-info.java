/**
 * The network that turns an urgent action into appeals: country sections and their
 * localisations ({@code sections}), members and their subscriptions ({@code members}),
 * notifications to them ({@code notifications}) and the actions they report ({@code reports}).
 * It uses the public services of {@code actions} and {@code cases}; they never use it.
 */
package org.tocsin.network;
