package io.crm.batch.operation;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import io.crm.common.InvalidInputException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A five-field Unix cron expression (minute hour day-of-month month day-of-week) in a time zone, parsed by
 * cron-utils: the fire times after a given instant, daylight-saving changes included.
 */
public final class CronExpression {

    private static final CronParser UNIX = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final String text;
    private final ZoneId zone;
    private final ExecutionTime times;

    private CronExpression(String text, ZoneId zone, Cron cron) {
        this.text = text;
        this.zone = zone;
        this.times = ExecutionTime.forCron(cron);
    }

    /** Parses the expression and the zone; either one invalid is a 400 naming its field. */
    public static CronExpression parse(String text, String timeZone) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(
                    "cron", "is required: five fields, minute hour day-of-month month day-of-week");
        }
        String trimmed = text.trim().replaceAll("\\s+", " ");
        if (trimmed.split(" ").length != 5) {
            throw new InvalidInputException(
                    "cron", "must have five fields: minute hour day-of-month month day-of-week");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone == null ? "UTC" : timeZone);
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "is not a time zone id such as Asia/Shanghai or UTC");
        }
        Cron cron;
        try {
            cron = UNIX.parse(trimmed);
            cron.validate();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cron", "is not a valid cron expression: " + e.getMessage());
        }
        CronExpression expression = new CronExpression(trimmed, zone, cron);
        if (expression.next(Instant.now()).isEmpty()) {
            throw new InvalidInputException("cron", "never fires");
        }
        return expression;
    }

    /** The first fire time strictly after the instant, if there is one. */
    public Optional<Instant> next(Instant after) {
        return times.nextExecution(ZonedDateTime.ofInstant(after, zone)).map(ZonedDateTime::toInstant);
    }

    /** The next {@code count} fire times after the instant. */
    public List<Instant> next(Instant after, int count) {
        List<Instant> fires = new ArrayList<>();
        Instant from = after;
        for (int i = 0; i < count; i++) {
            Optional<Instant> next = next(from);
            if (next.isEmpty()) {
                break;
            }
            fires.add(next.get());
            from = next.get();
        }
        return fires;
    }

    public String text() {
        return text;
    }

    public ZoneId zone() {
        return zone;
    }
}
