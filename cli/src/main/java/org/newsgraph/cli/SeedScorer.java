package org.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores one analysis result (the JSON {@code analyze} prints) against the careful reading in
 * the seed's {@code expected.json}, item by item, exactly as the reference scorer {@code
 * shared/tools/check_seed.py} does: lenient on form (case, quotation marks, punctuation, "Mr"),
 * strict on substance (speaker, value, actors, count, polarity).
 */
final class SeedScorer {

  /** One required item and whether the result has it. */
  record Check(String part, String label, boolean found) {}

  static final List<String> PARTS = List.of("clean", "quotes", "people", "times", "events");

  private static final Pattern NOT_WORDLIKE =
      Pattern.compile("[^\\w' -]", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Set<String> HONORIFICS = Set.of("mr", "ms", "mrs", "dr");
  private static final Map<String, Set<String>> FAMILY = families();

  private final JsonNode expected;

  SeedScorer(JsonNode expected) {
    this.expected = expected;
  }

  /** The checks of one part ({@code clean}, {@code quotes}, {@code people}, {@code times}, {@code events}). */
  List<Check> score(String part, JsonNode result) {
    return switch (part) {
      case "clean" -> clean(result);
      case "quotes" -> quotes(result);
      case "people" -> people(result);
      case "times" -> times(result);
      case "events" -> events(result);
      default -> throw new IllegalArgumentException("unknown part: " + part + " (one of " + PARTS + ")");
    };
  }

  static String norm(String s) {
    String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC)
        .replace('\u2018', '\'').replace('\u2019', '\'')
        .replace('\u201c', '"').replace('\u201d', '"')
        .replace('\u2013', '-').replace('\u2014', '-');
    t = NOT_WORDLIKE.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ");
    return SPACES.matcher(t).replaceAll(" ").strip();
  }

  static boolean samePerson(String a, String b) {
    a = norm(a);
    b = norm(b);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    List<String> ta = withoutHonorifics(a);
    List<String> tb = withoutHonorifics(b);
    return !ta.isEmpty() && !tb.isEmpty()
        && (ta.get(ta.size() - 1).equals(tb.get(tb.size() - 1))
            || tb.containsAll(ta) || ta.containsAll(tb));
  }

  private static List<String> withoutHonorifics(String s) {
    List<String> tokens = new ArrayList<>();
    for (String t : s.split(" ")) {
      if (!HONORIFICS.contains(t)) {
        tokens.add(t);
      }
    }
    return tokens;
  }

  private static JsonNode articleOf(JsonNode result) {
    return result.has("article") ? result.get("article") : result;
  }

