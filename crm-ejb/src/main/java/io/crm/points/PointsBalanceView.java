package io.crm.points;

/** A customer's points balance. */
public record PointsBalanceView(long customerId, long balance) {}
