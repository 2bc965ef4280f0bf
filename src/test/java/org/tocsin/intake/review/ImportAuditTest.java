package org.tocsin.intake.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tocsin.IntegrationTest;

/** Uploading, reviewing and applying an import are audit entries naming fields, never the document's words. */
class ImportAuditTest extends IntegrationTest {

    @Autowired
    Imports imports;
    @Autowired
    ImportReviews reviews;
    @Autowired
    ImportApplier applier;
    @Autowired
    JdbcClient db;

    @Test
    void uploadReviewAndApplyAreAudited() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String person = "Audita Kvorblova" + marker.replaceAll("\\d", "");
        String code = "UA " + ThreadLocalRandom.current().nextInt(100, 900) + "/19";
        long id = imports.upload("audit-" + marker + ".txt", ReviewDocuments.urgentAction(code, person, marker)
                .getBytes(StandardCharsets.UTF_8), "test").documentImport().id();
        ReviewForm form = reviews.of(id, null).form();
        imports.saveReview(id, form);
        applier.apply(id, form);

        List<String> entries = db.sql("select action || ' ' || array_to_string(fields, ',') from audit_entry "
                        + "where record_kind = 'document_import' and record_id = ? order by id")
                .param(String.valueOf(id)).query(String.class).list();
        assertThat(entries).hasSize(3);
        assertThat(entries.get(0)).isEqualTo("upload file,text,extraction");
        assertThat(entries.get(1)).isEqualTo("review review,status");
        assertThat(entries.get(2)).startsWith("apply status,review");
        assertThat(String.join(" ", entries)).doesNotContain(marker).doesNotContain("Kvorblova");
    }

    @Test
    void openingTheReviewPageIsAuditedAsAViewOfConfidentialText(@Autowired org.springframework.test.web.servlet.MockMvc mvc)
            throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String code = "UA " + ThreadLocalRandom.current().nextInt(100, 900) + "/18";
        long id = imports.upload("view-" + marker + ".txt", ReviewDocuments.urgentAction(code, "Vida Kvorblova", marker)
                .getBytes(StandardCharsets.UTF_8), "test").documentImport().id();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/imports/" + id)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("researcher-" + marker).roles("RESEARCHER")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        assertThat(db.sql("select actor || ' ' || action || ' ' || array_to_string(fields, ',') from audit_entry "
                        + "where record_kind = 'document_import' and record_id = ? and action = 'view'")
                .param(String.valueOf(id)).query(String.class).list())
                .containsExactly("researcher-" + marker + " view text,extraction");
    }
}
