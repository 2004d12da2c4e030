package org.satchel.node.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How a node runs: its role and name, where it listens, where it keeps its data (TDB2 in
 * {@code data}, or a SPARQL server at {@code sparql}), the base IRI of its records, and limits.
 * Read from a YAML file ({@code --config}) or built from the command line.
 *
 * @param base          the base IRI the node's records are named under (ends in {@code /})
 * @param maxBodyBytes  the largest request body accepted (bulk imports go through the CLI)
 * @param rules         a Turtle access-rules file replacing the bundled one
 * @param oidc          staff sign-in through the school's OpenID Connect provider
 */
public record NodeConfig(String role, String name, String host, int port, Path data, Optional<String> sparql, String base,
        long maxBodyBytes, Optional<Path> rules, Optional<Oidc> oidc) {
    public static final String DEFAULT_BASE = "https://oakfield.school.example/";
    public static final long DEFAULT_MAX_BODY = 1 << 20;

    public NodeConfig {
        Objects.requireNonNull(role, "role");
        if (!role.equals("school")) {
            throw new IllegalArgumentException("this node runs the school role; '" + role + "' is not one it knows yet");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 (any free port) to 65535, not " + port);
        }
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(sparql, "sparql");
        Objects.requireNonNull(base, "base");
        if (!base.endsWith("/") || !(base.startsWith("https://") || base.startsWith("http://"))) {
            throw new IllegalArgumentException("base must be an http(s) IRI ending in '/', not '" + base + "'");
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("max body must be at least 1024 bytes");
        }
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(oidc, "oidc");
    }

    /** A school node on loopback with defaults for everything but its name, port and data. */
    public static NodeConfig school(String name, int port, Path data) {
        return new NodeConfig("school", name, "127.0.0.1", port, data, Optional.empty(), DEFAULT_BASE, DEFAULT_MAX_BODY,
                Optional.empty(), Optional.empty());
    }

    public NodeConfig withSparql(String url) {
        return new NodeConfig(role, name, host, port, data, Optional.of(url), base, maxBodyBytes, rules, oidc);
    }

    public NodeConfig withPort(int newPort) {
        return new NodeConfig(role, name, host, newPort, data, sparql, base, maxBodyBytes, rules, oidc);
    }

    /** The school's OpenID Connect provider for staff sign-in. */
    public record Oidc(String issuer, String jwks, String audience) {
        public Oidc {
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(jwks, "jwks");
            Objects.requireNonNull(audience, "audience");
        }
    }

    /** The YAML file's shape: every key optional except name and data. */
    record File(@JsonProperty("role") String role, @JsonProperty("name") String name, @JsonProperty("host") String host,
            @JsonProperty("port") Integer port, @JsonProperty("data") String data, @JsonProperty("sparql") String sparql,
            @JsonProperty("base") String base, @JsonProperty("maxBodyBytes") Long maxBodyBytes,
            @JsonProperty("rules") String rules, @JsonProperty("oidc") Oidc oidc) {}

    /** Reads a YAML config file; unknown keys and bad values are refused in words. */
    public static NodeConfig read(Path yaml) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        File f = mapper.readValue(yaml.toFile(), File.class);
        if (f == null || f.name() == null || f.data() == null) {
            throw new IllegalArgumentException(yaml + " must give at least name and data");
        }
        Path dir = yaml.toAbsolutePath().getParent();
        return new NodeConfig(Optional.ofNullable(f.role()).orElse("school"), f.name(), Optional.ofNullable(f.host()).orElse("127.0.0.1"),
                Optional.ofNullable(f.port()).orElse(0), dir.resolve(f.data()), Optional.ofNullable(f.sparql()),
                Optional.ofNullable(f.base()).orElse(DEFAULT_BASE), Optional.ofNullable(f.maxBodyBytes()).orElse(DEFAULT_MAX_BODY),
                Optional.ofNullable(f.rules()).map(dir::resolve), Optional.ofNullable(f.oidc()));
    }
}
