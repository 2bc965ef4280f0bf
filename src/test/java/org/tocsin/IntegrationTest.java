package org.tocsin;

import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the whole service on a real (embedded) PostgreSQL. Tests that
 * extend it share one application context, so the database starts once per run. MockMvc is
 * there for tests that do not need a browser; use it with {@code httpBasic(ADMIN, ADMIN_PASSWORD)}
 * for the API and {@code user(ADMIN)} plus {@code csrf()} for pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class IntegrationTest {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-test-password";

    /**
     * Each application context (most tests share one) gets its own data directory under target/,
     * fixed for the context's life: the embedded database, the generated master key and any files
     * must all find the same one.
     */
    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String directory = "target/test-data/" + UUID.randomUUID();
        registry.add("tocsin.data-dir", () -> directory);
    }
}
