package org.secsearch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.secsearch.web.TestCorpus;
import org.secsearch.web.search.SearchService;
import org.secsearch.web.web.Views;
import org.secsearch.web.web.WebApp;

/**
 * The search page in a real browser, as a user meets it: type a query, tick a province, watch the URL and the
 * counts change, share the URL, remove a chip, page forward, read a document hit by hit, all by keyboard too.
 * One server and one browser for the class; each test leaves a screenshot in {@code target/screenshots/}.
 */
class SearchPageBrowserTest {
  @TempDir static Path dir;
  static SearchService service;
  static Javalin app;
  static Browser browser;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(Browser.available(), "Chromium or chromedriver absent, skipping browser tests");
    service = TestCorpus.service(dir);
    app = WebApp.create(service, new Views(), WebApp.Options.defaults()).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
    browser = new Browser(dir.resolve("profile"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.close();
    if (app != null) app.stop();
    if (service != null) service.close();
  }

  static void open(String pathAndQuery) {
    browser.driver.get(base + pathAndQuery);
  }

  static String url() {
    return browser.driver.getCurrentUrl().substring(base.length());
  }

  static WebElement find(String css) {
    return browser.driver.findElement(By.cssSelector(css));
  }

  static List<WebElement> all(String css) {
    return browser.driver.findElements(By.cssSelector(css));
  }

  static String count() {
    return find("#result-count strong").getText();
  }

  static List<String> hitTitles() {
    return all(".hit-title a").stream().map(WebElement::getText).toList();
  }

  /** The count shown next to a facet value, by its checkbox value. */
  static String facetCount(String dim, String path) {
    WebElement box = find("input[type=checkbox][name='" + dim + "'][value='" + path + "']");
    return box.findElement(By.xpath("following-sibling::label//span[@class='count']")).getText();
  }

  static void waitForUrl(String fragment) {
    browser.waiting().until(ExpectedConditions.urlContains(fragment));
  }

  @Test
  void typeAQueryTickAProvinceAndTheUrlAndCountsFollow() throws Exception {
    open("/search");
    WebElement q = find("#q");
    q.sendKeys("attack OR court OR blast", Keys.ENTER);
    waitForUrl("q=attack%20OR%20court%20OR%20blast");
    assertThat(count()).isEqualTo("4 reports");
    assertThat(facetCount("region", "Kazakhstan")).isEqualTo("3");

    // Kazakhstan starts folded: open it, then tick its Aktobe Region
    WebElement kazakhstan = find("input[type=checkbox][name='region'][value='Kazakhstan']");
    WebElement twisty = kazakhstan.findElement(By.xpath("preceding-sibling::button[@class='twisty']"));
    assertThat(twisty.getAttribute("aria-expanded")).isEqualTo("false");
    twisty.click();
    find("label[for='" + find("input[type=checkbox][name='region'][value='Kazakhstan/Aktobe Region']").getAttribute("id") + "']")
        .click();
    waitForUrl("region=Kazakhstan/Aktobe%20Region");
    assertThat(url()).isEqualTo("/search?q=attack%20OR%20court%20OR%20blast&region=Kazakhstan/Aktobe%20Region");
    assertThat(count()).isEqualTo("2 reports");
    assertThat(find("input[type=checkbox][name='region'][value='Kazakhstan/Aktobe Region']").isSelected()).isTrue();
    // sideways counts: the other regions stay listed with their counts for the query
    assertThat(facetCount("region", "Russia")).isEqualTo("1");
    assertThat(facetCount("org", "Islamic Movement of Uzbekistan")).isEqualTo("1");
    assertThat(find("h1").getText()).isEqualTo("“attack OR court OR blast” · Region: Kazakhstan › Aktobe Region");
    assertThat(browser.driver.getTitle()).startsWith("“attack OR court OR blast” · Region: Kazakhstan › Aktobe Region");
    browser.screenshot("01-query-and-province");
  }

  @Test
  void aCopiedUrlOpensTheSamePageInAFreshBrowser() throws Exception {
    open("/search?q=security&sort=newest&region=Tajikistan&-org=Caucasus%20Emirate");
    String shared = browser.driver.getCurrentUrl();
    WebElement copy = find(".copy-link");
    assertThat(copy.isDisplayed()).isTrue();
    assertThat(base + copy.getAttribute("data-href")).isEqualTo(shared);
    copy.click();
    List<String> titles = hitTitles();
    String heading = find("h1").getText();
    String total = count();
    try (Browser fresh = new Browser(dir.resolve("profile-2"))) {
      fresh.driver.get(shared);
      assertThat(fresh.driver.getCurrentUrl()).isEqualTo(shared);
      assertThat(fresh.driver.findElement(By.cssSelector("h1")).getText()).isEqualTo(heading);
      assertThat(fresh.driver.findElement(By.cssSelector("#result-count strong")).getText()).isEqualTo(total);
      assertThat(fresh.driver.findElements(By.cssSelector(".hit-title a")).stream().map(WebElement::getText))
          .containsExactlyElementsOf(titles);
      fresh.screenshot("02-shared-url-in-fresh-browser");
    }
    assertThat(total).isEqualTo("22 reports");
  }

  @Test
  void removingAChipDropsJustThatFilter() throws Exception {
    open("/search?q=security&region=Kyrgyzstan&region=Tajikistan&from=2014-06");
    assertThat(all(".chip")).hasSize(3);
    String before = count();
    WebElement chip = all(".chip").stream().filter(c -> c.getText().contains("Kyrgyzstan")).findFirst().orElseThrow();
    browser.screenshot("03-chips-before");
    chip.findElement(By.cssSelector("a.remove")).click();
    waitForUrl("from=2014-06");
    browser.waiting().until(d -> !d.getCurrentUrl().contains("Kyrgyzstan"));
    assertThat(url()).isEqualTo("/search?q=security&region=Tajikistan&from=2014-06");
    assertThat(count()).isNotEqualTo(before);
    assertThat(all(".chip")).hasSize(2);
    find(".chips .clear a").click();
    browser.waiting().until(ExpectedConditions.urlToBe(base + "/search?q=security"));
    assertThat(all(".chip")).isEmpty();
  }

  @Test
  void pagingForwardAndBack() throws Exception {
    open("/search?q=bulletin");
    assertThat(find(".pager .where").getText()).isEqualTo("Page 1 of 3");
    List<String> first = hitTitles();
    find(".pager a[rel=next]").click();
    waitForUrl("page=2");
    assertThat(url()).isEqualTo("/search?q=bulletin&page=2");
    assertThat(find(".pager .where").getText()).isEqualTo("Page 2 of 3");
    assertThat(find("ol.hits").getAttribute("start")).isEqualTo("21");
    assertThat(hitTitles()).doesNotContainAnyElementsOf(first);
    browser.screenshot("04-page-two");
    find(".pager a[rel=prev]").click();
    browser.waiting().until(ExpectedConditions.urlToBe(base + "/search?q=bulletin"));
    assertThat(hitTitles()).containsExactlyElementsOf(first);
  }

  @Test
  void openADocumentAndStepThroughItsHits() throws Exception {
    open("/search?q=Aktobe");
    find(".hit-title a").click();
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fulltext")));
    assertThat(find("h1").getText()).isEqualTo("Gunmen attack police station in Aktobe");
    assertThat(all(".fulltext mark")).hasSize(2);
    find(".next-hit").click();
    assertThat(find(".hitpos").getText()).startsWith("Match 1 of 2");
    assertThat(find("#hit-1").getAttribute("class")).isEqualTo("current");
    new Actions(browser.driver).sendKeys("n").perform();
    assertThat(find(".hitpos").getText()).startsWith("Match 2 of 2");
    assertThat(find("#hit-2").getAttribute("class")).isEqualTo("current");
    assertThat(find("#hit-1").getAttribute("class")).isEmpty();
    browser.screenshot("05-document-hit-2");
    new Actions(browser.driver).sendKeys("p").perform();
    assertThat(find(".hitpos").getText()).startsWith("Match 1 of 2");
    assertThat(url()).endsWith("#hit-1");
    // facet values on the page start a filtered search
    browser.driver.findElement(By.linkText("Islamic Movement of Uzbekistan")).click();
    waitForUrl("/search?org=Islamic%20Movement%20of%20Uzbekistan");
    assertThat(count()).isEqualTo("2 reports");
  }

  @Test
  void theWholeFlowWorksWithTheKeyboardAlone() throws Exception {
    open("/search");
    Actions keys = new Actions(browser.driver);
    keys.sendKeys(Keys.TAB).perform();
    assertThat(browser.driver.switchTo().activeElement().getText()).isEqualTo("Skip to main content");
    keys.sendKeys("/").perform(); // "/" jumps to the search box
    assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
    keys.sendKeys("Dagestan OR Karaganda", Keys.ENTER).perform();
    waitForUrl("q=Dagestan%20OR%20Karaganda");
    assertThat(count()).isEqualTo("2 reports");
    // Tab to the Russia checkbox and tick it with the space bar
    tabUntil(e -> "Russia".equals(e.getAttribute("value")), 40);
    keys.sendKeys(Keys.SPACE).perform();
    waitForUrl("region=Russia");
    assertThat(count()).isEqualTo("1 report");
    // Tab to the hit and open it with Enter
    tabUntil(e -> "Insurgency in Dagestan".equals(e.getText()), 80);
    browser.screenshot("06-keyboard-focus-on-hit");
    keys.sendKeys(Keys.ENTER).perform();
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fulltext")));
    assertThat(find("h1").getText()).isEqualTo("Insurgency in Dagestan");
  }

  /** Presses Tab until the focused element matches, failing after {@code max} presses. */
  static void tabUntil(java.util.function.Predicate<WebElement> target, int max) {
    Actions keys = new Actions(browser.driver);
    for (int i = 0; i < max; i++) {
      keys.sendKeys(Keys.TAB).perform();
      if (target.test(browser.driver.switchTo().activeElement())) return;
    }
    throw new AssertionError("not reached by " + max + " Tab presses");
  }

  @Test
  void excludeAValueAndSetADateRange() throws Exception {
    open("/search?q=police");
    String before = count();
    WebElement exclude = find("a.exclude[aria-label='Exclude Caucasus Emirate']");
    new Actions(browser.driver).moveToElement(exclude).click().perform();
    waitForUrl("-org=Caucasus%20Emirate");
    assertThat(find(".chip.excluded").getText()).contains("NOT ORGANIZATION", "Caucasus Emirate");
    assertThat(count()).isNotEqualTo(before);
    find("#from").sendKeys("2011");
    find("#to").sendKeys("2011");
    find(".range button").click();
    waitForUrl("from=2011&to=2011");
    assertThat(url()).isEqualTo("/search?q=police&-org=Caucasus%20Emirate&from=2011&to=2011");
    browser.screenshot("07-exclude-and-range");
  }

  @Test
  void aLongFacetListFiltersAsYouTypeAndShowsMore() throws Exception {
    open("/search?q=bulletin");
    WebElement orgs = find("section.facet[data-dim='org']");
    WebElement more = orgs.findElement(By.cssSelector("details.more"));
    assertThat(more.findElement(By.tagName("summary")).getText()).isEqualTo("Show 4 more");
    assertThat(orgs.findElement(By.cssSelector("input[value='Mike Group']")).isDisplayed()).isFalse();
    more.findElement(By.tagName("summary")).click();
    assertThat(orgs.findElement(By.cssSelector("input[value='Mike Group']")).isDisplayed()).isTrue();
    WebElement filter = orgs.findElement(By.cssSelector(".facet-filter"));
    filter.sendKeys("li");
    List<String> visible = orgs.findElements(By.cssSelector(".values > .node")).stream()
        .filter(WebElement::isDisplayed).map(n -> n.findElement(By.cssSelector(".label")).getText()).toList();
    assertThat(visible).containsExactly("Charlie Group", "Juliett Group", "Lima Group");
    browser.screenshot("09-facet-filter");
    filter.sendKeys(Keys.ENTER); // Enter in the filter box must not submit the form
    assertThat(url()).isEqualTo("/search?q=bulletin");
    filter.sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE);
    assertThat(orgs.findElements(By.cssSelector(".values > .node")).stream().filter(WebElement::isDisplayed))
        .hasSize(TestCorpus.CELLS.size());
    orgs.findElement(By.xpath(".//input[@value='Mike Group']/following-sibling::label")).click();
    waitForUrl("org=Mike%20Group");
    assertThat(count()).isEqualTo("3 reports");
    // the ticked value sits behind "show more", which therefore starts open
    assertThat(find("section.facet[data-dim='org'] details.more").getAttribute("open")).isNotNull();
  }

  @Test
  void theStartPageAndAMalformedQueryLookRight() throws Exception {
    open("/search");
    assertThat(count()).isEqualTo("52 reports");
    assertThat(all(".histogram rect")).isNotEmpty();
    browser.screenshot("00-start-page");
    find(".help summary").click();
    assertThat(find(".help-body").getText()).contains("\"suicide bomber\"", "the exact phrase", "insurg*");
    browser.screenshot("00-query-syntax-help");
    find(".help summary").click();
    open("/search?q=*stan");
    assertThat(find(".alert").getText()).contains("leading wildcards are off", "*stan");
    assertThat(find("#q").getAttribute("value")).isEqualTo("*stan");
    browser.screenshot("08-malformed-query");
  }
}
