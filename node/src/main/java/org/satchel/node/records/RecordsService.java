package org.satchel.node.records;

import io.helidon.http.HeaderNames;
import io.helidon.common.media.type.MediaType;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HttpMediaType;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.satchel.node.access.Action;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Purpose;
import org.satchel.node.web.Callers;
import org.satchel.node.web.Metrics;
import org.satchel.node.web.ProblemException;
import org.satchel.node.web.ProblemType;
import org.satchel.vocab.Ontology;
import org.satchel.vocab.jsonld.JsonLdOffline;
import org.satchel.vocab.terms.SAT;

/**
 * The records API: {@code GET /learners/{id}/record} (JSON-LD, Turtle or N-Quads by content
 * negotiation; by kind and time range) and {@code POST /learners/{id}/records} (Turtle or
 * JSON-LD, checked by the rules and the shapes before anything is stored).
 */
public final class RecordsService implements HttpService {
    public static final MediaType JSON_LD = MediaTypes.create("application/ld+json");
    public static final MediaType TURTLE = MediaTypes.create("text/turtle");
    public static final MediaType N_QUADS = MediaTypes.create("application/n-quads");
    static final Pattern LEARNER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final LearnerRecords records;
    private final RecordWriter writer;
    private final LearnerDirectory directory;
    private final Callers callers;
    private final Metrics metrics;

    public RecordsService(LearnerRecords records, RecordWriter writer, LearnerDirectory directory, Callers callers, Metrics metrics) {
        this.records = records;
        this.writer = writer;
        this.directory = directory;
        this.callers = callers;
        this.metrics = metrics;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/learners", this::list)
                .get("/learners/{id}/record", this::read)
                .post("/learners/{id}/records", this::write);
    }

    private void list(ServerRequest req, ServerResponse res) {
        Principal principal = callers.principal(req);
        Purpose purpose = callers.purpose(req);
        if (!principal.role().staff()) {
            throw new ProblemException(ProblemType.ACCESS_REFUSED, "only staff list learners; a learner or guardian reads /learners/{id}/record");
        }
        if (purpose.prohibited()) {
            // No learner's data was touched, so there is no learner's log to write to; the refusal is counted.
            metrics.access(false);
            throw new ProblemException(ProblemType.PROHIBITED_PURPOSE, "'" + purpose.code() + "' is a purpose Satchel refuses whoever asks");
        }
        List<LearnerDirectory.Entry> entries = directory.list(principal, purpose);
        metrics.access(true);
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(org.satchel.node.web.Json.write(Map.of("learners", entries)));
    }

    private void read(ServerRequest req, ServerResponse res) {
        String id = learnerId(req);
        Principal principal = callers.principal(req);
        Purpose purpose = callers.purpose(req);
        MediaType type = negotiate(req);
        RecordQuery query = query(req);
        RecordRead read = records.read(new AccessRequest(principal, id, purpose, Action.READ), query);
        switch (read) {
            case RecordRead.NoSuchLearner n -> throw unknown(id);
            case RecordRead.Refused r -> {
                metrics.access(false);
                throw refused(r.refusal(), r.event().iri());
            }
            case RecordRead.Served s -> {
                metrics.access(true);
                res.header(HeaderNames.CONTENT_TYPE, type.text());
                res.header(HeaderNames.create("Satchel-Access-Event"), s.event().iri());
                res.header(HeaderNames.VARY, "Accept-Encoding");
                java.util.function.Supplier<byte[]> render =
                        () -> render(s.graph(), records.gatekeeper().learnerIri(id), records.gatekeeper().graphIri(id), type);
                if (acceptsGzip(req)) {
                    res.header(HeaderNames.CONTENT_ENCODING, "gzip");
                    Bodies.send(res, s.renderings().gzipped(type.text(), render));
                } else {
                    Bodies.send(res, s.renderings().get(type.text(), render));
                }
            }
        }
    }

    private void write(ServerRequest req, ServerResponse res) {
        String id = learnerId(req);
        Principal principal = callers.principal(req);
        Purpose purpose = callers.purpose(req);
        Graph submitted = parseBody(req);
        RecordWrite write = writer.add(new AccessRequest(principal, id, purpose, Action.WRITE), submitted);
        switch (write) {
            case RecordWrite.NoSuchLearner n -> throw unknown(id);
            case RecordWrite.Refused r -> {
                metrics.access(false);
                throw refused(r.refusal(), r.event().iri());
            }
            case RecordWrite.Malformed m -> throw new ProblemException(ProblemType.RECORD_NOT_ACCEPTED, m.words());
            case RecordWrite.Invalid i -> throw new ProblemException(ProblemType.INVALID_RECORD,
                    i.violations().size() + " violation(s) of the shapes; nothing was stored",
                    Map.of("violations", i.violations().stream().map(v -> Map.of("focusNode", v.focusNode(), "path", v.path(),
                            "message", v.message(), "words", v.describe())).toList()));
            case RecordWrite.Stored s -> {
                metrics.access(true);
                res.status(Status.CREATED_201);
                res.header(HeaderNames.LOCATION, s.records().get(0));
                res.header(HeaderNames.CONTENT_TYPE, "application/json");
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("records", s.records());
                body.put("event", s.event().iri());
                res.send(org.satchel.node.web.Json.write(body));
            }
        }
    }

