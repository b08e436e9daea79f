package io.crm.permission;

/** Which customer records a role reaches; a wider scope includes the narrower ones. */
public enum Scope {
    /** No customer records at all. */
    NONE,
    /** Records the caller owns, plus those shared with them. */
    OWN,
    /** Records of the caller's team and, for team managers, its sub-teams; plus their own. */
    TEAM,
    /** Every record. */
    ALL;

    public Scope widest(Scope other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
