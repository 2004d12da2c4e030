package org.satchel.node.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Access events journaled by reads reach the TDB2 store, before anyone can read the log, and after a crash. */
class EventJournalTest {
    private static final String G = "https://oakfield.school.example/learners/1/access-log";

    @TempDir
    Path dir;

    @Test
    void anEventJournaledByAReadIsInTheStoreForTheNextReader() {
        try (RecordStore store = RecordStore.embedded(dir)) {
            for (int i = 0; i < 50; i++) {
                int n = i;
                Integer read = store.readAndLog(c -> new RecordStore.Logged<>(n, UpdateFactory.create(
                        "INSERT DATA { GRAPH <" + G + "> { <urn:event:" + n + "> <urn:p> " + n + " } }")));
                assertEquals(n, read.intValue());
            }
            assertEquals(50L, count(store));
        }
        assertTrue(journal().toFile().length() == 0, "everything stored, so the journal starts again");
    }

    @Test
    void eventsJournaledBeforeACrashAreStoredWhenTheStoreOpensAndACutShortOneIsNot() throws Exception {
        try (RecordStore store = RecordStore.embedded(dir)) {
            assertEquals(0L, count(store));
        }
        // What a crash leaves: two acknowledged events, and one whose append never finished.
        Files.writeString(journal(), """
                <urn:event:1> <urn:p> "1" <%1$s> .
                # end of event
                <urn:event:2> <urn:p> "2" <%1$s> .
                <urn:event:2> <urn:q> "2" <%1$s> .
                # end of event
                <urn:event:3> <urn:p> "3" <%1$s> .
                <urn:event:3> <urn:q> "
                """.formatted(G), StandardCharsets.UTF_8);
        try (RecordStore store = RecordStore.embedded(dir)) {
            assertEquals(3L, count(store));
            long cutShort = store.read(c -> {
                long[] n = {0};
                c.querySelect("SELECT (COUNT(*) AS ?n) { GRAPH ?g { <urn:event:3> ?p ?o } }", r -> n[0] = r.getLiteral("n").getLong());
                return n[0];
            });
            assertEquals(0L, cutShort);
        }
        assertEquals(0, Files.size(journal()));
    }

    private Path journal() {
        return dir.resolve(RecordStore.EVENT_JOURNAL);
    }

    private static long count(RecordStore store) {
        return store.read(c -> {
            long[] n = {0};
            c.querySelect("SELECT (COUNT(*) AS ?n) { GRAPH <" + G + "> { ?s ?p ?o } }", r -> n[0] = r.getLiteral("n").getLong());
            return n[0];
        });
    }
}
