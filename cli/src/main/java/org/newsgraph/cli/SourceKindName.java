package org.newsgraph.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.newsgraph.ingest.source.SourceKind;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a source kind as users write it ({@code feed}, {@code url-list}), naming the choices. */
final class SourceKindName implements ITypeConverter<SourceKind> {

  /** The kinds a user may name, for help and error messages. */
  static final String CHOICES =
      Arrays.stream(SourceKind.values())
          .filter(kind -> kind != SourceKind.UNKNOWN)
          .map(SourceKind::label)
          .collect(Collectors.joining(", "));

  @Override
  public SourceKind convert(String value) {
    return SourceKind.byLabel(value)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "'" + value + "' is not a source kind; use one of " + CHOICES));
  }
}
