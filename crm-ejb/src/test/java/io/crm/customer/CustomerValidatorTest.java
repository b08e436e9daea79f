package io.crm.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CustomerValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    /** A mutable stand-in for a request body, so that each test states only the fields it is about. */
    private static final class Raw {
        CustomerType type;
        String name = "张伟";
        List<String> phones = List.of();
        List<String> emails = List.of();
        String wechatId;
        Gender gender;
        LocalDate birthday;
        String occupation;
        String region;
        String city;
        Source source;
        List<String> tags = List.of();
        List<Address> addresses = List.of();
        List<String> interests = List.of();
        Map<ConsentChannel, Boolean> consents = Map.of();
        String ownerId;
        String teamId;
        Tier tier;

        CustomerData data() {
            return new CustomerData(
                    type,
                    name,
                    phones,
                    emails,
                    wechatId,
                    addresses,
                    gender,
                    birthday,
                    occupation,
                    region,
                    city,
                    source,
                    tags,
                    interests,
                    consents,
                    ownerId,
                    teamId,
                    tier,
                    null);
        }
    }

    private static Raw person(String name) {
        Raw raw = new Raw();
        raw.name = name;
        return raw;
    }

    private static Raw company(String name) {
        Raw raw = new Raw();
        raw.type = CustomerType.COMPANY;
        raw.name = name;
        return raw;
    }

    private static CustomerData valid(Raw raw) {
        return CustomerValidator.validate(raw.data(), TODAY);
    }

    private static List<Violation> violations(Raw raw) {
        return assertThrows(InvalidInputException.class, () -> CustomerValidator.validate(raw.data(), TODAY))
                .violations();
    }

    /** The single violation a value produced, checked for its field and a key word of its message. */
    private static void assertOnlyViolation(Raw raw, String field, String messagePart) {
        List<Violation> violations = violations(raw);
        assertEquals(1, violations.size(), violations::toString);
        assertEquals(field, violations.get(0).field(), violations::toString);
        assertTrue(violations.get(0).message().contains(messagePart), violations::toString);
    }

    private static String repeat(String s, int times) {
        return s.repeat(times);
    }

    // --- name ---

    @Test
    void acceptsChineseNames() {
        assertEquals("张伟", valid(person("张伟")).name());
        assertEquals("欧阳·娜娜", valid(person("欧阳·娜娜")).name());
        assertEquals("山田・太郎", valid(person("山田・太郎")).name());
    }

    @Test
    void acceptsLatinNamesWithApostropheHyphenAndAccents() {
        assertEquals("Siobhán O'Brien", valid(person("Siobhán O'Brien")).name());
        assertEquals("Siobhán O’Brien", valid(person("Siobhán O’Brien")).name());
        assertEquals("Jean-Luc Martin", valid(person("Jean-Luc Martin")).name());
        assertEquals(
                "Martin Luther King Jr.",
                valid(person("Martin Luther King Jr.")).name());
    }

    @Test
    void decomposedAccentsAreStoredComposed() {
        assertEquals(
                "Siobh\u00e1n O'Brien", valid(person("Siobha\u0301n O'Brien")).name());
    }

    @Test
    void rejectsPersonNamesWithDigits() {
        assertOnlyViolation(person("Zhang Wei 2"), "name", "person's name");
        assertOnlyViolation(person("张伟1"), "name", "person's name");
    }

    @Test
    void rejectsPersonNamesWithSymbolsOrLoneJoiners() {
        assertOnlyViolation(person("AT&T"), "name", "person's name");
        assertOnlyViolation(person("-Jean"), "name", "person's name");
        assertOnlyViolation(person("Jean--Luc"), "name", "person's name");
        assertOnlyViolation(person("😀"), "name", "person's name");
    }

    @Test
    void acceptsCompanyNamesWithDigitsAmpersandAndParentheses() {
        assertEquals("58同城", valid(company("58同城")).name());
        assertEquals("AT&T", valid(company("AT&T")).name());
        assertEquals(
                "Smith & Sons (Asia) Ltd.",
                valid(company("Smith & Sons (Asia) Ltd.")).name());
        assertEquals("阿里巴巴（中国）有限公司", valid(company("阿里巴巴（中国）有限公司")).name());
    }

    @Test
    void rejectsCompanyNamesStartingWithPunctuationOrCarryingOtherSymbols() {
        assertOnlyViolation(company("&Co"), "name", "company name");
        assertOnlyViolation(company("Acme <script>"), "name", "company name");
        assertOnlyViolation(company("Acme™"), "name", "company name");
    }

    @Test
    void typeDefaultsToPerson() {
        CustomerData data = valid(person("张伟"));

        assertEquals(CustomerType.PERSON, data.type());
        // a company name with digits is judged by the person rule when no type was sent
        assertOnlyViolation(person("58同城"), "name", "person's name");
    }

    @Test
    void nameIsRequired() {
        assertOnlyViolation(person(null), "name", "is required");
    }

    @Test
    void blankNameCountsAsMissing() {
        assertOnlyViolation(person("   "), "name", "is required");
        assertOnlyViolation(person("\u3000\t\u3000"), "name", "is required");
    }

    @Test
    void nameOf200CodePointsIsAcceptedAnd201IsRefused() {
        assertEquals(200, valid(person(repeat("a", 200))).name().length());
        assertOnlyViolation(person(repeat("a", 201)), "name", "at most 200 characters");
    }

    @Test
    void nameLengthCountsCodePointsNotUtf16Units() {
        // U+20BB7 is a CJK letter outside the BMP: 200 of them are 400 UTF-16 units but 200 characters
        String supplementary = "\uD842\uDFB7";
        assertEquals(200, valid(person(repeat(supplementary, 200))).name().codePointCount(0, 400));
        assertOnlyViolation(person(repeat(supplementary, 201)), "name", "at most 200 characters");
    }

    @Test
    void anEmojiCountsAsOneCharacterOfTheName() {
        // 200 emoji are 200 characters: within the length limit, so only the letters-only rule refuses them
        assertOnlyViolation(person(repeat("😀", 200)), "name", "person's name");
        assertOnlyViolation(person(repeat("😀", 201)), "name", "at most 200 characters");
    }

    @Test
    void nameWhitespaceIsCleanedBeforeItIsChecked() {
        assertEquals("张 伟", valid(person("\u3000张\u3000\u3000伟 ")).name());
        assertEquals("Jean-Luc Martin", valid(person("  Jean-Luc \t  Martin  ")).name());
    }

    @Test
    void whitespaceCountsAfterCleaning() {
        // 200 letters surrounded by spaces are 200 characters once trimmed
        assertEquals(
                200, valid(person("   " + repeat("a", 200) + "\u3000")).name().length());
    }

    // --- phones ---

    @Test
    void phonesAreNormalizedToE164() {
        Raw raw = person("张伟");
        raw.phones = List.of("+86 138-0013-8000", "0086 13900139000", " +1 (650) 253-0000 ");

        assertEquals(
                List.of("+8613800138000", "+8613900139000", "+16502530000"),
                valid(raw).phones());
    }

    @Test
    void invalidPhonesAreRefusedWithTheirIndex() {
        Raw raw = person("张伟");
        raw.phones = List.of("+8613800138000", "12345", "+86123", "+86 138 abcd 8000", "13800138000");

        List<Violation> violations = violations(raw);

        assertEquals(
                List.of("phones[1]", "phones[2]", "phones[3]", "phones[4]"),
                violations.stream().map(Violation::field).toList());
        violations.forEach(v -> assertTrue(v.message().contains("E.164"), v.toString()));
    }

    @Test
    void samePhoneTypedTwoWaysIsADuplicateWithinTheList() {
        Raw raw = person("张伟");
        raw.phones = List.of("+86 138-0013-8000", "0086 13800138000");

        assertEquals(List.of(new Violation("phones[1]", "repeats an earlier entry")), violations(raw));
    }

    @Test
    void tenPhonesAreAllowedAndElevenAreRefused() {
        List<String> eleven =
                IntStream.range(0, 11).mapToObj(i -> "+86138001380" + (10 + i)).toList();
        Raw ten = person("张伟");
        ten.phones = eleven.subList(0, 10);
        Raw tooMany = person("张伟");
        tooMany.phones = eleven;

        assertEquals(10, valid(ten).phones().size());
        assertOnlyViolation(tooMany, "phones", "at most 10 entries");
    }

    // --- emails ---

    @Test
    void emailDomainIsLowerCasedAndLocalPartKept() {
        Raw raw = person("张伟");
        raw.emails = List.of(" Zhang.Wei@Example.COM ", "li+crm@mail.example.cn");

        assertEquals(
                List.of("Zhang.Wei@example.com", "li+crm@mail.example.cn"),
                valid(raw).emails());
    }

    @Test
    void invalidEmailsAreRefusedWithTheirIndex() {
        Raw raw = person("张伟");
        raw.emails = List.of(
                "zhang.wei@example.com",
                "zhang.wei",
                "@example.com",
                "a@example",
                "a b@example.com",
                "a..b@example.com");

        List<Violation> violations = violations(raw);

        assertEquals(
                List.of("emails[1]", "emails[2]", "emails[3]", "emails[4]", "emails[5]"),
                violations.stream().map(Violation::field).toList());
        violations.forEach(v -> assertEquals("must be a valid email address", v.message()));
    }

    @Test
    void sameEmailWithDifferentDomainCaseIsADuplicate() {
        Raw raw = person("张伟");
        raw.emails = List.of("zhang.wei@example.com", "zhang.wei@EXAMPLE.com");

        assertEquals(List.of(new Violation("emails[1]", "repeats an earlier entry")), violations(raw));
    }

    @Test
    void emailsDifferingOnlyInCaseAreDuplicatesWithinTheList() {
        Raw raw = person("张伟");
        raw.emails = List.of("Zhang.Wei@example.com", "zhang.wei@example.com");

        assertEquals(List.of(new Violation("emails[1]", "repeats an earlier entry")), violations(raw));
    }

    @Test
    void elevenEmailsAreRefused() {
        Raw raw = person("张伟");
        raw.emails = IntStream.range(0, 11)
                .mapToObj(i -> "user" + i + "@example.com")
                .toList();

        assertOnlyViolation(raw, "emails", "at most 10 entries");
    }

    // --- wechatId ---

    @Test
    void validWechatIdsAreAccepted() {
        for (String id : List.of("wxid_abc123", "Zhang-Wei", "a12345", "a" + repeat("b", 19))) {
            Raw raw = person("张伟");
            raw.wechatId = id;
            assertEquals(id, valid(raw).wechatId(), id);
        }
    }

    @Test
    void invalidWechatIdsAreRefused() {
        for (String id : List.of("abcde", "1abcdef", "_abcdef", "a" + repeat("b", 20), "zhang wei", "张伟张伟张伟")) {
            Raw raw = person("张伟");
            raw.wechatId = id;
            assertOnlyViolation(raw, "wechatId", "6-20 letters");
        }
    }

    @Test
    void blankWechatIdIsStoredAsNull() {
        Raw raw = person("张伟");
        raw.wechatId = "  ";

        assertNull(valid(raw).wechatId());
    }

    // --- birthday and gender ---

    @Test
    void birthdayBetween1900AndTodayIsAccepted() {
        for (LocalDate day : List.of(LocalDate.of(1900, 1, 1), LocalDate.of(1990, 5, 1), TODAY)) {
            Raw raw = person("张伟");
            raw.birthday = day;
            assertEquals(day, valid(raw).birthday());
        }
    }

    @Test
    void birthdayInTheFutureIsRefused() {
        Raw raw = person("张伟");
        raw.birthday = TODAY.plusDays(1);

        assertOnlyViolation(raw, "birthday", "between 1900-01-01 and today");
    }

    @Test
    void birthdayBefore1900IsRefused() {
        Raw raw = person("张伟");
        raw.birthday = LocalDate.of(1899, 12, 31);

        assertOnlyViolation(raw, "birthday", "between 1900-01-01 and today");
    }

    @Test
    void birthdayAndGenderAreRefusedForCompanies() {
        Raw raw = company("58同城");
        raw.birthday = LocalDate.of(2005, 12, 12);
        raw.gender = Gender.OTHER;

        List<Violation> violations = violations(raw);

        assertEquals(
                List.of(
                        new Violation("birthday", "applies to persons only"),
                        new Violation("gender", "applies to persons only")),
                violations);
    }

    @Test
    void genderIsKeptForPersons() {
        Raw raw = person("张伟");
        raw.gender = Gender.MALE;

        assertEquals(Gender.MALE, valid(raw).gender());
    }

    // --- short texts ---

    @Test
    void shortTextsAreCleaned() {
        Raw raw = person("张伟");
        raw.occupation = "  销售\u3000工程师 ";
        raw.region = "广东";
        raw.city = " ";

        CustomerData data = valid(raw);

        assertEquals("销售 工程师", data.occupation());
        assertEquals("广东", data.region());
        assertNull(data.city());
    }

    @Test
    void shortTextsOver100CharactersOrWithControlCharactersAreRefused() {
        Raw raw = person("张伟");
        raw.occupation = repeat("工", 101);
        raw.region = "Guang\u0000dong";
        raw.city = "Shen\u200bzhen";

        List<Violation> violations = violations(raw);

        assertEquals(
                List.of("occupation", "region", "city"),
                violations.stream().map(Violation::field).toList());
        violations.forEach(v -> assertTrue(v.message().contains("at most 100 characters"), v.toString()));
    }

    // --- tags ---

    @Test
    void tagsAreCleanedAndKeptInOrder() {
        Raw raw = person("张伟");
        raw.tags = List.of(" VIP客户 ", "high-value", "source:web/2025", "big  spender");

        assertEquals(
                List.of("VIP客户", "high-value", "source:web/2025", "big spender"),
                valid(raw).tags());
    }

    @Test
    void invalidTagsAreRefusedWithTheirIndex() {
        Raw raw = person("张伟");
        raw.tags = List.of("ok", "#hash", "-lead", repeat("t", 51), " ", "a&b");

        List<Violation> violations = violations(raw);

        assertEquals(
                List.of("tags[1]", "tags[2]", "tags[3]", "tags[4]", "tags[5]"),
                violations.stream().map(Violation::field).toList());
        violations.forEach(v -> assertTrue(v.message().contains("1-50"), v.toString()));
    }

    @Test
    void tagOf50CharactersIsAccepted() {
        Raw raw = person("张伟");
        raw.tags = List.of(repeat("标", 50));

        assertEquals(1, valid(raw).tags().size());
    }

    @Test
    void repeatedTagIsRefused() {
        Raw raw = person("张伟");
        raw.tags = List.of("vip", " vip ");

        assertEquals(List.of(new Violation("tags[1]", "repeats an earlier entry")), violations(raw));
    }

    @Test
    void fiftyTagsAreAllowedAndFiftyOneAreRefused() {
        List<String> many = IntStream.range(0, 51).mapToObj(i -> "tag" + i).toList();
        Raw fifty = person("张伟");
        fifty.tags = many.subList(0, 50);
        Raw tooMany = person("张伟");
        tooMany.tags = many;

        assertEquals(50, valid(fifty).tags().size());
        assertOnlyViolation(tooMany, "tags", "at most 50 entries");
    }

    // --- addresses ---

    private static Address address(String country, String city, String street, String postalCode) {
        return new Address(AddressKind.HOME, country, null, city, null, street, postalCode);
    }

    @Test
    void addressesAreCleanedTheCountryUpperCasedAndTheKindDefaulted() {
        Raw raw = person("张伟");
        raw.addresses = List.of(
                new Address(null, " cn ", "上海市", " 上海市 ", "浦东新区", "世纪大道  100号", " ２００１２０ "),
                new Address(AddressKind.WORK, "GB", null, "London", null, null, "SW1A 2AA"));

        assertEquals(
                List.of(
                        new Address(AddressKind.OTHER, "CN", "上海市", "上海市", "浦东新区", "世纪大道 100号", "200120"),
                        new Address(AddressKind.WORK, "GB", null, "London", null, null, "SW1A 2AA")),
                valid(raw).addresses());
    }

    @Test
    void anAddressNeedsAKnownCountryCode() {
        Raw missing = person("张伟");
        missing.addresses = List.of(address(null, "上海市", null, null));
        Raw unknown = person("张伟");
        unknown.addresses = List.of(address("XX", "上海市", null, null));
        Raw name = person("张伟");
        name.addresses = List.of(address("China", "上海市", null, null));

        assertOnlyViolation(missing, "addresses[0].country", "is required");
        assertOnlyViolation(unknown, "addresses[0].country", "ISO 3166-1 alpha-2");
        assertOnlyViolation(name, "addresses[0].country", "ISO 3166-1 alpha-2");
    }

    @Test
    void anAddressNeedsMoreThanItsCountry() {
        Raw raw = person("张伟");
        raw.addresses = List.of(new Address(AddressKind.HOME, "CN", " ", null, null, null, null));

        assertOnlyViolation(raw, "addresses[0]", "needs more than a country");
    }

    @Test
    void addressPartsAreLimitedInLengthAndCharacters() {
        Raw raw = person("张伟");
        raw.addresses = List.of(
                new Address(AddressKind.HOME, "CN", repeat("省", 101), "上海市", null, repeat("路", 201), "20#0120"),
                new Address(AddressKind.HOME, "CN", null, "上海\u0007市", repeat("区", 100), repeat("路", 200), null));

        assertEquals(
                List.of("addresses[0].province", "addresses[0].street", "addresses[0].postalCode", "addresses[1].city"),
                violations(raw).stream().map(Violation::field).toList());
    }

    @Test
    void theSameAddressTwiceIsRefused() {
        Raw raw = person("张伟");
        raw.addresses = List.of(address("CN", "上海市", "世纪大道100号", null), address("cn", "上海市", " 世纪大道100号", null));

        assertEquals(List.of(new Violation("addresses[1]", "repeats an earlier entry")), violations(raw));
    }

    @Test
    void tenAddressesAreAllowedAndElevenAreRefused() {
        List<Address> many = IntStream.range(0, 11)
                .mapToObj(i -> address("CN", "上海市", "世纪大道" + (i + 1) + "号", null))
                .toList();
        Raw ten = person("张伟");
        ten.addresses = many.subList(0, 10);
        Raw tooMany = person("张伟");
        tooMany.addresses = many;

        assertEquals(10, valid(ten).addresses().size());
        assertOnlyViolation(tooMany, "addresses", "at most 10 entries");
    }

    // --- interests ---

    @Test
    void interestsFollowTheRulesOfTags() {
        Raw ok = person("张伟");
        ok.interests = List.of(" golf ", "茶艺", "wine  tasting");
        Raw bad = person("张伟");
        bad.interests = List.of("golf", "#hash", " golf ");
        Raw tooMany = person("张伟");
        tooMany.interests = IntStream.range(0, 51).mapToObj(i -> "i" + i).toList();

        assertEquals(List.of("golf", "茶艺", "wine tasting"), valid(ok).interests());
        assertEquals(
                List.of(
                        new Violation(
                                "interests[1]",
                                "must be 1-50 letters, digits, spaces or _ - . : /, starting with a letter or digit"),
                        new Violation("interests[2]", "repeats an earlier entry")),
                violations(bad));
        assertOnlyViolation(tooMany, "interests", "at most 50 entries");
    }

    // --- owner and team ---

    @Test
    void ownerAndTeamIdsAreChecked() {
        Raw ok = person("张伟");
        ok.ownerId = "zhang.wei@corp";
        ok.teamId = "east_1";
        Raw bad = person("张伟");
        bad.ownerId = "zhang wei";
        bad.teamId = "east;DROP";

        CustomerData data = valid(ok);

        assertEquals("zhang.wei@corp", data.ownerId());
        assertEquals("east_1", data.teamId());
        assertEquals(
                Set.of("ownerId", "teamId"),
                violations(bad).stream().map(Violation::field).collect(Collectors.toSet()));
    }

    // --- everything together ---

    @Test
    void untouchedFieldsPassThrough() {
        Raw raw = person("张伟");
        raw.source = Source.REFERRAL;
        raw.tier = Tier.VIP;
        raw.consents = Map.of(ConsentChannel.EMAIL, true, ConsentChannel.SMS, false);

        CustomerData data = valid(raw);

        assertEquals(Source.REFERRAL, data.source());
        assertEquals(Tier.VIP, data.tier());
        assertEquals(Map.of(ConsentChannel.EMAIL, true, ConsentChannel.SMS, false), data.consents());
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        Raw raw = person("Zhang Wei 2");
        raw.phones = List.of("12345");
        raw.emails = List.of("not-an-email");
        raw.wechatId = "1x";
        raw.birthday = TODAY.plusYears(1);
        raw.tags = List.of("#bad");

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> CustomerValidator.validate(raw.data(), TODAY));

        assertEquals(
                List.of("name", "phones[0]", "emails[0]", "wechatId", "birthday", "tags[0]"),
                e.violations().stream().map(Violation::field).toList());
        assertEquals("6 fields are invalid", e.getMessage());
    }

    @Test
    void aSingleViolationIsNamedInTheMessage() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> CustomerValidator.validate(person(null).data(), TODAY));

        assertEquals("name: is required", e.getMessage());
    }

    @Test
    void validationDoesNotChangeTheInput() {
        Raw raw = person(" 张伟 ");
        raw.phones = new ArrayList<>(List.of("+86 138-0013-8000"));
        CustomerData input = raw.data();

        valid(raw);

        assertEquals(" 张伟 ", input.name());
        assertEquals(List.of("+86 138-0013-8000"), input.phones());
    }
}
