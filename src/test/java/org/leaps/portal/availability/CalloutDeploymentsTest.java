package org.leaps.portal.availability;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.security.PortalUser;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;

/**
 * Deployment on a callout is the callout module's to ask for, inside its own transaction after its
 * offer checks: a screen (or any other module) cannot deploy or release a counselor through it.
 */
@PortalTest
class CalloutDeploymentsTest {

  @Autowired AvailabilityService service;
  @Autowired CalloutDeployments deployments;
  @Autowired SignIn signIn;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  @Test
  void aCounselorCannotDeployThemselvesOutsideTheCalloutServicesTransaction() {
    PortalUser hannah = DemoCounselor.notDeployed(service, signIn);

    assertThatThrownBy(() -> deployments.deployOnCallout(hannah.counselorId()))
        .isInstanceOf(IllegalTransactionStateException.class);
    assertThat(service.mine().now().status()).isNotEqualTo(AvailabilityStatus.DEPLOYED);
  }

  @Test
  void aDeploymentCannotBeEndedOutsideTheCalloutServicesTransaction() {
    PortalUser hannah = DemoCounselor.notDeployed(service, signIn);
    signIn.as(SignIn.STAFF);
    service.markDeployed(hannah.counselorId(), null);
    try {
      assertThatThrownBy(() -> deployments.endCalloutDeployment(hannah.counselorId()))
          .isInstanceOf(IllegalTransactionStateException.class);
      assertThat(service.isDeployed(hannah.counselorId())).isTrue();
    } finally {
      service.clearDeployed(hannah.counselorId());
    }
  }

  @Test
  void onlyTheCalloutModuleUsesIt() {
    JavaClasses main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.leaps.portal");
    noClasses()
        .that()
        .resideOutsideOfPackages("org.leaps.portal.callout..", "org.leaps.portal.availability")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(CalloutDeployments.class)
        .check(main);
  }
}
