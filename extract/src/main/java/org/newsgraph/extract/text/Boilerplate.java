package org.newsgraph.extract.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises the lines a news site prints around every story (breadcrumbs, menus, prompts to
 * subscribe, follow, download or give feedback, cookie and legal notices, advertisement markers,
 * links to other stories, image file names, photo and reporting credits) by phrases and shapes
 * common to web pages in general. Only short lines are judged: a paragraph of more than {@value
 * #MAX_WORDS} words is never interface text.
 */
final class Boilerplate {

  static final int MAX_WORDS = 40;

  /** The reason given for a line that opens or belongs to a comment section. */
  static final String COMMENTS = "comment section";

  static final String PHOTO_CREDIT = "photo credit";
  static final String IMAGE_FILE_NAME = "image file name";

  /** Labels and buttons are a few words at most. */
  static final int MAX_LABEL_WORDS = 5;

  /** A line naming an image file has few other words; a caption that mentions one is longer. */
  static final int MAX_IMAGE_LINE_WORDS = 12;

  /** When a rule's phrase may also occur in a story, what else the line must show. */
  private enum Guard {
    /** The phrase or shape is interface text wherever it occurs. */
    NONE,
    /** The line quotes no one: "They never contact us," she said. */
    NO_QUOTE,
    /** The line is not a sentence, or it speaks to the reader: a footer link, not a report. */
    NOT_REPORT
  }

  /**
   * A phrase or shape, written in lower case and matched against the lower-cased line. The pattern
   * only runs on lines that contain one of the keywords, each a part of every match, which keeps
   * the many lines of a long page cheap.
   */
  private record Rule(
      String reason, Guard guard, int maxWords, List<String> keywords, Pattern pattern) {
    boolean matches(LineFeatures f, String lowerCase) {
      if (f.words() > maxWords || keywords.stream().noneMatch(lowerCase::contains)) {
        return false;
      }
      boolean applies =
          switch (guard) {
            case NONE -> true;
            case NO_QUOTE -> !QUOTE.matcher(f.text()).find();
            case NOT_REPORT -> !f.endsSentence() || f.addressesReader();
          };
      return applies && pattern.matcher(lowerCase).find();
    }
  }

  private static final Pattern QUOTE = Pattern.compile("[\"\u201C\u201D\u00AB\u00BB]");

  private static final String IMAGE_FILE =
      "\\S\\.(?:jpe?g|png|gif|webp|bmp|tiff?|svg|avif|heic)(?:\\?\\S*)?(?=\\s|$|[),;])";

  private static final List<Rule> RULES =
      List.of(
          rule(
              "breadcrumb",
              Guard.NONE,
              "you are here|home",
              "^(?:you are here\\b|home\\s*(?:[>›»/|:]|$))"),
          label(
              "interface word",
              "home|menu|search|section|navigation|print|mail|share|tweet|comment|log|sign"
                  + "|register|close|next|previous|more|top|loading|reply|report|follow|like"
                  + "|subscribe|skip to|jump to|toggle",
              "^(?:home|menu|search|sections?|navigation|print|e-?mail|share|tweet|comments?"
                  + "|log ?in|log ?out|sign ?in|sign ?up|register|close|next|previous|more|top"
                  + "|loading|reply|report|follow|like|subscribe|skip to (?:main )?content"
                  + "|back to top|jump to \\w+|open menu|toggle \\w+)"
                  + "\\W*(?:\\(?\\d+\\)?)?\\W*$"),
          rule(
              "subscription prompt",
              Guard.NO_QUOTE,
              "subscri|unlimited",
              "(?:^|[.!?:] +)subscribe\\b|\\bsubscribe (?:now|today|here)\\b"
                  + "|\\b(?:already|become) a (?:subscriber|member)\\b|\\bsubscribers? only\\b"
                  + "|\\bfor subscribers\\b|\\bsubscribe to$|\\bunlimited (?:digital )?access\\b"),
          rule(
              "newsletter prompt",
              Guard.NO_QUOTE,
              "newsletter|inbox",
              "\\b(?:sign up|subscribe|register)\\b.*\\bnewsletters?\\b"
                  + "|\\bnewsletters?\\b.*\\b(?:inbox|sign up|subscribe)\\b"
                  + "|^(?:our |the |daily |weekly |free )?newsletters?\\b"
                  + "|\\bdelivered (?:straight )?to your inbox\\b"),
          rule(
              "social media prompt",
              Guard.NO_QUOTE,
              "follow us|now on|us on|our |share|facebook|twitter|whatsapp|telegram|linkedin"
                  + "|pinterest|reddit|email",
              "\\bfollow us\\b|\\bis now on (?:telegram|whatsapp|instagram|tiktok|youtube"
                  + "|facebook|twitter|x|threads|linkedin|google news|signal|line)\\b"
                  + "|\\b(?:join|like|find|follow) (?:us|our \\w+(?: \\w+)?) on\\b"
                  + "|^share (?:this|on|via|the|to)\\b"
                  + "|\\bshare (?:this )?(?:article|story|page|post)\\b"
                  + "|^(?:facebook|twitter|whatsapp|telegram|linkedin|pinterest|reddit|email)"
                  + "(?:\\W+(?:facebook|twitter|whatsapp|telegram|linkedin|pinterest|reddit"
                  + "|email))*\\W*$"),
          rule(
              "app prompt",
              Guard.NO_QUOTE,
              "app",
              "\\bdownload (?:our|the)\\b.*\\bapp\\b|\\bget the\\b.*\\bapp\\b"
                  + "|\\bapp store\\b|\\bgoogle play\\b|\\bour app\\b"),
          rule(
              "feedback prompt",
              Guard.NO_QUOTE,
              "feedback|tell us|email us|e-mail us|write to us|contact us|send us"
                  + "|have your say|love to hear|got a|error",
              "\\byour feedback\\b|\\btell us what you think\\b"
                  + "|\\b(?:email|e-mail|write to|contact) us\\b|\\bhave your say\\b"
                  + "|\\bwe(?:'d|\u2019d| would) love to hear\\b|\\bsend us (?:your|a)\\b"
                  + "|\\bgot a (?:news )?tip\\b|\\bspotted an error\\b|\\breport an error\\b"),
          rule(
              COMMENTS,
              Guard.NOT_REPORT,
              "comment|repl|respons|conversation|discussion|inappropriate|abuse",
              "^\\W*\\d[\\d,]* (?:comments?|responses?|replies)\\b"
                  + "|\\bcomments? (?:loaded|closed|are closed|policy)\\b|\\breader comments\\b"
                  + "|\\b(?:load|show|view|read|see) (?:all )?(?:the )?(?:\\d+ )?comments\\b"
                  + "|\\b(?:leave|post|add|write) (?:a|your) (?:comment|reply|response)\\b"
                  + "|\\b(?:log ?in|sign in|register) to (?:comment|reply|post)\\b"
                  + "|\\breply to this\\b|\\bjoin the (?:conversation|discussion)\\b"
                  + "|\\bflag as inappropriate\\b|\\breport abuse\\b"),
          rule(
              "cookie notice",
              Guard.NOT_REPORT,
              "cookie",
              "\\b(?:we|this (?:site|website)) uses? cookies\\b"
                  + "|\\bcookies?\\b.*"
                  + "\\b(?:accept|consent|policy|settings|preferences|browser)\\b"),
          rule(
              "legal notice",
              Guard.NONE,
              "\u00A9|(c)|copyright|rights reserved",
              "©|\\(c\\) *(?:19|20)\\d\\d|\\bcopyright *(?:\\(c\\))? *(?:19|20)\\d\\d"
                  + "|\\ball rights reserved\\b"),
          rule(
              "legal notice",
              Guard.NOT_REPORT,
              "privacy|terms",
              "\\bprivacy (?:policy|notice|statement)\\b"
                  + "|\\bterms (?:of|and) (?:use|service|conditions)\\b"),
          label(
              "advertisement",
              "advert|ad|sponsor|paid|promoted|partner",
              "^(?:advertisement|advertising|ad|sponsored(?: content)?|paid (?:post|content)"
                  + "|promoted(?: content)?|partner content)\\W*$"),
          rule(
              "advertisement",
              Guard.NONE,
              "continu",
              "\\b(?:story|article) continues (?:below|after)\\b|^continue reading\\b"
                  + "|\\bscroll (?:down )?to continue\\b"),
          rule(
              "link prompt",
              Guard.NOT_REPORT,
              "read|see|watch|listen|tap|view|related|more|recommended|most |trending"
                  + "|top stories|latest|pick|like|further",
              "^(?:read|see|watch|listen|tap|view) (?:more|also|the full|here|now|next"
                  + "|related|our|all)\\b|^(?:read|watch|listen|see also)\\W*:"
                  + "|^(?:related(?: articles| stories| topics| coverage| content| news)?"
                  + "|more on this(?: story)?|more from|more stories|recommended(?: for you)?"
                  + "|most (?:read|popular|viewed|shared)|trending(?: now)?|top stories"
                  + "|latest (?:news|stories)|editor'?s picks|you (?:may|might) (?:also )?like"
                  + "|also read|further reading)\\b"),
          rule(
              PHOTO_CREDIT,
              Guard.NONE,
              "photo|picture|image|illustration|graphic|video|credit|source|/|getty",
              "^(?:photos?|photograph|picture|image|illustration|graphic|video|file photo"
                  + "|credit|source)(?: credit)? *[:/|]"
                  + "|[(\\[]? *\\b(?:photos?|photograph|picture|image|credit)(?: credit)? *[:/] *"
                  + "[^.!?]{1,60}[)\\]]? *$"
                  + "|\\b(?:ap|afp|reuters|epa|getty images|bloomberg|xinhua|shutterstock|istock)"
                  + "(?: photo)? */ *[\\p{L} '-]{1,40}[)\\]]? *$"
                  + "|\\bvia getty images\\b|^getty images$"),
          rule(
              "reporting credit",
              Guard.NONE,
              " by|contribut",
              "^\\(? *(?:additional )?(?:reporting|writing|editing|compiled|produced|research"
                  + "|translated|graphics?|edited)(?: and \\w+)? by\\b|^contributing:"
                  + "|\\bcontributed (?:to )?this (?:report|story|article)\\b"),
          rule(
              "link prompt",
              Guard.NO_QUOTE,
              "click here|the full",
              "\\bclick here\\b|\\b(?:read|see) the full (?:story|article|report)\\b"),
          rule(
              "web address",
              Guard.NONE,
              "http|www.|@",
              "^(?:https?://|www\\.)\\S+$|^[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+$"),
          rule("social handle", Guard.NONE, "@|#", "^(?:[@#]\\w+\\W*)+$"));

  private static final Pattern IMAGE = Pattern.compile(IMAGE_FILE);
  private static final Pattern MENU_SEPARATOR = Pattern.compile(" *[|>›»•·] *| +/ +");

  private Boilerplate() {}

  /** Why the line {@code f} measures is interface text, or empty when it may be content. */
  static Optional<String> reason(LineFeatures f) {
    if (f.words() > MAX_WORDS) {
      return Optional.empty();
    }
    String text = f.text();
    String lowerCase = text.toLowerCase(Locale.ROOT);
    for (Rule rule : RULES) {
      if (rule.matches(f, lowerCase)) {
        return Optional.of(rule.reason());
      }
    }
    if (f.words() <= MAX_IMAGE_LINE_WORDS
        && lowerCase.indexOf('.') >= 0
        && IMAGE.matcher(lowerCase).find()) {
      return Optional.of(IMAGE_FILE_NAME);
    }
    if (isMenu(text)) {
      return Optional.of("menu");
    }
    if (f.truncated() && (f.addressesReader() || f.innerSentence())) {
      return Optional.of("truncated prompt");
    }
    return Optional.empty();
  }

  /** Whether {@code reason} marks a line that belongs to a picture: its credit or file name. */
  static boolean isPictureLine(String reason) {
    return PHOTO_CREDIT.equals(reason) || IMAGE_FILE_NAME.equals(reason);
  }

  /** Three or more short items between separators: {@code World | Business | Sport}. */
  private static boolean isMenu(String text) {
    if (text.chars().filter(c -> "|>/\u203A\u00BB\u2022\u00B7".indexOf(c) >= 0).count() < 2) {
      return false;
    }
    String[] items = MENU_SEPARATOR.split(text);
    if (items.length < 3) {
      return false;
    }
    for (String item : items) {
      if (item.isBlank() || item.strip().split(" +").length > 4) {
        return false;
      }
    }
    return true;
  }

  private static Rule rule(String reason, Guard guard, String keywords, String regex) {
    return new Rule(reason, guard, MAX_WORDS, keywords(keywords), Pattern.compile(regex));
  }

  /** A rule for a line that is nothing but a label or a button: "Advertisement", "Print". */
  private static Rule label(String reason, String keywords, String regex) {
    return new Rule(
        reason, Guard.NONE, MAX_LABEL_WORDS, keywords(keywords), Pattern.compile(regex));
  }

  /** Keywords written between bars: {@code "subscri|unlimited"}. */
  private static List<String> keywords(String barSeparated) {
    return List.of(barSeparated.split("\\|"));
  }
}
