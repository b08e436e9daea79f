package io.crm.customer;

import io.crm.common.CrmException;

/**
 * What became of one row of a customer import: created, updated or skipped (with the customer, none in a dry run),
 * or refused for the reason the single routes would give.
 */
public record ImportedRow(Result result, Long customerId, CrmException refusal) {

    public enum Result {
        CREATED,
        UPDATED,
        SKIPPED,
        FAILED
    }

    static ImportedRow of(Result result, CustomerView customer) {
        return new ImportedRow(result, customer == null ? null : customer.id(), null);
    }

    static ImportedRow refused(CrmException refusal) {
        return new ImportedRow(Result.FAILED, null, refusal);
    }
}
