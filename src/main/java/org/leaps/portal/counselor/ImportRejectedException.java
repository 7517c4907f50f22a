package org.leaps.portal.counselor;

/** An import that was refused as a whole; nothing was saved. */
public class ImportRejectedException extends RuntimeException {

  private final transient ImportPreview preview;

  public ImportRejectedException(ImportPreview preview) {
    super(
        preview.problems().isEmpty()
            ? "The file has no rows to import"
            : preview.problems().size()
                + " problem(s), first: "
                + preview.problems().getFirst().describe());
    this.preview = preview;
  }

  public ImportPreview preview() {
    return preview;
  }
}
