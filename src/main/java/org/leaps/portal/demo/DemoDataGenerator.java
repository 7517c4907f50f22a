package org.leaps.portal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.leaps.portal.agency.AgencyType;
import org.leaps.portal.counselor.CertifyingBody;
import org.leaps.portal.counselor.CounselorStatus;
import org.leaps.portal.counselor.Specialty;

/**
 * Generates the same fictional statewide roster every time: about 135 agencies and 800 counselors
 * over the 82 counties, weighted by county population. Names are common first and last names mixed
 * at random; phones are in the fictional 555-01xx range.
 */
public final class DemoDataGenerator {

  public static final long SEED = 2005L;
  public static final int COUNSELOR_COUNT = 800;

  /** The county weights: population, plus a floor so that small rural counties still have peers. */
  public record CountyWeight(String fips, String name, int population) {}

  public record AgencySpec(String code, String name, AgencyType type, String countyFips) {}

  public record CounselorSpec(
      String firstName,
      String lastName,
      String rankTitle,
      String badgeNumber,
      String agencyCode,
      String countyFips,
      String workPhone,
      String mobilePhone,
      String email,
      CounselorStatus status,
      Set<Specialty> specialties,
      LocalDate basicCourseDate,
      CertifyingBody certifyingBody,
      LocalDate designationDate,
      LocalDate recertificationDue,
      int continuingEducationHours) {}

  public record DemoData(List<AgencySpec> agencies, List<CounselorSpec> counselors) {}

  private static final String[][] CITY_POLICE = {
    {"Jackson", "Hinds"}, {"Gulfport", "Harrison"}, {"Biloxi", "Harrison"},
    {"Southaven", "DeSoto"}, {"Hattiesburg", "Forrest"}, {"Olive Branch", "DeSoto"},
    {"Tupelo", "Lee"}, {"Meridian", "Lauderdale"}, {"Madison", "Madison"},
    {"Brandon", "Rankin"}, {"Pearl", "Rankin"}, {"Ridgeland", "Madison"},
    {"Clinton", "Hinds"}, {"Horn Lake", "DeSoto"}, {"Starkville", "Oktibbeha"},
    {"Vicksburg", "Warren"}, {"Pascagoula", "Jackson"}, {"Columbus", "Lowndes"},
    {"Oxford", "Lafayette"}, {"Gautier", "Jackson"}, {"Ocean Springs", "Jackson"},
    {"Greenville", "Washington"}, {"Laurel", "Jones"}, {"Clarksdale", "Coahoma"},
    {"Natchez", "Adams"}, {"Greenwood", "Leflore"}, {"Long Beach", "Harrison"},
    {"McComb", "Pike"}, {"Hernando", "DeSoto"}, {"Corinth", "Alcorn"},
    {"Canton", "Madison"}, {"Picayune", "Pearl River"}, {"Bay St. Louis", "Hancock"},
    {"Brookhaven", "Lincoln"}, {"Grenada", "Grenada"}, {"Cleveland", "Bolivar"},
    {"Yazoo City", "Yazoo"}, {"Philadelphia", "Neshoba"}
  };

  private static final String[][] SCHOOL_POLICE = {
    {"BILOXI-SCHOOLS-PD", "Biloxi Public Schools Police Department", "Harrison"},
    {"OCEAN-SPRINGS-SD-PD", "Ocean Springs School District Police", "Jackson"},
    {"JPS-CAMPUS-PD", "Jackson Public Schools Campus Enforcement", "Hinds"},
    {"HARRISON-CO-SD-PD", "Harrison County School District Police", "Harrison"},
    {"GULFPORT-SD-PD", "Gulfport School District Police", "Harrison"},
    {"DESOTO-SCHOOLS-PD", "DeSoto County Schools Police", "DeSoto"},
    {"HATTIESBURG-SD-PD", "Hattiesburg Public School District Police", "Forrest"},
    {"MERIDIAN-SD-PD", "Meridian Public School District Police", "Lauderdale"}
  };

  private static final String[][] UNIVERSITY_POLICE = {
    {"UM-UPD", "University of Mississippi Police Department", "Lafayette"},
    {"MSU-UPD", "Mississippi State University Police Department", "Oktibbeha"},
    {"USM-UPD", "University of Southern Mississippi Police Department", "Forrest"},
    {"JSU-UPD", "Jackson State University Police Department", "Hinds"},
    {"DSU-UPD", "Delta State University Police Department", "Bolivar"}
  };

  private static final String[][] STATE_AGENCIES = {
    {"MHP", "Mississippi Highway Patrol", "Hinds"},
    {"MBN", "Mississippi Bureau of Narcotics", "Rankin"},
    {"CAPITOL-PD", "Mississippi Capitol Police", "Hinds"},
    {"DMR-MARINE", "Department of Marine Resources Marine Patrol", "Harrison"},
    {"MDWFP-LE", "Wildlife, Fisheries and Parks Law Enforcement", "Hinds"}
  };

