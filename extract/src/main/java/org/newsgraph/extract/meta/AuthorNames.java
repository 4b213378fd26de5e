package org.newsgraph.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a byline as pages write it into names: {@code "By JOHN SMITH and Jane Doe, Staff Writers
 * | Reuters, July 21, 2012"} becomes {@code [John Smith, Jane Doe]}. Prefixes ("By", "Posted
 * by"), contact details, dates, roles and trailing credits are dropped; what is left is split on
 * "and", "&amp;" and commas, and each part must look like a name. Organisations (agencies,
 * outlets) named beside people are dropped.
 */
final class AuthorNames {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
  private static final Pattern CONTACT =
      Pattern.compile("\\S+@\\S+\\.\\S+|https?://\\S+|www\\.\\S+|(?<!\\S)@\\w+");
  private static final Pattern CREDIT_SEPARATOR =
      Pattern.compile("\\s+[|•·—–-]\\s+|\\s*[|/]\\s*");
  private static final Pattern TRAILER =
      Pattern.compile(
          "(?:\\s+|,\\s*|^)(?:on|at|in|posted|published|updated|last updated|filed|topics?|tags?"
              + "|categor(?:y|ies)|comments?|share|e-?mail|print|follow|more from|view all"
              + "|\\d{1,2}:\\d{2})(?:\\s|:|$).*$",
          FLAGS);
  private static final Pattern PREFIX =
      Pattern.compile(
          "^(?:(?:posted|written|story|words|reported|text|report|compiled|edited|published"
              + "|article|photos?|interview|analysis|commentary|column)\\s+)?"
              + "(?:by|von|par|por|di|door|av|af|przez|from)\\b[:\\s]*"
              + "|^(?:author|authors|byline|autor|autorin|auteur|reporter|writer)\\s*:\\s*",
          FLAGS);
  /** A list of names ends with its "and" item; one word after it is a place or an outlet. */
  private static final Pattern AFTER_LAST_ITEM =
      Pattern.compile("^(.*(?:\\band\\b|&)[^,]*?)\\s*,\\s*[\\p{L}'’.-]+\\s*$", FLAGS);
  private static final Pattern SPLIT =
      Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b)\\s*", FLAGS);
  private static final Pattern ROLE =
      Pattern.compile(
          "(?:^|\\s+)(?:the\\s+)?(?:staff|senior|chief|contributing|special|guest|political"
              + "|business|technology|tech|science|sports|foreign|deputy|managing|executive"
              + "|associate|assistant|national|local|news|feature|features|digital|web|education"
              + "|health|environment|environmental|economics|economic|economy|arts|entertainment"
              + "|diplomatic|defence|defense|security|legal|medical|transport|world|home|affairs"
              + "|religious|social|consumer|media|music|film|fashion|travel|food|crime|energy)?"
              + "(?:\\s+(?:affairs|and|&))?\\s*"
              + "(?:writer|reporter|correspondent|editor|columnist|contributor|blogger|producer"
              + "|analyst|photographer|intern|journalist|author|critic|staff|engineer|manager"
              + "|director|designer|developer|scientist|researcher|specialist|strategist|officer"
              + "|president|founder|ceo|cto|professor|lecturer|fellow|consultant|evangelist"
              + "|spokesman|spokeswoman|spokesperson)s?\\b.*$"
              + "|\\s*\\b(?:special to|for the|for)\\s.*$",
          FLAGS);
  private static final Pattern POSSESSOR = Pattern.compile("^\\S.*?['’]s?\\s+(?=\\p{Lu})");
  private static final Pattern ORGANIZATION_WORD =
      Pattern.compile(
          "\\b(?:news|press|times|post|journal|magazine|daily|weekly|network|agency|radio|tv"
              + "|television|channel|online|media|digital|today|herald|tribune|gazette|telegraph"
              + "|wire|service|newswire|staff|desk|bureau|team)\\b|\\.(?:com|org|net)\\b",
          FLAGS);
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,5}");
  private static final Pattern CREDENTIAL =
      Pattern.compile("(?:m\\.?d|ph\\.?d|jr|sr|esq|mba|rn|msc|bsc)\\.?", FLAGS);
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  private static final Set<String> NOT_NAMES =
      Set.of(
          "admin", "administrator", "staff", "guest", "anonymous", "unknown", "editor", "editors",
          "comments", "comment", "view", "posts", "profile", "follow", "twitter", "facebook",
          "google", "email", "share", "print", "subscribe", "rss", "login", "articles",
          "stories", "click", "here", "website", "more", "all", "by", "homepage", "contact",
          "bio", "biography", "see", "read", "full", "latest", "other", "menu", "search",
          "close", "about", "the", "photo", "image", "video", "credit", "source", "getty", "add",
          "circle", "circles", "presents", "corporate", "likes");

  private static final Set<String> AGENCIES =
      Set.of(
          "reuters", "thomsonreuters", "ap", "associatedpress", "theassociatedpress", "afp",
          "agencefrancepresse", "bloomberg", "bloombergnews", "dpa", "xinhua", "upi", "pa",
          "ansa", "efe", "kyodo", "tass", "ria");

  private static final int MAX_NAME_CHARS = 60;
  private static final int MAX_NAME_WORDS = 5;

  private AuthorNames() {}

  /** The names in {@code byline}, in order; empty when it holds none. */
  static List<String> parse(String byline) {
    String t = Text.clean(byline);
    t = PARENTHESES.matcher(t).replaceAll(" ");
    t = CONTACT.matcher(t).replaceAll(" ");
    t = Text.clean(t);
    t = cutAtDate(t);
    t = CREDIT_SEPARATOR.split(t, 2)[0];
    String previous;
    do {
      previous = t;
      t = PREFIX.matcher(t.strip()).replaceFirst("");
    } while (!t.equals(previous));
    t = TRAILER.matcher(t).replaceFirst("");
    t = AFTER_LAST_ITEM.matcher(t).replaceFirst("$1");
    List<String> names = new ArrayList<>();
    String[] parts = SPLIT.split(t);
    for (int i = 0; i < parts.length; i++) {
      String name = POSSESSOR.matcher(parts[i].strip()).replaceFirst("");
      Matcher role = ROLE.matcher(name);
      if (role.find()) {
        name = name.substring(0, role.start()).strip();
        if (i > 0 && Text.words(name) <= 1) {
          continue; // "..., Software Engineer": a job title after a comma, not a second name
        }
      }
      name = trimPunctuation(name);
      if (isName(name) && !CREDENTIAL.matcher(name).matches()) {
        names.add(fixCase(name));
      }
    }
    List<String> people = names.stream().filter(n -> !isOrganization(n)).toList();
    return people.isEmpty() ? names : people;
  }

  /**
   * Whether {@code name} is an organisation (a wire agency, a news outlet, an acronym) rather
   * than a person; organisations only count as a byline when no person is named.
   */
  private static boolean isOrganization(String name) {
    return AGENCIES.contains(Text.key(name))
        || ORGANIZATION_WORD.matcher(name).find()
        || ACRONYM.matcher(name).matches();
  }

  private static String cutAtDate(String t) {
    List<DateParser.Found> dates = DateParser.findAll(t);
    return dates.isEmpty() ? t : t.substring(0, dates.get(0).start());
  }

  private static String trimPunctuation(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
      start++;
    }
    while (end > start
        && !Character.isLetterOrDigit(s.charAt(end - 1))
        && s.charAt(end - 1) != '.') {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isName(String name) {
    if (name.length() < 2
        || name.length() > MAX_NAME_CHARS
        || DIGIT.matcher(name).find()
        || !LETTER.matcher(name).find()) {
      return false;
    }
    String[] words = name.split(" ");
    if (words.length > MAX_NAME_WORDS) {
      return false;
    }
    boolean capitalised = false;
    for (String word : words) {
      if (NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
        return false;
      }
      capitalised |= Character.isUpperCase(word.codePointAt(0));
    }
    return capitalised;
  }

  /** {@code JOHN O'BRIEN-SMITH} becomes {@code John O'Brien-Smith}; other names stay. */
  private static String fixCase(String name) {
    if (!name.equals(name.toUpperCase(Locale.ROOT)) || Text.key(name).length() <= 3) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length());
    boolean start = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      out.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return out.toString();
  }
}
