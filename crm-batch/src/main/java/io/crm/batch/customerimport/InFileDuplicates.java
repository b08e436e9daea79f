package io.crm.batch.customerimport;

import io.crm.customer.ContactPoints;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * Rows of one file that are the same customer as an earlier row: the same externalId, or a phone or email that,
 * normalized as the CRM stores it, an earlier row carries. The first row carrying a key keeps it; a later one is
 * refused, naming the first line, whatever the policy (two rows of one customer in one file are a mistake of the
 * source: which of them should win is not for the import to guess). Keys are kept as 64-bit digests in
 * {@link KeyLines}, at most 24 bytes a key: a file of a million rows with three keys each needs some 72 MB while it is
 * scanned.
 */
final class InFileDuplicates {

    /** Why a row is refused: the field and the reason naming the earlier line. */
    record Repeat(String field, String reason) {}

    private final KeyLines firstLine = new KeyLines();

    /** Notes the row's keys; a repeat of an earlier row's key when it carries one. */
    Optional<Repeat> check(long line, String externalId, List<String> phones, List<String> emails) {
        Optional<Repeat> repeat = Optional.empty();
        if (externalId != null && !externalId.isBlank()) {
            repeat = seen(line, "externalId:" + externalId.strip(), "externalId", "the same externalId");
        }
        for (String phone : phones) {
            Optional<String> normalized = ContactPoints.phone(phone);
            if (repeat.isEmpty() && normalized.isPresent()) {
                repeat = seen(line, "phone:" + normalized.get(), "phones", "the same phone");
            }
        }
        for (String email : emails) {
            Optional<String> normalized = ContactPoints.email(email);
            if (repeat.isEmpty() && normalized.isPresent()) {
                repeat = seen(line, "email:" + ContactPoints.emailKey(normalized.get()), "emails", "the same email");
            }
        }
        if (repeat.isEmpty()) {
            // only a row that is taken claims its keys: a repeat's other keys stay free for later rows to report
            claim(line, externalId, phones, emails);
        }
        return repeat;
    }

    private Optional<Repeat> seen(long line, String key, String field, String what) {
        int first = firstLine.get(digest(key));
        if (first == 0 || first == line) {
            return Optional.empty();
        }
        return Optional.of(new Repeat(
                field,
                "repeats line " + first + " (" + what + "): a customer is taken once per file; fix or remove one of"
                        + " the two rows"));
    }

    private void claim(long line, String externalId, List<String> phones, List<String> emails) {
        if (externalId != null && !externalId.isBlank()) {
            firstLine.putIfAbsent(digest("externalId:" + externalId.strip()), (int) line);
        }
        phones.forEach(p ->
                ContactPoints.phone(p).ifPresent(n -> firstLine.putIfAbsent(digest("phone:" + n), (int) line)));
        emails.forEach(e -> ContactPoints.email(e)
                .ifPresent(n -> firstLine.putIfAbsent(digest("email:" + ContactPoints.emailKey(n)), (int) line)));
    }

    private static long digest(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (d[i] & 0xFF);
            }
            return v;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
