package org.leaps.portal.peer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leaps.portal.base.TimeConfiguration;
import org.leaps.portal.counselor.Specialty;
import org.leaps.portal.geography.County;
import org.leaps.portal.security.PortalUser;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The officer opens Find a peer twice and uses every filter; afterwards nothing in the audit tables
 * and nothing in the application log carries their account id, email or name, the page says so, and
 * the only thing written is the identity-free daily count.
 */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class FindPeerNoTraceTest extends SpringBrowserlessTest {

  @Autowired SignIn signIn;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  @AfterEach
  void out() {
    signIn.out();
  }

  private long count(String sql, Object... args) {
    Long n = jdbc.queryForObject(sql, Long.class, args);
    return n == null ? 0 : n;
  }

  private long viewsToday() {
    LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.PROGRAM_ZONE));
    return count(
        "select coalesce(sum(view_count), 0) from peer_page_views where view_date = ?", today);
  }

  @Test
  @SuppressWarnings("unchecked")
  void anOfficerLooksAndLeavesNoTrace(CapturedOutput output) {
    long auditEvents = count("select count(*) from audit_event");
    long auditChanges = count("select count(*) from audit_change");
    long views = viewsToday();
    // A line the test itself logs proves the capture sees the application log.
    LoggerFactory.getLogger(FindPeerNoTraceTest.class).info("no-trace canary");

    PortalUser officer = signIn.as(SignIn.OFFICER);
    FindPeerView view = navigate(FindPeerView.class);
    assertThat($(Paragraph.class).id("privacy-promise").getElement().getTextRecursively())
        .isEqualTo(FindPeerView.PRIVACY_PROMISE)
        .contains("no record of who opens this page");
    test($(Checkbox.class).id("not-my-agency")).click();
    test($(Select.class).id("specialty")).selectItem(Specialty.LINE_OF_DUTY_DEATH.label());
    ((Select<?>) $(Select.class).id("specialty")).clear();
    test((ComboBox<County>) $(ComboBox.class).id("near-county")).selectItem("Harrison");
    test($(Select.class).id("within")).selectItem("About 1-hour drive or less");
    assertThat(PeerCards.of(view).cards()).isNotEmpty();
    navigate(FindPeerView.class);
    signIn.out();

    assertThat(viewsToday()).as("two openings counted, nothing else").isEqualTo(views + 2);
    assertThat(
            jdbc.queryForList(
                "select column_name from information_schema.columns"
                    + " where table_schema = database() and table_name = 'peer_page_views'"
                    + " order by column_name",
                String.class))
        .containsExactly("view_count", "view_date");

    assertThat(count("select count(*) from audit_event")).isEqualTo(auditEvents);
    assertThat(count("select count(*) from audit_change")).isEqualTo(auditChanges);
    assertThat(
            count(
                "select count(*) from audit_event where actor_account_id = ?"
                    + " or lower(actor_email) = ? or actor_name = ?",
                officer.accountId(),
                officer.email(),
                officer.displayName()))
        .isZero();

    String log = output.getAll();
    assertThat(log).contains("no-trace canary");
    assertThat(log).doesNotContainIgnoringCase(officer.email());
    assertThat(log).doesNotContain(officer.displayName());
    assertThat(log).doesNotContain("PortalUser[");
    assertThat(
            Pattern.compile(
                    "(?i)(account|user|principal|actor|officer)\\W{0,3}(id)?\\W{0,3}"
                        + officer.accountId()
                        + "\\b")
                .matcher(log)
                .find())
        .as("officer account id %s in the log", officer.accountId())
        .isFalse();
  }
}
