package org.newsgraph.nlp.time.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads TimeML 1.2 files (TempEval-3 style) into {@link TimeMlDocument}s. */
public final class TimeMlReader {

  private final XMLInputFactory factory;

  public TimeMlReader() {
    factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  /**
   * Reads {@code file}; {@code id} and {@code subset} name it in results.
   *
   * @throws IOException when the file cannot be read, is not well-formed XML, or has no creation
   *     date or {@code TEXT} element; the message names the file
   */
  public TimeMlDocument read(Path file, String id, String subset) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(factory.createXMLStreamReader(in), id, subset);
    } catch (XMLStreamException | RuntimeException e) {
      throw new IOException(file + ": not readable TimeML: " + e.getMessage(), e);
    }
  }

  private TimeMlDocument parse(XMLStreamReader xml, String id, String subset)
      throws XMLStreamException, IOException {
    StringBuilder text = new StringBuilder();
    List<GoldTimex> timexes = new ArrayList<>();
    LocalDate created = null;
    boolean inText = false;
    boolean inDct = false;
    boolean sawText = false;
    Map<String, String> open = null;
    int openAt = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if (name.equals("TEXT")) {
          inText = true;
          sawText = true;
        } else if (name.equals("DCT")) {
          inDct = true;
        } else if (name.equals("TIMEX3")) {
          Map<String, String> attributes = attributes(xml);
          if (inDct && attributes.get("value") != null && attributes.get("value").length() >= 10) {
            created = LocalDate.parse(attributes.get("value").substring(0, 10));
          } else if (inText) {
            open = attributes;
            openAt = text.length();
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String name = xml.getLocalName();
        if (name.equals("TEXT")) {
          inText = false;
        } else if (name.equals("DCT")) {
          inDct = false;
        } else if (name.equals("TIMEX3") && open != null) {
          timexes.add(
              new GoldTimex(
                  text.substring(openAt),
                  openAt,
                  text.length(),
                  open.get("type"),
                  open.getOrDefault("value", ""),
                  open.get("mod")));
          open = null;
        }
      } else if (inText
          && (event == XMLStreamConstants.CHARACTERS
              || event == XMLStreamConstants.CDATA
              || event == XMLStreamConstants.SPACE)) {
        text.append(xml.getText());
      }
    }
    if (created == null || !sawText) {
      throw new IOException(id + ": no creation date or no TEXT element");
    }
    return new TimeMlDocument(id, subset, created, text.toString(), timexes);
  }

  private static Map<String, String> attributes(XMLStreamReader xml) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      out.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
    }
    return out;
  }
}
