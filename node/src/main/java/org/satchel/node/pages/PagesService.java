package org.satchel.node.pages;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.satchel.node.access.Action;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Purpose;
import org.satchel.node.access.Purposes;
import org.satchel.node.access.Role;
import org.satchel.node.accesslog.AccessLogFilter;
import org.satchel.node.auth.Accounts;
import org.satchel.node.issuance.status.CredentialRegister;
import org.satchel.node.records.AccessRequest;
import org.satchel.node.records.LearnerDirectory;
import org.satchel.node.records.RecordQuery;
import org.satchel.node.records.RecordRead;
import org.satchel.node.records.RecordsService;
import org.satchel.node.web.NodeServer;
import org.satchel.node.web.ProblemException;
import org.satchel.node.web.ProblemType;

/**
 * The node's pages, for people with a browser: {@code GET|POST /sign-in}, {@code POST /sign-out},
 * {@code GET /me} (a learner's own record, or a guardian's view of it with {@code ?learner=ID}),
 * {@code GET /staff} (the learners a member of staff may see) and {@code GET /staff/learners/{id}}
 * (one pupil, for the purpose in {@code ?purpose=}, by kind or one {@code ?kind=}). They read
 * through the same access rules as the API and are logged like it; their errors are pages.
 */
public final class PagesService implements HttpService {
    /** The cookie that carries the node token of a signed-in browser; {@code Callers} reads it. */
    public static final String COOKIE = "satchel_token";
    /** How long a sign-in lasts: the token's lifetime and the cookie's. */
    static final Duration SESSION = Duration.ofHours(1);
    private static final Pattern LEARNER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final System.Logger LOG = System.getLogger(PagesService.class.getName());

    private final NodeServer.Parts parts;
    private final Accounts accounts;
    private final LearnerDirectory directory;
    private final CredentialRegister credentials;
    private final Optional<CredentialChoices> choices;

    /** The pages of the node these parts belong to; sign-in checks the accounts in its data directory. */
    public PagesService(NodeServer.Parts parts) {
        this(parts, Optional.empty());
    }

    /** As {@link #PagesService(NodeServer.Parts)}, with what a learner may collect into their wallet when the node issues credentials. */
    public PagesService(NodeServer.Parts parts, Optional<CredentialChoices> choices) {
        this.parts = parts;
        this.choices = java.util.Objects.requireNonNull(choices, "choices");
        this.accounts = Accounts.open(parts.config().data());
        this.directory = new LearnerDirectory(parts.store(), parts.gate());
        this.credentials = new CredentialRegister(parts.store(), parts.gate());
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/sign-in", page(this::signInForm))
                .post("/sign-in", page(this::signIn))
                .post("/sign-out", page(this::signOut))
                .get("/me", page(this::me))
                .get("/staff", page(this::staff))
                .get("/staff/learners/{id}", page(this::pupil));
    }

    private void signInForm(ServerRequest req, ServerResponse res) {
        Optional<String> notice = req.query().contains("ended") ? Optional.of(SignInPage.SESSION_ENDED)
                : req.query().contains("signed-out") ? Optional.of(SignInPage.SIGNED_OUT) : Optional.empty();
        SignInPage.render("", Optional.empty(), notice).send(res, Status.OK_200);
    }

    private void signIn(ServerRequest req, ServerResponse res) {
        FormFields form = FormFields.parse(req.content().as(String.class));
        String username = form.first("username").orElse("");
        String password = form.first("password").orElse("");
        if (username.isBlank() || password.isEmpty()) {
            SignInPage.render(username, Optional.of("Enter both your username and your password."), Optional.empty())
                    .send(res, Status.BAD_REQUEST_400);
            return;
        }
        Optional<Principal> principal = signIn(username, password);
        if (principal.isEmpty()) {
            // RFC 9110 §15.5.2: a 401 names a scheme; the form hands out a bearer token in a cookie.
            res.header(HeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"satchel\"");
            SignInPage.render(username, Optional.of(SignInPage.FAILED), Optional.empty()).send(res, Status.UNAUTHORIZED_401);
            return;
        }
        String token = parts.tokens().issue(principal.get(), SESSION);
        res.header(HeaderNames.SET_COOKIE, cookie(token, SESSION.toSeconds(), req.isSecure()));
        redirect(res, home(principal.get()));
    }

