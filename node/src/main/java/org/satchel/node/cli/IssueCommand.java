package org.satchel.node.cli;

import com.nimbusds.jose.jwk.JWK;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.satchel.credentials.dataintegrity.DataIntegrity;
import org.satchel.credentials.jose.SigningKey;
import org.satchel.credentials.jose.VcJwt;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.sdjwt.SdJwtVc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code satchel issue}: sign claims as a credential in one of the three securing formats. */
@Command(name = "issue", mixinStandardHelpOptions = true,
        description = {"Sign a credential and print it: a compact SD-JWT VC, a compact vc+jwt, or Data Integrity JSON.",
                "For sd-jwt-vc, every claim but iss/vct/iat/exp/cnf/status is selectively disclosable, recursively.",
                "For vc-jwt and di-eddsa, the input is a VC 2.0 credential without issuer, which --issuer fills in."})
final class IssueCommand implements Callable<Integer> {
    enum CredentialFormat {
        SD_JWT_VC("sd-jwt-vc"), VC_JWT("vc-jwt"), DI_EDDSA("di-eddsa");

        final String cliName;

        CredentialFormat(String cliName) {
            this.cliName = cliName;
        }
    }

    @Spec CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "sd-jwt-vc, vc-jwt or di-eddsa.")
    CredentialFormat format;

    @Option(names = "--key", required = true, paramLabel = "ISSUER_JWK", description = "The issuer's private key (JWK file).")
    Path key;

    @Option(names = "--issuer", required = true, paramLabel = "DID", description = "The issuer's DID.")
    String issuer;

    @Option(names = "--holder", paramLabel = "HOLDER_PUBLIC_JWK", description = "Bind an SD-JWT VC to this holder key (cnf).")
    Path holder;

    @Option(names = "--in", required = true, paramLabel = "CLAIMS.json", description = "The claims (sd-jwt-vc) or the VC 2.0 credential.")
    Path in;

    @Override
    public Integer call() {
        JWK issuerKey = CliFiles.key(spec, "--key", key, true);
        String input = CliFiles.text(spec, "--in", in);
        if (!issuer.startsWith("did:")) {
            throw new ParameterException(spec.commandLine(), "--issuer: '" + issuer + "' is not a DID");
        }
        if (holder != null && format != CredentialFormat.SD_JWT_VC) {
            throw new ParameterException(spec.commandLine(), "--holder binds SD-JWT VC credentials only; " + format.cliName + " has no cnf");
        }
        String credential;
        try {
            credential = switch (format) {
                case SD_JWT_VC -> SdJwtVc.issue(input, issuerKey, issuer,
                        holder == null ? Optional.empty() : Optional.of(CliFiles.key(spec, "--holder", holder, false).toPublicJWK()));
                case VC_JWT -> VcJwt.issue(input, issuer, SigningKey.forDid(issuer, issuerKey));
                case DI_EDDSA -> {
                    if (Keys.type(issuerKey) != KeyType.ED25519) {
                        throw new ParameterException(spec.commandLine(), "--key: di-eddsa (eddsa-rdfc-2022) signs with an Ed25519 key, not P-256");
                    }
                    yield DataIntegrity.issue(input, issuerKey, issuer);
                }
            };
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--in: " + in + ": " + e.getMessage());
        }
        spec.commandLine().getOut().println(credential);
        return 0;
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<CredentialFormat> {
        @Override
        public CredentialFormat convert(String value) {
            for (CredentialFormat format : CredentialFormat.values()) {
                if (format.cliName.equals(value)) {
                    return format;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a format; use sd-jwt-vc, vc-jwt or di-eddsa");
        }
    }
}
