package io.crm.points;

/** A customer's points balance, and the points that lapse next (null when none will). */
public record PointsBalanceView(long customerId, long balance, ExpiringPoints expiringNext) {}
