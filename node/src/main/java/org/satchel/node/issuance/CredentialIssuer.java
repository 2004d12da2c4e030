package org.satchel.node.issuance;

import com.nimbusds.jose.jwk.JWK;
import jakarta.json.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.satchel.credentials.dataintegrity.DataIntegrity;
import org.satchel.credentials.did.DidJwk;
import org.satchel.credentials.jose.JwtVcJson;
import org.satchel.credentials.jose.SigningKey;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.sdjwt.IssuanceOptions;
import org.satchel.credentials.sdjwt.SdJwtVc;
import org.satchel.node.access.Action;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Purposes;
import org.satchel.node.access.Role;
import org.satchel.node.issuance.oid4vci.CredentialMinter;
import org.satchel.node.issuance.oid4vci.Minted;
import org.satchel.node.issuance.oid4vci.OfferCheck;
import org.satchel.node.issuance.oid4vci.OfferedCredential;
import org.satchel.node.issuance.status.CredentialRegister;
import org.satchel.node.issuance.types.Candidate;
import org.satchel.node.issuance.types.CredentialTypes;
import org.satchel.node.issuance.types.School;
import org.satchel.node.records.AccessRequest;
import org.satchel.node.records.LearnerRecords;
import org.satchel.node.records.RecordQuery;
import org.satchel.node.records.RecordRead;
import org.satchel.node.store.RecordStore;
import org.satchel.vocab.terms.PROV;

/**
 * Turns what a learner's record says into a signed credential: the record read as the learner's
 * own request (so the read is in their access log, and the access rules and the type's declaration
 * both bound what is read), the content built by the declared {@link CredentialTypes}, the
 * credential entered in the {@link CredentialRegister} with its status entries, and secured in the
 * format the wallet asked for, bound to the wallet's key, signed by the school's current issuer key.
 */
public final class CredentialIssuer implements CredentialMinter, OfferCheck {
    private final RecordStore store;
    private final LearnerRecords records;
    private final CredentialTypes types;
    private final CredentialRegister register;
    private final IssuerKeys keys;
    private final String did;
    private final String schoolName;
    private final java.time.Clock clock;

    public CredentialIssuer(RecordStore store, LearnerRecords records, CredentialTypes types, CredentialRegister register, IssuerKeys keys,
            String did, String schoolName) {
        this.store = Objects.requireNonNull(store, "store");
        this.records = Objects.requireNonNull(records, "records");
        this.types = Objects.requireNonNull(types, "types");
        this.register = Objects.requireNonNull(register, "register");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.did = Objects.requireNonNull(did, "did");
        this.schoolName = Objects.requireNonNull(schoolName, "schoolName");
        this.clock = records.gatekeeper().clock();
    }

    /**
     * Whether the learner's record gives a credential of {@code type} about {@code subject}. The
     * node's own check before an offer is made: nothing of the record leaves, and the offer's read
     * is logged when the offer is made.
     */
    @Override
    public Optional<String> refusal(String learnerId, CredentialType type, String subject) {
        List<Candidate> candidates = types.candidates(type, stored(learnerId), records.gatekeeper().learnerIri(learnerId));
        if (candidates.stream().anyMatch(c -> c.subject().equals(subject))) {
            return Optional.empty();
        }
        return Optional.of(candidates.isEmpty() ? "this learner's record gives no " + type.name().toLowerCase(java.util.Locale.ROOT)
                : "'" + subject + "' is not one of what this learner's record gives for " + type.name().toLowerCase(java.util.Locale.ROOT)
                        + ": " + String.join(", ", candidates.stream().map(Candidate::subject).toList()));
    }

    /** What of {@code type} the learner's record could give, for the offer forms' choice. */
    @Override
    public List<Candidate> candidates(String learnerId, CredentialType type) {
        return types.candidates(type, stored(learnerId), records.gatekeeper().learnerIri(learnerId));
    }

    /**
     * The same subject if the record still gives it; otherwise the candidate that is an amended
     * version of it ({@code prov:wasRevisionOf}, followed back through later corrections too).
     */
    @Override
    public Optional<Candidate> corrected(String learnerId, CredentialType type, String subject) {
        Model graph = stored(learnerId);
        List<Candidate> candidates = types.candidates(type, graph, records.gatekeeper().learnerIri(learnerId));
        Optional<Candidate> same = candidates.stream().filter(c -> c.subject().equals(subject)).findFirst();
        if (same.isPresent()) {
            return same;
        }
        return candidates.stream().filter(c -> revises(graph, c.subject(), subject)).findFirst();
    }

    /** Whether {@code later} is a revision of {@code earlier}, directly or through versions between them. */
    private static boolean revises(Model graph, String later, String earlier) {
        Set<RDFNode> seen = new HashSet<>();
        Deque<RDFNode> next = new ArrayDeque<>(List.of(graph.createResource(later)));
        while (!next.isEmpty()) {
            RDFNode at = next.pop();
            if (!at.isResource() || !seen.add(at)) {
                continue;
            }
            for (RDFNode before : graph.listObjectsOfProperty(at.asResource(),
                    PROV.wasRevisionOf).toList()) {
                if (before.isURIResource() && before.asResource().getURI().equals(earlier)) {
                    return true;
                }
                next.push(before);
            }
        }
        return false;
    }

