package org.tocsin.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tocsin.intake.ExtractedUrgentAction.Target;

/**
 * Reads one target from its block of text: the name among the lines or comma-separated
 * parts, the title before or after it, the organisation and address, and the labelled
 * fax, e-mail and salutation.
 */
final class TargetBlock {

    /** Contact labels, in the five languages; group "kind" tells what follows. */
    private static final Pattern LABEL = Pattern.compile(
            "(?iuU)(?<![\\p{L}])(?:(?<fax>faxes|fax(?:-?nr\\.?| number| no\\.?)?|telefax|télécopie)|(?<email>e-?mails?|courriel|correo(?:-e| electrónico)?|posta elettronica)"
                    + "|(?<salutation>salutation|anrede|formule d'appel|formule de politesse|saluto|tratamiento|saludo)"
                    + "|(?<other>tel(?:ephone|efon|éfono|efono)?|tél|phone|twitter|x \\(twitter\\)|facebook|instagram|website|web|internet|online))\\s*:");

    /** A salutation that is the first line of a model letter: "Dear Counsellor,", "Exzellenz,", "Sehr geehrter Herr Minister,". */
    private static final Pattern MODEL_SALUTATION = Pattern.compile(
            "(?iuU)^(?:dear|your excellency|excellency|sehr geehrte[rs]?|exzellenz|monsieur|madame|señor|señora|estimad[oa]|excelentísim[oa]|egregi[oa]|gentile|eccellenza)\\b[^.]{0,60},?$");

    private static final Pattern EMAIL = Pattern.compile("[\\w.+'-]+@[\\w-]+(?:\\.[\\w-]+)*\\.\\p{L}{2,}");

    private static final Pattern SOCIAL_HANDLE = Pattern.compile("(?<![\\w.])@\\w{2,}");

    /** Words that make an after-name line an organisation ("Prosecutor General's Office") rather than a title. */
    private static final Set<String> ORGANISATION_WORDS = Set.of("office", "ministry", "committee", "commission", "council", "court",
            "embassy", "mission", "representation", "administration", "government", "department", "service", "agency", "parliament",
            "kremlin", "procuracy", "police", "prosecutor's", "ministerium", "botschaft", "ministère", "ambassade", "ministerio",
            "embajada", "ministero", "ambasciata", "presidency", "secretariat", "directorate");

    private TargetBlock() {
    }

    static boolean startsWithLabel(String line) {
        Matcher label = LABEL.matcher(withoutParenthesis(line));
        return label.lookingAt();
    }

    static boolean hasLabel(String line) {
        return LABEL.matcher(line).find();
    }

    static boolean isSalutationLabel(String line) {
        Matcher label = LABEL.matcher(withoutParenthesis(line));
        return label.lookingAt() && label.group("salutation") != null;
    }

    static boolean isModelSalutation(String line) {
        return MODEL_SALUTATION.matcher(line).matches();
    }

    static String salutationValue(String line) {
        String bare = withoutParenthesis(line);
        Matcher label = LABEL.matcher(bare);
        return label.lookingAt() ? bare.substring(label.end()).strip() : bare.strip();
    }

    /** "(Anrede: Sehr geehrter Herr Minister)": a label in brackets is still a label. */
    private static String withoutParenthesis(String line) {
        String stripped = line.strip();
        return stripped.startsWith("(") ? stripped.substring(1).replaceFirst("\\)$", "").strip() : stripped;
    }

    /** A single line holding a whole target: a name early on, then inline contact labels. */
    static boolean isRunOnTarget(String line) {
        if (line.indexOf(':') < 0) {
            return false;
        }
        Matcher label = LABEL.matcher(line);
        if (!label.find() || label.start() < 5) {
            return false;
        }
        String head = line.substring(0, label.start()).replaceFirst("^(?:\\d{1,2}[.)]|\\u2022)\\s*", "");
        for (String part : head.split(",")) {
            String candidate = part.strip();
            if (Names.isName(candidate) || Names.trailingName(Names.withoutHonorific(candidate)) != null) {
                return true;
            }
        }
        return false;
    }

