package org.newsgraph.extract.markup;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes random HTML from a grammar of what news pages hold: mostly plausible markup (doctype,
 * head with meta, link, title, style and script, a body of blocks, inline runs, lists, tables,
 * forms, media, svg), and, in an "odd" document, a minority of awkward fragments (malformed
 * doctypes and comments, misnested formatting, stray end tags, raw text elements, deep nesting,
 * text after the body, NUL and lone surrogates, frameset, template).
 */
final class TagSoup {

  private static final List<String> WORDS =
      List.of("The", "council", "voted", "on", "Tuesday", "to", "rebuild", "the", "library",
          "said", "Mayor", "Ana", "López", "Zürich", "北京", "😀", "€5", "—", "“quoted”", "it's",
          "2024", "a.m.", "U.S.", "e-mail", "x", "\u00a0", "\u200b", "naïve");

  private static final List<String> PLAIN_ENTITIES =
      List.of("&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "&copy;", "&#39;", "&#x27;", "&mdash;",
          "&hellip;", "&rsquo;", "&eacute;", "&#8212;", "&#x1F600;");

  private static final List<String> ODD_TEXT =
      List.of("&copy", "&copy2019", "AT&T", "&#150;", "&#0;", "&#xD800;", "&notit;", "&notin;",
          "&bogus;", "&", "&#", "&#x;", "&amp", "&AMP;", "&#1114112;", "\u0000", "\r", "\r\n",
          "\uD800", "\uDC00x", "a < b", "<3", "< p>", "<>", "</>", "<!", "<?php echo 1 ?>",
          "</ p>", "<=", "a<b", "\t", "\f", "\u000b", "]]>", "-->", "<\u00e9>", "&lt", "&gt");

  private static final List<String> BLOCKS =
      List.of("div", "section", "article", "header", "footer", "nav", "aside", "main", "figure",
          "blockquote", "center", "address", "details", "fieldset", "hgroup", "search");

  private static final List<String> INLINES =
      List.of("a", "span", "b", "i", "em", "strong", "small", "code", "sup", "sub", "time",
          "abbr", "cite", "q", "s", "u", "mark", "font", "nobr", "big", "tt", "strike", "label",
          "bdi", "dfn", "kbd", "var", "ins", "del");

  private static final List<String> VOIDS =
      List.of("br", "img", "hr", "input", "wbr", "embed", "source", "track", "area", "col",
          "param", "keygen", "basefont", "bgsound", "link", "meta");

  private static final List<String> ATTRIBUTE_NAMES =
      List.of("class", "id", "href", "src", "title", "alt", "style", "data-id", "data-src",
          "aria-label", "role", "rel", "target", "width", "height", "lang", "itemprop", "name",
          "content", "type", "srcset", "loading", "onclick", "hidden", "disabled", "xmlns");

  private static final List<String> DOCTYPES =
      List.of(
          "<!DOCTYPE html>",
          "<!doctype html>",
          "<!DOCTYPE HTML>",
          "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\""
              + " \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">",
          "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\"\n"
              + "  \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">",
          "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\""
              + " \"http://www.w3.org/TR/html4/loose.dtd\">",
          "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">",
          "<!DOCTYPE html SYSTEM \"about:legacy-compat\">");

  private static final List<String> ODD_DOCTYPES =
      List.of("<!DOCTYPE>", "<!DOCTYPE html PUBLIC>", "<!doctypehtml>", "<!DOCTYPE html5>",
          "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">",
          "<!DOCTYPE html PUBLIC \"-//W3O//DTD W3 HTML Strict 3.0//EN//\">",
          "<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Frameset//EN' 'x.dtd'>",
          "<!DOCTYPE html SYSTEM \"http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd\">",
          "<!DOCTYPE html PUBLIC \"unclosed", "<!DOCTYPE html bogus>", "<!DOCTYPE svg>",
          "<!DOCTYPE html PUBLIC\"-//W3C//DTD HTML 4.0//EN\">", "<!DocType Html>", "<!DOCTYPE");

