package org.secsearch.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.secsearch.indexer.index.DocumentIds;
import org.secsearch.web.TestCorpus;
import org.secsearch.web.search.InvalidSearchException;
import org.secsearch.web.search.SearchResult;
import org.secsearch.web.search.SearchService;
import org.secsearch.web.search.SearchState;
import org.secsearch.web.search.Sort;
import org.secsearch.web.search.UserQueryParser;

/**
 * Fuzzes the search box end to end over the small real index of {@link TestCorpus}: the parser, then the Lucene
 * query built from it run as a page (ranked, with facets and spelling), as a feed (newest first, with snippets) and
 * as the highlights of a document. The input is the box's text (UTF-8, as the server decodes it). The only way out
 * besides an answer is {@link InvalidSearchException}, the refusal the user reads; the parser is called directly
 * as well, since {@link SearchService} turns any parser crash into such a refusal and would hide it.
 */
class QueryParserFuzzTest {
  @TempDir static Path dir;
  static SearchService service;
  static final String DOCUMENT = DocumentIds.of(TestCorpus.AKTOBE_ATTACK);

  @BeforeAll
  static void index() throws IOException {
    service = TestCorpus.service(dir);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  @FuzzTest
  void anyQueryIsAnsweredOrRefusedWithAMessage(byte[] input) throws IOException {
    String typed = new String(input, StandardCharsets.UTF_8);
    if (!parses(typed)) return;
    SearchState state = SearchState.empty().withQuery(typed); // what the server searches: stripped, spaces collapsed
    if (!parses(state.q())) return;
    try {
      SearchResult page = service.search(state);
      assertThat(page.total()).isBetween(0L, (long) page.indexDocuments());
      assertThat(page.hits()).hasSizeLessThanOrEqualTo(SearchState.PAGE_SIZE);
      assertThat(service.top(state, Sort.NEWEST, 10, true)).hasSizeLessThanOrEqualTo(10);
      assertThat(service.document(DOCUMENT, state)).isPresent();
    } catch (InvalidSearchException e) {
      assertIsForTheUser(e);
    }
  }

  /** Whether the parser accepts the text; a refusal must say why. */
  private static boolean parses(String q) {
    try {
      UserQueryParser.Parsed parsed = UserQueryParser.parse(q);
      assertThat(parsed.notes()).allSatisfy(note -> assertThat(note).isNotBlank());
      return true;
    } catch (InvalidSearchException e) {
      assertIsForTheUser(e);
      return false;
    }
  }

  static void assertIsForTheUser(InvalidSearchException e) {
    assertThat(e.getMessage()).isNotBlank().doesNotContain("Exception", "\tat ");
  }
}
