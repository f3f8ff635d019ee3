package org.secsearch.indexer.enrich;

import java.util.List;

/**
 * One entry of the organization authority file: the canonical name shown in the facet and the names it goes by.
 *
 * @param name canonical display name, qualified with "(Country)" when the bare name exists in several countries
 * @param type militant, security_service, police, military, intergovernmental, government or political
 * @param country ISO 3166 alpha-2 code of the home country, "" for international bodies
 * @param acronyms acronyms matched case-sensitively as whole words; a trailing '?' means "only with context"
 * @param aliases other names matched case-insensitively; a trailing '?' means "only with context"
 */
public record Organization(String name, String type, String country, List<String> acronyms, List<String> aliases) {
  /** The types an entry may have. */
  public static final List<String> TYPES = List.of(
      "militant", "security_service", "police", "military", "intergovernmental", "government", "political");

  public Organization {
    acronyms = List.copyOf(acronyms);
    aliases = List.copyOf(aliases);
  }

  /** The name without its "(Country)" qualifier: the form a text uses. */
  public String baseName() {
    return qualified() ? name.substring(0, name.lastIndexOf('(')).strip() : name;
  }

  /** True when the canonical name carries a "(Country)" qualifier, i.e. the bare name is not unique. */
  public boolean qualified() {
    return name.endsWith(")") && name.lastIndexOf('(') > 0;
  }
}