  private static final List<String> ODD_COMMENTS =
      List.of("<!-->", "<!--->", "<!-- a --!>", "<!-- a -- b -->", "<!---->", "<!-- <p> -->",
          "<!--<!-- nested -->", "<! bogus >", "<!-- ends with dash--->", "<![CDATA[ cdata ]]>",
          "<?xml version=\"1.0\"?>", "<? pi ?>", "</ x>", "</3>");

  private static final List<String> SCRIPTS =
      List.of(
          "var a = 1; if (a < 2 && a > 0) { a++; }",
          "document.write('<p>x</p>');",
          "var s = \"<!--\"; var t = \"-->\";",
          "var e = \"</scr\" + \"ipt>\";",
          "var f = '<\\/script>';",
          "<!--\nvar old = 1;\n//-->",
          "window.dataLayer = window.dataLayer || []; dataLayer.push({'event': 'view'});",
          "\n  (function(){ var x = '&amp; &copy;'; })();\n");

  private static final List<String> ODD_SCRIPTS =
      List.of("<!--<script>x</script>-->", "<!-- <script> </script -->", "</scrip", "x</SCRIPT",
          "<!--<script>", "a</script x>", "\u0000", "if (a<!--b) {}");

  private final Random random;
  private final boolean odd;

  TagSoup(Random random, boolean odd) {
    this.random = random;
    this.odd = odd;
  }

  /** A whole document: prolog, html start, head, body and what follows it. */
  String document() {
    StringBuilder out = new StringBuilder(prolog()).append(htmlStart()).append(headStart());
    for (int i = random.nextInt(8); i > 0; i--) {
      out.append(headItem());
    }
    out.append(headEnd()).append(bodyStart());
    for (int i = random.nextInt(10); i > 0; i--) {
      out.append(block(0));
    }
    return out.append(epilog()).toString();
  }

  /** What comes before {@code <html>}: an XML declaration, a doctype, comments, white space. */
  String prolog() {
    StringBuilder out = new StringBuilder();
    if (chance(5)) {
      out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }
    if (oddChance(5)) {
      out.append("\uFEFF");
    }
    if (oddChance(30)) {
      out.append(pick(ODD_DOCTYPES));
    } else if (chance(85)) {
      out.append(chance(70) ? pick(DOCTYPES.subList(0, 3)) : pick(DOCTYPES));
    }
    out.append(pick(List.of("", "\n", "\r\n", "\n\n")));
    if (chance(15)) {
      out.append(comment()).append('\n');
    }
    return out.toString();
  }

  String htmlStart() {
    if (chance(10)) {
      return "";
    }
    return "<" + name("html") + pick(List.of("", " lang=\"en\"", " class=\"no-js\" lang=\"en-US\"",
        " lang=en dir=ltr", " xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\"",
        " prefix=\"og: http://ogp.me/ns#\"")) + ">" + whitespace();
  }

  String headStart() {
    return chance(90) ? "<" + name("head") + (chance(5) ? " profile=\"x\"" : "") + ">" : "";
  }

