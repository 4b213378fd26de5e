package org.newsgraph.nlp.entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A named-entity corpus in CoNLL-2003 column format: one token a line with its gold tag in the
 * last column (IOB2 or IOB1), a blank line between sentences, {@code -DOCSTART-} between
 * documents. Immutable.
 */
public final class ConllCorpus {

  /** One token with its gold tag ("B-PER", "O"). */
  record Token(String word, String gold) {}

  /** One document: its sentences of tokens. */
  record Document(List<List<Token>> sentences) {
    Document {
      sentences = List.copyOf(sentences);
    }
  }

  private final List<Document> documents;

  private ConllCorpus(List<Document> documents) {
    this.documents = List.copyOf(documents);
  }

  /** Reads {@code file}; malformed lines (fewer than two columns) are skipped. */
  public static ConllCorpus read(Path file) throws IOException {
    List<Document> documents = new ArrayList<>();
    List<List<Token>> sentences = new ArrayList<>();
    List<Token> sentence = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] cols = line.trim().split("\\s+");
      if (line.isBlank()) {
        addSentence(sentences, sentence);
        sentence = new ArrayList<>();
      } else if (cols[0].equals("-DOCSTART-")) {
        addSentence(sentences, sentence);
        sentence = new ArrayList<>();
        addDocument(documents, sentences);
        sentences = new ArrayList<>();
      } else if (cols.length >= 2) {
        sentence.add(new Token(cols[0], cols[cols.length - 1]));
      }
    }
    addSentence(sentences, sentence);
    addDocument(documents, sentences);
    return new ConllCorpus(documents);
  }

  private static void addSentence(List<List<Token>> sentences, List<Token> sentence) {
    if (!sentence.isEmpty()) {
      sentences.add(List.copyOf(sentence));
    }
  }

  private static void addDocument(List<Document> documents, List<List<Token>> sentences) {
    if (!sentences.isEmpty()) {
      documents.add(new Document(sentences));
    }
  }

  /** The number of documents. */
  public int size() {
    return documents.size();
  }

  /** The first {@code n} documents (all when there are fewer). */
  public ConllCorpus head(int n) {
    return new ConllCorpus(documents.subList(0, Math.min(n, documents.size())));
  }

  List<Document> documents() {
    return documents;
  }
}
