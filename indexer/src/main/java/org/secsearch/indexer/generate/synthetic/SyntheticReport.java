package org.secsearch.indexer.generate.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.secsearch.indexer.enrich.Organization;
import org.secsearch.indexer.enrich.Place;
import org.secsearch.indexer.generate.SampleReport;

/**
 * One generated report: its plan (what the generator planted: country, division, city, organizations, date)
 * and the words written, ready for a format writer. Tests compare the planted facts with what enrichment finds.
 */
public record SyntheticReport(Plan plan, String title, List<String> paragraphs, List<Organization> organizations) {

  public SyntheticReport {
    paragraphs = List.copyOf(paragraphs);
    organizations = List.copyOf(organizations);
  }

  public int index() {
    return plan.index();
  }

  public String format() {
    return plan.format();
  }

  public LocalDate date() {
    return plan.date();
  }

  /** The country the report is set in. */
  public Place country() {
    return plan.scene().country().place();
  }

  /** The first-level division the report's city lies in. */
  public Place division() {
    return plan.scene().division().place();
  }

  /** The city where the reported incident happened (the dateline). */
  public Place city() {
    return plan.scene().city().place();
  }

  public String outlet() {
    return plan.outlet().name();
  }

  public String author() {
    return plan.author();
  }

  /** The dateline place as wire copy prints it ("JALALABAD"). */
  public String dateline() {
    return plan.scene().city().name().toUpperCase(Locale.ROOT);
  }

  /** Volume (years since 2009) for bulletins, else null. */
  String volume() {
    return plan.outlet().bulletin() ? Integer.toString(plan.date().getYear() - 2009) : null;
  }

  /** Issue (ISO week of the year) for bulletins, else null. */
  String issue() {
    return plan.outlet().bulletin()
        ? Integer.toString(plan.date().get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)) : null;
  }

  /** Canonical address: host, date path and a slug of the headline. */
  public String url() {
    LocalDate d = plan.date();
    return "https://www." + plan.outlet().host() + "/" + d.getYear() + "/" + twoDigits(d.getMonthValue()) + "/"
        + twoDigits(d.getDayOfMonth()) + "/" + English.slug(title, 80);
  }

  /** "March 3, 2015". */
  String longDate() {
    return SlotFiller.monthDay(plan.date()) + ", " + plan.date().getYear();
  }

  /** The first sentence of the first paragraph: what a news page puts in its description meta tag. */
  String summary() {
    String first = paragraphs.getFirst();
    int end = first.indexOf(". ");
    return end < 0 ? first : first.substring(0, end + 1);
  }

  /** Keywords for the page's meta tag: country, division, city and the main group. */
  String keywords() {
    return String.join(", ", plan.scene().country().name(), plan.scene().division().phrase(),
        plan.scene().city().name(), plan.cast().group().name());
  }

  /** The same report in the model the existing format writers (PDF, DOCX, ODT, RTF, e-mail) render. */
  public SampleReport toSampleReport() {
    return new SampleReport(title, plan.outlet().name(), volume(), issue(), plan.author(), plan.date(), dateline(),
        plan.format(), paragraphs, url());
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
