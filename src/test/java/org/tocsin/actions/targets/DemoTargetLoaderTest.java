package org.tocsin.actions.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.tocsin.IntegrationTest;
import org.tocsin.database.DemoScripts;

/** The demo directory as loaded on start (the test profile has tocsin.demo on). */
class DemoTargetLoaderTest extends IntegrationTest {

    private static final String BASTRYKIN = "Aleksandr Ivanovich Bastrykin";
    private static final String CHAIKA = "Yuriy Yakovlevich Chaika";
    private static final List<String> OBSERVATORY_ADDRESSEES = List.of("Vladimir Putin", CHAIKA, "Vladimir Kolokoltsev",
            "Alexander Konovalov", "Sergey Lavrov", "Ella Pamfilova", "Mikhail Fedotov", "Alexey Borodavkin",
            "Alexander Romanov", "Alexander Alekseev");

    @Autowired JdbcClient db;
    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactions;
    @Autowired DemoTargetLoader loader;
    @Autowired Targets targets;
    @Autowired MockMvc mvc;

    @BeforeEach
    void demoDirectoryPresent() {
        if (idsOf(BASTRYKIN).isEmpty() && !new DemoTargetLoader(new DemoScripts(db, dataSource, transactions, true)).loadIfEmpty()) {
            // Started with TOCSIN_DEMO=false and other tests already added targets: load the script as it is.
            ResourceDatabasePopulator script = new ResourceDatabasePopulator(new ClassPathResource(DemoTargetLoader.SCRIPT));
            script.setSqlScriptEncoding("UTF-8");
            DatabasePopulatorUtils.execute(script, dataSource);
        }
    }

    private List<Long> idsOf(String name) {
        return db.sql("select id from target where name = ? order by id").param(name).query(Long.class).list();
    }

    private Target only(String name) {
        List<Long> ids = idsOf(name);
        assertThat(ids).as(name).hasSize(1);
        return targets.get(ids.getFirst());
    }

    @Test
    void theTwoAmnestyTargetsHaveTheirAddressesFaxesAndSalutations() {
        Target bastrykin = only(BASTRYKIN);
        assertThat(bastrykin.title()).isEqualTo("Chairman of the Investigative Committee");
        assertThat(bastrykin.addressLines()).containsExactly("Tekhnicheskii pereulok, dom 2", "105005 Moscow", "Russian Federation");
        assertThat(bastrykin.fax()).containsExactly("+7 499 265 90 77", "+7 499 265 97 75");
        assertThat(bastrykin.salutationFor("en")).contains("Dear Chairman of the Investigation Committee");
        assertThat(bastrykin.salutationFor("ru")).contains("Уважаемый Председатель Следственного комитета");
        assertThat(bastrykin.termEnd()).isNull();

        Target chaika = only(CHAIKA);
        assertThat(chaika.fax()).containsExactly("+7 495 987 58 41", "+7 495 692 17 25");
        assertThat(chaika.email()).containsExactly("prgenproc@gov.ru");
        assertThat(chaika.salutationFor("en")).contains("Dear Prosecutor General");
        assertThat(chaika.salutationFor("ru")).contains("Уважаемый Генеральный прокурор");
        assertThat(targets.termEnded(chaika.id(), LocalDate.of(2016, 3, 23))).isFalse();
        assertThat(targets.termEnded(chaika.id(), LocalDate.now())).isTrue();
        assertThat(targets.termEnded(bastrykin.id(), LocalDate.now())).isFalse();
    }

    @Test
    void theTenObservatoryAddresseesAreThereWithTheirFaxNumbers() {
        OBSERVATORY_ADDRESSEES.forEach(this::only);
        assertThat(only("Vladimir Putin").fax()).containsExactly("+7 495 606 5173", "+7 495 630 2408");
        assertThat(only("Alexander Alekseev").fax()).containsExactly("+33 3 88 24 19 74");
        assertThat(only("Alexander Alekseev").country()).isEqualTo("France");
        assertThat(only("Alexey Borodavkin").country()).isEqualTo("Switzerland");
        assertThat(only("Ella Pamfilova").fax()).isEmpty();
    }

    @Test
    void theEndedTermOfTheProsecutorGeneralIsShownAsAWarning() throws Exception {
        long id = only(CHAIKA).id();
        String html = mvc.perform(get("/targets/{id}", id).with(user(ADMIN).roles("ADMINISTRATOR")).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("This term ended on 22 January 2020", "ul. B. Dmitrovka, d.15a", "prgenproc@gov.ru");
        String russian = mvc.perform(get("/targets/{id}", id).with(user(ADMIN).roles("ADMINISTRATOR"))
                        .locale(Locale.forLanguageTag("ru")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(russian).contains("Срок полномочий истёк 22 января 2020", "Уважаемый Генеральный прокурор");
    }

    @Test
    void doesNothingWhenTheDirectoryHoldsTargets() {
        assertThat(loader.loadIfEmpty()).isFalse();
        assertThat(idsOf(BASTRYKIN)).hasSize(1);
    }

    @Test
    void doesNothingWhenTurnedOff() {
        long before = db.sql("select count(*) from target").query(Long.class).single();
        assertThat(new DemoTargetLoader(new DemoScripts(db, dataSource, transactions, false)).loadIfEmpty()).isFalse();
        assertThat(db.sql("select count(*) from target").query(Long.class).single()).isEqualTo(before);
    }
}
