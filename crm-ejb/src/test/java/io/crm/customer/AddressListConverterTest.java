package io.crm.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AddressListConverterTest {

    @Test
    void addressesComeBackAsTheyWereWrittenAbsentPartsIncluded() {
        List<Address> addresses = List.of(
                new Address(AddressKind.HOME, "CN", "上海市", "上海市", "浦东新区", "世纪大道100号 \"B座\"", "200120"),
                new Address(AddressKind.SHIPPING, "GB", null, "London", null, "10 Downing Street\\", null));

        String json = AddressListConverter.toJson(addresses);

        assertEquals(addresses, AddressListConverter.fromJson(json));
    }
}
