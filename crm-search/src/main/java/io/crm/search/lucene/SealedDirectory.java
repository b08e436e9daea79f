package io.crm.search.lucene;

import io.crm.encryption.KeyRing;
import io.crm.encryption.SealedFile;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import org.apache.lucene.store.BufferedIndexInput;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.OutputStreamIndexOutput;

/**
 * The index's files sealed on disk, so that no word of a note (a phone typed into it, a complaint) lies in clear in the
 * term dictionary or anywhere else: every file is written through the personal-data key ring's streaming AEAD
 * ({@link SealedFile}, 16 KiB segments) and read in blocks that are opened once and kept in memory while the heap has
 * room. Lucene's checksums and lengths are of the clear bytes. A file written in clear by an earlier version is read as it
 * is; the index's format makes such an index rebuild itself.
 */
public final class SealedDirectory extends FilterDirectory {

    static final String PURPOSE = "search-index";
    private static final int BUFFER_BYTES = 1 << 14;

    private final Path path;
    private final Supplier<KeyRing> keys;

    public SealedDirectory(FSDirectory in, Supplier<KeyRing> keys) {
        super(in);
        this.path = in.getDirectory();
        this.keys = keys;
        warmUp(keys.get());
    }

    private static final AtomicBoolean WARM = new AtomicBoolean();

    /**
     * Seals and opens 8 MB of zeros in a temporary file, once per deployment: until the JIT has compiled the AES-GCM
     * code a block costs many times more, and the first searches after a start took over a second to read theirs.
     */
    private static void warmUp(KeyRing keys) {
        if (!WARM.compareAndSet(false, true)) {
            return;
        }
        try {
            Path file = Files.createTempFile("crm-sealed-warm-up", ".bin");
            try {
                try (OutputStream out = SealedFile.sealingForRandomAccess(Files.newOutputStream(file), keys, PURPOSE)) {
                    out.write(new byte[8 << 20]);
                }
                try (SeekableByteChannel clear = SealedFile.openForRandomAccess(
                        FileChannel.open(file, StandardOpenOption.READ), keys, PURPOSE)) {
                    ByteBuffer block = ByteBuffer.allocate(Blocks.SIZE);
                    for (long at = 0; at < clear.size(); at += Blocks.SIZE) {
                        clear.position(at);
                        block.clear();
                        clear.read(block);
                    }
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        return sealed(in.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        return sealed(in.createTempOutput(prefix, suffix, context));
    }

    private IndexOutput sealed(IndexOutput raw) throws IOException {
        OutputStream sealing = SealedFile.sealingForRandomAccess(new Raw(raw), keys.get(), PURPOSE);
        return new OutputStreamIndexOutput("sealed(" + raw + ")", raw.getName(), sealing, BUFFER_BYTES);
    }

    @Override
    public IndexInput openInput(String name, IOContext context) throws IOException {
        ensureOpen();
        FileChannel file = FileChannel.open(path.resolve(name), StandardOpenOption.READ);
        SeekableByteChannel clear;
        try {
            clear = SealedFile.openForRandomAccess(file, keys.get(), PURPOSE);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
        if (clear == null) {
            file.close();
            return in.openInput(name, context); // written in clear before the index was sealed
        }
        return new Input(
                "sealed(" + path.resolve(name) + ")",
                clear,
                new Blocks(clear),
                0,
                clear.size(),
                BufferedIndexInput.bufferSize(context));
    }

    /** The raw file's output as a stream for the sealing stream to write its segments to. */
    private static final class Raw extends OutputStream {

        private final IndexOutput out;

        Raw(IndexOutput out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.writeByte((byte) b);
        }

        @Override
        public void write(byte[] b, int offset, int length) throws IOException {
            out.writeBytes(b, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /**
     * A sealed file's clear content in blocks of 16 KiB, each opened once and kept while the heap has room (soft
     * references), so that the reads Lucene makes at scattered places (terms, norms, doc values) cost a copy, not a
     * decryption. Blocks are opened one at a time per file: the channel moves its position on every read.
     */
    private static final class Blocks {

        private static final int SHIFT = 14;
        private static final int SIZE = 1 << SHIFT;

        private final SeekableByteChannel channel;
        private final long length;
        private final AtomicReferenceArray<SoftReference<byte[]>> opened;

        Blocks(SeekableByteChannel channel) throws IOException {
            this.channel = channel;
            this.length = channel.size();
            this.opened = new AtomicReferenceArray<>((int) ((length + SIZE - 1) >> SHIFT));
        }

        void read(long at, ByteBuffer into) throws IOException {
            while (into.hasRemaining()) {
                byte[] block = block((int) (at >> SHIFT));
                int from = (int) (at & (SIZE - 1));
                int count = Math.min(into.remaining(), block.length - from);
                into.put(block, from, count);
                at += count;
            }
        }

        private byte[] block(int number) throws IOException {
            byte[] block = kept(number);
            if (block != null) {
                return block;
            }
            synchronized (this) {
                block = kept(number);
                if (block == null) {
                    long start = (long) number << SHIFT;
                    ByteBuffer read = ByteBuffer.allocate((int) Math.min(SIZE, length - start));
                    channel.position(start);
                    while (read.hasRemaining()) {
                        if (channel.read(read) < 0) {
                            throw new EOFException("a sealed index file ended before its length: " + length);
                        }
                    }
                    block = read.array();
                    opened.set(number, new SoftReference<>(block));
                }
                return block;
            }
        }

        private byte[] kept(int number) {
            SoftReference<byte[]> kept = opened.get(number);
            return kept == null ? null : kept.get();
        }
    }

    /** A slice of a sealed file's clear content; clones and slices share its blocks. */
    private static final class Input extends BufferedIndexInput {

        private final SeekableByteChannel channel;
        private final Blocks blocks;
        private final long offset;
        private final long length;
        private boolean isClone;

        Input(String description, SeekableByteChannel channel, Blocks blocks, long offset, long length, int buffer) {
            super(description, buffer);
            this.channel = channel;
            this.blocks = blocks;
            this.offset = offset;
            this.length = length;
        }

        @Override
        protected void readInternal(ByteBuffer b) throws IOException {
            long at = getFilePointer();
            if (at + b.remaining() > length) {
                throw new EOFException(
                        "read past EOF: " + this + " at " + at + ", " + b.remaining() + " bytes of " + length);
            }
            blocks.read(offset + at, b);
        }

        @Override
        protected void seekInternal(long pos) {
            // each read starts at the file pointer
        }

        @Override
        public long length() {
            return length;
        }

        @Override
        public Input clone() {
            Input copy = (Input) super.clone();
            copy.isClone = true;
            return copy;
        }

        @Override
        public IndexInput slice(String description, long sliceOffset, long sliceLength) {
            if (sliceOffset < 0 || sliceLength < 0 || sliceOffset + sliceLength > length) {
                throw new IllegalArgumentException("slice() " + description + " out of bounds: " + this);
            }
            Input slice = new Input(
                    getFullSliceDescription(description),
                    channel,
                    blocks,
                    offset + sliceOffset,
                    sliceLength,
                    getBufferSize());
            slice.isClone = true;
            return slice;
        }

        @Override
        public void close() throws IOException {
            if (!isClone) {
                channel.close();
            }
        }
    }
}
