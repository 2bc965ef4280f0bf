package org.tocsin.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test documents under src/test/resources/intake, written for these tests. */
final class Documents {

    private Documents() {
    }

    static String text(String name) {
        try (InputStream in = Documents.class.getResourceAsStream("/intake/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test document " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExtractedUrgentAction extract(String name) {
        return new UrgentActionExtractor().extract(text(name));
    }
}
