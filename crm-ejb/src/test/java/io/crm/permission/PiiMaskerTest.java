package io.crm.permission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PiiMaskerTest {

    @Test
    void chineseMobileKeepsCountryCodeOperatorPrefixAndLastFourDigits() {
        assertEquals("+86138****8000", PiiMasker.phone("+8613800138000"));
    }

    @Test
    void otherCountriesKeepAtMostThreeDigitsOfTheNationalNumberAndTheLastFour() {
        assertEquals("+165****0000", PiiMasker.phone("+16502530000"));
        assertEquals("+4420****0000", PiiMasker.phone("+442079460000"));
        assertEquals("+8526****678", PiiMasker.phone("+85261234678"));
    }

    @Test
    void shorterNationalNumbersShowLessAtEachEnd() {
        assertEquals("+12****789", PiiMasker.phone("+123456789"));
        assertEquals("+12****78", PiiMasker.phone("+12345678"));
        assertEquals("+1****67", PiiMasker.phone("+1234567"));
        assertEquals("+****", PiiMasker.phone("+6841"));
    }

    @Test
    void aMaskedDigitRunShowsAtMostThreeLeadingAndFourTrailingDigitsAndHidesFourAtLeast() {
        String digits = "1234567890123456789";
        for (int length = 1; length <= digits.length(); length++) {
            String run = digits.substring(0, length);
            String masked = PiiMasker.digits(run);
            int star = masked.indexOf("****");
            String start = masked.substring(0, star);
            String end = masked.substring(star + 4);
            assertTrue(start.length() <= 3 && end.length() <= 4, masked);
            assertTrue(start.length() + end.length() <= Math.max(0, length - 4), run + " -> " + masked);
            assertTrue(run.startsWith(start) && run.endsWith(end), masked);
        }
        assertEquals("138****5678", PiiMasker.digits("13812345678"));
        assertEquals("1****67", PiiMasker.digits("1234567"));
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
        assertEquals(
                "客户电话138****8000，邮箱z***@example.com，下周回访",
                PiiMasker.inText("客户电话13800138000，邮箱zhang.wei@example.com，下周回访"));
        assertEquals(
                "call +861****8000 or 010****5678 today",
                PiiMasker.inText("call +86 138 0013 8000 or 010-12345678 today"));
    }

    @Test
    void datesAmountsAndShortNumbersInTextStayReadable() {
        String text = "on 2026-11-22 she paid 1234.50 for 3 items, order 12345, room 101";
        assertEquals(text, PiiMasker.inText(text));
        assertFalse(PiiMasker.hasPersonalData(text));
        assertTrue(PiiMasker.hasPersonalData("手机 13800138000"));
    }

    @Test
    void phonesTypedFullWidthAreMaskedAndTheRestOfTheTextStaysAsTyped() {
        assertEquals("客户电话138****5678，下周回访", PiiMasker.inText("客户电话１３８１２３４５６７８，下周回访"));
        assertEquals("（手机：138****5678）", PiiMasker.inText("（手机：１３８－１２３４－５６７８）"));
        assertEquals("座机 010****5678。", PiiMasker.inText("座机 （０１０）１２３４　５６７８。"));
        assertEquals("+861****5678", PiiMasker.inText("＋８６ １３８ １２３４ ５６７８"));
    }

    @Test
    void phonesTypedWithDotsParenthesesSpacesAndDashesAreMasked() {
        assertEquals("call 138****5678 today", PiiMasker.inText("call 138.1234.5678 today"));
        assertEquals("call 010****5678 today", PiiMasker.inText("call (010) 1234-5678 today"));
        assertEquals("call +861****5678", PiiMasker.inText("call +86 (138) 1234 5678"));
        assertEquals("call 138****5678", PiiMasker.inText("call 138 - 1234 - 5678"));
        assertEquals("call 138****5678", PiiMasker.inText("call 138  1234  5678"));
        assertEquals("call 138****5678", PiiMasker.inText("call 138\u20131234\u20135678"));
        assertEquals("call 138****5678.", PiiMasker.inText("call 138.1234.5678."));
    }

    @Test
    void shortPhonesInTextAreNeverShownWhole() {
        assertEquals("分机 1****67", PiiMasker.inText("分机 1234567"));
        assertEquals("总机 6****678", PiiMasker.inText("总机 6234-5678"));
    }

    @Test
    void twoPhonesTypedOneAfterTheOtherAreBothMasked() {
        assertEquals("138****8000 139****9000", PiiMasker.inText("13800138000 13900139000"));
        assertEquals("138****8000、139****9000", PiiMasker.inText("１３８００１３８０００、１３９００１３９０００"));
    }

    @Test
    void emailsTypedFullWidthAreMasked() {
        assertEquals("邮箱z***@example.com，", PiiMasker.inText("邮箱ｚｈａｎｇ．ｗｅｉ＠ｅｘａｍｐｌｅ．ｃｏｍ，"));
    }

    @Test
    void datesDecimalsAndTextInParenthesesStayReadable() {
        for (String text : List.of(
                "on 2026.11.22 at 14:30",
                "on 2026-11-22 14:30",
                "２０２６－１１－２２",
                "paid 12345.50 yuan",
                "order 12345 (3 items) 67890",
                "v1.2.3",
                "iPhone15 Pro")) {
            assertEquals(text, PiiMasker.inText(text));
            assertFalse(PiiMasker.hasPersonalData(text), text);
        }
    }

    @Test
    void hasPersonalDataAgreesWithTheMasking() {
        for (String text : List.of("手机 １３８１２３４５６７８", "138.1234.5678", "(010) 1234-5678", "ａ＠ｂ．ｃｎ", "分机 1234567")) {
            assertTrue(PiiMasker.hasPersonalData(text), text);
            assertFalse(PiiMasker.hasPersonalData(PiiMasker.inText(text)), text);
        }
    }

    @Test
    void maskingTakesLinearTimeOnTextBuiltToMakeItSlow() {
        int n = 100_000;
        List<String> adversarial = List.of(
                "a".repeat(n) + "@",
                "a".repeat(n) + "@" + "b".repeat(n),
                "a@".repeat(n / 2),
                "x.".repeat(n / 2) + "@" + "y-".repeat(n / 2),
                "1-".repeat(n / 2),
                "1 (2) ".repeat(n / 6),
                "１".repeat(n) + "@ｂ",
                "2026-11-22 ".repeat(n / 11));
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> adversarial.forEach(PiiMasker::inText));
    }

    @Test
    void textWithoutPersonalDataIsUnchangedAndNullStaysNull() {
        assertEquals("客户要求退款", PiiMasker.inText("客户要求退款"));
        assertNull(PiiMasker.inText(null));
    }
}
