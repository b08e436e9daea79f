package io.crm.batch.customerimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportedCsvTest {

    @TempDir
    Path dir;

    @Test
    void rowsCarryTheLineTheyStartOnThroughQuotedLineBreaksAndBlankLines() throws IOException {
        Path f = dir.resolve("a.csv");
        SealedImportFiles.write(
                f,
                "name,occupation,tags\r\n"
                        + "Wang,\"Engineer\r\nand writer\",a;b\r\n"
                        + "\r\n"
                        + ",,\r\n"
                        + "Li,\"said \"\"hi\"\"\",\r\n"
                        + "Zhao,x,y");
        CsvLayout layout = CsvLayout.of(f, null);
        try (ImportedCsv csv = new ImportedCsv(f, layout)) {
            assertEquals(List.of("name", "occupation", "tags"), csv.header());
            ImportedCsv.Row wang = csv.next();
            assertEquals(2, wang.line());
            assertEquals(List.of("Wang", "Engineer\r\nand writer", "a;b"), wang.cells());
            ImportedCsv.Row li = csv.next();
            assertEquals(6, li.line());
            assertEquals("said \"hi\"", li.cells().get(1));
            assertEquals("Li,\"said \"\"hi\"\"\",", csv.text(li.cells()));
            ImportedCsv.Row zhao = csv.next();
            assertEquals(7, zhao.line());
            assertNull(csv.next());
        }
    }

    @Test
    void aBomBeforeTheHeaderIsNotPartOfTheFirstName() throws IOException {
        Path f = dir.resolve("b.csv");
        SealedImportFiles.write(f, "\uFEFFname;phones\nWang;+8613800138000\n");
        try (ImportedCsv csv = new ImportedCsv(f, CsvLayout.of(f, null))) {
            assertEquals(List.of("name", "phones"), csv.header());
            assertEquals(List.of("Wang", "+8613800138000"), csv.next().cells());
        }
    }

    @Test
    void theTextOfARowReadsBackAsTheSameCells() throws IOException {
        List<String> cells = List.of("a;b", "with \"quotes\"", "two\nlines", "");
        String text = ImportedCsv.text(cells, ';');
        Path f = dir.resolve("c.csv");
        SealedImportFiles.write(f, "x;y;z;w\n" + text + "\n");
        try (ImportedCsv csv = new ImportedCsv(f, CsvLayout.of(f, null))) {
            assertEquals(cells, csv.next().cells());
        }
    }
}
