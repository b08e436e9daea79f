package io.crm.points;

/**
 * A customer's points balance, membership level (null until levels are set and scored), and the points that lapse
 * next (null when none will).
 */
public record PointsBalanceView(long customerId, long balance, String level, ExpiringPoints expiringNext) {}
