package org.satchel.node.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Purposes;
import org.satchel.node.importer.ImportReport;
import org.satchel.node.importer.SchoolImport;
import org.satchel.node.web.Json;
import org.satchel.node.web.NodeConfig;
import org.satchel.node.web.NodeServer;
import org.satchel.vocab.generator.GeneratorOptions;
import org.satchel.vocab.generator.SchoolGenerator;

/**
 * The school node's part of the demo: a node on loopback imports a generated school, then staff,
 * a guardian and the learner use it over HTTP, each access landing in the learner's log.
 */
final class NodeDemo implements AutoCloseable {
    private final Path work;
    private final int pupils;
    private final long seed;
    private final HttpClient http = HttpClient.newHttpClient();
    private NodeServer node;
    private String learner;
    private String teacher;
    private String senco;
    private String guardian;

    NodeDemo(Path work, int pupils, long seed) {
        this.work = work;
        this.pupils = pupils;
        this.seed = seed;
    }

    List<DemoStep> steps() {
        List<DemoStep> steps = new ArrayList<>(List.of(
                new DemoStep("generate a school's MIS export (" + pupils + " pupils, 2025/26)", this::generate),
                new DemoStep("start a school node on loopback", this::start),
                new DemoStep("import the export: every row and every record checked before anything is stored", this::importSchool),
                new DemoStep("summarise the school from the node's store", this::summarise),
                new DemoStep("a teacher reads a pupil's assessments, for teaching", this::teacherReads),
                new DemoStep("the SENCO reads the pupil's SEN support, for SEN support", this::sencoReads),
                new DemoStep("a guardian asks for the pupil's safeguarding concerns: refused, and logged", this::guardianRefused),
                new DemoStep("the learner reads who accessed their record, when and why", this::accessLog),
                new DemoStep("the learner declines all sharing the law does not require", this::declineSharing),
                new DemoStep("the learner challenges an attendance mark; the teacher accepts, and the record is amended", this::correction)));
        steps.addAll(new IssuanceDemo(this).steps());
        return steps;
    }

    NodeServer node() {
        return node;
    }

    private String generate() throws IOException {
        var summary = new SchoolGenerator(new GeneratorOptions(pupils, 1, seed, GeneratorOptions.DEFAULT_BASE_IRI))
                .writeCsv(work.resolve("mis-export"), (done, total) -> { });
        return String.format(Locale.ROOT, "%,d pupils' records (%,d triples once read) as CSV files in %s", summary.learners(),
                summary.quads(), work.resolve("mis-export").getFileName());
    }

    private String start() {
        node = NodeServer.start(NodeConfig.school("Oakfield Academy", 0, work.resolve("node")));
        return "listening on " + node.url() + " (TDB2 in " + work.relativize(work.resolve("node").resolve("tdb2")) + ")";
    }

    private String importSchool() throws IOException {
        Principal head = new Principal(org.satchel.node.access.Role.HEAD, "T0001");
        ImportReport report = new SchoolImport(node.parts().store(), node.parts().gate()).run(work.resolve("mis-export"), head,
                Purposes.vocabulary().byCode("teaching").orElseThrow(), SchoolImport.Listener.quiet());
        if (!report.complete()) {
            throw new IllegalStateException(report.rejectedRows() + " rows rejected; the first: "
                    + report.rejected().values().iterator().next().get(0));
        }
        DemoSchoolFacts facts = new DemoSchoolFacts(node.parts().store(), node.parts().config().base());
        learner = facts.learnerWithSen();
        teacher = facts.teacherOf(learner);
        senco = facts.staffWithRole("senco");
        guardian = facts.guardianOf(learner);
        return String.format(Locale.ROOT, "%,d learners, %,d triples from %d files; one access event per learner", report.learners(),
                report.triples(), report.imported().size());
    }

    private String summarise() {
        return node.parts().store().read(c -> new SchoolSummary(c).describe());
    }

    private String teacherReads() {
        JsonNode record = ok(get("/learners/" + learner + "/record?kind=FormativeAssessment", "teacher:" + teacher, "teaching"));
        return "teacher " + teacher + " sees " + record.get("@graph").size() + " formative assessments of learner " + learner;
    }

    private String sencoReads() {
        JsonNode record = ok(get("/learners/" + learner + "/record?kind=SenProvision", "senco:" + senco, "send-support"));
        return "SENCO " + senco + " sees " + record.get("@graph").size() + " SEN provision record(s); a teacher asking the same is refused";
    }

    private String guardianRefused() {
        HttpResponse<String> response = get("/learners/" + learner + "/record?kind=SafeguardingConcern", "guardian:" + guardian,
                "learner-request");
        JsonNode problem = Json.tree(response.body());
        if (response.statusCode() != 403) {
            throw new IllegalStateException("the guardian was not refused: " + response.statusCode() + " " + response.body());
        }
        return response.statusCode() + " " + problem.get("type").asText() + "\n" + problem.get("detail").asText();
    }

