package org.leaps.portal.geography;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CountyRepository extends JpaRepository<County, String> {

  List<County> findAllByOrderByNameAsc();
}
