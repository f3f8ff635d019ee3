package org.secsearch.indexer.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the perpetrator organizations of the MUC-3/4 answer keys: for each template, the fills of slot
 * "PERP: ORGANIZATION ID", each fill a list of alternative strings ('/'-separated in the key), linked to its
 * message by "MESSAGE: ID".
 */
public final class MucPerpetratorKeys {
  /** One fill of the slot: the alternatives the key accepts, and whether the key marked it uncertain ('?'). */
  public record Fill(String messageId, List<String> alternatives, boolean uncertain) {}

  private static final Pattern SLOT = Pattern.compile("^\\s*\\d+\\.\\s+([A-Z ]+:[A-Z ]+?)\\s{2,}(.*)$");
  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final String ORG_SLOT = "PERP: ORGANIZATION ID";

  private MucPerpetratorKeys() {}

  /** Every perpetrator-organization fill in the key files of a folder whose names contain {@code split}. */
  public static List<Fill> read(Path keysDir, String split) {
    try (Stream<Path> files = Files.list(keysDir)) {
      List<Fill> out = new ArrayList<>();
      for (Path f : files.filter(p -> p.getFileName().toString().contains(split)).sorted().toList()) {
        out.addAll(parse(Files.readAllLines(f)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses the lines of one key file. */
  public static List<Fill> parse(List<String> lines) {
    List<Fill> out = new ArrayList<>();
    String message = null;
    String slot = null;
    for (String line : lines) {
      Matcher m = SLOT.matcher(line);
      String value;
      if (m.matches()) {
        slot = m.group(1).strip();
        value = m.group(2).strip();
        if (slot.equals("MESSAGE: ID")) {
          message = value.split("\\s+")[0];
        }
      } else if (!line.isBlank() && Character.isWhitespace(line.charAt(0))) {
        value = line.strip(); // continuation line: another fill of the same slot
      } else {
        slot = null;
        continue;
      }
      if (ORG_SLOT.equals(slot) && message != null) {
        Fill fill = fill(message, value);
        if (fill != null) {
          out.add(fill);
        }
      }
    }
    return out;
  }

  private static Fill fill(String message, String value) {
    if (value.isEmpty() || value.equals("-") || value.equals("*")) {
      return null;
    }
    boolean uncertain = value.startsWith("?");
    String rest = uncertain ? value.substring(1).strip() : value;
    List<String> alternatives = new ArrayList<>();
    Matcher q = QUOTED.matcher(rest);
    while (q.find()) {
      alternatives.add(q.group(1).replace("\\\"", "\"").replace("\"", "").strip());
    }
    if (alternatives.isEmpty()) {
      alternatives.add(rest); // an unquoted fill, e.g. BASQUE FATHERLAND LIBERTY [ETA]
    }
    return new Fill(message, List.copyOf(alternatives), uncertain);
  }

  /** The XHTML file of a message: xhtml/{dev,tst1,tst2}/ID.xhtml. */
  public static Path xhtmlOf(Path mucDir, String messageId) {
    String split = messageId.substring(0, messageId.indexOf('-')).toLowerCase(java.util.Locale.ROOT);
    return mucDir.resolve("xhtml").resolve(split).resolve(messageId + ".xhtml");
  }

  /** The message text with tags stripped simply (the real pipeline extracts it with Tika). */
  public static String text(Path xhtml) {
    try {
      String html = Files.readString(xhtml);
      int body = html.indexOf("<body");
      String s = body >= 0 ? html.substring(body) : html;
      s = s.replaceAll("</p>", "\n\n").replaceAll("<[^>]*>", "");
      return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
          .replace("&#39;", "'").replace("&amp;", "&");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