    private record Part(String kind, String text) {
    }

    static Target parse(List<String> lines, boolean runOn) {
        List<Part> parts = parts(lines);
        List<String> head = new ArrayList<>();
        List<String> faxes = new ArrayList<>();
        Set<String> emails = new LinkedHashSet<>();
        String salutation = null;
        boolean salutationOpen = false;
        for (Part part : parts) {
            emails.addAll(emailsIn(part.text()));
            switch (part.kind()) {
                case "fax" -> faxes.addAll(FaxNumbers.parse(part.text()));
                case "salutation" -> {
                    salutation = clean(part.text());
                    salutationOpen = true;
                }
                case "head" -> {
                    String text = SOCIAL_HANDLE.matcher(EMAIL.matcher(part.text()).replaceAll("")).replaceAll("").strip();
                    if (salutationOpen && isModelSalutation(text) && !salutation.isEmpty()) {
                        continue; // the labelled salutation wins over the first line of the model letter
                    } else if (salutationOpen) {
                        salutation = salutation.isEmpty() ? clean(text) : salutation + " " + clean(text);
                    } else if (salutation == null && isModelSalutation(text)) {
                        salutation = clean(text);
                        salutationOpen = true;
                    } else if (!Text.onlyPunctuation(text)) {
                        head.add(text);
                    }
                }
                default -> {
                    // telephone, social media and web addresses are not part of the format
                }
            }
        }
        if (head.isEmpty()) {
            return null;
        }
        if (head.size() == 1) {
            runOn = true;
        }
        List<String> pieces = runOn ? commaParts(head) : head;
        Target target = fromPieces(pieces, runOn, faxes, new ArrayList<>(emails), emptyToNull(salutation));
        if (target.name() == null && !runOn) {
            Target retry = fromPieces(commaParts(head), true, faxes, new ArrayList<>(emails), emptyToNull(salutation));
            return retry.name() != null ? retry : target;
        }
        return target;
    }

