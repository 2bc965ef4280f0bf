package org.tocsin.cases.people;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Invented names that no other test or the demo data uses, spelled in Latin and Cyrillic
 * letters that transliterate into each other.
 */
record Names(String latin, String cyrillic) {

    private static final String[][] SYLLABLES = {
            {"ka", "ка"}, {"lo", "ло"}, {"mi", "ми"}, {"re", "ре"}, {"tu", "ту"}, {"van", "ван"},
            {"bor", "бор"}, {"sin", "син"}, {"dar", "дар"}, {"nu", "ну"}, {"po", "по"}, {"gal", "гал"}};

    static Names surname() {
        StringBuilder latin = new StringBuilder();
        StringBuilder cyrillic = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            String[] syllable = SYLLABLES[ThreadLocalRandom.current().nextInt(SYLLABLES.length)];
            latin.append(syllable[0]);
            cyrillic.append(syllable[1]);
        }
        latin.append("ov");
        cyrillic.append("ов");
        return new Names(capital(latin.toString()), capital(cyrillic.toString()));
    }

    Names withFirst(String firstLatin, String firstCyrillic) {
        return new Names(firstLatin + " " + latin, firstCyrillic + " " + cyrillic);
    }

    private static String capital(String word) {
        return word.substring(0, 1).toUpperCase() + word.substring(1);
    }
}
