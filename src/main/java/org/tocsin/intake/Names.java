package org.tocsin.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells person names from the titles, organisations and places around them. Without a model,
 * a name is a short run of capitalised words (or capitals: "Qiangba PUNCOG") none of which is
 * a word of office, institution or address.
 */
final class Names {

    /** Forms of address; group "female" / "male" give the gender the document states. */
    static final Pattern HONORIFIC = Pattern.compile(
            "^(?:(?:H\\.\\s?E\\.|S\\.\\s?E\\.|His Excellency|Her Excellency|Son Excellence|Seine Exzellenz|Ihre Exzellenz|Su Excelencia|Sua Eccellenza|Excmo\\.?|Excma\\.?)\\s*)?"
                    + "(?:(?<female>Ms|Mrs|Miss|Mme|Mlle|Madame|Frau|Sra|Srta|Señora|Sig\\.ra|Signora|Dott\\.ssa|Doña)\\b\\.?"
                    + "|(?<male>Mr|Herr|Herrn|M|Monsieur|Sr|Señor|Sig|Signor|Dott|Shaikh|Sheikh|Sheik)\\b\\.?"
                    + "|(?:Dr|Prof|Professor|Mx|H\\.\\s?E|S\\.\\s?E)\\b\\.?"
                    + "|His Excellency|Her Excellency|Son Excellence|Seine Exzellenz|Ihre Exzellenz|Su Excelencia|Sua Eccellenza|Excmo\\.?|Excma\\.?)\\s*");

