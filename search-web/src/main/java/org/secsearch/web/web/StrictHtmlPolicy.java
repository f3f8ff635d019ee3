package org.secsearch.web.web;

import gg.jte.html.HtmlAttribute;
import gg.jte.html.HtmlPolicy;
import gg.jte.html.HtmlPolicyException;
import gg.jte.html.HtmlTag;
import gg.jte.html.OwaspHtmlPolicy;
import gg.jte.html.policy.PreventInlineEventHandlers;

/**
 * The rules templates are compiled under: OWASP's (quoted attributes, no output inside tag names), no inline
 * event handlers, and no inline styles or style blocks, so the Content-Security-Policy never needs
 * 'unsafe-inline'. A template that breaks one fails the build.
 */
public final class StrictHtmlPolicy extends OwaspHtmlPolicy {
  public StrictHtmlPolicy() {
    addPolicy(new PreventInlineEventHandlers());
    addPolicy(new NoInlineStyles());
  }

  private static final class NoInlineStyles implements HtmlPolicy {
    @Override
    public void validateHtmlTag(HtmlTag tag) {
      if ("style".equalsIgnoreCase(tag.getName())) {
        throw new HtmlPolicyException("<style> blocks are not allowed: put CSS in /css/app.css (CSP).");
      }
    }

    @Override
    public void validateHtmlAttribute(HtmlTag tag, HtmlAttribute attribute) {
      if ("style".equalsIgnoreCase(attribute.getName())) {
        throw new HtmlPolicyException("style attributes are not allowed: use a class (CSP).");
      }
    }
  }
}
