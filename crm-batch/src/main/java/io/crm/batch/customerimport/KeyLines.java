package io.crm.batch.customerimport;

/**
 * The first line of a file each key digest was seen on: an open-addressing table of two primitive arrays (12 bytes a
 * slot, at most half of them used), about a fifth of what a {@code HashMap<Long, Long>} takes for the millions of keys
 * of a large import.
 */
final class KeyLines {

    private static final long EMPTY = 0;

    private long[] keys = new long[1 << 12];
    private int[] lines = new int[1 << 12];
    private int size;
    /** The key 0 marks an empty slot, so its line is kept apart. */
    private int zeroLine;

    /** The line recorded for the key, or 0 when none is. */
    int get(long key) {
        if (key == EMPTY) {
            return zeroLine;
        }
        long k = key;
        int mask = keys.length - 1;
        for (int i = spread(k) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == EMPTY) {
                return 0;
            }
            if (keys[i] == k) {
                return lines[i];
            }
        }
    }

    /** Records the line for the key unless one is recorded already. */
    void putIfAbsent(long key, int line) {
        if (key == EMPTY) {
            if (zeroLine == 0) {
                zeroLine = line;
                size++;
            }
            return;
        }
        long k = key;
        int mask = keys.length - 1;
        for (int i = spread(k) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == k) {
                return;
            }
            if (keys[i] == EMPTY) {
                keys[i] = k;
                lines[i] = line;
                if (++size * 2 > keys.length) { // the 0 key counted too: a little early, never late
                    grow();
                }
                return;
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new int[oldLines.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = spread(oldKeys[j]) & mask;
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                lines[i] = oldLines[j];
            }
        }
    }

    private static int spread(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
