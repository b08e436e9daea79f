package io.crm.batch.keyrotation;

import io.crm.encryption.SealedTable;
import java.io.Serializable;

/** One row with sealed columns. */
record SealedRow(SealedTable table, long id) implements Serializable {}