  private static final String[] FIRST_NAMES = {
    "James",
    "Michael",
    "Robert",
    "John",
    "David",
    "William",
    "Richard",
    "Joseph",
    "Thomas",
    "Christopher",
    "Charles",
    "Daniel",
    "Matthew",
    "Anthony",
    "Mark",
    "Steven",
    "Paul",
    "Andrew",
    "Joshua",
    "Kevin",
    "Brian",
    "Timothy",
    "Jason",
    "Jeffrey",
    "Ryan",
    "Jacob",
    "Gary",
    "Eric",
    "Jonathan",
    "Justin",
    "Brandon",
    "Travis",
    "Terrence",
    "Marcus",
    "Dwayne",
    "Cedric",
    "Darnell",
    "Reginald",
    "Jerome",
    "Tyrone",
    "Mary",
    "Patricia",
    "Jennifer",
    "Linda",
    "Elizabeth",
    "Barbara",
    "Susan",
    "Jessica",
    "Sarah",
    "Karen",
    "Lisa",
    "Nancy",
    "Angela",
    "Ashley",
    "Kimberly",
    "Emily",
    "Michelle",
    "Amanda",
    "Stephanie",
    "Rebecca",
    "Latoya",
    "Keisha",
    "Tamika",
    "Monique",
    "Hanna",
    "Brittany",
    "Courtney",
    "Crystal",
    "Heather",
    "Tiffany"
  };

  private static final String[] LAST_NAMES = {
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Davis",
    "Miller",
    "Wilson",
    "Moore",
    "Taylor",
    "Anderson",
    "Thomas",
    "Jackson",
    "White",
    "Harris",
    "Martin",
    "Thompson",
    "Robinson",
    "Lewis",
    "Walker",
    "Hall",
    "Allen",
    "Young",
    "King",
    "Wright",
    "Scott",
    "Green",
    "Baker",
    "Adams",
    "Nelson",
    "Hill",
    "Campbell",
    "Mitchell",
    "Roberts",
    "Carter",
    "Phillips",
    "Evans",
    "Turner",
    "Parker",
    "Collins",
    "Edwards",
    "Stewart",
    "Morris",
    "Murphy",
    "Cook",
    "Rogers",
    "Morgan",
    "Cooper",
    "Peterson",
    "Bailey",
    "Reed",
    "Kelly",
    "Howard",
    "Cox",
    "Ward",
    "Richardson",
    "Watson",
    "Brooks",
    "Bennett",
    "Gray",
    "James",
    "Hughes",
    "Price",
    "Sanders",
    "Myers",
    "Long",
    "Ross",
    "Foster",
    "Ladner",
    "Necaise",
    "Cuevas",
    "Broussard",
    "Fairley",
    "Pittman",
    "Boutwell",
    "Holloway",
    "McCoy",
    "Dedeaux",
    "Lott",
    "Bourgeois",
    "Thibodeaux",
    "Stringer",
    "Polk",
    "Sumrall"
  };

  private static final String[] RANKS = {
    "Officer",
    "Officer",
    "Officer",
    "Deputy",
    "Deputy",
    "Corporal",
    "Sergeant",
    "Sergeant",
    "Lieutenant",
    "Captain",
    "Investigator",
    "Detective",
    "Trooper",
    "Agent"
  };

  private static final String[] AREA_CODES = {"601", "662", "228", "769"};

  private DemoDataGenerator() {}

  /**
   * Other agencies some demo counselors also serve (decision 015), in the order of {@code
   * data.counselors()}: every fifth deputy of a county that has school district police also serves
   * that department. Derived without random draws, so the rest of the roster stays as it was.
   */
  public static List<Set<String>> additionalAgencies(DemoData data) {
    Map<String, AgencySpec> byCode = new LinkedHashMap<>();
    Map<String, String> schoolPoliceByCounty = new LinkedHashMap<>();
    for (AgencySpec agency : data.agencies()) {
      byCode.put(agency.code(), agency);
      if (agency.type() == AgencyType.SCHOOL_DISTRICT_POLICE) {
        schoolPoliceByCounty.putIfAbsent(agency.countyFips(), agency.code());
      }
    }
    List<Set<String>> additional = new ArrayList<>();
    int deputies = 0;
    for (CounselorSpec counselor : data.counselors()) {
      AgencySpec agency = byCode.get(counselor.agencyCode());
      String school = schoolPoliceByCounty.get(agency.countyFips());
      if (agency.type() == AgencyType.SHERIFFS_OFFICE && school != null && deputies++ % 5 == 0) {
        additional.add(Set.of(school));
      } else {
        additional.add(Set.of());
      }
    }
    return additional;
  }

