package org.tocsin.cases.people;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An organisation in a case file: an NGO, an authority, a broadcaster. It may be part of
 * another (the JMG is part of the Committee for the Prevention of Torture).
 */
public record Organisation(long id, String name, List<String> aliases, Long parentId, String parentName, String kind,
                           String country, String description, int version, OffsetDateTime createdAt,
                           OffsetDateTime updatedAt) {

    public static final List<String> KINDS = List.of("ngo", "authority", "media", "intergovernmental", "company", "other");
}
