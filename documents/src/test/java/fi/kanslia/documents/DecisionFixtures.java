package fi.kanslia.documents;

import fi.kanslia.documents.DecisionContent.Authority;
import fi.kanslia.documents.DecisionContent.ContactPerson;
import fi.kanslia.documents.DecisionContent.DecisionMaker;
import fi.kanslia.documents.DecisionContent.Instruction;
import fi.kanslia.documents.DecisionContent.Language;
import fi.kanslia.documents.DecisionContent.Party;
import fi.kanslia.documents.DecisionContent.Publicity;
import fi.kanslia.documents.DecisionContent.PublicityClass;
import java.time.LocalDate;
import java.util.List;

/** Complete example decisions; tests change only what matters to them. */
final class DecisionFixtures {

    private DecisionFixtures() {
    }

    static DecisionContent finnishSchoolPlace() {
        return new DecisionContent(
                Language.FI,
                new Authority("Järvenpään kaupunki", "Kasvatus- ja opetuspalvelut, opetuspäällikkö"),
                new DecisionMaker("Päivi Äijälä", "opetuspäällikkö"),
                "JÄR/1234/12.01.04/2026",
                LocalDate.of(2026, 3, 12),
                "Päätös koulupaikasta",
                List.of(new Party("Eemeli Öhman", "oppilas"), new Party("Sanna Öhman", "huoltaja")),
                "Oppilaalle osoitetaan lähikouluksi Kartanon koulu 1.8.2026 alkaen.",
                "Huoltaja haki koulupaikkaa 15.1.2026. Kartanon koulu on oppilaan kotia lähin koulu, jossa "
                        + "opetetaan oppilaan omalla kielellä, ja koulumatka on turvallinen. "
                        + "Koulumatkan pituus on 1,8 kilometriä.",
                List.of("Perusopetuslaki 628/1998 6 §", "Perusopetuslaki 628/1998 28 §"),
                "Oppilaalla on oikeus aloittaa koulunkäynti osoitetussa koulussa. Huoltajan on huolehdittava "
                        + "oppivelvollisuuden suorittamisesta.",
                new ContactPerson("Matti Meikäläinen", "koulusihteeri", "+358 40 123 4567", "matti.meikalainen@example.fi"),
                new Instruction(Instruction.Kind.RECTIFICATION,
                        "Lupa- ja valvontavirasto",
                        "PL 1, 00521 Helsinki",
                        "kirjaamo@example.fi",
                        14,
                        "Määräaika lasketaan päätöksen tiedoksisaannista. Tiedoksisaantipäivää ei lueta määräaikaan.",
                        "Oikaisuvaatimuksessa on ilmoitettava vaatimuksen tekijän nimi ja yhteystiedot, päätös, "
                                + "johon vaaditaan oikaisua, millaista oikaisua vaaditaan ja millä perusteilla."),
                new Publicity(PublicityClass.PUBLIC, null));
    }

    static DecisionContent swedishConfidentialSupport() {
        return new DecisionContent(
                Language.SV,
                new Authority("Närpes stad", "Bildningsnämnden, rektor"),
                new DecisionMaker("Åsa Björklund", "rektor"),
                "NÄR/77/12.01.01/2026",
                LocalDate.of(2026, 9, 1),
                "Beslut om stöd för lärande",
                List.of(new Party("Linnéa Ström", "elev"), new Party("Göran Ström", "vårdnadshavare")),
                "Eleven får undervisning i liten grupp i matematik från och med 7.9.2026.",
                "Behovet har bedömts av speciallärare och elevens stödplan har uppgjorts.\n\n"
                        + "Eleven och vårdnadshavaren har hörts 20.8.2026.",
                List.of("Lag om grundläggande utbildning 628/1998 16 §", "Förvaltningslag 434/2003 34 §"),
                "Eleven har rätt till det stöd som beslutet anger. Beslutet kan verkställas innan det vunnit laga kraft.",
                new ContactPerson("Karin Holm", "speciallärare", "+358 6 224 1111", "karin.holm@example.fi"),
                new Instruction(Instruction.Kind.APPEAL,
                        "Vasa förvaltningsdomstol",
                        "Korsholmsesplanaden 43, 65100 Vasa",
                        "vaasa.hao@example.fi",
                        30,
                        "Besvärstiden räknas från delfåendet. Delfåendedagen räknas inte in i besvärstiden.",
                        "Besvärsskriften ska innehålla beslutet som överklagas, yrkandena och grunderna för dem."),
                new Publicity(PublicityClass.CONFIDENTIAL, "OffentlighetsL 24 § 1 mom 30 p"));
    }

    /** The Finnish decision with a reasoning long enough to need several pages. */
    static DecisionContent longFinnish() {
        DecisionContent base = finnishSchoolPlace();
        String paragraph = "Asiassa on selvitetty oppilaan koulumatkan turvallisuus, pituus ja kulkureitti. ";
        DecisionContent longer = new DecisionContentBuilder(base).reasoning(paragraph.repeat(120) + "\nLoppu perustelulle.");
        return new DecisionContentBuilder(longer).publicity(
                new Publicity(PublicityClass.PARTLY_CONFIDENTIAL, "JulkL 24 § 1 mom 30 k"));
    }
}
