package io.crm.rest.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import io.crm.customer.Address;
import io.crm.customer.AddressKind;
import io.crm.customer.ConsentChannel;
import io.crm.customer.CustomerData;
import io.crm.customer.CustomerType;
import io.crm.customer.Gender;
import io.crm.customer.Source;
import io.crm.customer.Tier;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerJsonTest {

    private static final CustomerData FULL = new CustomerData(
            CustomerType.PERSON,
            "欧阳·娜娜",
            List.of("+8613800138000", "+8613900139000"),
            List.of("Nana.Ouyang@example.com"),
            "wxid_nana01",
            List.of(new Address(AddressKind.HOME, "CN", "广东省", "深圳市", "南山区", "科技园路1号", "518057")),
            Gender.FEMALE,
            LocalDate.of(1990, 5, 1),
            "销售工程师",
            "广东",
            "深圳",
            Source.REFERRAL,
            List.of("VIP客户", "high-value"),
            List.of("golf", "茶艺"),
            Map.of(ConsentChannel.EMAIL, true, ConsentChannel.SMS, false),
            "li.na",
            "east",
            Tier.IMPORTANT,
            null);

    /** Parses JSON written with single quotes for readability. */
    private static JsonObject json(String singleQuoted) {
        try (var reader = Json.createReader(new StringReader(singleQuoted.replace('\'', '"')))) {
            return reader.readObject();
        }
    }

    private static List<Violation> mergeViolations(String patch) {
        return assertThrows(InvalidInputException.class, () -> CustomerJson.merge(FULL, json(patch)))
                .violations();
    }

    // --- read ---

    @Test
    void readMapsEveryField() {
        CustomerData data = CustomerJson.read(json("""
                {'type': 'PERSON', 'name': '欧阳·娜娜', 'phones': ['+8613800138000', '+8613900139000'],
                 'emails': ['Nana.Ouyang@example.com'], 'wechatId': 'wxid_nana01',
                 'addresses': [{'kind': 'HOME', 'country': 'CN', 'province': '广东省', 'city': '深圳市',
                                'district': '南山区', 'street': '科技园路1号', 'postalCode': '518057'}],
                 'gender': 'FEMALE', 'interests': ['golf', '茶艺'],
                 'birthday': '1990-05-01', 'occupation': '销售工程师', 'region': '广东', 'city': '深圳',
                 'source': 'REFERRAL', 'tags': ['VIP客户', 'high-value'], 'consents': {'EMAIL': true, 'SMS': false},
                 'ownerId': 'li.na', 'teamId': 'east', 'tier': 'IMPORTANT'}"""));

        assertEquals(FULL, data);
    }

    @Test
    void readOfAnEmptyObjectGivesNullsAndEmptyLists() {
        CustomerData data = CustomerJson.read(json("{}"));

        assertNull(data.type());
        assertNull(data.name());
        assertEquals(List.of(), data.phones());
        assertEquals(List.of(), data.emails());
        assertEquals(List.of(), data.tags());
        assertEquals(List.of(), data.addresses());
        assertEquals(List.of(), data.interests());
        assertEquals(Map.of(), data.consents());
        assertNull(data.birthday());
        assertNull(data.tier());
    }

    @Test
    void readRefusesReadOnlyAndUnknownFields() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> CustomerJson.read(json("{'name': '张伟', 'id': '1', 'rfm': {}, 'nickname': 'Wei'}")));

        assertEquals(
                Set.of(
                        new Violation("id", "is read-only"),
                        new Violation("rfm", "is read-only"),
                        new Violation("nickname", "is not a field of this resource")),
                Set.copyOf(e.violations()));
    }

    @Test
    void readRefusesEveryReadOnlyField() {
        for (String field : CustomerJson.READ_ONLY) {
            InvalidInputException e = assertThrows(
                    InvalidInputException.class, () -> CustomerJson.read(json("{'" + field + "': 'x'}")), field);
            assertEquals(List.of(new Violation(field, "is read-only")), e.violations(), field);
        }
    }

    @Test
    void readReportsEveryWrongTypeAtOnce() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> CustomerJson.read(
                        json("{'type': 'person', 'name': 5, 'phones': [13800138000], 'birthday': '1990/05/01', "
                                + "'consents': {'EMAIL': 'yes'}, 'tier': 'GOLD'}")));

        assertEquals(
                Set.of("type", "name", "phones[0]", "birthday", "consents.EMAIL", "tier"),
                e.violations().stream().map(Violation::field).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void anAddressIsReadStrictlyEveryProblemNamedByItsPath() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> CustomerJson.read(json("{'name': '张伟', 'addresses': [{'kind': 'CASTLE', 'country': 86, "
                        + "'floor': 2}, 'Shanghai'], 'interests': [1]}")));

        assertEquals(
                Set.of(
                        "addresses[0].kind",
                        "addresses[0].country",
                        "addresses[0].floor",
                        "addresses[1]",
                        "interests[0]"),
                e.violations().stream().map(Violation::field).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aPatchReplacesTheAddressesWholeAndKeepsThemWhenAbsent() {
        CustomerData kept = CustomerJson.merge(FULL, json("{'interests': ['wine']}"));
        CustomerData replaced = CustomerJson.merge(FULL, json("{'addresses': [{'country': 'GB', 'city': 'London'}]}"));
        CustomerData cleared = CustomerJson.merge(FULL, json("{'addresses': null}"));

        assertEquals(FULL.addresses(), kept.addresses());
        assertEquals(List.of("wine"), kept.interests());
        assertEquals(List.of(new Address(null, "GB", null, "London", null, null, null)), replaced.addresses());
        assertEquals(List.of(), cleared.addresses());
    }

    // --- write ---

    @Test
    void writeThenReadRoundTripsAFullCustomer() {
        assertEquals(FULL, CustomerJson.read(CustomerJson.write(FULL)));
    }

    @Test
    void writeThenReadRoundTripsAMinimalCustomer() {
        CustomerData minimal = new CustomerData(
                null, "张伟", null, null, null, List.of(), null, null, null, null, null, null, null, List.of(), null,
                null, null, null, null);

        assertEquals(minimal, CustomerJson.read(CustomerJson.write(minimal)));
    }

    @Test
    void writeLeavesOutNullValuesAndKeepsEmptyLists() {
        CustomerData minimal = new CustomerData(
                null, "张伟", null, null, null, List.of(), null, null, null, null, null, null, null, List.of(), null,
                null, null, null, null);

        JsonObject json = CustomerJson.write(minimal);

        assertEquals(Set.of("name", "phones", "emails", "addresses", "tags", "interests", "consents"), json.keySet());
        assertTrue(json.getJsonArray("phones").isEmpty());
        assertTrue(json.getJsonObject("consents").isEmpty());
    }

    @Test
    void writeUsesTheJsonTypesReadExpects() {
        JsonObject json = CustomerJson.write(FULL);

        assertEquals("PERSON", json.getString("type"));
        assertEquals("1990-05-01", json.getString("birthday"));
        assertEquals("IMPORTANT", json.getString("tier"));
        assertTrue(json.getJsonObject("consents").getBoolean("EMAIL"));
        assertFalse(json.getJsonObject("consents").getBoolean("SMS"));
        assertEquals(
                List.of("+8613800138000", "+8613900139000"),
                json.getJsonArray("phones").getValuesAs(jakarta.json.JsonString::getString));
    }

    // --- merge (RFC 7396) ---

    @Test
    void emptyPatchChangesNothing() {
        assertEquals(FULL, CustomerJson.merge(FULL, json("{}")));
    }

    @Test
    void absentFieldsStayAndGivenFieldsChange() {
        CustomerData merged = CustomerJson.merge(FULL, json("{'city': '广州', 'tier': 'VIP'}"));

        assertEquals("广州", merged.city());
        assertEquals(Tier.VIP, merged.tier());
        assertEquals(FULL.name(), merged.name());
        assertEquals(FULL.phones(), merged.phones());
        assertEquals(FULL.consents(), merged.consents());
        assertEquals(FULL.birthday(), merged.birthday());
    }

    @Test
    void nullClearsAValue() {
        CustomerData merged = CustomerJson.merge(FULL, json("{'city': null, 'birthday': null, 'tier': null}"));

        assertNull(merged.city());
        assertNull(merged.birthday());
        assertNull(merged.tier());
        assertEquals(FULL.region(), merged.region());
    }

    @Test
    void nullClearsAList() {
        CustomerData merged = CustomerJson.merge(FULL, json("{'phones': null, 'tags': null}"));

        assertEquals(List.of(), merged.phones());
        assertEquals(List.of(), merged.tags());
        assertEquals(FULL.emails(), merged.emails());
    }

    @Test
    void arraysAreReplacedWhole() {
        CustomerData merged = CustomerJson.merge(FULL, json("{'phones': ['+8613700137000'], 'tags': []}"));

        assertEquals(List.of("+8613700137000"), merged.phones());
        assertEquals(List.of(), merged.tags());
    }

    @Test
    void consentsAreMergedPerKey() {
        CustomerData merged = CustomerJson.merge(FULL, json("{'consents': {'SMS': true, 'WECHAT': false}}"));

        assertEquals(
                Map.of(ConsentChannel.EMAIL, true, ConsentChannel.SMS, true, ConsentChannel.WECHAT, false),
                merged.consents());
    }

    @Test
    void nullInConsentsRemovesThatChannelOnly() {
        CustomerData merged = CustomerJson.merge(FULL, json("{'consents': {'EMAIL': null}}"));

        assertEquals(Map.of(ConsentChannel.SMS, false), merged.consents());
    }

    @Test
    void nullConsentsRemovesEveryChannel() {
        assertEquals(
                Map.of(), CustomerJson.merge(FULL, json("{'consents': null}")).consents());
    }

    @Test
    void readOnlyFieldsInAPatchAreRefused() {
        assertEquals(List.of(new Violation("rfm", "is read-only")), mergeViolations("{'rfm': {'recency': 5}}"));
        assertEquals(List.of(new Violation("id", "is read-only")), mergeViolations("{'id': '99'}"));
        assertEquals(List.of(new Violation("version", "is read-only")), mergeViolations("{'version': 7}"));
    }

    @Test
    void unknownFieldInAPatchIsRefused() {
        assertEquals(
                List.of(new Violation("nickname", "is not a field of this resource")),
                mergeViolations("{'nickname': 'Nana'}"));
    }

    @Test
    void unknownOrReadOnlyFieldSetToNullInAPatchIsRefused() {
        assertEquals(
                List.of(new Violation("wechatID", "is not a field of this resource")),
                mergeViolations("{'wechatID': null}"));
        assertEquals(List.of(new Violation("id", "is read-only")), mergeViolations("{'id': null}"));
    }

    @Test
    void wrongTypesInAPatchAreRefused() {
        assertEquals(List.of(new Violation("name", "must be a string")), mergeViolations("{'name': 5}"));
        assertEquals(
                List.of(new Violation("consents.EMAIL", "must be true or false")),
                mergeViolations("{'consents': {'EMAIL': 'yes'}}"));
        assertEquals(
                List.of(new Violation("phones", "must be an array of strings")),
                mergeViolations("{'phones': '+8613700137000'}"));
    }

    @Test
    void mergeDoesNotValidateDomainRules() {
        // the merged data is only read; the domain validator checks it afterwards
        CustomerData merged = CustomerJson.merge(FULL, json("{'phones': ['12345']}"));

        assertEquals(List.of("12345"), merged.phones());
    }
}
