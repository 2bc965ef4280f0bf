package org.tocsin.intake;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
        Timing text = timed(() -> run(extractor, texts, TEXT_DOCUMENTS));
        checksum += run(extractor, pdfs, 50);
        Timing pdf = timed(() -> run(extractor, pdfs, PDF_DOCUMENTS));

        long pdfBytes = pdfs.stream().mapToLong(p -> p.length).sum() / pdfs.size();
        report("text (corpus .txt, decode + extract)", TEXT_DOCUMENTS, text);
        report("pdf (Tika PDFParser + extract, average " + pdfBytes + " bytes, 1-3 pages)", PDF_DOCUMENTS, pdf);
        System.out.println("(checksum " + (checksum + text.checksum() + pdf.checksum()) + ")");
    }

    /** Wall-clock and this thread's CPU time: on a shared machine the CPU time is the single-core figure. */
    private record Timing(double wallSeconds, double cpuSeconds, long checksum) {
    }

    private interface Work {
        long run() throws Exception;
    }

    private static Timing timed(Work work) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        long checksum = work.run();
        return new Timing((System.nanoTime() - wall) / 1e9, (threads.getCurrentThreadCpuTime() - cpu) / 1e9, checksum);
    }

    private static void report(String what, int documents, Timing timing) {
        System.out.printf("%s: %,d documents, %.2f s CPU = %,.0f documents/s per core (wall %.2f s = %,.0f documents/s)%n",
                what, documents, timing.cpuSeconds(), documents / timing.cpuSeconds(), timing.wallSeconds(), documents / timing.wallSeconds());
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
