package io.crm.rest.permission;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import io.crm.permission.DirectoryAdmin;
import io.crm.permission.Permission;
import io.crm.permission.PermissionAdmin;
import io.crm.permission.Scope;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
    public AdminResponses.Teams teams() {
        return new AdminResponses.Teams(directory.teams());
    }

    @PUT
    @Path("teams/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "saveTeam",
            summary = "Create or change a team",
            description =
                    "Body: {\"name\": \"East 1\", \"parentId\": \"east\", \"managerId\": \"manager\"}. A manager sees "
                            + "the customers of the teams they manage and of all teams below them.")
    public AdminResponses.Team putTeam(@PathParam("id") String id, TeamRequest body) {
        return new AdminResponses.Team(directory.putTeam(id, body.name(), body.parentId(), body.managerId()));
    }

    @GET
    @Path("users")
    @Operation(operationId = "listUsers", summary = "Users the CRM knows, with their team")
    public AdminResponses.Users users() {
        return new AdminResponses.Users(directory.users());
    }

    @PUT
    @Path("users/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "saveUser",
            summary = "Make a platform user known to the CRM, or change their name or team",
            description = "Body: {\"displayName\": \"李娜\", \"teamId\": \"east\"}")
    public AdminResponses.User putUser(@PathParam("id") String id, UserRequest body) {
        return new AdminResponses.User(directory.putUser(id, body.displayName(), body.teamId()));
    }

    @GET
    @Path("roles")
    @Operation(operationId = "listRoles", summary = "Roles with their scope and permissions")
    public AdminResponses.Roles roles() {
        return new AdminResponses.Roles(admin.roles());
    }

    @PUT
    @Path("roles/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateRole",
            summary = "Set a role's scope (NONE, OWN, TEAM, ALL) and permissions",
            description = "Body: {\"scope\": \"TEAM\", \"permissions\": [\"customer:read\", …]}")
    public AdminResponses.Role changeRole(@PathParam("name") String name, RoleRequest body) {
        return new AdminResponses.Role(
                admin.changeRole(name, body.scope(), permissions("permissions", body.permissions())));
    }

    @GET
    @Path("users/{userId}/permissions")
    @Operation(operationId = "getUserPermissions", summary = "A user's grants and revocations on top of their roles")
    public AdminResponses.UserPermissions userPermissions(@PathParam("userId") String userId) {
        return new AdminResponses.UserPermissions(admin.userPermissions(userId));
    }

    @PUT
    @Path("users/{userId}/permissions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replaceUserPermissions",
            summary = "Replace a user's grants and revocations",
            description = "Body: {\"grants\": [\"customer:pii:read\"], \"revocations\": [\"customer:write\"]}")
    public AdminResponses.UserPermissions setUserPermissions(
            @PathParam("userId") String userId, UserPermissionsRequest body) {
        return new AdminResponses.UserPermissions(admin.setUserPermissions(
                userId, permissions("grants", body.grants()), permissions("revocations", body.revocations())));
    }

    private static Set<Permission> permissions(String field, List<String> codes) {
        Set<Permission> result = EnumSet.noneOf(Permission.class);
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            int index = i;
            Permission.fromCode(codes.get(i))
                    .ifPresentOrElse(
                            result::add,
                            () -> violations.add(
                                    new Violation(field + "[" + index + "]", "is not a permission of the CRM")));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return result;
    }

    /** A team as an admin writes it; the directory checks that the parent and manager exist and that no cycle forms. */
    @Schema(name = "TeamRequest")
    @ReadOnly({"id"})
    public record TeamRequest(String name, String parentId, String managerId) {}

    /** A user as an admin makes them known to the CRM. */
    @Schema(name = "UserRequest")
    @ReadOnly({"id"})
    public record UserRequest(String displayName, String teamId) {}

    /** A role's scope and permissions (codes such as customer:read), replacing what it had. */
    @Schema(name = "RoleRequest")
    @ReadOnly({"name"})
    public record RoleRequest(Scope scope, List<String> permissions) {}

    /** A user's grants and revocations (permission codes) on top of their roles, replacing what they had. */
    @Schema(name = "UserPermissionsRequest")
    public record UserPermissionsRequest(List<String> grants, List<String> revocations) {}
}
