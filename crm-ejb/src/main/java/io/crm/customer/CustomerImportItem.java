package io.crm.customer;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One row of a customer import, before any check: its externalId, phones and emails as written (what it is matched
 * by), and the row read as a whole new customer ({@code asNew}) or applied to a stored one as a merge patch
 * ({@code asChange}); both throw a 400 for what they cannot read, exactly as the REST routes read a body.
 */
public record CustomerImportItem(
        String externalId,
        List<String> phones,
        List<String> emails,
        Supplier<CustomerData> asNew,
        UnaryOperator<CustomerData> asChange) {}
