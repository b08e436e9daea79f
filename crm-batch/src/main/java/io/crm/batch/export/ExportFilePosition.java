package io.crm.batch.export;

import java.io.Serializable;

/** Where the writer stands: the bytes of the file that hold whole chunks, and the rows in them. */
record ExportFilePosition(long bytes, long rows) implements Serializable {}
