package org.tocsin.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The scoring of shared/tools/score-extraction.py, ported line by line so that the corpus
 * test needs no Python: per document, the mean over the fields the expectation states.
 */
final class ExtractionScore {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private final Map<String, BiFunction<JsonNode, JsonNode, Double>> fields = new LinkedHashMap<>();

    ExtractionScore() {
        fields.put("kind", (e, g) -> scalar(e, g, ExtractionScore::fold));
        fields.put("code", (e, g) -> scalar(e, g, ExtractionScore::codeKey));
        fields.put("follow_up_of", (e, g) -> f1(strings(e, ExtractionScore::codeKey), strings(g, ExtractionScore::codeKey)));
        fields.put("issue_date", (e, g) -> scalar(e, g, ExtractionScore::fold));
        fields.put("deadline", (e, g) -> scalar(e, g, ExtractionScore::fold));
        fields.put("country", (e, g) -> scalar(e, g, s -> fold(s).equals("russia") ? "russian federation" : fold(s)));
        fields.put("title", (e, g) -> e.isNull() ? scalar(e, g, ExtractionScore::fold)
                : text(g) != null && !text(g).isEmpty() && jaccard(text(e), text(g)) >= 0.7 ? 1.0 : 0.0);
        fields.put("persons_at_risk", ExtractionScore::persons);
        fields.put("gender_summary", (e, g) -> e.equals(g) ? 1.0 : 0.0);
        fields.put("targets", ExtractionScore::targets);
        fields.put("copies_to_diplomats", (e, g) -> e.equals(g) ? 1.0 : 0.0);
        fields.put("languages", (e, g) -> f1(strings(e, ExtractionScore::fold), strings(g, ExtractionScore::fold)));
        fields.put("actions_requested", (e, g) -> {
            int n = e.size();
            int m = g == null || !g.isArray() ? 0 : g.size();
            return n == m ? 1.0 : 1.0 - (double) Math.abs(n - m) / Math.max(n, m);
        });
    }

    /** The document's score and the fields below 1, as the script prints them. */
    record Result(double score, Map<String, Double> shortFields) {
    }

