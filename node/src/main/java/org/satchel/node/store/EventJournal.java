package org.satchel.node.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * The access events of reads, made durable by one append and one fdatasync to a journal file
 * beside the TDB2 store, then put into the store in batches by a writer of its own. A TDB2
 * commit forces every index file (about forty fsyncs, however little changed), which was most of
 * reading a record again; the journal keeps "no access without its event" (the event is on disk
 * before the data goes out) at the cost of one. Each event is a block of N-Quads closed by an
 * end line; opening the store replays every closed block, so an event journaled before a crash
 * reaches the store afterwards, and adding a quad twice changes nothing.
 */
final class EventJournal implements AutoCloseable {
    private static final String END = "# end of event\n";

    private final Path file;
    private final Dataset dataset;
    private final FileChannel channel;
    // Appends take the file first, then the queue; the writer's truncation does the same.
    private final Object fileLock = new Object();
    private final Object queueLock = new Object();
    private final List<List<Quad>> pending = new ArrayList<>();
    private long appended;
    private long stored;
    private boolean closing;
    // Each TDB2 commit forces every index file, and those fsyncs hold up the journal's own on a
    // shared disk: store in batches a few seconds apart, at once when someone waits to read the log.
    private static final long LINGER_NANOS = 2_000_000_000L;
    private static final int MAX_BATCH = 5_000;
    private int waiters;
    private long oldestPending;
    private RuntimeException failure;
    private final Thread writer;

    private EventJournal(Path file, Dataset dataset) throws IOException {
        this.file = file;
        this.dataset = dataset;
        replay();
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        this.channel.truncate(0);
        this.writer = Thread.ofPlatform().daemon().name("access-event-writer").start(this::storeInBatches);
    }

    /** Opens the journal at {@code file}, first storing whatever a previous run journaled and did not store. */
    static EventJournal open(Path file, Dataset dataset) {
        try {
            return new EventJournal(file, dataset);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the access event journal " + file, e);
        }
    }

    /** Appends the quads of one or more events and returns once they are on disk. */
    void append(List<Quad> quads) {
        if (quads.isEmpty()) {
            return;
        }
        ByteBuffer block = ByteBuffer.wrap(block(quads));
        synchronized (fileLock) {
            try {
                while (block.hasRemaining()) {
                    channel.write(block);
                }
                channel.force(false);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot journal an access event in " + file, e);
            }
            synchronized (queueLock) {
                if (pending.isEmpty()) {
                    oldestPending = System.nanoTime();
                }
                pending.add(quads);
                appended++;
                queueLock.notifyAll();
            }
        }
    }

    /** Returns once every event journaled so far is in the store, for a reader of the access log. */
    void awaitStored() {
        synchronized (queueLock) {
            long target = appended;
            waiters++;
            queueLock.notifyAll();
            try {
                awaitStored(target);
            } finally {
                waiters--;
            }
        }
    }

    private void awaitStored(long target) {
        synchronized (queueLock) {
            while (stored < target) {
                if (failure != null) {
                    throw new IllegalStateException("access events are journaled but could not be stored", failure);
                }
                try {
                    queueLock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted waiting for access events to be stored", e);
                }
            }
        }
    }

    private void storeInBatches() {
        while (true) {
            List<List<Quad>> batch;
            synchronized (queueLock) {
                while (!closing && (pending.isEmpty() || (waiters == 0 && pending.size() < MAX_BATCH
                        && System.nanoTime() - oldestPending < LINGER_NANOS))) {
                    try {
                        long left = pending.isEmpty() ? 0 : LINGER_NANOS - (System.nanoTime() - oldestPending);
                        if (left > 0) {
                            queueLock.wait(Math.max(1, left / 1_000_000));
                        } else {
                            queueLock.wait();
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (pending.isEmpty()) {
                    return;
                }
                batch = new ArrayList<>(pending);
                pending.clear();
            }
            try {
                DatasetGraph dsg = dataset.asDatasetGraph();
                Txn.executeWrite(dsg, () -> batch.forEach(events -> events.forEach(dsg::add)));
            } catch (RuntimeException e) {
                synchronized (queueLock) {
                    // Still in the journal: the next start stores them. Readers of the log are told.
                    failure = e;
                    queueLock.notifyAll();
                }
                return;
            }
            synchronized (fileLock) {
                synchronized (queueLock) {
                    stored += batch.size();
                    if (stored == appended) {
                        // Everything journaled is in the store: start the file again.
                        try {
                            channel.truncate(0);
                        } catch (IOException e) {
                            // Harmless: replaying events already stored adds nothing.
                        }
                    }
                    queueLock.notifyAll();
                }
            }
        }
    }

    private void replay() throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        // Only closed blocks: a block cut short by a crash was never acknowledged, so its read never happened.
        int end = text.lastIndexOf(END);
        if (end < 0) {
            return;
        }
        DatasetGraph events = DatasetGraphFactory.create();
        RDFParser.fromString(text.substring(0, end + END.length())).lang(Lang.NQUADS).parse(events);
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeWrite(dsg, () -> events.find().forEachRemaining(dsg::add));
    }

    private static byte[] block(List<Quad> quads) {
        StringBuilder text = new StringBuilder(quads.size() * 160);
        for (Quad q : quads) {
            text.append(NodeFmtLib.strNT(q.getSubject())).append(' ')
                    .append(NodeFmtLib.strNT(q.getPredicate())).append(' ')
                    .append(NodeFmtLib.strNT(q.getObject())).append(' ')
                    .append(NodeFmtLib.strNT(q.getGraph())).append(" .\n");
        }
        text.append(END);
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Stores what is pending and stops the writer. */
    @Override
    public void close() {
        synchronized (queueLock) {
            closing = true;
            queueLock.notifyAll();
        }
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the access event journal " + file, e);
        }
    }
}
