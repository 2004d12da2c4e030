package org.satchel.node.issuance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.satchel.node.issuance.oid4vci.Oid4vciService;
import org.satchel.node.issuance.status.CredentialRegister;
import org.satchel.node.records.AccessRequest;
import org.satchel.node.rights.CorrectionFollowUp;
import org.satchel.node.web.ProblemException;

/**
 * Correction, then revoke and reissue: when staff accept a correction, every credential still
 * standing that was built from the corrected record is revoked, with the correction's reason, by
 * the member of staff who decided; and the same credential, built from the amended record, is
 * offered to the learner at once. The decision's answer carries both, so the offer's QR code and
 * PIN can be handed over; the learner's page shows the revoked credential and its reason.
 */
public final class Reissue implements CorrectionFollowUp {
    /** How the reason of a credential revoked by a correction begins; the correction's own reason follows. */
    public static final String CORRECTED = "corrected: ";

    private final CredentialRegister register;
    private final Oid4vciService offers;

    public Reissue(CredentialRegister register, Oid4vciService offers) {
        this.register = Objects.requireNonNull(register, "register");
        this.offers = Objects.requireNonNull(offers, "offers");
    }

    @Override
    public Map<String, Object> accepted(AccessRequest decidedBy, String challenged, String amended, String reason) {
        List<Map<String, Object>> revoked = new ArrayList<>();
        for (CredentialRegister.Issued issued : register.issuedFrom(challenged)) {
            if (!issued.learnerId().equals(decidedBy.learnerId()) || issued.state() == CredentialRegister.State.REVOKED) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("credentialId", issued.credentialId());
            entry.put("type", issued.typeId());
            entry.put("format", issued.format().identifier());
            CredentialRegister.Outcome<CredentialRegister.Issued> outcome = register.revoke(decidedBy, issued.credentialId(),
                    CORRECTED + reason);
            if (!(outcome instanceof CredentialRegister.Done<CredentialRegister.Issued>)) {
                entry.put("revoked", false);
                entry.put("why", describe(outcome));
                revoked.add(entry);
                continue;
            }
            entry.put("revoked", true);
            // The subject of a credential about one record (an achievement) is that record: now its amended version.
            String subject = issued.subject().equals(challenged) ? amended : issued.subject();
            try {
                entry.put("reissueOffer", offers.offer(decidedBy.principal(), decidedBy.learnerId(), decidedBy.purpose(),
                        List.of(issued.typeId() + "." + issued.format().identifier()), subject));
            } catch (ProblemException e) {
                entry.put("reissueRefused", e.getMessage());
            }
            revoked.add(entry);
        }
        return revoked.isEmpty() ? Map.of() : Map.of("credentials", revoked);
    }

    private static String describe(CredentialRegister.Outcome<?> outcome) {
        return switch (outcome) {
            case CredentialRegister.Refused<?> r -> r.refusal().words();
            case CredentialRegister.Conflict<?> c -> c.words();
            case CredentialRegister.NotFound<?> n -> n.words();
            case CredentialRegister.NoSuchLearner<?> n -> "no such learner " + n.learnerId();
            case CredentialRegister.Done<?> d -> "revoked";
        };
    }
}
