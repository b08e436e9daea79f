package io.crm.permission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A permission granted to one user on top of their roles, or revoked from them. */
@Entity
@Table(name = "crm_user_permission")
@IdClass(UserPermission.Key.class)
public class UserPermission {

    @Id
    @Column(name = "user_id")
    private String userId;

    @Id
    @Enumerated(EnumType.STRING)
    private Permission permission;

    @Column(nullable = false)
    private boolean granted;

    protected UserPermission() {}

    public UserPermission(String userId, Permission permission, boolean granted) {
        this.userId = userId;
        this.permission = permission;
        this.granted = granted;
    }

    public String userId() {
        return userId;
    }

    public Permission permission() {
        return permission;
    }

    public boolean granted() {
        return granted;
    }

    /** The composite key: one row per user and permission. */
    public static class Key implements Serializable {
        private String userId;
        private Permission permission;

        public Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.userId.equals(userId) && k.permission == permission;
        }

        @Override
        public int hashCode() {
            return userId.hashCode() * 31 + permission.hashCode();
        }
    }
}
