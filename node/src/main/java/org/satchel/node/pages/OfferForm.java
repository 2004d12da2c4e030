package org.satchel.node.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.satchel.node.issuance.CredentialFormat;
import org.satchel.node.issuance.types.Candidate;

/**
 * The choice an offer form asks for, shared by the staff form and the learner's own: one of what
 * the record gives, grouped by kind of credential (a type the record gives nothing of is not
 * shown), and, apart from it, the format, with the wallets that take each said in plain words.
 * A form sent back with a mistake shows the same choices again, as they were chosen.
 */
final class OfferForm {
    private OfferForm() {}

    /** Words for a format, as the choice names it. */
    static String formatName(CredentialFormat format) {
        return switch (format) {
            case DC_SD_JWT -> "SD-JWT VC";
            case JWT_VC_JSON -> "VC 1.1 JWT";
            case LDP_VC -> "Data Integrity";
        };
    }

    /** Which wallets take a format, in plain words. */
    static String formatHint(CredentialFormat format) {
        return switch (format) {
            case DC_SD_JWT -> "For EU Digital Identity Wallets and other wallets that follow the newest OpenID rules."
                    + " The learner can show one detail, such as a single grade, and keep the rest back.";
            case JWT_VC_JSON -> "For wallets that take W3C credentials as a signed JWT (Verifiable Credentials 1.1),"
                    + " such as Microsoft Entra Verified ID and EBSI wallets.";
            case LDP_VC -> "For wallets that take W3C credentials with a Data Integrity proof, such as Open Badges"
                    + " wallets and the Learner Credential Wallet.";
        };
    }

    /** The words that say which formats a kind comes in. */
    static String formats(OfferPages.Kind kind) {
        List<String> names = kind.formats().stream().map(OfferForm::formatName).toList();
        return names.size() == CredentialFormat.values().length ? "Comes in every format."
                : names.size() == 1 ? "Comes as " + names.get(0) + " only."
                : "Comes as " + String.join(" or ", names) + ".";
    }

    /**
     * The fieldsets of the choice, or, when the record gives nothing, a sentence that says so
     * ({@code none}) and no way to send the form.
     */
    static Html choices(List<OfferPages.Kind> kinds, OfferPages.Chosen chosen) {
        List<Html> groups = new ArrayList<>();
        int n = 0;
        for (OfferPages.Kind kind : kinds) {
            if (kind.candidates().isEmpty()) {
                continue;
            }
            List<Html> options = new ArrayList<>();
            for (Candidate c : kind.candidates()) {
                String value = OfferPages.Pick.value(kind.type().id(), c.subject());
                boolean checked = chosen.credential().map(value::equals).orElse(false);
                options.add(Html.of("""
                        <div class="check"><input type="radio" id="credential-{}" name="credential" value="{}" data-type="{}"{} required>
                        <label for="credential-{}">{}</label></div>
                        """, n, value, kind.type().id(), checked ? Html.constant(" checked") : Html.EMPTY, n, c.label()));
                n++;
            }
            // Said only of a kind that does not come in every format: the rest would repeat it for nothing.
            Html comes = kind.formats().size() == CredentialFormat.values().length ? Html.EMPTY
                    : Html.of("<p class=\"hint\">{}</p>\n", formats(kind));
            groups.add(Html.of("""
                    <fieldset class="kind" id="offer-kind-{}"><legend>{}</legend>
                    {}{}</fieldset>
                    """, kind.type().id(), kind.type().name(), comes, Html.join(options)));
        }
        List<Html> formats = new ArrayList<>();
        String format = chosen.format().orElse(CredentialFormat.DC_SD_JWT.identifier());
        for (CredentialFormat f : CredentialFormat.values()) {
            String id = "format-" + f.identifier().replaceAll("[^a-z0-9]", "-");
            formats.add(Html.of("""
                    <div class="check"><input type="radio" id="{}" name="format" value="{}" aria-describedby="{}-hint"{} required>
                    <label for="{}">{}</label>
                    <p class="hint" id="{}-hint">{}</p></div>
                    """, id, f.identifier(), id, f.identifier().equals(format) ? Html.constant(" checked") : Html.EMPTY, id,
                    formatName(f), id, formatHint(f)));
        }
        return Html.of("""
                <fieldset id="offer-credentials"><legend>What to issue</legend>
                {}</fieldset>
                <fieldset id="offer-formats"><legend>Format, for the wallet it goes into</legend>
                <p class="hint">Satchel's own wallet takes all three. If unsure, choose SD-JWT VC.</p>
                {}</fieldset>
                """, Html.join(groups), Html.join(formats));
    }

    /** Whether the record gives anything to choose. */
    static boolean anything(List<OfferPages.Kind> kinds) {
        return kinds.stream().anyMatch(k -> !k.candidates().isEmpty());
    }

    /** The mistake in a form sent back, as an alert at its top. */
    static Html mistake(Optional<String> words) {
        return words.map(w -> Html.of("<div class=\"error\" id=\"offer-error\" role=\"alert\"><p>{}</p></div>\n", w)).orElse(Html.EMPTY);
    }
}