    /** A word of a name: capitalised ("Kalyapin", "Löfgren", "O'Brien", "Al-Khawaja"), in capitals ("PUNCOG") or an initial ("Ya."). */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}(?:[\\p{L}'\\-]*\\p{L})?\\.?|\\p{Lu}\\.");

    /** Lower-case particles inside names ("Ana de la Cruz", "Ludwig van Beethoven", "Abdulhadi al-Khawaja"). */
    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "della", "di", "du", "des", "la", "le", "van", "von",
            "der", "den", "ter", "bin", "ibn", "bint", "al", "el", "dos", "das", "do", "zu", "y");

    /**
     * Words of office, institution and address: a run of capitalised words holding one of these
     * is a title or an organisation ("Prosecutor General", "Investigation Committee"), not a name.
     */
    private static final Set<String> NOT_NAME_WORDS = setOf(
            "president", "presidential", "prime", "minister", "ministry", "chairman", "chairperson", "chairwoman", "chair", "head",
            "director", "general", "prosecutor", "prosecutor's", "attorney", "procurator", "chief", "commissioner", "commission",
            "ombudsman", "ombudsperson", "governor", "mayor", "ambassador", "embassy", "consul", "consulate", "secretary", "deputy",
            "judge", "justice", "court", "committee", "council", "office", "department", "administration", "government", "federation",
            "republic", "kingdom", "state", "states", "united", "nations", "police", "service", "agency", "parliament", "assembly",
            "investigation", "investigative", "interior", "affairs", "foreign", "king", "queen", "emir", "excellency", "permanent",
            "mission", "representation", "union", "national", "federal", "human", "rights", "international", "amnesty",
            "observatory", "group", "organisation", "organization", "centre", "center", "university", "street", "avenue", "road",
            "pereulok", "ulitsa", "box", "address", "name", "names", "fax", "email", "e-mail", "salutation", "dear", "urgent", "action",
            "appeal", "appeals", "defender", "defenders", "gender", "men", "women", "the", "of", "and", "for", "to", "in", "on",
            "at", "by", "with", "from", "a", "an", "please", "also", "news", "press", "release", "information", "new", "background",
            "präsident", "bundespräsident", "ministerin", "botschaft", "botschafter", "botschafterin", "generalstaatsanwalt",
            "staatsanwaltschaft", "ministerium", "regierung", "ministre", "ministère", "président", "présidente", "ambassade",
            "ambassadeur", "procureur", "presidente", "ministro", "ministra", "embajada", "embajador", "fiscal", "fiscalía",
            "ambasciata", "ambasciatore", "procuratore", "generale", "república", "repubblica", "république", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "joint", "mobile", "committee's", "ministry's", "twitter",
            "facebook", "instagram", "telegram", "whatsapp", "youtube", "kremlin", "palace", "house", "building", "square",
            "security", "army", "forces", "military", "public", "supreme", "regional", "city", "district", "province", "region",
            "first", "second", "third", "chechen", "russian", "times", "newspaper", "radio", "tv", "television", "agency",
            "judiciary", "tribunal", "bureau", "prison", "intelligence", "guard", "guards", "prosecution", "procuracy", "inspector",
            "commander", "colonel", "captain", "lieutenant", "officer", "warden", "governorate", "municipality", "authority",
            "authorities", "senate", "senator", "congress", "speaker", "leader", "sheriff", "solicitor", "registrar", "sultan",
            "he", "she", "they", "his", "her", "its", "it", "this", "these", "those", "we", "our", "their", "there", "after", "before",
            "crown", "prince", "ayatollah", "c/o", "care", "attention", "attn", "palais", "palacio", "palazzo", "ministro", "fiscal");

    private Names() {
    }

    /** Like Set.of, but a word listed twice in these long lists is no error. */
    private static Set<String> setOf(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** A name found in a piece of text, with the gender its form of address gives (or null). */
    record Found(String name, String gender) {
    }

    /** The gender a leading form of address states, or null. */
    static String genderOfHonorific(String text) {
        Matcher honorific = HONORIFIC.matcher(text);
        if (!honorific.lookingAt() || honorific.end() == 0) {
            return null;
        }
        return honorific.group("female") != null ? "f" : honorific.group("male") != null ? "m" : null;
    }

    /** The text without its leading forms of address ("H.E. Mr. Alexey Borodavkin" gives "Alexey Borodavkin"). */
    static String withoutHonorific(String text) {
        String rest = text.strip();
        for (int i = 0; i < 3; i++) {
            Matcher honorific = HONORIFIC.matcher(rest);
            if (!honorific.lookingAt() || honorific.end() == 0) {
                break;
            }
            String after = rest.substring(honorific.end());
            if (!after.isEmpty() && Character.isLowerCase(after.charAt(0))) {
                break;
            }
            rest = after.strip();
        }
        return rest;
    }

    /** Whether the text is only a form of address ("His Excellency", "Mr"), as on its own line above a name. */
    static boolean isOnlyHonorific(String text) {
        String stripped = Text.trimEnd(text.strip(), ",:");
        return !stripped.isEmpty() && withoutHonorific(stripped).isEmpty();
    }

    /** Whether the whole text (forms of address aside) is a person's name. */
    static boolean isName(String text) {
        String candidate = Text.trimEnd(withoutHonorific(text), ",;.:").strip();
        if (candidate.isEmpty() || candidate.length() > 60 || Text.hasDigit(candidate)) {
            return false;
        }
        String[] words = Text.words(candidate);
        return isNameRun(words, 0, words.length) && Vocabulary.country(candidate) == null;
    }

    /** The longest name at the end of the text after words of office ("Minister of Justice Jane Doe" gives "Jane Doe"). */
    static Found trailingName(String text) {
        String[] words = Text.words(text);
        for (int from = 1; from <= words.length - 2; from++) {
            if (isNameRun(words, from, words.length) && hasOfficeWord(words, 0, from)) {
                String name = Text.trimEnd(String.join(" ", List.of(words).subList(from, words.length)), ",;.:");
                return new Found(name, null);
            }
        }
        return null;
    }

    /**
     * Names in a list such as "Ivan Zhiltsov (JMG member), Ms. Ekaterina Vanslova and freelance
     * journalist Mikhail Solunin": per segment, a name after a form of address, at its start, or
     * after a description in lower case.
     */
    static List<Found> inList(String text, boolean strict) {
        List<Found> names = new ArrayList<>();
        for (String segment : text.split("\\s*(?:[,;:]|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bas well as\\b|\\bsowie\\b)\\s*")) {
            Found name = inSegment(segment.strip(), strict);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    private static Found inSegment(String segment, boolean strict) {
        if (segment.isEmpty()) {
            return null;
        }
        String gender = genderOfHonorific(segment);
        String rest = withoutHonorific(segment);
        String[] words = Text.words(Text.trimEnd(rest, ".!?"));
        int from = 0;
        while (from < words.length) {
            if (words[from].replace(".", "").length() > 1 && isOnlyHonorific(words[from]) && from + 1 < words.length) {
                gender = genderOfHonorific(words[from] + " ");
                int honorific = from++;
                if (startsName(words[from])) {
                    Found found = runAt(words, from, strict, honorific == 0 ? "" : words[honorific - 1], true);
                    if (found != null) {
                        return new Found(found.name(), gender);
                    }
                }
                continue;
            }
            if (!startsName(words[from])) {
                from++;
                continue;
            }
            int to = from;
            while (to < words.length && (startsName(words[to]) || (to > from && PARTICLES.contains(words[to]) && to + 1 < words.length))) {
                to++;
            }
            while (to - from > 2 && isArticleOrRole(words[from])) {
                from++; // "Der Anwalt Pjotr Kusnezow": German capitalises the article and the noun before the name
            }
            if (isNameRun(words, from, to) && (from == 0 || !strict || ROLES.contains(words[from - 1].toLowerCase(Locale.ROOT)))) {
                String name = String.join(" ", List.of(words).subList(from, to));
                if (Vocabulary.country(name) == null) {
                    return new Found(name, from == 0 ? gender : null);
                }
            }
            from = to;
        }
        return null;
    }

    /** The name run starting at {@code from}, if it is one: after a form of address any run of two or more name words is. */
    private static Found runAt(String[] words, int from, boolean strict, String before, boolean addressed) {
        int to = from;
        while (to < words.length && (startsName(words[to]) || (to > from && PARTICLES.contains(words[to]) && to + 1 < words.length))) {
            to++;
        }
        if (isNameRun(words, from, to) && (addressed || from == 0 || !strict || ROLES.contains(before.toLowerCase(Locale.ROOT)))) {
            String name = String.join(" ", List.of(words).subList(from, to));
            return Vocabulary.country(name) == null ? new Found(name, null) : null;
        }
        return null;
    }

    private static boolean isArticleOrRole(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return ARTICLES.contains(lower) || ROLES.contains(lower);
    }

    private static final Set<String> ARTICLES = setOf("the", "die", "der", "das", "den", "dem", "la", "le", "les", "el", "il", "lo", "los", "las");

    /** Words that may lead into a name without being part of it: articles, roles, forms of address. */
    static boolean isLeadIn(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return ROLES.contains(lower) || ARTICLES.contains(lower)
                || isOnlyHonorific(word) || !startsName(word) || Vocabulary.country(word) != null;
    }

    /** Descriptions that may stand before a name in a list of victims: "freelance journalist Mikhail Solunin". */
    private static final Set<String> ROLES = setOf("journalist", "journalists", "lawyer", "lawyers", "activist", "activists", "defender",
            "defenders", "member", "members", "correspondent", "photographer", "photojournalist", "blogger", "driver", "director",
            "leader", "head", "colleague", "colleagues", "student", "students", "worker", "unionist", "writer", "poet", "artist",
            "doctor", "teacher", "editor", "reporter", "cameraman", "researcher", "farmer", "coordinator", "volunteer", "wife",
            "husband", "son", "daughter", "brother", "sister", "mother", "father", "chair", "chairman", "chairwoman", "president",
            "founder", "spokesperson", "spokesman", "spokeswoman", "monitor", "investigator", "on", "of", "against", "for",
            "journalistin", "anwalt", "anwältin", "rechtsanwalt", "rechtsanwältin", "menschenrechtsanwalt", "menschenrechtsanwältin",
            "journalist", "student", "studentin", "gewerkschafter", "gewerkschafterin", "blogger", "bloggerin", "aktivist", "aktivistin", "menschenrechtsverteidiger", "menschenrechtsverteidigerin",
            "journaliste", "avocat", "avocate", "militant", "militante", "défenseur", "défenseure", "periodista", "abogado", "abogada",
            "activista", "defensor", "defensora", "giornalista", "avvocato", "avvocata", "attivista", "difensore");

    private static boolean startsName(String word) {
        return NAME_WORD.matcher(word).matches() && !NOT_NAME_WORDS.contains(Text.trimEnd(word.toLowerCase(Locale.ROOT), ".,"))
                && !(word.replace(".", "").length() > 1 && isOnlyHonorific(word));
    }

    private static boolean isNameRun(String[] words, int from, int to) {
        int capitalised = 0;
        for (int i = from; i < to; i++) {
            String word = words[i];
            if (PARTICLES.contains(word) && i > from && i < to - 1) {
                continue;
            }
            if (!startsName(word)) {
                return false;
            }
            capitalised++;
        }
        return capitalised >= 2 && capitalised <= 6 && !allInitials(words, from, to);
    }

    private static boolean allInitials(String[] words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (words[i].replace(".", "").length() > 1) {
                return false;
            }
        }
        return true;
    }

    static boolean hasOfficeWord(String[] words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (NOT_NAME_WORDS.contains(Text.trimEnd(words[i].toLowerCase(Locale.ROOT), ".,"))
                    && !Set.of("the", "of", "and", "for", "to", "in", "on", "at", "a", "an").contains(words[i].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The key the corpus uses to call two spellings the same person: last word and first initial, folded. */
    static String key(String name) {
        String[] words = Vocabulary.fold(name).split("[^\\p{L}\\p{N}]+");
        List<String> kept = new ArrayList<>();
        for (String word : words) {
            if (!word.isEmpty()) {
                kept.add(word);
            }
        }
        return kept.isEmpty() ? "" : kept.getLast() + "|" + kept.getFirst().charAt(0);
    }
}
