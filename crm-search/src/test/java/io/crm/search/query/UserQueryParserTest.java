package io.crm.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crm.common.InvalidInputException;
import io.crm.search.query.UserQuery.Kind;
import io.crm.search.query.UserQuery.Term;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserQueryParserTest {

    @Test
    void wordsWithoutOperatorMustAllMatch() {
        assertEquals(
                new UserQuery(List.of(List.of(word("退款"), word("refund"))), List.of()),
                UserQueryParser.parse("  退款　refund "));
    }

    @Test
    void andBindsTighterThanOr() {
        assertEquals(
                new UserQuery(List.of(List.of(word("a"), word("b")), List.of(word("c"), word("d"))), List.of()),
                UserQueryParser.parse("a AND b OR c d"));
    }

    @Test
    void lowercaseOperatorsAreWords() {
        assertEquals(
                new UserQuery(List.of(List.of(word("rock"), word("and"), word("roll"))), List.of()),
                UserQueryParser.parse("rock and roll"));
    }

    @Test
    void exclusionsApplyToTheWholeQuery() {
        assertEquals(
                new UserQuery(
                        List.of(List.of(word("a")), List.of(word("c"))),
                        List.of(word("b"), new Term(Kind.PHRASE, "next week"))),
                UserQueryParser.parse("a OR -b c -\"next week\""));
    }

    @Test
    void quotedTextIsAPhraseAndChineseQuotesWorkToo() {
        assertEquals(
                new UserQuery(
                        List.of(List.of(new Term(Kind.PHRASE, "上门 拍摄"), new Term(Kind.PHRASE, "next week"))),
                        List.of()),
                UserQueryParser.parse("\"上门 拍摄\" “next week”"));
    }

    @Test
    void aTrailingStarIsAPrefixAndAChinesePrefixIsItsCharacters() {
        assertEquals(
                new UserQuery(List.of(List.of(new Term(Kind.PREFIX, "refun"), word("上门拍"))), List.of()),
                UserQueryParser.parse("refun* 上门拍*"));
    }

    @Test
    void hyphensInsideWordsAndFieldLikeColonsAreLiteral() {
        assertEquals(
                new UserQuery(List.of(List.of(word("follow-up"), word("text:refund"))), List.of()),
                UserQueryParser.parse("follow-up text:refund"));
    }

    @Test
    void sixteenTermsAreAllowed() {
        UserQuery query = UserQueryParser.parse("a b c d e f g h i j k l m n o -p");
        assertEquals(15, query.alternatives().get(0).size());
        assertEquals(1, query.exclusions().size());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "*abc",
                "re*und",
                "a*",
                "退*",
                "ab**",
                "*",
                "a-b*",
                "\"unbalanced",
                "refund \"next",
                "-refund",
                "-退款 -\"next week\"",
                "AND refund",
                "refund OR",
                "a AND OR b",
                "a OR -b",
                "\"\"",
                "a b c d e f g h i j k l m n o p q"
            })
    void refusesWhatItCannotReadOrWouldBeExpensive(String q) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> UserQueryParser.parse(q));
        assertEquals("q", e.violations().get(0).field());
    }

    @Test
    void refusesAMissingQuery() {
        assertThrows(InvalidInputException.class, () -> UserQueryParser.parse(null));
    }

    @Test
    void refusesMoreThanTwoHundredCharacters() {
        UserQueryParser.parse("退".repeat(200));
        assertThrows(InvalidInputException.class, () -> UserQueryParser.parse("退".repeat(201)));
    }

    private static Term word(String text) {
        return new Term(Kind.WORD, text);
    }
}
