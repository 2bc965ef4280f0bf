package org.tocsin.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Throughput of the extractor, single-threaded: plain-text documents (the corpus repeated to
 * 10,000) and small PDFs made from the corpus text through Tika. Not a unit test (it takes
 * a while and times things); run it with
 * {@code taskset -c 0 ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.tocsin.intake.ExtractionBenchmark}.
 * Results go in docs/benchmarks.md.
 */
public final class ExtractionBenchmark {

    private static final int TEXT_DOCUMENTS = 10_000;
    private static final int PDF_DOCUMENTS = 500;

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = CorpusExtractionTest.corpus();
        List<byte[]> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readAllBytes(file));
            }
        }
        List<byte[]> pdfs = new ArrayList<>();
        for (byte[] text : texts) {
            pdfs.add(TestDocuments.pdf(DocumentText.decode(text).lines().toList()));
        }
        UrgentActionExtractor extractor = new UrgentActionExtractor();
        long checksum = 0;

        checksum += run(extractor, texts, 2_000);
        long start = System.nanoTime();
        checksum += run(extractor, texts, TEXT_DOCUMENTS);
        double textSeconds = (System.nanoTime() - start) / 1e9;

        checksum += run(extractor, pdfs, 50);
        start = System.nanoTime();
        checksum += run(extractor, pdfs, PDF_DOCUMENTS);
        double pdfSeconds = (System.nanoTime() - start) / 1e9;

        long pdfBytes = pdfs.stream().mapToLong(p -> p.length).sum() / pdfs.size();
        System.out.printf("text: %,d documents in %.2f s = %,.0f documents/s%n", TEXT_DOCUMENTS, textSeconds, TEXT_DOCUMENTS / textSeconds);
        System.out.printf("pdf (Tika, average %,d bytes, 1-3 pages): %,d documents in %.2f s = %,.0f documents/s%n",
                pdfBytes, PDF_DOCUMENTS, pdfSeconds, PDF_DOCUMENTS / pdfSeconds);
        System.out.println("(checksum " + checksum + ")");
    }

    /** Reads and extracts {@code count} documents cycling through the given files; returns a value so the work is not optimised away. */
    private static long run(UrgentActionExtractor extractor, List<byte[]> documents, int count) throws UnreadableDocumentException {
        long sum = 0;
        for (int i = 0; i < count; i++) {
            byte[] document = documents.get(i % documents.size());
            ExtractedUrgentAction action = extractor.extract(DocumentText.fromBytes(document, "document-" + i));
            sum += action.targets().size() + action.actionsRequested().size();
        }
        return sum;
    }
}
