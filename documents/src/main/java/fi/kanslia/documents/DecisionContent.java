package fi.kanslia.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The structured content of an administrative decision: every element that Hallintolaki 434/2003
 * 44 § (contents) and 45 § (reasons) require, plus the rectification or appeal instruction
 * (46–47 §) and the publicity class (JulkL 621/1999).
 *
 * <p>The record accepts incomplete values so that a draft can be built step by step;
 * {@link #missingElements()} is the completeness gate that the renderer enforces.
 *
 * @param language             language of the document
 * @param authority            the deciding municipality and body (44 § 1 mom 1 k)
 * @param decisionMaker        the official who made the decision
 * @param caseNumber           the case register identifier (TiHL 25 §)
 * @param decisionDate         the date of the decision (44 § 1 mom 1 k)
 * @param title                e.g. "Päätös koulupaikasta"
 * @param parties              the parties directly affected (44 § 1 mom 2 k)
 * @param decision             the operative decision text
 * @param reasoning            the facts and evidence the decision rests on (45 §)
 * @param provisionsApplied    the provisions applied (45 §), e.g. "Perusopetuslaki 628/1998 6 §"
 * @param rightsAndObligations what the party is entitled or obliged to do (44 § 1 mom 3 k)
 * @param contactPerson        who gives more information (44 § 1 mom 4 k)
 * @param instruction          the rectification or appeal instruction
 * @param publicity            the publicity class and its legal basis
 */
public record DecisionContent(
        Language language,
        Authority authority,
        DecisionMaker decisionMaker,
        String caseNumber,
        LocalDate decisionDate,
        String title,
        List<Party> parties,
        String decision,
        String reasoning,
        List<String> provisionsApplied,
        String rightsAndObligations,
        ContactPerson contactPerson,
        Instruction instruction,
        Publicity publicity) {

    public DecisionContent {
        parties = copyOrNull(parties);
        provisionsApplied = copyOrNull(provisionsApplied);
    }

    /** Language of the decision document. */
    public enum Language {
        FI("fi"),
        SV("sv");

        private final String tag;

        Language(String tag) {
            this.tag = tag;
        }

        /** The BCP 47 language tag, "fi" or "sv". */
        public String tag() {
            return tag;
        }

        /** Parses "fi" or "sv" (case-insensitive). */
        public static Language of(String tag) {
            for (Language language : values()) {
                if (language.tag.equalsIgnoreCase(tag)) {
                    return language;
                }
            }
            throw new IllegalArgumentException("Unsupported decision language: " + tag);
        }
    }

    /** The deciding authority: the municipality and the body or office within it. */
    public record Authority(String municipality, String body) {
    }

    /** The official who made the decision. */
    public record DecisionMaker(String name, String title) {
    }

    /** A party directly affected by the decision, e.g. the pupil or a guardian. */
    public record Party(String name, String role) {
    }

    /** The person who gives more information about the decision (HL 44 § 1 mom 4 k). */
    public record ContactPerson(String name, String title, String phone, String email) {
    }

    /**
     * The rectification (HL 46 §) or appeal (HL 47 §) instruction.
     *
     * @param kind            rectification request or appeal
     * @param authorityName   the authority to which the request or appeal is addressed
     * @param postalAddress   where it is delivered by post
     * @param email           where it is delivered electronically
     * @param periodDays      the period in days (e.g. 14 under PoL 42 §); zero or less means missing
     * @param periodCounting  how the period is counted (from which day, how notification is deemed)
     * @param body            the remaining instruction text: content, attachments, delivery
     */
    public record Instruction(
            Kind kind,
            String authorityName,
            String postalAddress,
            String email,
            int periodDays,
            String periodCounting,
            String body) {

        /** Which remedy the instruction is for. */
        public enum Kind {
            RECTIFICATION,
            APPEAL
        }
    }

    /**
     * The publicity of the document (JulkL 621/1999).
     *
     * @param publicityClass the class
     * @param legalBasis     the confidentiality ground, e.g. "JulkL 24 § 1 mom 30 k"; required unless public
     */
    public record Publicity(PublicityClass publicityClass, String legalBasis) {

        /** Whether the document must carry a confidentiality marking. */
        public boolean isMarked() {
            return publicityClass != null && publicityClass != PublicityClass.PUBLIC;
        }
    }

    /** Julkinen, osittain salassa pidettävä, salassa pidettävä. */
    public enum PublicityClass {
        PUBLIC,
        PARTLY_CONFIDENTIAL,
        CONFIDENTIAL
    }

    /**
     * Names every required element that is absent or blank, as dotted paths such as
     * {@code "contactPerson.phone"} or {@code "parties[1].role"}. Empty when the content is complete.
     */
    public List<String> missingElements() {
        List<String> missing = new ArrayList<>();
        require(missing, "language", language);
        if (authority == null) {
            missing.add("authority");
        } else {
            requireText(missing, "authority.municipality", authority.municipality());
            requireText(missing, "authority.body", authority.body());
        }
        if (decisionMaker == null) {
            missing.add("decisionMaker");
        } else {
            requireText(missing, "decisionMaker.name", decisionMaker.name());
            requireText(missing, "decisionMaker.title", decisionMaker.title());
        }
        requireText(missing, "caseNumber", caseNumber);
        require(missing, "decisionDate", decisionDate);
        requireText(missing, "title", title);
        checkParties(missing);
        requireText(missing, "decision", decision);
        requireText(missing, "reasoning", reasoning);
        checkProvisions(missing);
        requireText(missing, "rightsAndObligations", rightsAndObligations);
        checkContactPerson(missing);
        checkInstruction(missing);
        checkPublicity(missing);
        return List.copyOf(missing);
    }

    /** Names no person: a decision logged by mistake must not leak the parties (style.md, GDPR). */
    @Override
    public String toString() {
        return "DecisionContent[caseNumber=" + caseNumber + ", language=" + language
                + ", missingElements=" + missingElements() + "]";
    }

    /** Whether {@link #missingElements()} is empty. */
    public boolean isComplete() {
        return missingElements().isEmpty();
    }

    private void checkParties(List<String> missing) {
        if (parties == null || parties.isEmpty()) {
            missing.add("parties");
            return;
        }
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            if (party == null) {
                missing.add("parties[" + i + "]");
            } else {
                requireText(missing, "parties[" + i + "].name", party.name());
                requireText(missing, "parties[" + i + "].role", party.role());
            }
        }
    }

    private void checkProvisions(List<String> missing) {
        if (provisionsApplied == null || provisionsApplied.isEmpty()) {
            missing.add("provisionsApplied");
            return;
        }
        for (int i = 0; i < provisionsApplied.size(); i++) {
            requireText(missing, "provisionsApplied[" + i + "]", provisionsApplied.get(i));
        }
    }

    private void checkContactPerson(List<String> missing) {
        if (contactPerson == null) {
            missing.add("contactPerson");
            return;
        }
        requireText(missing, "contactPerson.name", contactPerson.name());
        requireText(missing, "contactPerson.title", contactPerson.title());
        requireText(missing, "contactPerson.phone", contactPerson.phone());
        requireText(missing, "contactPerson.email", contactPerson.email());
    }

    private void checkInstruction(List<String> missing) {
        if (instruction == null) {
            missing.add("instruction");
            return;
        }
        require(missing, "instruction.kind", instruction.kind());
        requireText(missing, "instruction.authorityName", instruction.authorityName());
        requireText(missing, "instruction.postalAddress", instruction.postalAddress());
        requireText(missing, "instruction.email", instruction.email());
        if (instruction.periodDays() <= 0) {
            missing.add("instruction.periodDays");
        }
        requireText(missing, "instruction.periodCounting", instruction.periodCounting());
        requireText(missing, "instruction.body", instruction.body());
    }

    private void checkPublicity(List<String> missing) {
        if (publicity == null) {
            missing.add("publicity");
            return;
        }
        require(missing, "publicity.publicityClass", publicity.publicityClass());
        if (publicity.isMarked()) {
            requireText(missing, "publicity.legalBasis", publicity.legalBasis());
        }
    }

    private static void require(List<String> missing, String name, Object value) {
        if (value == null) {
            missing.add(name);
        }
    }

    private static void requireText(List<String> missing, String name, String value) {
        if (value == null || value.isBlank()) {
            missing.add(name);
        }
    }

    private static <T> List<T> copyOrNull(List<T> list) {
        // Null elements are kept so that missingElements() can name them instead of failing here.
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
