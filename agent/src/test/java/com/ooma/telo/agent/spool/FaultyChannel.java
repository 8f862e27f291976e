package com.ooma.telo.agent.spool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;

/** A real file channel whose writes, syncs and truncations fail on demand, like flash that has filled or died. */
final class FaultyChannel extends FileChannel {

    /** Which operations fail; switched by the test while the spool runs. */
    enum Fault { NONE, FSYNC, ALL }

    /** Opens real channels wrapped in FaultyChannel; while the fault is ALL, opening fails too. */
    static final class Opener implements ChannelOpener {
        volatile Fault fault = Fault.NONE;
        /** Successful fsyncs and fdatasyncs, of files and of the directory. */
        final java.util.concurrent.atomic.AtomicInteger syncs = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public FileChannel open(Path path, OpenOption... options) throws IOException {
            if (fault == Fault.ALL) {
                throw new IOException("No space left on device");
            }
            return new FaultyChannel(FileChannel.open(path, options), this);
        }
    }

    private final FileChannel real;
    private final Opener opener;

    private FaultyChannel(FileChannel real, Opener opener) {
        this.real = real;
        this.opener = opener;
    }

    private void check(Fault... failingOn) throws IOException {
        for (Fault f : failingOn) {
            if (opener.fault == f) {
                throw new IOException("No space left on device");
            }
        }
    }

    @Override public int write(ByteBuffer src, long position) throws IOException {
        check(Fault.ALL);
        return real.write(src, position);
    }

    @Override public void force(boolean metaData) throws IOException {
        check(Fault.ALL, Fault.FSYNC);
        real.force(metaData);
        opener.syncs.incrementAndGet();
    }

    @Override public FileChannel truncate(long size) throws IOException {
        check(Fault.ALL);
        real.truncate(size);
        return this;
    }

    @Override public int write(ByteBuffer src) throws IOException {
        check(Fault.ALL);
        return real.write(src);
    }

    @Override public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        check(Fault.ALL);
        return real.write(srcs, offset, length);
    }

    @Override public int read(ByteBuffer dst) throws IOException { return real.read(dst); }
    @Override public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        return real.read(dsts, offset, length);
    }
    @Override public int read(ByteBuffer dst, long position) throws IOException { return real.read(dst, position); }
    @Override public long position() throws IOException { return real.position(); }
    @Override public FileChannel position(long newPosition) throws IOException {
        real.position(newPosition);
        return this;
    }
    @Override public long size() throws IOException { return real.size(); }
    @Override public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
        throw new UnsupportedOperationException("not used by the spool");
    }
    @Override public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
        throw new UnsupportedOperationException("not used by the spool");
    }
    @Override public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
        throw new UnsupportedOperationException("not used by the spool");
    }
    @Override public FileLock lock(long position, long size, boolean shared) throws IOException {
        return real.lock(position, size, shared);
    }
    @Override public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return real.tryLock(position, size, shared);
    }
    @Override protected void implCloseChannel() throws IOException { real.close(); }
}
