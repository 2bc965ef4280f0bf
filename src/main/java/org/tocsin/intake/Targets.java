package org.tocsin.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.tocsin.intake.ExtractedUrgentAction.Target;

/**
 * Finds the authorities to write to. Two layouts cover what organisations publish: an
 * address block of several lines under a heading such as "PLEASE SEND APPEALS ... TO:" (one
 * block per target, ending with its salutation), and one line per target, often a bullet,
 * with its labels inline ("Mr. X, President, Fax: ..., Email: ..."). Entries after a
 * "copies to" line are copies, not targets.
 */
final class Targets {

    /** Headings that open the list of addresses. */
    private static final Pattern APPEALS_HEADING = Pattern.compile(
            "(?iuU)^(?:\\d+[.)]\\s*)?(?:please\\s+)?(?:send\\s+(?:your\\s+)?appeals\\b.*\\bto\\b|appeals?\\s+to\\b|addresses\\b|write\\s+to\\s*:|take action\\s*:?$|write an appeal\\b.*|.*\\buse (?:this|the) model letter.*|write\\s+to\\b(?!.*\\b(?:urg|call|ask|demand|request))[^:]{0,50}:$|"
                    + "appelle\\s+an\\b|schreiben sie\\b.*\\ban\\b|adressen\\b|briefe\\s+an\\b|envoyez\\s+vos\\s+appels\\b.*\\b[àa]\\b|adresses\\b|écrivez\\s+à\\b|"
                    + "appelli\\s+a\\b|indirizzi\\b|scrivete\\s+a\\b|envíen\\s+(?:sus\\s+)?llamamientos\\b.*\\ba\\b|direcciones\\b|escriban\\s+a\\b).*");

    /** Where primary targets end: copies go to these, and the rest of the page is not addresses. */
    private static final Pattern COPIES = Pattern.compile(
            "(?iuU)\\b(?:copies\\s+to|send\\s+copies|copy\\s+to|kopien?\\s+an|copies?\\s+(?:à|aux)|copia\\s+(?:a|al|alla)|copie\\s+a)\\b");

    private static final Pattern STOP = Pattern.compile(
            "(?iuU)^(?:please check with|additional information|further information|background|hintergrund|zusätzliche informationen|"
                    + "informations complémentaires|información adicional|ulteriori informazioni|kindly inform|names?\\s*:|gender\\b|name address 1)");

    /** "1." or "2)" opening a numbered target. */
    private static final Pattern NUMBERED = Pattern.compile("^(?:\\d{1,2}[.)]|\\u2022)\\s*");

    private Targets() {
    }

    static List<Target> find(List<String> lines) {
        int copies = copiesLine(lines);
        List<Target> targets = new ArrayList<>();
        boolean[] used = new boolean[lines.size()];
        for (int i = 0; i < copies; i++) {
            if (APPEALS_HEADING.matcher(lines.get(i)).matches()) {
                int end = regionEnd(lines, i + 1, copies);
                List<String> region = new ArrayList<>(lines.subList(i + 1, end));
                String afterColon = afterColon(lines.get(i));
                if (!afterColon.isEmpty()) {
                    region.addFirst(afterColon);
                }
                for (int j = i; j < end; j++) {
                    used[j] = true;
                }
                for (List<String> block : blocks(region)) {
                    addIfTarget(targets, TargetBlock.parse(block, block.size() == 1));
                }
                i = end - 1;
            }
        }
        for (int i = 0; i < copies; i++) {
            String line = lines.get(i);
            if (!used[i] && TargetBlock.isRunOnTarget(line)) {
                addIfTarget(targets, TargetBlock.parse(List.of(NUMBERED.matcher(line).replaceFirst("")), true));
            }
        }
        return targets;
    }

    private static void addIfTarget(List<Target> targets, Target target) {
        if (target != null && (target.name() != null || (target.title() != null && (!target.fax().isEmpty() || !target.email().isEmpty())))) {
            targets.add(target);
        }
    }

    private static int copiesLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String lower = TextCleanup.lower(lines.get(i));
            if (Keywords.containsAny(lower, "cop", "kopie", "diplomat", "botschaft", "embass", "ambassad", "embajad", "ambasciat",
                    "représentation", "representaci", "rappresentanz")
                    && (COPIES.matcher(lines.get(i)).find() || Requests.copiesToDiplomats(lines.get(i)))) {
                return i;
            }
        }
        return lines.size();
    }

    private static int regionEnd(List<String> lines, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (STOP.matcher(lines.get(i)).lookingAt() || APPEALS_HEADING.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return limit;
    }

    private static String afterColon(String heading) {
        int colon = heading.indexOf(':');
        if (colon < 0) {
            return "";
        }
        String rest = heading.substring(colon + 1).strip();
        return DateParser.at(rest, 0) != null ? "" : rest;
    }

    /**
     * Splits an address region into one block per target: a numbered line or bullet starts
     * one; a salutation ends one; so does a blank line after a fax or e-mail line when what
     * follows is not another label (PDF text has blank lines, even several, inside blocks).
     */
    static List<List<String>> blocks(List<String> region) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int blanks = 0;
        boolean contact = false;
        boolean salutationOpen = false;
        boolean salutationDone = false;
        boolean salutationEndsWithComma = false;
        for (String line : region) {
            if (line.isBlank()) {
                blanks++;
                // PDF text puts runs of blank lines inside a block too: only a block with its contacts ends here
                if (blanks >= 2 && !salutationOpen && contact) {
                    close(blocks, current);
                    current = new ArrayList<>();
                    contact = false;
                    salutationDone = false;
                }
                continue;
            }
            boolean label = TargetBlock.startsWithLabel(line);
            boolean salutation = TargetBlock.isSalutationLabel(line) || (!salutationOpen && TargetBlock.isModelSalutation(line));
            boolean continuesSalutation = salutationOpen || (salutationDone && !salutationEndsWithComma && blanks == 0 && !label && line.length() < 50
                    && !NUMBERED.matcher(line).lookingAt() && !line.endsWith(":"));
            boolean startsNew = !salutationOpen && (NUMBERED.matcher(line).lookingAt()
                    || (salutationDone && !continuesSalutation)
                    || (contact && blanks > 0 && !label && !salutation));
            if (startsNew) {
                close(blocks, current);
                current = new ArrayList<>();
                contact = false;
                salutationDone = false;
            }
            current.add(NUMBERED.matcher(line).replaceFirst(""));
            if (salutation) {
                salutationEndsWithComma = line.strip().endsWith(",");
                salutationOpen = TargetBlock.salutationValue(line).isEmpty() && TargetBlock.isSalutationLabel(line);
                salutationDone = !salutationOpen;
            } else if (salutationOpen) {
                salutationOpen = false;
                salutationDone = true;
            }
            contact |= TargetBlock.hasLabel(line);
            blanks = 0;
        }
        close(blocks, current);
        return blocks;
    }

    private static void close(List<List<String>> blocks, List<String> block) {
        if (!block.isEmpty()) {
            blocks.add(block);
        }
    }
}