  /** One element (or text, or comment) in the head. */
  String headItem() {
    String item =
        switch (random.nextInt(odd ? 16 : 12)) {
          case 0 -> "<meta charset=\"utf-8\">";
          case 1 -> "<meta name=\"" + pick(List.of("description", "author", "keywords"))
              + "\" content=\"" + words(6) + "\"" + (chance(30) ? " />" : ">");
          case 2 -> "<meta property=\"og:title\" content=\"" + text() + "\">";
          case 3 -> "<link rel=\"" + pick(List.of("stylesheet", "canonical", "icon", "preload"))
              + "\" href=\"/s/a.css?v=1&amp;x=2\"" + (chance(30) ? "/>" : ">");
          case 4 -> "<title>" + text() + (chance(20) ? "<b>not bold</b>" : "") + "</title>";
          case 5 -> "<style>" + pick(List.of("a > b { color: red }", "p{margin:0}/* </p> */",
              "@media (max-width: 600px) { .x::after { content: \"<\"; } }")) + "</style>";
          case 6 -> script();
          case 7 -> "<base href=\"" + pick(List.of("https://example.org/base/", "/root/", "x"))
              + "\">";
          case 8 -> "<noscript>" + pick(List.of("<link rel=stylesheet href=n.css>",
              "<style>.js{display:none}</style>", "<img src=pixel.gif>",
              "<meta http-equiv=refresh content=0>")) + "</noscript>";
          case 9 -> comment();
          case 10 -> "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">";
          case 11 -> "<script type=\"application/ld+json\">{\"headline\": \"" + words(4)
              + " <b>\", \"url\": \"/a?b=1&c=2\"}</script>";
          case 12 -> pick(List.of("stray text", "<div>early</div>", "</p>", "<head>",
              "<html lang=fr data-x>", "</br>", "<template><p>t</p></template>",
              "<meta charset=utf-8/>", "<title>a<title>b</title>", "<body>", "</head>",
              "<frameset><frame src=a.html></frameset>"));
          case 13 -> pick(ODD_COMMENTS);
          case 14 -> "<script>" + pick(ODD_SCRIPTS) + "</script>";
          default -> "<" + name(pick(List.of("style", "title", "noscript", "textarea"))) + ">"
              + pick(ODD_TEXT) + "</" + name("style") + ">";
        };
    return item + whitespace();
  }

  String headEnd() {
    return (chance(85) ? "</" + name("head") + ">" : "") + whitespace()
        + (oddChance(20) ? pick(List.of("text between", "<!-- between -->", "<meta x=1>",
            "<script>between()</script>", "<style></style>")) : "");
  }

  String bodyStart() {
    if (oddChance(4)) {
      return "<frameset cols=\"50%,50%\"><frame src=a.html><frame src=b.html>"
          + (chance(50) ? "</frameset>" : "") + "<noframes><p>old</p></noframes>";
    }
    if (chance(10)) {
      return "";
    }
    return "<" + name("body") + pick(List.of("", " class=\"article\"",
        " class='a b' data-x=1 onload=\"init()\"", " id=top itemscope")) + ">" + whitespace();
  }

  /** A block-level piece of the body at the given nesting depth. */
  String block(int depth) {
    int kinds = depth > 3 ? 6 : odd ? 22 : 16;
    switch (random.nextInt(kinds)) {
      case 0:
      case 1:
        return paragraph(depth);
      case 2:
        return text();
      case 3:
        return inline(depth);
      case 4:
        return heading(depth);
      case 5:
        return voidElement() + whitespace();
      case 6:
      case 7:
        return container(depth);
      case 8:
        return list(depth);
      case 9:
        return table(depth);
      case 10:
        return form(depth);
      case 11:
        return media();
      case 12:
        return rawText();
      case 13:
        return comment();
      case 14:
        return foreign();
      case 15:
        return pick(List.of("<pre>\n  code\n</pre>", "<pre>\ntext</pre>", "<hr/>",
            "<dl><dt>Term<dd>Definition<dt>Next<dd>More</dl>", "<address>Here</address>",
            "<details><summary>More</summary><p>Hidden</p></details>",
            "<template><p>t</p><td>x</td></template>", "<iframe src=\"/embed\"></iframe>"));
      case 16:
        return misnested(depth);
      case 17:
        return pick(ODD_TEXT);
      case 18:
        return pick(ODD_COMMENTS);
      case 19:
        return deep();
      case 20:
        return structureTag();
      default:
        return stray();
    }
  }

