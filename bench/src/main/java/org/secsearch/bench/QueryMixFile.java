package org.secsearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Reads and writes {@code queries.tsv}: a header line, then {@code name kind terms filters} tab-separated. */
public final class QueryMixFile {
  static final String HEADER = "name\tkind\tterms\tfilters";

  private QueryMixFile() {}

  public static void write(Path file, List<BenchQuery> mix) throws IOException {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (BenchQuery q : mix) {
      out.append(q.name()).append('\t').append(q.kind().key()).append('\t').append(String.join(" ", q.terms()))
          .append('\t').append(q.filters().stream().map(BenchQuery.Filter::toString).collect(Collectors.joining(";")))
          .append('\n');
    }
    Files.writeString(file, out, StandardCharsets.UTF_8);
  }

  public static List<BenchQuery> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new IOException(file + ": expected the header line \"" + HEADER.replace("\t", "\\t") + "\"");
    }
    List<BenchQuery> mix = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] cols = line.split("\t", -1);
      if (cols.length != 4) throw new IOException(file + ":" + (i + 1) + ": expected 4 tab-separated columns");
      mix.add(new BenchQuery(cols[0], BenchQuery.Kind.byKey(cols[1]),
          Arrays.stream(cols[2].split(" ")).filter(w -> !w.isEmpty()).toList(), filters(cols[3])));
    }
    return mix;
  }

  private static List<BenchQuery.Filter> filters(String column) {
    List<BenchQuery.Filter> out = new ArrayList<>();
    for (String f : column.split(";")) {
      if (f.isBlank()) continue;
      int eq = f.indexOf('=');
      if (eq < 1) throw new IllegalArgumentException("a filter is dim=value, not \"" + f + "\"");
      out.add(new BenchQuery.Filter(BenchQuery.Dim.byKey(f.substring(0, eq)), f.substring(eq + 1)));
    }
    return out;
  }
}
