package org.tocsin.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatePrecisionTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void showsADateNoFinerThanItsSourceGaveIt() {
        LocalDate date = LocalDate.of(2015, 6, 3);
        assertThat(DatePrecision.show(date, "day", Locale.ENGLISH)).isEqualTo("3 June 2015");
        assertThat(DatePrecision.show(date, "month", Locale.ENGLISH)).isEqualTo("June 2015");
        assertThat(DatePrecision.show(date, "year", Locale.ENGLISH)).isEqualTo("2015");
        assertThat(DatePrecision.show(date, "day", RU)).isEqualTo("3 июня 2015");
        assertThat(DatePrecision.show(date, "month", RU)).isEqualToIgnoringCase("июнь 2015");
    }

    @Test
    void normalisesToTheFirstDayOfThePeriod() {
        LocalDate date = LocalDate.of(2015, 6, 3);
        assertThat(DatePrecision.MONTH.normalise(date)).isEqualTo(LocalDate.of(2015, 6, 1));
        assertThat(DatePrecision.YEAR.normalise(date)).isEqualTo(LocalDate.of(2015, 1, 1));
    }
}