  /** Markup expected after the body's content: end tags, then things after them. */
  String epilog() {
    StringBuilder out = new StringBuilder();
    if (chance(80)) {
      out.append("</").append(name("body")).append('>').append(whitespace());
    }
    if (oddChance(30)) {
      out.append(pick(List.of("after body", "<p>after body</p>", "<!-- after body -->",
          "<script>late()</script>", "<div>late</div>", " \n ")));
    }
    if (chance(80)) {
      out.append("</").append(name("html")).append('>');
    }
    if (chance(30)) {
      out.append(pick(List.of("\n", "\r\n", "<!-- after html -->", "\n<!-- cache 3ms -->\n")));
    }
    if (oddChance(30)) {
      out.append(pick(List.of("after html", "<p>after html</p>", "<body class=late>",
          "<html lang=de>", "</body>", "<script>x()</script>", "&amp;", "<plaintext><b>x",
          "<head><title>late</title>")));
    }
    return out.toString();
  }

  private String paragraph(int depth) {
    StringBuilder out = new StringBuilder("<").append(name("p")).append(attributes()).append('>');
    for (int i = 1 + random.nextInt(4); i > 0; i--) {
      out.append(random.nextInt(3) == 0 ? inline(depth + 1) : text());
    }
    if (odd && chance(20)) {
      out.append(block(depth + 1));
    }
    return out.append(chance(80) ? "</" + name("p") + ">" : "").append(whitespace()).toString();
  }

  private String heading(int depth) {
    String h = "h" + (1 + random.nextInt(6));
    String inner = chance(70) ? text() : inline(depth + 1);
    if (oddChance(30)) {
      return "<" + h + ">" + inner + "<h" + (1 + random.nextInt(6)) + ">" + text() + "</" + h
          + ">";
    }
    return "<" + name(h) + attributes() + ">" + inner + "</" + name(h) + ">" + whitespace();
  }

  private String container(int depth) {
    String tag = pick(BLOCKS);
    StringBuilder out = new StringBuilder("<").append(name(tag)).append(attributes()).append('>');
    out.append(whitespace());
    for (int i = random.nextInt(4); i > 0; i--) {
      out.append(block(depth + 1));
    }
    return out.append(oddChance(20) ? "" : "</" + name(tag) + ">").append(whitespace())
        .toString();
  }

