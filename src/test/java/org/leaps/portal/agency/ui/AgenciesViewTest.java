package org.leaps.portal.agency.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.agency.AgencyType;
import org.leaps.portal.security.AccountService;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The director keeps agencies and liaisons; members see their agency's liaisons. */
@PortalTest
class AgenciesViewTest extends SpringBrowserlessTest {

  @Autowired SignIn signIn;
  @Autowired org.leaps.portal.counselor.RosterFixtures fixtures;
  @Autowired AgencyService agencies;
  @Autowired AccountService accounts;

  /** Runs at injection, before the browserless set-up builds the mock UI. */
  @Autowired
  void useThisContextsSecurity(org.leaps.portal.counselor.RosterFixtures fixtures) {
    fixtures.useThisContextsSecurity();
  }

  @AfterEach
  void out() {
    signIn.out();
  }

  @Test
  void directorCreatesAnAgencyWithFieldMessagesAndAssignsALiaison() {
    signIn.as(SignIn.DIRECTOR);
    AgenciesView view = navigate(AgenciesView.class);
    assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(138);
    test(view.create).click();
    roundTrip();
    test(view.form.code).setValue("bad code!");
    test(view.form.name).setValue("Testville Police Department");
    view.form.county.setValue(
        view.form.county.getListDataView().getItems().findFirst().orElseThrow());
    test($(Button.class).id("agency-save")).click();
    assertThat(view.form.code.isInvalid()).isTrue();
    assertThat(view.form.code.getErrorMessage())
        .isEqualTo("use capital letters, digits and dashes");

    String code = "TESTVILLE-" + System.nanoTime() % 100000;
    test(view.form.code).setValue(code);
    test($(Button.class).id("agency-save")).click();
    Agency created = agencies.findByCodeInScope(code).orElseThrow();
    assertThat(created.getType()).isEqualTo(AgencyType.POLICE_DEPARTMENT);

    view.edit(created);
    roundTrip();
    test($(EmailField.class).id("liaison-email"))
        .setValue("new.liaison." + code.toLowerCase() + "@test.invalid");
    test($(TextField.class).id("liaison-name")).setValue("Lee Newcomb");
    test($(Button.class).id("liaison-assign")).click();
    assertThat(accounts.liaisonNamesOf(created.getId())).containsExactly("Lee Newcomb");
  }

  @Test
  void aLiaisonSeesTheirAgencyAndItsLiaisonsButCannotEdit() {
    signIn.as(SignIn.LIAISON_GULFPORT);
    AgenciesView view = navigate(AgenciesView.class);
    var cards =
        view.getChildren()
            .filter(c -> c.getClassNames().contains("agency-cards"))
            .flatMap(c -> c.getChildren())
            .map(Section.class::cast)
            .toList();
    assertThat(cards).hasSize(1);
    Section card = cards.getFirst();
    assertThat(card.getElement().getAttribute("data-code")).isEqualTo("GULFPORT-PD");
    var texts =
        card.getChildren()
            .flatMap(c ->
                c instanceof com.vaadin.flow.component.html.UnorderedList list
                    ? list.getChildren()
                    : java.util.stream.Stream.of(c))
            .map(c -> c instanceof com.vaadin.flow.component.HasText t ? t.getText() : "")
            .toList();
    assertThat(texts).contains("Gulfport Police Department", "Renee Carter");
    assertThat(view.grid.isAttached()).isFalse();
    Agency own = agencies.agenciesInScope().getFirst();
    assertThatThrownBy(() -> agencies.update(own)).isInstanceOf(AccessDeniedException.class);
  }
}