    private static Target fromPieces(List<String> pieces, boolean runOn, List<String> fax, List<String> email, String salutation) {
        int nameAt = -1;
        String name = null;
        String titlePrefix = null;
        // a name in mixed case wins over one in capitals: "VORSITZENDER DES ERMITTLUNGSKOMITEES" is a title above "Aleksandr Iwanow"
        boolean anyMixedCaseName = false;
        for (String piece : pieces) {
            anyMixedCaseName |= !isCapitals(piece) && (Names.isName(piece) || Names.trailingName(Names.withoutHonorific(piece)) != null);
        }
        for (int i = 0; i < pieces.size() && name == null; i++) {
            String piece = pieces.get(i);
            if (Names.isOnlyHonorific(piece) || (anyMixedCaseName && isCapitals(piece))) {
                continue;
            }
            if (Names.isName(piece)) {
                name = clean(Names.withoutHonorific(piece));
                nameAt = i;
            } else {
                Names.Found trailing = Names.trailingName(Names.withoutHonorific(piece));
                if (trailing != null) {
                    name = trailing.name();
                    String bare = Names.withoutHonorific(piece);
                    titlePrefix = clean(bare.substring(0, bare.lastIndexOf(trailing.name())));
                    nameAt = i;
                }
            }
        }
        List<String> title = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            String piece = clean(pieces.get(i));
            if (i < nameAt && !Names.isOnlyHonorific(piece) && !piece.isEmpty()) {
                title.add(piece);
            } else if (i > nameAt && !piece.isEmpty()) {
                after.add(piece);
            }
        }
        if (titlePrefix != null && !titlePrefix.isEmpty()) {
            title.add(titlePrefix);
        }
        String organisation = null;
        if (runOn) {
            while (!after.isEmpty() && isOffice(after.getFirst()) && (title.isEmpty() || title.size() < 3)) {
                title.add(after.removeFirst());
            }
        } else {
            List<String> organisationLines = new ArrayList<>();
            while (!after.isEmpty() && !Text.hasDigit(after.getFirst()) && Vocabulary.country(after.getFirst()) == null
                    && Vocabulary.country(after.getFirst().replaceFirst("^.*,\\s*", "")) == null) {
                organisationLines.add(after.removeFirst());
            }
            if (!organisationLines.isEmpty() && !after.isEmpty() && dangling(organisationLines.getLast())) {
                String next = after.removeFirst();
                int comma = next.indexOf(',');
                String first = comma < 0 ? next : next.substring(0, comma);
                if (!Text.hasDigit(first) && Text.words(first).length <= 2) {
                    organisationLines.add(first.strip());
                    if (comma >= 0) {
                        after.addFirst(next.substring(comma + 1).strip());
                    }
                } else {
                    after.addFirst(next);
                }
            }
            if (title.isEmpty() && !organisationLines.isEmpty() && isOffice(organisationLines.getFirst())
                    && !hasWord(organisationLines.getFirst(), ORGANISATION_WORDS)) {
                title.add(organisationLines.removeFirst());
            }
            String joined = String.join(" ", organisationLines).strip();
            if (!joined.isEmpty() && isOffice(joined)) {
                organisation = joined;
            } else if (!joined.isEmpty()) {
                after.addAll(0, organisationLines);
            }
        }
        return new Target(name, emptyToNull(String.join(", ", title)), organisation,
                emptyToNull(String.join(", ", after)), fax, email, salutation);
    }

    private static boolean isCapitals(String text) {
        return text.equals(text.toUpperCase(Locale.ROOT)) && !text.equals(text.toLowerCase(Locale.ROOT));
    }

    /** An organisation line cut by the page width: "Investigation Committee of the Russian" / "Federation". */
    private static boolean dangling(String line) {
        String last = line.substring(line.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return Set.of("of", "the", "for", "and", "russian", "des", "der", "de", "del", "della", "du").contains(last);
    }

    private static boolean isOffice(String text) {
        String[] words = Text.words(text);
        return Names.hasOfficeWord(words, 0, words.length) && !Text.hasDigit(text) && Vocabulary.country(text) == null;
    }

    private static boolean hasWord(String text, Set<String> words) {
        for (String word : text.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (words.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Splits every line at its labels: the text before the first label, then one part per label. */
    private static List<Part> parts(List<String> lines) {
        List<Part> parts = new ArrayList<>();
        for (String rawLine : lines) {
            String line = withoutParenthesis(rawLine);
            Matcher label = LABEL.matcher(line);
            int position = 0;
            String kind = "head";
            while (label.find()) {
                add(parts, kind, line.substring(position, label.start()));
                kind = label.group("fax") != null ? "fax" : label.group("email") != null ? "email"
                        : label.group("salutation") != null ? "salutation" : "other";
                position = label.end();
            }
            add(parts, kind, line.substring(position));
        }
        return parts;
    }

    private static void add(List<Part> parts, String kind, String text) {
        String stripped = text.strip();
        if (!stripped.isEmpty() || kind.equals("salutation")) {
            parts.add(new Part(kind, stripped));
        }
    }

    /** Splits a one-line target at its commas and full stops, keeping "ul. B. Dmitrovka" whole. */
    private static List<String> commaParts(List<String> head) {
        List<String> pieces = new ArrayList<>();
        for (String line : head) {
            for (String piece : line.split(",|(?<=\\p{L}{4})\\.\\s+(?=\\p{Lu})")) {
                if (!piece.isBlank()) {
                    pieces.add(piece.strip());
                }
            }
        }
        return pieces;
    }

    private static List<String> emailsIn(String text) {
        List<String> emails = new ArrayList<>();
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            emails.add(email.group().replaceAll("[.]+$", ""));
        }
        return emails;
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = Text.trimEnd(Text.trimStart(text, ",;:."), ",;: \t\n").strip();
        // a final full stop goes, unless it closes an initial ("Yurii Ya.", "B.")
        boolean initial = trimmed.length() >= 3 && trimmed.endsWith(".") && Character.isLetter(trimmed.charAt(trimmed.length() - 2))
                && !Character.isLetter(trimmed.charAt(trimmed.length() - 3));
        return trimmed.endsWith(".") && !initial ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
