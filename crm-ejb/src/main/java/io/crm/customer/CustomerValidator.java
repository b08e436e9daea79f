package io.crm.customer;

import io.crm.common.InvalidInputException;
import io.crm.common.Text;
import io.crm.common.TimeRanges;
import io.crm.common.Violation;
import io.crm.customfield.CustomFieldSet;
import io.crm.customfield.CustomValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The rules every customer must satisfy, applied on create and after every patch. It cleans what people type
 * (whitespace, Unicode normalization, phone formats) and reports every broken rule at once.
 */
public final class CustomerValidator {

    public static final int NAME_MAX = 200;
    public static final int SHORT_TEXT_MAX = 100;
    public static final int MAX_CONTACTS = 10;
    public static final int MAX_TAGS = 50;
    public static final int TAG_MAX = 50;
    public static final int MAX_INTERESTS = 50;
    public static final int MAX_ADDRESSES = 10;
    public static final int STREET_MAX = 200;

    /** Letters of any script with combining marks, spaces and the joiners used in names (O'Brien, 欧阳·娜娜, Jean-Luc). */
    private static final Pattern PERSON_NAME = Pattern.compile("[\\p{L}\\p{M}]+([ '’\\-.·・][\\p{L}\\p{M}]+)*\\.?");
    /** Company names also carry digits and the usual punctuation (58同城, AT&T, Smith & Sons (Asia) Ltd.). */
    private static final Pattern COMPANY_NAME =
            Pattern.compile("[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N} '’\\-.·・&,()（）/+]*");
    /** WeChat ids: 6-20 letters, digits, '-' or '_', starting with a letter. */
    private static final Pattern WECHAT_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{5,19}");

    /** Postal codes of any country: letters, digits, spaces and hyphens (200000, SW1A 1AA, 10115, 01310-100). */
    private static final Pattern POSTAL_CODE = Pattern.compile("[\\p{Alnum}][\\p{Alnum} -]{0,19}");

