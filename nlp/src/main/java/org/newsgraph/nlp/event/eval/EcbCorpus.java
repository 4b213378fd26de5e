package org.newsgraph.nlp.event.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads ECB+ (CAT XML, one file per document, in topic folders) with the release's list of fully
 * annotated sentences ({@code ECBplus_coreference_sentences.csv}: topic, file, sentence). Only the
 * documents with an annotated sentence are kept; markables without token anchors (instance
 * descriptors) are skipped.
 */
public final class EcbCorpus {

  /** The release's list of annotated sentences, looked for in the corpus folder. */
  public static final String SENTENCES = "ECBplus_coreference_sentences.csv";

  private EcbCorpus() {}

  public static List<EcbDocument> load(Path dir) {
    Path csv = dir.resolve(SENTENCES);
    if (!Files.isRegularFile(csv)) {
      throw new IllegalArgumentException(dir + ": no " + SENTENCES + " in the folder");
    }
    Map<String, Set<Integer>> annotated = annotatedSentences(csv);
    List<EcbDocument> docs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
        String name = file.getFileName().toString().replaceFirst("\\.xml$", "");
        Set<Integer> sentences = annotated.get(name);
        if (sentences != null) {
          docs.add(read(file, name, sentences));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir, e);
    }
    return docs;
  }

  private static Map<String, Set<Integer>> annotatedSentences(Path csv) {
    Map<String, Set<Integer>> out = new HashMap<>();
    try {
      for (String line : Files.readAllLines(csv)) {
        String[] f = line.split(",");
        if (f.length == 3 && f[2].strip().matches("\\d+")) {
          out.computeIfAbsent(f[0].strip() + "_" + f[1].strip(), k -> new HashSet<>())
              .add(Integer.parseInt(f[2].strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + csv, e);
    }
    return out;
  }

  static EcbDocument read(Path file, String name, Set<Integer> annotated) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(builder().parse(in), name, annotated);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (SAXException e) {
      throw new IllegalArgumentException(file + ": not well-formed XML: " + e.getMessage(), e);
    }
  }

  static EcbDocument parse(Document xml, String name, Set<Integer> annotated) {
    StringBuilder text = new StringBuilder();
    Map<String, int[]> tokens = new HashMap<>();
    TreeMap<Integer, EcbDocument.Span> sentences = new TreeMap<>();
    NodeList list = xml.getElementsByTagName("token");
    int sentence = -1;
    int sentenceStart = 0;
    for (int i = 0; i < list.getLength(); i++) {
      Element t = (Element) list.item(i);
      int s = Integer.parseInt(t.getAttribute("sentence"));
      if (s != sentence) {
        if (sentence >= 0) {
          sentences.put(sentence, new EcbDocument.Span(sentenceStart, text.length()));
          text.append("\n\n");
        }
        sentence = s;
        sentenceStart = text.length();
      } else {
        text.append(' ');
      }
      int start = text.length();
      text.append(t.getTextContent().strip());
      tokens.put(t.getAttribute("t_id"), new int[] {start, text.length(), s});
    }
    if (sentence >= 0) {
      sentences.put(sentence, new EcbDocument.Span(sentenceStart, text.length()));
    }
    List<EcbDocument.Span> bySentence = new ArrayList<>();
    for (int s = 0; s <= (sentences.isEmpty() ? -1 : sentences.lastKey()); s++) {
      bySentence.add(sentences.get(s));
    }
    return new EcbDocument(name, text.toString(), bySentence, markables(xml, tokens), annotated);
  }

  private static List<EcbDocument.Markable> markables(Document xml, Map<String, int[]> tokens) {
    List<EcbDocument.Markable> out = new ArrayList<>();
    NodeList sections = xml.getElementsByTagName("Markables");
    if (sections.getLength() == 0) {
      return out;
    }
    for (Node n = sections.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element m)) {
        continue;
      }
      int start = Integer.MAX_VALUE;
      int end = -1;
      int sentence = -1;
      NodeList anchors = m.getElementsByTagName("token_anchor");
      for (int i = 0; i < anchors.getLength(); i++) {
        int[] t = tokens.get(((Element) anchors.item(i)).getAttribute("t_id"));
        if (t != null) {
          start = Math.min(start, t[0]);
          end = Math.max(end, t[1]);
          sentence = t[2];
        }
      }
      if (end >= 0) {
        out.add(new EcbDocument.Markable(kind(m.getTagName()), m.getTagName(), sentence,
            new EcbDocument.Span(start, end)));
      }
    }
    return out;
  }

  /** The class of a markable tag: negated actions are actions. */
  static String kind(String tag) {
    String t = tag.startsWith("NEG_") ? tag.substring(4) : tag;
    for (String kind : List.of("ACTION", "TIME", "LOC", "HUMAN")) {
      if (t.startsWith(kind + "_") || t.equals(kind)) {
        return kind;
      }
    }
    return "OTHER";
  }

  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no XML parser", e);
    }
  }
}