    private String accessLog() {
        JsonNode log = ok(get("/learners/" + learner + "/access-log", "learner:" + learner, null));
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-20s %-9s %-16s %-8s %-20s %s%n", "when", "role",
                "purpose", "outcome", "legal basis", "kinds"));
        int shown = 0;
        boolean teacherSeen = false;
        boolean sencoSeen = false;
        boolean guardianSeen = false;
        for (JsonNode e : log.get("events")) {
            String role = e.get("role").asText();
            teacherSeen |= role.equals("teacher");
            sencoSeen |= role.equals("senco");
            guardianSeen |= role.equals("guardian") && e.get("outcome").asText().equals("refused");
            if (shown++ < 6) {
                out.append(String.format(Locale.ROOT, "%-20s %-9s %-16s %-8s %-20s %s%n", e.get("at").asText().substring(0, 19), role,
                        e.get("purpose").asText(), e.get("outcome").asText(), e.get("legalBasis").asText(),
                        String.join(", ", iterable(e.get("dataKinds")))));
            }
        }
        if (!(teacherSeen && sencoSeen && guardianSeen)) {
            throw new IllegalStateException("the learner's log misses an access: " + log);
        }
        return out.toString().stripTrailing();
    }

    private String declineSharing() {
        ok(send("PUT", "/learners/" + learner + "/consent", "learner:" + learner, "learner-request", "{\"declineAllNonStatutory\": true}"));
        HttpResponse<String> transfer = get("/learners/" + learner + "/record?kind=FormativeAssessment", "head:T0001", "transfer");
        if (transfer.statusCode() != 403) {
            throw new IllegalStateException("a transfer of consent-based records went ahead after the learner declined: " + transfer.body());
        }
        JsonNode record = ok(get("/learners/" + learner + "/record?kind=AttendanceMark", "head:T0001", "transfer"));
        return "a transfer asking for weekly assessments: " + transfer.statusCode() + " " + Json.tree(transfer.body()).get("type").asText()
                + "\nthe same transfer still carries what the law requires: " + record.get("@graph").size() + " attendance marks";
    }

    private String correction() {
        String mark = new DemoSchoolFacts(node.parts().store(), node.parts().config().base()).unauthorisedAbsence(learner);
        JsonNode asked = ok201(send("POST", "/learners/" + learner + "/corrections", "learner:" + learner, "learner-request",
                "{\"record\": \"" + mark + "\", \"property\": \"attendanceCode\", \"proposedValue\": {\"@id\": \"att:I\"},"
                        + " \"reason\": \"I was ill that day; my mum phoned the office.\"}"));
        String id = asked.get("id").asText();
        JsonNode decided = ok(send("POST", "/learners/" + learner + "/corrections/" + id + "/decision", "teacher:" + teacher, "teaching",
                "{\"accept\": true, \"reason\": \"The office logged the call.\"}"));
        JsonNode seen = null;
        for (JsonNode c : ok(get("/learners/" + learner + "/corrections", "learner:" + learner, "learner-request")).get("corrections")) {
            if (c.get("id").asText().equals(id)) {
                seen = c;
            }
        }
        if (seen == null || !seen.get("status").asText().equals("accepted")) {
            throw new IllegalStateException("the learner does not see the accepted correction: " + seen);
        }
        return "challenged " + mark.substring(mark.lastIndexOf("/learners/")) + " (unauthorised absence → illness)\n"
                + "the learner sees: " + seen.get("status").asText() + ", \"" + seen.get("decisionReason").asText() + "\"\n"
                + "amended record " + decided.get("amendedRecord").asText().replaceAll(".*/learners/", "/learners/")
                + " revises the old mark, which is kept as history";
    }

    HttpResponse<String> send(String method, String path, String principal, String purpose, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url() + path))
                .header("Authorization", "Bearer " + node.parts().tokens().issue(Principal.parse(principal).orElseThrow()))
                .header("Satchel-Purpose", purpose).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode ok201(HttpResponse<String> response) {
        if (response.statusCode() != 201) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return Json.tree(response.body());
    }

    private static List<String> iterable(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    HttpResponse<String> get(String path, String principal, String purpose) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url() + path))
                .header("Authorization", "Bearer " + node.parts().tokens().issue(Principal.parse(principal).orElseThrow()));
        if (purpose != null) {
            request.header("Satchel-Purpose", purpose);
        }
        try {
            return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return Json.tree(response.body());
    }

    @Override
    public void close() {
        if (node != null) {
            node.close();
        }
    }
}
