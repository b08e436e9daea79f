package io.crm.rest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crm.common.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Constraint violations become the problem's violations, each field named as the client wrote it. */
class RequestValidationTest {

    record Item(@NotBlank(message = "is required") String name) {}

    record Order(
            @Size(max = 2, message = "must hold at most {max} items")
            List<@Valid Item> items,

            Map<String, @Size(max = 3, message = "must be at most {max} characters") String> labels,
            @Valid Item main) {}

    @Test
    void fieldsAreNamedByPathIndexAndKey() {
        Order order = new Order(
                List.of(new Item("a"), new Item(" "), new Item("c")), Map.of("colour", "blue!"), new Item(null));
        assertEquals(
                List.of(
                        new Violation("items", "must hold at most 2 items"),
                        new Violation("items[1].name", "is required"),
                        new Violation("labels.colour", "must be at most 3 characters"),
                        new Violation("main.name", "is required")),
                RequestValidation.violations(order));
    }

    @Test
    void aValidRequestAndNoRequestHaveNoViolations() {
        assertEquals(List.of(), RequestValidation.violations(new Order(List.of(), Map.of(), new Item("x"))));
        assertEquals(List.of(), RequestValidation.violations(null));
    }
}
