package org.tocsin.intake.review;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tocsin.security.audit.AuditLog;
import org.tocsin.cases.CaseAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.tocsin.intake.DocumentText;
import org.tocsin.intake.LocatedExtraction;
import org.tocsin.intake.UnreadableDocumentException;
import org.tocsin.intake.UrgentActionExtractor;
import org.tocsin.security.crypto.Vault;
import org.tocsin.web.ConcurrentEditException;
import org.tocsin.web.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports: uploaded documents with their text and extraction, sealed at rest. A document that
 * cannot be read gets no import at all (the caller shows why); the same document uploaded
 * again is recognised by its hash and the existing import is returned.
 */
@Service
public class Imports {

    static final String KIND = "import";
    /** The audit log names the table, like every other record kind. */
    static final String KIND_TABLE = "document_import";
    private static final String COLUMNS = """
            id, file_name, size_bytes, status, failure, source_id, case_id, action_id, person_ids, target_ids,
            incident_ids, uploaded_by, version, created_at, updated_at""";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient db;
    private final Vault vault;
    private final UrgentActionExtractor extractor = new UrgentActionExtractor();
    private final long maxBytes;
    private final Duration readTimeout;

    private final CaseAccess access;
    private final AuditLog audit;

    Imports(JdbcClient db, Vault vault, @Value("${tocsin.intake.max-upload-size:25MB}") DataSize maxUploadSize,
            @Value("${tocsin.intake.read-timeout:60s}") Duration readTimeout, CaseAccess access, AuditLog audit) {
        this.audit = audit;
        this.access = access;
        this.db = db;
        this.vault = vault;
        this.maxBytes = maxUploadSize.toBytes();
        this.readTimeout = readTimeout;
    }

    /** An import and whether it existed already (the same document uploaded before). */
    public record Stored(DocumentImport documentImport, boolean existing) {
    }

    public record Listing(List<DocumentImport> items, long total) {
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Reads the document and stores it as a new import, or returns the import of the same
     * document. Nothing is written for a document that is too large, unreadable, encrypted,
     * damaged, of an unsupported type or too slow to read.
     */
    @Transactional
    public Stored upload(String fileName, byte[] bytes, String by) throws UnreadableDocumentException {
        String name = fileName(fileName);
        if (bytes.length > maxBytes) {
            throw new UnreadableDocumentException(name + " is larger than the limit of "
                    + DataSize.ofBytes(maxBytes).toMegabytes() + " MB");
        }
        byte[] hash = sha256(bytes);
        Optional<DocumentImport> same = findByHash(hash);
        if (same.isPresent()) {
            return new Stored(same.get(), true);
        }
        String text = readText(bytes, name);
        LocatedExtraction located = extractor.extractLocated(text);
        // The same document uploaded twice at once: the second insert yields nothing and finds the first
        // (a unique violation would abort this transaction before it could look).
        Optional<Long> inserted = db.sql("""
                        insert into document_import (file_name, size_bytes, content_hash, uploaded_by)
                        values (?, ?, ?, ?) on conflict (content_hash) do nothing returning id""")
                .params(name, bytes.length, hash, by).query(Long.class).optional();
        if (inserted.isEmpty()) {
            return new Stored(findByHash(hash).orElseThrow(), true);
        }
        long id = inserted.get();
        StoredExtraction extraction = new StoredExtraction(located.fields(), located.spans(), located.datedSentences());
        db.sql("update document_import set file_sealed = ?, text_sealed = ?, extraction_sealed = ? where id = ?")
                .params(seal(bytes, fileContext(id)), vault.encrypt(located.text(), textContext(id)),
                        vault.encrypt(JSON.writeValueAsString(extraction), extractionContext(id)), id)
                .update();
        audit.record("upload", KIND_TABLE, id, List.of("file", "text", "extraction"));
        return new Stored(get(id), false);
    }

    /**
     * The name a browser gave, without any directory part ("../../x.pdf" is "x.pdf") or control
     * characters, at most 255 characters: it is shown and stored as a label, never used as a path.
     */
    static String fileName(String given) {
        String name = given == null ? "" : given.replaceAll("\\p{Cntrl}", "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "document";
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    /** Imports, newest first; one applied to a case the viewer may not see is left out. */
    public Listing list(int offset, int limit) {
        String visible = " where " + access.visibleCase("document_import.case_id");
        List<DocumentImport> items = db.sql("select " + COLUMNS + " from document_import" + visible
                        + " order by created_at desc, id desc offset ? limit ?")
                .params(offset, limit).query((rs, n) -> row(rs)).list();
        long total = db.sql("select count(*) from document_import" + visible).query(Long.class).single();
        return new Listing(items, total);
    }

    public Optional<DocumentImport> find(long id) {
        return db.sql("select " + COLUMNS + " from document_import where id = ? and " + access.visibleCase("document_import.case_id"))
                .param(id).query((rs, n) -> row(rs)).optional();
    }

    public DocumentImport get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(KIND, id));
    }

    /** The document's text as the extractor read it (the spans count characters of it). */
    /** Someone opened the import's review page: its text and extraction are confidential until reviewed. */
    public void viewed(long id) {
        audit.record("view", KIND_TABLE, id, List.of("text", "extraction"));
    }