    /** The principal a username and password sign in as; the same answer for an unknown user and a wrong password. */
    Optional<Principal> signIn(String username, String password) {
        // Longer than any password an account may have (Accounts allows 1024): refused without hashing it.
        if (username.length() > 256 || password.length() > 4096) {
            return Optional.empty();
        }
        return accounts.authenticate(username, password);
    }

    private void signOut(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.SET_COOKIE, cookie("", 0, req.isSecure()));
        redirect(res, "/sign-in?signed-out");
    }

    private void me(ServerRequest req, ServerResponse res) {
        Principal reader = parts.callers().principal(req);
        Optional<String> asked = req.query().first("learner").asOptional().filter(s -> !s.isBlank());
        if (asked.isEmpty() && reader.role().staff()) {
            redirect(res, "/staff");
            return;
        }
        if (asked.isEmpty() && reader.role() != Role.LEARNER) {
            WhoseRecordPage.render(reader).send(res, Status.OK_200);
            return;
        }
        String learnerId = learnerId(asked.orElse(reader.id()));
        AccessRequest request = new AccessRequest(reader, learnerId, purpose("learner-request"), Action.READ);
        RecordRead.Served served = served(parts.records().read(request, RecordQuery.whole()), learnerId);
        String learnerIri = parts.gate().learnerIri(learnerId);
        // The credentials issued from the record: their own read, logged like any other (absent if refused).
        Optional<List<CredentialRegister.Issued>> issued = credentials.list(request)
                instanceof CredentialRegister.Done<List<CredentialRegister.Issued>> d ? Optional.of(d.value()) : Optional.empty();
        // Read after the record, so that this page's own read is the newest line of the log it shows.
        var events = parts.accessLog().events(reader, learnerId, AccessLogFilter.all());
        var consent = parts.store().read(c -> parts.gate().consent(c, learnerId));
        // A learner collects for themself, from the record this page has just read (and logged).
        boolean self = reader.role() == Role.LEARNER && reader.id().equals(learnerId);
        Optional<CredentialsSection.Collect> collect = self ? choices.map(c -> CredentialsSection.collect(learnerId,
                issued.orElse(List.of()), c)) : Optional.empty();
        MyRecordPage.render(new MyRecordPage.View(reader, reader.iri(parts.gate().base()), learnerId, learnerIri,
                RecordSummary.of(served.graph(), learnerIri, MyRecordPage.LATEST), events, consent, issued, collect)).send(res, Status.OK_200);
    }

    private void staff(ServerRequest req, ServerResponse res) {
        Principal reader = staffOnly(parts.callers().principal(req));
        Purpose purpose = purposeOf(req);
        if (purpose.prohibited()) {
            throw new ProblemException(ProblemType.PROHIBITED_PURPOSE,
                    "'" + purpose.code() + "' is a purpose Satchel refuses whoever asks; no learner is listed for it");
        }
        List<LearnerDirectory.Entry> learners = directory.list(reader, purpose);
        StaffPages.directory(reader, purpose, learners).send(res, Status.OK_200);
    }

    private void pupil(ServerRequest req, ServerResponse res) {
        Principal reader = staffOnly(parts.callers().principal(req));
        String learnerId = learnerId(req.path().pathParameters().get("id"));
        Purpose purpose = purposeOf(req);
        Optional<String> kind = req.query().first("kind").asOptional().filter(s -> !s.isBlank()).map(RecordsService::kindIri);
        RecordQuery query = kind.map(k -> RecordQuery.kinds(Set.of(k))).orElse(RecordQuery.whole());
        RecordRead.Served served = served(parts.records().read(new AccessRequest(reader, learnerId, purpose, Action.READ), query), learnerId);
        RecordSummary summary = RecordSummary.of(served.graph(), parts.gate().learnerIri(learnerId), kind.isPresent() ? StaffPages.PER_KIND : 1);
        Optional<RecordSummary.Kind> shown = kind.map(k -> summary.kinds().stream().filter(x -> x.iri().equals(k)).findFirst()
                .orElse(new RecordSummary.Kind(k, Labels.of(k), Labels.family(k), 0, List.of())));
        StaffPages.pupil(reader, learnerId, purpose, summary, shown).send(res, Status.OK_200);
    }

    private static RecordRead.Served served(RecordRead read, String learnerId) {
        return switch (read) {
            case RecordRead.Served s -> s;
            case RecordRead.Refused r -> throw RecordsService.refused(r.refusal(), r.event().iri());
            case RecordRead.NoSuchLearner n -> throw RecordsService.unknown(learnerId);
        };
    }

    private static Principal staffOnly(Principal reader) {
        if (!reader.role().staff()) {
            throw new ProblemException(ProblemType.ACCESS_REFUSED, "these pages are for the school's staff; your own record is at /me");
        }
        return reader;
    }

    /** The purpose the page is asked for, from the header or {@code ?purpose=}; teaching when none is named. */
    private Purpose purposeOf(ServerRequest req) {
        boolean named = req.headers().contains(org.satchel.node.web.Callers.PURPOSE) || req.query().first("purpose").asOptional()
                .filter(s -> !s.isBlank()).isPresent();
        return named ? parts.callers().purpose(req) : purpose("teaching");
    }

    private static Purpose purpose(String code) {
        return Purposes.vocabulary().byCode(code).orElseThrow();
    }

    private static String learnerId(String id) {
        if (!LEARNER_ID.matcher(id).matches()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "a learner id is 1 to 64 letters, digits, '.', '_' or '-'");
        }
        return id;
    }

    /** Where a principal lands after signing in. */
    static String home(Principal principal) {
        return principal.role().staff() ? "/staff" : "/me";
    }

    /** The session cookie: script cannot read it, other sites cannot send it, and it lives as long as its token. */
    static String cookie(String token, long maxAgeSeconds, boolean secure) {
        return COOKIE + "=" + token + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    private static void redirect(ServerResponse res, String path) {
        res.status(Status.SEE_OTHER_303);
        res.header(HeaderNames.LOCATION, path);
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.send();
    }

    /** A page handler: problems become pages (or a way to sign in), never problem+json. */
    private Handler page(Handler handler) {
        return (req, res) -> {
            try {
                handler.handle(req, res);
            } catch (ProblemException problem) {
                answer(req, res, problem);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "unexpected error answering " + req.prologue().method().text() + " " + req.path().rawPath(), e);
                answer(req, res, new ProblemException(ProblemType.INTERNAL_ERROR,
                        "the node failed to show this page; nothing was changed. Try again, and tell the school office if it happens again"));
            }
        };
    }

    private void answer(ServerRequest req, ServerResponse res, ProblemException problem) {
        switch (problem.type()) {
            case UNAUTHENTICATED -> redirect(res, "/sign-in");
            case INVALID_TOKEN -> {
                // An expired or foreign token in the cookie: forget it, and ask for a sign-in again.
                res.header(HeaderNames.SET_COOKIE, cookie("", 0, req.isSecure()));
                redirect(res, "/sign-in?ended");
            }
            default -> ErrorPage.render(problem, signedIn(req)).send(res, Status.create(problem.type().status()));
        }
    }

    private Optional<Principal> signedIn(ServerRequest req) {
        try {
            return Optional.of(parts.callers().principal(req));
        } catch (ProblemException e) {
            return Optional.empty();
        }
    }
}
