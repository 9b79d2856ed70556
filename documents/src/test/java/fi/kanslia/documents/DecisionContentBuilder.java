package fi.kanslia.documents;

import fi.kanslia.documents.DecisionContent.Authority;
import fi.kanslia.documents.DecisionContent.ContactPerson;
import fi.kanslia.documents.DecisionContent.DecisionMaker;
import fi.kanslia.documents.DecisionContent.Instruction;
import fi.kanslia.documents.DecisionContent.Language;
import fi.kanslia.documents.DecisionContent.Party;
import fi.kanslia.documents.DecisionContent.Publicity;
import java.time.LocalDate;
import java.util.List;

/** Copies of a decision with one element replaced, so that a test states only what it changes. */
record DecisionContentBuilder(DecisionContent c) {

    DecisionContent language(Language v) {
        return new DecisionContent(v, c.authority(), c.decisionMaker(), c.caseNumber(), c.decisionDate(), c.title(),
                c.parties(), c.decision(), c.reasoning(), c.provisionsApplied(), c.rightsAndObligations(),
                c.contactPerson(), c.instruction(), c.publicity());
    }

    DecisionContent authority(Authority v) {
        return new DecisionContent(c.language(), v, c.decisionMaker(), c.caseNumber(), c.decisionDate(), c.title(),
                c.parties(), c.decision(), c.reasoning(), c.provisionsApplied(), c.rightsAndObligations(),
                c.contactPerson(), c.instruction(), c.publicity());
    }

    DecisionContent decisionMaker(DecisionMaker v) {
        return new DecisionContent(c.language(), c.authority(), v, c.caseNumber(), c.decisionDate(), c.title(),
                c.parties(), c.decision(), c.reasoning(), c.provisionsApplied(), c.rightsAndObligations(),
                c.contactPerson(), c.instruction(), c.publicity());
    }

    DecisionContent caseNumber(String v) {
        return new DecisionContent(c.language(), c.authority(), c.decisionMaker(), v, c.decisionDate(), c.title(),
                c.parties(), c.decision(), c.reasoning(), c.provisionsApplied(), c.rightsAndObligations(),
                c.contactPerson(), c.instruction(), c.publicity());
    }

    DecisionContent decisionDate(LocalDate v) {
        return new DecisionContent(c.language(), c.authority(), c.decisionMaker(), c.caseNumber(), v, c.title(),
                c.parties(), c.decision(), c.reasoning(), c.provisionsApplied(), c.rightsAndObligations(),
                c.contactPerson(), c.instruction(), c.publicity());
    }

    DecisionContent title(String v) {
        return new DecisionContent(c.language(), c.authority(), c.decisionMaker(), c.caseNumber(), c.decisionDate(), v,
                c.parties(), c.decision(), c.reasoning(), c.provisionsApplied(), c.rightsAndObligations(),
                c.contactPerson(), c.instruction(), c.publicity());
    }

    DecisionContent parties(List<Party> v) {
        return new DecisionContent(c.language(), c.authority(), c.decisionMaker(), c.caseNumber(), c.decisionDate(),
                c.title(), v, c.decision(), c.reasoning(), c.provisionsApplied(), c.rightsAndObligations(),
                c.contactPerson(), c.instruction(), c.publicity());
    }

    DecisionContent decision(String v) {
        return new DecisionContent(c.language(), c.authority(), c.decisionMaker(), c.caseNumber(), c.decisionDate(),
                c.title(), c.parties(), v, c.reasoning(), c.provisionsApplied(), c.rightsAndObligations(),
                c.contactPerson(), c.instruction(), c.publicity());
    }

    DecisionContent reasoning(String v) {
        return new DecisionContent(c.language(), c.authority(), c.decisionMaker(), c.caseNumber(), c.decisionDate(),
                c.title(), c.parties(), c.decision(), v, c.provisionsApplied(), c.rightsAndObligations(),
                c.contactPerson(), c.instruction(), c.publicity());
    }

    DecisionContent provisionsApplied(List<String> v) {
        return new DecisionContent(c.language(), c.authority(), c.decisionMaker(), c.caseNumber(), c.decisionDate(),
                c.title(), c.parties(), c.decision(), c.reasoning(), v, c.rightsAndObligations(),
                c.contactPerson(), c.instruction(), c.publicity());
    }

    DecisionContent rightsAndObligations(String v) {
        return new DecisionContent(c.language(), c.authority(), c.decisionMaker(), c.caseNumber(), c.decisionDate(),
                c.title(), c.parties(), c.decision(), c.reasoning(), c.provisionsApplied(), v,
                c.contactPerson(), c.instruction(), c.publicity());
    }

    DecisionContent contactPerson(ContactPerson v) {
        return new DecisionContent(c.language(), c.authority(), c.decisionMaker(), c.caseNumber(), c.decisionDate(),
                c.title(), c.parties(), c.decision(), c.reasoning(), c.provisionsApplied(), c.rightsAndObligations(),
                v, c.instruction(), c.publicity());
    }

    DecisionContent instruction(Instruction v) {
        return new DecisionContent(c.language(), c.authority(), c.decisionMaker(), c.caseNumber(), c.decisionDate(),
                c.title(), c.parties(), c.decision(), c.reasoning(), c.provisionsApplied(), c.rightsAndObligations(),
                c.contactPerson(), v, c.publicity());
    }

    DecisionContent publicity(Publicity v) {
        return new DecisionContent(c.language(), c.authority(), c.decisionMaker(), c.caseNumber(), c.decisionDate(),
                c.title(), c.parties(), c.decision(), c.reasoning(), c.provisionsApplied(), c.rightsAndObligations(),
                c.contactPerson(), c.instruction(), v);
    }
}