    public String text(long id) {
        return vault.decrypt(column(id, "text_sealed"), textContext(id));
    }

    /** The uploaded file as it was. */
    public byte[] file(long id) {
        byte[] sealed = column(id, "file_sealed");
        try (InputStream in = vault.decryptingStream(new ByteArrayInputStream(sealed), fileContext(id))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    StoredExtraction extraction(long id) {
        return JSON.readValue(vault.decrypt(column(id, "extraction_sealed"), extractionContext(id)), StoredExtraction.class);
    }

    /** The review the researcher saved, if any. */
    Optional<ReviewForm> savedReview(long id) {
        byte[] sealed = column(id, "review_sealed");
        return sealed == null ? Optional.empty()
                : Optional.of(JSON.readValue(vault.decrypt(sealed, reviewContext(id)), ReviewForm.class));
    }

    /** Keeps the researcher's review for later; the import becomes "reviewed". */
    @Transactional
    public DocumentImport saveReview(long id, ReviewForm form) {
        int changed = db.sql("""
                        update document_import set review_sealed = ?, status = 'reviewed', version = version + 1, updated_at = now()
                        where id = ? and version = ? and status in ('new', 'reviewed')""")
                .params(vault.encrypt(JSON.writeValueAsString(form), reviewContext(id)), id,
                        form.version() == null ? -1 : form.version())
                .update();
        if (changed == 0) {
            get(id);
            throw new ConcurrentEditException(KIND, id);
        }
        audit.record("review", KIND_TABLE, id, List.of("review", "status"));
        return get(id);
    }

    /** Marks the import applied with what applying created; in the caller's transaction. */
    void markApplied(long id, int version, ReviewForm form, Applied applied) {
        int changed = db.sql("""
                        update document_import set status = 'applied', review_sealed = ?, source_id = ?, case_id = ?,
                               action_id = ?, person_ids = ?, target_ids = ?, incident_ids = ?, failure = null,
                               version = version + 1, updated_at = now()
                        where id = ? and version = ? and status in ('new', 'reviewed')""")
                .params(vault.encrypt(JSON.writeValueAsString(form), reviewContext(id)), applied.sourceId(),
                        applied.caseId(), applied.actionId(), applied.personIds().toArray(Long[]::new),
                        applied.targetIds().toArray(Long[]::new), applied.incidentIds().toArray(Long[]::new), id, version)
                .update();
        if (changed == 0) {
            throw new ConcurrentEditException(KIND, id);
        }
        audit.record("apply", KIND_TABLE, id, List.of("status", "review", "source", "case", "action", "persons",
                "targets", "incidents"));
    }

    /** What applying an import created or used. */
    record Applied(long sourceId, long caseId, Long actionId, List<Long> personIds, List<Long> targetIds,
                   List<Long> incidentIds) {
    }

    private Optional<DocumentImport> findByHash(byte[] hash) {
        return db.sql("select " + COLUMNS + " from document_import where content_hash = ?").param(hash)
                .query((rs, n) -> row(rs)).optional();
    }

    /**
     * Tika's parsers bound what they write (characters) and this skips embedded files, but a
     * crafted document can still keep a parser busy: give up after the read timeout.
     */
    private String readText(byte[] bytes, String name) throws UnreadableDocumentException {
        ExecutorService reader = Executors.newVirtualThreadPerTaskExecutor();
        Future<String> text = reader.submit(() -> DocumentText.fromBytes(bytes, name));
        try {
            return text.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            text.cancel(true);
            throw new UnreadableDocumentException(name + " took too long to read; it may be damaged or built to overload readers");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnreadableDocumentException unreadable) {
                throw unreadable;
            }
            throw new UnreadableDocumentException(name + " cannot be read: it looks damaged or is not a supported document");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException(name + " was not read: interrupted");
        } finally {
            reader.shutdown();
        }
    }

    private byte[] seal(byte[] bytes, String context) {
        ByteArrayOutputStream sealed = new ByteArrayOutputStream(bytes.length + 1024);
        try (OutputStream out = vault.encryptingStream(sealed, context)) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sealed.toByteArray();
    }

    private byte[] column(long id, String column) {
        get(id);
        return db.sql("select " + column + " from document_import where id = ?").param(id).query(byte[].class).optional()
                .orElse(null);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fileContext(long id) {
        return "import.file:" + id;
    }

    static String textContext(long id) {
        return "import.text:" + id;
    }

    static String extractionContext(long id) {
        return "import.extraction:" + id;
    }

    static String reviewContext(long id) {
        return "import.review:" + id;
    }

    private static DocumentImport row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new DocumentImport(rs.getLong("id"), rs.getString("file_name"), rs.getLong("size_bytes"),
                rs.getString("status"), rs.getString("failure"), (Long) rs.getObject("source_id"),
                (Long) rs.getObject("case_id"), (Long) rs.getObject("action_id"), ids(rs, "person_ids"),
                ids(rs, "target_ids"), ids(rs, "incident_ids"), rs.getString("uploaded_by"), rs.getInt("version"),
                rs.getObject("created_at", java.time.OffsetDateTime.class),
                rs.getObject("updated_at", java.time.OffsetDateTime.class));
    }

    private static List<Long> ids(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }
}
