package org.leaps.portal.base.db;

/** The configured external database could not be reached at start-up. */
public class DatabaseUnavailableException extends RuntimeException {

  private final String url;

  public DatabaseUnavailableException(String url, Throwable cause) {
    super("The database at " + url + " cannot be reached: " + rootMessage(cause), cause);
    this.url = url;
  }

  /** For when there is no URL to name, such as a build without the embedded binaries. */
  public DatabaseUnavailableException(String message) {
    super(message);
    this.url = null;
  }

  public String url() {
    return url;
  }

  private static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
  }
}
