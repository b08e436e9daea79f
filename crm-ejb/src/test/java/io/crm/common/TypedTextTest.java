package io.crm.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.crm.common.TypedText.Replacement;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypedTextTest {

    @Test
    void fullWidthCharactersAndDashesReadAsAscii() {
        assertEquals("+86 (138) 1234-5678 a@b.cn", TypedText.read("＋８６　（１３８）　１２３４\u2013５６７８ ａ＠ｂ．ｃｎ"));
        assertEquals("客户电话13812345678,下周回访", TypedText.read("客户电话１３８１２３４５６７８，下周回访"));
        assertNull(TypedText.read(null));
    }

    @Test
    void aReplacementInTheReadingReplacesWhatWasTypedAndKeepsTheRestAsTyped() {
        TypedText typed = TypedText.of("电话：１３８１２３４５６７８，谢谢");
        assertEquals("电话：138****5678，谢谢", typed.replace(List.of(new Replacement(3, 14, "138****5678"))));
    }

    @Test
    void aReplacementEndingInsideACharacterThatReadsAsSeveralTakesItWhole() {
        TypedText typed = TypedText.of("x⑩y");
        assertEquals("x10y", typed.read());
        assertEquals("x#y", typed.replace(List.of(new Replacement(1, 2, "#"))));
    }

    @Test
    void asciiTextIsReadAsItIs() {
        TypedText typed = TypedText.of("call 138");
        assertEquals("call 138", typed.read());
        assertEquals("call #", typed.replace(List.of(new Replacement(5, 8, "#"))));
    }
}
