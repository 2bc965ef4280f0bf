package org.tocsin.cases.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tocsin.cases.people.PersonNameMatcher.Strength;

class PersonNameMatcherTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
            "Oistan Vindstad, Oeystein Windstad, SIMILAR",
            "Øystein Windstad, Oeystein Windstad, TRANSLITERATION",
            "Yegor Skovoroda, Egor Skovoroda, TRANSLITERATION",
            "Каляпин, Kalyapin, OTHER_SCRIPT",
            "Игорь Каляпин, Igor Kalyapin, OTHER_SCRIPT",
            "Ekaterina Vanslova, Екатерина Ванслова, OTHER_SCRIPT",
            "Igor Kalyapin, igor KALYAPIN, SAME",
            "Kalyapin Igor, Igor Kalyapin, SAME",
            "Kalyapin, Igor Kalyapin, TRANSLITERATION",
            "Каляпин, Igor Kalyapin, OTHER_SCRIPT",
            "Dmitriy Utukin, Dmitrij Utukin, TRANSLITERATION",
            "Dmitry Utukin, Дмитрий Утукин, OTHER_SCRIPT",
            "Ivan Zhiltsov, Ivan Jiltsov, SIMILAR",
            "Yegor Skovoroda, Igor Skovoroda, SOUNDS_ALIKE",
            "Olga Sadovskaya, Olga Sadovskaja, TRANSLITERATION",
            "Ivan Zhiltsov, Иван Жильцов, OTHER_SCRIPT",
            "Mikhail Solunin, Mihail Solunin, TRANSLITERATION",
            "Sergei Babinets, Sergey Babinetz, TRANSLITERATION",
            "I. Kalyapin, Igor Kalyapin, SIMILAR",
            "José Müller, Jose Muller, SAME",
            "Ramzan Kadyrov, Рамзан Кадыров, OTHER_SCRIPT",
    })
    void matches(String name, String other, Strength strength) {
        assertThat(PersonNameMatcher.compare(name, other)).hasValueSatisfying(reason -> {
            assertThat(reason.strength()).isEqualTo(strength);
            assertThat(reason.name()).isEqualTo(name);
            assertThat(reason.matchedName()).isEqualTo(other);
        });
        assertThat(PersonNameMatcher.compare(other, name)).isPresent();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource({
            "Igor Kalyapin, Ivan Zhiltsov",
            "Anton Prusakov, Mikhail Solunin",
            "Igor Kalyapin, Igor Ivanov",
            "Igor Kalyapin, Игорь Иванов",
            "Igor Kalyapin, Oleg Khabibrakhmanov",
            "I. Kalyapin, Ivan Zhiltsov",
            "I. I., Igor Ivanov",
            "Ekaterina Vanslova, Ekaterina Sokiryanskaya",
            "'', Igor Kalyapin",
    })
    void doesNotMatch(String name, String other) {
        assertThat(PersonNameMatcher.compare(name == null ? "" : name, other)).isEmpty();
        assertThat(PersonNameMatcher.compare(other, name == null ? "" : name)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "Igor Kalyapin, latin",
            "Игорь Каляпин, cyrillic",
            "ილია, georgian",
            "رمضان, arabic",
            "'123', unknown",
    })
    void detectsTheScript(String name, String script) {
        assertThat(PersonNameMatcher.script(name)).isEqualTo(script);
    }

    @org.junit.jupiter.api.Test
    void keysFindTheSameWordsAcrossScripts() {
        assertThat(PersonNameMatcher.keys("Игорь Каляпин").tokens()).isEqualTo(PersonNameMatcher.keys("Igor Kalyapin").tokens());
        assertThat(PersonNameMatcher.keys("Øystein").folded()).isEqualTo("oystein");
        assertThat(PersonNameMatcher.keys("Ёлкин").folded()).isEqualTo("елкин");
    }
}
