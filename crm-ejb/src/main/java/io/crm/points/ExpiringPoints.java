package io.crm.points;

import java.time.LocalDate;

/** The points that lapse next, and the day they do. */
public record ExpiringPoints(long points, LocalDate on) {}
