package io.crm.customer;

import io.crm.common.InvalidInputException;
import io.crm.common.TimeRanges;
import io.crm.common.Times;
import io.crm.common.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** A purchase as a client records it: a positive amount in the deployment's currency, when it happened. */
public record PurchaseData(BigDecimal amount, String currency, OffsetDateTime occurredAt, String externalId) {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    /** Checks the purchase against the rules and the deployment's currency; returns it with the amount scaled. */
    public static PurchaseData validate(
            BigDecimal amount,
            String currency,
            Instant occurredAt,
            String externalId,
            String deploymentCurrency,
            Instant now) {
        List<Violation> violations = new ArrayList<>();
        int fractionDigits = Currency.getInstance(deploymentCurrency).getDefaultFractionDigits();
        if (amount == null) {
            violations.add(new Violation("amount", "is required"));
        } else if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) >= 0) {
            violations.add(
                    new Violation("amount", "must be greater than 0 and less than " + MAX_AMOUNT.toPlainString()));
        } else if (amount.stripTrailingZeros().scale() > fractionDigits) {
            violations.add(
                    new Violation("amount", "has more than " + fractionDigits + " decimals for " + deploymentCurrency));
        }
        if (currency == null) {
            violations.add(new Violation("currency", "is required"));
        } else if (!currency.equals(deploymentCurrency)) {
            violations.add(
                    new Violation("currency", "must be " + deploymentCurrency + ", the currency of this deployment"));
        }
        if (occurredAt == null) {
            violations.add(new Violation("occurredAt", "is required"));
        } else if (TimeRanges.happened(occurredAt, now) != null) {
            violations.add(new Violation("occurredAt", TimeRanges.happened(occurredAt, now)));
        }
        String cleanExternalId = CustomerValidator.externalId(externalId, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new PurchaseData(
                amount.setScale(Math.max(fractionDigits, 0)), currency, Times.utc(occurredAt), cleanExternalId);
    }
}
