package org.newsgraph.extract.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageDecoderTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final PageDecoder decoder = new PageDecoder();

  @Test
  void utf8ByteOrderMarkWinsOverHeaderAndIsDropped() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(page("café")));

    DecodedText decoded = decoder.decode(bytes, "text/html; charset=ISO-8859-1");

    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(decoded.evidence()).isEqualTo("bom");
    assertThat(decoded.text()).startsWith("<html>").contains("café");
    assertThat(decoded.warnings()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"UTF-16LE, FF, FE", "UTF-16BE, FE, FF"})
  void utf16ByteOrderMarks(String name, String first, String second) {
    Charset charset = Charset.forName(name);
    byte[] bom = {(byte) Integer.parseInt(first, 16), (byte) Integer.parseInt(second, 16)};

    DecodedText decoded = decoder.decode(concat(bom, page("naïve 東京").getBytes(charset)), null);

    assertThat(decoded.charset()).isEqualTo(charset);
    assertThat(decoded.evidence()).isEqualTo("bom");
    assertThat(decoded.text()).isEqualTo(page("naïve 東京"));
  }

  @Test
  void headerCharsetDecodesTheBytes() {
    byte[] bytes = page("café crème").getBytes(WINDOWS_1252);

    DecodedText decoded = decoder.decode(bytes, "text/html; charset=\"windows-1252\"");

    assertThat(decoded.text()).contains("café crème");
    assertThat(decoded.charset()).isEqualTo(WINDOWS_1252);
    assertThat(decoded.evidence()).isEqualTo("header");
    assertThat(decoded.warnings()).isEmpty();
  }

  @Test
  void latin1LabelMeansWindows1252LikeBrowsers() {
    byte[] bytes = page("\u201cquoted\u201d \u2014 dash").getBytes(WINDOWS_1252);

    DecodedText decoded = decoder.decode(bytes, "text/html;charset=ISO-8859-1");

    assertThat(decoded.charset()).isEqualTo(WINDOWS_1252);
    assertThat(decoded.text()).contains("\u201cquoted\u201d \u2014 dash");
  }

  @Test
  void headerWinsOverMeta() {
    String html = "<html><head><meta charset=\"windows-1251\"></head><body>café</body></html>";

    DecodedText decoded = decoder.decode(html.getBytes(WINDOWS_1252), "text/html; charset=cp1252");

    assertThat(decoded.evidence()).isEqualTo("header");
    assertThat(decoded.text()).contains("café");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "<meta charset=\"windows-1251\">",
        "<meta charset=windows-1251 />",
        "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1251\">",
        "<meta content='text/html; charset=windows-1251' http-equiv='content-type'>",
      })
  void metaDeclarations(String meta) {
    String html = "<html><head>" + meta + "</head><body>Новости дня: правительство</body></html>";
    Charset cp1251 = Charset.forName("windows-1251");

    DecodedText decoded = decoder.decode(html.getBytes(cp1251), "text/html");

    assertThat(decoded.charset()).isEqualTo(cp1251);
    assertThat(decoded.evidence()).isEqualTo("meta");
    assertThat(decoded.text()).contains("Новости дня: правительство");
  }

  @Test
  void xmlDeclarationCounts() {
    String html = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<html><body>été</body></html>";

    DecodedText decoded = decoder.decode(html.getBytes(WINDOWS_1252), null);

    assertThat(decoded.evidence()).isEqualTo("meta");
    assertThat(decoded.charset()).isEqualTo(WINDOWS_1252);
    assertThat(decoded.text()).contains("été");
  }

  @Test
  void metaAfterTheFirstFourKilobytesIsIgnored() {
    String filler = "<!-- " + "x".repeat(5000) + " -->";
    String html =
        "<html><head>" + filler + "<meta charset=windows-1251></head><body>café</body></html>";

    DecodedText decoded = decoder.decode(html.getBytes(WINDOWS_1252), null);

    assertThat(decoded.evidence()).isEqualTo("detected");
    assertThat(decoded.text()).contains("café");
  }

  @Test
  void charsetsOfScriptsAndCommentsAreNotDeclarations() {
    String html =
        "<html><head><!-- <meta charset=koi8-r> --><script src=\"a.js\" charset=\"utf-16be\">"
            + "</script></head><body>café au lait</body></html>";

    DecodedText decoded = decoder.decode(html.getBytes(StandardCharsets.UTF_8), null);

    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(decoded.evidence()).isEqualTo("detected");
    assertThat(decoded.text()).contains("café au lait");
  }

  @Test
  void declarationBetweenCommentsCountsAndOneInAnUnclosedCommentDoesNot() {
    String declared =
        "<!-- a --><!-- <meta charset=koi8-r> --><meta charset=\"windows-1252\"><!-- b -->";
    String unclosed = "<html><head><!-- <meta charset=\"windows-1252\"> ";

    DecodedText afterComments = decoder.decode(latin1(declared + "<p>caf\u00e9</p>"), null);
    DecodedText inUnclosed = decoder.decode(latin1(unclosed + "<p>caf\u00e9</p>"), null);

    assertThat(afterComments.evidence()).isEqualTo("meta");
    assertThat(afterComments.charset().name()).isEqualTo("windows-1252");
    assertThat(inUnclosed.evidence()).isEqualTo("detected");
  }

  @Test
  void declaredUtf8ThatIsWindows1252IsDecodedAsWindows1252WithAWarning() {
    String html = "<meta charset=\"utf-8\"><p>Le café est très apprécié à Paris.</p>";

    DecodedText decoded = decoder.decode(html.getBytes(WINDOWS_1252), null);

    assertThat(decoded.text()).contains("Le café est très apprécié à Paris.");
    assertThat(decoded.charset()).isEqualTo(WINDOWS_1252);
    assertThat(decoded.evidence()).isEqualTo("detected");
    assertThat(decoded.warnings()).singleElement().asString().contains("UTF-8", "windows-1252");
  }

  @Test
  void declaredLatin1ThatIsUtf8IsDecodedAsUtf8WithAWarning() {
    String html = "<meta charset=\"iso-8859-1\"><p>Ærø — “smart” naïveté</p>";

    DecodedText decoded = decoder.decode(utf8(html), "text/html");

    assertThat(decoded.text()).contains("Ærø — “smart” naïveté");
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(decoded.warnings()).singleElement().asString().contains("windows-1252", "UTF-8");
  }

  @Test
  void strayWindows1252BytesInAUtf8PageAreReadAsWindows1252() {
    byte[] bytes =
        concat(
            utf8("<meta charset=utf-8><p>naïve — “quoted” résumé</p><p>Amin"),
            new byte[] {(byte) 0x92},
            utf8("s house</p>"));

    DecodedText decoded = decoder.decode(bytes, null);

    assertThat(decoded.text()).contains("naïve — “quoted” résumé", "Amin’s house");
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(decoded.evidence()).isEqualTo("meta");
    assertThat(decoded.warnings()).singleElement().asString().contains("1 bytes");
  }

  @Test
  void unknownCharsetNameIsIgnoredWithAWarning() {
    DecodedText decoded = decoder.decode(utf8(page("grüße")), "text/html; charset=x-no-such");

    assertThat(decoded.text()).contains("grüße");
    assertThat(decoded.evidence()).isEqualTo("detected");
    assertThat(decoded.warnings()).singleElement().asString().contains("x-no-such");
  }

  @Test
  void undeclaredAsciiIsUtf8ByDefault() {
    DecodedText decoded = decoder.decode(utf8(page("plain")), null);

    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(decoded.evidence()).isEqualTo("default");
  }

  @Test
  void undeclaredUtf16WithoutByteOrderMarkIsRecognised() {
    byte[] bytes = page("Übersicht").getBytes(StandardCharsets.UTF_16LE);

    DecodedText decoded = decoder.decode(bytes, null);

    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(decoded.text()).isEqualTo(page("Übersicht"));
  }

  @Test
  void declaredShiftJisThatIsEucJpIsDetected() {
    Charset eucJp = Charset.forName("EUC-JP");
    String html = "<meta charset=\"Shift_JIS\">" + LegacyText.JAPANESE;

    DecodedText decoded = decoder.decode(html.getBytes(eucJp), null);

    assertThat(decoded.charset()).isEqualTo(eucJp);
    assertThat(decoded.text()).contains(LegacyText.JAPANESE.toString());
    assertThat(decoded.warnings()).singleElement().asString().contains("Shift_JIS", "EUC-JP");
  }

  @ParameterizedTest
  @CsvSource({
    "windows-1252, FRENCH",
    "windows-1252, GERMAN",
    "windows-1251, RUSSIAN",
    "KOI8-R, RUSSIAN",
    "Shift_JIS, JAPANESE",
    "EUC-JP, JAPANESE",
    "GB18030, CHINESE_SIMPLIFIED",
    "Big5, CHINESE_TRADITIONAL",
    "EUC-KR, KOREAN",
  })
  void undeclaredLegacyCharsetsAreDetected(String charsetName, String sample) {
    Charset charset = Charset.forName(charsetName);
    String text = LegacyText.valueOf(sample).toString();

    DecodedText decoded = decoder.decode(page(text).getBytes(charset), null);

    assertThat(decoded.charset()).isEqualTo(charset);
    assertThat(decoded.evidence()).isEqualTo("detected");
    assertThat(decoded.text()).contains(text);
  }

  @Property(tries = 200)
  void validUtf8IsAlwaysDecodedExactly(
      @ForAll @CharRange(from = ' ', to = '\ud7ff') @StringLength(max = 300) String text) {
    DecodedText decoded = decoder.decode(utf8(page(text)), null);

    assertThat(decoded.text()).isEqualTo(page(text));
  }

  @Property(tries = 300)
  void anyBytesDecodeWithoutThrowing(@ForAll byte[] bytes, @ForAll("contentTypes") String type) {
    DecodedText decoded = decoder.decode(bytes, type);

    assertThat(decoded.text()).isNotNull();
  }

  @Provide
  Arbitrary<String> contentTypes() {
    return Arbitraries.of(
        "", "text/html", "text/html; charset=utf-8", "text/html; charset=shift_jis",
        "text/html; charset=utf-16", "text/html; charset=bogus", "text/html; charset=");
  }

  private static String page(String body) {
    return "<html><head><title>t</title></head><body><p>" + body + "</p></body></html>";
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
