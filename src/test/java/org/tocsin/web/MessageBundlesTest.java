package org.tocsin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundle exists in English and Russian with the same keys, and no Russian text is left empty. */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");

    static Stream<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.contains("_"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void russianHasEveryEnglishKey(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties russian = load(bundle + "_ru.properties");
        assertThat(russian.stringPropertyNames()).as("keys of %s_ru", bundle)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(russian.entrySet()).as("empty texts in %s_ru", bundle)
                .noneMatch(entry -> entry.getValue().toString().isBlank());
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void bundleIsRegistered(String bundle) throws IOException {
        Properties application = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            application.load(in);
        }
        assertThat(application.getProperty("spring.messages.basename").split(",")).contains("i18n/" + bundle);
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(BUNDLES.resolve(file)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
