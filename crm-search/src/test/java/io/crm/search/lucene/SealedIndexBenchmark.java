package io.crm.search.lucene;

import io.crm.encryption.KeyRing;
import io.crm.indexing.SearchDocument;
import io.crm.permission.Reach;
import io.crm.search.DocumentBuilder;
import io.crm.search.SearchRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * What sealing the index's files costs: the same notes indexed and searched through the index on a plain directory and
 * on a {@link SealedDirectory}, both behind the NRT cache as in production, searches reading from disk (the index
 * closed and opened again after writing). Run it with {@code -Dbench.sealed-index=true}; docs/benchmarks.md.
 */
@EnabledIfSystemProperty(named = "bench.sealed-index", matches = "true")
class SealedIndexBenchmark {

    private static final int NOTES = Integer.getInteger("bench.notes", 200_000);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 2);
    private static final KeyRing KEYS = KeyRing.of("k1:" + KeyRing.newKey(), "k1", KeyRing.newKey());

    private static final String[] CHINESE = {
        "回访", "客户", "投诉", "退款", "物流", "发票", "会员", "积分", "满意", "价格", "合同", "续约", "试用", "报价", "售后", "安装"
    };

    private final String[] words = vocabulary();

    @TempDir
    Path dir;

    @Test
    void sealedAgainstPlain() throws Exception {
        List<String> report = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            Figures plain = run("plain round " + round, false);
            Figures sealed = run("sealed round " + round, true);
            report.add(plain.toString());
            report.add(sealed.toString());
            report.add(String.format(
                    Locale.ROOT,
                    "round %d sealed/plain: indexing %.2f, p50 at 1 client %.2f, p99 at 1 client %.2f,"
                            + " searches/s at 4 clients %.2f",
                    round,
                    sealed.indexedPerSecond / plain.indexedPerSecond,
                    sealed.p50Millis / plain.p50Millis,
                    sealed.p99Millis / plain.p99Millis,
                    sealed.perSecondAt4 / plain.perSecondAt4));
        }
        report.forEach(System.out::println);
        Path out = Path.of("target", "benchmarks", "sealed-index.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    private record Figures(
            String name, double indexedPerSecond, long bytes, double p50Millis, double p99Millis, double perSecondAt4) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%s: %d notes indexed at %.0f/s, %.1f MB on disk; search p50 %.2f ms, p99 %.2f ms at 1 client;"
                            + " %.0f searches/s at 4 clients",
                    name,
                    NOTES,
                    indexedPerSecond,
                    bytes / 1e6,
                    p50Millis,
                    p99Millis,
                    perSecondAt4);
        }
    }

    private Figures run(String name, boolean sealed) throws Exception {
        Path path = Files.createDirectories(dir.resolve(name.replace(' ', '-')));
        Random random = new Random(42);
        long started = System.nanoTime();
        try (Directory directory = directory(path, sealed);
                LuceneIndex index = LuceneIndex.open(directory)) {
            List<SearchDocument> batch = new ArrayList<>();
            for (int i = 1; i <= NOTES; i++) {
                batch.add(DocumentBuilder.note(i).text(note(random, i)).build());
                if (batch.size() == 1000) {
                    index.apply(batch, List.of());
                    index.refresh();
                    batch.clear();
                }
            }
            index.apply(batch, List.of());
            index.refresh();
            index.commit(NOTES);
        }
        double indexed = NOTES / ((System.nanoTime() - started) / 1e9);
        long bytes;
        try (Stream<Path> files = Files.list(path)) {
            bytes = files.mapToLong(f -> f.toFile().length()).sum();
        }
        try (Directory directory = directory(path, sealed);
                LuceneIndex index = LuceneIndex.open(directory)) {
            List<String> queries = queries();
            search(index, queries, 1, 2); // warm-up
            long[] single = search(index, queries, 1, SECONDS);
            long[] four = search(index, queries, 4, SECONDS);
            Arrays.sort(single);
            return new Figures(
                    name,
                    indexed,
                    bytes,
                    single[single.length / 2] / 1e6,
                    single[(int) (single.length * 0.99)] / 1e6,
                    four.length / (double) SECONDS);
        }
    }

    private static Directory directory(Path path, boolean sealed) throws IOException {
        FSDirectory files = FSDirectory.open(path);
        return new NRTCachingDirectory(sealed ? new SealedDirectory(files, () -> KEYS) : files, 5, 64);
    }

    /** Each search's time in nanoseconds, from {@code clients} threads for {@code seconds}. */
    private static long[] search(LuceneIndex index, List<String> queries, int clients, int seconds) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<List<Long>>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            work.add(threads.submit(() -> {
                List<Long> times = new ArrayList<>();
                for (int i = client; System.nanoTime() < until; i++) {
                    long start = System.nanoTime();
                    index.search(SearchRequest.of(queries.get(i % queries.size()), 20), Reach.EVERYTHING, true);
                    times.add(System.nanoTime() - start);
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : work) {
            all.addAll(f.get());
        }
        threads.shutdown();
        return all.stream().mapToLong(Long::longValue).toArray();
    }

    /** A frequent, a middling and a rare word, a phrase, Chinese words, a phone, a prefix. */
    private List<String> queries() {
        return List.of(
                words[0],
                words[50],
                words[3000],
                "\"" + words[1] + " " + words[2] + "\"",
                "回访 投诉",
                "退款",
                "13800001234",
                words[10].substring(0, 3),
                words[5] + " " + words[700]);
    }

    private String note(Random random, int i) {
        StringBuilder text = new StringBuilder();
        int length = 8 + random.nextInt(30);
        for (int w = 0; w < length; w++) {
            text.append(w % 7 == 3 ? CHINESE[zipf(random, CHINESE.length)] : words[zipf(random, words.length)])
                    .append(' ');
        }
        return text.append("138")
                .append(String.format(Locale.ROOT, "%08d", i % 100_000))
                .toString();
    }

    /** An index drawn by Zipf's law (exponent 1) over {@code n} ranks. */
    private static int zipf(Random random, int n) {
        return Math.min(n - 1, (int) Math.floor(Math.exp(random.nextDouble() * Math.log(n + 1.0))) - 1);
    }

    private static String[] vocabulary() {
        String[] syllables = {"ka", "lo", "mi", "ter", "son", "ra", "vel", "qui", "den", "po", "lu", "char", "ve", "nix"
        };
        String[] out = new String[5000];
        Random random = new Random(7);
        for (int i = 0; i < out.length; i++) {
            StringBuilder w = new StringBuilder();
            int n = 2 + random.nextInt(3);
            for (int s = 0; s < n; s++) {
                w.append(syllables[random.nextInt(syllables.length)]);
            }
            out[i] = w.append(i).toString();
        }
        return out;
    }
}
