package org.leaps.portal.counselor;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.leaps.portal.geography.County;
import org.leaps.portal.geography.Region;
import org.leaps.portal.security.AccessScope;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The roster grid's queries, built with the Criteria API. The caller's scope is the first predicate
 * of every query, so no filter or sort can reach another agency's people.
 */
@Component
class RosterQuery {

  /** Sort keys the grid may ask for. */
  static final List<String> SORT_KEYS =
      List.of(
          "name",
          "rank",
          "badge",
          "agency",
          "county",
          "region",
          "status",
          "certification",
          "eligible",
          "email");

  @PersistenceContext private EntityManager em;

  /** The query root with joins made only when a filter or sort needs them. */
  private static final class From {
    private final Root<Counselor> counselor;
    private Join<Counselor, County> county;
    private Join<County, Region> region;

    From(Root<Counselor> counselor) {
      this.counselor = counselor;
    }

    Root<Counselor> counselor() {
      return counselor;
    }

    Join<Counselor, County> county() {
      if (county == null) {
        county = counselor.join("homeCounty");
      }
      return county;
    }

    Join<County, Region> region() {
      if (region == null) {
        region = county().join("region");
      }
      return region;
    }
  }

  private static From from(CriteriaQuery<?> query) {
    return new From(query.from(Counselor.class));
  }

  /**
   * One page in two steps: first the ids of the page (only the joins the filter and sort need, so
   * the database can walk an index and stop after the page), then those rows with their names.
   */
  List<RosterRow> page(RosterFilter filter, AccessScope scope, LocalDate today, Pageable page) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> ids = cb.createQuery(Long.class);
    From f = from(ids);
    ids.select(f.counselor().get("id"));
    ids.where(where(cb, ids, f, filter, scope, serving(filter, scope), today));
    ids.orderBy(order(cb, f, page.getSort(), today));
    List<Long> pageIds =
        cached(em.createQuery(ids))
            .setFirstResult((int) page.getOffset())
            .setMaxResults(page.getPageSize())
            .getResultList();
    if (pageIds.isEmpty()) {
      return List.of();
    }
    CriteriaQuery<RosterRow> query = cb.createQuery(RosterRow.class);
    Root<Counselor> c = query.from(Counselor.class);
    Join<Counselor, County> county = c.join("homeCounty");
    Join<County, Region> region = county.join("region");
    query.select(
        cb.construct(
            RosterRow.class,
            c.get("id"),
            c.get("firstName"),
            c.get("lastName"),
            c.get("rankTitle"),
            c.get("badgeNumber"),
            c.get("agency").get("id"),
            c.get("agencyName"),
            county.get("name"),
            region.get("name"),
            c.get("status"),
            c.get("basicCourseDate"),
            c.get("certifyingBody"),
            c.get("designationDate"),
            c.get("recertificationDue"),
            c.get("email"),
            c.get("mobilePhone"),
            additionalCount(cb, query, c)));
    query.where(c.get("id").in(pageIds));
    var byId = new java.util.HashMap<Long, RosterRow>();
    for (RosterRow row : cached(em.createQuery(query)).getResultList()) {
      byId.put(row.id(), row);
    }
    return pageIds.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  /** How many additional agencies a counselor serves, for "Gulfport PD +1" in the grid. */
  private static Expression<Long> additionalCount(
      CriteriaBuilder cb, CriteriaQuery<?> query, Root<Counselor> c) {
    var sub = query.subquery(Long.class);
    var served = sub.correlate(c).join("additionalAgencies");
    return sub.select(cb.count(served));
  }

