package org.secsearch.indexer.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Makes text showable in a standard-14 PDF font, whose WinAnsi encoding covers only Latin-1 plus a few
 * typographic marks: other characters are replaced from {@code pdf-fallbacks.txt}, then stripped of accents, then
 * shown as '?'. Without this PDFBox throws on the first Cyrillic letter or 'ı'.
 */
final class WinAnsiText {
  private static final String RESOURCE = "pdf-fallbacks.txt";
  private static final Map<Integer, String> FALLBACKS = load();

  private WinAnsiText() {}

  static String sanitize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (encodable(cp)) {
        out.appendCodePoint(cp);
      } else if (FALLBACKS.containsKey(cp)) {
        out.append(FALLBACKS.get(cp));
      } else {
        out.append(stripMarks(cp));
      }
    });
    return out.toString();
  }

  static boolean encodable(int cp) {
    if (cp == ' ') {
      return true;
    }
    if (Character.isISOControl(cp)) {
      return false;
    }
    String name = GlyphList.getAdobeGlyphList().codePointToName(cp);
    return !".notdef".equals(name) && WinAnsiEncoding.INSTANCE.contains(name);
  }

  /** 'ş' → 's', 'ǵ' → 'g': decomposes and keeps the encodable base letters; '?' when none is left. */
  private static String stripMarks(int cp) {
    String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
    StringBuilder kept = new StringBuilder();
    decomposed.codePoints().filter(WinAnsiText::encodable).forEach(kept::appendCodePoint);
    return kept.isEmpty() ? "?" : kept.toString();
  }

  private static Map<Integer, String> load() {
    Map<Integer, String> map = new HashMap<>();
    try (InputStream in = WinAnsiText.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", -1);
        if (parts.length != 2 || parts[0].codePointCount(0, parts[0].length()) != 1) {
          throw new IllegalStateException(RESOURCE + ":" + number + ": expected CHAR<TAB>REPLACEMENT");
        }
        map.put(parts[0].codePointAt(0), parts[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }
}
