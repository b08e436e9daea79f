package io.crm.common;

import java.util.List;

/** The request carried values that break the rules; nothing was written. */
public class InvalidInputException extends CrmException {

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(
                violations.size() == 1
                        ? violations.get(0).field() + ": " + violations.get(0).message()
                        : violations.size() + " fields are invalid");
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
