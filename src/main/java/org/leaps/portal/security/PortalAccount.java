package org.leaps.portal.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A person who signs in: the link between an identity (Keycloak subject, demo login or email) and
 * their counselor record and liaison assignments.
 */
@Entity
@Table(name = "portal_account")
public class PortalAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(nullable = false)
  private long version;

  @Column(nullable = false, unique = true, length = 254)
  private String email;

  /** The Keycloak subject, set at the first single sign-on. */
  @Column(unique = true, length = 255)
  private String subject;

  @Column(name = "display_name", nullable = false, length = 120)
  private String displayName;

  @Column(name = "counselor_id")
  private Long counselorId;

  /**
   * The agency a local officer account serves (Keycloak sends it as an organization instead). Only
   * for "not from my agency" in Find a peer; it gives no roster scope.
   */
  @Column(name = "officer_agency_id")
  private Long officerAgencyId;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "last_sign_in_at")
  private Instant lastSignInAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "portal_account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 16)
  private Set<Role> roles = new HashSet<>();

  /** Agencies this person is liaison for. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "portal_account_agency", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "agency_id", nullable = false)
  private Set<Long> liaisonAgencyIds = new HashSet<>();

  protected PortalAccount() {}

  public PortalAccount(String email, String displayName) {
    this.email = email.toLowerCase();
    this.displayName = displayName;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Long getCounselorId() {
    return counselorId;
  }

  public void setCounselorId(Long counselorId) {
    this.counselorId = counselorId;
  }

  public Long getOfficerAgencyId() {
    return officerAgencyId;
  }

  public void setOfficerAgencyId(Long officerAgencyId) {
    this.officerAgencyId = officerAgencyId;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Instant getLastSignInAt() {
    return lastSignInAt;
  }

  public void setLastSignInAt(Instant lastSignInAt) {
    this.lastSignInAt = lastSignInAt;
  }

  public Set<Role> getRoles() {
    return roles;
  }

  public Set<Long> getLiaisonAgencyIds() {
    return liaisonAgencyIds;
  }
}
