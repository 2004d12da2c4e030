package org.satchel.credentials.dataintegrity;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.satchel.credentials.did.DidKey;
import org.satchel.credentials.did.DidResolver;
import org.satchel.credentials.jose.PresentationVerification;
import org.satchel.credentials.multikey.Multibase;
import org.satchel.credentials.multikey.Multikey;
import org.satchel.credentials.verify.Verification;
import org.satchel.credentials.verify.VerificationPolicy;
import org.satchel.vocab.jsonld.BundledContexts;

/**
 * Verifiable credentials secured with a Data Integrity proof, cryptosuite {@code eddsa-rdfc-2022}
 * (W3C "Data Integrity EdDSA Cryptosuites v1.0" §3.2, "Verifiable Credential Data Integrity 1.0"
 * §4): signing with an Ed25519 JWK, and verifying into a {@link Verification}.
 */
public final class DataIntegrity {

    /** The cryptosuite this class signs and verifies with. */
    public static final String CRYPTOSUITE = EddsaRdfc2022.CRYPTOSUITE;

    private DataIntegrity() {}

    /**
     * Signs a credential given as JSON text for {@code issuer}, filling {@code issuer} when the
     * credential has none, with the proof created now and the verification method from
     * {@link #verificationMethodFor}. Returns the signed credential as indented JSON.
     *
     * @throws IllegalArgumentException if the JSON is not a credential Satchel can sign (an
     *     unbundled context, an undefined term, another issuer, an existing proof) or the key is
     *     not a private Ed25519 key
     */
    public static String issue(String credentialJson, JWK ed25519PrivateKey, String issuer) {
        Objects.requireNonNull(credentialJson, "credentialJson");
        Objects.requireNonNull(issuer, "issuer");
        JsonObject credential = JsonText.parseObject(credentialJson);
        Optional<String> named = CredentialVerifier.issuerId(credential.get("issuer"));
        if (credential.containsKey("issuer") && !named.equals(Optional.of(issuer))) {
            throw new IllegalArgumentException("the credential names issuer " + named.orElse(credential.get("issuer").toString())
                    + ", not " + issuer);
        }
        if (!credential.containsKey("issuer")) {
            credential = Json.createObjectBuilder(credential).add("issuer", issuer).build();
        }
        JsonObject signed = sign(credential, ed25519PrivateKey, verificationMethodFor(issuer, ed25519PrivateKey), Instant.now());
        return JsonText.pretty(signed);
    }

    /**
     * The verification method Satchel names for {@code issuer}'s key: for a did:key issuer its one
     * method ({@code did:key:z6Mk…#z6Mk…}); otherwise {@code issuer#kid}, or {@code issuer#z6Mk…}
     * when the key has no {@code kid}.
     *
     * @throws IllegalArgumentException if a did:key issuer is not the did:key of this key
     */
    public static String verificationMethodFor(String issuer, JWK key) {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(key, "key");
        if (issuer.startsWith("did:key:")) {
            DidKey did = DidKey.of(key);
            if (!did.did().equals(issuer)) {
                throw new IllegalArgumentException("issuer " + issuer + " is not the did:key of this key (" + did.did() + ")");
            }
            return did.verificationMethod();
        }
        return issuer + "#" + (key.getKeyID() != null ? key.getKeyID() : Multikey.encode(key));
    }

    /**
     * Adds an {@code eddsa-rdfc-2022} proof made with {@code ed25519PrivateKey}, naming
     * {@code verificationMethod}, for purpose {@code assertionMethod}, created at {@code created}
     * (to the second). The result is the credential followed by its {@code proof}.
     *
     * @throws IllegalArgumentException as for {@link #issue}, or if {@code verificationMethod} is
     *     not an absolute URL (or, being a did:key, names another key)
     */
    public static JsonObject sign(JsonObject unsignedCredential, JWK ed25519PrivateKey, String verificationMethod, Instant created) {
        Objects.requireNonNull(unsignedCredential, "unsignedCredential");
        return addProof(unsignedCredential, ed25519PrivateKey, verificationMethod, created, "assertionMethod", Json.createObjectBuilder());
    }

