package io.crm.batch.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crm.export.ExportFormat;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ExportRowsTest {

    /** A customer as GET /customers/{id} shows it to a caller without customer:pii:read (nulls left out). */
    private static final String MASKED = """
            {"id":"101","type":"PERSON","name":"张伟, \\"Zhang\\"","phones":["+86138****8000","+86139****0001"],\
            "emails":["z***@example.com"],"wechatId":"zh****",\
            "addresses":[{"kind":"HOME","country":"CN","city":"上海市","street":"世***","postalCode":"2***"}],\
            "birthday":"****-**-**","region":"华东","city":"上海",\
            "source":"WEBSITE","tags":["vip","line\\nbreak"],"interests":["golf","茶艺"],"consents":{"EMAIL":true,"SMS":false},\
            "ownerId":"sales1","teamId":"east","tier":"VIP","tierSetByHand":false,"lifecycleStage":"LOYAL",\
            "rfm":{"recency":5,"frequency":4,"monetary":3,"lastPurchaseAt":"2026-11-01T08:00:00Z",\
            "purchaseCount":12,"totalSpend":"1234.50"},"piiMasked":true,\
            "createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-11-02T00:00:00Z"}""";

    @Test
    void theCsvHeaderNamesEveryFieldOfTheCustomerInTheApisOrder() throws IOException {
        List<CSVRecord> header = parse(ExportRows.header(ExportFormat.CSV));
        assertEquals(1, header.size());
        assertEquals(
                List.of(
                        "id",
                        "type",
                        "name",
                        "phones",
                        "emails",
                        "wechatId",
                        "addresses",
                        "gender",
                        "birthday",
                        "occupation",
                        "region",
                        "city",
                        "source",
                        "tags",
                        "interests",
                        "consents.EMAIL",
                        "consents.SMS",
                        "consents.WECHAT",
                        "consents.PHONE",
                        "ownerId",
                        "teamId",
                        "tier",
                        "tierSetByHand",
                        "lifecycleStage",
                        "membershipLevel",
                        "rfm.recency",
                        "rfm.frequency",
                        "rfm.monetary",
                        "rfm.lastPurchaseAt",
                        "rfm.purchaseCount",
                        "rfm.totalSpend",
                        "piiMasked",
                        "createdAt",
                        "updatedAt"),
                header.get(0).toList());
    }

    @Test
    void aCsvRowHoldsTheValuesAsTheApiShowsThemWithListsJoinedAndAbsentValuesEmpty() throws IOException {
        List<CSVRecord> rows = parse(ExportRows.rows(ExportFormat.CSV, List.of(MASKED, MASKED)));
        assertEquals(2, rows.size());
        CSVRecord row = rows.get(0);
        assertEquals(ExportRows.CSV_COLUMNS.size(), row.size());
        assertEquals("101", cell(row, "id"));
        assertEquals("张伟, \"Zhang\"", cell(row, "name"));
        assertEquals("+86138****8000;+86139****0001", cell(row, "phones"));
        assertEquals("z***@example.com", cell(row, "emails"));
        assertEquals("****-**-**", cell(row, "birthday"));
        assertEquals("vip;line\nbreak", cell(row, "tags"));
        assertEquals("golf;茶艺", cell(row, "interests"));
        assertEquals(
                "[{\"kind\":\"HOME\",\"country\":\"CN\",\"city\":\"上海市\",\"street\":\"世***\",\"postalCode\":\"2***\"}]",
                cell(row, "addresses"),
                "the JSON array the import reads back");
        assertEquals("", cell(row, "gender"));
        assertEquals("", cell(row, "membershipLevel"));
        assertEquals("true", cell(row, "consents.EMAIL"));
        assertEquals("false", cell(row, "consents.SMS"));
        assertEquals("", cell(row, "consents.PHONE"));
        assertEquals("1234.50", cell(row, "rfm.totalSpend"));
        assertEquals("12", cell(row, "rfm.purchaseCount"));
        assertEquals("false", cell(row, "tierSetByHand"));
        assertEquals("true", cell(row, "piiMasked"));
        assertEquals("2026-11-02T00:00:00Z", cell(row, "updatedAt"));
    }

    @Test
    void ndjsonIsTheApisJsonOneCustomerALine() {
        String text = ExportRows.rows(ExportFormat.NDJSON, List.of(MASKED, "{\"id\":\"102\"}"));
        assertEquals(MASKED + "\n{\"id\":\"102\"}\n", text);
        assertEquals("", ExportRows.header(ExportFormat.NDJSON));
    }

    @Test
    void blocksOfRowsJoinIntoOneFile() throws IOException {
        String file = ExportRows.header(ExportFormat.CSV)
                + ExportRows.rows(ExportFormat.CSV, List.of(MASKED))
                + ExportRows.rows(ExportFormat.CSV, List.of("{\"id\":\"102\",\"name\":\"Li\"}"));
        List<CSVRecord> records = parse(file);
        assertEquals(3, records.size());
        assertEquals("102", records.get(2).get(0));
        assertEquals("Li", records.get(2).get(2));
    }

    private static String cell(CSVRecord row, String column) {
        return row.get(ExportRows.CSV_COLUMNS.indexOf(column));
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }
}
