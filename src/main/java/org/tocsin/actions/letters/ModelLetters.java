package org.tocsin.actions.letters;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tocsin.actions.UrgentAction;
import org.tocsin.actions.UrgentActions;
import org.tocsin.security.audit.AuditLog;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.InvalidInputException;
import org.tocsin.web.NotFoundException;

/**
 * The model letters of urgent actions, one per language. Staff may change them while the UA is
 * a draft or issued; once it is closed they are kept as they were sent.
 */
@Service
public class ModelLetters {

    static final String KIND = "modelLetter";
    static final String AUDIT_KIND = "model_letter";

    private final JdbcClient db;
    private final UrgentActions actions;
    private final Letters letters;
    private final AuditLog audit;

    ModelLetters(JdbcClient db, UrgentActions actions, Letters letters, AuditLog audit) {
        this.db = db;
        this.actions = actions;
        this.letters = letters;
        this.audit = audit;
    }

    /** The UA's model letters, by language code. */
    public List<ModelLetter> list(long actionId) {
        return db.sql("select action_id, language, subject, body, version, updated_at from model_letter where action_id = ? order by language")
                .param(actionId).query(ModelLetter.class).list();
    }

    public Optional<ModelLetter> find(long actionId, String language) {
        return db.sql("select action_id, language, subject, body, version, updated_at from model_letter where action_id = ? and language = ?")
                .params(actionId, language).query(ModelLetter.class).optional();
    }

    /** The letter, or not found (also when the UA itself is unknown). */
    public ModelLetter get(long actionId, String language) {
        actions.get(actionId);
        return find(actionId, language).orElseThrow(() -> notFound(actionId, language));
    }

    /**
     * Adds the letter in {@code language} (form version null) or changes it (the version the
     * edit started from). A letter added meanwhile by someone else, or a stale version, is a
     * concurrent edit; nothing is written on any error.
     */
    @Transactional
    public ModelLetter save(long actionId, String language, LetterForm form) {
        editable(actionId);
        letters.check(new LetterTemplate(language, form.subject(), form.body()));
        String subject = form.subject().strip();
        String body = form.body().strip();
        if (form.version() == null) {
            int added = db.sql("""
                            insert into model_letter (action_id, language, subject, body) values (?, ?, ?, ?)
                            on conflict (action_id, language) do nothing""")
                    .params(actionId, language, subject, body).update();
            if (added == 0) {
                throw new ConcurrentEditException(KIND, label(actionId, language));
            }
            ModelLetter created = find(actionId, language).orElseThrow();
            audit.record("create", AUDIT_KIND, label(actionId, language), AuditLog.filledFields(created));
            return created;
        }
        ModelLetter before = find(actionId, language).orElseThrow(() -> notFound(actionId, language));
        int changed = db.sql("""
                        update model_letter set subject = ?, body = ?, version = version + 1, updated_at = now()
                        where action_id = ? and language = ? and version = ?""")
                .params(subject, body, actionId, language, form.version()).update();
        if (changed == 0) {
            throw new ConcurrentEditException(KIND, label(actionId, language));
        }
        ModelLetter after = find(actionId, language).orElseThrow();
        audit.record("update", AUDIT_KIND, label(actionId, language), AuditLog.changedFields(before, after));
        return after;
    }

    /** Removes the letter if {@code version} is still its version. */
    @Transactional
    public void delete(long actionId, String language, Integer version) {
        editable(actionId);
        if (version == null) {
            throw InvalidInputException.of("version", "validation.required");
        }
        int removed = db.sql("delete from model_letter where action_id = ? and language = ? and version = ?")
                .params(actionId, language, version).update();
        if (removed == 0) {
            throw find(actionId, language).isPresent() ? new ConcurrentEditException(KIND, label(actionId, language))
                    : notFound(actionId, language);
        }
        audit.record("delete", AUDIT_KIND, label(actionId, language), List.of("subject", "body"));
    }

    private void editable(long actionId) {
        UrgentAction action = actions.get(actionId);
        if (action.isClosed()) {
            throw InvalidInputException.of("action", "letters.validation.closed");
        }
    }

    /** How a letter is named in messages and the audit log: "42/ru". */
    static String label(long actionId, String language) {
        return actionId + "/" + language;
    }

    private static NotFoundException notFound(long actionId, String language) {
        return new NotFoundException(KIND, label(actionId, language));
    }
}
