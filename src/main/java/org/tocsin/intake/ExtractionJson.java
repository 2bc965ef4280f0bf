package org.tocsin.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.tocsin.intake.ExtractedUrgentAction.PersonAtRisk;
import org.tocsin.intake.ExtractedUrgentAction.Target;

/**
 * Writes an {@link ExtractedUrgentAction} as the JSON object of SCHEMA.md: every field always
 * present, null or [] when absent, in the schema's order. Hand-written rather than through a
 * JSON library so that {@code tocsin extract} loads as few classes as possible.
 */
public final class ExtractionJson {

    private ExtractionJson() {
    }

    public static String write(ExtractedUrgentAction action) {
        StringBuilder json = new StringBuilder(2048).append("{\n");
        field(json, "kind", string(action.kind().code()));
        field(json, "organisation", string(action.organisation()));
        field(json, "code", string(action.code()));
        field(json, "follow_up_of", list(action.followUpOf(), ExtractionJson::string, false));
        field(json, "issue_date", date(action.issueDate()));
        field(json, "deadline", date(action.deadline()));
        field(json, "country", string(action.country()));
        field(json, "title", string(action.title()));
        field(json, "persons_at_risk", list(action.personsAtRisk(), ExtractionJson::person, true));
        field(json, "gender_summary", action.genderSummary() == null ? "null"
                : "{\"m\": " + action.genderSummary().men() + ", \"f\": " + action.genderSummary().women() + "}");
        field(json, "targets", list(action.targets(), ExtractionJson::target, true));
        field(json, "copies_to_diplomats", String.valueOf(action.copiesToDiplomats()));
        field(json, "languages", list(action.languages(), ExtractionJson::string, false));
        json.append("  \"actions_requested\": ").append(list(action.actionsRequested(), ExtractionJson::string, true));
        return json.append("\n}\n").toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append("  \"").append(name).append("\": ").append(value).append(",\n");
    }

    private static String person(PersonAtRisk person) {
        return "{\"name\": " + string(person.name()) + ", \"gender\": " + string(person.gender()) + "}";
    }

    private static String target(Target target) {
        return "{\"name\": " + string(target.name())
                + ", \"title\": " + string(target.title())
                + ", \"organisation\": " + string(target.organisation())
                + ", \"address\": " + string(target.address())
                + ", \"fax\": " + list(target.fax(), ExtractionJson::string, false)
                + ", \"email\": " + list(target.email(), ExtractionJson::string, false)
                + ", \"salutation\": " + string(target.salutation()) + "}";
    }

    private static <T> String list(List<T> items, Function<T, String> writer, boolean onePerLine) {
        if (items.isEmpty()) {
            return "[]";
        }
        String separator = onePerLine ? ",\n    " : ", ";
        StringBuilder json = new StringBuilder(onePerLine ? "[\n    " : "[");
        for (int i = 0; i < items.size(); i++) {
            json.append(i == 0 ? "" : separator).append(writer.apply(items.get(i)));
        }
        return json.append(onePerLine ? "\n  ]" : "]").toString();
    }

    private static String date(LocalDate date) {
        return date == null ? "null" : string(date.toString());
    }

    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
