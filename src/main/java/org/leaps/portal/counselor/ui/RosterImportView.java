package org.leaps.portal.counselor.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import org.leaps.portal.base.ui.UserMessages;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.ImportPreview;
import org.leaps.portal.counselor.ImportPreview.Action;
import org.leaps.portal.counselor.ImportRejectedException;
import org.leaps.portal.counselor.RosterCsv;
import org.leaps.portal.security.RunAs;

/**
 * CSV import: upload, a preview naming row, column and problem for every mistake, then an
 * all-or-nothing import of a clean file, confirmed by the person.
 */
@StyleSheet("styles/roster.css")
@Route("roster/import")
@PageTitle("Import roster")
@RolesAllowed({"DIRECTOR", "STAFF", "LIAISON"})
public class RosterImportView extends Main {

  /** Files this large are imported in the background with a progress bar. */
  static final int BACKGROUND_ROWS = 500;

  static final int MAX_BYTES = 10 * 1024 * 1024;
  private static final NumberFormat NUMBERS = NumberFormat.getIntegerInstance(Locale.US);

  private final CounselorService counselors;

  /** Boot's task executor: a large import runs there as the person who started it. */
  private final java.util.concurrent.Executor executor;

  final Upload upload;
  final Paragraph summary = new Paragraph();
  final Grid<ImportPreview.Problem> problems = new Grid<>(ImportPreview.Problem.class, false);
  final Grid<ImportPreview.Outcome> outcomes = new Grid<>(ImportPreview.Outcome.class, false);
  final Button confirm = new Button("Import", VaadinIcon.CHECK.create(), e -> confirm());
  final ProgressBar progress = new ProgressBar();
  final Paragraph progressText = new Paragraph();
  private final H3 problemsTitle = new H3("Problems to fix");
  private final H3 outcomesTitle = new H3("What the import will do");

  private volatile UI attachedUi;
  private String fileName;
  private byte[] data;
  ImportPreview preview;

  RosterImportView(
      CounselorService counselors,
      @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor")
          java.util.concurrent.Executor executor) {
    this.counselors = counselors;
    this.executor = executor;
    addClassNames("view", "roster-import-view");

    var back =
        new Button(
            "Roster",
            VaadinIcon.ARROW_LEFT.create(),
            e -> getUI().ifPresent(ui -> ui.navigate(RosterView.class)));
    back.addThemeVariants(ButtonVariant.TERTIARY);
    back.addClassName("back-link");
    var intro =
        new Paragraph(
            "Upload a CSV file with one counselor per row. Nothing is saved until you have seen the preview and confirmed; a file with any problem is not imported at all. Counselors are matched by email, then by badge number within the agency: a match is updated, anything else is added. An empty cell leaves the value on file unchanged.");
    var template =
        new Anchor(
            DownloadHandler.fromInputStream(event ->
                new DownloadResponse(
                    new ByteArrayInputStream(RosterCsv.template().getBytes(StandardCharsets.UTF_8)),
                    "roster-template.csv",
                    "text/csv",
                    -1)),
            AttachmentType.DOWNLOAD,
            "Download the CSV template");
    template.setId("import-template");

    upload =
        new Upload(
            UploadHandler.inMemory((metadata, bytes) -> {
              // Uploads are received without the session lock; show the preview under it.
              UI ui = attachedUi;
              if (ui == null) {
                return;
              }
              if (ui.getSession().hasLock()) {
                preview(metadata.fileName(), bytes);
              } else {
                ui.access(() -> preview(metadata.fileName(), bytes));
              }
            }));
    upload.setId("import-upload");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(MAX_BYTES);
    upload.setAcceptedFileTypes(".csv", "text/csv");
    upload.addFileRejectedListener(e -> notify(e.getErrorMessage(), NotificationVariant.ERROR));

    summary.setId("import-summary");
    summary.addClassName("import-summary");
    problems.setId("import-problems");
    // The message is the point: it wraps (also at 360 px) instead of being cut off with "…".
    problems.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
    problems
        .addColumn(ImportPreview.Problem::row)
        .setHeader("Row")
        .setAutoWidth(true)
        .setFlexGrow(0);
    problems
        .addColumn(ImportPreview.Problem::column)
        .setHeader("Column")
        .setAutoWidth(true)
        .setFlexGrow(0);
    problems.addColumn(ImportPreview.Problem::message).setHeader("Problem").setFlexGrow(1);
    problems.setAllRowsVisible(false);
    problems.setHeight("22rem");

    outcomes.setId("import-outcomes");
    outcomes.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
    outcomes.setPartNameGenerator(o -> o.changedSincePreview() ? "changed-since-preview" : null);
    outcomes
        .addColumn(ImportPreview.Outcome::row)
        .setHeader("Row")
        .setAutoWidth(true)
        .setFlexGrow(0);
    outcomes
        .addColumn(o -> o.action().label())
        .setHeader("Action")
        .setAutoWidth(true)
        .setFlexGrow(0);
    outcomes.addColumn(ImportPreview.Outcome::name).setHeader("Name").setAutoWidth(true);
    outcomes.addColumn(ImportPreview.Outcome::agencyCode).setHeader("Agency").setAutoWidth(true);
    outcomes.addColumn(ImportPreview.Outcome::matchedBy).setHeader("Matched by").setAutoWidth(true);
    outcomes
        .addColumn(o -> String.join(", ", o.changedFields()))
        .setHeader("Changes")
        .setFlexGrow(1);
    outcomes.addColumn(ImportPreview.Outcome::note).setHeader("Note").setFlexGrow(1);
    outcomes.setHeight("22rem");

    confirm.setId("import-confirm");
    confirm.addThemeVariants(ButtonVariant.PRIMARY);
    progress.setId("import-progress");
    progressText.setId("import-progress-text");
    progress.getElement().setAttribute("aria-label", "Import progress");

    setPreviewVisible(false);
    add(
        back,
        new H2("Import roster from CSV"),
        intro,
        template,
        upload,
        summary,
        problemsTitle,
        problems,
        outcomesTitle,
        outcomes,
        confirm,
        progress,
        progressText);
  }

