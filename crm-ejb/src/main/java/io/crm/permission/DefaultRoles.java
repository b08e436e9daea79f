package io.crm.permission;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Puts the default roles (PRODUCT.md) into the database when a role is missing there, at deployment. Roles an
 * admin has changed are left as they are.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DefaultRoles {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @PostConstruct
    void ensure() {
        for (Role role : Role.values()) {
            if (em.find(RoleDefinition.class, role.roleName()) == null) {
                em.persist(new RoleDefinition(role));
            }
        }
    }
}
