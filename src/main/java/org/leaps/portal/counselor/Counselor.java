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
import java.util.Objects;
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

  @NotBlank(message = "first name is required")
  @Size(max = 60, message = "first name can be at most 60 characters")
  @Column(name = "first_name", nullable = false, length = 60)
  private String firstName;

  @NotBlank(message = "last name is required")
  @Size(max = 60, message = "last name can be at most 60 characters")
  @Column(name = "last_name", nullable = false, length = 60)
  private String lastName;

  @Size(max = 40, message = "rank can be at most 40 characters")
  @Column(name = "rank_title", length = 40)
  private String rankTitle;

  @Size(max = 20, message = "badge number can be at most 20 characters")
  @Column(name = "badge_number", length = 20)
  private String badgeNumber;

  @NotNull(message = "agency is required")
  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "agency_id")
  private Agency agency;

  @NotNull(message = "home county is required")
  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "home_county_fips")
  private County homeCounty;

  /** Home or duty ZIP code (optional): callout distances run from its centroid (issue 11). */
  @org.leaps.portal.geography.StateZip
  @Column(name = "home_zip", length = 5)
  private String homeZip;

  /**
   * The home county's region, kept here so the roster filters on it without joining county and
   * region (see docs/performance/roster.md).
   */
  @Column(name = "region_code", nullable = false, length = 2)
  private String regionCode;

  /**
   * Agencies this counselor also serves besides the primary {@link #agency} (decision 015). Their
   * liaisons can see the record; only the primary agency's liaisons and statewide staff change it.
   */
  @jakarta.persistence.ManyToMany(fetch = FetchType.EAGER)
  @org.hibernate.annotations.BatchSize(size = 100)
  @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SELECT)
  @jakarta.persistence.JoinTable(
      name = "counselor_agency",
      joinColumns = @JoinColumn(name = "counselor_id"),
      inverseJoinColumns = @JoinColumn(name = "agency_id"))
  private Set<Agency> additionalAgencies = new java.util.HashSet<>();

  /** The primary agency's name, kept here so the roster sorts on it without joining agency. */
  @Column(name = "agency_name", nullable = false, length = 150)
  private String agencyName;

  @Pattern(regexp = PHONE_PATTERN, message = "enter a phone number such as (601) 555-0123")
  @Size(max = 20, message = "phone number can be at most 20 characters")
  @Column(name = "work_phone", length = 20)
  private String workPhone;

  @Pattern(regexp = PHONE_PATTERN, message = "enter a phone number such as (601) 555-0123")
  @Size(max = 20, message = "phone number can be at most 20 characters")
  @Column(name = "mobile_phone", length = 20)
  private String mobilePhone;

  @NotBlank(message = "email is required")
  @Email(message = "enter an email address such as name@agency.ms.gov")
  @Size(max = 254, message = "email can be at most 254 characters")
  @Column(nullable = false, unique = true, length = 254)
  private String email;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CounselorStatus status = CounselorStatus.ACTIVE;

  @ElementCollection(fetch = FetchType.EAGER)
  @org.hibernate.annotations.BatchSize(size = 100)
  @CollectionTable(name = "counselor_specialty", joinColumns = @JoinColumn(name = "counselor_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "specialty", nullable = false, length = 32)
  private Set<Specialty> specialties = EnumSet.noneOf(Specialty.class);

  /** Completion of the 32-hour basic peer support course. */
  @PastOrPresent(message = "the course date cannot be in the future")
  @Column(name = "basic_course_date")
  private LocalDate basicCourseDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "certifying_body", length = 32)
  private CertifyingBody certifyingBody;

  /** The date the agency head designated this officer as a peer support counselor. */
  @PastOrPresent(message = "the designation date cannot be in the future")
  @Column(name = "designation_date")
  private LocalDate designationDate;

  @Column(name = "recertification_due")
  private LocalDate recertificationDue;

  @PositiveOrZero(message = "continuing-education hours cannot be negative")
  @jakarta.validation.constraints.Max(
      value = 10000,
      message = "continuing-education hours look too high")
  @Column(name = "ce_hours", nullable = false)
  private int continuingEducationHours;

  /** Administrative notes only; never anything said in, or about, a peer support contact. */
  @Size(max = 1000, message = "notes can be at most 1000 characters")
  @Column(name = "admin_notes", length = 1000)
  private String adminNotes;

  protected Counselor() {}

  public Counselor(
      String firstName, String lastName, Agency agency, County homeCounty, String email) {
    this.firstName = firstName;
    this.lastName = lastName;
    this.email = email;
    setAgency(agency);
    setHomeCounty(homeCounty);
  }

  /** Keeps the denormalised sort and filter keys in step with agency and home county. */
  @jakarta.persistence.PrePersist
  @jakarta.persistence.PreUpdate
  void syncKeys() {
    agencyName = agency == null ? null : agency.getName();
    regionCode =
        homeCounty == null || homeCounty.getRegion() == null
            ? null
            : homeCounty.getRegion().getCode();
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

  /** Takes over every field a person edits (not id, version or status). */
  void copyEditableFrom(Counselor other) {
    this.firstName = other.firstName;
    this.lastName = other.lastName;
    this.rankTitle = other.rankTitle;
    this.badgeNumber = other.badgeNumber;
    setAgency(other.agency);
    setHomeCounty(other.homeCounty);
    this.homeZip = other.homeZip;
    setAdditionalAgencies(other.additionalAgencies);
    this.workPhone = other.workPhone;
    this.mobilePhone = other.mobilePhone;
    this.email = other.email;
    setSpecialties(other.specialties);
    this.basicCourseDate = other.basicCourseDate;
    this.certifyingBody = other.certifyingBody;
    this.designationDate = other.designationDate;
    this.recertificationDue = other.recertificationDue;
    this.continuingEducationHours = other.continuingEducationHours;
    this.adminNotes = other.adminNotes;
  }

  /**
   * The record as people read it, field label to display value, in form order. The audit trail and
   * the conflict message compare two of these.
   */
  public java.util.Map<String, String> auditValues() {
    var values = new java.util.LinkedHashMap<String, String>();
    values.put("First name", firstName);
    values.put("Last name", lastName);
    values.put("Rank", rankTitle);
    values.put("Badge number", badgeNumber);
    values.put("Agency", agency == null ? null : agency.getName());
    values.put(
        "Additional agencies",
        additionalAgencies.stream()
            .map(Agency::getName)
            .sorted()
            .collect(java.util.stream.Collectors.joining(", ")));
    values.put("Home county", homeCounty == null ? null : homeCounty.getName());
    values.put("Home or duty ZIP", homeZip);
    values.put("Work phone", workPhone);
    values.put("Mobile phone", mobilePhone);
    values.put("Email", email);
    values.put("Status", status == null ? null : status.label());
    values.put(
        "Specialties",
        specialties.stream()
            .sorted()
            .map(Specialty::label)
            .collect(java.util.stream.Collectors.joining(", ")));
    values.put("Basic course date", text(basicCourseDate));
    values.put("Certifying body", certifyingBody == null ? null : certifyingBody.label());
    values.put("Designation date", text(designationDate));
    values.put("Recertification due", text(recertificationDue));
    values.put("Continuing-education hours", String.valueOf(continuingEducationHours));
    values.put("Administrative notes", adminNotes);
    return values;
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
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
    if (agency != null) {
      additionalAgencies.removeIf(a -> Objects.equals(a.getId(), agency.getId()));
    }
    syncKeys();
  }

  /** The other agencies this counselor serves (never the primary agency); a read-only view. */
  public Set<Agency> getAdditionalAgencies() {
    return java.util.Collections.unmodifiableSet(additionalAgencies);
  }

  /** Replaces the other agencies served; the primary agency is left out if it is among them. */
  public void setAdditionalAgencies(Set<Agency> agencies) {
    var next = new java.util.HashSet<Agency>();
    for (Agency other : agencies == null ? Set.<Agency>of() : agencies) {
      if (other != null && (agency == null || !Objects.equals(other.getId(), agency.getId()))) {
        next.add(other);
      }
    }
    additionalAgencies.clear();
    additionalAgencies.addAll(next);
  }

  /** The primary agency and every additional one. */
  public boolean serves(Long agencyId) {
    return (agency != null && agency.getId().equals(agencyId))
        || additionalAgencies.stream().anyMatch(a -> Objects.equals(a.getId(), agencyId));
  }

  public County getHomeCounty() {
    return homeCounty;
  }

  public void setHomeCounty(County homeCounty) {
    this.homeCounty = homeCounty;
    syncKeys();
  }

  public String getHomeZip() {
    return homeZip;
  }

  /** Stores the trimmed ZIP code, or null for blank. */
  public void setHomeZip(String homeZip) {
    this.homeZip = homeZip == null || homeZip.isBlank() ? null : homeZip.trim();
  }

  /** The home county's region code (denormalised; follows the home county). */
  public String getRegionCode() {
    return regionCode;
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
