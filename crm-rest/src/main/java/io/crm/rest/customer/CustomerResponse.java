package io.crm.rest.customer;

import io.crm.customer.CustomerType;
import io.crm.customer.CustomerView;
import io.crm.customer.Gender;
import io.crm.customer.LifecycleStage;
import io.crm.customer.Source;
import io.crm.customer.Tier;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A customer as the API shows it, and the schema of the fields clients write. Public fields, because that is
 * what both JSON-B and the OpenAPI scanner read without ceremony.
 */
@Schema(
        name = "Customer",
        description = "A person or company. Personal fields (phones, emails, wechatId, addresses, birthday) "
                + "come back masked (+86138****8000, z***@example.com, ****-**-**; an address's district, street and "
                + "postal code 浦***) for callers without customer:pii:read.")
@JsonbPropertyOrder({
    "id",
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
    "consents",
    "ownerId",
    "teamId",
    "externalId",
    "custom",
    "tier",
    "tierSetByHand",
    "lifecycleStage",
    "membershipLevel",
    "rfm",
    "piiMasked",
    "createdAt",
    "updatedAt"
})
public class CustomerResponse {

    @Schema(readOnly = true, description = "Opaque id")
    public final String id;

    @Schema(description = "PERSON (the default) or COMPANY")
    public final CustomerType type;

    @Schema(
            required = true,
            maxLength = 200,
            example = "张伟",
            description = "Person: letters of any script with spaces, ' - . ·; company: also digits and & , ( ) / +")
    public final String name;

    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            description = "International numbers, stored in E.164 (+8613800138000); at most 10")
    public final List<String> phones;

    @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "Email addresses; at most 10")
    public final List<String> emails;

    @Schema(pattern = "[A-Za-z][A-Za-z0-9_-]{5,19}")
    public final String wechatId;

    @Schema(
            type = SchemaType.ARRAY,
            implementation = AddressJson.class,
            description = "Postal addresses; at most 10. In a patch, the list is replaced whole")
    public final List<AddressJson> addresses;

    public final Gender gender;

    @Schema(format = "date", description = "YYYY-MM-DD, from 1900-01-01 to today; persons only")
    public final String birthday;

    @Schema(maxLength = 100)
    public final String occupation;

    @Schema(maxLength = 100, example = "华东")
    public final String region;

    @Schema(maxLength = 100, example = "上海")
    public final String city;

    public final Source source;

    @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "At most 50 tags of 1-50 characters")
    public final List<String> tags;

    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            description = "What the customer is interested in: at most 50 labels of 1-50 characters, written like tags")
    public final List<String> interests;

    @Schema(
            description =
                    "Marketing consent per channel (EMAIL, SMS, WECHAT, PHONE); an absent channel was never asked. "
                            + "In a patch, a null value removes the channel.")
    public final Map<String, Boolean> consents;

    @Schema(description = "Owning user; defaults to the caller. Changing it needs customer:reassign")
    public final String ownerId;

    @Schema(description = "Owning team; defaults to the owner's team")
    public final String teamId;

    @Schema(
            description = "The customer's id in the system it came from (an ERP, a shop); unique. POST /customers/bulk "
                    + "updates the customer that carries it instead of creating another")
    public final String externalId;

    @Schema(
            type = SchemaType.OBJECT,
            description =
                    "Values of custom fields by key (GET /admin/custom-fields lists the fields; absent when none): a string, a "
                            + "number, a decimal number, true/false, a date (yyyy-mm-dd), an enum value or, for a multi-enum, "
                            + "a list of values. Number, decimal and boolean values may be written as strings that hold one. "
                            + "In a merge patch, null removes a value. A personal field's value comes back masked for callers "
                            + "without customer:pii:read (z***, ****-**-**, ***).",
            example = "{\"membership_no\": \"M-1001\", \"shoe_size\": 42, \"interests\": [\"golf\"]}")
    public final Map<String, Object> custom;

    @Schema(
            description =
                    "The tier in force. Writing it sets the tier by hand; writing null returns to the computed tier")
    public final Tier tier;

    @Schema(readOnly = true)
    public final boolean tierSetByHand;

    @Schema(readOnly = true)
    public final LifecycleStage lifecycleStage;

    @Schema(
            readOnly = true,
            description = "The membership level (GET /membership-levels), set by the customer-scoring job; absent "
                    + "until levels are set and the job ran")
    public final String membershipLevel;

    @Schema(readOnly = true)
    public final Rfm rfm;

    @Schema(readOnly = true, description = "True when personal fields are masked for this caller")
    public final boolean piiMasked;

    @Schema(readOnly = true)
    public final Instant createdAt;

    @Schema(readOnly = true)
    public final Instant updatedAt;

    CustomerResponse(CustomerView v) {
        id = Long.toString(v.id());
        type = v.type();
        name = v.name();
        phones = v.phones();
        emails = v.emails();
        wechatId = v.wechatId();
        addresses = v.addresses().stream().map(AddressJson::of).toList();
        gender = v.gender();
        birthday = v.birthday();
        occupation = v.occupation();
        region = v.region();
        city = v.city();
        source = v.source();
        tags = v.tags();
        interests = v.interests();
        consents = new LinkedHashMap<>();
        v.consents().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> consents.put(e.getKey().name(), e.getValue()));
        ownerId = v.ownerId();
        teamId = v.teamId();
        externalId = v.externalId();
        custom = v.custom().isEmpty() ? null : v.custom();
        tier = v.tier();
        tierSetByHand = v.tierSetByHand();
        lifecycleStage = v.lifecycleStage();
        membershipLevel = v.membershipLevel();
        rfm = new Rfm(v.rfm());
        piiMasked = v.piiMasked();
        createdAt = v.createdAt();
        updatedAt = v.updatedAt();
    }

    public static CustomerResponse of(CustomerView v) {
        return new CustomerResponse(v);
    }

    /** Money as a plain decimal string with at least two decimals ("1234.50"). */
    static String money(BigDecimal amount) {
        return amount.setScale(Math.max(2, amount.stripTrailingZeros().scale())).toPlainString();
    }

    /** Value metrics: R, F, M scores 1-5 (null until the scoring job ran) and the purchase aggregates. */
    @Schema(name = "Rfm")
    @JsonbPropertyOrder({"recency", "frequency", "monetary", "lastPurchaseAt", "purchaseCount", "totalSpend"})
    public static class Rfm {
        @Schema(minimum = "1", maximum = "5")
        public final Integer recency;

        @Schema(minimum = "1", maximum = "5")
        public final Integer frequency;

        @Schema(minimum = "1", maximum = "5")
        public final Integer monetary;

        public final Instant lastPurchaseAt;
        public final int purchaseCount;

        @Schema(description = "Decimal string in the deployment currency", example = "1234.50")
        public final String totalSpend;

        Rfm(CustomerView.RfmView r) {
            recency = r.recency();
            frequency = r.frequency();
            monetary = r.monetary();
            lastPurchaseAt = r.lastPurchaseAt();
            purchaseCount = r.purchaseCount();
            totalSpend = money(r.totalSpend());
        }
    }

    /** One page of customers, for the OpenAPI document. */
    @Schema(name = "CustomerPage")
    public static class Page {
        public List<CustomerResponse> items;

        @Schema(nullable = true, description = "Cursor of the next page; null on the last page")
        public String next;
    }
}
