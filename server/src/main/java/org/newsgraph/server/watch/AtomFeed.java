package org.newsgraph.server.watch;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a watchlist's alerts as an Atom 1.0 feed (RFC 4287); the XML writer escapes all text. */
public final class AtomFeed {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private AtomFeed() {}

  /**
   * @param base   this server's address, {@code http://host:port}, for absolute links
   * @param alerts newest first
   */
  public static String of(Watchlist watchlist, List<Alert> alerts, String base) {
    try {
      StringWriter out = new StringWriter();
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      text(xml, "id", "urn:newsgraph:watchlist:" + watchlist.id());
      text(xml, "title", "NewsGraph watchlist: " + watchlist.name());
      LocalDate updated = alerts.isEmpty() ? LocalDate.parse(watchlist.created())
          : alerts.get(0).date();
      text(xml, "updated", instant(updated));
      link(xml, "self", base + "/watchlists/" + watchlist.id() + "/feed.atom");
      link(xml, "alternate", base + "/watchlists/" + watchlist.id());
      xml.writeStartElement("author");
      text(xml, "name", "NewsGraph");
      xml.writeEndElement();
      for (Alert a : alerts) {
        xml.writeStartElement("entry");
        text(xml, "id", "urn:newsgraph:alert:" + watchlist.id() + ":" + a.id());
        text(xml, "title", a.title());
        text(xml, "updated", instant(a.date()));
        link(xml, "alternate", base + a.link());
        text(xml, "summary", a.detail() + " \u00b7 " + a.rule());
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
      return out.toString();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the Atom feed of " + watchlist.id(), e);
    }
  }

  private static String instant(LocalDate day) {
    return day.atStartOfDay().toInstant(ZoneOffset.UTC).toString();
  }

  private static void text(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("href", href);
  }
}
