package org.tocsin.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tocsin.intake.ExtractedUrgentAction.GenderSummary;
import org.tocsin.intake.ExtractedUrgentAction.PersonAtRisk;

/**
 * The people an action is about, each once, and their gender only where the document states
 * it. Amnesty lists them on a "Name(s):" line; other appeals name them in the headline, in a
 * "victims included" sentence and in what they ask for.
 */
final class Persons {

    /** Amnesty's list of people at the end of the action: "Names: Igor Kalyapin and nine victims...". */
    private static final Pattern NAME_LINE = Pattern.compile(
            "(?imuU)^(?:names?|namen?|nom|noms|nombres?|nome|nomi)(?:\\s+and\\s+(?:gender\\s+)?pronouns?)?\\s*:\\s*");

    /** Where that list ends: its gender line. */
    private static final Pattern GENDER_START = Pattern.compile("(?iuU)^(?:gender|geschlecht|sexe|g[ée]nero|genere|sesso)\\b");

    /** The gender line that follows it: "Gender m/f: 7 men and 3 women", "Gender: m", "Geschlecht m/w: beide". */
    private static final Pattern GENDER_LINE = Pattern.compile(
            "(?im)^(?:gender|geschlecht|sexe|g[ée]nero|genere|sesso)\\b[^:\\n]*:\\s*(?<value>.*)$");

    private static final Pattern MEN = Pattern.compile(
            "(?iuU)\\b(?<count>\\d{1,4}|\\p{L}+)\\s+(?:men|man|males?|männer|mann|hommes?|hombres?|uomini|uomo|varones)\\b");
    private static final Pattern WOMEN = Pattern.compile(
            "(?iuU)\\b(?<count>\\d{1,4}|\\p{L}+)\\s+(?:women|woman|females?|frauen|frau|femmes?|mujer(?:es)?|donne|donna)\\b");

    /** Sentences that list the victims: "Victims included Mr. Ivan Zhiltsov and Ms. Ekaterina Vanslova, ...". */
    private static final Pattern VICTIMS_LEAD = Pattern.compile(
            "(?i)\\b(?:victims\\s+(?:included|include|are|were)|the victims:|among the victims (?:are|were)|opfer (?:sind|waren)|les victimes sont|las víctimas son|le vittime sono)\\s*:?\\s*");

    /** "(f)", "(m)" and the like right after a name in a list. */
    private static final Pattern GENDER_MARK = Pattern.compile(
            "(?i)\\((?<mark>f|m|w|female|male|woman|man|femme|homme|mujer|hombre|donna|uomo|she/her|he/him|she|he|elle|ella|lei|sie)(?:/\\w+)?\\)");

    /** Up to five capitalised words right before a gender mark. */
    private static final Pattern MARKED_NAME = Pattern.compile(
            "(?<![\\p{L}])(?<words>(?:\\p{Lu}[\\p{L}'.-]*[ \\t]+){1,5})\\((?<mark>[mfw])\\)");

    private static final Pattern PARENTHESIS = Pattern.compile("\\([^()]*\\)");

    private static final Map<String, Integer> NUMBER_WORDS = numberWords();

    private Persons() {
    }

    static List<PersonAtRisk> find(String text, String title, List<String> actions, Set<String> targetKeys) {
        Map<String, PersonAtRisk> people = new LinkedHashMap<>();
        String lower = TextCleanup.lower(text);
        for (MatchResult nameLine : Keywords.matches(NAME_LINE, text, lower, 1, 40, "name", "nom")) {
            addAll(people, list(nameList(text, nameLine.end()), false), targetKeys);
        }
        if (people.isEmpty()) {
            addAll(people, markedNames(text), targetKeys);
            if (title != null && !title.equals(title.toUpperCase())) {
                addAll(people, list(title, true), targetKeys);
            }
            Matcher victims = VICTIMS_LEAD.matcher(text);
            while (victims.find()) {
                addAll(people, list(sentence(text, victims.end()), true), targetKeys);
            }
            for (String action : actions) {
                addAll(people, addressedNames(action), targetKeys);
            }
        }
        if (people.isEmpty()) {
            addAll(people, Names.inList(firstSentence(text, title), true), targetKeys);
        }
        List<PersonAtRisk> found = new ArrayList<>();
        for (PersonAtRisk person : people.values()) {
            found.add(person.gender() == null ? new PersonAtRisk(person.name(), statedGender(text, person.name())) : person);
        }
        return withPronouns(text, withGenderLine(text, found));
    }