    /**
     * A holder's presentation with an {@code eddsa-rdfc-2022} proof for purpose {@code authentication},
     * bound to the verifier's {@code challenge} and, if given, its {@code domain} (VC Data Integrity 1.0
     * §2.1: both are proof options, so they are signed with the rest of the proof configuration).
     *
     * @throws IllegalArgumentException as for {@link #sign}, or if it is not a {@code VerifiablePresentation}
     */
    public static JsonObject signPresentation(JsonObject unsignedPresentation, JWK ed25519PrivateKey, String verificationMethod,
                                              String challenge, Optional<String> domain, Instant created) {
        Objects.requireNonNull(unsignedPresentation, "unsignedPresentation");
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(domain, "domain");
        if (!PresentationVerifier.types(unsignedPresentation.get("type")).contains("VerifiablePresentation")) {
            throw new IllegalArgumentException("type must include VerifiablePresentation (VC Data Model 2.0 §4.13)");
        }
        JsonObjectBuilder binding = Json.createObjectBuilder();
        domain.ifPresent(d -> binding.add("domain", d));
        binding.add("challenge", challenge);
        return addProof(unsignedPresentation, ed25519PrivateKey, verificationMethod, created, "authentication", binding);
    }

    private static JsonObject addProof(JsonObject unsigned, JWK ed25519PrivateKey, String verificationMethod, Instant created,
                                       String proofPurpose, JsonObjectBuilder extraOptions) {
        Objects.requireNonNull(verificationMethod, "verificationMethod");
        Objects.requireNonNull(created, "created");
        OctetKeyPair key = ed25519Private(ed25519PrivateKey);
        checkVerificationMethod(verificationMethod, key);
        if (unsigned.containsKey("proof")) {
            throw new IllegalArgumentException("the document already has a proof; Satchel does not add to proof sets or chains");
        }
        if (!unsigned.containsKey("@context")) {
            throw new IllegalArgumentException("a credential or presentation needs an @context (VC Data Model 2.0 §4.3)");
        }
        Contexts.firstUnbundled(unsigned).ifPresent(refusal -> {
            throw new IllegalArgumentException("refusing to sign: " + refusal.describe());
        });
        JsonObject document = withDataIntegrityContext(unsigned);

        // vc-di-eddsa §3.2.1 Create Proof, with the proof options of VC Data Integrity 1.0 §2.1.
        JsonObject options = Json.createObjectBuilder()
                .add("type", EddsaRdfc2022.PROOF_TYPE)
                .add("cryptosuite", EddsaRdfc2022.CRYPTOSUITE)
                .add("created", DateTimeFormatter.ISO_INSTANT.format(created.truncatedTo(ChronoUnit.SECONDS)))
                .add("verificationMethod", verificationMethod)
                .add("proofPurpose", proofPurpose)
                .addAll(extraOptions)
                .build();
        byte[] hashData;
        try {
            String proofConfig = EddsaRdfc2022.proofConfiguration(options, document.get("@context"));
            String transformed = EddsaRdfc2022.transform(document);
            hashData = EddsaRdfc2022.hash(proofConfig, transformed);
        } catch (CannotCanonicalize e) {
            throw new IllegalArgumentException("refusing to sign: " + e.getMessage(), e);
        }
        byte[] proofBytes = EddsaRdfc2022.sign(hashData, key.getD().decode());
        JsonObject proof = Json.createObjectBuilder(options).add("proofValue", Multibase.encodeBase58Btc(proofBytes)).build();
        // VC Data Integrity 1.0 §4.2 Add Proof, steps 5 and 6: a copy of the input with its proof set.
        return Json.createObjectBuilder(document).add("proof", proof).build();
    }

