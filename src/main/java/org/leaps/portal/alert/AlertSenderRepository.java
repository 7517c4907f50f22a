package org.leaps.portal.alert;

import org.springframework.data.jpa.repository.JpaRepository;

interface AlertSenderRepository extends JpaRepository<AlertSender, Long> {}