  private void setPreviewVisible(boolean visible) {
    summary.setVisible(visible);
    problemsTitle.setVisible(false);
    problems.setVisible(false);
    outcomesTitle.setVisible(false);
    outcomes.setVisible(false);
    confirm.setVisible(false);
    progress.setVisible(false);
    progressText.setVisible(false);
  }

  /** Checks an uploaded file and shows the preview. */
  void preview(String name, byte[] bytes) {
    this.fileName = name;
    this.data = bytes;
    ImportPreview checked;
    try {
      checked = counselors.previewImport(name, bytes);
    } catch (RuntimeException e) {
      upload.clearFileList();
      notify(UserMessages.describe(e), NotificationVariant.ERROR);
      return;
    }
    show(checked);
  }

  /** Shows a preview; Import then commits exactly what it shows (the versions it was made on). */
  private void show(ImportPreview checked) {
    this.preview = checked;
    String name = checked.fileName();
    setPreviewVisible(true);
    String read =
        NUMBERS.format(preview.rows())
            + (preview.rows() == 1 ? " row" : " rows")
            + " read from "
            + name
            + " ("
            + preview.encoding()
            + ").";
    if (!preview.problems().isEmpty()) {
      summary.setText(
          read
              + " "
              + NUMBERS.format(preview.problems().size())
              + (preview.problems().size() == 1 ? " problem" : " problems")
              + " found. Nothing will be imported until the file is fixed and uploaded again.");
      summary.getElement().setAttribute("data-state", "problems");
      problemsTitle.setVisible(true);
      problems.setItems(preview.problems());
      problems.setVisible(true);
    } else {
      long created = preview.count(Action.NEW);
      long updated = preview.count(Action.UPDATE);
      long same = preview.count(Action.UNCHANGED);
      long skipped = preview.count(Action.SKIPPED);
      long changed = preview.changedSincePreview();
      summary.setText(
          (changed > 0
                  ? NUMBERS.format(changed)
                      + (changed == 1 ? " counselor was" : " counselors were")
                      + " changed by someone else since your preview, so nothing was imported."
                      + " The rows are marked below; check them and import again. "
                  : "")
              + read
              + " No problems: "
              + NUMBERS.format(created)
              + " new, "
              + NUMBERS.format(updated)
              + " updated, "
              + NUMBERS.format(same)
              + " unchanged"
              + (skipped > 0
                  ? ", "
                      + NUMBERS.format(skipped)
                      + " skipped (kept by their own agency, see the notes)."
                  : "."));
      summary.getElement().setAttribute("data-state", changed > 0 ? "changed" : "clean");
      outcomesTitle.setVisible(true);
      outcomes.setItems(preview.outcomes());
      outcomes.setVisible(true);
      confirm.setText(
          "Import " + NUMBERS.format(preview.rows()) + (preview.rows() == 1 ? " row" : " rows"));
      confirm.setVisible(true);
      confirm.setEnabled(true);
    }
    upload.clearFileList();
  }

