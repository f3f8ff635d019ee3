package org.secsearch.indexer.generate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One report's content and metadata, independent of the file format it is rendered to.
 *
 * @param title headline; required
 * @param publication outlet name such as "Eurasia Daily Monitor", or null
 * @param volume volume number as printed, or null
 * @param issue issue number as printed, or null
 * @param author byline name without "By", or null
 * @param date publication date, or null when the document carries none
 * @param dateline place that opens the first paragraph (e.g. "ALMATY" or "Bishkek"), or null
 * @param format file format to render: one of {@link ReportWriter#FORMATS}
 * @param paragraphs body paragraphs in order; at least one
 * @param url canonical address of the report, or null
 */
public record SampleReport(
    String title,
    String publication,
    String volume,
    String issue,
    String author,
    LocalDate date,
    String dateline,
    String format,
    List<String> paragraphs,
    String url) {

  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

  public SampleReport {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(format, "format");
    format = format.toLowerCase(Locale.ROOT);
    paragraphs = List.copyOf(paragraphs);
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one paragraph: " + title);
    }
    publication = blankToNull(publication);
    volume = blankToNull(volume);
    issue = blankToNull(issue);
    author = blankToNull(author);
    dateline = blankToNull(dateline);
    url = blankToNull(url);
  }

  /** The same report rendered to another format. */
  public SampleReport withFormat(String newFormat) {
    return new SampleReport(title, publication, volume, issue, author, date, dateline, newFormat, paragraphs, url);
  }

  /** "Publication: X Volume: 9 Issue: 29" with absent parts left out, or null without a publication. */
  public String publicationLine() {
    if (publication == null) {
      return null;
    }
    StringBuilder line = new StringBuilder("Publication: ").append(publication);
    if (volume != null) {
      line.append(" Volume: ").append(volume);
    }
    if (issue != null) {
      line.append(" Issue: ").append(issue);
    }
    return line.toString();
  }

  /** "By Author", or null without an author. */
  public String byline() {
    return author == null ? null : "By " + author;
  }

  /** The date written out as in a dateline ("March 3, 2015"), or null. */
  public String longDate() {
    return date == null ? null : LONG_DATE.format(date);
  }

  /**
   * The text under the title as the reader sees it: publication line, byline, then the paragraphs with the dateline
   * ("BISHKEK, March 3, 2015 — ") leading the first. Every format renders exactly these blocks, so their extracted
   * texts agree.
   */
  public List<String> bodyBlocks() {
    List<String> blocks = new ArrayList<>(paragraphs.size() + 2);
    if (publicationLine() != null) {
      blocks.add(publicationLine());
    }
    if (byline() != null) {
      blocks.add(byline());
    }
    blocks.add(datelineLead() + paragraphs.getFirst());
    blocks.addAll(paragraphs.subList(1, paragraphs.size()));
    return blocks;
  }

  private String datelineLead() {
    if (dateline == null && date == null) {
      return "";
    }
    String place = dateline == null ? "" : dateline;
    String when = date == null ? "" : longDate();
    String sep = place.isEmpty() || when.isEmpty() ? "" : ", ";
    return place + sep + when + " \u2014 ";
  }

  /** SHA-256 over title, date and paragraphs: a stable seed for the ids some formats must carry (Message-ID, PDF ID). */
  public byte[] fingerprint() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(title.getBytes(StandardCharsets.UTF_8));
      sha.update(String.valueOf(date).getBytes(StandardCharsets.UTF_8));
      for (String paragraph : paragraphs) {
        sha.update(paragraph.getBytes(StandardCharsets.UTF_8));
      }
      return sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
