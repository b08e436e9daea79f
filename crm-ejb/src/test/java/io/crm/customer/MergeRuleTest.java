package io.crm.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MergeRuleTest {

    private static final Address HOME = new Address(AddressKind.HOME, "CN", "上海市", "上海市", "浦东新区", "世纪大道100号", "200120");
    private static final Address WORK = new Address(AddressKind.WORK, "CN", null, "北京市", null, "长安街1号", null);

    private static final CustomerData SURVIVOR = new CustomerData(
            CustomerType.PERSON,
            "张伟",
            List.of("+8613800138000"),
            List.of("zhang.wei@example.com"),
            null,
            List.of(HOME),
            Gender.MALE,
            null,
            "engineer",
            "华东",
            null,
            Source.WEB,
            List.of("vip"),
            List.of("golf"),
            Map.of(ConsentChannel.EMAIL, true, ConsentChannel.SMS, true),
            "sales1",
            "east",
            null,
            null);

    private static final CustomerData DUPLICATE = new CustomerData(
            CustomerType.PERSON,
            "张 伟",
            List.of("+8613900139000", "+8613800138000"),
            List.of("zw@example.com"),
            "zw1990",
            List.of(WORK, HOME),
            Gender.MALE,
            LocalDate.of(1990, 5, 1),
            "teacher",
            null,
            "上海",
            Source.OFFLINE_EVENT,
            List.of("event-2026", "vip"),
            List.of("茶艺", "golf"),
            Map.of(ConsentChannel.EMAIL, false, ConsentChannel.WECHAT, true),
            "sales2",
            "west",
            Tier.VIP,
            null);

    @Test
    void byDefaultListsOfBothAndTheSurvivorsValuesFilledFromTheDuplicate() {
        CustomerData merged = MergeRule.of(Map.of()).combine(SURVIVOR, DUPLICATE);

        assertEquals(List.of("+8613800138000", "+8613900139000"), merged.phones());
        assertEquals(List.of("zhang.wei@example.com", "zw@example.com"), merged.emails());
        assertEquals(List.of("vip", "event-2026"), merged.tags());
        assertEquals(List.of(HOME, WORK), merged.addresses(), "the survivor's first, an address both hold once");
        assertEquals(List.of("golf", "茶艺"), merged.interests());
        assertEquals("张伟", merged.name());
        assertEquals("engineer", merged.occupation());
        assertEquals("华东", merged.region());
        assertEquals("上海", merged.city(), "the survivor has none");
        assertEquals("zw1990", merged.wechatId());
        assertEquals(LocalDate.of(1990, 5, 1), merged.birthday());
        assertEquals(Source.WEB, merged.source());
        assertEquals(Tier.VIP, merged.tier(), "a tier set by hand on the duplicate, none on the survivor");
        assertEquals("sales1", merged.ownerId());
        assertEquals("east", merged.teamId());
    }

    @Test
    void aRefusalOnEitherRecordWinsThenAConsentOnEither() {
        CustomerData merged = MergeRule.of(Map.of()).combine(SURVIVOR, DUPLICATE);

        assertEquals(
                Map.of(ConsentChannel.EMAIL, false, ConsentChannel.SMS, true, ConsentChannel.WECHAT, true),
                merged.consents());
        assertNull(merged.consents().get(ConsentChannel.PHONE), "asked on neither record");
    }

    @Test
    void choicesOverrideTheDefaults() {
        CustomerData merged = MergeRule.of(Map.of(
                        "name", "duplicate",
                        "phones", "survivor",
                        "tags", "duplicate",
                        "city", "survivor",
                        "consents", "duplicate",
                        "tier", "survivor"))
                .combine(SURVIVOR, DUPLICATE);

        assertEquals("张 伟", merged.name());
        assertEquals(List.of("+8613800138000"), merged.phones());
        assertEquals(List.of("event-2026", "vip"), merged.tags());
        assertNull(merged.city());
        assertEquals(DUPLICATE.consents(), merged.consents());
        assertNull(merged.tier());
    }

    @Test
    void addressesAndInterestsAreChosenLikePhones() {
        CustomerData survivors = MergeRule.of(Map.of("addresses", "survivor", "interests", "duplicate"))
                .combine(SURVIVOR, DUPLICATE);
        CustomerData duplicates = MergeRule.of(Map.of("addresses", "duplicate", "interests", "survivor"))
                .combine(SURVIVOR, DUPLICATE);

        assertEquals(List.of(HOME), survivors.addresses());
        assertEquals(List.of("茶艺", "golf"), survivors.interests());
        assertEquals(List.of(WORK, HOME), duplicates.addresses());
        assertEquals(List.of("golf"), duplicates.interests());
        assertEquals(
                List.of("fields.addresses"),
                assertThrows(InvalidInputException.class, () -> MergeRule.of(Map.of("addresses", "all")))
                        .violations()
                        .stream()
                        .map(Violation::field)
                        .toList());
    }

    @Test
    void choicesItCannotTakeAreAllNamed() {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> MergeRule.of(Map.of("name", "both", "phones", "all", "ownerId", "duplicate")));

        assertEquals(
                List.of("fields.name", "fields.ownerId", "fields.phones"),
                refused.violations().stream().map(Violation::field).sorted().toList());
    }

    @Test
    void customValuesAreTheSurvivorsFilledFromTheDuplicateUnlessAFieldIsChosen() {
        Map<String, Object> survivor = Map.of("shoe_size", 42, "vip_since", LocalDate.of(2020, 1, 1));
        Map<String, Object> duplicate = Map.of("shoe_size", 40, "region_code", "SH");

        assertEquals(
                Map.of("shoe_size", 42, "vip_since", LocalDate.of(2020, 1, 1), "region_code", "SH"),
                MergeRule.of(Map.of()).combineCustom(survivor, duplicate));

        MergeRule chosen = MergeRule.of(Map.of(
                "custom.shoe_size", "duplicate", "custom.vip_since", "duplicate", "custom.region_code", "survivor"));
        assertEquals(java.util.Set.of("shoe_size", "vip_since", "region_code"), chosen.customKeys());
        assertEquals(
                Map.of("shoe_size", 40),
                chosen.combineCustom(survivor, duplicate),
                "a chosen record without a value leaves none");
    }

    @Test
    void aCustomFieldIsTheSurvivorsOrTheDuplicatesNeverBoth() {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> MergeRule.of(Map.of("custom.tags", "both", "custom.", "survivor")));

        assertEquals(
                List.of("fields.custom.", "fields.custom.tags"),
                refused.violations().stream().map(Violation::field).sorted().toList());
    }
}
