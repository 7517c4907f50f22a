package org.leaps.portal.counselor;

/** An import that was refused as a whole; nothing was saved. */
public class ImportRejectedException extends RuntimeException {

  private final transient ImportPreview preview;

  public ImportRejectedException(ImportPreview preview) {
    super(
        preview.changedSincePreview() > 0
            ? preview.changedSincePreview()
                + " counselor(s) changed by someone else since the preview"
            : preview.problems().isEmpty()
                ? "The file has no rows to import"
                : preview.problems().size()
                    + " problem(s), first: "
                    + preview.problems().getFirst().describe());
    this.preview = preview;
  }

  /** True when the file is fine but records changed since the preview the person confirmed. */
  public boolean changedSincePreview() {
    return preview.changedSincePreview() > 0;
  }

  public ImportPreview preview() {
    return preview;
  }
}
