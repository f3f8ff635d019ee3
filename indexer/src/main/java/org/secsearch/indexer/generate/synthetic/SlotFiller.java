package org.secsearch.indexer.generate.synthetic;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.secsearch.indexer.enrich.Organization;

/**
 * Fills the slots of one report's templates: its own values (places, organizations, people, dates, numbers)
 * consistently across sentences, everything else from the vocabulary; remembers which organizations it wrote,
 * so the report knows what an enricher should find. One instance per report; not thread-safe.
 */
final class SlotFiller {
  /** The slots that take the report's own values rather than a vocabulary phrase. */
  static final Set<String> CAST_SLOTS = Set.of("city", "city2", "province", "country", "adj", "group", "group2",
      "agency", "intl", "person", "person2", "day", "event_date", "month", "year", "past_year", "n", "n2",
      "big_n", "cite");
  /** Vocabulary slots that keep their first value for the whole report, so its sentences agree on what happened. */
  private static final Set<String> STICKY = Set.of("attack", "target");
  static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};
  private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday"};

  private final Plan plan;
  private final Vocabulary vocabulary;
  private final ReportPlanner planner;
  private final RandomGenerator rnd;
  private final CitedSources citedOutlets;
  private final Map<String, String> people = new HashMap<>();
  private final Map<String, String> sticky = new HashMap<>();
  private final Set<Organization> mentioned = new LinkedHashSet<>();
  /** Whether a value has been written once already: later mentions are short. */
  private final Set<Object> introduced = new HashSet<>();

  SlotFiller(Plan plan, Vocabulary vocabulary, ReportPlanner planner, CitedSources citedOutlets,
      RandomGenerator rnd) {
    this.plan = plan;
    this.vocabulary = vocabulary;
    this.planner = planner;
    this.citedOutlets = citedOutlets;
    this.rnd = rnd;
  }

  /** Appends a template filled in; {@code headline} uses short names and does not count as a first mention. */
  void render(Template template, StringBuilder out, boolean headline) {
    for (Template.Part part : template.parts()) {
      switch (part) {
        case Template.Text t -> out.append(t.text());
        case Template.Choice c -> out.append(c.options().get(rnd.nextInt(c.options().size())));
        case Template.Slot s -> {
          String value = value(s.name(), headline);
          if (s.article()) {
            out.append(English.indefiniteArticle(value)).append(' ');
          }
          out.append(value);
        }
      }
    }
  }

  /** The organizations the report has named so far, in order of first mention. */
  List<Organization> mentioned() {
    return List.copyOf(mentioned);
  }

  private String value(String slot, boolean headline) {
    Atlas.Scene scene = plan.scene();
    Roster.Cast cast = plan.cast();
    return switch (slot) {
      case "city" -> scene.city().name();
      case "city2" -> scene.otherCity().name();
      case "province" -> scene.division().phrase();
      case "country" -> scene.country().name();
      case "adj" -> scene.country().adjective().isEmpty() ? scene.country().name() : scene.country().adjective();
      case "group" -> organization(cast.group(), headline);
      case "group2" -> organization(cast.group2(), headline);
      case "agency" -> cast.agency() == null ? "the " + value("adj", headline) + " security services"
          : organization(cast.agency(), headline);
      case "intl" -> organization(cast.intl(), headline);
      case "person", "person2" -> person(slot);
      case "day" -> WEEKDAYS[plan.eventDate().getDayOfWeek().getValue() - 1];
      case "event_date" -> monthDay(plan.eventDate());
      case "month" -> MONTHS[plan.date().getMonthValue() - 1];
      case "year" -> Integer.toString(plan.date().getYear());
      case "past_year" -> Integer.toString(plan.date().getYear() - 1 - rnd.nextInt(12));
      case "n" -> {
        double u = rnd.nextDouble(); // squared: small tolls are common, large ones rare
        yield Integer.toString(2 + (int) (38 * u * u));
      }
      case "n2" -> Integer.toString(2 + rnd.nextInt(14));
      case "big_n" -> String.format(java.util.Locale.ROOT, "%,d", 120 + 10 * rnd.nextInt(468));
      case "cite" -> " (" + citedOutlets.pick(rnd) + ", " + monthDay(plan.date().minusDays(rnd.nextInt(10))) + ")";
      default -> STICKY.contains(slot) ? sticky.computeIfAbsent(slot, k -> vocabulary.pick(k, rnd))
          : vocabulary.pick(slot, rnd);
    };
  }

  private String organization(Roster.Named named, boolean headline) {
    if (headline) {
      return named.acronym() != null && named.acronym().length() <= 6 ? named.acronym() : named.name();
    }
    mentioned.add(named.org());
    return introduced.add(named) ? named.firstMention(rnd) : named.laterMention();
  }

  /** A person's full name the first time, the family name after that. */
  private String person(String slot) {
    String full = people.computeIfAbsent(slot, k -> planner.person(rnd));
    return introduced.add(slot) ? full : full.substring(full.lastIndexOf(' ') + 1);
  }

  static String monthDay(LocalDate date) {
    return MONTHS[date.getMonthValue() - 1] + " " + date.getDayOfMonth();
  }
}
