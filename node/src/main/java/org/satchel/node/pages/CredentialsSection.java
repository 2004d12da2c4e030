package org.satchel.node.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.satchel.node.issuance.Reissue;
import org.satchel.node.issuance.status.CredentialRegister;
import org.satchel.node.issuance.types.Candidate;

/**
 * The "Credentials" section of the my-record page: each credential the school issued from the
 * record, newest first, with its state and, if staff changed it, why and when; a verifier sees
 * the same state through the school's status lists. For the learner themself, the way to collect
 * a credential into their wallet, and to collect again one a correction revoked.
 */
final class CredentialsSection {
    private CredentialsSection() {}

    /** What the learner may collect: what the record gives, and the corrected versions of what a correction revoked. */
    record Collect(List<OfferPages.Kind> kinds, List<Corrected> corrected) {
        Collect {
            kinds = List.copyOf(kinds);
            corrected = List.copyOf(corrected);
        }
    }

    /** A credential revoked by a correction, and what of the amended record collects it again. */
    record Corrected(CredentialRegister.Issued revoked, Candidate now) {}

    /**
     * What the learner may collect: each credential revoked by a correction whose corrected version
     * the record gives and that has not been issued again since, and the whole choice.
     */
    static Collect collect(String learnerId, List<CredentialRegister.Issued> issued, CredentialChoices choices) {
        List<Corrected> corrected = new ArrayList<>();
        for (CredentialRegister.Issued c : issued) {
            Optional<CredentialRegister.StateChange> last = c.lastChange();
            if (c.state() != CredentialRegister.State.REVOKED || last.isEmpty() || !last.get().reason().startsWith(Reissue.CORRECTED)) {
                continue;
            }
            choices.corrected(learnerId, c.typeId(), c.subject()).ifPresent(now -> {
                boolean again = issued.stream().anyMatch(o -> o.state() != CredentialRegister.State.REVOKED && o.typeId().equals(c.typeId())
                        && o.format() == c.format() && o.subject().equals(now.subject()) && o.issuedAt().isAfter(last.get().at()));
                if (!again) {
                    corrected.add(new Corrected(c, now));
                }
            });
        }
        return new Collect(choices.kinds(learnerId), corrected);
    }

    static Html render(Optional<List<CredentialRegister.Issued>> credentials, boolean self) {
        return render(credentials, self, Optional.empty());
    }

    static Html render(Optional<List<CredentialRegister.Issued>> credentials, boolean self, Optional<Collect> collect) {
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
                {}{}</section>
                """, body, collect.map(CredentialsSection::collect).orElse(Html.EMPTY));
    }

    private static Html collect(Collect collect) {
        Html corrected = Html.EMPTY;
        if (!collect.corrected().isEmpty()) {
            List<Html> items = new ArrayList<>();
            for (Corrected c : collect.corrected()) {
                items.add(Html.of("""
                        <li data-credential="{}"><p><strong>{}</strong>, {}, revoked {}: {}</p>
                        <form class="corrected-form" method="post" action="/me/credential-offers">
                        <input type="hidden" name="credential" value="{}"><input type="hidden" name="format" value="{}">
                        <button class="primary" type="submit">Collect the corrected one</button>
                        </form></li>
                        """, c.revoked().credentialId(), c.revoked().typeName(), format(c.revoked()),
                        c.revoked().lastChange().map(ch -> Tables.when(ch.at())).orElse(""),
                        c.revoked().lastChange().map(ch -> ch.reason().substring(Reissue.CORRECTED.length())).orElse(""),
                        OfferPages.Pick.value(c.revoked().typeId(), c.now().subject()), c.revoked().format().identifier()));
            }
            corrected = Html.of("""
                    <h3 id="corrected">Corrected credentials to collect</h3>
                    <p>The school corrected your record, so it revoked these. Collect the corrected one into your wallet in its place.</p>
                    <ul id="corrected-list">{}</ul>
                    """, Html.join(items));
        }
        return Html.of("""
                {}<h3 id="collect">Collect a credential into your wallet</h3>
                {}""", corrected, OfferPages.collect(collect.kinds(), OfferPages.Chosen.NOTHING, Optional.empty()));
    }

    private static String format(CredentialRegister.Issued c) {
        return switch (c.format()) {
            case DC_SD_JWT -> "SD-JWT VC";
            case JWT_VC_JSON -> "Verifiable credential (JWT)";
            case LDP_VC -> "Verifiable credential (Data Integrity)";
        };
    }
}
