package io.crm.batch.customerimport;

import io.crm.batch.ModuleBeans;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;

/** The last step of an import: its file is no longer needed (the failed rows are kept with their outcomes). */
public class ImportFileRemoval extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String importId;

    @Override
    public String process() {
        ModuleBeans.customerImports().done(Long.parseLong(importId));
        return "FILE DELETED";
    }
}