  long count(RosterFilter filter, AccessScope scope, LocalDate today) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    From f = from(query);
    query.select(cb.count(f.counselor()));
    query.where(where(cb, query, f, filter, scope, serving(filter, scope), today));
    return cached(em.createQuery(query)).getSingleResult();
  }

  /** Full records for an export, a slice at a time, in name order. */
  List<Counselor> records(
      RosterFilter filter, AccessScope scope, LocalDate today, int offset, int limit) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Counselor> query = cb.createQuery(Counselor.class);
    From f = from(query);
    query.select(f.counselor());
    query.where(where(cb, query, f, filter, scope, serving(filter, scope), today));
    query.orderBy(
        cb.asc(f.counselor().get("lastName")),
        cb.asc(f.counselor().get("firstName")),
        cb.asc(f.counselor().get("id")));
    return em.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  /**
   * Lets Hibernate keep the translated SQL of a Criteria query (off by default for Criteria): the
   * grid asks the same few query shapes again and again with other values, and translating one
   * costs about as much as running it.
   */
  private static <T> jakarta.persistence.TypedQuery<T> cached(
      jakarta.persistence.TypedQuery<T> query) {
    return query.setHint(org.hibernate.jpa.HibernateHints.HINT_QUERY_PLAN_CACHEABLE, true);
  }

  /**
   * Counselors who serve the scope's agencies, or the filtered agency, as an additional agency
   * (decision 015). Read first from the small, index-only counselor_agency table, so that the
   * roster query stays an index range on the primary agency OR a list of ids, never a scan.
   */
  private record Serving(List<Long> inScope, List<Long> inFilteredAgency) {}

  private Serving serving(RosterFilter filter, AccessScope scope) {
    return new Serving(
        scope.statewide() ? List.of() : additional(scope.agencyIdsForQuery()),
        filter.agencyId() == null ? List.of() : additional(List.of(filter.agencyId())));
  }

  private List<Long> additional(List<Long> agencyIds) {
    List<?> ids =
        em.createNativeQuery(
                "select distinct counselor_id from counselor_agency where agency_id in (:ids)")
            .setParameter("ids", agencyIds)
            .getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  private static Predicate primaryOrServing(
      CriteriaBuilder cb, Root<Counselor> c, Predicate primary, List<Long> serving) {
    return serving.isEmpty() ? primary : cb.or(primary, c.get("id").in(serving));
  }

  private static Predicate[] where(
      CriteriaBuilder cb,
      CriteriaQuery<?> query,
      From f,
      RosterFilter filter,
      AccessScope scope,
      Serving serving,
      LocalDate today) {
    Root<Counselor> c = f.counselor();
    List<Predicate> where = new ArrayList<>();
    // Scope first, always: an empty scope matches nothing. A counselor is in scope through their
    // primary agency or an additional agency they serve.
    if (!scope.statewide()) {
      where.add(
          primaryOrServing(
              cb, c, c.get("agency").get("id").in(scope.agencyIdsForQuery()), serving.inScope()));
    }
    String name = filter.name() == null ? "" : filter.name().trim();
    if (!name.isEmpty()) {
      String prefix = escape(name) + "%";
      List<Predicate> any = new ArrayList<>();
      any.add(cb.like(c.get("lastName"), prefix, '\\'));
      any.add(cb.like(c.get("firstName"), prefix, '\\'));
      any.add(cb.equal(c.get("email"), name));
      any.add(cb.equal(c.get("badgeNumber"), name));
      int space = name.indexOf(' ');
      if (space > 0) {
        any.add(
            cb.and(
                cb.like(c.get("firstName"), escape(name.substring(0, space)) + "%", '\\'),
                cb.like(c.get("lastName"), escape(name.substring(space + 1).trim()) + "%", '\\')));
      }
      where.add(cb.or(any.toArray(Predicate[]::new)));
    }
    if (filter.agencyId() != null) {
      where.add(
          primaryOrServing(
              cb,
              c,
              cb.equal(c.get("agency").get("id"), filter.agencyId()),
              serving.inFilteredAgency()));
    }
    if (filter.countyFips() != null) {
      where.add(cb.equal(c.get("homeCounty").get("fips"), filter.countyFips()));
    }
    if (filter.regionCode() != null) {
      // The region is kept on the counselor: no join to county and region.
      where.add(cb.equal(c.get("regionCode"), filter.regionCode()));
    }
    if (filter.status() != null) {
      where.add(cb.equal(c.get("status"), filter.status()));
    }
    if (filter.specialty() != null) {
      // exists (select 1 from counselor_specialty s where s.counselor_id = c.id and s.specialty =
      // ?): the collection table only, answered from its primary key or (specialty, counselor_id).
      var sub = query.subquery(Integer.class);
      var specialty = sub.correlate(c).join("specialties");
      sub.select(cb.literal(1)).where(cb.equal(specialty, filter.specialty()));
      where.add(cb.exists(sub));
    }
    if (filter.certification() != null) {
      where.add(certification(cb, c, filter.certification(), today));
    }
    return where.toArray(Predicate[]::new);
  }

  private static Predicate certified(CriteriaBuilder cb, Root<Counselor> c) {
    return cb.and(cb.isNotNull(c.get("basicCourseDate")), cb.isNotNull(c.get("certifyingBody")));
  }

  private static Predicate certification(
      CriteriaBuilder cb, Root<Counselor> c, CertificationStatus status, LocalDate today) {
    Path<LocalDate> due = c.get("recertificationDue");
    LocalDate soon = today.plusDays(CertificationStatus.DUE_SOON_DAYS);
    return switch (status) {
      case NOT_CERTIFIED ->
          cb.or(cb.isNull(c.get("basicCourseDate")), cb.isNull(c.get("certifyingBody")));
      case LAPSED -> cb.and(certified(cb, c), cb.or(cb.isNull(due), cb.lessThan(due, today)));
      case NOT_DESIGNATED ->
          cb.and(
              certified(cb, c),
              cb.greaterThanOrEqualTo(due, today),
              cb.isNull(c.get("designationDate")));
      case DUE_WITHIN_90_DAYS ->
          cb.and(
              certified(cb, c),
              cb.isNotNull(c.get("designationDate")),
              cb.between(due, today, soon));
      case CURRENT ->
          cb.and(
              certified(cb, c), cb.isNotNull(c.get("designationDate")), cb.greaterThan(due, soon));
    };
  }

  /** 1 for a privilege-eligible counselor, else 0: lets the grid sort on the badge. */
  private static Expression<Integer> eligible(
      CriteriaBuilder cb, Root<Counselor> c, LocalDate today) {
    return cb.<Integer>selectCase()
        .when(PrivilegeEligibility.criteria(cb, c, today), 1)
        .otherwise(0);
  }

  private static List<Order> order(CriteriaBuilder cb, From f, Sort sort, LocalDate today) {
    Root<Counselor> c = f.counselor();
    List<Order> orders = new ArrayList<>();
    for (Sort.Order o : sort) {
      List<Expression<?>> keys =
          switch (o.getProperty()) {
            case "name" -> List.of(c.get("lastName"), c.get("firstName"));
            case "rank" -> List.of(c.get("rankTitle"));
            case "badge" -> List.of(c.get("badgeNumber"));
            case "agency" -> List.of(c.get("agencyName"));
            case "county" -> List.of(f.county().get("name"));
            case "region" -> List.of(f.region().get("name"));
            case "status" -> List.of(c.get("status"));
            case "certification" -> List.of(c.get("recertificationDue"));
            case "eligible" -> List.of(eligible(cb, c, today));
            case "email" -> List.of(c.get("email"));
            default -> throw new IllegalArgumentException("Cannot sort by " + o.getProperty());
          };
      for (Expression<?> key : keys) {
        orders.add(o.isAscending() ? cb.asc(key) : cb.desc(key));
      }
    }
    if (sort.isUnsorted()) {
      orders.add(cb.asc(c.get("lastName")));
      orders.add(cb.asc(c.get("firstName")));
    }
    orders.add(cb.asc(c.get("id")));
    return orders;
  }

  static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
