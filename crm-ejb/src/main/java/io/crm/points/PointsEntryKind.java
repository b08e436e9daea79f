package io.crm.points;

/** What a ledger entry records. */
public enum PointsEntryKind {
    /** Earned by a purchase, by the accrual rules in effect on its day. */
    ACCRUAL,
    /** Earned by taking part (an answered survey), by the rules in effect on its day. */
    BONUS,
    /** Spent on a reward. */
    REDEMPTION,
    /** Added or taken by hand, with a reason. */
    ADJUSTMENT,
    /** Lapsed after the period points are kept. */
    EXPIRY,
    /** Takes back an earlier entry. */
    REVERSAL
}
