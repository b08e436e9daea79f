package io.crm.permission;

import java.util.Set;

/**
 * The customer records a caller reaches, in terms every store can filter on: a record is reached when the caller
 * reaches everything, or its owner is one of {@code ownerIds}, or its team one of {@code teamIds}, or it is shared
 * with one of {@code shareUserIds} or {@code shareTeamIds}. The visibility rule computes it once; the JPQL
 * predicate and the search index filter are both translations of it.
 */
public record Reach(
        boolean everything,
        Set<String> ownerIds,
        Set<String> teamIds,
        Set<String> shareUserIds,
        Set<String> shareTeamIds) {

    public static final Reach NOTHING = new Reach(false, Set.of(), Set.of(), Set.of(), Set.of());
    public static final Reach EVERYTHING = new Reach(true, Set.of(), Set.of(), Set.of(), Set.of());

    public Reach {
        ownerIds = Set.copyOf(ownerIds);
        teamIds = Set.copyOf(teamIds);
        shareUserIds = Set.copyOf(shareUserIds);
        shareTeamIds = Set.copyOf(shareTeamIds);
    }

    /** Whether no record at all is reached. */
    public boolean nothing() {
        return !everything
                && ownerIds.isEmpty()
                && teamIds.isEmpty()
                && shareUserIds.isEmpty()
                && shareTeamIds.isEmpty();
    }

    /** Whether a record with this owner, team and shares is reached. */
    public boolean reaches(String ownerId, String teamId, Set<String> sharedWithUsers, Set<String> sharedWithTeams) {
        return everything
                || ownerIds.contains(ownerId)
                || teamId != null && teamIds.contains(teamId)
                || sharedWithUsers.stream().anyMatch(shareUserIds::contains)
                || sharedWithTeams.stream().anyMatch(shareTeamIds::contains);
    }
}
