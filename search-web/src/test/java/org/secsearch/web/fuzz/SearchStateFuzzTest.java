package org.secsearch.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.secsearch.web.search.InvalidSearchException;
import org.secsearch.web.search.SearchState;

/**
 * Fuzzes the URL ⇄ state round trip with any query string (see {@link RawQuery} for how bytes become one): it is
 * refused with a message for the user, or it has one canonical form, which is plain URL characters, parses back to
 * an equal state and renders to the same bytes again.
 */
class SearchStateFuzzTest {
  /** What {@code UrlCodec} leaves in a canonical query string: unreserved, a few delimiters, and escapes. */
  static final String CANONICAL = "[A-Za-z0-9._~/:@!$()*,;%=&-]*";

  @FuzzTest
  void anyQueryStringIsRefusedOrHasOneCanonicalForm(byte[] input) {
    SearchState state;
    try {
      state = SearchState.parse(RawQuery.params(RawQuery.of(input)));
    } catch (InvalidSearchException e) {
      QueryParserFuzzTest.assertIsForTheUser(e);
      return;
    }
    String canonical = state.toQueryString();
    assertThat(canonical).matches(CANONICAL);
    SearchState again = SearchState.parse(RawQuery.params(canonical));
    assertThat(again).isEqualTo(state);
    assertThat(again.toQueryString()).isEqualTo(canonical);
    assertThat(again.href()).isEqualTo(canonical.isEmpty() ? "/search" : "/search?" + canonical);
  }
}
