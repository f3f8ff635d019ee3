package org.secsearch.indexer.generate.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The sentence templates of sentences.txt by section, parsed and checked once against the known slot names. */
final class TemplateBook {
  static final String RESOURCE = "sentences.txt";

  private final Map<String, List<Template>> sections = new HashMap<>();

  private TemplateBook() {}

  /**
   * Loads and parses the templates; every slot must be one of {@code castSlots} or a vocabulary list, so a typo
   * fails at start-up rather than in the middle of a million documents.
   */
  static TemplateBook load(Set<String> castSlots, Vocabulary vocabulary) {
    TemplateBook book = new TemplateBook();
    ResourceSections.sections(RESOURCE).forEach((name, lines) -> {
      List<Template> templates = new ArrayList<>(lines.size());
      for (String line : lines) {
        Template t = Template.parse(line, RESOURCE + " [" + name + "]");
        for (String slot : t.slotNames()) {
          if (!castSlots.contains(slot) && !vocabulary.has(slot)) {
            throw new IllegalStateException(RESOURCE + " [" + name + "]: unknown slot {" + slot + "} in: " + line);
          }
        }
        templates.add(t);
      }
      book.sections.put(name, List.copyOf(templates));
    });
    return book;
  }

  /** The templates of a section; fails when the file lacks it. */
  List<Template> section(String name) {
    List<Template> list = sections.get(name);
    if (list == null || list.isEmpty()) {
      throw new IllegalStateException(RESOURCE + " has no templates in section [" + name + "]");
    }
    return list;
  }
}
