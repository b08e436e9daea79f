package io.crm.customer;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One item of a bulk call on customers, before any check: a new customer, unless its {@code externalId} (as sent) is a
 * customer's already, which the item then changes as a merge patch. Reading the item either way is left to the
 * service, which knows which applies: {@code asNew} reads it as a whole customer, {@code asChange} applies it to the
 * current state; both throw a 400 for what they cannot read.
 */
public record CustomerUpsert(String externalId, Supplier<CustomerData> asNew, UnaryOperator<CustomerData> asChange) {}
