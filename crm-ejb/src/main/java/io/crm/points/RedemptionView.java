package io.crm.points;

/** The entry of a redemption, and whether it was recorded by an earlier call with the same idempotency key. */
public record RedemptionView(PointsEntryView entry, boolean replayed) {}