    /** The learner id in the path, checked before it goes anywhere near a query. */
    public static String learnerId(ServerRequest req) {
        String id = req.path().pathParameters().get("id");
        if (!LEARNER_ID.matcher(id).matches()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "a learner id is 1 to 64 letters, digits, '.', '_' or '-'");
        }
        return id;
    }

    public static ProblemException unknown(String id) {
        return new ProblemException(ProblemType.UNKNOWN_LEARNER, "this node holds no record for learner " + id);
    }

    /** The problem for a refusal, carrying the logged event so the caller can see it was recorded. */
    public static ProblemException refused(Refusal refusal, String eventIri) {
        ProblemType type = switch (refusal.reason()) {
            case PROHIBITED_PURPOSE -> ProblemType.PROHIBITED_PURPOSE;
            case NOT_PERMITTED -> ProblemType.ACCESS_REFUSED;
            case CONSENT_DECLINED -> ProblemType.CONSENT_DECLINED;
            case CONSENT_NOT_GIVEN -> ProblemType.CONSENT_REQUIRED;
        };
        return new ProblemException(type, refusal.words() + "; this refusal is in the learner's access log", Map.of("event", eventIri));
    }

    static MediaType negotiate(ServerRequest req) {
        List<MediaType> offered = List.of(JSON_LD, MediaTypes.APPLICATION_JSON, TURTLE, N_QUADS);
        if (req.headers().acceptedTypes().isEmpty()) {
            return JSON_LD;
        }
        return req.headers().bestAccepted(offered.toArray(MediaType[]::new)).orElseThrow(() -> new ProblemException(
                ProblemType.NOT_ACCEPTABLE, "a record is served as application/ld+json, application/json, text/turtle or application/n-quads"));
    }

    /** Whether the request's Accept-Encoding (RFC 9110 §12.5.3) names gzip with a weight above zero. */
    static boolean acceptsGzip(ServerRequest req) {
        for (String value : String.join(",", req.headers().all(HeaderNames.ACCEPT_ENCODING, List::of)).split(",")) {
            String[] parts = value.trim().split(";");
            if (parts[0].trim().equalsIgnoreCase("gzip")) {
                for (int i = 1; i < parts.length; i++) {
                    String param = parts[i].trim();
                    if (param.startsWith("q=") && param.substring(2).trim().matches("0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    static byte[] render(Graph graph, String learnerIri, String graphIri, MediaType type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(graph.size() * 64);
        if (same(type, TURTLE)) {
            RDFDataMgr.write(out, graph, Lang.TURTLE);
        } else if (same(type, N_QUADS)) {
            DatasetGraph ds = DatasetGraphFactory.create();
            ds.addGraph(org.apache.jena.graph.NodeFactory.createURI(graphIri), graph);
            RDFDataMgr.write(out, ds, Lang.NQUADS);
        } else {
            RecordJson.write(graph, learnerIri, out);
        }
        return out.toByteArray();
    }

    static RecordQuery query(ServerRequest req) {
        Set<String> kinds = new TreeSet<>();
        for (String k : req.query().all("kind", List::of)) {
            kinds.add(kindIri(k));
        }
        Optional<Instant> from = instant(req, "from");
        Optional<Instant> to = instant(req, "to");
        boolean history = req.query().first("history").map("true"::equals).orElse(false);
        return new RecordQuery(kinds, from, to, history);
    }

    /** A kind named by its local name ({@code AttendanceMark}) or full IRI; it must be a record kind of the ontology. */
    public static String kindIri(String name) {
        String iri = name.startsWith("http") ? name : SAT.NS + name;
        Resource kind = Ontology.model().getResource(iri);
        if (!Ontology.model().contains(kind, org.apache.jena.vocabulary.RDFS.subClassOf)) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "'" + name + "' is not a kind of record in the Satchel ontology");
        }
        return iri;
    }

    /** A time query parameter: a date (the start of that day, UTC) or an instant; 400 if it is neither. */
    public static Optional<Instant> instant(ServerRequest req, String name) {
        Optional<String> value = req.query().first(name).asOptional();
        try {
            return value.map(v -> v.length() == 10 ? Instant.parse(v + "T00:00:00Z") : Instant.parse(v));
        } catch (DateTimeParseException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, name + " must be a date (2026-09-01) or an instant (2026-09-01T08:00:00Z)");
        }
    }

    private static boolean same(MediaType a, MediaType b) {
        return a.type().equalsIgnoreCase(b.type()) && a.subtype().equalsIgnoreCase(b.subtype());
    }

    static Graph parseBody(ServerRequest req) {
        HttpMediaType type = req.headers().contentType().orElseThrow(() -> new ProblemException(
                ProblemType.UNSUPPORTED_MEDIA_TYPE, "send records as text/turtle or application/ld+json"));
        String body = req.content().as(String.class);
        try {
            if (type.test(TURTLE)) {
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.fromString(body).lang(Lang.TURTLE).parse(g);
                return g;
            }
            if (type.test(JSON_LD) || type.test(MediaTypes.APPLICATION_JSON)) {
                return JsonLdOffline.toDataset(body).asDatasetGraph().getDefaultGraph();
            }
        } catch (RiotException | IllegalArgumentException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "the body is not " + type.text() + " Satchel can read: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "the body is not " + type.text() + " Satchel can read: " + e.getMessage());
        }
        throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "send records as text/turtle or application/ld+json, not " + type.text());
    }
}
