package org.leaps.portal.counselor;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.base.domain.AbstractEntity;
import org.leaps.portal.geography.County;

/**
 * A trained peer support counselor. Holds roster and training facts only: nothing about whom they
 * supported or what was said. Deactivated or retired, never deleted.
 */
@Entity
@Table(name = "counselor")
public class Counselor extends AbstractEntity {

  /** Phone numbers as people write them: digits with optional spaces, dashes, dots, brackets. */
  public static final String PHONE_PATTERN = "^$|^\\+?[0-9 ().-]{7,20}$";

  @NotBlank
  @Size(max = 60)
  @Column(name = "first_name", nullable = false, length = 60)
  private String firstName;

  @NotBlank
  @Size(max = 60)
  @Column(name = "last_name", nullable = false, length = 60)
  private String lastName;

  @Size(max = 40)
  @Column(name = "rank_title", length = 40)
  private String rankTitle;

  @Size(max = 20)
  @Column(name = "badge_number", length = 20)
  private String badgeNumber;

  @NotNull
  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "agency_id")
  private Agency agency;

  @NotNull
  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "home_county_fips")
  private County homeCounty;

  @Pattern(regexp = PHONE_PATTERN, message = "enter a phone number such as (601) 555-0123")
  @Size(max = 20)
  @Column(name = "work_phone", length = 20)
  private String workPhone;

  @Pattern(regexp = PHONE_PATTERN, message = "enter a phone number such as (601) 555-0123")
  @Size(max = 20)
  @Column(name = "mobile_phone", length = 20)
  private String mobilePhone;

  @NotBlank
  @Email
  @Size(max = 254)
  @Column(nullable = false, unique = true, length = 254)
  private String email;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CounselorStatus status = CounselorStatus.ACTIVE;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "counselor_specialty", joinColumns = @JoinColumn(name = "counselor_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "specialty", nullable = false, length = 32)
  private Set<Specialty> specialties = EnumSet.noneOf(Specialty.class);

  /** Completion of the 32-hour basic peer support course. */
  @PastOrPresent
  @Column(name = "basic_course_date")
  private LocalDate basicCourseDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "certifying_body", length = 32)
  private CertifyingBody certifyingBody;

  /** The date the agency head designated this officer as a peer support counselor. */
  @PastOrPresent
  @Column(name = "designation_date")
  private LocalDate designationDate;

  @Column(name = "recertification_due")
  private LocalDate recertificationDue;

  @PositiveOrZero
  @Column(name = "ce_hours", nullable = false)
  private int continuingEducationHours;

  /** Administrative notes only; never anything said in, or about, a peer support contact. */
  @Size(max = 1000)
  @Column(name = "admin_notes", length = 1000)
  private String adminNotes;

  protected Counselor() {}

  public Counselor(
      String firstName, String lastName, Agency agency, County homeCounty, String email) {
    this.firstName = firstName;
    this.lastName = lastName;
    this.agency = agency;
    this.homeCounty = homeCounty;
    this.email = email;
  }

  /**
   * Mississippi's peer support privilege needs a certified, agency-designated counselor whose
   * certification is current.
   */
  public boolean isPrivilegeEligible(LocalDate today) {
    return status == CounselorStatus.ACTIVE
        && basicCourseDate != null
        && certifyingBody != null
        && designationDate != null
        && recertificationDue != null
        && !recertificationDue.isBefore(today);
  }

  public String getFullName() {
    return firstName + " " + lastName;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getRankTitle() {
    return rankTitle;
  }

  public void setRankTitle(String rankTitle) {
    this.rankTitle = rankTitle;
  }

  public String getBadgeNumber() {
    return badgeNumber;
  }

  public void setBadgeNumber(String badgeNumber) {
    this.badgeNumber = badgeNumber;
  }

  public Agency getAgency() {
    return agency;
  }

  public void setAgency(Agency agency) {
    this.agency = agency;
  }

  public County getHomeCounty() {
    return homeCounty;
  }

  public void setHomeCounty(County homeCounty) {
    this.homeCounty = homeCounty;
  }

  public String getWorkPhone() {
    return workPhone;
  }

  public void setWorkPhone(String workPhone) {
    this.workPhone = workPhone;
  }

  public String getMobilePhone() {
    return mobilePhone;
  }

  public void setMobilePhone(String mobilePhone) {
    this.mobilePhone = mobilePhone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public CounselorStatus getStatus() {
    return status;
  }

  public void setStatus(CounselorStatus status) {
    this.status = status;
  }

  public Set<Specialty> getSpecialties() {
    return specialties;
  }

  public void setSpecialties(Set<Specialty> specialties) {
    this.specialties =
        specialties.isEmpty() ? EnumSet.noneOf(Specialty.class) : EnumSet.copyOf(specialties);
  }

  public LocalDate getBasicCourseDate() {
    return basicCourseDate;
  }

  public void setBasicCourseDate(LocalDate basicCourseDate) {
    this.basicCourseDate = basicCourseDate;
  }

  public CertifyingBody getCertifyingBody() {
    return certifyingBody;
  }

  public void setCertifyingBody(CertifyingBody certifyingBody) {
    this.certifyingBody = certifyingBody;
  }

  public LocalDate getDesignationDate() {
    return designationDate;
  }

  public void setDesignationDate(LocalDate designationDate) {
    this.designationDate = designationDate;
  }

  public LocalDate getRecertificationDue() {
    return recertificationDue;
  }

  public void setRecertificationDue(LocalDate recertificationDue) {
    this.recertificationDue = recertificationDue;
  }

  public int getContinuingEducationHours() {
    return continuingEducationHours;
  }

  public void setContinuingEducationHours(int continuingEducationHours) {
    this.continuingEducationHours = continuingEducationHours;
  }

  public String getAdminNotes() {
    return adminNotes;
  }

  public void setAdminNotes(String adminNotes) {
    this.adminNotes = adminNotes;
  }

  @Override
  public String toString() {
    return getFullName();
  }
}
