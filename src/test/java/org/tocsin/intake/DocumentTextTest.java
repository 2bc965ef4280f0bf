package org.tocsin.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocsin.intake.ExtractedUrgentAction.Target;

/** The Tika path for PDF, DOCX and HTML, the direct path for text, and clear refusals for everything else. */
class DocumentTextTest {

    @TempDir
    Path dir;

    private final UrgentActionExtractor extractor = new UrgentActionExtractor();

    @Test
    void extractsFromAPdf() throws Exception {
        Path pdf = Files.write(dir.resolve("action.pdf"), TestDocuments.pdf(Documents.text("pdf-mess.txt").lines().toList()));
        ExtractedUrgentAction action = extractor.extract(pdf);
        assertThat(action.deadline()).isEqualTo("2016-06-15");
        assertThat(action.code()).isEqualTo("UA 60/16");
        assertThat(action.targets()).extracting(Target::name).containsExactly("ZHANG Wei");
        assertThat(action.personsAtRisk()).hasSize(3);
    }

    @Test
    void extractsFromADocx() throws Exception {
        Path docx = Files.write(dir.resolve("action.docx"), TestDocuments.docx(Documents.text("appello-it.txt").lines().toList()));
        ExtractedUrgentAction action = extractor.extract(docx);
        assertThat(action.code()).isEqualTo("UA-257-1/2014");
        assertThat(action.deadline()).isEqualTo("2016-05-12");
        assertThat(action.targets()).extracting(Target::salutation).containsExactly("Egregio Ministro");
    }

    @Test
    void extractsFromAWebPage() throws Exception {
        Path html = Files.writeString(dir.resolve("action.html"), """
                <!DOCTYPE html><html><head><title>UA</title><script>var x = 1;</script></head><body>
                <h1>URGENT ACTION</h1><h2>ACTIVIST DETAINED</h2>
                <p>PLEASE SEND APPEALS BEFORE 5 JUNE 2020 TO:</p>
                <p>Minister of Justice<br>Jane Example<br>Fax: +44 20 7946 0000<br>Email: <a href="/cdn-cgi/l/email-protection">[email&#160;protected]</a><br>Salutation: Dear Minister</p>
                </body></html>""");
        ExtractedUrgentAction action = extractor.extract(html);
        assertThat(action.deadline()).isEqualTo("2020-06-05");
        assertThat(action.targets()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Jane Example");
            assertThat(t.email()).isEmpty();
            assertThat(t.salutation()).isEqualTo("Dear Minister");
        });
    }

    @Test
    void plainTextInALegacyCharset() throws Exception {
        Path text = Files.write(dir.resolve("alt.txt"), "Appelle bis 27. Januar 2015. Gr\u00FC\u00DFe aus K\u00F6ln.".getBytes(Charset.forName("windows-1252")));
        assertThat(DocumentText.read(text)).contains("Grüße aus Köln");
        Path utf8 = Files.write(dir.resolve("utf8.txt"), "Каляпин".getBytes(StandardCharsets.UTF_8));
        assertThat(DocumentText.read(utf8)).isEqualTo("Каляпин");
    }

    @Test
    void refusesEncryptedPdfs() throws Exception {
        Path pdf = Files.write(dir.resolve("locked.pdf"), TestDocuments.pdf(List.of("URGENT ACTION"), "secret"));
        assertThatThrownBy(() -> extractor.extract(pdf)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("encrypted").hasMessageNotContaining("\n");
    }

    @Test
    void refusesAnArchiveThatIsNotAnOfficeDocument() throws Exception {
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("notes.txt"));
            out.write("URGENT ACTION".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Path archive = Files.write(dir.resolve("bundle.zip"), zip.toByteArray());
        assertThatThrownBy(() -> extractor.extract(archive)).isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("not a supported");
    }

    @Test
    void refusesCorruptEmptyBinaryAndMissingFiles() throws Exception {
        Path corrupt = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7\nthis is not really a PDF\n");
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        noise[10] = 0;
        Path binary = Files.write(dir.resolve("noise.bin"), noise);
        assertThatThrownBy(() -> extractor.extract(corrupt)).isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("damaged");
        assertThatThrownBy(() -> extractor.extract(empty)).isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> extractor.extract(binary)).isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("not a supported");
        assertThatThrownBy(() -> extractor.extract(dir.resolve("missing.txt"))).isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("no such file");
    }
}
