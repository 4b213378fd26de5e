package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.index.KnowledgeBase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph export}: the index's records as JSON lines or CSV. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the index's articles, entities, quotes or events as JSON lines (whole records, facts"
          + " with their spans) or CSV (one row per record).",
      "With --output DIR, writes one file per kind (articles.jsonl, entities.jsonl, ...);"
          + " otherwise writes the --kind asked for to standard output."
    })
final class ExportCommand implements Callable<Integer> {

  /** The export formats. */
  enum Format {
    JSONL,
    CSV
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  @Mixin DataOption data;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "jsonl or csv.")
  Format format;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description =
          "articles, entities, quotes or events (default: all with --output, else articles).")
  String kind;

  @Option(names = "--output", paramLabel = "DIR", description = "Write one file per kind into DIR.")
  Path output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<ExportRows<?>> kinds = kinds();
    try (KnowledgeBase kb = KnowledgeBase.open(data.data)) {
      if (output == null) {
        PrintWriter out = spec.commandLine().getOut();
        export(kb, kinds.get(0), out);
        out.flush();
        return out.checkError() ? 1 : 0;
      }
      Files.createDirectories(output);
      for (ExportRows<?> rows : kinds) {
        Path file = output.resolve(rows.name() + "." + format.name().toLowerCase(Locale.ROOT));
        try (PrintWriter out =
            new PrintWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8))) {
          export(kb, rows, out);
        }
        spec.commandLine().getErr().println("export: wrote " + file);
      }
    }
    return 0;
  }

  private List<ExportRows<?>> kinds() {
    if (kind == null) {
      return output == null ? List.of(ExportRows.ALL.get(0)) : ExportRows.ALL;
    }
    for (ExportRows<?> rows : ExportRows.ALL) {
      if (rows.name().equalsIgnoreCase(kind)) {
        return List.of(rows);
      }
    }
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "--kind must be articles, entities, quotes or events, not '" + kind + "'");
  }

  private <T extends Record> void export(KnowledgeBase kb, ExportRows<T> rows, PrintWriter out)
      throws IOException {
    Csv csv = new Csv(out);
    if (format == Format.CSV) {
      csv.row(rows.header());
    }
    kb.forEach(
        rows.kind(),
        record -> {
          if (format == Format.CSV) {
            csv.row(rows.row().apply(record));
          } else {
            try {
              out.println(JSON.writeValueAsString(record));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        });
  }
}
