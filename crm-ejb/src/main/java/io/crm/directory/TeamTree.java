package io.crm.directory;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The team hierarchy as a tree, to find the sub-teams a manager's scope reaches. */
public final class TeamTree {

    private final Map<String, List<String>> childrenByParent = new HashMap<>();

    public TeamTree(Collection<Team> teams) {
        for (Team team : teams) {
            if (team.parentId() != null) {
                childrenByParent
                        .computeIfAbsent(team.parentId(), k -> new java.util.ArrayList<>())
                        .add(team.id());
            }
        }
    }

    /** Whether making {@code parentId} the parent of {@code teamId} would put the team below itself. */
    public boolean wouldCycle(String teamId, String parentId) {
        return parentId != null && subtree(teamId).contains(parentId);
    }

    /** The team and all teams below it; safe against cycles in bad data. */
    public Set<String> subtree(String teamId) {
        Set<String> result = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(teamId));
        while (!todo.isEmpty()) {
            String current = todo.pop();
            if (result.add(current)) {
                todo.addAll(childrenByParent.getOrDefault(current, List.of()));
            }
        }
        return result;
    }
}
