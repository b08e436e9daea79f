package io.crm.customer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crm.common.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A caller without customer:pii:read may change a customer, but none of its personal data. */
class PersonalDataChangeTest {

    private static final Address HOME = new Address(AddressKind.HOME, "CN", null, "上海市", null, "世纪大道100号", null);

    private static CustomerData customer(List<Address> addresses, List<String> interests) {
        return new CustomerData(
                CustomerType.PERSON,
                "张伟",
                List.of("+8613800138000"),
                List.of(),
                null,
                addresses,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                interests,
                Map.of(),
                "sales1",
                null,
                null,
                null);
    }

    @Test
    void addressesArePersonalAndInterestsAreNot() {
        CustomerData before = customer(List.of(HOME), List.of("golf"));

        InvalidInputException added = assertThrows(
                InvalidInputException.class,
                () -> CustomerService.refusePersonalDataChange(
                        before,
                        customer(
                                List.of(HOME, new Address(AddressKind.WORK, "CN", null, "北京市", null, null, null)),
                                List.of("golf"))));
        InvalidInputException removed = assertThrows(
                InvalidInputException.class,
                () -> CustomerService.refusePersonalDataChange(before, customer(List.of(), List.of("golf"))));

        assertEquals("addresses", added.violations().get(0).field());
        assertEquals("addresses", removed.violations().get(0).field());
        assertDoesNotThrow(() -> CustomerService.refusePersonalDataChange(before, customer(List.of(HOME), List.of())));
    }
}
