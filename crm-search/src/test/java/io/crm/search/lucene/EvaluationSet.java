package io.crm.search.lucene;

import io.crm.indexing.SearchDocument;
import io.crm.search.DocumentBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The judged evaluation set of search relevance (test resources {@code search-eval/}): realistic notes and
 * follow-ups mixing Chinese and English, and queries with the ids of the records a user typing them wants.
 */
final class EvaluationSet {

    record Judged(String query, Set<Long> relevant) {}

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "杰", "涛", "明"};
    private static final String[] LATIN = {"wang", "li", "zhang", "liu", "chen", "yang", "anna", "tom", "lucy"};

    private EvaluationSet() {}

    static List<SearchDocument> documents() {
        List<SearchDocument> documents = new ArrayList<>();
        for (String[] row : rows("search-eval/documents.tsv")) {
            long id = Long.parseLong(row[0]);
            DocumentBuilder builder = "NOTE".equals(row[1]) ? DocumentBuilder.note(id) : DocumentBuilder.followUp(id);
            documents.add(builder.customer(id, "C" + id).text(row[2]).build());
        }
        return documents;
    }

    static List<Judged> queries() {
        return rows("search-eval/queries.tsv").stream()
                .map(row -> new Judged(
                        row[0],
                        Arrays.stream(row[1].split(",")).map(Long::valueOf).collect(Collectors.toUnmodifiableSet())))
                .toList();
    }

    /**
     * A corpus of the given size for measuring index size and speed: each record a few clauses of the judged
     * records recombined, with names, amounts and order numbers, and a phone or an email in about a third.
     */
    static List<SearchDocument> generatedCorpus(int size, long seed) {
        Random random = new Random(seed);
        List<String> clauses = documents().stream()
                .flatMap(doc -> Arrays.stream(doc.text().split("[，。；;,.:：]")))
                .map(String::trim)
                .filter(clause -> clause.length() > 3)
                .toList();
        List<SearchDocument> corpus = new ArrayList<>(size);
        for (int i = 1; i <= size; i++) {
            StringBuilder text = new StringBuilder();
            text.append(SURNAMES[random.nextInt(SURNAMES.length)])
                    .append(GIVEN[random.nextInt(GIVEN.length)])
                    .append("：");
            int count = 2 + random.nextInt(4);
            for (int c = 0; c < count; c++) {
                text.append(clauses.get(random.nextInt(clauses.size()))).append(random.nextBoolean() ? "，" : ". ");
            }
            text.append("订单")
                    .append(100000 + random.nextInt(900000))
                    .append("，金额")
                    .append(random.nextInt(50000))
                    .append("元。");
            int pii = random.nextInt(6);
            if (pii == 0) {
                text.append(" 电话1")
                        .append(3 + random.nextInt(7))
                        .append(String.format("%09d", random.nextInt(1_000_000_000)));
            } else if (pii == 1) {
                text.append(" ")
                        .append(LATIN[random.nextInt(LATIN.length)])
                        .append('.')
                        .append(random.nextInt(1000))
                        .append("@example.com");
            }
            DocumentBuilder builder = i % 2 == 0 ? DocumentBuilder.note(i) : DocumentBuilder.followUp(i);
            corpus.add(builder.customer(1 + random.nextInt(2000), "客户" + random.nextInt(2000))
                    .owner("user" + random.nextInt(50))
                    .team("team" + random.nextInt(8))
                    .text(text.toString())
                    .build());
        }
        return corpus;
    }

    private static List<String[]> rows(String resource) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                EvaluationSet.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
