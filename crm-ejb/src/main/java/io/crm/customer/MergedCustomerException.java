package io.crm.customer;

import io.crm.common.RecordNotFoundException;

/** A customer that was merged into another: not found, with the survivor named for a caller who could read it. */
public class MergedCustomerException extends RecordNotFoundException {

    private final long mergedInto;

    public MergedCustomerException(long id, long mergedInto) {
        super("customer", id);
        this.mergedInto = mergedInto;
    }

    public long mergedInto() {
        return mergedInto;
    }
}
