package org.secsearch.web.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders pages with jte's precompiled templates (compiled by the build from {@code src/main/jte}, with
 * contextual HTML escaping): one method per page, each taking its view record.
 */
public final class Views {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  public String search(SearchPage page) {
    return render("search.jte", page);
  }

  public String document(DocumentPage page) {
    return render("document.jte", page);
  }

  public String error(ErrorPage page) {
    return render("error.jte", page);
  }

  private String render(String template, Object model) {
    StringOutput out = new StringOutput();
    engine.render(template, model, out);
    return out.toString();
  }
}
