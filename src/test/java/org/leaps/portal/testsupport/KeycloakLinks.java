package org.leaps.portal.testsupport;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The suite's tests share one database, and an account stays tied to the first Keycloak subject
 * that signs in to it (decision 045). Tests that sign the demo accounts in through Keycloak, each
 * with subjects of their own, first untie those accounts so each starts from a first sign-in.
 */
public final class KeycloakLinks {

  private KeycloakLinks() {}

  public static void forgetDemoAccountLinks(JdbcTemplate jdbc) {
    jdbc.update("update portal_account set subject = null where email like '%@leaps.example'");
  }
}
