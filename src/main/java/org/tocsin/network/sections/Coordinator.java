package org.tocsin.network.sections;

/** A user who coordinates a section: localises UAs for it and keeps its local targets. */
public record Coordinator(long userId, String username, String displayName) {
}