    @Override
    public Minted mint(OfferedCredential offered, JWK holderKey) {
        String learnerId = offered.learnerId();
        AccessRequest request = new AccessRequest(new Principal(Role.LEARNER, learnerId), learnerId,
                Purposes.vocabulary().byCode("learner-request").orElseThrow(), Action.READ);
        RecordRead read = records.read(request, RecordQuery.kinds(types.kinds(offered.type())));
        if (!(read instanceof RecordRead.Served served)) {
            return new Minted.Refused(switch (read) {
                case RecordRead.Refused refused -> refused.refusal().words();
                case RecordRead.NoSuchLearner none -> "this node holds no record for the learner any more";
                default -> "the record could not be read";
            });
        }
        Model record = ModelFactory.createModelForGraph(served.graph());
        CredentialContent content;
        try {
            content = types.build(offered.type(), record, records.gatekeeper().learnerIri(learnerId), offered.subject(), school());
        } catch (IllegalArgumentException e) {
            return new Minted.Refused("the record no longer gives this credential: " + e.getMessage());
        }
        CredentialRegister.Registration registration = register.register(learnerId, offered.type(), offered.format(), offered.subject(),
                content.sources(), Optional.of(Keys.thumbprint(holderKey)));
        JWK key = keys.current();
        String credential;
        try {
            credential = switch (offered.format()) {
                case DC_SD_JWT -> sdJwt(content, registration, key, holderKey);
                case JWT_VC_JSON -> JwtVcJson.issue(vc11(vc(content, registration, holderKey)), did, SigningKey.forDid(did, key));
                case LDP_VC -> DataIntegrity.sign(Json.createObjectBuilder(vc(content, registration, holderKey)).build(), key,
                        DataIntegrity.verificationMethodFor(did, key), now()).toString();
            };
        } catch (IllegalArgumentException e) {
            // The declaration built something a format cannot carry: a fault of the node, said in words, not a 500.
            // The register keeps the entry it made; it names a credential that was never delivered.
            return new Minted.Refused("the school could not secure this credential as " + offered.format().identifier() + ": " + e.getMessage());
        }
        return new Minted.Issued(credential, registration.credentialId());
    }

    private String sdJwt(CredentialContent content, CredentialRegister.Registration registration, JWK key, JWK holderKey) {
        Map<String, Object> claims = new LinkedHashMap<>(content.sdJwtClaims());
        IssuanceOptions.Builder options = IssuanceOptions.issuer(did).issuedAt(now()).holderKey(holderKey);
        if (!claims.containsKey("vct")) {
            options.vct(content.type().vct());
        }
        return SdJwtVc.issue(claims, named(key), registration.tokenStatus(options).build());
    }

    /**
     * The key with its {@code kid} the DID URL of its verification method in the school's DID
     * document, as the JWT and Data Integrity formats name it: a verifier that resolves the
     * {@code did:web} in {@code iss} finds the key by that DID URL (DID Core §3.2, §5.2); the bare
     * thumbprint the key file carries is no DID URL, relative or absolute.
     */
    private JWK named(JWK key) {
        Map<String, Object> json = new LinkedHashMap<>(key.toJSONObject());
        json.put("kid", SigningKey.forDid(did, key).verificationMethod());
        try {
            return JWK.parse(json);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("the issuer key cannot be renamed: " + e.getMessage(), e);
        }
    }

    /** The VC 2.0 credential: the content with the register's id, the school as issuer, the wallet's key as subject, and its status. */
    private Map<String, Object> vc(CredentialContent content, CredentialRegister.Registration registration, JWK holderKey) {
        Map<String, Object> vc = new LinkedHashMap<>();
        content.vc().forEach((name, value) -> {
            if (name.equals("type")) {
                vc.put("id", registration.credentialId());
                vc.put(name, value);
                vc.put("issuer", types.issuerFor(content.type(), did, schoolName));
            } else if (name.equals("credentialSubject") && value instanceof Map<?, ?> subject) {
                Map<String, Object> bound = new LinkedHashMap<>();
                // The subject is the holder, named by the wallet's key: no school identifier for the learner travels.
                bound.put("id", DidJwk.of(holderKey.toPublicJWK()));
                subject.forEach((k, v) -> {
                    if (!"id".equals(k)) {
                        bound.put((String) k, v);
                    }
                });
                vc.put(name, bound);
            } else {
                vc.put(name, value);
            }
        });
        vc.putIfAbsent("validFrom", now().toString());
        vc.put("credentialStatus", registration.credentialStatus());
        return vc;
    }

    /**
     * The same credential in the VC Data Model 1.1 shape that {@code jwt_vc_json} carries (OpenID4VCI
     * 1.0 A.1.1): the 1.1 base context, {@code issuanceDate} and {@code expirationDate} for the 2.0
     * validity period. Its other contexts are carried, not processed (A.1.1: no JSON-LD here).
     */
    static Map<String, Object> vc11(Map<String, Object> vc20) {
        Map<String, Object> vc = new LinkedHashMap<>();
        vc20.forEach((name, value) -> {
            switch (name) {
                case "@context" -> {
                    List<Object> contexts = new ArrayList<>(List.of(JwtVcJson.CREDENTIALS_V1));
                    ((List<?>) value).stream().skip(1).forEach(contexts::add);
                    vc.put(name, contexts);
                }
                case "validFrom" -> vc.put("issuanceDate", value);
                case "validUntil" -> vc.put("expirationDate", value);
                default -> vc.put(name, value);
            }
        });
        return vc;
    }

    private Model stored(String learnerId) {
        return store.read(c -> {
            Model copy = ModelFactory.createDefaultModel();
            copy.add(c.fetch(records.gatekeeper().graphIri(learnerId)));
            return copy;
        });
    }

    private School school() {
        return store.read(c -> {
            try (var query = c.query("""
                    PREFIX sat: <https://w3id.org/satchel/ns#>
                    SELECT ?urn WHERE { GRAPH ?g { ?s a sat:School ; sat:urn ?urn } } LIMIT 1""")) {
                var rows = query.execSelect();
                String urn = rows.hasNext() ? rows.next().getLiteral("urn").getLexicalForm() : "";
                return new School(schoolName, urn, did);
            }
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
