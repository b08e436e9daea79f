package io.crm.survey;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV of survey responses as the survey-response-import job reads it: a header naming the columns, then
 * one record per response. Rewriting it keeps every record in its place, so a job that restarts from a checkpointed
 * record count reads the same rows after it.
 */
public final class ResponseFile {

    public static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();

    private ResponseFile() {}

    /** The file with the comment of every row answering one of these tokens blanked; the same text if none does. */
    static String withoutComments(String csv, Set<String> tokens) {
        try (CSVParser parser = FORMAT.parse(new StringReader(csv))) {
            List<String> header = parser.getHeaderNames();
            if (!header.contains("token") || !header.contains("comment")) {
                return csv;
            }
            List<List<String>> rows = new ArrayList<>();
            boolean blanked = false;
            int comment = parser.getHeaderMap().get("comment");
            int token = parser.getHeaderMap().get("token");
            for (CSVRecord r : parser) {
                List<String> row = new ArrayList<>(r.toList());
                if (token < row.size()
                        && comment < row.size()
                        && tokens.contains(row.get(token))
                        && !row.get(comment).isEmpty()) {
                    row.set(comment, "");
                    blanked = true;
                }
                rows.add(row);
            }
            if (!blanked) {
                return csv;
            }
            StringWriter out = new StringWriter(csv.length());
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setHeader(header.toArray(String[]::new))
                    .get();
            try (CSVPrinter printer = format.print(out)) {
                for (List<String> row : rows) {
                    printer.printRecord(row);
                }
            }
            return out.toString();
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            // a file the job cannot read either fails the import where it breaks: none of its rows is kept
            return header(csv);
        }
    }

    private static String header(String csv) {
        int end = csv.indexOf('\n');
        return end < 0 ? csv : csv.substring(0, end + 1);
    }
}
