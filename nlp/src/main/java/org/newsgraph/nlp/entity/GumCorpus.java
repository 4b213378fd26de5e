package org.newsgraph.nlp.entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Documents of the GUM corpus in WebAnno TSV 3.2: tokens by sentence, entity mentions with
 * their type and Wikipedia identity, and the coreference links between them, closed into
 * clusters (identity links only: coref, ana, cata, appos; not bridging; mentions with one
 * Wikipedia identity are one cluster). Immutable.
 */
public final class GumCorpus {

  private static final List<String> IDENTITY_LINKS = List.of("coref", "ana", "cata", "appos");

  /** A gold mention: tokens {@code [from, to)} of the document, its cluster and its kind. */
  record Mention(int id, int from, int to, String type, int cluster, String identity) {}

  /** One document: its sentences of tokens and its mentions. */
  record Document(String name, List<List<String>> sentences, List<Mention> mentions) {
    Document {
      sentences = List.copyOf(sentences);
      mentions = List.copyOf(mentions);
    }
  }

  private final List<Document> documents;

  private GumCorpus(List<Document> documents) {
    this.documents = List.copyOf(documents);
  }

  /** Reads every {@code .tsv} file of {@code dir}, in name order. */
  public static GumCorpus read(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
    }
    List<Document> documents = new ArrayList<>();
    for (Path file : files) {
      documents.add(document(file));
    }
    return new GumCorpus(documents);
  }

  /** The number of documents. */
  public int size() {
    return documents.size();
  }

  List<Document> documents() {
    return documents;
  }

  private static Document document(Path file) throws IOException {
    List<List<String>> sentences = new ArrayList<>();
    Map<Integer, int[]> spans = new HashMap<>();
    Map<Integer, String> types = new HashMap<>();
    Map<Integer, String> identities = new HashMap<>();
    List<int[]> links = new ArrayList<>();
    int token = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("#Text=")) {
        sentences.add(new ArrayList<>());
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 10 || line.startsWith("#") || sentences.isEmpty()) {
        continue;
      }
      sentences.get(sentences.size() - 1).add(cols[2]);
      for (String entry : cols[3].split("\\|")) {
        int id = idOf(entry);
        if (id >= 0) {
          final int t = token;
          spans.merge(id, new int[] {t, t + 1},
              (a, b) -> new int[] {Math.min(a[0], t), Math.max(a[1], t + 1)});
          types.putIfAbsent(id, entry.substring(0, entry.indexOf('[')));
        }
      }
      for (String entry : cols[6].split("\\|")) {
        int id = idOf(entry);
        if (id >= 0) {
          identities.putIfAbsent(id, entry.substring(0, entry.lastIndexOf('[')));
        }
      }
      String[] linkTypes = cols[8].split("\\|");
      String[] targets = cols[9].split("\\|");
      for (int k = 0; k < Math.min(linkTypes.length, targets.length); k++) {
        int colon = linkTypes[k].indexOf(':');
        String type = colon < 0 ? linkTypes[k] : linkTypes[k].substring(0, colon);
        int open = targets[k].indexOf('[');
        int under = targets[k].indexOf('_', open);
        if (!IDENTITY_LINKS.contains(type) || open < 0 || under < 0) {
          continue;
        }
        int target = Integer.parseInt(targets[k].substring(open + 1, under));
        int source = Integer.parseInt(targets[k].substring(under + 1, targets[k].length() - 1));
        links.add(new int[] {source, target});
      }
      token++;
    }
    Map<Integer, Integer> parent = new HashMap<>();
    spans.keySet().forEach(id -> parent.put(id, id));
    for (int[] link : links) {
      if (parent.containsKey(link[0]) && parent.containsKey(link[1])) {
        parent.put(root(parent, link[0]), root(parent, link[1]));
      }
    }
    Map<String, Integer> byIdentity = new HashMap<>();
    identities.forEach((id, identity) -> {
      Integer other = byIdentity.putIfAbsent(identity, id);
      if (other != null && parent.containsKey(id) && parent.containsKey(other)) {
        parent.put(root(parent, id), root(parent, other));
      }
    });
    Map<Integer, String> clusterIdentity = new HashMap<>();
    identities.forEach((id, identity) -> clusterIdentity.putIfAbsent(root(parent, id), identity));
    List<Mention> mentions = new ArrayList<>();
    for (Map.Entry<Integer, int[]> e : spans.entrySet()) {
      int cluster = root(parent, e.getKey());
      mentions.add(new Mention(e.getKey(), e.getValue()[0], e.getValue()[1], types.get(e.getKey()),
          cluster, clusterIdentity.get(cluster)));
    }
    mentions.sort(Comparator.comparingInt(Mention::from)
        .thenComparing(Mention::to, Comparator.reverseOrder()));
    String name = file.getFileName().toString().replaceFirst("\\.tsv$", "");
    return new Document(name, sentences, mentions);
  }

  private static int idOf(String entry) {
    int open = entry.lastIndexOf('[');
    if (open < 0 || !entry.endsWith("]")) {
      return -1;
    }
    try {
      return Integer.parseInt(entry.substring(open + 1, entry.length() - 1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static int root(Map<Integer, Integer> parent, int id) {
    int r = id;
    while (parent.get(r) != r) {
      r = parent.get(r);
    }
    return r;
  }
}
