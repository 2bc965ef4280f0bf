package org.tocsin.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the data lives: an external PostgreSQL when {@code TOCSIN_DATABASE_URL} is set,
 * otherwise a PostgreSQL 17 started from the embedded binaries, keeping its files in the
 * data directory so that they survive a restart.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${tocsin.database.url:}'.isBlank()")
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedPostgres embeddedPostgres(@Value("${tocsin.data-dir}") Path dataDir) throws IOException {
            Path pgData = dataDir.toAbsolutePath().normalize().resolve("postgres");
            Files.createDirectories(pgData);
            log.info("Starting the embedded PostgreSQL with its data in {}", pgData);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    // The embedded defaults trade durability for speed; a case file must survive a power cut.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
        }

        // Depending on the server makes Spring close the pool before it stops the server.
        @Bean(destroyMethod = "close")
        HikariDataSource dataSource(EmbeddedPostgres postgres) {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            pool.setUsername("postgres");
            pool.setPoolName("tocsin-embedded");
            pool.setMaximumPoolSize(10);
            return pool;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("!'${tocsin.database.url:}'.isBlank()")
    static class External {

        @Bean(destroyMethod = "close")
        DataSource dataSource(@Value("${tocsin.database.url}") String url,
                              @Value("${tocsin.database.user:}") String user,
                              @Value("${tocsin.database.password:}") String password) {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(url);
            if (!user.isBlank()) {
                pool.setUsername(user);
            }
            if (!password.isBlank()) {
                pool.setPassword(password);
            }
            pool.setPoolName("tocsin");
            return pool;
        }
    }
}