  /** Imports the previewed file in one transaction; large files run in the background. */
  void confirm() {
    if (preview == null || !preview.clean()) {
      return;
    }
    confirm.setEnabled(false);
    upload.setVisible(false);
    if (preview.rows() < BACKGROUND_ROWS) {
      finish(run(null));
      return;
    }
    UI ui = UI.getCurrent();
    var asThisPerson = RunAs.currentPerson().on(executor);
    progress.setVisible(true);
    progress.setMin(0);
    progress.setMax(preview.rows());
    progress.setValue(0);
    progressText.setVisible(true);
    progressText.setText("Importing… nothing is saved until every row is in.");
    asThisPerson.execute(() -> {
      Result result = run(ui);
      ui.access(() -> finish(result));
    });
  }

  /**
   * How an import ended: the saved preview, or an error with the preview to show again, or an error
   * after which the file is checked again ({@code recheck}: another session saved first).
   */
  private record Result(ImportPreview done, String error, boolean recheck) {
    Result(ImportPreview done, String error) {
      this(done, error, false);
    }
  }

  private Result run(UI ui) {
    try {
      ImportPreview done =
          counselors.commitImport(
              preview,
              data,
              count -> {
                if (ui != null) {
                  ui.access(() -> {
                    progress.setValue(count);
                    progressText.setText(
                        "Saved "
                            + NUMBERS.format(count)
                            + " of "
                            + NUMBERS.format(preview.rows())
                            + " rows…");
                  });
                }
              });
      return new Result(done, null);
    } catch (ImportRejectedException e) {
      if (e.changedSincePreview()) {
        return new Result(
            e.preview(),
            "Someone changed "
                + (e.preview().changedSincePreview() == 1
                    ? "a counselor"
                    : NUMBERS.format(e.preview().changedSincePreview()) + " counselors")
                + " in this file since your preview, so nothing was imported. The rows are"
                + " marked; check them and import again.");
      }
      return new Result(
          e.preview(),
          "The file no longer passes the checks (for example someone changed a counselor), so"
              + " nothing was imported. The problems are listed below.");
    } catch (RuntimeException e) {
      var kind = UserMessages.kind(e);
      return new Result(
          null,
          failureMessage(e),
          kind == UserMessages.Kind.DUPLICATE || kind == UserMessages.Kind.CHANGED_MEANWHILE);
    }
  }

  /** What the person reads when the import fails on the server: never SQL or a stack trace. */
  static String failureMessage(Throwable error) {
    String message = UserMessages.describe(error);
    return switch (UserMessages.kind(error)) {
      case DUPLICATE, CHANGED_MEANWHILE ->
          message.replace(
              "Look at the current records, then try again.",
              "The preview below is up to date: check it and import again.");
      default -> message;
    };
  }

  private void finish(Result result) {
    progress.setVisible(false);
    upload.setVisible(true);
    if (result.error() != null) {
      if (result.done() != null) {
        show(result.done());
      } else if (result.recheck()) {
        // Another session saved first: check the file again to show what the database holds now.
        preview(fileName, data);
      } else {
        // Nothing was saved and the preview still stands: the person can try again.
        confirm.setEnabled(true);
      }
      progressText.setVisible(true);
      progressText.setText(result.error());
      progressText.getElement().setAttribute("data-state", "failed");
      notify(result.error(), NotificationVariant.ERROR);
      return;
    }
    ImportPreview done = result.done();
    confirm.setVisible(false);
    progressText.setVisible(true);
    String text =
        "Imported "
            + NUMBERS.format(done.rows())
            + " rows: "
            + NUMBERS.format(done.count(Action.NEW))
            + " new, "
            + NUMBERS.format(done.count(Action.UPDATE))
            + " updated.";
    progressText.setText(text);
    progressText.getElement().setAttribute("data-state", "done");
    notify(text, NotificationVariant.SUCCESS);
    data = null;
    preview = null;
  }

  @Override
  protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
    super.onAttach(attachEvent);
    attachedUi = attachEvent.getUI();
  }

  @Override
  protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
    attachedUi = null;
    super.onDetach(detachEvent);
  }

  private static void notify(String text, NotificationVariant variant) {
    Notification.show(text, 6000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
  }
}
