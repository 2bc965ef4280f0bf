package org.tocsin.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the action asks readers to do: the requested actions (one per item of the list after
 * "Please write ...:" or "Actions requested:"), the languages to write in, and whether to
 * send copies to diplomatic representatives.
 */
final class Requests {

    /** The line that introduces the list of requests: it asks to write or urge, and ends with a colon. */
    private static final Pattern ACTIONS_INTRO = Pattern.compile(
            "(?iuU)^(?=.*(?:\\bwrit|\\burg|\\bcall|\\bappeal|\\brequest|recommended action|\\bask|schreiben|forderung|fordern|appell|écri|demand|exhort|appel|scriv|chied|esori|escrib|pid|inst|exig|solicit)).*:$");

    /** Amnesty Germany's "... MIT FOLGENDEN FORDERUNGEN" and "FORMULIERUNGSVORSCHLÄGEN", which end without a colon. */
    private static final Pattern LIST_INTRO_WITHOUT_COLON = Pattern.compile("(?iu)mit folgenden (?:forderungen|formulierungsvorschl)");

    /** "Actions requested:" as a heading of its own, whose list may follow a further intro line. */
    private static final Pattern ACTIONS_HEADING = Pattern.compile(
            "(?iuU)^(?:actions? requested|recommended actions?|action requise|actions? demandées?|geforderte (?:maßnahmen|handlungen)|acciones solicitadas|azioni richieste)\\s*:?$");

    /** Marks that start a new item: a bullet, "i.", "1.", "a)", or the gerund with which Amnesty starts each point once the bullet glyph is lost. */
    private static final Pattern ITEM_START = Pattern.compile(
            "(?iuU)^(?:\\u2022|[-*–]|(?:[ivx]{1,4}|\\d{1,2}|[a-h])[.)])\\s*|^(?=(?:Urging|Calling|Expressing|Demanding|Asking|Seeking|Insisting|Reminding|Welcoming|Condemning|Stating|Requesting|Encouraging)\\b)");

    /** Where the list of requests has ended. */
    private static final Pattern LIST_END = Pattern.compile(
            "(?iuU)^(?:please send appeals|send appeals|appeals to|addresses|please check|additional information|background|name\\s*:|names\\s*:|appelle|schicken sie|envoyez|envíen|inviate|adresses|adressen|direcciones|indirizzi|appelli a)|(?:\\bfax(?:es)?|e-?mail)\\s*:");

    /** "in Russian, English or your own language", "auf Russisch oder Deutsch", "en français", "in italiano", "en español". */
    private static final Pattern WRITE_SENTENCE = Pattern.compile(
            "(?U)\\b(?:write|writing|appeals?|letters?|schreiben|schreibt|appelle|briefe|écrivez|écrire|écrivant|appels|lettres|scrivete|scrivere|appelli|lettere|escriba|escriban|escribir|llamamientos|cartas)\\b[^.:\\n]{0,80}?\\b(?:in|auf|en|in lingua)\\s+(?<languages>[^.:;\\n]{2,120})");

    private static final Pattern OWN_LANGUAGE = Pattern.compile(
            "(?iuU)\\b(?:(?:in\\s+)?your own language|your language|ihrer (?:eigenen )?sprache|eigenen sprache|votre (?:propre )?langue|vostra lingua|propria lingua|su (?:propio )?idioma|su propia lengua)\\b");

    /** The request to send copies to the country's diplomats where the reader lives. */
    private static final Pattern DIPLOMATIC_COPIES = Pattern.compile(
            "(?U)copies to:?\\s+(?:the\\s+)?diplomatic|diplomatic representatives?|diplomatic missions?|diplomatic mission or embassy|embass(?:y|ies) of [^.\\n]{1,60} in your (?:respective )?country"
                    + "|kopien? an\\s+(?:die\\s+)?botschaft|botschaft [^.\\n]{1,60} in ihrem land|diplomatischen vertretungen?"
                    + "|copies? (?:à|aux) (?:l'ambassade|représentations? diplomatiques?)|ambassade [^.\\n]{1,60} dans votre pays|représentations? diplomatiques?"
                    + "|copia (?:a|al|alla) (?:la |l')?(?:embajada|ambasciata|rappresentanza)|embajada [^.\\n]{1,60} en su país|representaci(?:ón|ones) diplomáticas?|rappresentanze? diplomatiche");

    private Requests() {
    }

    private static final String[] DIPLOMATIC_WORDS = {"copies", "diplomat", "embass", "kopie", "botschaft", "copie", "ambassade",
            "représentation", "copia", "embajada", "representaci", "rappresentanz", "ambasciata"};

