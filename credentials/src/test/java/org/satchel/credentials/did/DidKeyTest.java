package org.satchel.credentials.did;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.did.DidUrl;
import com.apicatalog.multibase.MultibaseDecoder;
import com.apicatalog.multicodec.Multicodec.Tag;
import com.apicatalog.multicodec.MulticodecDecoder;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;

class DidKeyTest {

    // The did:key Method, §"Create": the example DID and its document.
    private static final String EXAMPLE = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK";

    @Test
    void theSpecificationsExampleExpandsToItsVerificationMethod() {
        JsonObject document = DidKey.parse(EXAMPLE).document();
        String method = EXAMPLE + "#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK";

        assertEquals(EXAMPLE, document.getString("id"));
        JsonObject vm = document.getJsonArray("verificationMethod").getJsonObject(0);
        assertEquals(Json.createObjectBuilder().add("id", method).add("type", "Multikey").add("controller", EXAMPLE)
                .add("publicKeyMultibase", "z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK").build(), vm);
        for (String relationship : new String[] {"authentication", "assertionMethod", "capabilityInvocation", "capabilityDelegation"}) {
            assertEquals(Json.createArrayBuilder().add(method).build(), document.getJsonArray(relationship), relationship);
        }
        assertEquals(Json.createArrayBuilder().add("https://www.w3.org/ns/did/v1").add("https://w3id.org/security/multikey/v1").build(),
                document.getJsonArray("@context"));
    }

    @Test
    void aKeyBecomesADidAndTheResolverGivesItBackFromEitherForm() {
        JWK key = Keys.generate(KeyType.ED25519);
        DidKey did = DidKey.of(key);
        DidResolver resolver = DidKey.resolver();

        assertTrue(did.did().startsWith("did:key:z6Mk"), did.did());
        assertEquals(did.did() + "#" + did.publicKeyMultibase(), did.verificationMethod());
        for (String asked : new String[] {did.did(), did.verificationMethod()}) {
            JWK resolved = resolver.resolveKey(asked).orElseThrow();
            assertEquals(((OctetKeyPair) key).getX(), ((OctetKeyPair) resolved).getX(), asked);
            assertEquals(did.verificationMethod(), resolved.getKeyID());
            assertTrue(!resolved.isPrivate());
        }
    }

    @Test
    void p256KeysHaveZDnDids() {
        JWK key = Keys.generate(KeyType.P256);
        DidKey did = DidKey.of(key);

        assertTrue(did.did().startsWith("did:key:zDn"), did.did());
        assertEquals(key.toPublicJWK().getRequiredParams(), DidKey.resolver().resolveKey(did.verificationMethod()).orElseThrow().getRequiredParams());
    }

    @Test
    void theResolverAnswersNothingForOtherMethodsOtherFragmentsOrBrokenKeys() {
        DidResolver resolver = DidKey.resolver();
        DidKey did = DidKey.of(Keys.generate(KeyType.ED25519));

        assertEquals(Optional.empty(), resolver.resolveKey("did:web:school.example"));
        assertEquals(Optional.empty(), resolver.resolveKey(did.did() + "#key-1"));
        assertEquals(Optional.empty(), resolver.resolveKey("did:key:z6MkBROKEN"));
        assertEquals(Optional.empty(), resolver.resolveKey("did:key:1:" + did.publicKeyMultibase()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DidKey.parse(did.did() + "#key-1"));
        assertTrue(e.getMessage().contains("fragment must repeat the key"), e.getMessage());
    }

    @Test
    void agreesWithCarbonDidOnTheKeyBytes() {
        // carbon-did (iron's did:key resolver, test scope here) decodes the same DID independently.
        DidKey did = DidKey.of(Keys.generate(KeyType.ED25519));
        com.apicatalog.did.key.DidKey theirs = com.apicatalog.did.key.DidKey.from(DidUrl.from(java.net.URI.create(did.did())),
                MultibaseDecoder.getInstance(), MulticodecDecoder.getInstance(Tag.Key));

        assertTrue(Arrays.equals(((OctetKeyPair) did.publicKey()).getX().decode(), theirs.getRawKey()));
        assertEquals(did.document(), Json.createReader(new StringReader(did.document().toString())).readObject());
    }
}
