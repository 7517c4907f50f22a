package org.leaps.portal.security;

import org.springframework.security.core.AuthenticationException;

/** A Keycloak sign-in whose email may not be linked to the record it names (decision 045). */
public class AccountLinkRefusedException extends AuthenticationException {

  private static final long serialVersionUID = 1L;

  private final transient SignInRefused refusal;

  public AccountLinkRefusedException(SignInRefused refusal) {
    super(
        "Sign-in of Keycloak user "
            + refusal.subject()
            + " not linked to "
            + refusal.targetType()
            + " "
            + refusal.targetId()
            + ": "
            + refusal.reason().label());
    this.refusal = refusal;
  }

  public SignInRefused refusal() {
    return refusal;
  }
}
