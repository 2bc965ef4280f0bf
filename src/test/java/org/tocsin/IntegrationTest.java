package org.tocsin;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

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
}
