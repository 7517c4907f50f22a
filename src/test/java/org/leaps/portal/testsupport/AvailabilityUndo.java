package org.leaps.portal.testsupport;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * On the availability page (already open): removes the first on-call time, screenshots the offered
 * Undo, presses it, and waits until the same time is listed again. Shared by the phone and the
 * new-user screen tests.
 */
public final class AvailabilityUndo {

  private static final Duration WAIT = Duration.ofSeconds(20);

  private AvailabilityUndo() {}

  public static void removeFirstOnCallTimeAndUndo(WebDriver driver, String screenshotName) {
    WebElement remove =
        new WebDriverWait(driver, WAIT)
            .withMessage("a remove button in #window-list")
            .until(d ->
                d.findElements(By.cssSelector("#window-list vaadin-button")).stream()
                    .findFirst()
                    .orElse(null));
    String label = remove.getDomAttribute("aria-label");
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", remove);
    remove.click();
    Browser.waitForVaadin(driver);
    WebElement undo =
        new WebDriverWait(driver, WAIT)
            .withMessage("the Undo button")
            .until(d -> d.findElements(By.id("undo")).stream().findFirst().orElse(null));
    Browser.screenshot(driver, screenshotName);
    undo.click();
    Browser.waitForVaadin(driver);
    new WebDriverWait(driver, WAIT)
        .withMessage("the removed time back in the list: " + label)
        .until(d ->
            !d.findElements(
                    By.cssSelector("#window-list vaadin-button[aria-label='" + label + "']"))
                .isEmpty());
  }
}
