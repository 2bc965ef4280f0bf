package org.tocsin.cases.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.tocsin.IntegrationTest;
import org.tocsin.database.DemoScripts;

/** The JMG demo case as loaded on start (the test profile has tocsin.demo on). */
class DemoCaseLoaderTest extends IntegrationTest {

    private static final String TITLE = "Joint Mobile Group and Igor Kalyapin";

    @Autowired
    JdbcClient db;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DemoCaseLoader loader;
    @Autowired
    MockMvc mockMvc;

    private static final Locale RU = Locale.forLanguageTag("ru");

    long caseId;

    @BeforeEach
    void findTheDemoCase() {
        if (demoCaseId().isEmpty()) {
            // Started with TOCSIN_DEMO=false: load it now, as a first start would.
            new DemoCaseLoader(new DemoScripts(db, dataSource, transactions, true)).loadIfEmpty();
        }
        caseId = demoCaseId().getFirst();
    }

    private List<Long> demoCaseId() {
        return db.sql("select id from case_file where title = ? order by id").param(TITLE).query(Long.class).list();
    }

    @Test
    void theCaseIsLoadedOnceWithItsSummaryAndCountry() {
        assertThat(demoCaseId()).hasSize(1);
        assertThat(db.sql("select country from case_file where id = ?").param(caseId).query(String.class).single())
                .isEqualTo("Russian Federation");
        assertThat(db.sql("select count(*) from case_person where case_id = ? and at_risk").param(caseId)
                .query(Long.class).single()).isEqualTo(10);
    }

    @Test
    void eachSpellingASourceUsedBelongsToOnePerson() {
        assertOnePerson("Oistan Vindstad", "Oeystein Windstad");
        assertOnePerson("Lena Maria Persson Löfgren", "Lena Maria Persson Loefgren");
        assertOnePerson("Aleksandrina Elagina", "Aleksandra Elagina");
        assertOnePerson("Yegor Skovoroda", "Egor Skovoroda");
        assertOnePerson("Igor Kalyapin", "Игорь Каляпин");
        assertThat(sourceOfName("Oistan Vindstad")).isEqualTo("Amnesty International");
        assertThat(sourceOfName("Oeystein Windstad")).startsWith("Observatory");
    }

    private void assertOnePerson(String name, String otherName) {
        List<Long> persons = db.sql("""
                        select distinct n.person_id from person_name n
                        join case_person cp on cp.person_id = n.person_id and cp.case_id = ?
                        where n.name in (?, ?)""")
                .params(caseId, name, otherName).query(Long.class).list();
        assertThat(persons).as(name + " / " + otherName).hasSize(1);
        assertThat(db.sql("select count(*) from person_name where person_id = ? and name in (?, ?)")
                .params(persons.getFirst(), name, otherName).query(Long.class).single()).isEqualTo(2);
    }

    private String sourceOfName(String name) {
        return db.sql("""
                        select s.publisher from person_name n join source s on s.id = n.source_id
                        join case_person cp on cp.person_id = n.person_id and cp.case_id = ?
                        where n.name = ?""")
                .params(caseId, name).query(String.class).single();
    }

    @Test
    void atLeastTenIncidentsFromDecember2014ToMarch2016() {
        long incidents = db.sql("""
                        select count(*) from incident where case_id = ?
                        and occurred_on between date '2014-12-04' and date '2016-03-31'""")
                .param(caseId).query(Long.class).single();
        assertThat(incidents).isGreaterThanOrEqualTo(10);
        assertThat(db.sql("select count(*) from incident where case_id = ? and date_precision = 'month'")
                .param(caseId).query(Long.class).single()).isPositive();
    }

    @Test
    void theNumberOfCarsAndTheComplaintDateAreDisagreements() {
        List<String> disagreements = db.sql("""
                        select to_char(i.occurred_on, 'YYYY-MM') || ' ' || i.type || ' ' || d.fact_key
                        from incident_disagreement d join incident i on i.id = d.incident_id
                        where i.case_id = ?""")
                .param(caseId).query(String.class).list();
        assertThat(disagreements).contains("2016-03 physical_attack number of cars", "2014-12 complaint date");
    }

    @Test
    void investigationsArePresentAndNobodyIsCharged() {
        record Totals(long investigations, long charged) {
        }
        Totals totals = db.sql("""
                        select count(*) as investigations, coalesce(sum(v.persons_charged), 0) as charged
                        from investigation v join incident i on i.id = v.incident_id where i.case_id = ?""")
                .param(caseId).query(Totals.class).single();
        assertThat(totals.investigations()).isGreaterThanOrEqualTo(3);
        assertThat(totals.charged()).isZero();
        assertThat(db.sql("""
                        select count(*) from investigation_update u join investigation v on v.id = u.investigation_id
                        join incident i on i.id = v.incident_id where i.case_id = ?""")
                .param(caseId).query(Long.class).single()).isPositive();
    }

    @Test
    void theCasePageShowsTheDemoCase() throws Exception {
        String html = mockMvc.perform(get("/cases/" + caseId).with(user(ADMIN).roles("ADMINISTRATOR")).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Persons at risk: 10", "Oistan Vindstad", "also written: Oeystein Windstad",
                "about 20 masked men", "The sources disagree on: number of cars", "4 December 2014", "December 2014",
                "People charged");
        assertThat(html).containsSubsequence("Armed group attacks police", "Kalyapin asks the Prosecutor General",
                "Mob wrecks the JMG office", "Minibus with JMG members", "Kalyapin turned out of his hotel",
                "Flat used by the JMG in Grozny raided");
        String russian = mockMvc.perform(get("/cases/" + caseId).with(user(ADMIN).roles("ADMINISTRATOR")).locale(RU))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(russian).contains("Люди под угрозой: 10", "около 20 masked men", "Источники расходятся", "9 марта 2016");
    }

    @Test
    void thePersonPageListsIncidentsInTimelineOrder() throws Exception {
        long kalyapin = db.sql("""
                        select n.person_id from person_name n join case_person cp on cp.person_id = n.person_id
                        where n.name = 'Igor Kalyapin' and cp.case_id = ?""")
                .param(caseId).query(Long.class).single();
        String html = mockMvc.perform(get("/persons/" + kalyapin).with(user(ADMIN).roles("ADMINISTRATOR")).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // Known only to the month, December 2014 comes after the dated December events.
        assertThat(html.indexOf("Kadyrov accuses Kalyapin on Instagram")).isPositive()
                .isLessThan(html.indexOf("Threatening calls and text messages to Kalyapin"));
    }

    @Test
    void doesNothingWhenACaseExists() {
        assertThat(loader.loadIfEmpty()).isFalse();
        assertThat(demoCaseId()).hasSize(1);
    }

    @Test
    void doesNothingWhenTurnedOff() {
        long before = db.sql("select count(*) from case_file").query(Long.class).single();
        assertThat(new DemoCaseLoader(new DemoScripts(db, dataSource, transactions, false)).loadIfEmpty()).isFalse();
        assertThat(db.sql("select count(*) from case_file").query(Long.class).single()).isEqualTo(before);
    }
}
