package org.secsearch.indexer.enrich;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.secsearch.indexer.extract.Extracted;
import org.secsearch.indexer.extract.Sidecar;

/**
 * Decides title, publication, volume, issue, author and publication date: a sidecar first, then document
 * metadata (meta tags, document properties, e-mail headers), then what the text itself says (a
 * "Publication: … Volume: … Issue: …" line, a byline, a dateline).
 */
public final class MetadataResolver {
  /** How far into the text a dateline or byline may stand. */
  private static final int HEAD = 1500;

  /** "Publication: X Volume: 9 Issue: 29" (also Russian labels); not anchored: some formats glue it to the title. */
  private static final Pattern PUBLICATION_LINE = Pattern.compile(
      "(?i)(?:Publication|Публикация):\\s*([^\\n]+?)\\s*(?:(?:Volume|Том):\\s*([\\w.-]+))?\\s*"
          + "(?:(?:Issue|Выпуск|Номер):\\s*([\\w.-]+))?\\s*(?:\\n|$)");
  private static final Pattern VOLUME = Pattern.compile("(?i)\\bVolume:?\\s*(\\d+)\\b");
  private static final Pattern ISSUE = Pattern.compile("(?i)\\bIssue:?\\s*(\\d+)\\b");
  private static final Pattern BYLINE =
      Pattern.compile("(?m)^\\s*By:?\\s+(\\p{Lu}[\\p{L}.'-]+(?:\\s+(?:\\p{Lu}[\\p{L}.'-]+|and|&)){1,5})\\s*$");

  /** Metadata keys that state a publication date, strongest first (Tika names and common HTML meta names). */
  private static final List<String> DATE_KEYS = List.of(
      "article:published_time", "citation_publication_date", "dc.date", "dc:date", "dcterms.date",
      "dcterms:issued", "publication_date", "pubdate", "date");
  private static final List<String> PUBLICATION_KEYS =
      List.of("publication", "custom:publication", "citation_journal_title", "dc.publisher", "og:site_name", "dc:publisher");
  /** Words that put a date inside a sentence about an event ("ON 11 SEPTEMBER 1973"). */
  private static final Set<String> EVENT_WORDS = Set.of("on", "in", "of", "since", "until", "till", "from", "by",
      "before", "after", "between", "and", "to", "during", "through");
  /** Words before such a preposition that make the date the document's own ("Posted on", "as of"). */
  private static final Set<String> STAMP_WORDS = Set.of("posted", "published", "updated", "dated", "issued",
      "released", "filed", "sent", "written", "as");
  private static final List<String> AUTHOR_KEYS = List.of("dc:creator", "author", "meta:author", "Message-From");

  public Bibliography resolve(Extracted e, Sidecar sidecar, String fileName) {
    String text = e.text();
    String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
    Matcher pub = PUBLICATION_LINE.matcher(head);
    // Each pattern runs only where its label word stands: most reports have none, and a regex scan is dear.
    boolean hasPubLine = (containsIgnoreCase(head, "publication") || containsIgnoreCase(head, "Публикация"))
        && pub.find();

    String title = first(sidecar.get("title"), meta(e, "dc:title"), meta(e, "title"), firstLine(text), fileName);
    String publication = first(sidecar.get("publication"), metaAny(e, PUBLICATION_KEYS),
        hasPubLine ? pub.group(1).trim() : null);
    String volume = first(sidecar.get("volume"), hasPubLine ? pub.group(2) : null, labelled(VOLUME, head, "volume"));
    String issue = first(sidecar.get("issue"), hasPubLine ? pub.group(3) : null, labelled(ISSUE, head, "issue"));
    String author = first(sidecar.get("author"), cleanAuthor(metaAny(e, AUTHOR_KEYS)),
        head.contains("By") ? group(BYLINE, head) : null);

    PartialDate date = null;
    String dateSource = null;
    if (sidecar.get("date") != null) {
      date = DateParser.parseValue(sidecar.get("date"));
      dateSource = "sidecar:" + sidecar.origin();
    }
    for (String key : DATE_KEYS) {
      if (date != null) break;
      String v = metaIgnoreCase(e.metadata(), key);
      if (v != null && (date = DateParser.parseValue(v)) != null) dateSource = "meta:" + key;
    }
    if (date == null && "message/rfc822".equals(e.contentType()) && meta(e, "dcterms:created") != null) {
      date = DateParser.parseValue(meta(e, "dcterms:created"));
      dateSource = "e-mail header";
    }
    if (date == null) {
      DateParser.Found found = documentDate(head);
      if (found != null) {
        date = found.date();
        dateSource = "dateline";
      }
    }
    if (date == null && meta(e, "dcterms:created") != null) {
      date = DateParser.parseValue(meta(e, "dcterms:created"));
      dateSource = date == null ? null : "document properties";
    }
    return new Bibliography(title, publication, volume, issue, author, date, dateSource, sidecar.get("url"));
  }

