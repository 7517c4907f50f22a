package org.leaps.portal.training;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TrainingEventRepository
    extends JpaRepository<TrainingEvent, Long>, JpaSpecificationExecutor<TrainingEvent> {

  /**
   * The event, locked until the transaction ends: enrolling, withdrawing and promoting from the
   * waitlist of one event happen one after the other, so seats are never over- or under-filled.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select e from TrainingEvent e where e.id = :id")
  Optional<TrainingEvent> lockById(@Param("id") Long id);
}
