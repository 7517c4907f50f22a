package org.leaps.portal.training;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HoursEntryRepository extends JpaRepository<HoursEntry, Long> {

  List<HoursEntry> findByCounselorIdOrderByCompletedOnDescIdDesc(Long counselorId);

  List<HoursEntry> findByEmailAndCounselorIdIsNull(String email);

  Optional<HoursEntry> findByEnrollmentId(Long enrollmentId);

  boolean existsByCounselorIdAndKind(Long counselorId, HoursKind kind);
}
