package org.satchel.vocab.mis;

import static org.satchel.vocab.mis.ExportFile.CONTACTS;

import java.util.List;
import org.apache.jena.graph.Node;
import org.satchel.vocab.mis.LiteralNodes.Day;
import org.satchel.vocab.mis.MisProblem.Code;
import org.satchel.vocab.terms.PURPOSE;
import org.satchel.vocab.terms.SAT;
import org.satchel.vocab.terms.SCHEMA;

/**
 * Parents and carers (contacts.csv): each contact described as a guardian with their relationship
 * to the learner, and a court order restricting the contact when their row has one.
 */
final class ContactRows {
    private static final int CONTACT = CONTACTS.column("Contact ID");
    private static final int SURNAME = CONTACTS.column("Contact Surname");
    private static final int FORENAME = CONTACTS.column("Contact Forename");
    private static final int RELATIONSHIP = CONTACTS.column("Relationship");
    private static final int RESPONSIBILITY = CONTACTS.column("Parental Responsibility");
    private static final int PRIORITY = CONTACTS.column("Priority");
    private static final int EMAIL = CONTACTS.column("Email");
    private static final int TELEPHONE = CONTACTS.column("Telephone");
    private static final int RESTRICTION = CONTACTS.column("Court Order Restriction");
    private static final int MADE = CONTACTS.column("Court Order Made");
    private static final int EXPIRES = CONTACTS.column("Court Order Expires");
    private static final int REFERENCE = CONTACTS.column("Court Reference");
    private static final int ORDER_BY = CONTACTS.column("Court Order Recorded By");
    private static final int ORDER_AT = CONTACTS.column("Court Order Recorded At");
    private static final int BY = CONTACTS.column("Recorded By");
    private static final int AT = CONTACTS.column("Recorded At");

    private ContactRows() {}

    static void read(List<Cursor.Line> rows, GraphOut out) {
        for (Cursor.Line line : rows) {
            contact(out.row(CONTACTS, line), out);
        }
    }

    private static void contact(Fields f, GraphOut out) {
        String contactId = f.text(CONTACT);
        if (contactId != null && !out.pupil.isContactId(contactId)) {
            f.problem(Code.INCONSISTENT, CONTACT, "Contact ID '" + contactId + "' must be the Pupil ID, a hyphen and a number, such as "
                    + out.pupil.id() + "-1");
        }
        String surname = f.text(SURNAME);
        String forename = f.text(FORENAME);
        Node relationship = f.code(RELATIONSHIP, MisCodes.RELATIONSHIPS, "a relationship");
        Boolean responsibility = f.code(RESPONSIBILITY, MisCodes.YES_NO, "Yes or No");
        Integer priority = f.integer(PRIORITY, 1, 99);
        String email = f.optionalText(EMAIL);
        String telephone = f.optionalText(TELEPHONE);
        GraphOut.Provenance admission = f.provenance(BY, AT, f.knownSystem(Directory.MIS), PURPOSE.pastoral);
        boolean ordered = !f.empty(RESTRICTION);
        List<Node> restrictions = f.codes(RESTRICTION, MisCodes.RESTRICTIONS, "a court order restriction", false);
        Day made = null;
        Day expires = null;
        String reference = null;
        GraphOut.Provenance order = null;
        if (ordered) {
            made = f.date(MADE);
            expires = f.optionalDate(EXPIRES);
            reference = f.text(REFERENCE);
            order = f.provenance(ORDER_BY, ORDER_AT, f.knownSystem(Directory.MIS), PURPOSE.safeguarding);
        } else {
            for (int column : new int[] {MADE, EXPIRES, REFERENCE, ORDER_BY, ORDER_AT}) {
                f.mustBeEmpty(column, "when there is no Court Order Restriction");
            }
        }
        if (f.failed()) {
            return;
        }
        Node g = out.school.guardian(contactId);
        boolean guardian = out.claimPerson(f, g);
        Node r = out.claim(f, "guardian-relationship/" + priority);
        Node c = ordered ? out.claim(f, "court-order/" + made.text()) : null;
        if (!guardian || r == null || ordered && c == null) {
            return;
        }
        out.describe(g, SAT.Guardian.asNode(), admission);
        out.start(r, SAT.GuardianRelationship.asNode(), admission);
        out.text(g, SCHEMA.givenName, forename);
        out.text(g, SCHEMA.familyName, surname);
        if (email != null) {
            out.text(g, SCHEMA.email, email);
        }
        if (telephone != null) {
            out.text(g, SCHEMA.telephone, telephone);
        }
        out.link(r, SAT.guardian, g);
        out.link(r, SAT.relationship, relationship);
        out.bool(r, SAT.parentalResponsibility, responsibility);
        out.integer(r, SAT.contactPriority, priority);
        if (!ordered) {
            return;
        }
        out.start(c, SAT.CourtOrder.asNode(), order);
        out.link(c, SAT.guardian, g);
        for (Node restriction : restrictions) {
            out.link(c, SAT.restriction, restriction);
        }
        out.date(c, SAT.orderMadeOn, made);
        if (expires != null) {
            out.date(c, SAT.orderExpires, expires);
        }
        out.text(c, SAT.courtReference, reference);
    }
}
