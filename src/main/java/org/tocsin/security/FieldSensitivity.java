package org.tocsin.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place that says how sensitive each field of the records with non-public fields is
 * ({@code table.column}; docs/threat-model.md has the same table, with why). Code that opens or
 * shows a non-public value asks here, through {@link #readableNow(String)}, instead of checking
 * roles itself, so moving a field to another level is a change in this table.
 *
 * <p>Fields not listed belong to records that are wholly internal (staff pages and the API) or
 * wholly public once published.
 */
public final class FieldSensitivity {

    public static final String PERSON_DESCRIPTION = "person.description";

    private static final Map<String, Sensitivity> FIELDS;

    static {
        Map<String, Sensitivity> f = new LinkedHashMap<>();
        // persons of the case file: who they are is for staff; what is known about them is sealed
        f.put("person_name.name", Sensitivity.INTERNAL);
        f.put("person.gender", Sensitivity.INTERNAL);
        f.put("person.roles", Sensitivity.INTERNAL);
        f.put("person.organisation_id", Sensitivity.INTERNAL);
        f.put(PERSON_DESCRIPTION, Sensitivity.CONFIDENTIAL);
        // the case file: evidence, never published as such (an issued UA carries its own text)
        f.put("case_file.title", Sensitivity.INTERNAL);
        f.put("case_file.summary", Sensitivity.INTERNAL);
        f.put("incident.title", Sensitivity.INTERNAL);
        f.put("incident.description", Sensitivity.INTERNAL);
        f.put("incident.place", Sensitivity.INTERNAL);
        f.put("incident_party.group_label", Sensitivity.INTERNAL);
        f.put("account.summary", Sensitivity.INTERNAL);
        f.put("account_fact.value", Sensitivity.INTERNAL);
        f.put("source.publisher", Sensitivity.INTERNAL);
        f.put("source.title", Sensitivity.INTERNAL);
        f.put("source.url", Sensitivity.INTERNAL);
        f.put("investigation.notes", Sensitivity.INTERNAL);
        f.put("investigation_update.note", Sensitivity.INTERNAL);
        // uploaded documents before review may hold anything: sealed
        f.put("document_import.file", Sensitivity.CONFIDENTIAL);
        f.put("document_import.text", Sensitivity.CONFIDENTIAL);
        // urgent actions: their own text is public once issued (drafts are internal)
        f.put("urgent_action.title", Sensitivity.PUBLIC);
        f.put("urgent_action.summary", Sensitivity.PUBLIC);
        f.put("urgent_action.background", Sensitivity.PUBLIC);
        f.put("urgent_action.recommended_actions", Sensitivity.PUBLIC);
        f.put("urgent_action_person.name", Sensitivity.PUBLIC);
        f.put("urgent_action_target.target_id", Sensitivity.PUBLIC);
        f.put("urgent_action.internal_note", Sensitivity.INTERNAL);
        f.put("urgent_action.outcome_note", Sensitivity.PUBLIC);
        f.put("urgent_action.case_id", Sensitivity.INTERNAL);
        f.put("model_letter.subject", Sensitivity.PUBLIC);
        f.put("model_letter.body", Sensitivity.PUBLIC);
        f.put("localisation.summary", Sensitivity.PUBLIC);
        f.put("localisation.letter_body", Sensitivity.PUBLIC);
        // the network's members: sealed
        f.put("member.email", Sensitivity.CONFIDENTIAL);
        f.put("member.name", Sensitivity.CONFIDENTIAL);
        f.put("member.town", Sensitivity.CONFIDENTIAL);
        f.put("member.address", Sensitivity.CONFIDENTIAL);
        // accounts of the staff
        f.put("app_user.totp_secret", Sensitivity.CONFIDENTIAL);
        FIELDS = Collections.unmodifiableMap(f);
    }

    private FieldSensitivity() {
    }

    /** The level of {@code field} ({@code table.column}); an unlisted field is a programming error. */
    public static Sensitivity of(String field) {
        Sensitivity level = FIELDS.get(field);
        if (level == null) {
            throw new IllegalArgumentException("no sensitivity declared for " + field);
        }
        return level;
    }

    /** Whether the account of the current request may read {@code field}. */
    public static boolean readableNow(String field) {
        return of(field).readableNow();
    }

    /** Every declared field and its level, in the order of the table. */
    public static Map<String, Sensitivity> all() {
        return FIELDS;
    }
}
