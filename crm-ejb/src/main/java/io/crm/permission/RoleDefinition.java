package io.crm.permission;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A role as an admin has set it up: its record scope and its permissions. Starts from the defaults of {@link Role}. */
@Entity
@Table(name = "crm_role")
public class RoleDefinition {

    @Id
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Scope scope;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "crm_role_permission", joinColumns = @JoinColumn(name = "role_name"))
    @Column(name = "permission")
    @Enumerated(EnumType.STRING)
    private Set<Permission> permissions = new HashSet<>();

    protected RoleDefinition() {}

    public RoleDefinition(Role role) {
        this.name = role.roleName();
        this.scope = role.scope();
        this.permissions = new HashSet<>(role.permissions());
    }

    public void change(Scope newScope, Set<Permission> newPermissions) {
        scope = newScope;
        permissions.retainAll(newPermissions);
        permissions.addAll(newPermissions);
    }

    public String name() {
        return name;
    }

    public Scope scope() {
        return scope;
    }

    public Set<Permission> permissions() {
        return permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
    }
}
