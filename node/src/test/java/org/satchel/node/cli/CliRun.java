package org.satchel.node.cli;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** One run of the command line as a user makes it: the exit code and what it printed, apart. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        return of(Satchel.commandLine(), args);
    }

    /** A run of a command line of the test's making, e.g. a command not yet registered under satchel. */
    static CliRun of(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** Standard output read as one JSON object. */
    Map<String, Object> json() throws java.text.ParseException {
        return JSONObjectUtils.parse(out.strip());
    }
}
