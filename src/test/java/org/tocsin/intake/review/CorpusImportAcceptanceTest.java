package org.tocsin.intake.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.tocsin.IntegrationTest;

/**
 * THE acceptance test of intake: the five corpus documents imported into a database without the
 * demo data, the proposals accepted, give the demo case file's persons (one person per person,
 * whatever the spelling), urgent actions, targets and code links. Its own context (and
 * embedded database) because the shared one holds the demo data.
 */
@TestPropertySource(properties = "tocsin.demo=false")
class CorpusImportAcceptanceTest extends IntegrationTest {

    @Autowired
    Imports imports;
    @Autowired
    ImportReviews reviews;
    @Autowired
    ImportApplier applier;
    @Autowired
    JdbcClient db;

    private DocumentImport importAndAccept(String prefix, String codeTheDocumentDoesNotPrint) throws Exception {
        Path document = ReviewDocuments.corpusDocuments().stream()
                .filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        long id = imports.upload(document.getFileName().toString(), Files.readAllBytes(document), "test").documentImport().id();
        ReviewForm proposed = reviews.of(id, null).form();
        if (codeTheDocumentDoesNotPrint != null) {
            proposed = proposed.withCode(codeTheDocumentDoesNotPrint);
        }
        if (proposed.organisation() == null) {
            // statements name their publisher in prose or not at all: the researcher enters it
            proposed = proposed.withOrganisation(prefix.equals("003") ? "Amnesty International and Human Rights Watch" : "Voice of America");
        }
        if (proposed.title() == null) {
            proposed = proposed.withTitle(document.getFileName().toString());
        }
        return applier.apply(id, proposed);
    }

    @Test
    void theFiveCorpusDocumentsGiveTheDemoCaseFile() throws Exception {
        assertThat(db.sql("select count(*) from case_file").query(Long.class).single()).as("no demo data").isZero();
        // December 2014: the document prints no code; Amnesty's index of it is UA 315/14 (the researcher enters it).
        importAndAccept("002", "UA 315/14");
        importAndAccept("001", null);
        importAndAccept("000", null);
        importAndAccept("003", null);
        importAndAccept("004", null);

        assertThat(db.sql("select count(*) from case_file").query(Long.class).single()).as("one case").isEqualTo(1);
        assertThat(db.sql("select status from document_import").query(String.class).list()).containsOnly("applied");

        // persons: the ten of the demo case, each once, with every spelling the sources used
        List<String> persons = db.sql("""
                        select string_agg(name, ' | ' order by position, id) from person_name group by person_id order by 1""")
                .query(String.class).list();
        assertThat(persons).as("persons: %s", persons).hasSize(10);
        assertThat(persons).anySatisfy(p -> assertThat(p).contains("Oistan Vindstad").contains("Oeystein Windstad"));
        assertThat(persons).anySatisfy(p -> assertThat(p).contains("Lena Maria Persson Löfgren").contains("Lena Maria Persson Loefgren"));
        assertThat(persons).anySatisfy(p -> assertThat(p).contains("Yegor Skovoroda").contains("Egor Skovoroda"));
        assertThat(persons).anySatisfy(p -> assertThat(p).contains("Aleksandrina Elagina").contains("Aleksandra Elagina"));
        assertThat(persons).anySatisfy(p -> assertThat(p).startsWith("Igor Kalyapin"));
        assertThat(persons).anySatisfy(p -> assertThat(p).startsWith("Bashir Pliev"));
        assertThat(db.sql("select count(*) from case_person where at_risk").query(Long.class).single()).isEqualTo(10);

        // urgent actions and their codes
        record Action(long id, String code, Long parent, int sequence, String title) {
        }
        List<Action> actions = db.sql("select id, code_base as code, parent_id as parent, sequence, title from urgent_action order by id")
                .query(Action.class).list();
        assertThat(actions).as("actions: %s", actions).hasSize(5);
        Map<String, Long> byCode = new java.util.HashMap<>();
        actions.stream().filter(a -> a.sequence() == 0 && a.code() != null).forEach(a -> byCode.put(a.code(), a.id()));
        assertThat(byCode).containsOnlyKeys("UA 315/14", "UA 125/15", "RUS 004 / 1214 / OBS 093");
        Action update = actions.stream().filter(a -> a.sequence() == 1).findFirst().orElseThrow();
        assertThat(update.parent()).as("OBS 093.1 follows OBS 093").isEqualTo(byCode.get("RUS 004 / 1214 / OBS 093"));
        Action march2016 = actions.stream().filter(a -> a.sequence() == 0 && a.code() == null).findFirst().orElseThrow();
        assertThat(db.sql("select refers_to_id from urgent_action_reference where action_id = ?").param(march2016.id())
                .query(Long.class).list()).containsExactlyInAnyOrder(byCode.get("UA 315/14"), byCode.get("UA 125/15"));
        assertThat(db.sql("select count(*) from urgent_action_person where action_id = ?").param(march2016.id())
                .query(Long.class).single()).isEqualTo(10);
        assertThat(db.sql("select count(*) from urgent_action_person where action_id = ?").param(update.id())
                .query(Long.class).single()).isEqualTo(9);

        // targets: the directory holds each authority once (Chaika under three spellings)
        List<String> targets = db.sql("select name from target order by name").query(String.class).list();
        assertThat(targets).as("targets: %s", targets).hasSize(11);
        List<String> surnames = new ArrayList<>();
        for (String surname : List.of("Bastrykin", "Chaika", "Putin", "Kolokoltsev", "Konovalov", "Lavrov", "Pamfilova",
                "Fedotov", "Borodavkin", "Romanov", "Alekseev")) {
            assertThat(targets).as(surname).filteredOn(t -> t.contains(surname)).hasSize(1);
            surnames.add(surname);
        }
        assertThat(db.sql("select count(*) from urgent_action_target where action_id = ?").param(update.id())
                .query(Long.class).single()).isEqualTo(10);
        assertThat(db.sql("""
                        select count(*) from urgent_action_target ut join target t on t.id = ut.target_id
                        where ut.action_id = ? and (t.name like '%Chaika%' or t.name like '%Bastrykin%')""")
                .param(march2016.id()).query(Long.class).single()).isEqualTo(2);
        assertThat(db.sql("select count(*) from source").query(Long.class).single()).isEqualTo(5);
    }
}
