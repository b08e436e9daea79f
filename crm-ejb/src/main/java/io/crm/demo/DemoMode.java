package io.crm.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Whether this deployment is a demo run ({@code crm.demo} / {@code CRM_DEMO}), and the demo users' password. */
@ApplicationScoped
public class DemoMode {

    @Inject
    @ConfigProperty(name = "crm.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "crm.demo.password", defaultValue = "demo")
    String password;

    public boolean enabled() {
        return enabled;
    }

    public String password() {
        return password;
    }
}
