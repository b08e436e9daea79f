package io.crm.batch.operation;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** A job operators may run: its name, what it does, what a restart does, and its parameters. */
public record JobDefinition(String name, String description, String restart, List<JobParameter> parameters) {

    /**
     * The job parameters for an execution: the given ones checked, the others at their defaults. An unknown name
     * or a bad value is a 400 naming the parameter.
     */
    public Properties properties(Map<String, Object> given) {
        List<Violation> violations = new ArrayList<>();
        for (String key : given.keySet()) {
            if (parameters.stream().noneMatch(p -> p.name().equals(key))) {
                violations.add(new Violation("parameters." + key, "is not a parameter of " + name));
            }
        }
        Properties properties = new Properties();
        for (JobParameter p : parameters) {
            String value;
            if (given.containsKey(p.name())) {
                value = p.check(given.get(p.name()), violations);
            } else if (p.defaultValue() != null) {
                value = Long.toString(p.defaultValue());
            } else {
                violations.add(new Violation("parameters." + p.name(), "is required"));
                value = null;
            }
            if (value != null) {
                properties.setProperty(p.name(), value);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return properties;
    }
}
