package org.leaps.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leaps.portal.agency.ui.AgenciesView;
import org.leaps.portal.alert.ui.AlertAckView;
import org.leaps.portal.alert.ui.AlertComposeView;
import org.leaps.portal.alert.ui.AlertFollowUpView;
import org.leaps.portal.alert.ui.AlertInboxView;
import org.leaps.portal.alert.ui.AlertTrackingView;
import org.leaps.portal.audit.ui.AuditView;
import org.leaps.portal.availability.ui.CoverageView;
import org.leaps.portal.availability.ui.MyAvailabilityView;
import org.leaps.portal.availability.ui.RespondView;
import org.leaps.portal.counselor.ui.CounselorView;
import org.leaps.portal.counselor.ui.RosterImportView;
import org.leaps.portal.counselor.ui.RosterView;
import org.leaps.portal.home.ui.HomeView;
import org.leaps.portal.security.Role;
import org.leaps.portal.security.ui.NotPlacedView;

/**
 * Who may open each view, checked the way Vaadin's navigation access control checks it (its
 * annotation checker on {@code @RolesAllowed}/{@code @PermitAll}): a person of every role the view
 * is for gets in, every other role and anyone not signed in does not. Removing or widening a view's
 * annotation fails its case. Services check again with {@code @PreAuthorize}.
 */
class ViewAccessTest {

  private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

  /** Everyone in the peer support program: not officers, who only find a peer (decision 090). */
  private static final Set<Role> IN_PROGRAM =
      EnumSet.of(Role.DIRECTOR, Role.STAFF, Role.LIAISON, Role.COUNSELOR);

  private static final Set<Role> DIRECTOR_STAFF_LIAISON =
      EnumSet.of(Role.DIRECTOR, Role.STAFF, Role.LIAISON);

  static Stream<Arguments> views() {
    return Stream.of(
        Arguments.of(HomeView.class, EVERYONE),
        Arguments.of(AgenciesView.class, IN_PROGRAM),
        Arguments.of(AlertInboxView.class, IN_PROGRAM),
        Arguments.of(AlertAckView.class, IN_PROGRAM),
        Arguments.of(NotPlacedView.class, EVERYONE),
        Arguments.of(AlertComposeView.class, EnumSet.of(Role.DIRECTOR, Role.STAFF)),
        Arguments.of(AlertTrackingView.class, EnumSet.of(Role.DIRECTOR, Role.STAFF)),
        Arguments.of(AlertFollowUpView.class, DIRECTOR_STAFF_LIAISON),
        Arguments.of(AuditView.class, DIRECTOR_STAFF_LIAISON),
        Arguments.of(CoverageView.class, DIRECTOR_STAFF_LIAISON),
        Arguments.of(RespondView.class, DIRECTOR_STAFF_LIAISON),
        Arguments.of(MyAvailabilityView.class, EnumSet.of(Role.COUNSELOR)),
        Arguments.of(RosterView.class, DIRECTOR_STAFF_LIAISON),
        Arguments.of(CounselorView.class, DIRECTOR_STAFF_LIAISON),
        Arguments.of(RosterImportView.class, DIRECTOR_STAFF_LIAISON));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("views")
  void onlyTheRolesTheViewIsForGetIn(Class<?> view, Set<Role> allowed) {
    var checker = new AccessAnnotationChecker();
    Principal someone = () -> "someone@leaps.example";
    for (Role role : Role.values()) {
      boolean entered = checker.hasAccess(view, someone, name -> name.equals(role.name()));
      assertThat(entered)
          .as("%s for %s", view.getSimpleName(), role)
          .isEqualTo(allowed.contains(role));
    }
    assertThat(checker.hasAccess(view, null, name -> false))
        .as("%s for someone not signed in", view.getSimpleName())
        .isFalse();
  }
}
