package org.tocsin.intake.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tocsin.IntegrationTest;
import org.tocsin.intake.UnreadableDocumentException;
import org.tocsin.intake.review.ReviewForm.TargetRow;
import org.tocsin.web.InvalidInputException;

class ImportReviewTest extends IntegrationTest {

    @Autowired
    MockMvc mockMvc;
    @Autowired
    Imports imports;
    @Autowired
    ImportReviews reviews;
    @Autowired
    ImportApplier applier;
    @Autowired
    JdbcClient db;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private String uploadPage(String name, byte[] bytes) throws Exception {
        return mockMvc.perform(multipart("/imports").file(new MockMultipartFile("files", name, "text/plain", bytes))
                        .with(user(ADMIN).roles("ADMINISTRATOR")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anUploadBecomesAnImportAndTheSameDocumentAgainOffersTheExistingOne() throws Exception {
        byte[] bytes = ReviewDocuments.urgentAction("UA 901/16", "Zinaida Kvorblova", unique()).getBytes(StandardCharsets.UTF_8);
        String first = uploadPage("ua-901.txt", bytes);
        assertThat(first).contains("ua-901.txt was imported").contains("/imports/");
        String again = uploadPage("renamed.txt", bytes);
        assertThat(again).contains("renamed.txt was imported before").contains("Open the existing import");
        assertThat(db.sql("select count(*) from document_import where content_hash = ?").param(Imports.sha256(bytes))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theFileTheTextAndTheExtractionAreSealedInTheDatabase() throws Exception {
        String marker = "Marker" + unique();
        byte[] bytes = ReviewDocuments.urgentAction("UA 902/16", "Zinaida Kvorblova", marker).getBytes(StandardCharsets.UTF_8);
        long id = imports.upload("sealed.txt", bytes, "test").documentImport().id();
        record Raw(byte[] file, byte[] text, byte[] extraction) {
        }
        Raw raw = db.sql("select file_sealed as file, text_sealed as text, extraction_sealed as extraction from document_import where id = ?")
                .param(id).query(Raw.class).single();
        for (byte[] sealed : List.of(raw.file(), raw.text(), raw.extraction())) {
            assertThat(sealed).isNotEmpty();
            String asText = new String(sealed, StandardCharsets.ISO_8859_1);
            assertThat(asText).doesNotContain(marker).doesNotContain("Kvorblova").doesNotContain("URGENT ACTION");
        }
        assertThat(imports.file(id)).isEqualTo(bytes);
        assertThat(imports.text(id)).contains(marker);
    }

    @Test
    void theReviewPageMarksTheSpansEachFieldCameFromAndEscapesTheText() throws Exception {
        byte[] bytes = ReviewDocuments.urgentAction("UA 903/16", "Zinaida Kvorblova", unique()).getBytes(StandardCharsets.UTF_8);
        long id = imports.upload("spans.txt", bytes, "test").documentImport().id();
        String page = mockMvc.perform(get("/imports/" + id).with(user(ADMIN).roles("ADMINISTRATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<mark class=\"intake-span intake-span-code\" title=\"Code\">UA 903/16</mark>");
        assertThat(page).containsPattern("<mark class=\"intake-span intake-span-persons-at-risk\"[^>]*>Zinaida Kvorblova</mark>");
        assertThat(page).containsPattern("<mark class=\"intake-span intake-span-deadline\"[^>]*>15 MAY 2016</mark>");
        assertThat(page).contains("&lt;b&gt;").doesNotContain("<b>");
        assertThat(page).doesNotContain("style=");
        // the dated sentence is proposed, not accepted
        assertThat(page).contains("name=\"incidents[0].accept\"").doesNotContain("name=\"incidents[0].accept\" value=\"true\" checked");
        String russian = mockMvc.perform(get("/imports/" + id).param("lang", "ru").with(user(ADMIN).roles("ADMINISTRATOR")))
                .andReturn().getResponse().getContentAsString();
        assertThat(russian).contains("Текст документа").contains("Применить").contains("Люди в опасности");
    }

    @Test
    void applyingCreatesTheRecordsAndASecondDocumentMatchesThePersonInsteadOfDuplicatingThem() throws Exception {
        String person = "Zinaida Kvorblova" + unique().replaceAll("\\d", "").toLowerCase();
        long first = imports.upload("apply-1.txt", ReviewDocuments.urgentAction("UA 904/16", person, unique())
                .getBytes(StandardCharsets.UTF_8), "test").documentImport().id();
        ReviewForm form = reviews.of(first, null).form();
        assertThat(form.persons()).extracting(ReviewForm.PersonRow::match).containsOnly("new");
        ReviewForm withIncident = form.withIncidents(form.incidents().stream()
                .map(i -> new ReviewForm.IncidentRow(true, i.date(), i.title(), i.type(), i.sentence())).toList());
        DocumentImport applied = applier.apply(first, withIncident);
        assertThat(applied.status()).isEqualTo("applied");
        assertThat(applied.actionId()).isNotNull();
        assertThat(applied.incidentIds()).isNotEmpty();
        // "On 2 April" takes its year from the document's date
        assertThat(db.sql("select occurred_on::text from incident where id = any(?)")
                .param(applied.incidentIds().toArray(Long[]::new)).query(String.class).list()).contains("2016-04-02");
        assertThat(db.sql("select count(*) from account where source_id = ?").param(applied.sourceId())
                .query(Long.class).single()).isEqualTo(applied.incidentIds().size());
        assertThat(db.sql("select code_base from urgent_action where id = ?").param(applied.actionId()).query(String.class).single())
                .isEqualTo("UA 904/16");

        long second = imports.upload("apply-2.txt", ReviewDocuments.urgentAction("UA 905/16", person, unique())
                .getBytes(StandardCharsets.UTF_8), "test").documentImport().id();
        ReviewForm proposed = reviews.of(second, null).form();
        assertThat(proposed.persons().getFirst().match()).isEqualTo(String.valueOf(applied.personIds().getFirst()));
        assertThat(proposed.caseChoice()).isEqualTo(String.valueOf(applied.caseId()));
        assertThat(proposed.targets().getFirst().match()).isEqualTo(String.valueOf(applied.targetIds().getFirst()));
        DocumentImport again = applier.apply(second, proposed);
        assertThat(again.personIds()).isEqualTo(applied.personIds());
        assertThat(again.caseId()).isEqualTo(applied.caseId());
        assertThat(db.sql("select count(distinct person_id) from person_name where name = ?").param(person)
                .query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> applier.apply(second, proposed)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aFailingStepLeavesNothingAndNamesTheField() throws Exception {
        String person = "Ulyana Failstep" + unique().replaceAll("\\d", "").toLowerCase();
        long id = imports.upload("fail.txt", ReviewDocuments.urgentAction("UA 906/16", person, unique())
                .getBytes(StandardCharsets.UTF_8), "test").documentImport().id();
        ReviewForm form = reviews.of(id, null).form();
        TargetRow bad = new TargetRow("Ivan Brokenmail", "Minister", "Ministry", "", "", "not an address", "", "new", true);
        ReviewForm broken = form.withTargets(List.of(bad));
        assertThatThrownBy(() -> applier.apply(id, broken))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).contains("targets[0].email"));
        assertThat(db.sql("select count(*) from person_name where name = ?").param(person).query(Long.class).single()).isZero();
        assertThat(db.sql("select count(*) from source where reference = 'UA 906/16'").query(Long.class).single()).isZero();
        assertThat(db.sql("select count(*) from urgent_action where code_base = 'UA 906/16'").query(Long.class).single()).isZero();
        assertThat(imports.get(id).status()).isEqualTo("new");

        String page = mockMvc.perform(post("/imports/" + id).param("step", "apply").param("version", "0")
                        .param("kind", "urgent_action").param("organisation", "Amnesty International").param("title", "")
                        .param("caseChoice", "new").param("newCaseTitle", "x")
                        .with(user(ADMIN).roles("ADMINISTRATOR")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Nothing was written").contains("<strong>title</strong>");
        assertThat(imports.get(id).status()).isEqualTo("new");
    }

    @Test
    void badFilesGetAClearMessageAndNoImport() throws Exception {
        long before = db.sql("select count(*) from document_import").query(Long.class).single();
        String corrupt = uploadPage("broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.US_ASCII));
        assertThat(corrupt).contains("broken.pdf cannot be read");
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        assertThat(uploadPage("junk.bin", junk)).contains("junk.bin is not a supported document");
        byte[] huge = new byte[(int) imports.maxBytes() + 1];
        assertThat(uploadPage("huge.txt", huge)).contains("huge.txt is larger than the limit of 25 MB");
        assertThat(uploadPage("empty.txt", new byte[0])).contains("empty.txt is empty");
        assertThat(db.sql("select count(*) from document_import").query(Long.class).single()).isEqualTo(before);
        assertThatThrownBy(() -> imports.upload("again.pdf", "%PDF-1.4 nothing".getBytes(StandardCharsets.US_ASCII), "t"))
                .isInstanceOf(UnreadableDocumentException.class);
    }

    @Test
    void encryptedPdfsAndZipBombsAreRefusedWithAMessage() throws Exception {
        long before = db.sql("select count(*) from document_import").query(Long.class).single();
        byte[] encrypted;
        try (var document = org.apache.pdfbox.Loader.loadPDF(ReviewDocuments.pdf("URGENT ACTION\nSecret " + unique()));
             var out = new java.io.ByteArrayOutputStream()) {
            var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "user",
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            encrypted = out.toByteArray();
        }
        assertThat(uploadPage("locked.pdf", encrypted)).contains("locked.pdf is encrypted");
        // a DOCX whose document part inflates from a few kilobytes to 200 MB
        var zip = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            out.write("""
                    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""
                    .getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                out.write(spaces);
            }
            out.closeEntry();
        }
        assertThat(zip.size()).isLessThan(1_000_000);
        assertThat(uploadPage("bomb.docx", zip.toByteArray()))
                .containsPattern("<div class=\"alert error\">bomb.docx (cannot be read|contains no text)");
        assertThat(db.sql("select count(*) from document_import").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theImportPageListsImportsInBothLanguages() throws Exception {
        imports.upload("listed.txt", ReviewDocuments.urgentAction("UA 907/16", "Zinaida Listova", unique())
                .getBytes(StandardCharsets.UTF_8), "test");
        String english = mockMvc.perform(get("/imports").with(user(ADMIN).roles("ADMINISTRATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("listed.txt").contains("<label for=\"files\">Documents</label>");
        String russian = mockMvc.perform(get("/imports").param("lang", "ru").with(user(ADMIN).roles("ADMINISTRATOR")))
                .andReturn().getResponse().getContentAsString();
        assertThat(russian).contains("Импорты").contains("Загрузить").contains("новый");
    }
}
