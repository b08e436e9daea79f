package io.crm.batch.responseimport;

import io.crm.batch.ModuleBeans;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;

/** Drops the imported file once every row is taken or refused: its comments are personal data with no further use. */
public class ImportFileDrop extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String importId;

    @Override
    public String process() {
        ModuleBeans.surveyImports().drop(Long.parseLong(importId));
        return "DROPPED";
    }
}
