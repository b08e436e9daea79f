package io.crm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AuditRowsTest {

    private static String copyText(String value) {
        return AuditRows.copyText(new StringBuilder(), value).toString();
    }

    @Test
    void copyTextKeepsEveryValueInItsOwnColumnAndRow() {
        assertEquals("\\N", copyText(null));
        assertEquals("", copyText(""));
        assertEquals("王小明 sales1", copyText("王小明 sales1"));
        assertEquals("a\\tb\\nc\\rd", copyText("a\tb\nc\rd"));
        assertEquals("C:\\\\N", copyText("C:\\N"), "a backslash of the value is not an escape");
    }
}
