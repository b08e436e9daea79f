package io.crm.rest.customer;

import io.crm.customer.Address;
import io.crm.customer.AddressKind;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer's address as the API reads and shows it. */
@Schema(
        name = "Address",
        description =
                "A postal address. Personal data: for callers without customer:pii:read, district, street and "
                        + "postalCode come back masked (first character and ***); kind, country, province and city stay readable")
public record AddressJson(
        @Schema(
                type = SchemaType.STRING,
                enumeration = {"HOME", "WORK", "BILLING", "SHIPPING", "OTHER"},
                description = "What the address is for; OTHER when left out")
        AddressKind kind,

        @Schema(
                required = true,
                pattern = "[A-Za-z]{2}",
                example = "CN",
                description = "ISO 3166-1 alpha-2 country code, any case; stored upper case")
        String country,

        @Schema(maxLength = 100, example = "上海市") String province,
        @Schema(maxLength = 100, example = "上海市") String city,
        @Schema(maxLength = 100, example = "浦东新区") String district,
        @Schema(maxLength = 200, example = "世纪大道100号") String street,

        @Schema(maxLength = 20, example = "200120", description = "Letters, digits, spaces and '-'")
        String postalCode) {

    static AddressJson of(Address a) {
        return new AddressJson(a.kind(), a.country(), a.province(), a.city(), a.district(), a.street(), a.postalCode());
    }

    Address address() {
        return new Address(kind, country, province, city, district, street, postalCode);
    }
}
