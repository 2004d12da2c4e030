package org.satchel.node.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.satchel.node.issuance.status.CredentialRegister;

/**
 * The "Credentials" section of the my-record page: each credential the school issued from the
 * record, newest first, with its state and, if staff changed it, why and when; a verifier sees
 * the same state through the school's status lists.
 */
final class CredentialsSection {
    private CredentialsSection() {}

    static Html render(Optional<List<CredentialRegister.Issued>> credentials, boolean self) {
        Html body;
        if (credentials.isEmpty()) {
            body = Html.constant("<p>The credentials issued from this record are not shown to you.</p>\n");
        } else if (credentials.get().isEmpty()) {
            body = Html.of("<p>{}</p>\n", self ? "The school has not issued you any credentials yet."
                    : "The school has not issued them any credentials yet.");
        } else {
            List<Html> rows = new ArrayList<>();
            for (CredentialRegister.Issued c : credentials.get()) {
                Optional<CredentialRegister.StateChange> last = c.lastChange();
                rows.add(Html.of("""
                        <tr class="credential-{}" data-credential="{}"><td>{}</td><td>{}</td><td>{}</td><td class="state"><strong>{}</strong></td><td class="reason">{}</td><td>{}</td></tr>
                        """, c.state().code(), c.credentialId(), c.typeName(), format(c), Tables.time(c.issuedAt()),
                        Tables.capitalise(c.state().code()), last.map(CredentialRegister.StateChange::reason).orElse(""),
                        last.map(ch -> Tables.time(ch.at())).orElse(Html.EMPTY)));
            }
            body = Html.of("""
                    <table id="credentials-table">
                    <caption>Credentials, newest first</caption>
                    <thead><tr><th scope="col">Credential</th><th scope="col">Format</th><th scope="col">Issued</th><th scope="col">State</th>
                    <th scope="col">Reason</th><th scope="col">Changed</th></tr></thead>
                    <tbody>
                    {}</tbody>
                    </table>
                    """, Html.join(rows));
        }
        return Html.of("""
                <section aria-labelledby="credentials">
                <h2 id="credentials">Credentials</h2>
                <p class="hint">What the school has issued from this record into a wallet. A suspended credential is refused by whoever checks it until the school lifts the suspension; a revoked one is refused for good.</p>
                {}</section>
                """, body);
    }

    private static String format(CredentialRegister.Issued c) {
        return switch (c.format()) {
            case DC_SD_JWT -> "SD-JWT VC";
            case JWT_VC_JSON -> "Verifiable credential (JWT)";
            case LDP_VC -> "Verifiable credential (Data Integrity)";
        };
    }
}
