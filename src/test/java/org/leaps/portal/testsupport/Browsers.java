package org.leaps.portal.testsupport;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * The Chromium windows a test opens, closed after each test: {@code @RegisterExtension final
 * Browsers browsers = new Browsers();} then {@code browsers.open()} or {@code open(360, 780)}.
 */
public final class Browsers implements AfterEachCallback {

  private final List<WebDriver> open = new ArrayList<>();

  /** A desktop-sized window. */
  public WebDriver open() {
    return keep(Browser.start());
  }

  /** A window of this size, e.g. 360 × 780 for a phone. */
  public WebDriver open(int width, int height) {
    return keep(Browser.start(width, height));
  }

  private WebDriver keep(WebDriver driver) {
    open.add(driver);
    return driver;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    for (WebDriver driver : open) {
      driver.quit();
    }
    open.clear();
  }
}
