package io.crm.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TeamTreeTest {

    private static final List<Team> TEAMS = List.of(
            new Team("hq", "Headquarters", null, "ceo"),
            new Team("east", "East China", "hq", "li.na"),
            new Team("east-sh", "Shanghai", "east", "wang.fang"),
            new Team("east-sh-pudong", "Pudong", "east-sh", null),
            new Team("east-hz", "Hangzhou", "east", null),
            new Team("west", "West China", "hq", "chen.jie"));

    @Test
    void subtreeContainsTheTeamAndAllNestedSubTeams() {
        assertEquals(Set.of("east", "east-sh", "east-sh-pudong", "east-hz"), new TeamTree(TEAMS).subtree("east"));
    }

    @Test
    void subtreeOfTheRootContainsEveryTeam() {
        assertEquals(
                Set.of("hq", "east", "east-sh", "east-sh-pudong", "east-hz", "west"),
                new TeamTree(TEAMS).subtree("hq"));
    }

    @Test
    void subtreeDoesNotReachSiblingsOrParents() {
        TeamTree tree = new TeamTree(TEAMS);

        assertEquals(Set.of("east-sh", "east-sh-pudong"), tree.subtree("east-sh"));
        assertEquals(Set.of("west"), tree.subtree("west"));
    }

    @Test
    void leafTeamIsItsOwnSubtree() {
        assertEquals(Set.of("east-sh-pudong"), new TeamTree(TEAMS).subtree("east-sh-pudong"));
    }

    @Test
    void subtreeStartsWithTheTeamItself() {
        assertEquals("east", new TeamTree(TEAMS).subtree("east").iterator().next());
    }

    @Test
    void emptyDirectoryStillAnswersForTheTeamAsked() {
        assertEquals(Set.of("east"), new TeamTree(List.of()).subtree("east"));
    }

    @Test
    @Timeout(5)
    void cycleInBadDataIsWalkedOnce() {
        List<Team> cyclic = List.of(
                new Team("a", "A", "c", null),
                new Team("b", "B", "a", null),
                new Team("c", "C", "b", null),
                new Team("d", "D", "c", null));

        TeamTree tree = new TeamTree(cyclic);

        assertEquals(Set.of("a", "b", "c", "d"), tree.subtree("a"));
        assertEquals(Set.of("a", "b", "c", "d"), tree.subtree("c"));
    }

    @Test
    @Timeout(5)
    void teamThatIsItsOwnParentIsWalkedOnce() {
        TeamTree tree = new TeamTree(List.of(new Team("x", "X", "x", null), new Team("y", "Y", "x", null)));

        assertEquals(Set.of("x", "y"), tree.subtree("x"));
    }

    @Test
    void diamondShapedDataListsEachTeamOnce() {
        // bad data: the same id listed under two parents
        List<Team> teams = List.of(
                new Team("root", "Root", null, null),
                new Team("left", "Left", "root", null),
                new Team("right", "Right", "root", null),
                new Team("shared", "Shared", "left", null),
                new Team("shared", "Shared", "right", null));

        Set<String> subtree = new TeamTree(teams).subtree("root");

        assertEquals(Set.of("root", "left", "right", "shared"), subtree);
        assertEquals(4, subtree.size());
    }

    @Test
    void aParentBelowTheTeamWouldMakeACycle() {
        TeamTree tree = new TeamTree(java.util.List.of(
                new Team("east", "East", null, null), new Team("east-1", "East 1", "east", null),
                new Team("east-1-a", "East 1a", "east-1", null), new Team("west", "West", null, null)));

        org.junit.jupiter.api.Assertions.assertTrue(tree.wouldCycle("east", "east-1-a"));
        org.junit.jupiter.api.Assertions.assertTrue(tree.wouldCycle("east", "east"));
        org.junit.jupiter.api.Assertions.assertFalse(tree.wouldCycle("east-1-a", "west"));
        org.junit.jupiter.api.Assertions.assertFalse(tree.wouldCycle("east", null));
    }
}
