package org.secsearch.indexer.generate.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.secsearch.indexer.enrich.Organization;

/**
 * Writes a report's headline and paragraphs from the sentence templates, in the shape of a news report: what
 * happened, who claimed it, how the authorities answered, then background and analysis until the planned
 * length, and a closing outlook. Shared and thread-safe; per-report state lives in a {@link SlotFiller}.
 */
final class ProseWriter {
  /** Sections of the paragraphs after the first three, drawn in turn (never the same twice in a row). */
  private static final List<String> BODY_SECTIONS =
      List.of("background", "group", "regional", "analysis", "detail", "response", "quote");

  private final TemplateBook book;
  private final Vocabulary vocabulary;
  private final ReportPlanner planner;
  private final CitedSources citedOutlets;

  ProseWriter(TemplateBook book, Vocabulary vocabulary, ReportPlanner planner, CitedSources citedOutlets) {
    this.book = book;
    this.vocabulary = vocabulary;
    this.planner = planner;
    this.citedOutlets = citedOutlets;
  }

  /** The headline, paragraphs and named organizations of the planned report. */
  Prose write(Plan plan, RandomGenerator rnd) {
    Draft d = new Draft(new SlotFiller(plan, vocabulary, planner, citedOutlets, rnd), rnd);
    StringBuilder headline = new StringBuilder(96);
    d.filler.render(d.next("headline"), headline, true);
    d.paragraph("lead", 1).add("detail", 1 + rnd.nextInt(2)).add("casualties", rnd.nextInt(2)).end();
    d.paragraph("claim", 1 + rnd.nextInt(2)).end();
    d.paragraph("response", 1 + rnd.nextInt(2)).add("quote", 1).end();
    String previous = "";
    while (d.length < plan.targetChars()) {
      String section = BODY_SECTIONS.get(rnd.nextInt(BODY_SECTIONS.size()));
      if (section.equals(previous)) {
        continue;
      }
      previous = section;
      d.paragraph(section, section.equals("quote") ? 1 : 2 + rnd.nextInt(4)).end();
    }
    d.paragraph("outlook", 1).end();
    return new Prose(English.titleCase(headline.toString()), d.paragraphs, d.filler.mentioned());
  }

  /** A written report body. */
  record Prose(String headline, List<String> paragraphs, List<Organization> orgs) {}

  /** One report in the making: its paragraphs so far and, per section, the templates not used yet. */
  private final class Draft {
    final SlotFiller filler;
    final RandomGenerator rnd;
    final List<String> paragraphs = new ArrayList<>();
    final Map<String, List<Template>> unused = new HashMap<>();
    final StringBuilder current = new StringBuilder(1024);
    int length;

    Draft(SlotFiller filler, RandomGenerator rnd) {
      this.filler = filler;
      this.rnd = rnd;
    }

    /** A template of the section that this report has not used yet (all again once the section runs out). */
    Template next(String section) {
      List<Template> left = unused.get(section);
      if (left == null || left.isEmpty()) {
        left = new ArrayList<>(book.section(section));
        unused.put(section, left);
      }
      // Swap-remove keeps the draw O(1); order among the unused does not matter.
      int i = rnd.nextInt(left.size());
      Template t = left.get(i);
      left.set(i, left.getLast());
      left.removeLast();
      return t;
    }

    Draft paragraph(String section, int sentences) {
      current.setLength(0);
      return add(section, sentences);
    }

    Draft add(String section, int sentences) {
      for (int s = 0; s < sentences; s++) {
        if (!current.isEmpty()) {
          current.append(' ');
        }
        int start = current.length();
        filler.render(next(section), current, false);
        English.capitalizeFrom(current, start);
      }
      return this;
    }

    void end() {
      if (!current.isEmpty()) {
        paragraphs.add(current.toString());
        length += current.length() + 2;
      }
    }
  }
}