  private String inline(int depth) {
    if (depth > 5 || chance(30)) {
      return text();
    }
    if (oddChance(10)) {
      return misnested(depth);
    }
    String tag = pick(INLINES);
    String attributes = tag.equals("a") ? " href=\"" + href() + "\"" + attributes() : attributes();
    StringBuilder out = new StringBuilder("<").append(name(tag)).append(attributes).append('>');
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      out.append(chance(60) ? text() : chance(20) ? voidElement() : inline(depth + 1));
    }
    return out.append(oddChance(15) ? "" : "</" + name(tag) + ">").toString();
  }

  private String list(int depth) {
    String tag = pick(List.of("ul", "ol", "menu"));
    StringBuilder out = new StringBuilder("<").append(name(tag)).append(attributes()).append('>');
    for (int i = 1 + random.nextInt(4); i > 0; i--) {
      out.append(whitespace()).append("<li").append(attributes()).append('>')
          .append(chance(70) ? inline(depth + 1) : block(depth + 1));
      if (chance(25)) {
        out.append(list(depth + 2));
      }
      out.append(chance(80) ? "</li>" : "");
    }
    return out.append("</").append(name(tag)).append('>').toString();
  }

  private String table(int depth) {
    StringBuilder out = new StringBuilder("<table").append(attributes()).append('>');
    if (chance(20)) {
      out.append("<caption>").append(text()).append("</caption>");
    }
    if (chance(15)) {
      out.append("<colgroup><col span=2><col></colgroup>");
    }
    boolean tbody = chance(50);
    if (chance(20)) {
      out.append("<thead><tr><th>").append(text()).append("</th></tr></thead>");
    }
    out.append(tbody ? "<tbody>" : "").append(whitespace());
    for (int r = 1 + random.nextInt(3); r > 0; r--) {
      out.append("<tr>");
      for (int c = 1 + random.nextInt(3); c > 0; c--) {
        out.append(chance(15) ? "<th>" : "<td").append(chance(50) ? attributes() + ">" : ">")
            .append(depth < 3 && chance(15) ? table(depth + 1) : inline(depth + 1))
            .append(chance(80) ? "</td>" : "");
      }
      out.append(chance(80) ? "</tr>" : "").append(whitespace());
    }
    if (oddChance(40)) {
      out.append(pick(List.of("text in table", "<p>para in table</p>", "<div>d</div>",
          "<form><input name=t></form>", "<td>no row</td>", "<tr><td>a</td></tr></tbody>x",
          "<table><tr><td>inner</table>", "<caption>late</caption>", "<a href=/t>link</a>",
          "<input type=hidden name=h>", "<script>t()</script>", "<style></style>",
          "<select><option>a</select>", "</td>", "</table></table>")));
    }
    return out.append(tbody ? "</tbody>" : "").append("</table>").toString();
  }

  private String form(int depth) {
    StringBuilder out = new StringBuilder("<form action=\"/search\" method=get")
        .append(attributes()).append('>');
    out.append("<label for=q>").append(text()).append("</label>");
    out.append("<input type=text name=q id=q").append(chance(30) ? "/>" : ">");
    if (chance(50)) {
      out.append("<select name=s>");
      for (int i = 1 + random.nextInt(3); i > 0; i--) {
        out.append("<option value=").append(i).append(chance(20) ? " selected" : "").append('>')
            .append(text()).append(chance(60) ? "</option>" : "");
      }
      out.append(chance(30) ? "<optgroup label=g><option>g1</optgroup>" : "").append("</select>");
    }
    if (chance(30)) {
      out.append("<textarea name=t>").append(chance(50) ? "<b>raw</b> &amp;" : text())
          .append("</textarea>");
    }
    out.append("<button type=submit>Go</button>");
    if (oddChance(40)) {
      out.append(pick(List.of("<form><input name=inner></form>", "<form action=/b>",
          "<fieldset><legend>L</legend><input type=checkbox checked></fieldset>",
          "<keygen name=k>", "<isindex prompt=x>", "<output name=o>1</output>",
          "</form><input name=after>", "<table><tr><td><input name=c></td></tr></table>")));
    }
    return out.append(depth > 2 ? "" : "</form>").toString();
  }

  private String media() {
    return switch (random.nextInt(5)) {
      case 0 -> "<figure><img src=\"/i/a.jpg\" alt=\"" + words(3) + "\" width=640 height=480"
          + (chance(50) ? " />" : ">") + "<figcaption>" + text() + "</figcaption></figure>";
      case 1 -> "<picture><source srcset=\"a.webp\" type=\"image/webp\"><img src=a.jpg alt=\"\">"
          + "</picture>";
      case 2 -> "<video controls><source src=v.mp4 type=video/mp4><track kind=captions>"
          + "No video</video>";
      case 3 -> "<audio src=a.mp3></audio><object data=x.swf><param name=a value=b>"
          + "<embed src=x.swf></object>";
      default -> "<map name=m><area shape=rect coords=\"0,0,1,1\" href=/a></map>";
    };
  }

  private String rawText() {
    return switch (random.nextInt(odd ? 8 : 5)) {
      case 0 -> script();
      case 1 -> "<style>.a{color:red}</style>";
      case 2 -> "<noscript><img src=\"/pixel.gif\" alt=\"\"></noscript>";
      case 3 -> "<textarea>" + text() + "\n&lt;b&gt; <b>raw</b></textarea>";
      case 4 -> "<iframe src=\"https://www.youtube.com/embed/x\" allowfullscreen></iframe>";
      case 5 -> "<xmp><b>not bold</b> &amp;</xmp>";
      case 6 -> "<iframe><p>inside iframe</p></iframe><noembed><b>x</b></noembed>";
      default -> "<title>in body &amp; <i>x</i></title><noframes><p>nf</p></noframes>";
    };
  }

  private String foreign() {
    return switch (random.nextInt(odd ? 8 : 3)) {
      case 0 -> "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\" width=24>"
          + "<path d=\"M0 0h24v24H0z\" fill=\"none\"/><circle cx=12 cy=12 r=4></circle></svg>";
      case 1 -> "<svg viewbox=\"0 0 2 2\"><defs><linearGradient id=g><stop offset=0></stop>"
          + "</linearGradient></defs><use xlink:href=\"#g\"/><title>t</title></svg>";
      case 2 -> "<math><mi>x</mi><mo>=</mo><mn>2</mn></math>";
      case 3 -> "<svg><foreignObject><p>in foreign</p></foreignObject><desc><b>d</b></desc>"
          + "</svg>";
      case 4 -> "<svg><![CDATA[ raw <data> ]]><text>t</text></svg>";
      case 5 -> "<math><annotation-xml encoding=\"text/html\"><p>y</p></annotation-xml>"
          + "<mtext><b>t</b></mtext></math>";
      case 6 -> "<svg><p>breaks out</p><clipPath><feGaussianBlur/></clipPath></svg>";
      default -> "<SVG ViewBox=\"0 0 1 1\"><G><RECT/></G></SVG><math definitionURL=x><MI>i</math>";
    };
  }

  private String misnested(int depth) {
    return switch (random.nextInt(12)) {
      case 0 -> "<b><i>" + text() + "</b>" + text() + "</i>";
      case 1 -> "<a href=\"/1\">" + text() + "<a href=\"/2\">" + text() + "</a>";
      case 2 -> "<p>" + text() + "<div>" + text() + "</div>" + text() + "</p>";
      case 3 -> "<nobr>a<nobr>b</nobr>";
      case 4 -> "<font color=red><p>" + text() + "</font></p>";
      case 5 -> "<b>1<p>2</b>3</p>";
      case 6 -> "<a href=x><div>block in a</div></a>";
      case 7 -> "<em><strong>" + text() + "</em></strong>";
      case 8 -> "<b><b><b><b>" + text() + "</b>";
      case 9 -> "<span>" + block(depth + 1) + "</span>";
      case 10 -> "<li>orphan<li>items";
      default -> "<dd>def<dt>term</dd>";
    };
  }

  private String stray() {
    return pick(List.of("</p>", "</div>", "</br>", "</span>", "</li>", "</table>", "</form>",
        "</a>", "</h2>", "</body>", "</html>", "</head>", "</td>", "</option>", "</select>",
        "</my-widget>", "</>", "<div/>", "<span/>", "<p/>", "<my-widget data-x=1>w</my-widget>",
        "<my-widget/>", "<x-y:z>ns</x-y:z>", "<option>o", "<image src=i.png>", "<br/>",
        "<br></br>", "<input type=hidden>", "<select><option>a<option>b</select>",
        "<template><tr><td>t</td></tr></template>", "<plaintext>", "<menuitem>m",
        "<ruby>r<rt>t</rt><rp>(</rp></ruby>", "<marquee>m</marquee>", "<applet>a</applet>"));
  }

  private String structureTag() {
    return pick(List.of("<html lang=de data-late>", "<body class=late id=b>", "<head>",
        "<frameset><frame></frameset>", "<body>", "<html>", "<frame src=x>",
        "<base href=/late/>", "<meta name=late content=1>", "<link rel=late href=/x>"));
  }

  private String deep() {
    String[] tags = {"div", "span", "b", "section", "li"};
    String tag = tags[random.nextInt(tags.length)];
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 600; i++) {
      out.append('<').append(tag).append('>');
    }
    out.append("deep");
    if (chance(70)) {
      for (int i = 0; i < 600; i++) {
        out.append("</").append(tag).append('>');
      }
    }
    return out.toString();
  }

  private String script() {
    String open = pick(List.of("<script>", "<script type=\"text/javascript\">",
        "<script async src=\"https://cdn.example.com/a.js?x=1&y=2\">", "<SCRIPT>"));
    String body = open.contains("src") ? "" : pick(SCRIPTS);
    return open + body + "</script>";
  }

  private String comment() {
    return "<!--" + pick(List.of(" comment ", "[if lt IE 9]><script src=x.js></script><![endif]",
        " <div>markup</div> ", "", " - ", " & ")) + "-->";
  }

  private String voidElement() {
    String tag = pick(VOIDS.subList(0, odd ? VOIDS.size() : 7));
    String src = tag.equals("img") ? " src=\"/img/" + random.nextInt(100) + ".jpg\" alt=\"\"" : "";
    return "<" + name(tag) + src + attributes() + pick(List.of(">", ">", "/>", " />")) + "";
  }

  private String attributes() {
    if (chance(55)) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      out.append(' ').append(oddChance(20) ? pick(List.of("CLASS", "Href", "data-X", "ID",
          "on:click", "@click", "x.y", "[a]", "a\"b", "'q'")) : pick(ATTRIBUTE_NAMES));
      out.append(value());
    }
    if (oddChance(20)) {
      out.append(pick(List.of(" class=a class=b", " a==b", " a= b", " =\"x\"", " a=", " a=''",
          " a=\"1\"b=\"2\"", " / a", " a=x/", " a=`b`", " a=\"<p>\"", " a='\"'", " a=\"\n\"",
          " a=1&b=2&amp;c&copy=3", " href=?a=1&copy=2&reg", " title=\"&notit; &notin; &#0;\"")));
    }
    return out.toString();
  }

  private String value() {
    return switch (random.nextInt(odd ? 9 : 6)) {
      case 0, 1 -> "=\"" + pick(List.of("story", "main content", "/a/b.html?x=1&amp;y=2",
          "https://example.com/é", "", "data:image/gif;base64,R0lGOD==")) + "\"";
      case 2 -> "='" + pick(List.of("lead", "He said \"yes\"", "a&b")) + "'";
      case 3 -> "=" + pick(List.of("x", "12", "/path", "a&amp;b"));
      case 4 -> "";
      case 5 -> "=\"" + pick(PLAIN_ENTITIES) + words(1) + "\"";
      case 6 -> "=" + pick(List.of("a=1&b=2&amp;c&copy=3", "&copy2019", "x&notit;", "a&#39;b"));
      case 7 -> "=\"" + pick(ODD_TEXT) + "\"";
      default -> " = \"spaced\"";
    };
  }

  private String text() {
    StringBuilder out = new StringBuilder();
    for (int i = 1 + random.nextInt(6); i > 0; i--) {
      if (i > 1 || chance(50)) {
        out.append(' ');
      }
      int kind = random.nextInt(10);
      if (kind < 7) {
        out.append(pick(WORDS));
      } else if (kind < 9 || !odd) {
        out.append(pick(PLAIN_ENTITIES));
      } else {
        out.append(pick(ODD_TEXT));
      }
    }
    if (chance(10)) {
      out.append(pick(List.of("\n", "\r\n", "\r", "\n\t\t")));
    }
    return out.toString();
  }

  private String words(int count) {
    StringBuilder out = new StringBuilder(pick(WORDS));
    for (int i = 1; i < count; i++) {
      out.append(' ').append(pick(WORDS));
    }
    return out.toString();
  }

  private String href() {
    return pick(List.of("/news/a.html", "https://example.com/x?y=1&amp;z=2", "#top",
        "mailto:a@b.c", "javascript:void(0)", "?p=2&s=x", "//cdn.example.com/a"));
  }

  private String whitespace() {
    return pick(List.of("", "", "\n", "\n  ", " ", "\r\n", "\n\t"));
  }

  /** The tag name, in upper or mixed case now and then. */
  private String name(String tag) {
    int roll = random.nextInt(100);
    if (roll < (odd ? 8 : 2)) {
      return tag.toUpperCase(Locale.ROOT);
    }
    if (roll < (odd ? 12 : 3) && tag.length() > 1) {
      return Character.toUpperCase(tag.charAt(0)) + tag.substring(1);
    }
    return tag;
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  private boolean oddChance(int percent) {
    return odd && chance(percent);
  }

  private String pick(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }
}
