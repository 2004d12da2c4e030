package org.satchel.node.issuance.oid4vci;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaType;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.lang.System.Logger.Level;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Purpose;
import org.satchel.node.access.Purposes;
import org.satchel.node.access.Role;
import org.satchel.node.issuance.CredentialType;
import org.satchel.node.issuance.types.Candidate;
import org.satchel.node.pages.CredentialChoices;
import org.satchel.node.pages.OfferPages;
import org.satchel.node.records.RecordsService;
import org.satchel.node.web.Json;
import org.satchel.node.web.NodeServer;
import org.satchel.node.web.ProblemException;
import org.satchel.node.web.ProblemType;

/**
 * The school node as an OpenID for Verifiable Credential Issuance 1.0 issuer, pre-authorised code
 * flow, and as its own authorisation server:
 * <ul>
 * <li>{@code POST /learners/{id}/credential-offers}: staff offer a learner credentials (§4.1); the
 *     access rules judge it as a read of the record, and it is in the learner's access log;</li>
 * <li>{@code GET /credential-offers/{offerId}}: an offer by reference (§4.1.3);</li>
 * <li>{@code GET /.well-known/openid-credential-issuer} (§12.2) and
 *     {@code GET /.well-known/oauth-authorization-server} (RFC 8414, §12.3);</li>
 * <li>{@code POST /token} (§6), {@code POST /nonce} (§7), {@code POST /credential} (§8);</li>
 * <li>{@code GET|POST /staff/learners/{id}/credential-offers}: the staff page that makes an offer
 *     of one of what the learner's record gives, and shows it as a QR code with its PIN;</li>
 * <li>{@code GET|POST /me/credential-offers}: the same for a learner collecting a credential into
 *     their own wallet, as their own request.</li>
 * </ul>
 * The protocol endpoints answer errors as OAuth JSON ({@code error}, {@code error_description}),
 * which wallets read; the staff API answers problems like the rest of the node.
 *
 * <p>Offers, codes, access tokens and nonces live in memory only, each for minutes and each map
 * bounded (10,000 offers, 10,000 tokens, 100,000 nonces): a restart ends flows in progress, and
 * the learner asks for a new offer. What is issued is the {@link CredentialMinter}'s to record.
 */
public final class Oid4vciService implements HttpService {
    private static final System.Logger LOG = System.getLogger(Oid4vciService.class.getName());
    private static final HttpMediaType FORM = HttpMediaType.create("application/x-www-form-urlencoded");
    private static final HttpMediaType JSON = HttpMediaType.create("application/json");

    private final NodeServer.Parts parts;
    private final List<CredentialType> types;
    private final IssuerMetadata metadata;
    private final Nonces nonces;
    private final OfferDesk desk;
    private final TokenExchange tokenExchange;
    private final CredentialIssuance issuance;
    private final OfferCheck check;

    /**
     * The issuer of the node these parts belong to, offering {@code types} (each in its formats),
     * checking offers with {@code check} and securing credentials with {@code minter}.
     */
    public Oid4vciService(NodeServer.Parts parts, List<CredentialType> types, OfferCheck check, CredentialMinter minter) {
        this.parts = Objects.requireNonNull(parts, "parts");
        this.types = List.copyOf(types);
        this.check = Objects.requireNonNull(check, "check");
        Objects.requireNonNull(minter, "minter");
        var clock = parts.gate().clock();
        this.metadata = new IssuerMetadata(parts.config().base(), parts.config().name(), this.types);
        this.nonces = new Nonces(clock);
        Offers offers = new Offers(clock);
        AccessTokens tokens = new AccessTokens(clock);
        this.desk = new OfferDesk(parts.store(), parts.gate(), metadata, offers, check);
        this.tokenExchange = new TokenExchange(offers, tokens);
        this.issuance = new CredentialIssuance(metadata, tokens, nonces, new KeyProofs(metadata.identifier(), nonces, clock), minter);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/learners/{id}/credential-offers", this::makeOffer)
                .get("/credential-offers/{offerId}", this::offerByReference)
                .get(metadata.wellKnownPath("openid-credential-issuer"), this::issuerMetadata)
                .get(metadata.wellKnownPath("oauth-authorization-server"), this::authorizationServerMetadata)
                .post("/token", protocol(this::token))
                .post("/nonce", protocol(this::nonce))
                .post("/credential", protocol(this::credential))
                .get("/staff/learners/{id}/credential-offers", page(this::offerForm))
                .post("/staff/learners/{id}/credential-offers", page(this::offerFromForm))
                .get("/me/credential-offers", page(this::collectForm))
                .post("/me/credential-offers", page(this::collectFromForm));
    }

    /** The body of {@code POST /learners/{id}/credential-offers}. */
    record OfferRequest(@JsonProperty("credential_configuration_ids") List<String> credentialConfigurationIds,
            @JsonProperty("subject") String subject) {}

