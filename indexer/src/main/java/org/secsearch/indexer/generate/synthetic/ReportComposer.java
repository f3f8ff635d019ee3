package org.secsearch.indexer.generate.synthetic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.secsearch.indexer.enrich.Gazetteer;
import org.secsearch.indexer.enrich.OrganizationAuthority;
import org.secsearch.indexer.generate.ReportWriter;

/**
 * Composes and renders synthetic reports. Report {@code index} of a corpus with {@code seed} depends on nothing
 * else (its own random stream), so documents can be made in any order, on any number of threads, and come out
 * byte-identical. Holds the shared, immutable model (places, organizations, outlets, words, templates).
 */
public final class ReportComposer {
  private final ReportPlanner planner;
  private final ProseWriter prose;

  private ReportComposer() {
    Vocabulary vocabulary = Vocabulary.load();
    Atlas atlas = Atlas.load(Gazetteer.standard());
    Roster roster = Roster.load(OrganizationAuthority.load(List.of()), vocabulary.list("institution"));
    this.planner = new ReportPlanner(atlas, roster, vocabulary, Outlet.load());
    TemplateBook book = TemplateBook.load(SlotFiller.CAST_SLOTS, vocabulary);
    this.prose = new ProseWriter(book, vocabulary, planner, CitedSources.load());
  }

  private static final class Holder {
    static final ReportComposer STANDARD = new ReportComposer();
  }

  /** The shared composer; the first call loads the gazetteer and authority file (a second or two). */
  public static ReportComposer standard() {
    return Holder.STANDARD;
  }

  /** Report {@code index} of the corpus made with {@code seed}, to be rendered as {@code format}. */
  public SyntheticReport compose(long seed, int index, String format) {
    RandomGenerator rnd = random(seed, index);
    Plan plan = planner.plan(index, format, rnd);
    ProseWriter.Prose p = prose.write(plan, rnd);
    return new SyntheticReport(plan, p.headline(), p.paragraphs(), p.orgs());
  }

  /** Only the plan of report {@code index}: the same as {@link #compose} starts from, without writing prose. */
  Plan plan(long seed, int index, String format) {
    return planner.plan(index, format, random(seed, index));
  }

  /** The bytes of the report's file: web page, wire copy, or the shared writers for the other formats. */
  public byte[] render(SyntheticReport report) {
    return switch (report.format()) {
      case "html" -> WebPageWriter.render(report);
      case "txt" -> WireCopyWriter.render(report);
      default -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream(report.plan().targetChars() + 4096);
        try {
          ReportWriter.write(report.toSampleReport(), report.format(), out);
        } catch (IOException e) {
          throw new UncheckedIOException(e); // writing to memory does not fail
        }
        yield out.toByteArray();
      }
    };
  }

  /**
   * The random stream of one report: SplitMix64's finalizer over seed and index, so neighbouring indexes and
   * seeds give unrelated streams.
   */
  static RandomGenerator random(long seed, int index) {
    long z = seed * 0x9E3779B97F4A7C15L + index;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new SplittableRandom(z ^ (z >>> 31));
  }
}
