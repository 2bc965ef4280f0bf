package org.tocsin.cases.incidents;

/** One fact as one account states it: "Number of cars" = "4". */
public record Fact(String key, String value) {
}
