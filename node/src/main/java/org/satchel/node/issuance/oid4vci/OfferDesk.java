package org.satchel.node.issuance.oid4vci;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.update.UpdateRequest;
import org.satchel.node.access.Action;
import org.satchel.node.access.Permission;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Purpose;
import org.satchel.node.accesslog.AccessEvent;
import org.satchel.node.issuance.CredentialType;
import org.satchel.node.issuance.types.Candidate;
import org.satchel.node.records.AccessRequest;
import org.satchel.node.records.Gatekeeper;
import org.satchel.node.records.RecordsService;
import org.satchel.node.records.Refusal;
import org.satchel.node.store.RecordStore;
import org.satchel.node.web.Json;
import org.satchel.node.web.ProblemException;
import org.satchel.node.web.ProblemType;
import org.satchel.vocab.terms.BASIS;
import org.satchel.vocab.terms.SAT;

/**
 * Where staff make credential offers (OpenID4VCI 1.0 §4.1): issuing reads the learner's record, so
 * the access rules judge the request as a read for its purpose, and the offer is in the learner's
 * access log (a refusal too); then the injected {@link OfferCheck} says whether the record supports
 * what is offered. The offer goes out by value and by reference, with its PIN shown once.
 */
final class OfferDesk {
    static final String SCHEME = "openid-credential-offer://";
    static final int MAX_SUBJECT = 2048;

    /** An offer as staff see it once: the offer object, its URIs, the PIN and when it lapses, and the QR code of the reference. */
    record Shown(String offerId, Map<String, Object> offer, String offerUrl, String byValue, String byReference, String txCode,
            Instant expiresAt, String qrSvg, List<OfferedCredential> credentials, String accessEvent) {}

    private final RecordStore store;
    private final Gatekeeper gate;
    private final IssuerMetadata metadata;
    private final Offers offers;
    private final OfferCheck check;

    OfferDesk(RecordStore store, Gatekeeper gate, IssuerMetadata metadata, Offers offers, OfferCheck check) {
        this.store = store;
        this.gate = gate;
        this.metadata = metadata;
        this.offers = offers;
        this.check = check;
    }

