package io.crm.export;

import java.nio.file.Path;

/** An export's file as its requester downloads it: sealed on disk, {@code length} bytes of it written and committed. */
public record ExportFile(ExportView export, Path path, long length, String fileName) {}