    /** Where a request to write in some language can start: the verb, or "appeals in", "lettres en"... */
    private static final String[] WRITE_WORDS = {"writ", "schreib", "écri", "scriv", "escrib", "appeals in", "appeals either in",
            "letters in", "letters either in", "appelle auf", "briefe auf", "appels en", "lettres en", "appelli in", "lettere in",
            "llamamientos en", "cartas en"};

    static boolean copiesToDiplomats(String text) {
        String lower = TextCleanup.lower(text);
        return Keywords.found(DIPLOMATIC_COPIES, lower, lower, 120, DIPLOMATIC_WORDS);
    }

    /** Amnesty since about 2017: "PREFERRED LANGUAGE TO ADDRESS TARGET: Persian, English". */
    private static final Pattern PREFERRED_LANGUAGES = Pattern.compile(
            "(?iu)preferred languages? to address (?:the )?targets?\\s*:\\s*(?<languages>[^.\\n]{2,120})");

    static List<String> languages(String text) {
        Set<String> languages = new LinkedHashSet<>();
        for (MatchResult preferred : Keywords.matches(PREFERRED_LANGUAGES, text, TextCleanup.lower(text), 0, 200, "preferred language")) {
            for (String word : preferred.group("languages").split("[\\s,/]+")) {
                String language = Vocabulary.language(word.replaceAll("[^\\p{L}]", ""));
                if (language != null && !word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                    languages.add(language);
                }
            }
        }
        String lower = TextCleanup.lower(text);
        for (MatchResult sentence : Keywords.matches(WRITE_SENTENCE, lower, lower, 260, WRITE_WORDS)) {
            String list = text.substring(sentence.start("languages"), sentence.end("languages"));
            for (String word : list.split("[\\s,/]+")) {
                String language = Vocabulary.language(word.replaceAll("[^\\p{L}]", ""));
                if (language != null && Character.isUpperCase(word.charAt(0)) || language != null && isLanguageWord(word)) {
                    languages.add(language);
                }
            }
            if (OWN_LANGUAGE.matcher(list).find()) {
                languages.add("own language");
            }
        }
        return new ArrayList<>(languages);
    }

    /** Lower-case language words are language names in French, Italian and Spanish ("en russe", "in russo"), but "in" or "or" are not. */
    private static boolean isLanguageWord(String word) {
        return word.length() > 3 && Character.isLowerCase(word.charAt(0));
    }

    /** The items of the first list of requests, after its introduction. */
    static List<String> actions(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (introducesRequests(lines.get(i))) {
                List<String> items = items(lines, i + 1);
                if (!items.isEmpty()) {
                    return items;
                }
            }
        }
        return List.of();
    }

    private static boolean introducesRequests(String line) {
        if (line.length() < 60 && ACTIONS_HEADING.matcher(line).matches() || LIST_INTRO_WITHOUT_COLON.matcher(line).find()) {
            return true;
        }
        // "PLEASE SEND APPEALS BEFORE ... TO:" introduces the addresses, not the requests
        return line.endsWith(":") && ACTIONS_INTRO.matcher(line).matches() && !APPEALS_TO.matcher(line).find();
    }

    private static final Pattern APPEALS_TO = Pattern.compile("(?iuU)\\bappeals to\\b|\\b(?:send appeals|before|bis|avant|antes|entro)\\b.*\\bto:$");

    private static List<String> items(List<String> lines, int from) {
        List<String> items = new ArrayList<>();
        StringBuilder current = null;
        int blanks = 0;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                blanks++;
                if (blanks >= 3 && current != null) {
                    break;
                }
                continue;
            }
            if (LIST_END.matcher(line).find() || TargetBlock.isRunOnTarget(line)) {
                break;
            }
            Matcher start = ITEM_START.matcher(line);
            if (start.lookingAt()) {
                if (current != null) {
                    items.add(current.toString().strip());
                }
                current = new StringBuilder(line.substring(start.end()));
            } else if (current != null && blanks > 0 && current.toString().strip().matches("(?s).*[.;!?:]$")) {
                break; // a new paragraph after a finished item: the list is over
            } else if (current != null) {
                current.append(' ').append(line);
            } else if (items.isEmpty() && line.endsWith(":") && ACTIONS_INTRO.matcher(line).matches()) {
                continue;
            } else {
                break;
            }
            blanks = 0;
        }
        if (current != null) {
            items.add(current.toString().strip());
        }
        return items;
    }
}