    private static final Set<String> COUNTRIES =
            Set.copyOf(java.util.Arrays.asList(java.util.Locale.getISOCountries()));

    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} _\\-.:/]*");
    private static final Pattern USER_OR_TEAM_ID = Pattern.compile("[\\p{L}\\p{N}_.@-]{1,100}");
    /** Ids that other systems give customers and purchases. */
    private static final Pattern EXTERNAL_ID = Pattern.compile("[\\p{L}\\p{N}_.:/#-]{1,100}");

    private CustomerValidator() {}

    /**
     * The cleaned data, or an {@link InvalidInputException} listing every violation; custom values are refused
     * (no field is defined).
     */
    public static CustomerData validate(CustomerData raw, LocalDate today) {
        return validate(raw, today, CustomFieldSet.NONE, null);
    }

    /**
     * The cleaned data with typed custom values, or an {@link InvalidInputException} listing every violation,
     * custom fields' included. {@code customBefore}: the custom values the customer held, null for a new customer.
     */
    public static CustomerData validate(
            CustomerData raw, LocalDate today, CustomFieldSet fields, Map<String, Object> customBefore) {
        List<Violation> violations = new ArrayList<>();
        CustomerType type = raw.type() == null ? CustomerType.PERSON : raw.type();

        String name = Text.clean(raw.name());
        if (name == null) {
            violations.add(new Violation("name", "is required"));
        } else if (Text.length(name) > NAME_MAX) {
            violations.add(new Violation("name", "must be at most " + NAME_MAX + " characters"));
        } else if (!(type == CustomerType.PERSON ? PERSON_NAME : COMPANY_NAME)
                .matcher(name)
                .matches()) {
            violations.add(new Violation(
                    "name",
                    type == CustomerType.PERSON
                            ? "must be a person's name: letters of any script, with spaces, apostrophes, hyphens, dots or ·"
                            : "must be a company name: letters, digits, spaces and & , . ( ) - / + '"));
        }

        List<String> phones = normalizeList(
                "phones",
                raw.phones(),
                MAX_CONTACTS,
                ContactPoints::phone,
                Function.identity(),
                "must be a valid international phone number in E.164 form, such as +8613800138000",
                violations);
        List<String> emails = normalizeList(
                "emails",
                raw.emails(),
                MAX_CONTACTS,
                ContactPoints::email,
                ContactPoints::emailKey,
                "must be a valid email address",
                violations);

        String wechatId = Text.clean(raw.wechatId());
        if (wechatId != null && !WECHAT_ID.matcher(wechatId).matches()) {
            violations.add(
                    new Violation("wechatId", "must be 6-20 letters, digits, '-' or '_', starting with a letter"));
        }

        List<Address> addresses = addresses(raw.addresses(), violations);

        TimeRanges.birthday("birthday", raw.birthday(), today, violations);
        if (raw.birthday() != null && type == CustomerType.COMPANY) {
            violations.add(new Violation("birthday", "applies to persons only"));
        }
        if (raw.gender() != null && type == CustomerType.COMPANY) {
            violations.add(new Violation("gender", "applies to persons only"));
        }

        String occupation = shortText("occupation", raw.occupation(), violations);
        String region = shortText("region", raw.region(), violations);
        String city = shortText("city", raw.city(), violations);

        List<String> tags = labels("tags", raw.tags(), MAX_TAGS, violations);
        List<String> interests = labels("interests", raw.interests(), MAX_INTERESTS, violations);

        String ownerId = identifier("ownerId", raw.ownerId(), violations);
        String teamId = identifier("teamId", raw.teamId(), violations);
        String externalId = externalId(raw.externalId(), violations);
        Map<String, Object> custom = CustomValues.validate(raw.custom(), customBefore, fields, violations);

        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new CustomerData(
                type,
                name,
                phones,
                emails,
                wechatId,
                addresses,
                raw.gender(),
                raw.birthday(),
                occupation,
                region,
                city,
                raw.source(),
                tags,
                interests,
                raw.consents(),
                ownerId,
                teamId,
                raw.tier(),
                externalId,
                custom);
    }

    /** Normalizes each entry; entries whose key repeats an earlier one are refused. */
    private static List<String> normalizeList(
            String field,
            List<String> values,
            int max,
            Function<String, Optional<String>> normalizer,
            Function<String, String> key,
            String message,
            List<Violation> violations) {
        if (values.size() > max) {
            violations.add(new Violation(field, "at most " + max + " entries"));
            return List.of();
        }
        List<String> result = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            Optional<String> normalized = value == null ? Optional.empty() : normalizer.apply(value);
            if (normalized.isEmpty()) {
                violations.add(new Violation(field + "[" + i + "]", message));
            } else if (!keys.add(key.apply(normalized.get()))) {
                violations.add(new Violation(field + "[" + i + "]", "repeats an earlier entry"));
            } else {
                result.add(normalized.get());
            }
        }
        return List.copyOf(result);
    }

    /** Tags and interests: short labels, each once. */
    private static List<String> labels(String field, List<String> values, int max, List<Violation> violations) {
        return normalizeList(
                field,
                values,
                max,
                label -> {
                    String clean = Text.clean(label);
                    return clean != null
                                    && Text.length(clean) <= TAG_MAX
                                    && TAG.matcher(clean).matches()
                            ? Optional.of(clean)
                            : Optional.empty();
                },
                Function.identity(),
                "must be 1-" + TAG_MAX + " letters, digits, spaces or _ - . : /, starting with a letter or digit",
                violations);
    }

    /**
     * Each address cleaned: a kind (OTHER when absent), a known ISO 3166-1 alpha-2 country (any case, stored upper
     * case), at least one part besides the country, short texts without control characters; each address once.
     */
    private static List<Address> addresses(List<Address> values, List<Violation> violations) {
        if (values.size() > MAX_ADDRESSES) {
            violations.add(new Violation("addresses", "at most " + MAX_ADDRESSES + " entries"));
            return List.of();
        }
        List<Address> result = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String at = "addresses[" + i + "]";
            Address raw = values.get(i);
            if (raw == null) {
                violations.add(new Violation(at, "must be an address"));
                continue;
            }
            int before = violations.size();
            String country = Text.clean(raw.country());
            if (country == null) {
                violations.add(new Violation(at + ".country", "is required"));
            } else {
                country = country.toUpperCase(java.util.Locale.ROOT);
                if (!COUNTRIES.contains(country)) {
                    violations.add(
                            new Violation(at + ".country", "must be an ISO 3166-1 alpha-2 country code, such as CN"));
                }
            }
            String province = shortText(at + ".province", raw.province(), violations);
            String city = shortText(at + ".city", raw.city(), violations);
            String district = shortText(at + ".district", raw.district(), violations);
            String street = text(at + ".street", raw.street(), STREET_MAX, violations);
            String postalCode = Text.clean(raw.postalCode());
            if (postalCode != null) { // full-width digits and letters typed on a Chinese keyboard read as ASCII
                postalCode = java.text.Normalizer.normalize(postalCode, java.text.Normalizer.Form.NFKC);
            }
            if (postalCode != null && !POSTAL_CODE.matcher(postalCode).matches()) {
                violations.add(new Violation(
                        at + ".postalCode",
                        "must be 1-20 letters, digits, spaces or '-', starting with a letter or digit"));
            }
            if (province == null && city == null && district == null && street == null && postalCode == null) {
                violations.add(new Violation(
                        at, "needs more than a country: a province, city, district, street or postal code"));
            }
            if (violations.size() > before) {
                continue;
            }
            Address clean = new Address(
                    raw.kind() == null ? AddressKind.OTHER : raw.kind(),
                    country,
                    province,
                    city,
                    district,
                    street,
                    postalCode);
            if (result.contains(clean)) {
                violations.add(new Violation(at, "repeats an earlier entry"));
            } else {
                result.add(clean);
            }
        }
        return List.copyOf(result);
    }

    private static String shortText(String field, String value, List<Violation> violations) {
        return text(field, value, SHORT_TEXT_MAX, violations);
    }

    private static String text(String field, String value, int max, List<Violation> violations) {
        String clean = Text.clean(value);
        if (clean != null && (Text.length(clean) > max || Text.hasControlCharacters(clean))) {
            violations.add(new Violation(field, "must be at most " + max + " characters, without control characters"));
        }
        return clean;
    }

    /** The id another system gives a customer or a purchase, cleaned; null when there is none. */
    static String externalId(String value, List<Violation> violations) {
        String clean = Text.clean(value);
        if (clean != null && !EXTERNAL_ID.matcher(clean).matches()) {
            violations.add(new Violation("externalId", "must be 1-100 letters, digits or _ . : / # -"));
        }
        return clean;
    }

    private static String identifier(String field, String value, List<Violation> violations) {
        if (value == null) {
            return null;
        }
        if (!USER_OR_TEAM_ID.matcher(value).matches()) {
            violations.add(new Violation(field, "must be a user or team id (letters, digits, _ . @ -)"));
        }
        return value;
    }
}
