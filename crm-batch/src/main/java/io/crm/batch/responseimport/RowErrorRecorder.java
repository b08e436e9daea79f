package io.crm.batch.responseimport;

import io.crm.batch.ModuleBeans;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.inject.Inject;

/** Records each refused row with its line and reason, in the import's error report. */
public class RowErrorRecorder implements SkipProcessListener {

    @Inject
    @BatchProperty
    String importId;

    @Override
    public void onSkipProcessItem(Object item, Exception e) {
        long line = e instanceof BadRow bad ? bad.line() : ((CsvRow) item).line();
        ModuleBeans.surveyImports().reject(Long.parseLong(importId), line, e.getMessage());
    }
}
