package org.satchel.vocab.terms;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The Satchel ontology: record kinds, their properties and the annotations that drive access control. Written from the ontology; {@code TermConstantsTest} keeps the two in step. */
public final class SAT {
    private SAT() {}

    /** The namespace of the vocabulary. */
    public static final String NS = "https://w3id.org/satchel/ns#";

    /** The namespace of the vocabulary as a string. */
    public static String getURI() {
        return NS;
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    /** A level result. */
    public static final Resource ALevelResult = resource("ALevelResult");
    /** access event. */
    public static final Resource AccessEvent = resource("AccessEvent");
    /** achievement. */
    public static final Resource Achievement = resource("Achievement");
    /** assessment. */
    public static final Resource Assessment = resource("Assessment");
    /** attendance category. */
    public static final Resource AttendanceCategory = resource("AttendanceCategory");
    /** DfE attendance code. */
    public static final Resource AttendanceCode = resource("AttendanceCode");
    /** attendance mark. */
    public static final Resource AttendanceMark = resource("AttendanceMark");
    /** attendance summary. */
    public static final Resource AttendanceSummary = resource("AttendanceSummary");
    /** behaviour incident. */
    public static final Resource BehaviourIncident = resource("BehaviourIncident");
    /** consent setting. */
    public static final Resource ConsentSetting = resource("ConsentSetting");
    /** correction request. */
    public static final Resource CorrectionRequest = resource("CorrectionRequest");
    /** court order. */
    public static final Resource CourtOrder = resource("CourtOrder");
    /** delegation to an advocate. */
    public static final Resource Delegation = resource("Delegation");
    /** eligibility flag. */
    public static final Resource EligibilityFlag = resource("EligibilityFlag");
    /** enrolment. */
    public static final Resource Enrolment = resource("Enrolment");
    /** examination certificate. */
    public static final Resource ExaminationCertificate = resource("ExaminationCertificate");
    /** suspension or exclusion. */
    public static final Resource Exclusion = resource("Exclusion");
    /** formative assessment. */
    public static final Resource FormativeAssessment = resource("FormativeAssessment");
    /** GCSE result. */
    public static final Resource GcseResult = resource("GcseResult");
    /** guardian. */
    public static final Resource Guardian = resource("Guardian");
    /** guardian relationship. */
    public static final Resource GuardianRelationship = resource("GuardianRelationship");
    /** health condition. */
    public static final Resource HealthCondition = resource("HealthCondition");
    /** homework. */
    public static final Resource Homework = resource("Homework");
    /** intervention. */
    public static final Resource Intervention = resource("Intervention");
    /** key stage 2 result. */
    public static final Resource KeyStage2Result = resource("KeyStage2Result");
    /** learner. */
    public static final Resource Learner = resource("Learner");
    /** learner identity. */
    public static final Resource LearnerIdentity = resource("LearnerIdentity");
    /** learner's own statement. */
    public static final Resource LearnerStatement = resource("LearnerStatement");
    /** legal basis of an access. */
    public static final Resource LegalBasis = resource("LegalBasis");
    /** life skill. */
    public static final Resource LifeSkillAssessment = resource("LifeSkillAssessment");
    /** purpose of an access. */
    public static final Resource Purpose = resource("Purpose");
    /** record. */
    public static final Resource Record = resource("Record");
    /** record about the record. */
    public static final Resource RecordAboutRecord = resource("RecordAboutRecord");
    /** reflection. */
    public static final Resource Reflection = resource("Reflection");
    /** role of a principal. */
    public static final Resource Role = resource("Role");
    /** safeguarding concern. */
    public static final Resource SafeguardingConcern = resource("SafeguardingConcern");
    /** school. */
    public static final Resource School = resource("School");
    /** school record. */
    public static final Resource SchoolRecord = resource("SchoolRecord");
    /** self-set target. */
    public static final Resource SelfSetTarget = resource("SelfSetTarget");
    /** SEN provision. */
    public static final Resource SenProvision = resource("SenProvision");
    /** sensitivity class. */
    public static final Resource SensitivityClass = resource("SensitivityClass");
    /** sharing basis. */
    public static final Resource SharingBasis = resource("SharingBasis");
    /** software. */
    public static final Resource Software = resource("Software");
    /** staff member. */
    public static final Resource StaffMember = resource("StaffMember");
    /** statutory assessment or examination. */
    public static final Resource StatutoryAssessment = resource("StatutoryAssessment");
    /** transcript. */
    public static final Resource Transcript = resource("Transcript");
    /** academic year. */
    public static final Property academicYear = property("academicYear");
    /** action. */
    public static final Property accessAction = property("accessAction");
    /** outcome. */
    public static final Property accessOutcome = property("accessOutcome");
    /** purpose. */
    public static final Property accessPurpose = property("accessPurpose");
    /** when. */
    public static final Property accessedAt = property("accessedAt");
    /** who. */
    public static final Property accessor = property("accessor");
    /** their role. */
    public static final Property accessorRole = property("accessorRole");
    /** achieved on. */
    public static final Property achievedOn = property("achievedOn");
    /** achievement. */
    public static final Property achievement = property("achievement");
    /** kind of achievement. */
    public static final Property achievementCategory = property("achievementCategory");
    /** action taken. */
    public static final Property actionTaken = property("actionTaken");
    /** admission number. */
    public static final Property admissionNumber = property("admissionNumber");
    /** advocate. */
    public static final Property advocate = property("advocate");
    /** assessed by. */
    public static final Property assessedBy = property("assessedBy");
    /** assessed on. */
    public static final Property assessedOn = property("assessedOn");
    /** assessed by (kind). */
    public static final Property assessorRole = property("assessorRole");
    /** attendance category. */
    public static final Property attendanceCategory = property("attendanceCategory");
    /** attendance code. */
    public static final Property attendanceCode = property("attendanceCode");
    /** attendance percentage. */
    public static final Property attendancePercentage = property("attendancePercentage");
    /** authorised absences. */
    public static final Property authorisedAbsences = property("authorisedAbsences");
    /** awarded by. */
    public static final Property awardedBy = property("awardedBy");
    /** awarding body. */
    public static final Property awardingBody = property("awardingBody");
    /** behaviour points. */
    public static final Property behaviourPoints = property("behaviourPoints");
    /** has an individual healthcare plan. */
    public static final Property carePlan = property("carePlan");
    /** challenged property. */
    public static final Property challengedProperty = property("challengedProperty");
    /** challenges. */
    public static final Property challenges = property("challenges");
    /** category of concern. */
    public static final Property concernCategory = property("concernCategory");
    /** status. */
    public static final Property concernStatus = property("concernStatus");
    /** condition. */
    public static final Property condition = property("condition");
    /** conditions. */
    public static final Property conditions = property("conditions");
    /** teacher confirmation. */
    public static final Property confirmation = property("confirmation");
    /** confirmed at. */
    public static final Property confirmedAt = property("confirmedAt");
    /** confirmed by. */
    public static final Property confirmedBy = property("confirmedBy");
    /** consent given. */
    public static final Property consentGiven = property("consentGiven");
    /** purpose consented to. */
    public static final Property consentPurpose = property("consentPurpose");
    /** contact priority. */
    public static final Property contactPriority = property("contactPriority");
    /** status. */
    public static final Property correctionStatus = property("correctionStatus");
    /** counts as a possible session. */
    public static final Property countsAsPossible = property("countsAsPossible");
    /** court reference. */
    public static final Property courtReference = property("courtReference");
    /** may appear in a credential. */
    public static final Property credentialSafe = property("credentialSafe");
    /** kind of data. */
    public static final Property dataKind = property("dataKind");
    /** decided by. */
    public static final Property decidedBy = property("decidedBy");
    /** decided on. */
    public static final Property decidedOn = property("decidedOn");
    /** reason for the decision. */
    public static final Property decisionReason = property("decisionReason");
    /** reason for deferral. */
    public static final Property deferralReason = property("deferralReason");
    /** delegated from. */
    public static final Property delegatedFrom = property("delegatedFrom");

    /** purpose delegated. */
    public static final Property delegatedPurpose = property("delegatedPurpose");

    /** delegated until. */
    public static final Property delegatedUntil = property("delegatedUntil");
    /** delivered by. */
    public static final Property deliveredBy = property("deliveredBy");
    /** due on. */
    public static final Property dueOn = property("dueOn");
    /** eligibility. */
    public static final Property eligibility = property("eligibility");
    /** source of the eligibility decision. */
    public static final Property eligibilitySource = property("eligibilitySource");
    /** end date. */
    public static final Property endDate = property("endDate");
    /** entry date. */
    public static final Property entryDate = property("entryDate");
    /** ethnicity. */
    public static final Property ethnicity = property("ethnicity");
    /** not for the session. */
    public static final Property excludesSession = property("excludesSession");
    /** examination result. */
    public static final Property examResult = property("examResult");
    /** examination series. */
    public static final Property examSeries = property("examSeries");
    /** reason. */
    public static final Property exclusionReason = property("exclusionReason");
    /** suspension or permanent exclusion. */
    public static final Property exclusionType = property("exclusionType");
    /** expires. */
    public static final Property expires = property("expires");
    /** first language. */
    public static final Property firstLanguage = property("firstLanguage");
    /** grade. */
    public static final Property grade = property("grade");
    /** guardian. */
    public static final Property guardian = property("guardian");
    /** hidden from guardians until. */
    public static final Property hiddenFromGuardiansUntil = property("hiddenFromGuardiansUntil");
    /** kind of incident. */
    public static final Property incidentType = property("incidentType");
    /** outcome. */
    public static final Property interventionOutcome = property("interventionOutcome");
    /** kind of intervention. */
    public static final Property interventionType = property("interventionType");
    /** learner. */
    public static final Property learner = property("learner");
    /** leaving date. */
    public static final Property leavingDate = property("leavingDate");
    /** legal basis. */
    public static final Property legalBasis = property("legalBasis");
    /** level. */
    public static final Property level = property("level");
    /** maximum score. */
    public static final Property maxScore = property("maxScore");
    /** Open Badges achievement type. */
    public static final Property obAchievementType = property("obAchievementType");
    /** occurred at. */
    public static final Property occurredAt = property("occurredAt");
    /** order expires. */
    public static final Property orderExpires = property("orderExpires");
    /** order made on. */
    public static final Property orderMadeOn = property("orderMadeOn");
    /** has parental responsibility. */
    public static final Property parentalResponsibility = property("parentalResponsibility");
    /** phase. */
    public static final Property phase = property("phase");
    /** possible sessions. */
    public static final Property possibleSessions = property("possibleSessions");
    /** primary need. */
    public static final Property primaryNeed = property("primaryNeed");
    /** prohibited. */
    public static final Property prohibited = property("prohibited");
    /** proposed value. */
    public static final Property proposedValue = property("proposedValue");
    /** qualification. */
    public static final Property qualification = property("qualification");
    /** raised on. */
    public static final Property raisedOn = property("raisedOn");
    /** rank. */
    public static final Property rank = property("rank");
    /** reason. */
    public static final Property reason = property("reason");
    /** recorded for. */
    public static final Property recordedFor = property("recordedFor");
    /** relationship to the learner. */
    public static final Property relationship = property("relationship");
    /** requested at. */
    public static final Property requestedAt = property("requestedAt");
    /** requested by. */
    public static final Property requestedBy = property("requestedBy");
    /** restriction. */
    public static final Property restriction = property("restriction");
    /** review date. */
    public static final Property reviewDate = property("reviewDate");
    /** scaled score. */
    public static final Property scaledScore = property("scaledScore");
    /** school. */
    public static final Property school = property("school");
    /** score. */
    public static final Property score = property("score");
    /** SEN provision. */
    public static final Property senProvision = property("senProvision");
    /** sensitivity. */
    public static final Property sensitivity = property("sensitivity");
    /** session. */
    public static final Property session = property("session");
    /** session date. */
    public static final Property sessionDate = property("sessionDate");
    /** sessions attended. */
    public static final Property sessionsAttended = property("sessionsAttended");
    /** sessions excluded. */
    public static final Property sessionsExcluded = property("sessionsExcluded");
    /** set on. */
    public static final Property setOn = property("setOn");
    /** sex. */
    public static final Property sex = property("sex");
    /** sharing basis. */
    public static final Property sharingBasis = property("sharingBasis");
    /** skill. */
    public static final Property skill = property("skill");
    /** level reached. */
    public static final Property skillLevel = property("skillLevel");
    /** source system. */
    public static final Property sourceSystem = property("sourceSystem");
    /** staff role. */
    public static final Property staffRole = property("staffRole");
    /** start date. */
    public static final Property startDate = property("startDate");
    /** statutory for. */
    public static final Property statutoryFor = property("statutoryFor");
    /** subject. */
    public static final Property subject = property("subject");
    /** hand-in. */
    public static final Property submissionStatus = property("submissionStatus");
    /** handed in on. */
    public static final Property submittedOn = property("submittedOn");
    /** summary. */
    public static final Property summary = property("summary");
    /** target. */
    public static final Property target = property("target");
    /** target date. */
    public static final Property targetDate = property("targetDate");
    /** target met. */
    public static final Property targetMet = property("targetMet");
    /** teacher assessment. */
    public static final Property teacherAssessment = property("teacherAssessment");
    /** teaches. */
    public static final Property teaches = property("teaches");
    /** text. */
    public static final Property text = property("text");
    /** title. */
    public static final Property title = property("title");
    /** unauthorised absences. */
    public static final Property unauthorisedAbsences = property("unauthorisedAbsences");
    /** unique pupil number. */
    public static final Property upn = property("upn");
    /** unique reference number. */
    public static final Property urn = property("urn");
    /** valid from. */
    public static final Property validFrom = property("validFrom");
    /** week starting. */
    public static final Property weekStarting = property("weekStarting");
    /** written on. */
    public static final Property writtenOn = property("writtenOn");
    /** national curriculum year group. */
    public static final Property yearGroup = property("yearGroup");

    // The register of issued credentials (kept apart from the record, one graph per learner).
    /** issued credential. */
    public static final Resource IssuedCredential = resource("IssuedCredential");
    /** change of a credential's status. */
    public static final Resource CredentialStateChange = resource("CredentialStateChange");
    /** credential type. */
    public static final Property credentialType = property("credentialType");
    /** credential format. */
    public static final Property credentialFormat = property("credentialFormat");
    /** issued to. */
    public static final Property issuedTo = property("issuedTo");
    /** holder key thumbprint. */
    public static final Property holderKeyThumbprint = property("holderKeyThumbprint");
    /** issued from. */
    public static final Property issuedFrom = property("issuedFrom");
    /** status list index. */
    public static final Property statusIndex = property("statusIndex");
    /** status list. */
    public static final Property statusList = property("statusList");
    /** change of. */
    public static final Property changeOf = property("changeOf");
    /** state. */
    public static final Property credentialState = property("credentialState");
    /** reason. */
    public static final Property statusReason = property("statusReason");
    /** changed by. */
    public static final Property stateChangedBy = property("stateChangedBy");
    /** changed at. */
    public static final Property stateChangedAt = property("stateChangedAt");
    /** change number. */
    public static final Property stateChangeNumber = property("stateChangeNumber");
}
