package org.leaps.portal.peer;

import java.time.LocalDate;

/** How many times the Find a peer page was opened on one day (Central time); nothing else. */
public record DailyViews(LocalDate date, long views) {}
