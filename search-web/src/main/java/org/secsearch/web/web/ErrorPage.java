package org.secsearch.web.web;

import org.secsearch.web.search.SearchState;

/** An error page: the status, a heading and a sentence saying what to do. */
public record ErrorPage(int status, String title, String message) {
  public SearchState state() {
    return SearchState.empty();
  }
}
