package org.satchel.node.rights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.satchel.node.store.StoreBackend;

/**
 * One running node per store back end, shared by a test class whose tests take the back end as a
 * parameter ({@code @EnumSource(StoreBackend.class)}): each right is checked on TDB2 and on a
 * SPARQL server alike. Tests use different learners, so they do not see each other's changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RightsOnBothStores {
    private final Map<StoreBackend, RightsNode> nodes = new EnumMap<>(StoreBackend.class);
    private Path dir;

    @BeforeAll
    void startNodes() {
        try {
            dir = Files.createTempDirectory("satchel-rights");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (StoreBackend backend : StoreBackend.values()) {
            nodes.put(backend, RightsNode.start(backend, dir.resolve(backend.name())));
        }
    }

    @AfterAll
    void stopNodes() {
        nodes.values().forEach(RightsNode::close);
        org.apache.commons.io.FileUtils.deleteQuietly(dir.toFile());
    }

    RightsNode node(StoreBackend backend) {
        return nodes.get(backend);
    }
}
