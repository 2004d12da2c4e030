package org.satchel.node.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.satchel.node.web.NodeConfig;
import org.satchel.node.web.NodeServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code satchel node}: runs a school node until SIGTERM or Ctrl-C, printing
 * {@code listening on http://127.0.0.1:P} once it answers; subcommands act on a node's data.
 */
@Command(name = "node", mixinStandardHelpOptions = true,
        description = {"Run a school node: the learners' records in TDB2 under --data (or a SPARQL server with --sparql),",
                "served over HTTP on loopback. Options may come from a YAML file (--config); flags override it."},
        subcommands = {NodeTokenCommand.class, NodeAccountCommand.class, NodeImportCommand.class, NodeIssuerKeyCommand.class})
final class NodeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "A YAML file with role, name, port, data, sparql, base, maxBodyBytes, rules, oidc.")
    Path config;

    @Option(names = "--role", paramLabel = "ROLE", description = "The node's role (school).")
    String role;

    @Option(names = "--name", paramLabel = "NAME", description = "The node's name, as the school is known.")
    String name;

    @Option(names = "--port", paramLabel = "P", description = "Port on 127.0.0.1; 0 picks a free one (default: 0).")
    Integer port;

    @Option(names = "--data", paramLabel = "DIR", description = "The node's data directory (keys, accounts, TDB2).")
    Path data;

    @Option(names = "--sparql", paramLabel = "URL", description = "A SPARQL 1.1 server's dataset URL to use instead of TDB2.")
    String sparql;

    @Option(names = "--base", paramLabel = "IRI", description = "The base IRI the school's records are named under (default: "
            + NodeConfig.DEFAULT_BASE + ").")
    String base;

    @Override
    public Integer call() throws Exception {
        NodeConfig node = config();
        NodeServer server;
        try {
            server = NodeServer.start(node);
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("satchel node: cannot start: " + e.getMessage());
            return 1;
        }
        Files.writeString(node.data().resolve(NodeTokenCommand.BASE_FILE), node.base() + "\n");
        // SIGTERM and Ctrl-C end the wait instead of the JVM, so the node closes its store and exits 0.
        CountDownLatch stop = new CountDownLatch(1);
        for (String name : new String[] {"TERM", "INT"}) {
            sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> stop.countDown());
        }
        spec.commandLine().getOut().println("listening on " + server.url());
        spec.commandLine().getOut().flush();
        stop.await();
        server.close();
        spec.commandLine().getOut().println("stopped");
        spec.commandLine().getOut().flush();
        return 0;
    }

    private NodeConfig config() {
        NodeConfig fromFile = null;
        if (config != null) {
            try {
                fromFile = NodeConfig.read(config);
            } catch (IOException | IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--config: " + config + ": " + e.getMessage());
            }
        }
        if (fromFile == null && (name == null || data == null)) {
            throw new ParameterException(spec.commandLine(), "give --name and --data (or a --config file that has them)");
        }
        try {
            NodeConfig base = fromFile != null ? fromFile : NodeConfig.school(name, 0, data.toAbsolutePath());
            return new NodeConfig(Optional.ofNullable(role).orElse(base.role()), Optional.ofNullable(name).orElse(base.name()),
                    base.host(), Optional.ofNullable(port).orElse(base.port()),
                    Optional.ofNullable(data).map(Path::toAbsolutePath).orElse(base.data()),
                    sparql != null ? Optional.of(sparql) : base.sparql(), Optional.ofNullable(this.base).orElse(base.base()),
                    base.maxBodyBytes(), base.rules(), base.oidc());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
