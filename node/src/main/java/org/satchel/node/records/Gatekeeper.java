package org.satchel.node.records;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.update.UpdateRequest;
import org.satchel.node.access.AccessPolicy;
import org.satchel.node.access.Consent;
import org.satchel.node.access.Permission;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Purpose;
import org.satchel.node.access.Relationship;
import org.satchel.node.access.Role;
import org.satchel.node.accesslog.AccessEvent;
import org.satchel.node.accesslog.AccessLog;
import org.satchel.vocab.terms.BASIS;
import org.satchel.vocab.terms.SAT;

/**
 * Stands between every request and a learner's data: works out from the record how the
 * principal stands to the learner and what the learner consented to, asks the access rules what
 * that allows, and writes the access event. Every method runs inside the caller's transaction.
 */
public final class Gatekeeper {
    static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/London");
    private static final String PREFIXES = """
            PREFIX sat: <https://w3id.org/satchel/ns#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX code: <https://w3id.org/satchel/code#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    private final String base;
    private final AccessPolicy policy;
    private final AccessLog log;
    private final Clock clock;

    public Gatekeeper(String base, AccessPolicy policy, AccessLog log, Clock clock) {
        this.base = base;
        this.policy = policy;
        this.log = log;
        this.clock = clock;
    }

    public String base() {
        return base;
    }

    public AccessLog log() {
        return log;
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), SCHOOL_ZONE);
    }

    public String learnerIri(String learnerId) {
        return base + "learners/" + learnerId;
    }

    public String graphIri(String learnerId) {
        return learnerIri(learnerId) + "/record";
    }

    /** Whether this node holds a record for the learner. */
    public boolean learnerExists(RDFConnection c, String learnerId) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + "ASK { GRAPH ?g { ?l a sat:Learner } }");
        q.setIri("g", graphIri(learnerId));
        q.setIri("l", learnerIri(learnerId));
        return c.queryAsk(q.asQuery());
    }

    /** What the rules allow this request, given the principal's relationships and the learner's consent. */
    public Permission permission(RDFConnection c, AccessRequest request) {
        return policy.permission(request.principal().role(), relationships(c, request), request.purpose(),
                request.action(), consent(c, request.learnerId()));
    }

    /** The relationships the record shows between the principal and the learner. */
    public Set<Relationship> relationships(RDFConnection c, AccessRequest request) {
        Principal p = request.principal();
        Set<Relationship> held = EnumSet.noneOf(Relationship.class);
        String learner = request.learnerId();
        if (p.role() == Role.LEARNER && p.id().equals(learner)) {
            held.add(Relationship.SELF);
        }
        if (p.role().staff() || p.role() == Role.DATABODY) {
            held.add(Relationship.ON_ROLL);
        }
        if (p.role() == Role.TEACHER && teaches(c, p, learner)) {
            held.add(Relationship.TEACHES);
        }
        if (p.role() == Role.GUARDIAN && guardianOf(c, p, learner)) {
            held.add(Relationship.GUARDIAN_OF);
        }
        if (p.role() == Role.ADVOCATE && delegated(c, p, learner, request.purpose())) {
            held.add(Relationship.DELEGATED);
        }
        return held;
    }

    /** The learner's latest decision for each purpose (amended decisions are superseded, not counted). */
    public Consent consent(RDFConnection c, String learnerId) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
                SELECT ?purpose ?given ?at WHERE { GRAPH ?g {
                  ?s a sat:ConsentSetting ; sat:consentPurpose ?purpose ; sat:consentGiven ?given ; prov:generatedAtTime ?at .
                  FILTER NOT EXISTS { ?s prov:invalidatedAtTime ?gone }
                } } ORDER BY ?at
                """);
        q.setIri("g", graphIri(learnerId));
        Map<String, Boolean> given = new HashMap<>();
        c.querySelect(q.asQuery(), row -> given.put(row.getResource("purpose").getURI(), row.getLiteral("given").getBoolean()));
        return new Consent(given);
    }

    /** Appends an event for this request to {@code update}. */
    public AccessEvent record(UpdateRequest update, AccessRequest request, Set<String> kinds, boolean allowed, String legalBasis) {
        AccessEvent event = new AccessEvent(log.newEventIri(request.learnerId()), request.learnerId(),
                request.principal().iri(base), request.principal().role(), clock.instant(), request.purpose().iri(),
                kinds.isEmpty() ? Set.of(SAT.Record.getURI()) : kinds, request.action(), allowed,
                allowed ? legalBasis : BASIS.none.getURI(), java.util.Optional.empty());
        log.append(update, event);
        return event;
    }

    /** Logs a refusal on its own (nothing else changes) and returns it. */
    public AccessEvent refuse(RDFConnection c, AccessRequest request, Set<String> kinds) {
        UpdateRequest update = new UpdateRequest();
        AccessEvent event = record(update, request, kinds, false, BASIS.none.getURI());
        c.update(update);
        return event;
    }

    private boolean teaches(RDFConnection c, Principal teacher, String learner) {
        // A teacher teaches a pupil if they recorded, assessed or supported them in the pupil's
        // latest year on record: the record says who teaches whom, so no separate timetable is needed.
        ParameterizedSparqlString latest = new ParameterizedSparqlString(PREFIXES
                + "SELECT (MAX(?t) AS ?latest) WHERE { GRAPH ?g { ?r sat:learner ?l ; prov:generatedAtTime ?t } }");
        latest.setIri("g", graphIri(learner));
        latest.setIri("l", learnerIri(learner));
        Instant[] newest = new Instant[1];
        c.querySelect(latest.asQuery(), row -> {
            if (row.contains("latest")) {
                newest[0] = Instant.from(java.time.OffsetDateTime.parse(row.getLiteral("latest").getLexicalForm()));
            }
        });
        if (newest[0] == null) {
            return false;
        }
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
                ASK { GRAPH ?g {
                  ?r sat:learner ?l ; prov:generatedAtTime ?t .
                  { ?r prov:wasAttributedTo ?staff } UNION { ?r sat:assessedBy ?staff } UNION { ?r sat:deliveredBy ?staff }
                  FILTER (?t >= ?since)
                } }
                """);
        q.setIri("g", graphIri(learner));
        q.setIri("l", learnerIri(learner));
        q.setIri("staff", teacher.iri(base));
        q.setLiteral("since", newest[0].minus(java.time.Duration.ofDays(365)).toString(),
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime);
        return c.queryAsk(q.asQuery());
    }

    private boolean guardianOf(RDFConnection c, Principal guardian, String learner) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
                ASK { GRAPH ?g {
                  ?rel a sat:GuardianRelationship ; sat:guardian ?who ; sat:parentalResponsibility true .
                  FILTER NOT EXISTS { ?rel prov:invalidatedAtTime ?gone }
                  FILTER NOT EXISTS {
                    ?order a sat:CourtOrder ; sat:guardian ?who ; sat:restriction code:restriction-no-information .
                    FILTER NOT EXISTS { ?order sat:orderExpires ?ends FILTER (?ends < ?today) }
                  }
                } }
                """);
        q.setIri("g", graphIri(learner));
        q.setIri("who", guardian.iri(base));
        q.setLiteral("today", today().toString(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate);
        return c.queryAsk(q.asQuery());
    }

    private boolean delegated(RDFConnection c, Principal advocate, String learner, Purpose purpose) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
                ASK { GRAPH ?g {
                  ?d a sat:Delegation ; sat:advocate ?who ; sat:delegatedPurpose ?purpose ;
                     sat:delegatedFrom ?from ; sat:delegatedUntil ?until .
                  FILTER NOT EXISTS { ?d prov:invalidatedAtTime ?revoked }
                  FILTER (?from <= ?today && ?today <= ?until)
                } }
                """);
        q.setIri("g", graphIri(learner));
        q.setIri("who", advocate.iri(base));
        q.setIri("purpose", purpose.iri());
        q.setLiteral("today", today().toString(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate);
        return c.queryAsk(q.asQuery());
    }
}
