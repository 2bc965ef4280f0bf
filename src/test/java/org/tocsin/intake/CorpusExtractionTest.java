package org.tocsin.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the extractor over every document of shared/corpus/urgent-actions (beside the
 * repository, as in CI) and scores it as shared/tools/score-extraction.py does: at least 0.95.
 */
class CorpusExtractionTest {

    static final Path CORPUS = Path.of("..", "shared", "corpus", "urgent-actions");

    private final UrgentActionExtractor extractor = new UrgentActionExtractor();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void scoresAtLeastNinetyFivePercentOnTheCorpus() throws Exception {
        Path corpus = corpus();
        List<Path> expectations = expectations(corpus);
        assertThat(expectations).isNotEmpty();
        double total = 0;
        StringBuilder report = new StringBuilder();
        for (Path expectation : expectations) {
            Path document = corpus.resolve(expectation.getFileName().toString().replace(".expected.json", ".txt"));
            JsonNode got = json.readTree(ExtractionJson.write(extractor.extract(document)));
            ExtractionScore.Result result = new ExtractionScore().score(json.readTree(expectation.toFile()), got);
            total += result.score();
            report.append(document.getFileName()).append(": ").append(String.format("%.3f", result.score()))
                    .append(result.shortFields().isEmpty() ? "" : "  (short: " + result.shortFields() + ")").append('\n');
        }
        double score = total / expectations.size();
        assertThat(score).as("extraction score over the corpus:%n%s", report).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theCorpusLaidOutAsPdfsScoresAlmostAsWell() throws Exception {
        Path corpus = corpus();
        double total = 0;
        StringBuilder report = new StringBuilder();
        List<Path> expectations = expectations(corpus);
        for (Path expectation : expectations) {
            Path document = corpus.resolve(expectation.getFileName().toString().replace(".expected.json", ".txt"));
            byte[] pdf = TestDocuments.pdf(Files.readAllLines(document));
            String text = DocumentText.fromBytes(pdf, document.getFileName() + ".pdf");
            JsonNode got = json.readTree(ExtractionJson.write(extractor.extract(text)));
            ExtractionScore.Result result = new ExtractionScore().score(json.readTree(expectation.toFile()), got);
            total += result.score();
            report.append(document.getFileName()).append(".pdf: ").append(String.format("%.3f", result.score()))
                    .append(result.shortFields().isEmpty() ? "" : "  (short: " + result.shortFields() + ")").append('\n');
        }
        assertThat(total / expectations.size()).as("extraction score over the corpus as PDFs:%n%s", report).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void everyFieldOfTheSchemaIsAlwaysPresent() throws Exception {
        JsonNode empty = json.readTree(ExtractionJson.write(extractor.extract("Nothing to see here.")));
        assertThat(empty.propertyNames()).containsExactly("kind", "organisation", "code", "follow_up_of", "issue_date",
                "deadline", "country", "title", "persons_at_risk", "gender_summary", "targets", "copies_to_diplomats",
                "languages", "actions_requested");
        assertThat(empty.get("targets").isArray()).isTrue();
        assertThat(empty.get("code").isNull()).isTrue();
    }

    /** ../shared beside the clone (CI, /work/main); from a worktree one level deeper, the nearest such folder above. */
    static Path corpus() {
        Path project = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = project; dir != null; dir = dir.getParent()) {
            Path corpus = dir.resolve(CORPUS).normalize();
            if (Files.isDirectory(corpus)) {
                return corpus;
            }
        }
        assumeTrue(false, "the shared corpus is not beside the repository: " + project.resolve(CORPUS).normalize());
        return null;
    }

    private static List<Path> expectations(Path corpus) throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
    }
}