    /** Makes an offer, or throws the problem that says why not (and changes nothing but the access log). */
    Shown make(Principal principal, String learnerId, Purpose purpose, List<String> configurationIds, String subject) {
        List<IssuerMetadata.OfferedConfiguration> wanted = configurations(configurationIds);
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "name what to issue in subject: 1 to " + MAX_SUBJECT + " characters");
        }
        AccessRequest request = new AccessRequest(principal, learnerId, purpose, Action.READ);
        authorise(request);
        List<OfferedCredential> credentials = new ArrayList<>();
        for (IssuerMetadata.OfferedConfiguration c : wanted) {
            Optional<String> refusal = check.refusal(learnerId, c.type(), subject);
            if (refusal.isPresent()) {
                throw new ProblemException(ProblemType.CREDENTIAL_NOT_OFFERED, refusal.get());
            }
            credentials.add(new OfferedCredential(learnerId, c.type(), c.format(), subject));
        }
        Offers.Created created = offers.create(learnerId, credentials).orElseThrow(() -> new ProblemException(ProblemType.CONFLICT,
                "too many credential offers are open on this node; try again in a few minutes"));
        String event;
        try {
            event = log(request);
        } catch (RuntimeException e) {
            // Never an offer the learner's access log does not show.
            offers.withdraw(created.offer().id());
            throw e;
        }
        return shown(created, event);
    }

    /**
     * What the learner's record gives of each type, for a form to choose from: judged and logged as
     * the read of the record an offer is, so nothing of the record shows to someone the rules refuse.
     */
    Map<CredentialType, List<Candidate>> candidates(Principal principal, String learnerId, Purpose purpose, List<CredentialType> types) {
        AccessRequest request = new AccessRequest(principal, learnerId, purpose, Action.READ);
        authorise(request);
        log(request);
        Map<CredentialType, List<Candidate>> out = new LinkedHashMap<>();
        for (CredentialType type : types) {
            out.put(type, check.candidates(learnerId, type));
        }
        return out;
    }

    /** The offer object of an open offer (§4.1.1), for {@code credential_offer_uri}. */
    Optional<Map<String, Object>> offer(String id) {
        return offers.byId(id).map(this::offerObject);
    }

    String offerUrl(String id) {
        return metadata.endpoint("/credential-offers/" + id);
    }

    private List<IssuerMetadata.OfferedConfiguration> configurations(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "name the credentials to offer in credential_configuration_ids");
        }
        Set<String> unique = new LinkedHashSet<>(ids);
        if (unique.size() != ids.size()) {
            // §4.1.1: "a non-empty array of unique strings".
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "credential_configuration_ids names one configuration twice");
        }
        List<IssuerMetadata.OfferedConfiguration> found = new ArrayList<>();
        for (String id : unique) {
            found.add(metadata.configuration(id == null ? "" : id).orElseThrow(() -> new ProblemException(ProblemType.MALFORMED_REQUEST,
                    "'" + id + "' is not a credential configuration this node offers; see /.well-known/openid-credential-issuer")));
        }
        return found;
    }

    /** Judges the read before anything is checked or made; a refusal is logged and answered. */
    private void authorise(AccessRequest request) {
        Optional<ProblemException> refused = store.readAndLog(c -> {
            UpdateRequest update = new UpdateRequest();
            if (!gate.learnerExists(c, request.learnerId())) {
                return new RecordStore.Logged<>(Optional.of(RecordsService.unknown(request.learnerId())), update);
            }
            Refusal refusal = null;
            if (request.purpose().prohibited()) {
                refusal = new Refusal(Refusal.Reason.PROHIBITED_PURPOSE, "'" + request.purpose().code()
                        + "' is a purpose Satchel refuses whoever asks and whatever the consent");
            } else if (gate.permission(c, request).isEmpty()) {
                refusal = new Refusal(Refusal.Reason.NOT_PERMITTED,
                        "no access rule lets a " + request.principal().role().code() + " read this learner's record for this purpose, so no credential can be issued from it");
            }
            if (refusal == null) {
                return new RecordStore.Logged<>(Optional.<ProblemException>empty(), update);
            }
            AccessEvent event = gate.record(update, request, Set.of(SAT.Record.getURI()), false, BASIS.none.getURI());
            return new RecordStore.Logged<>(Optional.of(RecordsService.refused(refusal, event.iri())), update);
        });
        refused.ifPresent(p -> {
            throw p;
        });
    }

    /** The allowed read, in the learner's access log. */
    private String log(AccessRequest request) {
        return store.readAndLog(c -> {
            Permission permission = gate.permission(c, request);
            if (permission.isEmpty()) {
                // The rules changed while the offer was checked: judged again here, in the transaction that logs it.
                throw new ProblemException(ProblemType.ACCESS_REFUSED, "the access rules no longer let you read this learner's record for this purpose");
            }
            UpdateRequest update = new UpdateRequest();
            AccessEvent event = gate.record(update, request, Set.of(SAT.Record.getURI()), true, permission.rules().get(0).legalBasis());
            return new RecordStore.Logged<>(event.iri(), update);
        });
    }

    private Shown shown(Offers.Created created, String event) {
        Offers.Offer offer = created.offer();
        Map<String, Object> object = offerObject(offer);
        String url = offerUrl(offer.id());
        String byValue = SCHEME + "?credential_offer=" + encode(Json.write(object));
        String byReference = SCHEME + "?credential_offer_uri=" + encode(url);
        return new Shown(offer.id(), object, url, byValue, byReference, created.txCode(), offer.expires(),
                OfferQr.svg(byReference, "QR code of the credential offer for a wallet to scan"), offer.credentials(), event);
    }

    private Map<String, Object> offerObject(Offers.Offer offer) {
        Map<String, Object> txCode = new LinkedHashMap<>();
        txCode.put("input_mode", "numeric");
        txCode.put("length", Offers.TX_CODE_LENGTH);
        txCode.put("description", "The " + Offers.TX_CODE_LENGTH + "-digit code the school gave you with this offer");
        Map<String, Object> grant = new LinkedHashMap<>();
        grant.put("pre-authorized_code", offer.preAuthorizedCode());
        grant.put("tx_code", txCode);
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("credential_issuer", metadata.identifier());
        object.put("credential_configuration_ids", offer.configurationIds());
        object.put("grants", Map.of(IssuerMetadata.PRE_AUTHORIZED_GRANT, grant));
        return object;
    }

    /** Percent-encoding for a query value: a space as %20, never '+', which not every wallet decodes as a space. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