    private void makeOffer(ServerRequest req, ServerResponse res) {
        Principal principal = parts.callers().principal(req);
        Purpose purpose = parts.callers().purpose(req);
        String learnerId = RecordsService.learnerId(req);
        OfferRequest body = Json.read(req.content().as(String.class), OfferRequest.class);
        Map<String, Object> out = offer(principal, learnerId, purpose, body.credentialConfigurationIds(), body.subject());
        res.status(Status.CREATED_201);
        res.header(HeaderNames.LOCATION, (String) out.get("credential_offer_uri"));
        // The PIN is in this answer: no cache may keep it.
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(Json.write(out));
    }

    /**
     * Makes an offer as {@code POST /learners/{id}/credential-offers} does, for the node's own use
     * (a corrected credential offered again), and answers what that route answers.
     *
     * @throws ProblemException as the route refuses: access, unknown configurations, a record that gives no such credential
     */
    public Map<String, Object> offer(Principal principal, String learnerId, Purpose purpose, List<String> configurationIds, String subject) {
        OfferDesk.Shown shown = desk.make(principal, learnerId, purpose, configurationIds, subject);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("offer_id", shown.offerId());
        out.put("credential_offer", shown.offer());
        out.put("credential_offer_uri", shown.offerUrl());
        out.put("offer_by_value", shown.byValue());
        out.put("offer_by_reference", shown.byReference());
        out.put("tx_code", shown.txCode());
        out.put("expires_at", shown.expiresAt().toString());
        out.put("qr_code_svg", shown.qrSvg());
        out.put("access_event", shown.accessEvent());
        return out;
    }

