package io.crm.permission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The platform groups a user had when they last signed in to this CRM. */
@Entity
@Table(name = "crm_user_groups")
public class UserGroups {

    static final int MAX_LENGTH = 4000;

    @Id
    @Column(name = "user_id")
    private String userId;

    @Column(name = "group_names", nullable = false)
    private String groupNames;

    @Column(name = "seen_at", nullable = false)
    private OffsetDateTime seenAt;

    protected UserGroups() {}

    UserGroups(String userId, Set<String> groups, OffsetDateTime seenAt) {
        this.userId = userId;
        update(groups, seenAt);
    }

    void update(Set<String> groups, OffsetDateTime seenAt) {
        this.groupNames = stored(groups);
        this.seenAt = seenAt;
    }

    Set<String> groups() {
        return groupNames.isEmpty()
                ? Set.of()
                : Arrays.stream(groupNames.split("\n")).collect(Collectors.toUnmodifiableSet());
    }

    /** One name a line, sorted; names that do not fit the column are left out (they could only widen permissions). */
    static String stored(Set<String> groups) {
        StringBuilder stored = new StringBuilder();
        for (String group : new TreeSet<>(groups)) {
            if (group.indexOf('\n') >= 0 || stored.length() + group.length() + 1 > MAX_LENGTH) {
                continue;
            }
            stored.append(stored.length() == 0 ? "" : "\n").append(group);
        }
        return stored.toString();
    }
}