    /**
     * Verifies a credential secured with {@code eddsa-rdfc-2022}: its contexts, proof, key (resolved
     * through {@code resolver} and trusted by {@code policy}), signature and validity period. Status
     * lists are not consulted here; a credential that names one comes back
     * {@link org.satchel.credentials.verify.CredentialStatus#NOT_CHECKED}.
     */
    public static Verification verify(String credentialJson, VerificationPolicy policy, DidResolver resolver) {
        Objects.requireNonNull(credentialJson, "credentialJson");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(resolver, "resolver");
        return new CredentialVerifier(policy, resolver).verify(credentialJson);
    }

    /**
     * Verifies a presentation secured with {@code eddsa-rdfc-2022} (VC Data Integrity 1.0 §4.4 with
     * expected proof purpose {@code authentication}): the holder's proof, with the key
     * {@code holderKeys} resolves, the policy's nonce as the expected {@code challenge} and its
     * audience as the expected {@code domain}; then every credential in it through
     * {@code credentials}, whose problems keep their place as {@code verifiableCredential[i]}.
     */
    public static PresentationVerification verifyPresentation(String presentationJson, VerificationPolicy policy,
                                                              DidResolver holderKeys, Function<String, Verification> credentials) {
        Objects.requireNonNull(presentationJson, "presentationJson");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(holderKeys, "holderKeys");
        Objects.requireNonNull(credentials, "credentials");
        return new PresentationVerifier(policy, holderKeys, credentials).verify(presentationJson);
    }

    private static OctetKeyPair ed25519Private(JWK key) {
        Objects.requireNonNull(key, "ed25519PrivateKey");
        if (!(key instanceof OctetKeyPair okp) || !Curve.Ed25519.equals(okp.getCurve())) {
            throw new IllegalArgumentException("eddsa-rdfc-2022 signs with an Ed25519 (OKP) key, not " + key.getKeyType());
        }
        if (!okp.isPrivate()) {
            throw new IllegalArgumentException("signing needs the private Ed25519 key (the JWK has no 'd')");
        }
        return okp;
    }

    private static void checkVerificationMethod(String verificationMethod, OctetKeyPair key) {
        // VC Data Integrity 1.0 §2.1: verificationMethod "MUST be a string that maps to a URL".
        if (!verificationMethod.matches("^[A-Za-z][A-Za-z0-9+.-]*:\\S+$")) {
            throw new IllegalArgumentException("the verification method must be an absolute URL: " + verificationMethod);
        }
        if (verificationMethod.startsWith("did:key:")) {
            DidKey named = DidKey.parse(verificationMethod);
            if (!named.did().equals(DidKey.of(key).did())) {
                // A proof no one could verify is better refused now than found out by a verifier.
                throw new IllegalArgumentException("verification method " + verificationMethod + " is not this key's did:key ("
                        + DidKey.of(key).verificationMethod() + ")");
            }
        }
    }

    /**
     * VC Data Integrity 1.0 §2.4.2 Context Injection: a document whose contexts do not define the
     * proof's terms gets the Data Integrity context appended. The VC 2.0 context defines them; a
     * VC 1.1 credential needs the injection.
     */
    private static JsonObject withDataIntegrityContext(JsonObject document) {
        JsonValue context = document.get("@context");
        JsonArray contexts = context instanceof JsonArray array ? array : Json.createArrayBuilder().add(context).build();
        boolean defined = contexts.stream().anyMatch(c -> c instanceof JsonString s
                && (s.getString().equals(BundledContexts.CREDENTIALS_V2.toString())
                        || s.getString().equals(BundledContexts.DATA_INTEGRITY_V2.toString())));
        if (defined) {
            return document;
        }
        JsonArray injected = Json.createArrayBuilder(contexts).add(BundledContexts.DATA_INTEGRITY_V2.toString()).build();
        JsonObjectBuilder builder = Json.createObjectBuilder();
        // Keep @context first, where readers look for it, and the rest in the issuer's order.
        builder.add("@context", injected);
        document.forEach((name, value) -> {
            if (!name.equals("@context")) {
                builder.add(name, value);
            }
        });
        return builder.build();
    }
}
