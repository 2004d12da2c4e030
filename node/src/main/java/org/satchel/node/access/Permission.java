package org.satchel.node.access;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.satchel.vocab.terms.BASIS;

/**
 * What the rules allow one principal, for one purpose and action on one learner's data: a judge
 * of each statement, by its class. Empty when no rule applies at all.
 */
public final class Permission {
    private final List<AccessRule> rules;
    private final Purpose purpose;
    private final Consent consent;

    Permission(List<AccessRule> rules, Purpose purpose, Consent consent) {
        this.rules = List.copyOf(rules);
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.consent = Objects.requireNonNull(consent, "consent");
    }

    /** Whether any rule applies: if none does, nothing at all may be served. */
    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** The rules that apply, for explaining a decision to a person. */
    public List<AccessRule> rules() {
        return rules;
    }

    /**
     * What this permission's verdicts depend on, as text: the purpose, the rules that apply and the
     * learner's decision for that purpose. Two permissions with the same signature judge alike.
     */
    public String signature() {
        return purpose.iri() + '|' + consent.decision(purpose).map(String::valueOf).orElse("-") + '|'
                + String.join(",", rules.stream().map(AccessRule::id).sorted().toList());
    }

    /** Whether a statement of this class, on a record of this kind, may be served, and on what basis. */
    public Verdict judge(Optional<String> kind, StatementClass statement) {
        Withheld.Reason refusal = Withheld.Reason.NOT_PERMITTED;
        for (AccessRule rule : rules) {
            if (!rule.reaches(kind, statement)) {
                continue;
            }
            Optional<Boolean> decision = consent.decision(purpose);
            switch (rule.scope()) {
                case ANY -> {
                    return new Permitted(rule.legalBasis());
                }
                case STATUTORY_ONLY -> {
                    if (statement.statutoryFor(purpose)) {
                        return new Permitted(rule.legalBasis());
                    }
                }
                case NOT_STATUTORY -> {
                    if (statement.statutoryFor().isEmpty()) {
                        return new Permitted(rule.legalBasis());
                    }
                }
                case STATUTORY_OR_CONSENTED -> {
                    if (statement.statutoryFor(purpose)) {
                        return new Permitted(rule.legalBasis());
                    }
                    if (decision.orElse(true)) {
                        return new Permitted(BASIS.consent_given.getURI());
                    }
                    refusal = Withheld.Reason.CONSENT_DECLINED;
                }
                case OPT_IN -> {
                    if (decision.orElse(false)) {
                        return new Permitted(rule.legalBasis());
                    }
                    refusal = Withheld.Reason.CONSENT_NOT_GIVEN;
                }
            }
        }
        return new Withheld(refusal);
    }

    /** The outcome for one statement. */
    public sealed interface Verdict permits Permitted, Withheld {}

    /** May be served; the access rests on this legal basis ({@code basis:} IRI). */
    public record Permitted(String legalBasis) implements Verdict {}

    /** May not be served, and why. */
    public record Withheld(Reason reason) implements Verdict {
        /** Why a statement was withheld. */
        public enum Reason {
            /** No rule lets this role reach it for this purpose. */
            NOT_PERMITTED,
            /** The learner declined sharing that the law does not require. */
            CONSENT_DECLINED,
            /** The purpose is opt-in and the learner has not opted in. */
            CONSENT_NOT_GIVEN
        }
    }
}
