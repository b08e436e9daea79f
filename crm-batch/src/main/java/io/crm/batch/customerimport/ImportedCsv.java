package io.crm.batch.customerimport;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * An import's file read record by record (Apache Commons CSV: quoted cells may hold delimiters, quotes and line
 * breaks), each data row with the line it starts on; rows whose cells are all empty are passed over.
 */
final class ImportedCsv implements Closeable {

    /** One data row: the line it starts on (the header is line 1) and its cells as written. */
    record Row(long line, List<String> cells) {}

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final char delimiter;

    ImportedCsv(Path file, CsvLayout layout) throws IOException {
        this.delimiter = layout.delimiter();
        this.parser = format(delimiter).parse(layout.open(file));
        this.records = parser.iterator();
        List<String> names = new ArrayList<>();
        if (records.hasNext()) {
            records.next().forEach(name -> names.add(name.strip()));
        }
        this.header = List.copyOf(names);
    }

    List<String> header() {
        return header;
    }

    /** The next data row, or null at the end of the file. */
    Row next() {
        try {
            while (true) {
                long before = parser.getCurrentLineNumber();
                if (!records.hasNext()) {
                    return null;
                }
                CSVRecord record = records.next();
                List<String> cells = record.toList();
                if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    return new Row(before + 1, cells);
                }
            }
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException(
                    "The CSV cannot be read after line " + parser.getCurrentLineNumber() + ": " + e.getMessage(), e);
        }
    }

    /** The cells as one CSV record in the file's own delimiter, without a line break. */
    String text(List<String> cells) {
        return text(cells, delimiter);
    }

    static String text(List<String> cells, char delimiter) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, format(delimiter))) {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String line = out.toString();
        return line.endsWith("\r\n") ? line.substring(0, line.length() - 2) : line;
    }

    static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .get();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
