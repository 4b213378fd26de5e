package org.newsgraph.nlp.event.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads PETRARCH's validation records ({@code PETR.UnitTest.records.xml}): each
 * {@code <Sentence>} with its {@code <Text>} and {@code <EventCoding>} elements. A coding marked
 * {@code noevents} says the sentence gives none; one with a discard {@code error} says a discard
 * list rejects it; any other {@code error} marks a test of the coder's input checks.
 */
public final class PetrarchCorpus {

  /** The records and the actor dictionary their {@code <Environment>} names, if it names one. */
  public record Contents(List<PetrarchRecord> records, String actorFile) {
    public Contents {
      records = List.copyOf(records);
    }
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private PetrarchCorpus() {}

  public static Contents load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  static Contents parse(InputStream in) throws IOException {
    Document doc;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      doc = builder.parse(in);
    } catch (SAXException e) {
      throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    List<PetrarchRecord> records = new ArrayList<>();
    NodeList sentences = doc.getElementsByTagName("Sentence");
    for (int i = 0; i < sentences.getLength(); i++) {
      records.add(record((Element) sentences.item(i), i));
    }
    NodeList actorFiles = doc.getElementsByTagName("Actorfile");
    String actorFile = actorFiles.getLength() == 0 ? null : actorFiles.item(0).getTextContent().strip();
    return new Contents(records, actorFile == null || actorFile.isEmpty() ? null : actorFile);
  }

  private static PetrarchRecord record(Element sentence, int index) {
    String id = sentence.getAttribute("id").isBlank() ? "record-" + (index + 1) : sentence.getAttribute("id").strip();
    List<PetrarchRecord.Coding> codings = new ArrayList<>();
    boolean discarded = false;
    boolean inputError = false;
    NodeList codes = sentence.getElementsByTagName("EventCoding");
    for (int i = 0; i < codes.getLength(); i++) {
      Element c = (Element) codes.item(i);
      String error = c.getAttribute("error").strip();
      if (!error.isEmpty()) {
        boolean discard = error.endsWith("discard");
        discarded |= discard;
        inputError |= !discard;
      } else if (c.hasAttribute("eventcode")) {
        codings.add(new PetrarchRecord.Coding(
            c.getAttribute("sourcecode").strip(), c.getAttribute("targetcode").strip(),
            c.getAttribute("eventcode").strip()));
      }
    }
    NodeList texts = sentence.getElementsByTagName("Text");
    String text = texts.getLength() == 0 ? "" : texts.item(0).getTextContent().strip().replaceAll("\\s+", " ");
    return new PetrarchRecord(id, sentence.getAttribute("category").strip(), date(sentence.getAttribute("date")),
        text, codings, discarded, inputError);
  }

  private static LocalDate date(String value) {
    try {
      return value.isBlank() ? null : LocalDate.parse(value.strip(), DAY);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
