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
import org.leaps.portal.agency.AgencyLiaisonService;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.agency.AgencyType;
import org.leaps.portal.audit.AuditAction;
import org.leaps.portal.security.AccountService;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The director keeps agencies and liaisons; members see their agency's liaisons. */
@PortalTest
class AgenciesViewTest extends SpringBrowserlessTest {

  @Autowired SignIn signIn;
  @Autowired AgencyService agencies;
  @Autowired AccountService accounts;
  @Autowired AgencyLiaisonService liaisons;
  @Autowired org.leaps.portal.geography.GeographyService geography;
  @Autowired org.leaps.portal.audit.AuditService audit;

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
  void directorRemovesALiaisonWhoKeepsTheirOtherAgencyAndTheTrailSaysSo() {
    signIn.as(SignIn.DIRECTOR);
    Agency first = newAgency("LIAISON-A");
    Agency second = newAgency("LIAISON-B");
    String email = "two.agencies." + System.nanoTime() + "@test.invalid";
    liaisons.assign(first.getId(), email, "Morgan Two-Agencies");
    liaisons.assign(second.getId(), email, "");

    AgenciesView view = navigate(AgenciesView.class);
    view.edit(first);
    roundTrip();
    var removeButtons =
        $(Button.class).all().stream()
            .filter(b -> b.getClassNames().contains("liaison-remove"))
            .toList();
    assertThat(removeButtons).hasSize(1);
    assertThat(removeButtons.getFirst().getAriaLabel())
        .contains("Remove Morgan Two-Agencies as liaison");
    test(removeButtons.getFirst()).click();
    test($(Button.class).id("liaison-remove-confirm")).click();

    assertThat(accounts.liaisonNamesOf(first.getId())).isEmpty();
    assertThat(accounts.liaisonNamesOf(second.getId())).containsExactly("Morgan Two-Agencies");
    var account = accounts.findLocalAccount(email).orElseThrow();
    assertThat(account.getRoles()).contains(org.leaps.portal.security.Role.LIAISON);
    assertThat(account.getLiaisonAgencyIds()).containsExactly(second.getId());
    assertThat(
            audit
                .page(
                    org.leaps.portal.audit.AuditFilter.forSubject("Agency", first.getId()),
                    org.springframework.data.domain.PageRequest.of(0, 10))
                .stream()
                .map(e -> e.getAction())
                .toList())
        .contains(AuditAction.ASSIGN_LIAISON, AuditAction.REMOVE_LIAISON);

    liaisons.remove(second.getId(), email);
    assertThat(accounts.findLocalAccount(email).orElseThrow().getRoles())
        .doesNotContain(org.leaps.portal.security.Role.LIAISON);
  }

  @Test
  void assigningALiaisonNamesTheFieldThatIsWrong() {
    signIn.as(SignIn.DIRECTOR);
    Agency agency = newAgency("LIAISON-C");
    AgenciesView view = navigate(AgenciesView.class);
    view.edit(agency);
    roundTrip();
    test($(EmailField.class).id("liaison-email")).setValue("not-an-address");
    test($(TextField.class).id("liaison-name")).setValue("<script>alert(1)</script>");
    test($(Button.class).id("liaison-assign")).click();
    EmailField email = $(EmailField.class).id("liaison-email");
    assertThat(email.isInvalid()).isTrue();
    assertThat(email.getErrorMessage()).isEqualTo("enter the liaison's email address");

    String address = "new." + System.nanoTime() + "@test.invalid";
    test($(EmailField.class).id("liaison-email")).setValue(address);
    test($(TextField.class).id("liaison-name")).setValue("");
    test($(Button.class).id("liaison-assign")).click();
    TextField name = $(TextField.class).id("liaison-name");
    assertThat(name.isInvalid()).isTrue();
    assertThat(name.getErrorMessage()).isEqualTo("enter the liaison's name");
    assertThat(accounts.findLocalAccount(address)).isEmpty();
  }

  @Test
  void onlyTheDirectorAssignsOrRemovesLiaisons() {
    signIn.as(SignIn.LIAISON_GULFPORT);
    long gulfport = agencies.agenciesInScope().getFirst().getId();
    assertThatThrownBy(() -> liaisons.assign(gulfport, "friend@test.invalid", "A Friend"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> liaisons.remove(gulfport, SignIn.LIAISON_GULFPORT))
        .isInstanceOf(AccessDeniedException.class);
    signIn.as(SignIn.STAFF);
    assertThatThrownBy(() -> liaisons.remove(gulfport, SignIn.LIAISON_GULFPORT))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(liaisons.liaisonsOf(gulfport))
        .extracting(l -> l.email())
        .contains(SignIn.LIAISON_GULFPORT);
  }

  private Agency newAgency(String prefix) {
    var county = geography.counties().stream().filter(c -> c.getName().equals("Lamar")).findFirst();
    return agencies.create(
        new Agency(
            prefix + "-" + System.nanoTime() % 1_000_000,
            "Liaison Test Agency " + prefix,
            AgencyType.POLICE_DEPARTMENT,
            county.orElseThrow()));
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