    private static final Pattern MALE_PRONOUN = Pattern.compile("\\b(?:he|him|his|himself)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FEMALE_PRONOUN = Pattern.compile("\\b(?:she|her|hers|herself)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "he" or "she" for the one person an English action is about: only when the document
     * uses one of them at least twice and the other never, so that it cannot be someone else.
     */
    private static List<PersonAtRisk> withPronouns(String text, List<PersonAtRisk> people) {
        if (people.size() != 1 || people.getFirst().gender() != null) {
            return people;
        }
        long male = MALE_PRONOUN.matcher(text).results().count();
        long female = FEMALE_PRONOUN.matcher(text).results().count();
        String gender = male >= 2 && female == 0 ? "m" : female >= 2 && male == 0 ? "f" : null;
        return gender == null ? people : List.of(new PersonAtRisk(people.getFirst().name(), gender));
    }

    /** The name list from {@code from} up to its gender line, two blank lines, or 25 lines. */
    private static String nameList(String text, int from) {
        StringBuilder names = new StringBuilder();
        int blanks = 0;
        int lines = 0;
        for (String line : text.substring(from).split("\n", 40)) {
            if (GENDER_START.matcher(line).lookingAt() || ++lines > 25) {
                break;
            }
            blanks = line.isBlank() ? blanks + 1 : 0;
            if (blanks >= 2) {
                break;
            }
            names.append(line).append(' ');
        }
        return names.toString();
    }

    /** "Gender m/f: 7 men and 3 women" as counts; null where the document gives no counts. */
    private static final String[] GENDER_WORDS = {"gender", "geschlecht", "sexe", "género", "genero", "genere", "sesso"};

    static GenderSummary genderSummary(String text) {
        if (!Keywords.containsAny(TextCleanup.lower(text), GENDER_WORDS)) {
            return null;
        }
        Matcher line = GENDER_LINE.matcher(text);
        while (line.find()) {
            Integer men = count(MEN.matcher(line.group("value")));
            Integer women = count(WOMEN.matcher(line.group("value")));
            if (men != null || women != null) {
                return new GenderSummary(men == null ? 0 : men, women == null ? 0 : women);
            }
        }
        return null;
    }

    private static Integer count(Matcher matcher) {
        if (!matcher.find()) {
            return null;
        }
        String count = matcher.group("count");
        return count.chars().allMatch(Character::isDigit) ? Integer.valueOf(count) : NUMBER_WORDS.get(Vocabulary.fold(count));
    }

    /** "Gender: m" for the one person, or for all when the line gives a single letter. */
    private static List<PersonAtRisk> withGenderLine(String text, List<PersonAtRisk> people) {
        if (!Keywords.containsAny(TextCleanup.lower(text), GENDER_WORDS)) {
            return people;
        }
        Matcher line = GENDER_LINE.matcher(text);
        if (!line.find()) {
            return people;
        }
        String value = line.group("value").strip().toLowerCase();
        String gender = value.matches("(?:m|male|männlich|masculin|masculino|maschio)\\.?") ? "m"
                : value.matches("(?:f|w|female|weiblich|féminin|femenino|femmina)\\.?") ? "f" : null;
        if (gender == null) {
            return people;
        }
        return people.stream().map(p -> p.gender() == null ? new PersonAtRisk(p.name(), gender) : p).toList();
    }

    private static List<Names.Found> list(String text, boolean strict) {
        StringBuilder marked = new StringBuilder();
        Matcher mark = GENDER_MARK.matcher(text);
        while (mark.find()) {
            String letter = mark.group("mark").toLowerCase();
            boolean female = letter.startsWith("f") || letter.equals("w") || letter.startsWith("wo") || letter.startsWith("mu")
                    || letter.startsWith("do") || letter.startsWith("she") || letter.startsWith("el") || letter.equals("lei") || letter.equals("sie");
            mark.appendReplacement(marked, female ? " §f " : " §m ");
        }
        mark.appendTail(marked);
        String withoutAsides = PARENTHESIS.matcher(marked).replaceAll(" ");
        List<Names.Found> names = new ArrayList<>();
        for (String piece : withoutAsides.split("(?<=§[fm])")) {
            String gender = piece.endsWith("§f") ? "f" : piece.endsWith("§m") ? "m" : null;
            List<Names.Found> inPiece = Names.inList(piece.replaceAll("§[fm]", ""), strict);
            for (int i = 0; i < inPiece.size(); i++) {
                Names.Found name = inPiece.get(i);
                boolean markedHere = gender != null && i == inPiece.size() - 1;
                names.add(markedHere ? new Names.Found(name.name(), gender) : name);
            }
        }
        return names;
    }

    /** Names marked with their gender anywhere: "Layla HASSAN (f)", "die Journalistin Marina Petrowa (w)". */
    private static List<Names.Found> markedNames(String text) {
        List<Names.Found> names = new ArrayList<>();
        for (MatchResult marked : Keywords.matches(MARKED_NAME, text, text, 90, 4, "(m)", "(f)", "(w)")) {
            List<String> words = new ArrayList<>(List.of(Text.words(marked.group("words"))));
            while (words.size() > 2 && Names.isLeadIn(words.getFirst())) {
                words.removeFirst();
            }
            String name = String.join(" ", words);
            if (Names.isName(name)) {
                String mark = marked.group("mark").toLowerCase();
                names.add(new Names.Found(Names.withoutHonorific(name), mark.equals("m") ? "m" : "f"));
            }
        }
        return names;
    }

    /** The first sentence of the body, after the headline: "Student activist Mr. Daniel Okafor was arrested on ...". */
    private static String firstSentence(String text, String title) {
        int from = 0;
        if (title != null) {
            int at = text.toLowerCase().indexOf(title.toLowerCase());
            from = at < 0 ? 0 : at + title.length();
        }
        for (String line : text.substring(from).split("\n")) {
            if (lowerCaseWords(line) >= 4) {
                int start = text.indexOf(line, from);
                return sentence(text, start);
            }
        }
        return "";
    }

    /** Prose has lower-case words; headers, codes and dates have few. */
    private static int lowerCaseWords(String line) {
        int count = 0;
        for (String word : Text.words(line)) {
            count += !word.isEmpty() && Character.isLowerCase(word.charAt(0)) ? 1 : 0;
        }
        return count;
    }

    /** Names with a form of address in a requested action: "guarantee the integrity of Mr. Igor Kalyapin". */
    private static List<Names.Found> addressedNames(String action) {
        List<Names.Found> names = new ArrayList<>();
        Matcher addressed = Pattern.compile("\\b(?:Mr|Ms|Mrs|Herr|Frau|Mme|M|Sr|Sra)\\.?\\s+(?=\\p{Lu})").matcher(action);
        while (addressed.find()) {
            List<Names.Found> found = Names.inList(action.substring(addressed.start()), true);
            if (!found.isEmpty()) {
                names.add(found.getFirst());
            }
        }
        return names;
    }

    private static void addAll(Map<String, PersonAtRisk> people, List<Names.Found> names, Set<String> targetKeys) {
        for (Names.Found name : names) {
            String key = Names.key(name.name());
            if (!targetKeys.contains(key)) {
                people.putIfAbsent(key, new PersonAtRisk(name.name(), name.gender()));
            }
        }
    }

    /** A form of address, then up to three given names, ending where the surname starts. */
    private static final Pattern ADDRESSED_BEFORE = Pattern.compile(
            "\\b(?<honorific>Mr|Mrs|Ms|Miss|Herr|Herrn|Frau|Mme|Madame|Monsieur|M|Sr|Sra|Señor|Señora|Sig|Sig\\.ra|Signora)\\.?\\s+(?:\\p{Lu}[\\p{L}.'-]*\\s+){0,3}$");

    /** The gender from a form of address used with this name anywhere in the document ("Mr. Igor Kalyapin", "Ms. Vanslova"). */
    private static String statedGender(String text, String name) {
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        for (int at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
            Matcher addressed = ADDRESSED_BEFORE.matcher(text.substring(Math.max(0, at - 60), at));
            if (addressed.find()) {
                return Names.genderOfHonorific(addressed.group("honorific") + " ");
            }
        }
        return null;
    }

    /** Text from {@code from} to the end of its sentence; a full stop after a form of address or an initial does not end it. */
    static String sentence(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                return text.substring(from, i);
            }
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                int wordStart = i;
                while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                    wordStart--;
                }
                String word = text.substring(wordStart, i);
                if (!word.matches("(?:Mr|Mrs|Ms|Dr|Prof|St|Mme|Sr|Sra|Sig|Jr|No|\\p{Lu}|\\p{Lu}\\p{Ll})")) {
                    return text.substring(from, i);
                }
            }
        }
        return text.substring(from);
    }

    private static Map<String, Integer> numberWords() {
        Map<String, Integer> words = new LinkedHashMap<>();
        String[][] names = {
                {"one", "ein", "eine", "un", "une", "uno", "una"}, {"two", "zwei", "deux", "due", "dos"}, {"three", "drei", "trois", "tre", "tres"},
                {"four", "vier", "quatre", "quattro", "cuatro"}, {"five", "fünf", "funf", "cinq", "cinque", "cinco"},
                {"six", "sechs", "sei", "seis"}, {"seven", "sieben", "sept", "sette", "siete"}, {"eight", "acht", "huit", "otto", "ocho"},
                {"nine", "neun", "neuf", "nove", "nueve"}, {"ten", "zehn", "dix", "dieci", "diez"}};
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                words.put(name, i + 1);
            }
        }
        return words;
    }
}
