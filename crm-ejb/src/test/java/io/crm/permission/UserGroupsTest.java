package io.crm.permission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The groups kept of a user's last sign-in come back as they were, and never with a group they did not have. */
class UserGroupsTest {

    @Test
    void groupsComeBackAsTheyWereStored() {
        Set<String> groups = Set.of("sales", "CN=Sales,OU=Groups", "crm-sales");
        assertEquals(groups, new UserGroups("alice", groups, OffsetDateTime.now()).groups());
        assertEquals(Set.of(), new UserGroups("bob", Set.of(), OffsetDateTime.now()).groups());
    }

    @Test
    void groupsThatDoNotFitAreLeftOutNeverMadeUp() {
        Set<String> groups = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            groups.add("group-" + i);
        }
        groups.add("two\nlines");
        Set<String> kept = new UserGroups("carol", groups, OffsetDateTime.now()).groups();
        assertTrue(UserGroups.stored(groups).length() <= UserGroups.MAX_LENGTH);
        assertTrue(groups.containsAll(kept), "only groups the user has");
        assertTrue(kept.size() > 300 && kept.size() < 500, () -> kept.size() + " kept");
    }
}
