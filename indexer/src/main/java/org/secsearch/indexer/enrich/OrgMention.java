package org.secsearch.indexer.enrich;

/**
 * An organization found over words [from, to) of a {@link TextTokens}, before it becomes a {@link Tag}.
 *
 * @param org the authority entry, or null for a name discovered in the text
 * @param value the facet value: the entry's canonical name or the discovered name
 */
record OrgMention(int from, int to, Organization org, String value, String rule) {
  Tag toTag(TextTokens tokens) {
    return new Tag(value, tokens.start(from), tokens.end(to - 1), rule);
  }
}