    Result score(JsonNode expected, JsonNode got) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : expected.properties()) {
            BiFunction<JsonNode, JsonNode, Double> scorer = fields.get(field.getKey());
            if (scorer == null) {
                continue;
            }
            JsonNode e = field.getValue();
            JsonNode g = got.get(field.getKey());
            if (empty(e)) {
                if (!empty(g) && !(g.isString() && g.asString().isEmpty())) {
                    scores.put(field.getKey(), 0.0);
                }
                continue;
            }
            scores.put(field.getKey(), scorer.apply(e, g == null ? nullNode(got) : g));
        }
        double mean = scores.isEmpty() ? 1.0 : scores.values().stream().mapToDouble(Double::doubleValue).average().orElse(1.0);
        Map<String, Double> weak = new LinkedHashMap<>();
        scores.forEach((k, v) -> {
            if (v < 1.0) {
                weak.put(k, v);
            }
        });
        return new Result(mean, weak);
    }

    private static JsonNode nullNode(JsonNode any) {
        return tools.jackson.databind.node.NullNode.getInstance();
    }

    private static boolean empty(JsonNode node) {
        return node == null || node.isNull() || (node.isArray() || node.isObject()) && node.isEmpty();
    }

    static String fold(String s) {
        String decomposed = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return decomposed.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static String codeKey(String s) {
        return (s == null ? "" : s).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static String digits(String s) {
        return (s == null ? "" : s).replaceAll("\\D", "");
    }

    private static List<String> tokenList(String s) {
        List<String> tokens = new ArrayList<>();
        Matcher word = WORD.matcher(fold(s));
        while (word.find()) {
            tokens.add(word.group());
        }
        return tokens;
    }

    private static double jaccard(String a, String b) {
        Set<String> ta = new HashSet<>(tokenList(a));
        Set<String> tb = new HashSet<>(tokenList(b));
        Set<String> union = new HashSet<>(ta);
        union.addAll(tb);
        if (union.isEmpty()) {
            return 1.0;
        }
        ta.retainAll(tb);
        return (double) ta.size() / union.size();
    }

    private static String nameKey(String name) {
        List<String> tokens = tokenList(name);
        return tokens.isEmpty() ? "|" : tokens.getLast() + "|" + tokens.getFirst().charAt(0);
    }

    private static double f1(Set<String> expected, Set<String> got) {
        if (expected.isEmpty() && got.isEmpty()) {
            return 1.0;
        }
        if (expected.isEmpty() || got.isEmpty()) {
            return 0.0;
        }
        Set<String> tp = new HashSet<>(expected);
        tp.retainAll(got);
        if (tp.isEmpty()) {
            return 0.0;
        }
        double p = (double) tp.size() / got.size();
        double r = (double) tp.size() / expected.size();
        return 2 * p * r / (p + r);
    }

    private static Set<String> strings(JsonNode list, Function<String, String> key) {
        Set<String> values = new HashSet<>();
        if (list != null && list.isArray()) {
            list.forEach(item -> values.add(key.apply(item.isNull() ? "" : item.asString())));
        }
        return values;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.isString() ? node.asString() : node.toString();
    }

    private static double scalar(JsonNode e, JsonNode g, Function<String, String> key) {
        if (e.isNull()) {
            return g == null || g.isNull() || (g.isString() && g.asString().isEmpty()) || (g.isArray() && g.isEmpty()) ? 1.0 : 0.0;
        }
        return g != null && !g.isNull() && key.apply(text(e)).equals(key.apply(text(g))) ? 1.0 : 0.0;
    }

    private static Map<String, JsonNode> byName(JsonNode list) {
        Map<String, JsonNode> map = new HashMap<>();
        if (list != null && list.isArray()) {
            list.forEach(item -> {
                if (item.isObject()) {
                    map.put(nameKey(text(item.get("name")) == null ? "" : text(item.get("name"))), item);
                }
            });
        }
        return map;
    }

    private static double persons(JsonNode e, JsonNode g) {
        Map<String, JsonNode> ek = byName(e);
        Map<String, JsonNode> gk = byName(g);
        double score = f1(ek.keySet(), gk.keySet());
        int compared = 0;
        int same = 0;
        for (String key : ek.keySet()) {
            if (gk.containsKey(key) && text(ek.get(key).get("gender")) != null) {
                compared++;
                same += text(ek.get(key).get("gender")).equals(text(gk.get(key).get("gender"))) ? 1 : 0;
            }
        }
        return compared == 0 ? score : 0.8 * score + 0.2 * same / compared;
    }

    private static double targets(JsonNode e, JsonNode g) {
        Map<String, JsonNode> ek = byName(e);
        Map<String, JsonNode> gk = byName(g);
        double found = f1(ek.keySet(), gk.keySet());
        List<Double> parts = new ArrayList<>();
        for (String key : ek.keySet()) {
            if (!gk.containsKey(key)) {
                continue;
            }
            JsonNode et = ek.get(key);
            JsonNode gt = gk.get(key);
            parts.add(f1(strings(et.get("fax"), ExtractionScore::digits), strings(gt.get("fax"), ExtractionScore::digits)));
            parts.add(f1(strings(et.get("email"), ExtractionScore::fold), strings(gt.get("email"), ExtractionScore::fold)));
            if (text(et.get("salutation")) != null && !text(et.get("salutation")).isEmpty()) {
                parts.add(scalar(et.get("salutation"), gt.get("salutation"), ExtractionScore::fold));
            }
            if (text(et.get("title")) != null && !text(et.get("title")).isEmpty()) {
                String gotTitle = text(gt.get("title"));
                parts.add(jaccard(text(et.get("title")), gotTitle == null ? "" : gotTitle) >= 0.6 ? 1.0 : 0.0);
            }
        }
        double detail = parts.isEmpty() ? (found == 1.0 ? 1.0 : 0.0) : parts.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return 0.5 * found + 0.5 * detail;
    }
}
