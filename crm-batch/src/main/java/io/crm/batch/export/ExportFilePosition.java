package io.crm.batch.export;

import java.io.Serializable;

/**
 * Where the writer stands: the bytes of the file that hold whole chunks, the rows in them, and the custom fields whose
 * columns the file's header named (a restart writes the same columns).
 */
record ExportFilePosition(long bytes, long rows, java.util.ArrayList<String> customKeys) implements Serializable {}
