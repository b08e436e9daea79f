package io.crm.rest.customer;

import io.crm.customer.ConsentChannel;
import io.crm.customer.CustomerData;
import io.crm.customer.CustomerType;
import io.crm.customer.Gender;
import io.crm.customer.Source;
import io.crm.customer.Tier;
import io.crm.rest.json.ReadOnly;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client writes of a customer. Its rules (names, phones, emails, dates relative to today, what a caller without
 * customer:pii:read may change) are checked by the service, all at once; duplicates need the database.
 */
@Schema(name = "CustomerRequest", description = "A customer's writable fields")
@ReadOnly({
    "id",
    "version",
    "lifecycleStage",
    "membershipLevel",
    "rfm",
    "tierSetByHand",
    "piiMasked",
    "createdAt",
    "updatedAt"
})
public record CustomerRequest(
        @Schema(description = "Defaults to PERSON") CustomerType type,

        @Schema(required = true, description = "A person's or a company's name; Chinese and Latin scripts")
        String name,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "E.164 or national numbers; stored normalized")
        List<String> phones,

        List<String> emails,
        String wechatId,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = AddressJson.class,
                description =
                        "Postal addresses, at most 10; personal data. In a merge patch, the list is replaced whole")
        List<AddressJson> addresses,

        Gender gender,
        LocalDate birthday,
        String occupation,
        String region,
        String city,
        Source source,
        List<String> tags,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "What the customer is interested in: at most 50 labels, written like tags")
        List<String> interests,

        @Schema(description = "Consent per channel; null removes a channel in a merge patch")
        Map<ConsentChannel, Boolean> consents,

        @Schema(description = "Defaults to you") String ownerId,

        @Schema(description = "Defaults to the owner's team")
        String teamId,

        @Schema(description = "A tier set by hand; null lets the computed tier apply")
        Tier tier,

        @Schema(
                description = "The customer's id in the system it came from: 1-100 letters, digits or _ . : / # -; "
                        + "unique")
        String externalId,

        @Schema(
                type = SchemaType.OBJECT,
                description = "Values of custom fields by key; in a merge patch, null removes a value")
        JsonObject custom) {

    static CustomerRequest of(CustomerData d) {
        return new CustomerRequest(
                d.type(),
                d.name(),
                d.phones(),
                d.emails(),
                d.wechatId(),
                d.addresses().stream().map(AddressJson::of).toList(),
                d.gender(),
                d.birthday(),
                d.occupation(),
                d.region(),
                d.city(),
                d.source(),
                d.tags(),
                d.interests(),
                d.consents(),
                d.ownerId(),
                d.teamId(),
                d.tier(),
                d.externalId(),
                CustomJson.write(d.custom()));
    }

    CustomerData data() {
        return new CustomerData(
                type,
                name,
                phones,
                emails,
                wechatId,
                addresses == null
                        ? List.of()
                        : addresses.stream().map(AddressJson::address).toList(),
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
                externalId,
                CustomJson.read(custom));
    }
}
