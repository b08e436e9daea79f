package io.crm.rest.permission;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import io.crm.permission.Permission;
import io.crm.permission.PermissionAdmin;
import io.crm.permission.RoleDefinition;
import io.crm.permission.Scope;
import io.crm.permission.UserPermission;
import io.crm.rest.json.JsonFields;
import jakarta.enterprise.context.RequestScoped;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Role permissions and per-user grants (permission:manage). Changes apply to the next request. */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Permissions")
public class PermissionResource {

    @Inject
    PermissionAdmin admin;

    @GET
    @Path("roles")
    @Operation(summary = "Roles with their scope and permissions")
    public Map<String, List<Map<String, Object>>> roles() {
        return Map.of("items", admin.roles().stream().map(PermissionResource::role).toList());
    }

    @PUT
    @Path("roles/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a role's scope (NONE, OWN, TEAM, ALL) and permissions",
            description = "Body: {\"scope\": \"TEAM\", \"permissions\": [\"customer:read\", …]}")
    public Map<String, Object> changeRole(@PathParam("name") String name, JsonObject body) {
        JsonFields f = new JsonFields(body, Set.of("scope", "permissions"), Set.of("name"));
        Scope scope = f.enumValue("scope", Scope.class);
        List<String> codes = f.strings("permissions");
        f.done();
        return role(admin.changeRole(name, scope, permissions("permissions", codes)));
    }

    @GET
    @Path("users/{userId}/permissions")
    @Operation(summary = "A user's grants and revocations on top of their roles")
    public Map<String, List<String>> userPermissions(@PathParam("userId") String userId) {
        return overrides(admin.userPermissions(userId));
    }

    @PUT
    @Path("users/{userId}/permissions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a user's grants and revocations",
            description = "Body: {\"grants\": [\"customer:pii:read\"], \"revocations\": [\"customer:write\"]}")
    public Map<String, List<String>> setUserPermissions(@PathParam("userId") String userId, JsonObject body) {
        JsonFields f = new JsonFields(body, Set.of("grants", "revocations"), Set.of());
        List<String> grants = f.strings("grants");
        List<String> revocations = f.strings("revocations");
        f.done();
        return overrides(admin.setUserPermissions(userId, permissions("grants", grants), permissions("revocations", revocations)));
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

    private static Map<String, List<String>> overrides(List<UserPermission> rows) {
        Map<String, List<String>> json = new LinkedHashMap<>();
        json.put("grants", rows.stream().filter(UserPermission::granted).map(p -> p.permission().code()).sorted().toList());
        json.put("revocations", rows.stream().filter(p -> !p.granted()).map(p -> p.permission().code()).sorted().toList());
        return json;
    }
}
