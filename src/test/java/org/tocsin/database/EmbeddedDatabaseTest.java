package org.tocsin.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded database keeps its data in the data directory, durably, across restarts. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    private final DatabaseConfiguration.Embedded embedded = new DatabaseConfiguration.Embedded();

    @Test
    void dataSurvivesARestartAndWritesAreDurable() throws Exception {
        try (EmbeddedPostgres postgres = embedded.embeddedPostgres(dataDir);
             HikariDataSource pool = embedded.dataSource(postgres)) {
            JdbcClient db = JdbcClient.create(pool);
            assertThat(db.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(db.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
            db.sql("create table kept (note text)").update();
            db.sql("insert into kept values ('still here')").update();
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();

        try (EmbeddedPostgres postgres = embedded.embeddedPostgres(dataDir);
             HikariDataSource pool = embedded.dataSource(postgres)) {
            assertThat(JdbcClient.create(pool).sql("select note from kept").query(String.class).single())
                    .isEqualTo("still here");
        }
    }
}
