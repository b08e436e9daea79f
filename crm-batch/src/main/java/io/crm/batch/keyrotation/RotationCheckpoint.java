package io.crm.batch.keyrotation;

import io.crm.encryption.SealedTable;
import java.io.Serializable;

/** Where the reader stands: the table being read and the last id handed out. */
record RotationCheckpoint(SealedTable table, long lastId) implements Serializable {}
