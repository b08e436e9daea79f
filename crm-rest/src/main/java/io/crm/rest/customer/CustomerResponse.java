package io.crm.rest.customer;

import io.crm.customer.CustomerType;
import io.crm.customer.CustomerView;
import io.crm.customer.Gender;
import io.crm.customer.LifecycleStage;
import io.crm.customer.Source;
import io.crm.customer.Tier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A customer as the API shows it. Personal fields are masked for callers without customer:pii:read. */
@Schema(name = "Customer", description = "A person or company. Personal fields (phones, emails, wechatId, birthday) "
        + "come back masked (+86138****8000, z***@example.com, ****-**-**) for callers without customer:pii:read.")
public record CustomerResponse(
        @Schema(readOnly = true, description = "Opaque id") String id,
        @Schema(defaultValue = "PERSON") CustomerType type,
        @Schema(required = true, maxLength = 200, example = "张伟",
                description = "Person: letters of any script with spaces, ' - . ·; company: also digits and & , ( ) / +") String name,
        @Schema(description = "International numbers; stored in E.164 (+8613800138000). At most 10.") List<String> phones,
        @Schema(description = "Email addresses. At most 10.") List<String> emails,
        @Schema(pattern = "[A-Za-z][A-Za-z0-9_-]{5,19}") String wechatId,
        Gender gender,
        @Schema(format = "date", description = "YYYY-MM-DD, persons only") String birthday,
        @Schema(maxLength = 100) String occupation,
        @Schema(maxLength = 100, example = "华东") String region,
        @Schema(maxLength = 100, example = "上海") String city,
        Source source,
        @Schema(description = "At most 50 tags of 1-50 characters") List<String> tags,
        @Schema(description = "Marketing consent per channel (EMAIL, SMS, WECHAT, PHONE); absent means never given")
        Map<String, Boolean> consents,
        @Schema(description = "Owning user; defaults to the caller. Changing it needs customer:reassign") String ownerId,
        @Schema(description = "Owning team; defaults to the owner's team") String teamId,
        @Schema(description = "The tier in force. Writing it sets the tier by hand; writing null returns to the computed tier")
        Tier tier,
        @Schema(readOnly = true) boolean tierSetByHand,
        @Schema(readOnly = true) LifecycleStage lifecycleStage,
        @Schema(readOnly = true) Rfm rfm,
        @Schema(readOnly = true, description = "True when personal fields are masked for this caller") boolean piiMasked,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt) {

    /** Value metrics: R, F, M scores 1-5 (null until the scoring job ran) and the purchase aggregates. */
    @Schema(name = "Rfm")
    public record Rfm(Integer recency, Integer frequency, Integer monetary, Instant lastPurchaseAt, int purchaseCount,
                      @Schema(description = "Decimal string in the deployment currency", example = "1234.50") String totalSpend) {
    }

    static CustomerResponse of(CustomerView v) {
        Map<String, Boolean> consents = new LinkedHashMap<>();
        v.consents().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> consents.put(e.getKey().name(), e.getValue()));
        CustomerView.RfmView r = v.rfm();
        return new CustomerResponse(Long.toString(v.id()), v.type(), v.name(), v.phones(), v.emails(), v.wechatId(),
                v.gender(), v.birthday(), v.occupation(), v.region(), v.city(), v.source(), v.tags(), consents,
                v.ownerId(), v.teamId(), v.tier(), v.tierSetByHand(), v.lifecycleStage(),
                new Rfm(r.recency(), r.frequency(), r.monetary(), r.lastPurchaseAt(), r.purchaseCount(),
                        money(r.totalSpend())),
                v.piiMasked(), v.createdAt(), v.updatedAt());
    }

    /** Money as a plain decimal string with at least two decimals ("1234.50"). */
    static String money(BigDecimal amount) {
        return amount.setScale(Math.max(2, amount.stripTrailingZeros().scale())).toPlainString();
    }
}