    /** §4.1.3: the offer object as application/json, while the offer is open. */
    private void offerByReference(ServerRequest req, ServerResponse res) {
        String id = req.path().pathParameters().get("offerId");
        Map<String, Object> offer = desk.offer(id).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "no open credential offer here: it was taken up, withdrawn, or has expired; ask the school for a new one"));
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        json(res, offer);
    }

    private void issuerMetadata(ServerRequest req, ServerResponse res) {
        json(res, metadata.issuer());
    }

    private void authorizationServerMetadata(ServerRequest req, ServerResponse res) {
        json(res, metadata.authorizationServer());
    }

    private Map<String, Object> token(ServerRequest req) {
        return tokenExchange.exchange(is(req, FORM), req.content().as(String.class));
    }

    private Map<String, Object> nonce(ServerRequest req) {
        String nonce = nonces.issue().orElseThrow(() -> OAuthError.busy("too many nonces are outstanding; try again in a minute"));
        return Map.of("c_nonce", nonce);
    }

    private Map<String, Object> credential(ServerRequest req) {
        Optional<String> authorization = req.headers().first(HeaderNames.AUTHORIZATION);
        String body = req.content().hasEntity() ? req.content().as(String.class) : "";
        return issuance.issue(authorization, is(req, JSON), body);
    }

    /**
     * What the record gives, for a form's choice: the kinds and their candidates, read only once the
     * access rules let {@code principal} read the record for {@code purpose}, and logged as that read.
     */
    private List<OfferPages.Kind> kinds(Principal principal, String learnerId, Purpose purpose) {
        return desk.candidates(principal, learnerId, purpose, types).entrySet().stream()
                .map(e -> new OfferPages.Kind(e.getKey(), e.getValue())).toList();
    }

    private void offerForm(ServerRequest req, ServerResponse res) {
        Principal reader = staff(req);
        String learnerId = RecordsService.learnerId(req);
        Purpose purpose = pagePurpose(req.query().first("purpose").asOptional());
        OfferPages.form(res, reader, learnerId, purpose, kinds(reader, learnerId, purpose), OfferPages.Chosen.NOTHING, Optional.empty());
    }

    private void offerFromForm(ServerRequest req, ServerResponse res) {
        Principal reader = staff(req);
        String learnerId = RecordsService.learnerId(req);
        Map<String, List<String>> form = form(req.content().as(String.class));
        Purpose purpose = pagePurpose(first(form, "purpose"));
        OfferPages.Chosen chosen = new OfferPages.Chosen(first(form, "credential"), first(form, "format"));
        switch (OfferPages.read(chosen, types)) {
            case OfferPages.Mistake mistake ->
                OfferPages.form(res, reader, learnerId, purpose, kinds(reader, learnerId, purpose), chosen, Optional.of(mistake.words()));
            case OfferPages.Pick pick -> OfferPages.offered(res, reader, learnerId, purpose, offered(make(reader, learnerId, purpose, pick)));
        }
    }

    private void collectForm(ServerRequest req, ServerResponse res) {
        Principal learner = learner(req);
        OfferPages.collectForm(res, learner, kinds(learner, learner.id(), learnerRequest()), OfferPages.Chosen.NOTHING, Optional.empty());
    }

    private void collectFromForm(ServerRequest req, ServerResponse res) {
        Principal learner = learner(req);
        Map<String, List<String>> form = form(req.content().as(String.class));
        OfferPages.Chosen chosen = new OfferPages.Chosen(first(form, "credential"), first(form, "format"));
        switch (OfferPages.read(chosen, types)) {
            case OfferPages.Mistake mistake -> OfferPages.collectForm(res, learner, kinds(learner, learner.id(), learnerRequest()),
                    chosen, Optional.of(mistake.words()));
            case OfferPages.Pick pick -> OfferPages.collected(res, learner, offered(make(learner, learner.id(), learnerRequest(), pick)));
        }
    }

    private OfferDesk.Shown make(Principal principal, String learnerId, Purpose purpose, OfferPages.Pick pick) {
        return desk.make(principal, learnerId, purpose, List.of(pick.configurationId()), pick.subject());
    }

    private static OfferPages.Offered offered(OfferDesk.Shown shown) {
        List<String> labels = shown.credentials().stream().map(c -> OfferPages.label(c.type(), c.format())).toList();
        return new OfferPages.Offered(shown.byReference(), shown.qrSvg(), shown.txCode(), shown.expiresAt(), labels);
    }

    /**
     * What the learner's record gives, for the my-record page, which calls it after its own read of
     * the record was allowed and logged; nothing here judges or logs a read.
     */
    public CredentialChoices choices() {
        return new CredentialChoices() {
            @Override
            public List<OfferPages.Kind> kinds(String learnerId) {
                return types.stream().map(t -> new OfferPages.Kind(t, check.candidates(learnerId, t))).toList();
            }

            @Override
            public Optional<Candidate> corrected(String learnerId, String typeId, String subject) {
                return types.stream().filter(t -> t.id().equals(typeId)).findFirst().flatMap(t -> check.corrected(learnerId, t, subject));
            }
        };
    }

    /** A learner, collecting for themself; anyone else is sent to their own pages. */
    private Principal learner(ServerRequest req) {
        Principal reader = parts.callers().principal(req);
        if (reader.role() != Role.LEARNER) {
            throw new ProblemException(ProblemType.ACCESS_REFUSED, reader.role().staff()
                    ? "a learner collects their own credentials here; staff offer a learner one from the learner's page"
                    : "a learner collects their own credentials here, signed in as themself");
        }
        return reader;
    }

    private Principal staff(ServerRequest req) {
        Principal reader = parts.callers().principal(req);
        if (!reader.role().staff()) {
            throw new ProblemException(ProblemType.ACCESS_REFUSED, "these pages are for the school's staff; your own record is at /me");
        }
        return reader;
    }

    /** The purpose of a learner's own request: the access rules let a learner read their own record for it. */
    private static Purpose learnerRequest() {
        return Purposes.vocabulary().byCode("learner-request").orElseThrow();
    }

    private static Purpose pagePurpose(Optional<String> code) {
        String c = code.filter(s -> !s.isBlank()).orElse("teaching");
        return Purposes.vocabulary().byCode(c).orElseThrow(() -> new ProblemException(ProblemType.UNKNOWN_PURPOSE,
                "'" + c + "' is not a purpose on the controlled list"));
    }

    private static boolean is(ServerRequest req, HttpMediaType type) {
        return req.headers().contentType().map(t -> t.test(type)).orElse(false);
    }

    private static void json(ServerResponse res, Map<String, Object> body) {
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(Json.write(body));
    }

    /** A protocol endpoint: its answer as JSON that no cache keeps (RFC 6749 §5.1, §7.2), its refusals as OAuth errors. */
    private interface Protocol {
        Map<String, Object> answer(ServerRequest req);
    }

    private static Handler protocol(Protocol endpoint) {
        return (req, res) -> {
            res.header(HeaderNames.CACHE_CONTROL, "no-store");
            try {
                Map<String, Object> answer = endpoint.answer(req);
                json(res, answer);
            } catch (OAuthError e) {
                res.status(Status.create(e.status()));
                e.challenge().ifPresent(c -> res.header(HeaderNames.WWW_AUTHENTICATE, c));
                json(res, e.body());
            }
        };
    }

    /** A page handler: problems become pages, as on every staff page. */
    private Handler page(Handler handler) {
        return (req, res) -> {
            try {
                handler.handle(req, res);
            } catch (ProblemException problem) {
                OfferPages.problem(res, problem, signedIn(req));
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "unexpected error answering " + req.prologue().method().text() + " " + req.path().rawPath(), e);
                OfferPages.problem(res, new ProblemException(ProblemType.INTERNAL_ERROR, "the node failed to make the offer; nothing was offered"),
                        signedIn(req));
            }
        };
    }

    private Optional<Principal> signedIn(ServerRequest req) {
        try {
            return Optional.of(parts.callers().principal(req));
        } catch (ProblemException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> first(Map<String, List<String>> form, String name) {
        return Optional.ofNullable(form.get(name)).flatMap(v -> v.stream().findFirst());
    }

    /** An HTML form body (application/x-www-form-urlencoded); a field may repeat (the checkboxes). */
    private static Map<String, List<String>> form(String body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                throw new ProblemException(ProblemType.MALFORMED_REQUEST, "the form is not well-formed");
            }
        }
        return fields;
    }
}
