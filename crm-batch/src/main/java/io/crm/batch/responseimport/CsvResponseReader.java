package io.crm.batch.responseimport;

import io.crm.batch.ModuleBeans;
import io.crm.batch.operation.ItemTotal;
import io.crm.batch.operation.RunningSteps;
import io.crm.survey.ResponseFile;
import io.crm.survey.SurveyImport;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the stored CSV ({@code token,score,comment,respondedAt} with that header, any order, comment and
 * respondedAt optional) record by record, from after the last checkpointed record on a restart.
 */
public class CsvResponseReader extends AbstractItemReader {

    static final Set<String> REQUIRED = Set.of("token", "score");
    static final List<String> COLUMNS = List.of("token", "score", "comment", "respondedAt");

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String importId;

    private final RunningSteps running = ModuleBeans.runningSteps();

    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private long done;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        SurveyImport stored = ModuleBeans.surveyImports().load(Long.parseLong(importId));
        job.setTransientUserData(stored.surveyId());
        String content = stored.content()
                .orElseThrow(() -> new IllegalStateException(
                        "Import " + importId + " has completed and its file is dropped; upload the file again."));
        parser = ResponseFile.FORMAT.parse(new StringReader(content));
        List<String> header = parser.getHeaderNames();
        if (!header.containsAll(REQUIRED) || !COLUMNS.containsAll(header)) {
            throw new IllegalArgumentException(
                    "The CSV header must name the columns " + COLUMNS + " (token and score required), not " + header);
        }
        records = parser.iterator();
        done = checkpoint instanceof Long n ? n : 0;
        for (long i = 0; i < done && records.hasNext(); i++) {
            records.next();
        }
        long total = content.lines().count() - 1 - done;
        step.setPersistentUserData(new ItemTotal(Math.max(total, 0)));
        running.started(job.getExecutionId(), Math.max(total, 0));
    }

    @Override
    public void close() throws IOException {
        running.ended(job.getExecutionId());
        if (parser != null) {
            parser.close();
        }
    }

    @Override
    public Object readItem() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord r = records.next();
            done++;
            return new CsvRow(
                    parser.getCurrentLineNumber(),
                    value(r, "token"),
                    value(r, "score"),
                    value(r, "comment"),
                    value(r, "respondedAt"));
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException(
                    "The CSV cannot be read after record " + done + ": " + e.getMessage(), e);
        }
    }

    private static String value(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) && !r.get(column).isEmpty() ? r.get(column) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return done;
    }
}
