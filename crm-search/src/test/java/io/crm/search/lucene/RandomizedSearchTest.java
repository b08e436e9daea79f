package io.crm.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crm.indexing.SearchDocument;
import io.crm.indexing.SearchType;
import io.crm.permission.Reach;
import io.crm.search.DocumentBuilder;
import io.crm.search.SearchRequest;
import io.crm.search.SearchResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Lucene-style randomized check: for random records, reaches, filters and queries, the set of hits served over all
 * pages, and the total, equal a brute-force filter over the same records. The seed is printed on failure.
 */
class RandomizedSearchTest {

    private static final String[] WORDS = {"退款", "回访", "拍摄", "发票", "合同", "alpha", "bravo", "delta", "kilo", "tango"};
    private static final String[] USERS = {"u1", "u2", "u3", "u4"};
    private static final String[] TEAMS = {"t1", "t2", "t3"};
    private static final String[] CHANNELS = {"PHONE", "VISIT", "EMAIL"};
    private static final String[] STATUSES = {"PLANNED", "DONE"};

    record Record(SearchDocument document, Set<String> words, String phone) {}

    @Test
    void hitsEqualABruteForceFilter() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<Record> records = new ArrayList<>();
        try (LuceneIndex index = LuceneIndex.open(new ByteBuffersDirectory())) {
            for (int i = 1; i <= 300; i++) {
                records.add(record(random, i));
            }
            index.apply(records.stream().map(Record::document).toList(), List.of());
            for (int i = 0; i < 30; i++) {
                // Rewrite some records and delete others, as the outbox would.
                Record changed = record(random, 1 + random.nextInt(300));
                records.removeIf(
                        r -> r.document().key().equals(changed.document().key()));
                if (random.nextBoolean()) {
                    records.add(changed);
                    index.apply(List.of(changed.document()), List.of());
                } else {
                    index.apply(List.of(), List.of(changed.document().key()));
                }
            }
            index.refresh();
            for (int round = 0; round < 200; round++) {
                check(index, records, random, seed + "/" + round);
            }
        }
    }

    private static void check(LuceneIndex index, List<Record> records, Random random, String where) {
        Reach reach = random.nextInt(8) == 0
                ? Reach.EVERYTHING
                : new Reach(false, some(random, USERS), some(random, TEAMS), some(random, USERS), some(random, TEAMS));
        boolean clearPii = random.nextBoolean();
        String w1 = WORDS[random.nextInt(WORDS.length)];
        String w2 = WORDS[random.nextInt(WORDS.length)];
        String q;
        Predicate<Record> matches;
        switch (random.nextInt(5)) {
            case 0 -> {
                q = w1;
                matches = r -> r.words().contains(w1);
            }
            case 1 -> {
                q = w1 + " " + w2;
                matches = r -> r.words().contains(w1) && r.words().contains(w2);
            }
            case 2 -> {
                q = w1 + " OR " + w2;
                matches = r -> r.words().contains(w1) || r.words().contains(w2);
            }
            case 3 -> {
                q = w1 + " -" + w2;
                matches = r -> r.words().contains(w1) && !r.words().contains(w2);
            }
            default -> {
                Record any = records.get(random.nextInt(records.size()));
                String phone = any.phone() == null ? "13900000000" : any.phone();
                q = phone;
                matches = r -> clearPii && phone.equals(r.phone());
            }
        }
        Set<SearchType> types = random.nextInt(3) == 0 ? Set.of(SearchType.values()[random.nextInt(2)]) : Set.of();
        Long customerId = random.nextInt(3) == 0 ? (long) (1 + random.nextInt(3)) : null;
        String author = random.nextInt(4) == 0 ? USERS[random.nextInt(USERS.length)] : null;
        String channel = random.nextInt(4) == 0 ? CHANNELS[random.nextInt(CHANNELS.length)] : null;
        String status = random.nextInt(4) == 0 ? STATUSES[random.nextInt(STATUSES.length)] : null;
        Instant from = random.nextInt(3) == 0 ? DocumentBuilder.EPOCH.plusSeconds(60L * random.nextInt(300)) : null;
        Instant to =
                random.nextInt(3) == 0 ? DocumentBuilder.EPOCH.plusSeconds(60L * (300 + random.nextInt(300))) : null;

        Set<String> expected = records.stream()
                .filter(matches)
                .map(Record::document)
                .filter(d -> reach.reaches(d.ownerId(), d.teamId(), d.shareUserIds(), d.shareTeamIds()))
                .filter(d -> types.isEmpty() || types.contains(d.type()))
                .filter(d -> customerId == null || d.customerId() == customerId)
                .filter(d -> author == null || author.equals(d.authorId()))
                .filter(d -> channel == null || channel.equals(d.channel()))
                .filter(d -> status == null || status.equals(d.status()))
                .filter(d -> from == null || !d.createdAt().isBefore(from))
                .filter(d -> to == null || d.createdAt().isBefore(to))
                .map(SearchDocument::key)
                .collect(Collectors.toSet());

        SearchRequest request = new SearchRequest(
                q, types, customerId, author, channel, status, from, to, 1 + random.nextInt(40), null);
        Set<String> served = new HashSet<>();
        long total;
        do {
            SearchResult page = index.search(request, reach, clearPii);
            total = page.total();
            page.items().forEach(hit -> served.add(SearchDocument.key(hit.type(), hit.id())));
            request = request.withCursor(page.next());
        } while (request.cursor() != null);
        String context = where + " q=" + q + " reach=" + reach + " clearPii=" + clearPii + " request=" + request;
        assertEquals(expected, served, context);
        assertEquals(expected.size(), total, context);
    }

    private static Record record(Random random, long id) {
        Set<String> words = new HashSet<>();
        List<String> text = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            words.add(word);
            text.add(word);
        }
        String phone = random.nextInt(4) == 0 ? "139" + String.format("%08d", random.nextInt(100_000_000)) : null;
        if (phone != null) {
            text.add(random.nextInt(text.size() + 1), phone);
        }
        boolean note = random.nextBoolean();
        DocumentBuilder builder = note
                ? DocumentBuilder.note(id)
                : DocumentBuilder.followUp(id)
                        .channel(CHANNELS[random.nextInt(CHANNELS.length)])
                        .status(STATUSES[random.nextInt(STATUSES.length)]);
        builder.customer(1 + random.nextInt(3), "C" + id)
                .author(USERS[random.nextInt(USERS.length)])
                .createdAt(DocumentBuilder.EPOCH.plusSeconds(60L * random.nextInt(600)))
                .owner(USERS[random.nextInt(USERS.length)])
                .team(random.nextBoolean() ? TEAMS[random.nextInt(TEAMS.length)] : null)
                .sharedWithUsers(some(random, USERS).toArray(String[]::new))
                .sharedWithTeams(some(random, TEAMS).toArray(String[]::new))
                .text(String.join(random.nextBoolean() ? " " : "，", text));
        return new Record(builder.build(), words, phone);
    }

    private static Set<String> some(Random random, String[] values) {
        return Arrays.stream(values).filter(v -> random.nextInt(4) == 0).collect(Collectors.toSet());
    }
}
