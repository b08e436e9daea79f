package io.crm.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The generations of the search index on disk, so that a rebuild can fill a new index beside the live one and
 * swap it in at once: directories {@code gen-<n>} under a root, and a {@code CURRENT} file naming the live one.
 * Promoting rewrites {@code CURRENT} atomically, so a crash leaves either the old or the new generation live.
 */
public final class LuceneGenerations {

    public static final String CURRENT = "CURRENT";
    private static final Pattern GENERATION = Pattern.compile("gen-([0-9]{1,9})");

    private final Path root;

    public LuceneGenerations(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The live generation, creating {@code gen-1} as the live one when there is none yet. */
    public synchronized Path current() {
        try {
            Path pointer = root.resolve(CURRENT);
            if (Files.exists(pointer)) {
                String name = Files.readString(pointer, StandardCharsets.UTF_8).trim();
                if (!GENERATION.matcher(name).matches()) {
                    throw new IllegalStateException(pointer + " names no index generation: " + name);
                }
                return Files.createDirectories(root.resolve(name));
            }
            Path first = Files.createDirectories(root.resolve("gen-1"));
            promote(first);
            return first;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new empty generation, numbered above every existing one, to build an index into. */
    public synchronized Path next() {
        try {
            Files.createDirectories(root);
            int highest = highestNumber().orElse(0);
            return Files.createDirectory(root.resolve("gen-" + (highest + 1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes this generation the live one. */
    public synchronized void promote(Path generation) {
        String name = nameOf(generation);
        try {
            Path temp = Files.createTempFile(root, CURRENT, ".tmp");
            Files.writeString(temp, name + "\n", StandardCharsets.UTF_8);
            Files.move(
                    temp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes every generation but these and the live one (rebuilds still being written are among these). */
    public synchronized void deleteAllBut(Set<Path> keep) {
        Set<String> kept = new HashSet<>();
        keep.forEach(path -> kept.add(nameOf(path)));
        if (Files.exists(root.resolve(CURRENT))) {
            kept.add(nameOf(current()));
        }
        try (Stream<Path> children = Files.list(root)) {
            List<Path> doomed = children.filter(child ->
                            GENERATION.matcher(child.getFileName().toString()).matches())
                    .filter(child -> !kept.contains(child.getFileName().toString()))
                    .toList();
            for (Path generation : doomed) {
                deleteTree(generation);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OptionalInt highestNumber() throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            return children.map(child -> GENERATION.matcher(child.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max();
        }
    }

    private String nameOf(Path generation) {
        Path normal = generation.toAbsolutePath().normalize();
        if (!root.equals(normal.getParent())
                || !GENERATION.matcher(normal.getFileName().toString()).matches()) {
            throw new IllegalArgumentException(generation + " is not a generation under " + root);
        }
        return normal.getFileName().toString();
    }

    private static void deleteTree(Path tree) throws IOException {
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
