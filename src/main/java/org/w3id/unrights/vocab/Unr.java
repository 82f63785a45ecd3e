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
    public static final Node PersonFact = term("PersonFact");
    public static final Node SpecialProcedure = term("SpecialProcedure");
    public static final Node PeriodicReview = term("PeriodicReview");
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
    public static final Node PublicReference = term("PublicReference");

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

    // Values computed at build (graph/computed)
    public static final Node FactTally = term("FactTally");
    public static final Node computedBy = term("computedBy");
    public static final Node tallySource = term("tallySource");
    public static final Node factKind = term("factKind");
    public static final Node tallyCertainty = term("tallyCertainty");
    public static final Node factCount = term("factCount");
    public static final Node inferredValueCount = term("inferredValueCount");
    public static final Node PassageList = term("PassageList");
    public static final Node listedThing = term("listedThing");
    public static final Node listedSource = term("listedSource");
    public static final Node passageLocator = term("passageLocator");
    public static final Node RollCallList = term("RollCallList");
    public static final Node listedRollCall = term("listedRollCall");

    // Actors and mechanisms
    public static final Node isoAlpha2 = term("isoAlpha2");
    public static final Node isoAlpha3 = term("isoAlpha3");
    public static final Node isoAlpha4 = term("isoAlpha4");
    public static final Node m49Code = term("m49Code");
    public static final Node describes = term("describes");
    public static final Node establishedBy = term("establishedBy");
    public static final Node established = term("established");
    public static final Node mechanismKind = term("mechanismKind");
    public static final Node kindConcept = term("kindConcept");

    // Documents and resolutions
    public static final Node adoptionMode = term("adoptionMode");
    public static final Node sponsor = term("sponsor");
    public static final Node hasParagraph = term("hasParagraph");
    public static final Node operativeAction = term("operativeAction");

    // Votes
    public static final Node yesCount = term("yesCount");
    public static final Node noCount = term("noCount");
    public static final Node abstainCount = term("abstainCount");
    public static final Node hasBallot = term("hasBallot");
    public static final Node option = term("option");
    public static final Node importantVote = term("importantVote");
    public static final Node amendmentVote = term("amendmentVote");
    public static final Node paragraphVote = term("paragraphVote");
    public static final Node issue = term("issue");
    public static final Node inBody = term("inBody");
    public static final Node session = term("session");
    public static final Node symbol = term("symbol");
    public static final Node formerKey = term("formerKey");
    public static final Node conflictNote = term("conflictNote");
    public static final Node onResolution = term("onResolution");
    public static final Node voter = term("voter");

    // Reviews
    public static final Node outcomeDate = term("outcomeDate");
    public static final Node hasResponse = term("hasResponse");
    public static final Node responseCategory = term("responseCategory");
    public static final Node count = term("count");

    // Statements and positions
    public static final Node onBehalfOf = term("onBehalfOf");
    public static final Node inDocument = term("inDocument");
    public static final Node stance = term("stance");
    public static final Node holder = term("holder");
    public static final Node toward = term("toward");
    public static final Node roleTitle = term("roleTitle");
    public static final Node mandate = term("mandate");
    public static final Node reportedBy = term("reportedBy");

    // Figures, proposals and treaty status (their fields are read from the shapes; these name them in code)
    public static final Node measure = term("measure");
    public static final Node value = term("value");
    public static final Node proposalKind = term("proposalKind");
    public static final Node treatyStatus = term("treatyStatus");
    public static final Node signed = term("signed");
    public static final Node concerns = term("concerns");

    // What the titles of nameless things are made from (site.Labels)
    public static final Node about = term("about");
    public static final Node aboutPerson = term("aboutPerson");
    public static final Node speaker = term("speaker");
    public static final Node cycle = term("cycle");
    public static final Node underMechanism = term("underMechanism");
    public static final Node paragraphNumber = term("paragraphNumber");
    public static final Node documentKind = term("documentKind");
    public static final Node proposedFor = term("proposedFor");
    public static final Node proposedBy = term("proposedBy");
    public static final Node draftOf = term("draftOf");
    public static final Node imposedBy = term("imposedBy");
    public static final Node sanctionMeasure = term("sanctionMeasure");
    public static final Node treaty = term("treaty");

    private Unr() {}

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
