package org.tocsin.actions.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many filled letter PDFs (one A4 letter each, fill plus render) the service renders per
 * second, with one thread per core. A plain main method, not a test: run it as written in
 * docs/benchmarks.md. Arguments: seconds to measure (default 20), threads (default: cores).
 */
public final class LetterPdfBenchmark {

    private LetterPdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        // As in application.properties: PDFBox warns on every document that no Symbol font is installed.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font"))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        Letters letters = new Letters(LettersTest.messages());
        LetterTemplate[] templates = {LettersTest.ENGLISH, LettersTest.RUSSIAN};
        Writer writer = new Writer("Anna Member", "Kazan");

        // Warm-up: let the JIT compile the layout and font code before measuring.
        long warmUpEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(5, seconds / 2));
        int warmed = 0;
        while (System.nanoTime() < warmUpEnd) {
            render(letters, templates[warmed++ % 2], writer);
        }

        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        LongAdder cpuNanos = new LongAdder();
        LongAdder rendered = new LongAdder();
        LongAdder bytes = new LongAdder();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> workers = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            workers.add(pool.submit(() -> {
                int i = offset;
                long cpuStart = cpu.getCurrentThreadCpuTime();
                while (running.get()) {
                    bytes.add(render(letters, templates[i++ % 2], writer));
                    rendered.increment();
                }
                cpuNanos.add(cpu.getCurrentThreadCpuTime() - cpuStart);
            }));
        }
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
        running.set(false);
        for (Future<?> worker : workers) {
            worker.get();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        double cpuSeconds = cpuNanos.sum() / 1e9;
        System.out.printf("letter PDFs: %d in %.1f s with %d threads = %.1f per second (%.1f KB each, %d warm-up)%n",
                rendered.sum(), elapsed, threads, rendered.sum() / elapsed, bytes.sum() / 1024.0 / rendered.sum(), warmed);
        // The machine is shared: CPU time the rendering threads got says what the cores can do undisturbed.
        System.out.printf("CPU time of the rendering threads: %.1f s = %.1f ms per PDF = %.1f per CPU-second (%d cores: %.0f per second)%n",
                cpuSeconds, cpuSeconds * 1000 / rendered.sum(), rendered.sum() / cpuSeconds,
                Runtime.getRuntime().availableProcessors(), rendered.sum() / cpuSeconds * Runtime.getRuntime().availableProcessors());
    }

    private static int render(Letters letters, LetterTemplate template, Writer writer) {
        FilledLetter letter = letters.fill(template, LettersTest.FACTS, LettersTest.CHAIKA, writer, LocalDate.now());
        return letters.pdf(letter).length;
    }
}
