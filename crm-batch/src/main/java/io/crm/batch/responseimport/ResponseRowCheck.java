package io.crm.batch.responseimport;

import io.crm.batch.ModuleBeans;
import io.crm.common.TimeRanges;
import io.crm.survey.SurveyImports;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;

/** Turns a row into typed values and checks it against the database; a row that cannot be taken is a {@link BadRow}. */
public class ResponseRowCheck implements ItemProcessor {

    @Inject
    JobContext job;

    private final SurveyImports imports = ModuleBeans.surveyImports();

    /** Tokens of earlier rows of this execution, which the database does not hold yet while their chunk is open. */
    private final Set<String> seen = new HashSet<>();

    @Override
    public Object processItem(Object item) {
        CsvRow row = (CsvRow) item;
        if (row.token() == null) {
            throw new BadRow(row.line(), "token: is missing");
        }
        int score;
        try {
            score = Integer.parseInt(row.score() == null ? "" : row.score());
        } catch (NumberFormatException e) {
            throw new BadRow(
                    row.line(),
                    "score: must be a whole number, not "
                            + (row.score() == null ? "nothing" : "'" + row.score() + "'"));
        }
        Instant respondedAt;
        try {
            respondedAt = row.respondedAt() == null
                    ? Instant.now().truncatedTo(ChronoUnit.MICROS)
                    : Instant.parse(row.respondedAt());
        } catch (DateTimeParseException e) {
            throw new BadRow(row.line(), "respondedAt: must be an ISO-8601 UTC time such as 2026-11-22T08:00:00Z");
        }
        String outOfRange = TimeRanges.happened(respondedAt, Instant.now());
        if (outOfRange != null) {
            throw new BadRow(row.line(), "respondedAt: " + outOfRange);
        }
        if (!seen.add(row.token())) {
            throw new BadRow(row.line(), "token: appears on an earlier line");
        }
        long surveyId = (Long) job.getTransientUserData();
        imports.problem(surveyId, row.token(), score, row.comment(), respondedAt)
                .ifPresent(problem -> {
                    throw new BadRow(row.line(), problem);
                });
        return new CsvRow.Checked(row.line(), row.token(), score, row.comment(), respondedAt);
    }
}
