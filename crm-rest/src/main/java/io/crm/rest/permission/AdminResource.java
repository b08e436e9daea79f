package io.crm.rest.permission;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import io.crm.directory.CrmUser;
import io.crm.directory.Team;
import io.crm.permission.DirectoryAdmin;
import io.crm.permission.Permission;
import io.crm.permission.PermissionAdmin;
import io.crm.permission.RoleDefinition;
import io.crm.permission.Scope;
import io.crm.permission.UserPermission;
import io.crm.rest.json.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Administration of who may do what (permission:manage): role permissions and scopes, per-user grants, teams and
 * their hierarchy, users and their teams. Changes apply to the next request.
 */
@Path("admin")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class AdminResource {

    @Inject
    PermissionAdmin admin;

    @Inject
    DirectoryAdmin directory;

    @GET
    @Path("teams")
    @Operation(operationId = "listTeams", summary = "Teams with their parent and manager")
    public Map<String, List<Map<String, Object>>> teams() {
        return Map.of("items", directory.teams().stream().map(AdminResource::team).toList());
    }

    @PUT
    @Path("teams/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveTeam", summary = "Create or change a team",
            description = "Body: {\"name\": \"East 1\", \"parentId\": \"east\", \"managerId\": \"manager\"}. A manager sees "
                    + "the customers of the teams they manage and of all teams below them.")
    public Map<String, Object> putTeam(@PathParam("id") String id, TeamRequest body) {
        return team(directory.putTeam(id, body.name(), body.parentId(), body.managerId()));
    }

    @GET
    @Path("users")
    @Operation(operationId = "listUsers", summary = "Users the CRM knows, with their team")
    public Map<String, List<Map<String, Object>>> users() {
        return Map.of("items", directory.users().stream().map(AdminResource::user).toList());
    }

    @PUT
    @Path("users/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveUser", summary = "Make a platform user known to the CRM, or change their name or team",
            description = "Body: {\"displayName\": \"李娜\", \"teamId\": \"east\"}")
    public Map<String, Object> putUser(@PathParam("id") String id, UserRequest body) {
        return user(directory.putUser(id, body.displayName(), body.teamId()));
    }

    @GET
    @Path("roles")
    @Operation(operationId = "listRoles", summary = "Roles with their scope and permissions")
    public Map<String, List<Map<String, Object>>> roles() {
        return Map.of("items", admin.roles().stream().map(AdminResource::role).toList());
    }

    @PUT
    @Path("roles/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateRole", summary = "Set a role's scope (NONE, OWN, TEAM, ALL) and permissions",
            description = "Body: {\"scope\": \"TEAM\", \"permissions\": [\"customer:read\", …]}")
    public Map<String, Object> changeRole(@PathParam("name") String name, RoleRequest body) {
        return role(admin.changeRole(name, body.scope(), permissions("permissions", body.permissions())));
    }

    @GET
    @Path("users/{userId}/permissions")
    @Operation(operationId = "getUserPermissions", summary = "A user's grants and revocations on top of their roles")
    public Map<String, List<String>> userPermissions(@PathParam("userId") String userId) {
        return overrides(admin.userPermissions(userId));
    }

    @PUT
    @Path("users/{userId}/permissions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceUserPermissions", summary = "Replace a user's grants and revocations",
            description = "Body: {\"grants\": [\"customer:pii:read\"], \"revocations\": [\"customer:write\"]}")
    public Map<String, List<String>> setUserPermissions(@PathParam("userId") String userId, UserPermissionsRequest body) {
        return overrides(admin.setUserPermissions(userId, permissions("grants", body.grants()),
                permissions("revocations", body.revocations())));
    }

    private static Set<Permission> permissions(String field, List<String> codes) {
        Set<Permission> result = EnumSet.noneOf(Permission.class);
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            int index = i;
            Permission.fromCode(codes.get(i)).ifPresentOrElse(result::add,
                    () -> violations.add(new Violation(field + "[" + index + "]", "is not a permission of the CRM")));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return result;
    }

    private static Map<String, Object> role(RoleDefinition role) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", role.name());
        json.put("scope", role.scope().name());
        json.put("permissions", role.permissions().stream().map(Permission::code).sorted().toList());
        return json;
    }

    private static Map<String, Object> team(Team team) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", team.id());
        json.put("name", team.name());
        json.put("parentId", team.parentId());
        json.put("managerId", team.managerId());
        return json;
    }

    private static Map<String, Object> user(CrmUser user) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", user.id());
        json.put("displayName", user.displayName());
        json.put("teamId", user.teamId());
        return json;
    }

    private static Map<String, List<String>> overrides(List<UserPermission> rows) {
        Map<String, List<String>> json = new LinkedHashMap<>();
        json.put("grants", rows.stream().filter(UserPermission::granted).map(p -> p.permission().code()).sorted().toList());
        json.put("revocations", rows.stream().filter(p -> !p.granted()).map(p -> p.permission().code()).sorted().toList());
        return json;
    }

    /** A team as an admin writes it; the directory checks that the parent and manager exist and that no cycle forms. */
    @Schema(name = "TeamRequest")
    @ReadOnly({"id"})
    public record TeamRequest(String name, String parentId, String managerId) {
    }

    /** A user as an admin makes them known to the CRM. */
    @Schema(name = "UserRequest")
    @ReadOnly({"id"})
    public record UserRequest(String displayName, String teamId) {
    }

    /** A role's scope and permissions (codes such as customer:read), replacing what it had. */
    @Schema(name = "RoleRequest")
    @ReadOnly({"name"})
    public record RoleRequest(Scope scope, List<String> permissions) {
    }

    /** A user's grants and revocations (permission codes) on top of their roles, replacing what they had. */
    @Schema(name = "UserPermissionsRequest")
    public record UserPermissionsRequest(List<String> grants, List<String> revocations) {
    }
}
