package io.crm.permission;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PiiMaskerTest {

    @Test
    void chineseMobileKeepsCountryCodeOperatorPrefixAndLastFourDigits() {
        assertEquals("+86138****8000", PiiMasker.phone("+8613800138000"));
    }

    @Test
    void otherLengthsKeepTheLastFourDigits() {
        assertEquals("+16502****0000", PiiMasker.phone("+16502530000"));
        assertEquals("+123****6789", PiiMasker.phone("+123456789"));
        assertEquals("+12****5678", PiiMasker.phone("+12345678"));
    }

    @Test
    void shortNumbersKeepOnlyTheirStart() {
        assertEquals("+12****", PiiMasker.phone("+1234567"));
        assertEquals("+68****", PiiMasker.phone("+6841"));
    }

    @Test
    void aMaskedPhoneNeverShowsTheWholeNumber() {
        String digits = "1234567890123456";
        for (int length = 5; length <= 16; length++) {
            String phone = "+" + digits.substring(0, length - 1);
            String masked = PiiMasker.phone(phone);
            assertTrue(masked.contains("****"), masked);
            assertFalse(masked.replace("****", "").equals(phone), masked);
            assertTrue(masked.replace("****", "").length() <= phone.length() - 2, phone + " -> " + masked);
        }
    }

    @Test
    void nullPhoneStaysNull() {
        assertNull(PiiMasker.phone(null));
    }

    @Test
    void emailKeepsTheFirstCharacterAndTheDomain() {
        assertEquals("z***@example.com", PiiMasker.email("zhang.wei@example.com"));
        assertEquals("a***@b.cn", PiiMasker.email("a@b.cn"));
        assertEquals("张***@example.com", PiiMasker.email("张伟@example.com"));
    }

    @Test
    void emailFirstCharacterIsACodePoint() {
        assertEquals("😀***@example.com", PiiMasker.email("😀x@example.com"));
    }

    @Test
    void emailWithoutLocalPartIsFullyHidden() {
        assertEquals("***", PiiMasker.email("no-at-sign"));
        assertEquals("***", PiiMasker.email("@example.com"));
    }

    @Test
    void nullEmailStaysNull() {
        assertNull(PiiMasker.email(null));
    }

    @Test
    void freeTextKeepsTheFirstCharacter() {
        assertEquals("w***", PiiMasker.text("wxid_zhangwei"));
        assertEquals("😀***", PiiMasker.text("😀abc"));
        assertEquals("", PiiMasker.text(""));
        assertNull(PiiMasker.text(null));
    }

    @Test
    void phonesAndEmailsTypedIntoTextAreMasked() {
        assertEquals("客户电话138****8000，邮箱z***@example.com，下周回访",
                PiiMasker.inText("客户电话13800138000，邮箱zhang.wei@example.com，下周回访"));
        assertEquals("call +861****8000 or 010****5678 today", PiiMasker.inText("call +86 138 0013 8000 or 010-12345678 today"));
    }

    @Test
    void datesAmountsAndShortNumbersInTextStayReadable() {
        String text = "on 2026-11-22 she paid 1234.50 for 3 items, order 12345, room 101";
        assertEquals(text, PiiMasker.inText(text));
        assertFalse(PiiMasker.hasPersonalData(text));
        assertTrue(PiiMasker.hasPersonalData("手机 13800138000"));
    }

    @Test
    void textWithoutPersonalDataIsUnchangedAndNullStaysNull() {
        assertEquals("客户要求退款", PiiMasker.inText("客户要求退款"));
        assertNull(PiiMasker.inText(null));
    }
}
