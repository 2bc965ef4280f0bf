package org.tocsin.security.backup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Framing inside an archive for data of unknown length (a table's COPY output, a file):
 * chunks of at most 64 KiB, each with its length first, and a zero length at the end.
 */
final class Chunks {

    static final int MAX = 64 * 1024;

    private Chunks() {
    }

    /** Frames what is written to it; {@link #close()} writes the end mark, not closing the archive. */
    static final class Writer extends OutputStream {
        private final DataOutputStream out;
        private final byte[] buffer = new byte[MAX];
        private int filled;
        private long total;
        private boolean closed;

        Writer(DataOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (filled == MAX) {
                flushChunk();
            }
            buffer[filled++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (filled == MAX) {
                    flushChunk();
                }
                int n = Math.min(len, MAX - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        long total() {
            return total;
        }

        private void flushChunk() throws IOException {
            if (filled > 0) {
                out.writeInt(filled);
                out.write(buffer, 0, filled);
                total += filled;
                filled = 0;
            }
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                flushChunk();
                out.writeInt(0);
            }
        }
    }

    /** Reads one framed piece of data up to its end mark. */
    static final class Reader extends InputStream {
        private final DataInputStream in;
        private int left;
        private boolean ended;

        Reader(DataInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (left == 0 && !ended) {
                int next = in.readInt();
                if (next < 0 || next > MAX) {
                    throw new ArchiveException("this archive is damaged (a chunk of " + next + " bytes)");
                }
                left = next;
                ended = next == 0;
            }
            if (ended) {
                return -1;
            }
            int n = in.read(b, off, Math.min(len, left));
            if (n < 0) {
                throw new ArchiveException("this archive is cut short");
            }
            left -= n;
            return n;
        }

        /** Reads to the end mark, for callers that stopped early. */
        void drain() throws IOException {
            byte[] skip = new byte[8192];
            while (read(skip, 0, skip.length) >= 0) {
                // nothing: only moving to the end mark
            }
        }
    }
}
