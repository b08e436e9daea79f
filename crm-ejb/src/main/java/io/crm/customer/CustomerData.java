package io.crm.customer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything about a customer that a client may write. Lists are never null (empty instead); {@code tier} is a
 * tier set by hand, null when the computed tier applies; {@code ownerId} and {@code teamId} may be null on create
 * and then default to the caller and the owner's team; {@code externalId} is the customer's id in the system it came
 * from, unique, null when there is none; {@code custom} the values of custom fields by key (never null), as sent
 * before validation, typed after ({@link io.crm.customfield.CustomValues}). {@code addresses} are personal data like
 * phones and emails; {@code interests} are short labels like tags, not personal.
 */
public record CustomerData(
        CustomerType type,
        String name,
        List<String> phones,
        List<String> emails,
        String wechatId,
        List<Address> addresses,
        Gender gender,
        LocalDate birthday,
        String occupation,
        String region,
        String city,
        Source source,
        List<String> tags,
        List<String> interests,
        Map<ConsentChannel, Boolean> consents,
        String ownerId,
        String teamId,
        Tier tier,
        String externalId,
        Map<String, Object> custom) {

    public CustomerData {
        custom = custom == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(custom));
        phones = phones == null ? List.of() : List.copyOf(phones);
        emails = emails == null ? List.of() : List.copyOf(emails);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        tags = tags == null ? List.of() : List.copyOf(tags);
        interests = interests == null ? List.of() : List.copyOf(interests);
        consents = consents == null ? Map.of() : Map.copyOf(consents);
    }

    /** Without custom values. */
    public CustomerData(
            CustomerType type,
            String name,
            List<String> phones,
            List<String> emails,
            String wechatId,
            List<Address> addresses,
            Gender gender,
            LocalDate birthday,
            String occupation,
            String region,
            String city,
            Source source,
            List<String> tags,
            List<String> interests,
            Map<ConsentChannel, Boolean> consents,
            String ownerId,
            String teamId,
            Tier tier,
            String externalId) {
        this(
                type,
                name,
                phones,
                emails,
                wechatId,
                addresses,
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
                Map.of());
    }

    /** The same data with these custom values. */
    public CustomerData withCustom(Map<String, Object> values) {
        return new CustomerData(
                type,
                name,
                phones,
                emails,
                wechatId,
                addresses,
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
                values);
    }

    /** The case-folded name that prefix search matches on. */
    public static String nameKey(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    CustomerData withOwnership(String newOwnerId, String newTeamId) {
        return new CustomerData(
                type,
                name,
                phones,
                emails,
                wechatId,
                addresses,
                gender,
                birthday,
                occupation,
                region,
                city,
                source,
                tags,
                interests,
                consents,
                newOwnerId,
                newTeamId,
                tier,
                externalId,
                custom);
    }
}
