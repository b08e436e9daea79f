package io.crm.rest.permission;

import io.crm.directory.CrmUser;
import io.crm.permission.Permission;
import io.crm.permission.RoleDefinition;
import io.crm.permission.Scope;
import io.crm.permission.UserPermission;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the administration of who may do what: teams, users, roles and per-user grants. */
final class AdminResponses {

    private AdminResponses() {}

    /** A team, with its parent in the hierarchy and its manager. */
    @Schema(name = "Team")
    @JsonbNillable
    @JsonbPropertyOrder({"id", "name", "parentId", "managerId"})
    public static class Team {
        public final String id;
        public final String name;

        @Schema(nullable = true, description = "The team above this one; null at the top")
        public final String parentId;

        @Schema(
                nullable = true,
                description = "The user who manages it and sees the customers of it and of every team below")
        public final String managerId;

        Team(io.crm.directory.Team t) {
            id = t.id();
            name = t.name();
            parentId = t.parentId();
            managerId = t.managerId();
        }
    }

    /** Every team. */
    @Schema(name = "TeamList")
    public static class Teams {
        public final List<Team> items;

        Teams(List<io.crm.directory.Team> teams) {
            items = teams.stream().map(Team::new).toList();
        }
    }

    /** A user the CRM knows, and their team. */
    @Schema(name = "User")
    @JsonbNillable
    @JsonbPropertyOrder({"id", "displayName", "teamId"})
    public static class User {
        public final String id;

        @Schema(nullable = true)
        public final String displayName;

        @Schema(nullable = true)
        public final String teamId;

        User(CrmUser u) {
            id = u.id();
            displayName = u.displayName();
            teamId = u.teamId();
        }
    }

    /** Every user the CRM knows. */
    @Schema(name = "UserList")
    public static class Users {
        public final List<User> items;

        Users(List<CrmUser> users) {
            items = users.stream().map(User::new).toList();
        }
    }

    /** A role: its record scope and its permissions. */
    @Schema(name = "Role")
    @JsonbPropertyOrder({"name", "scope", "permissions"})
    public static class Role {
        public final String name;
        public final Scope scope;

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "Permission codes, such as customer:read, sorted")
        public final List<String> permissions;

        Role(RoleDefinition r) {
            name = r.name();
            scope = r.scope();
            permissions =
                    r.permissions().stream().map(Permission::code).sorted().toList();
        }
    }

    /** Every role. */
    @Schema(name = "RoleList")
    public static class Roles {
        public final List<Role> items;

        Roles(List<RoleDefinition> roles) {
            items = roles.stream().map(Role::new).toList();
        }
    }

    /** A user's grants and revocations on top of their roles. */
    @Schema(name = "UserPermissions")
    @JsonbPropertyOrder({"grants", "revocations"})
    public static class UserPermissions {
        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "Permission codes granted beyond the user's roles, sorted")
        public final List<String> grants;

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "Permission codes taken away from the user's roles, sorted")
        public final List<String> revocations;

        UserPermissions(List<UserPermission> rows) {
            grants = rows.stream()
                    .filter(UserPermission::granted)
                    .map(p -> p.permission().code())
                    .sorted()
                    .toList();
            revocations = rows.stream()
                    .filter(p -> !p.granted())
                    .map(p -> p.permission().code())
                    .sorted()
                    .toList();
        }
    }
}
