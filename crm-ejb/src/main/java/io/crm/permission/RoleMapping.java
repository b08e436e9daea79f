package io.crm.permission;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which platform groups carry which CRM role, from configuration ({@code crm.role-mapping}, e.g.
 * {@code sales=CN=Sales,OU=Groups|crm-sales;admin=it-admins}). A role not mentioned is carried by the group of
 * the same name, so a host whose groups are named like the roles needs no configuration.
 */
public final class RoleMapping {

    private final Map<String, Set<String>> rolesByGroup = new HashMap<>();

    private RoleMapping() {}

    /** Parses {@code role=group|group;role=group}; unknown role names are refused, so a typo cannot go unnoticed. */
    public static RoleMapping parse(String configuration, Set<String> roleNames) {
        RoleMapping mapping = new RoleMapping();
        Set<String> mapped = new HashSet<>();
        if (configuration != null && !configuration.isBlank()) {
            for (String entry : configuration.split(";")) {
                if (entry.isBlank()) {
                    continue;
                }
                int eq = entry.indexOf('=');
                String role = eq < 0 ? "" : entry.substring(0, eq).strip();
                if (!roleNames.contains(role)) {
                    throw new IllegalArgumentException("crm.role-mapping: '" + entry.strip()
                            + "' does not start with one of the roles " + roleNames);
                }
                mapped.add(role);
                for (String group : entry.substring(eq + 1).split("\\|")) {
                    if (!group.isBlank()) {
                        mapping.rolesByGroup
                                .computeIfAbsent(group.strip(), g -> new HashSet<>())
                                .add(role);
                    }
                }
            }
        }
        for (String role : roleNames) {
            if (!mapped.contains(role)) {
                mapping.rolesByGroup.computeIfAbsent(role, g -> new HashSet<>()).add(role);
            }
        }
        return mapping;
    }

    public Set<String> rolesOf(Set<String> groups) {
        Set<String> roles = new HashSet<>();
        groups.forEach(group -> roles.addAll(rolesByGroup.getOrDefault(group, Set.of())));
        return roles;
    }
}
