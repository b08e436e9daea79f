package io.crm.permission;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The group-to-role mapping of this deployment ({@code crm.role-mapping} / {@code CRM_ROLE_MAPPING}), parsed once. */
@ApplicationScoped
public class RoleMappingConfig {

    @Inject
    @ConfigProperty(name = "crm.role-mapping")
    Optional<String> configuration;

    private RoleMapping mapping;

    @PostConstruct
    void parse() {
        mapping = RoleMapping.parse(
                configuration.orElse(null),
                Arrays.stream(Role.values()).map(Role::roleName).collect(Collectors.toSet()));
    }

    public RoleMapping get() {
        return mapping;
    }
}
