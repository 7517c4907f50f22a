package org.leaps.portal.availability.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.availability.AvailabilityService;
import org.leaps.portal.availability.DemoCounselor;
import org.leaps.portal.availability.DirectoryChoice;
import org.leaps.portal.availability.DirectoryPhone;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The counselor chooses in her own settings what Find a peer shows: which of her roster phones, or
 * none, and whether officers may call, text or both.
 */
@PortalTest
class MyDirectoryChoiceTest extends SpringBrowserlessTest {

  @Autowired SignIn signIn;
  @Autowired AvailabilityService service;

  @BeforeEach
  void openAsHannah() {
    DemoCounselor.notDeployed(service, signIn);
    service.setMyDirectoryChoice(new DirectoryChoice(DirectoryPhone.MOBILE, true, true));
    navigate(MyAvailabilityView.class);
  }

  @AfterEach
  void restore() {
    DemoCounselor.notDeployed(service, signIn);
    service.setMyDirectoryChoice(new DirectoryChoice(DirectoryPhone.MOBILE, true, true));
    signIn.out();
  }

  @SuppressWarnings("unchecked")
  private Select<DirectoryPhone> phone() {
    return $(Select.class).id("directory-phone");
  }

  @Test
  void offersHerRosterPhonesWithTheirNumbersAndShowsTheSavedChoice() {
    assertThat(phone().getListDataView().getItems())
        .containsExactly(DirectoryPhone.MOBILE, DirectoryPhone.WORK, DirectoryPhone.NONE);
    assertThat(phone().getItemLabelGenerator().apply(DirectoryPhone.MOBILE))
        .isEqualTo("Mobile phone (228) 555-0147");
    assertThat(phone().getItemLabelGenerator().apply(DirectoryPhone.WORK))
        .isEqualTo("Work phone (228) 555-0100");
    assertThat(phone().getValue()).isEqualTo(DirectoryPhone.MOBILE);
    assertThat($(Checkbox.class).id("directory-call").getValue()).isTrue();
    assertThat($(Checkbox.class).id("directory-text").getValue()).isTrue();
  }

  @Test
  void choosesTheWorkPhoneForCallsOnly() {
    test(phone()).selectItem("Work phone (228) 555-0100");
    test($(Checkbox.class).id("directory-text")).click();
    test($(Button.class).id("save-directory")).click();
    assertThat(service.myDirectoryListing().choice())
        .isEqualTo(new DirectoryChoice(DirectoryPhone.WORK, true, false));
  }

  @Test
  void choosesNoPhone() {
    test(phone()).selectItem("No phone: first name, agency and specialties only");
    assertThat($(Checkbox.class).id("directory-call").isEnabled()).isFalse();
    test($(Button.class).id("save-directory")).click();
    assertThat(service.myDirectoryListing().choice()).isEqualTo(DirectoryChoice.NONE);
  }

  @Test
  void aPhoneWithNeitherCallNorTextIsRefusedAtTheField() {
    test($(Checkbox.class).id("directory-call")).click();
    test($(Checkbox.class).id("directory-text")).click();
    test($(Button.class).id("save-directory")).click();
    assertThat(phone().isInvalid()).isTrue();
    assertThat(phone().getErrorMessage())
        .isEqualTo("Directory links: allow calls, texts or both, or choose No phone");
    assertThat(service.myDirectoryListing().choice())
        .isEqualTo(new DirectoryChoice(DirectoryPhone.MOBILE, true, true));
  }
}
