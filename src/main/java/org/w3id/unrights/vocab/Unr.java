package org.w3id.unrights.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Every term of the UN Rights ontology ({@code ontology/un-rights.ttl}) that the code uses, as a constant.
 * {@code OntologyTermsTest} checks each one against the ontology, so a constant cannot name an undefined term.
 */
public final class Unr {
    public static final String NS = "https://w3id.org/un-rights/ontology#";
    public static final String ONTOLOGY_IRI = "https://w3id.org/un-rights/ontology";

    // Classes
    public static final Node Actor = term("Actor");
    public static final Node State = term("State");
    public static final Node Body = term("Body");
    public static final Node Person = term("Person");
    public static final Node Mechanism = term("Mechanism");
    public static final Node MechanismFact = term("MechanismFact");
    public static final Node SpecialProcedure = term("SpecialProcedure");
    public static final Node CommissionOfInquiry = term("CommissionOfInquiry");
    public static final Node PeriodicReview = term("PeriodicReview");
    public static final Node CouncilDebate = term("CouncilDebate");
    public static final Node ResolutionSeries = term("ResolutionSeries");
    public static final Node BilateralDialogue = term("BilateralDialogue");
    public static final Node TechnicalCooperation = term("TechnicalCooperation");
    public static final Node FieldOffice = term("FieldOffice");
    public static final Node TreatyReview = term("TreatyReview");
    public static final Node ExpertGroup = term("ExpertGroup");
    public static final Node Source = term("Source");
    public static final Node Document = term("Document");
    public static final Node Resolution = term("Resolution");
    public static final Node Paragraph = term("Paragraph");
    public static final Node Vote = term("Vote");
    public static final Node Ballot = term("Ballot");
    public static final Node Review = term("Review");
    public static final Node ResponseCount = term("ResponseCount");
    public static final Node Event = term("Event");
    public static final Node Statement = term("Statement");
    public static final Node Position = term("Position");
    public static final Node Role = term("Role");
    public static final Node Figure = term("Figure");
    public static final Node Sanction = term("Sanction");
    public static final Node Proposal = term("Proposal");
    public static final Node TreatyStatus = term("TreatyStatus");

    // Provenance and description
    public static final Node locator = term("locator");
    public static final Node summary = term("summary");
    public static final Node quotation = term("quotation");
    public static final Node inferred = term("inferred");
    public static final Node inferenceNote = term("inferenceNote");
    public static final Node inferredProperty = term("inferredProperty");
    public static final Node certainty = term("certainty");
    public static final Node claimedBy = term("claimedBy");
    public static final Node expectedDate = term("expectedDate");
    public static final Node incompleteProperty = term("incompleteProperty");
    public static final Node sourceWording = term("sourceWording");
    public static final Node date = term("date");
    public static final Node startDate = term("startDate");
    public static final Node endDate = term("endDate");
    public static final Node concerns = term("concerns");
    public static final Node about = term("about");
    public static final Node inBody = term("inBody");
    public static final Node place = term("place");
    public static final Node symbol = term("symbol");
    public static final Node series = term("series");
    public static final Node authorNote = term("authorNote");
    public static final Node publisherNote = term("publisherNote");

    // Actors and mechanisms
    public static final Node isoAlpha2 = term("isoAlpha2");
    public static final Node isoAlpha3 = term("isoAlpha3");
    public static final Node m49Code = term("m49Code");
    public static final Node bodyKind = term("bodyKind");
    public static final Node organOf = term("organOf");
    public static final Node theme = term("theme");
    public static final Node describes = term("describes");
    public static final Node establishedBy = term("establishedBy");
    public static final Node established = term("established");
    public static final Node renewedBy = term("renewedBy");
    public static final Node renewal = term("renewal");
    public static final Node memberCount = term("memberCount");
    public static final Node mechanismKind = term("mechanismKind");
    public static final Node kindConcept = term("kindConcept");

    // Roles
    public static final Node roleTitle = term("roleTitle");
    public static final Node mandate = term("mandate");
    public static final Node ordinal = term("ordinal");
    public static final Node former = term("former");

    // Documents and resolutions
    public static final Node documentKind = term("documentKind");
    public static final Node submittedTo = term("submittedTo");
    public static final Node session = term("session");
    public static final Node adoptionMode = term("adoptionMode");
    public static final Node sponsor = term("sponsor");
    public static final Node coSponsor = term("coSponsor");
    public static final Node leadDrafter = term("leadDrafter");
    public static final Node revisionOf = term("revisionOf");
    public static final Node draftOf = term("draftOf");
    public static final Node underMandate = term("underMandate");
    public static final Node abridgementOf = term("abridgementOf");
    public static final Node hasParagraph = term("hasParagraph");
    public static final Node paragraphNumber = term("paragraphNumber");
    public static final Node operativeAction = term("operativeAction");
    public static final Node mentions = term("mentions");

    // Votes
    public static final Node onResolution = term("onResolution");
    public static final Node yesCount = term("yesCount");
    public static final Node noCount = term("noCount");
    public static final Node abstainCount = term("abstainCount");
    public static final Node absentCount = term("absentCount");
    public static final Node outcome = term("outcome");
    public static final Node hasBallot = term("hasBallot");
    public static final Node voter = term("voter");
    public static final Node option = term("option");

    // Reviews
    public static final Node underMechanism = term("underMechanism");
    public static final Node cycle = term("cycle");
    public static final Node outcomeDate = term("outcomeDate");
    public static final Node recommendationCount = term("recommendationCount");
    public static final Node recommendingStateCount = term("recommendingStateCount");
    public static final Node hasResponse = term("hasResponse");
    public static final Node responseCategory = term("responseCategory");
    public static final Node count = term("count");
    public static final Node rejectedTheme = term("rejectedTheme");

    // Events
    public static final Node eventKind = term("eventKind");
    public static final Node partOf = term("partOf");
    public static final Node participant = term("participant");
    public static final Node requestedBy = term("requestedBy");
    public static final Node opposedBy = term("opposedBy");
    public static final Node declinedBy = term("declinedBy");

    // Statements and positions
    public static final Node onBehalfOf = term("onBehalfOf");
    public static final Node speaker = term("speaker");
    public static final Node atEvent = term("atEvent");
    public static final Node inDocument = term("inDocument");
    public static final Node documentParagraph = term("documentParagraph");
    public static final Node addressee = term("addressee");
    public static final Node stance = term("stance");
    public static final Node reportedBy = term("reportedBy");
    public static final Node holder = term("holder");
    public static final Node toward = term("toward");
    public static final Node evidence = term("evidence");

    // Figures, sanctions, proposals and treaty status
    public static final Node measure = term("measure");
    public static final Node value = term("value");
    public static final Node imposedBy = term("imposedBy");
    public static final Node sanctionMeasure = term("sanctionMeasure");
    public static final Node proposalKind = term("proposalKind");
    public static final Node proposedBy = term("proposedBy");
    public static final Node proposedFor = term("proposedFor");
    public static final Node treaty = term("treaty");
    public static final Node treatyStatus = term("treatyStatus");
    public static final Node signed = term("signed");
    public static final Node ratified = term("ratified");
    public static final Node noReportSince = term("noReportSince");

    private Unr() {}

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
