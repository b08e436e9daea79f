package io.crm.common;

import jakarta.ejb.ApplicationException;

/**
 * A refusal of the domain: the request cannot be honoured as asked. It rolls the transaction back and reaches the
 * caller as it is (not wrapped), so that the REST layer can answer with the right status.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class CrmException extends RuntimeException {

    protected CrmException(String message) {
        super(message);
    }
}
