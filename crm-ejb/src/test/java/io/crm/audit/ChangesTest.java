package io.crm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.customer.Address;
import io.crm.customer.AddressKind;
import io.crm.customer.ConsentChannel;
import io.crm.customer.CustomerData;
import io.crm.customer.Gender;
import io.crm.customer.Tier;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangesTest {

    // --- create ---

    @Test
    void createListsEveryFieldWithAValueInTheOrderOfTheApi() {
        Map<String, Change> changes =
                Changes.between(null, TestCustomer.complete().data());

        assertEquals(
                List.of(
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
                        "ownerId",
                        "teamId",
                        "tier"),
                List.copyOf(changes.keySet()));
        changes.values().forEach(change -> assertNull(change.before()));
        assertEquals("PERSON", changes.get("type").after());
        assertEquals("张伟", changes.get("name").after());
        assertEquals("MALE", changes.get("gender").after());
        assertEquals(List.of("vip-event-2026"), changes.get("tags").after());
        assertEquals(List.of("golf"), changes.get("interests").after());
        assertEquals(true, changes.get("consents.EMAIL").after());
        assertEquals(false, changes.get("consents.SMS").after());
        assertEquals("VIP", changes.get("tier").after());
    }

    @Test
    void createLeavesOutEmptyFields() {
        Map<String, Change> changes =
                Changes.between(null, TestCustomer.named("李娜").data());

        assertEquals(List.of("type", "name", "ownerId"), List.copyOf(changes.keySet()));
        assertEquals(new Change(null, "李娜"), changes.get("name"));
    }

    // --- update ---

    @Test
    void updateListsOnlyTheChangedFields() {
        CustomerData before = TestCustomer.complete().data();
        CustomerData after =
                TestCustomer.complete().name("张伟伟").city("北京").tier(null).data();

        Map<String, Change> changes = Changes.between(before, after);

        assertEquals(
                Map.of(
                        "name",
                        new Change("张伟", "张伟伟"),
                        "city",
                        new Change("上海", "北京"),
                        "tier",
                        new Change("VIP", null)),
                changes);
        assertEquals(List.of("name", "city", "tier"), List.copyOf(changes.keySet()));
    }

    @Test
    void listsAreComparedAsLists() {
        CustomerData before = TestCustomer.named("张伟").tags("a", "b").data();

        assertTrue(
                Changes.between(before, TestCustomer.named("张伟").tags("a", "b").data())
                        .isEmpty());
        assertEquals(
                Map.of("tags", new Change(List.of("a", "b"), List.of("b", "a"))),
                Changes.between(before, TestCustomer.named("张伟").tags("b", "a").data()));
        assertEquals(
                Map.of("tags", new Change(List.of("a", "b"), List.of())),
                Changes.between(before, TestCustomer.named("张伟").data()));
        assertEquals(
                Map.of("tags", new Change(List.of(), List.of("a"))),
                Changes.between(
                        TestCustomer.named("张伟").data(),
                        TestCustomer.named("张伟").tags("a").data()));
    }

    @Test
    void consentsAreComparedChannelByChannel() {
        CustomerData before = TestCustomer.named("张伟")
                .consent(ConsentChannel.EMAIL, true)
                .consent(ConsentChannel.WECHAT, true)
                .consent(ConsentChannel.PHONE, true)
                .data();
        CustomerData after = TestCustomer.named("张伟")
                .consent(ConsentChannel.EMAIL, false)
                .consent(ConsentChannel.SMS, false)
                .consent(ConsentChannel.WECHAT, true)
                .data();

        Map<String, Change> changes = Changes.between(before, after);

        assertEquals(List.of("consents.EMAIL", "consents.SMS", "consents.PHONE"), List.copyOf(changes.keySet()));
        assertEquals(new Change(true, false), changes.get("consents.EMAIL"));
        assertEquals(new Change(null, false), changes.get("consents.SMS"));
        assertEquals(new Change(true, null), changes.get("consents.PHONE"));
    }

    @Test
    void aClearedValueChangesToNull() {
        Map<String, Change> changes = Changes.between(
                TestCustomer.named("张伟").city("上海").gender(Gender.FEMALE).data(),
                TestCustomer.named("张伟").data());

        assertEquals(Map.of("gender", new Change("FEMALE", null), "city", new Change("上海", null)), changes);
    }

    @Test
    void noChangeGivesAnEmptyMap() {
        assertTrue(Changes.between(
                        TestCustomer.complete().data(), TestCustomer.complete().data())
                .isEmpty());
        assertTrue(Changes.between(null, null).isEmpty());
    }

    // --- delete ---

    @Test
    void deleteListsEveryFieldWithAValueAndNothingAfter() {
        Map<String, Change> changes = Changes.between(
                TestCustomer.named("李娜").team("east").tier(Tier.REGULAR).data(), null);

        assertEquals(List.of("type", "name", "ownerId", "teamId", "tier"), List.copyOf(changes.keySet()));
        changes.values().forEach(change -> assertNull(change.after()));
        assertEquals("李娜", changes.get("name").before());
        assertEquals("REGULAR", changes.get("tier").before());
    }

    // --- personal data ---

    @Test
    void personalDataIsKeptMasked() {
        Map<String, Change> changes =
                Changes.between(null, TestCustomer.complete().data());

        assertEquals(List.of("+86138****8000"), changes.get("phones").after());
        assertEquals(List.of("z***@example.com"), changes.get("emails").after());
        assertEquals("z***", changes.get("wechatId").after());
        assertEquals(
                List.of("HOME: 世***, 浦***, 上海市, 上海市, 2***, CN"),
                changes.get("addresses").after());
        assertEquals("****-**-**", changes.get("birthday").after());
        assertTrue(!Changes.toJson(changes).contains("世纪大道")
                && !Changes.toJson(changes).contains("200120"));
    }

    @Test
    void aChangedStreetIsListedMasked() {
        Address before = new Address(AddressKind.WORK, "CN", null, "北京市", null, "长安街1号", null);
        Address after = new Address(AddressKind.WORK, "CN", null, "北京市", null, "长安街2号", null);
        Map<String, Change> changes = Changes.between(
                TestCustomer.named("张伟").addresses(before).data(),
                TestCustomer.named("张伟").addresses(after).data());

        assertEquals(
                Map.of("addresses", new Change(List.of("WORK: 长***, 北京市, CN"), List.of("WORK: 长***, 北京市, CN"))),
                changes);
    }

    @Test
    void aChangeOfPersonalDataIsListedEvenWhenTheMaskedValuesLookAlike() {
        Map<String, Change> changes = Changes.between(
                TestCustomer.named("张伟").birthday(LocalDate.of(1990, 5, 1)).data(),
                TestCustomer.named("张伟").birthday(LocalDate.of(1990, 5, 2)).data());

        assertEquals(Map.of("birthday", new Change("****-**-**", "****-**-**")), changes);
    }

    @Test
    void theResultCannotBeAltered() {
        Map<String, Change> changes =
                Changes.between(null, TestCustomer.named("张伟").data());

        assertThrows(UnsupportedOperationException.class, () -> changes.put("name", new Change(null, null)));
    }
}
