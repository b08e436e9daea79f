package io.crm.customerimport;

/**
 * What an empty cell of an import means for a customer the row updates: KEEP leaves the stored value, CLEAR removes
 * it (as null does in a merge patch). A row that creates a customer leaves the field out either way.
 */
public enum BlankCells {
    KEEP,
    CLEAR
}
