package org.satchel.credentials.dataintegrity;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.JsonLdOptions.ProcessingPolicy;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.canon.RdfCanonTimeTicker;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.satchel.credentials.CredentialsException;
import org.satchel.vocab.jsonld.JsonLdOffline;

/**
 * The algorithms of the {@code eddsa-rdfc-2022} cryptosuite, W3C "Data Integrity EdDSA
 * Cryptosuites v1.0" (Recommendation, 15 May 2025) §3.2, one method per subsection. JSON-LD goes
 * through titanium with the offline loader, canonicalisation through titanium-rdfc (RDFC-1.0), and
 * Ed25519 through BouncyCastle.
 */
final class EddsaRdfc2022 {

    static final String PROOF_TYPE = "DataIntegrityProof";
    static final String CRYPTOSUITE = "eddsa-rdfc-2022";
    static final int SIGNATURE_LENGTH = 64;

    // vc-di-eddsa §3.2: implementations "detect dataset poisoning by default, and abort processing
    // upon such detection". A credential canonicalises in milliseconds; a poisoned one (many blank
    // nodes crafted to make the N-degree hashing explode) is cut off here.
    private static final long CANONICALIZATION_LIMIT_MILLIS = 5_000;

    private EddsaRdfc2022() {}

    /**
     * §3.2.3 Transformation: the document as RDF, canonicalised with RDFC-1.0 and serialised as
     * canonical N-Quads.
     */
    static String transform(JsonObject unsecuredDocument) throws CannotCanonicalize {
        return canonicalize(unsecuredDocument);
    }

    /**
     * §3.2.5 Proof Configuration: the proof options with the document's {@code @context}, canonicalised.
     * The options must name this cryptosuite; {@code created}, if present, was checked by the caller.
     */
    static String proofConfiguration(JsonObject proofOptions, JsonValue documentContext) throws CannotCanonicalize {
        if (!PROOF_TYPE.equals(proofOptions.getString("type", null))
                || !CRYPTOSUITE.equals(proofOptions.getString("cryptosuite", null))) {
            // §3.2.5 step 2: PROOF_GENERATION_ERROR; callers check before they get here.
            throw new IllegalArgumentException("proof options must be a " + PROOF_TYPE + " with cryptosuite " + CRYPTOSUITE);
        }
        // §3.2.5 step 4: "Set proofConfig.@context to unsecuredDocument.@context".
        JsonObject proofConfig = Json.createObjectBuilder(proofOptions).add("@context", documentContext).build();
        return canonicalize(proofConfig);
    }

    /** §3.2.4 Hashing: SHA-256 of the canonical proof configuration, then SHA-256 of the canonical document. */
    static byte[] hash(String canonicalProofConfig, String transformedDocument) {
        byte[] proofConfigHash = sha256(canonicalProofConfig);
        byte[] transformedDocumentHash = sha256(transformedDocument);
        byte[] hashData = new byte[64];
        System.arraycopy(proofConfigHash, 0, hashData, 0, 32);
        System.arraycopy(transformedDocumentHash, 0, hashData, 32, 32);
        return hashData;
    }

    /** §3.2.6 Proof Serialization: the pure Ed25519 (RFC 8032 §5.1.6) signature of the hash data. */
    static byte[] sign(byte[] hashData, byte[] ed25519Seed) {
        // BouncyCastle rather than Tink: the same deterministic signature, and its verification
        // takes under half of Tink's time, which is a fifth of a whole credential's.
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, new Ed25519PrivateKeyParameters(ed25519Seed));
        signer.update(hashData, 0, hashData.length);
        return signer.generateSignature();
    }

    /** §3.2.7 Proof Verification: whether the signature verifies over the hash data (RFC 8032 §5.1.7). */
    static boolean verify(byte[] hashData, byte[] signature, byte[] ed25519PublicKey) {
        if (signature.length != SIGNATURE_LENGTH || ed25519PublicKey.length != Ed25519PublicKeyParameters.KEY_SIZE) {
            return false;
        }
        Ed25519Signer verifier = new Ed25519Signer();
        try {
            verifier.init(false, new Ed25519PublicKeyParameters(ed25519PublicKey));
        } catch (IllegalArgumentException notAPoint) {
            return false;
        }
        verifier.update(hashData, 0, hashData.length);
        return verifier.verifySignature(signature);
    }

    static byte[] sha256(String text) {
        try {
            // §3.2.3: "Whenever this algorithm encodes strings, it MUST use UTF-8 encoding."
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new CredentialsException("the JDK has no SHA-256", e);
        }
    }

    /**
     * JSON-LD to RDF with only bundled contexts, then RDFC-1.0. Data that JSON-LD would drop fails
     * instead: a claim that vanished would be outside the signature although a reader of the JSON
     * still sees it (VC Data Integrity 1.0 §2.4.3 "Securing Data Losslessly": undefined terms and
     * relative URLs MUST raise an error, and the base URL is null).
     */
    static String canonicalize(JsonObject document) throws CannotCanonicalize {
        return canonicalNQuads(expand(document));
    }

    /** JSON-LD expansion (offline, no base), refusing undefined terms and relative IRIs. */
    static JsonArray expand(JsonObject document) throws CannotCanonicalize {
        JsonLdOptions options = JsonLdOffline.options();
        options.setUndefinedTermsPolicy(ProcessingPolicy.Fail);
        JsonArray expanded;
        try {
            expanded = JsonLd.expand(JsonDocument.of(document)).options(options).get();
        } catch (JsonLdError e) {
            throw new CannotCanonicalize("not JSON-LD that can be processed offline: " + e.getMessage(), e);
        }
        Optional<String> lost = DataLoss.firstRelativeIri(expanded);
        if (lost.isPresent()) {
            throw new CannotCanonicalize("JSON-LD would drop " + lost.get()
                    + " when converting to RDF, leaving it unsigned; use an absolute URL", null);
        }
        return expanded;
    }

    /** Expanded JSON-LD to RDF, canonicalised with RDFC-1.0, as canonical N-Quads. */
    static String canonicalNQuads(JsonArray expanded) throws CannotCanonicalize {
        RdfCanon canon = RdfCanon.create("SHA-256", new RdfCanonTimeTicker(CANONICALIZATION_LIMIT_MILLIS));
        StringWriter nquads = new StringWriter();
        try {
            JsonLd.toRdf(JsonDocument.of(expanded)).options(JsonLdOffline.options()).provide(canon);
            canon.provide(new NQuadsWriter(nquads));
        } catch (JsonLdError e) {
            throw new CannotCanonicalize("cannot convert the document to RDF: " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            // RdfCanonTimeTicker's way of saying the limit was reached.
            throw new CannotCanonicalize("RDF canonicalisation gave up after " + CANONICALIZATION_LIMIT_MILLIS
                    + " ms; the document looks like a poisoned dataset", e);
        } catch (RdfConsumerException e) {
            throw new CredentialsException("could not write canonical N-Quads", e);
        }
        return nquads.toString();
    }
}