  public static DemoData generate(List<CountyWeight> counties, LocalDate today) {
    var random = new Random(SEED);
    Map<String, CountyWeight> byName = new LinkedHashMap<>();
    counties.forEach(c -> byName.put(c.name(), c));

    List<AgencySpec> agencies = new ArrayList<>();
    for (CountyWeight county : counties) {
      agencies.add(
          new AgencySpec(
              code(county.name()) + "-SO",
              county.name() + " County Sheriff's Office",
              AgencyType.SHERIFFS_OFFICE,
              county.fips()));
    }
    for (String[] city : CITY_POLICE) {
      agencies.add(
          new AgencySpec(
              code(city[0]) + "-PD",
              city[0] + " Police Department",
              AgencyType.POLICE_DEPARTMENT,
              byName.get(city[1]).fips()));
    }
    for (String[] school : SCHOOL_POLICE) {
      agencies.add(
          new AgencySpec(
              school[0],
              school[1],
              AgencyType.SCHOOL_DISTRICT_POLICE,
              byName.get(school[2]).fips()));
    }
    for (String[] university : UNIVERSITY_POLICE) {
      agencies.add(
          new AgencySpec(
              university[0],
              university[1],
              AgencyType.UNIVERSITY_POLICE,
              byName.get(university[2]).fips()));
    }
    for (String[] state : STATE_AGENCIES) {
      agencies.add(
          new AgencySpec(state[0], state[1], AgencyType.STATE_AGENCY, byName.get(state[2]).fips()));
    }

    Map<String, List<AgencySpec>> agenciesByCounty = new LinkedHashMap<>();
    for (AgencySpec agency : agencies) {
      agenciesByCounty.computeIfAbsent(agency.countyFips(), k -> new ArrayList<>()).add(agency);
    }
    // Rural counties get at least some weight so every county has a chance of a local peer.
    double[] weights =
        counties.stream().mapToDouble(c -> Math.max(c.population(), 12_000)).toArray();
    double totalWeight = 0;
    for (double w : weights) {
      totalWeight += w;
    }

    List<CounselorSpec> counselors = new ArrayList<>();
    Set<String> emails = new HashSet<>();
    for (int i = 0; i < COUNSELOR_COUNT; i++) {
      CountyWeight county = counties.get(pick(random, weights, totalWeight));
      List<AgencySpec> local = agenciesByCounty.get(county.fips());
      AgencySpec agency = local.get(random.nextInt(local.size()));
      String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
      String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
      String email = uniqueEmail(first, last, agency.code(), emails);
      CounselorStatus status =
          random.nextInt(100) < 88
              ? CounselorStatus.ACTIVE
              : random.nextBoolean() ? CounselorStatus.INACTIVE : CounselorStatus.RETIRED;
      LocalDate course = today.minusDays(200 + random.nextInt(365 * 15));
      boolean certified = random.nextInt(100) < 90;
      boolean designated = certified && random.nextInt(100) < 92;
      // Certification runs two years; a fifth of the roster is overdue or close to it.
      LocalDate recertDue = today.plusDays(random.nextInt(730) - 150);
      Set<Specialty> specialties = EnumSet.noneOf(Specialty.class);
      int specialtyCount = 1 + random.nextInt(3);
      for (int s = 0; s < specialtyCount; s++) {
        specialties.add(Specialty.values()[random.nextInt(Specialty.values().length)]);
      }
      String rank =
          agency.type() == AgencyType.SHERIFFS_OFFICE
              ? (random.nextBoolean() ? "Deputy" : "Sergeant")
              : agency.code().equals("MHP") ? "Trooper" : RANKS[random.nextInt(RANKS.length)];
      counselors.add(
          new CounselorSpec(
              first,
              last,
              rank,
              String.valueOf(1000 + random.nextInt(9000)),
              agency.code(),
              county.fips(),
              phone(random),
              phone(random),
              email,
              status,
              specialties,
              course,
              certified
                  ? (random.nextInt(3) == 0
                      ? CertifyingBody.STATE_BOARD_OF_HEALTH
                      : CertifyingBody.DEPARTMENT_OF_PUBLIC_SAFETY)
                  : null,
              designated ? course.plusDays(14 + random.nextInt(120)) : null,
              certified ? recertDue : null,
              random.nextInt(40)));
    }
    return new DemoData(List.copyOf(agencies), List.copyOf(counselors));
  }

  private static int pick(Random random, double[] weights, double total) {
    double target = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      target -= weights[i];
      if (target < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static String code(String name) {
    return name.toUpperCase(Locale.ROOT)
        .replace("'", "")
        .replace(".", "")
        .replaceAll("[^A-Z0-9]+", "-")
        .replaceAll("(^-|-$)", "");
  }

  private static String uniqueEmail(
      String first, String last, String agencyCode, Set<String> used) {
    String domain = agencyCode.toLowerCase(Locale.ROOT) + ".example";
    String base = (first + "." + last).toLowerCase(Locale.ROOT);
    String email = base + "@" + domain;
    for (int n = 2; !used.add(email); n++) {
      email = base + n + "@" + domain;
    }
    return email;
  }

  private static String phone(Random random) {
    return "("
        + AREA_CODES[random.nextInt(AREA_CODES.length)]
        + ") 555-01"
        + String.format(Locale.ROOT, "%02d", random.nextInt(100));
  }
}