  /**
   * The first date of the head that is not inside a sentence about an event: a date right after "on", "in",
   * "since"… ("UNLEASHED ON 11 SEPTEMBER 1973", "in September 1973") is what the report tells, not when it was
   * written — unless a stamp word comes first ("Posted on March 3, 2015", "as of 12 May 2011").
   */
  static DateParser.Found documentDate(String head) {
    for (DateParser.Found f : DateParser.findAll(head)) {
      int end = f.start();
      while (end > 0 && head.charAt(end - 1) == ' ') end--;
      String word = wordEndingAt(head, end);
      if (word == null || !EVENT_WORDS.contains(word)) return f;
      int before = end - word.length();
      while (before > 0 && head.charAt(before - 1) == ' ') before--;
      String stamp = wordEndingAt(head, before);
      if (stamp != null && STAMP_WORDS.contains(stamp)) return f;
    }
    return null;
  }

  /** The lower-cased word whose last letter is at {@code end - 1}, or null when no letter stands there. */
  private static String wordEndingAt(String s, int end) {
    int from = end;
    while (from > 0 && Character.isLetter(s.charAt(from - 1))) from--;
    return from == end ? null : s.substring(from, end).toLowerCase(java.util.Locale.ROOT);
  }

  private static String meta(Extracted e, String key) {
    String v = e.meta(key);
    return v == null || v.isBlank() ? null : v.trim();
  }

  private static String metaAny(Extracted e, List<String> keys) {
    for (String k : keys) {
      String v = metaIgnoreCase(e.metadata(), k);
      if (v != null) return v;
    }
    return null;
  }

  private static String metaIgnoreCase(Map<String, List<String>> md, String key) {
    for (Map.Entry<String, List<String>> entry : md.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(key) && !entry.getValue().isEmpty()) {
        String v = entry.getValue().get(0).trim();
        if (!v.isEmpty()) return v;
      }
    }
    return null;
  }

  /** "Jane Roe <jane@example.org>" → "Jane Roe"; a bare address stays as it is. */
  private static String cleanAuthor(String author) {
    if (author == null) return null;
    int lt = author.indexOf('<');
    String name = lt > 0 ? author.substring(0, lt) : author;
    name = name.replace("\"", "").trim();
    return name.isEmpty() ? author.trim() : name;
  }

  /** First non-blank line that reads like a title: not a publication line or byline, not too long. */
  static String firstLine(String text) {
    for (String line : text.split("\n", 20)) {
      String t = line.strip();
      if (t.isEmpty() || PUBLICATION_LINE.matcher(t).lookingAt() || BYLINE.matcher(t).matches()) continue;
      return t.length() <= 200 ? t : t.substring(0, 197).replaceAll("\\s+\\S*$", "") + "…";
    }
    return null;
  }

  /** Group 1 of the first match of a case-insensitive pattern that starts with {@code label}, or null. */
  private static String labelled(Pattern p, String s, String label) {
    return containsIgnoreCase(s, label) ? group(p, s) : null;
  }

  /** True when {@code word} stands in {@code s} in any case: a cheap test before a case-insensitive regex. */
  private static boolean containsIgnoreCase(String s, String word) {
    char first = Character.toLowerCase(word.charAt(0));
    char firstUpper = Character.toUpperCase(first);
    for (int i = 0, last = s.length() - word.length(); i <= last; i++) {
      char c = s.charAt(i);
      // The two cases of the first letter answer nearly every character; others only when they are not ASCII.
      boolean starts = c == first || c == firstUpper || c >= 0x80 && Character.toLowerCase(c) == first;
      if (starts && s.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  private static String group(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? m.group(1).trim() : null;
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) {
      if (v instanceof String s ? !s.isBlank() : v != null) return v;
    }
    return null;
  }
}