  private static Map<String, String> entityNames(JsonNode result) {
    Map<String, String> names = new HashMap<>();
    for (JsonNode e : result.path("entities")) {
      names.put(e.path("id").asText(null), e.path("name").asText(""));
    }
    return names;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  private List<Check> clean(JsonNode result) {
    JsonNode article = articleOf(result);
    String body = text(article, "text");
    JsonNode c = expected.path("clean_text");
    List<Check> checks = new ArrayList<>();
    checks.add(check("clean", "title", norm(text(c, "title")).equals(norm(text(article, "title")))));
    checks.add(check("clean", "dateline", norm(text(article, "dateline")).equals(norm(text(c, "dateline")))));
    checks.add(check("clean", "lead once", occurrences(body, text(c, "lead_once")) == 1));
    checks.add(check("clean", "first kept", body.contains(text(c, "must_keep_first"))));
    checks.add(check("clean", "last kept", body.contains(text(c, "must_keep_last"))));
    for (JsonNode line : c.path("must_drop_lines")) {
      checks.add(check("clean", "drop: " + line.asText(), !body.contains(line.asText())));
    }
    return checks;
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private List<Check> quotes(JsonNode result) {
    Map<String, String> names = entityNames(result);
    List<String[]> got = new ArrayList<>();
    for (JsonNode q : result.path("quotes")) {
      got.add(new String[] {norm(text(q, "text")), speakerName(q, names)});
    }
    List<Check> checks = new ArrayList<>();
    for (JsonNode g : expected.path("quotes")) {
      String t = norm(text(g, "text"));
      String speaker = text(g, "speaker");
      boolean ok = false;
      for (String[] q : got) {
        if ((q[0].contains(t) || t.contains(q[0]))
            && q[0].length() >= Math.min(t.length(), 12)
            && samePerson(q[1], speaker)) {
          ok = true;
          break;
        }
      }
      String label = text(g, "text");
      checks.add(check("quotes", label.substring(0, Math.min(50, label.length())) + " -> " + speaker, ok));
    }
    return checks;
  }

  private static String speakerName(JsonNode q, Map<String, String> names) {
    JsonNode sp = q.get("speaker");
    if (sp == null || sp.isNull()) {
      return "";
    }
    if (sp.isTextual()) {
      return sp.asText();
    }
    String name = text(sp, "name");
    String entity = sp.hasNonNull("entity") ? sp.get("entity").asText() : null;
    if (entity != null && names.containsKey(entity)) {
      String entityName = names.get(entity);
      name = entityName.isEmpty() ? name : entityName;
    }
    return name;
  }

  private List<Check> people(JsonNode result) {
    List<JsonNode> persons = new ArrayList<>();
    for (JsonNode e : result.path("entities")) {
      if (text(e, "type").toUpperCase(Locale.ROOT).startsWith("PER")) {
        persons.add(e);
      }
    }
    List<Check> checks = new ArrayList<>();
    for (JsonNode p : expected.path("people")) {
      String name = text(p, "name");
      JsonNode match = null;
      for (JsonNode e : persons) {
        if (norm(text(e, "name")).equals(norm(name))) {
          match = e;
          break;
        }
      }
      boolean ok = match != null;
      if (ok) {
        String roles = joined(match.path("roles"));
        for (JsonNode r : p.path("roles")) {
          String role = norm(r.asText());
          boolean has = roles.contains(role);
          if (!has) {
            has = true;
            for (String w : role.split(" ")) {
              has &= roles.contains(w);
            }
          }
          ok &= has;
        }
        String mentions = joined(match.path("mentions"));
        for (JsonNode m : p.path("mentions")) {
          ok &= mentions.contains(norm(m.asText()));
        }
      }
      checks.add(check("people", name, ok));
    }
    return checks;
  }

  private static String joined(JsonNode spans) {
    List<String> parts = new ArrayList<>();
    for (JsonNode s : spans) {
      parts.add(norm(s.isObject() ? text(s, "text") : s.asText()));
    }
    return String.join(" | ", parts);
  }

  private List<Check> times(JsonNode result) {
    List<String[]> got = new ArrayList<>();
    for (JsonNode t : result.path("times")) {
      got.add(new String[] {norm(text(t, "text")), t.has("value") ? t.get("value").asText("") : ""});
    }
    List<Check> checks = new ArrayList<>();
    for (JsonNode g : expected.path("times")) {
      if (g.path("optional").asBoolean(false)) {
        continue;
      }
      String gt = norm(text(g, "text"));
      String value = text(g, "value");
      String first = value.split("/")[0];
      String[] words = value.replace("/", " ").split(" ");
      String last = words[words.length - 1];
      boolean ok = false;
      for (String[] t : got) {
        boolean textMatches = !t[0].isEmpty() && (gt.contains(t[0]) || t[0].contains(gt));
        boolean valueMatches = t[1].equals(value)
            || (t[1].replace("/", " ").startsWith(first) && t[1].contains(last));
        if (textMatches && valueMatches) {
          ok = true;
          break;
        }
      }
      checks.add(check("times", text(g, "text") + " = " + value, ok));
    }
    return checks;
  }

  private List<Check> events(JsonNode result) {
    Map<String, String> names = entityNames(result);
    List<Check> checks = new ArrayList<>();
    for (JsonNode g : expected.path("events")) {
      if (g.path("optional").asBoolean(false)) {
        continue;
      }
      String type = text(g, "type");
      Set<String> family = FAMILY.getOrDefault(type, Set.of(type));
      List<String> want = new ArrayList<>();
      if (g.has("actors")) {
        g.get("actors").forEach(a -> want.add(a.asText()));
      } else {
        for (String key : List.of("actor", "target")) {
          if (g.hasNonNull(key) && !g.get(key).asText().isEmpty()) {
            want.add(g.get(key).asText());
          }
        }
      }
      boolean ok = false;
      for (JsonNode ev : result.path("events")) {
        if (matchesEvent(g, ev, family, want, names)) {
          ok = true;
          break;
        }
      }
      checks.add(check("events", type + " " + String.join(",", want), ok));
    }
    return checks;
  }

  private static boolean matchesEvent(
      JsonNode g, JsonNode ev, Set<String> family, List<String> want, Map<String, String> names) {
    Set<String> kinds = new HashSet<>();
    for (String key : List.of("action", "type", "mode")) {
      kinds.add(norm(ev.has(key) && !ev.get(key).isNull() ? ev.get(key).asText() : "").replace(' ', '_'));
    }
    kinds.retainAll(family);
    if (kinds.isEmpty()) {
      return false;
    }
    List<String> actorNames = actorsOf(ev, names);
    for (String w : want) {
      boolean any = false;
      for (String n : actorNames) {
        if (!n.isEmpty() && (samePerson(w, n) || norm(n).contains(norm(w)) || norm(w).contains(norm(n)))) {
          any = true;
          break;
        }
      }
      if (!any) {
        return false;
      }
    }
    if (g.has("count") && !(ev.has("count") && ev.get("count").equals(g.get("count")))) {
      return false;
    }
    if ("negative".equals(text(g, "polarity"))) {
      String polarity = norm(ev.has("polarity") ? ev.get("polarity").asText() : "None");
      if (!polarity.equals("negative") && !polarity.equals("neg")) {
        return false;
      }
    }
    String when = text(g, "when");
    if (!when.isEmpty() && Character.isDigit(when.charAt(0))) {
      JsonNode w = ev.get("when");
      String value = w == null || w.isNull() ? "" : w.isObject() ? text(w, "value") : w.asText();
      return value.length() >= 4 && value.substring(0, 4).equals(when.substring(0, 4));
    }
    return true;
  }

  private static List<String> actorsOf(JsonNode ev, Map<String, String> names) {
    List<String> out = new ArrayList<>();
    for (String key : List.of("source", "target", "actors", "participants")) {
      JsonNode v = ev.get(key);
      if (v == null || v.isNull()) {
        continue;
      }
      List<JsonNode> items = new ArrayList<>();
      if (v.isArray()) {
        v.forEach(items::add);
      } else {
        items.add(v);
      }
      for (JsonNode a : items) {
        if (a.isTextual()) {
          out.add(a.asText());
        } else {
          String n = text(a, "name");
          if (n.isEmpty() && a.hasNonNull("entity")) {
            n = names.getOrDefault(a.get("entity").asText(), "");
          }
          if (n.isEmpty()) {
            n = text(a, "text");
          }
          out.add(n);
        }
      }
    }
    return out;
  }

  private static Check check(String part, String label, boolean found) {
    return new Check(part, label, found);
  }

  private static Map<String, Set<String>> families() {
    Map<String, Set<String>> f = new LinkedHashMap<>();
    f.put("meet", Set.of("meet", "meeting", "summit", "visit", "consult"));
    f.put("call", Set.of("call", "phone", "phone_call", "consult"));
    f.put("contact", Set.of("contact", "meet", "call", "consult"));
    f.put("missile_launch", Set.of("missile_launch", "missile_test", "launch", "fire", "assault", "fight", "attack"));
    f.put("suspend", Set.of("suspend", "halt", "retreat", "concede"));
    f.put("withdraw", Set.of("withdraw", "retreat", "reject"));
    f.put("impose_tariffs", Set.of("impose_tariffs", "tariff", "tariffs", "sanction", "impose_sanctions", "coerce"));
    f.put("threaten", Set.of("threaten"));
    f.put("accuse", Set.of("accuse", "disapprove", "criticize"));
    f.put("recommend", Set.of("recommend", "praise", "support", "endorse", "nominate"));
    f.put("denounce", Set.of("denounce", "disapprove", "accuse", "insult", "criticize"));
    f.put("statement", Set.of("statement", "say", "tell", "speak", "consult"));
    f.put("urge", Set.of("urge", "appeal", "demand", "request"));
    f.put("decline_comment", Set.of("decline_comment", "statement", "reject", "refuse"));
    return Map.copyOf(f);
  }
}
