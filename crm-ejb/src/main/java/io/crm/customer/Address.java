package io.crm.customer;

import io.crm.permission.PiiMasker;
import java.util.ArrayList;
import java.util.List;

/**
 * A postal address of a customer: what it is for, the country (ISO 3166-1 alpha-2), then from the largest area to
 * the smallest. All of it is personal data; masked for a caller without customer:pii:read ({@link #masked}), the
 * kind, country, province and city stay readable (they say no more than the customer's region and city) and the
 * district, street and postal code keep only their first character.
 */
public record Address(
        AddressKind kind,
        String country,
        String province,
        String city,
        String district,
        String street,
        String postalCode) {

    /** The address as a caller without customer:pii:read sees it. */
    public Address masked() {
        return new Address(
                kind,
                country,
                province,
                city,
                PiiMasker.text(district),
                PiiMasker.text(street),
                PiiMasker.text(postalCode));
    }

    /** One line for the audit trail: {@code HOME: street, district, city, province, postalCode, CN}. */
    public String line() {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {street, district, city, province, postalCode, country}) {
            if (part != null) {
                parts.add(part);
            }
        }
        return (kind == null ? "" : kind.name() + ": ") + String.join(", ", parts);
    }
}
