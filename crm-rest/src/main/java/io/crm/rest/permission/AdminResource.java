package io.crm.rest.permission;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import io.crm.permission.DirectoryAdmin;
import io.crm.permission.Permission;
import io.crm.permission.PermissionAdmin;
import io.crm.permission.Scope;
import io.crm.rest.json.JsonFields;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
    public AdminResponses.Teams teams() {
        return new AdminResponses.Teams(directory.teams());
    }

    @PUT
    @Path("teams/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveTeam", summary = "Create or change a team",
            description = "Body: {\"name\": \"East 1\", \"parentId\": \"east\", \"managerId\": \"manager\"}. A manager sees "
                    + "the customers of the teams they manage and of all teams below them.")
    public AdminResponses.Team putTeam(@PathParam("id") String id, JsonObject body) {
        JsonFields f = new JsonFields(body, Set.of("name", "parentId", "managerId"), Set.of("id"));
        String name = f.string("name");
        String parentId = f.string("parentId");
        String managerId = f.string("managerId");
        f.done();
        return new AdminResponses.Team(directory.putTeam(id, name, parentId, managerId));
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
    @Operation(operationId = "saveUser", summary = "Make a platform user known to the CRM, or change their name or team",
            description = "Body: {\"displayName\": \"李娜\", \"teamId\": \"east\"}")
    public AdminResponses.User putUser(@PathParam("id") String id, JsonObject body) {
        JsonFields f = new JsonFields(body, Set.of("displayName", "teamId"), Set.of("id"));
        String displayName = f.string("displayName");
        String teamId = f.string("teamId");
        f.done();
        return new AdminResponses.User(directory.putUser(id, displayName, teamId));
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
    @Operation(operationId = "updateRole", summary = "Set a role's scope (NONE, OWN, TEAM, ALL) and permissions",
            description = "Body: {\"scope\": \"TEAM\", \"permissions\": [\"customer:read\", …]}")
    public AdminResponses.Role changeRole(@PathParam("name") String name, JsonObject body) {
        JsonFields f = new JsonFields(body, Set.of("scope", "permissions"), Set.of("name"));
        Scope scope = f.enumValue("scope", Scope.class);
        List<String> codes = f.strings("permissions");
        f.done();
        return new AdminResponses.Role(admin.changeRole(name, scope, permissions("permissions", codes)));
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
    @Operation(operationId = "replaceUserPermissions", summary = "Replace a user's grants and revocations",
            description = "Body: {\"grants\": [\"customer:pii:read\"], \"revocations\": [\"customer:write\"]}")
    public AdminResponses.UserPermissions setUserPermissions(@PathParam("userId") String userId, JsonObject body) {
        JsonFields f = new JsonFields(body, Set.of("grants", "revocations"), Set.of());
        List<String> grants = f.strings("grants");
        List<String> revocations = f.strings("revocations");
        f.done();
        return new AdminResponses.UserPermissions(admin.setUserPermissions(userId, permissions("grants", grants), permissions("revocations", revocations)));
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
}
