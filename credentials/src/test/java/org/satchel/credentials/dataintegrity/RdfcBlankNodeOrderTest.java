package org.satchel.credentials.dataintegrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * RDF Dataset Canonicalization (RDFC-1.0) §4.4.3 step 5 and §4.6 "Hash First Degree Quads": when
 * every blank node has a distinct first-degree hash, canonical labels are issued in code point
 * order of those hashes. The certificate's two exam results are such blank nodes; iron's older
 * URDNA2015 library labels them the other way round, so this pins down who is right.
 */
class RdfcBlankNodeOrderTest {

    @Test
    void theExamResultWithTheSmallerFirstDegreeHashIsLabelledC14n0() throws Exception {
        String canonical = EddsaRdfc2022.transform(Fixtures.certificate("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"));
        List<String> quads = Arrays.stream(canonical.split("\n")).toList();

        String first = firstDegreeHash(quads, "_:c14n0");
        String second = firstDegreeHash(quads, "_:c14n1");

        assertTrue(first.compareTo(second) < 0, () -> first + " should sort before " + second);
        assertTrue(quads.contains("_:c14n0 <https://w3id.org/satchel/ns#grade> \"7\" ."), canonical);
        // The same hashes computed outside Java, from the quads of jsonld.js's canonical form.
        assertEquals("10f30d81ef7ef83e58799a9cc7cb02fadca591264ff31462f0fdecfb09e370d0", first);
        assertEquals("dc1c0c754e2a6a602c2d40abc45da4ec90a89fd08559c42349ce7ac7728e256d", second);
    }

    // §4.6: the quads that mention the node, it written _:a and every other blank node _:z,
    // each serialised as canonical N-Quads, sorted, concatenated and hashed with SHA-256.
    private static String firstDegreeHash(List<String> quads, String label) throws Exception {
        String nquads = quads.stream()
                .filter(q -> q.contains(label + " ") || q.endsWith(label + " ."))
                .map(q -> q.replace(label, "_:a").replaceAll("_:c14n\\d+", "_:z") + "\n")
                .sorted()
                .collect(Collectors.joining());
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(nquads.getBytes(StandardCharsets.UTF_8)));
    }
}
