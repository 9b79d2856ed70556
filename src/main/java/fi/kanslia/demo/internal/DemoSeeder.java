package fi.kanslia.demo.internal;

import static fi.kanslia.demo.DemoPopulation.*;

import fi.kanslia.identity.HomeCoordinates;
import fi.kanslia.identity.IdentityCode;
import fi.kanslia.identity.IdentityRegistry;
import fi.kanslia.identity.IdentityRegistry.NewAccount;
import fi.kanslia.identity.Person;
import fi.kanslia.identity.Role;
import fi.kanslia.school.Coordinates;
import fi.kanslia.school.Municipality;
import fi.kanslia.school.School;
import fi.kanslia.school.Schools;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Seeds the demo population once (an empty database only). All people are synthetic. */
@Component
class DemoSeeder {

  private final Schools schools;
  private final IdentityRegistry identities;
  private final JdbcClient jdbc;
  private int individualNumber = 900;

  DemoSeeder(Schools schools, IdentityRegistry identities, JdbcClient jdbc) {
    this.schools = schools;
    this.identities = identities;
    this.jdbc = jdbc;
  }

  @Transactional
  boolean seedIfEmpty() {
    if (jdbc.sql("select count(*) from municipality").query(Long.class).single() > 0) {
      return false;
    }
    String m = MUNICIPALITY;
    schools.addMunicipality(new Municipality(m, "Espoon kaupunki", "Esbo stad", "ESP"));
    // Coordinates: synthetic ETRS-TM35FIN points in Tapiola (02100) and Leppävaara (02600), Espoo.
    UUID kuusikallio = school(SCHOOL_KUUSIKALLIO, "Granbergets skola", "fi", "Kuusikalliontie 5", "02100",
        new Coordinates(6_673_036, 378_234));
    UUID lehtolaakso = school(SCHOOL_LEHTOLAAKSO, "Lövdalens skola", "fi", "Lehtolaaksontie 12", "02600",
        new Coordinates(6_677_809, 378_836));
    UUID havsvinden = school("Merituulen koulu", SCHOOL_HAVSVINDEN, "sv", "Havsvindsvägen 3", "02100",
        new Coordinates(6_672_578, 378_607));
    // No catchment area: every application to it is a secondary application (toissijainen haku).
    UUID lovangen = school("Lehtoniityn koulu", SCHOOL_LOVANGEN, "sv", "Lövängsvägen 2", "02600",
        new Coordinates(6_678_280, 378_076));
    // Homes: Kallioraitti 0.4 km from Kuusikallio, Laaksokuja 4.5 km from it, Dalgränd 0.5 km from Lövängen.
    Home kallioraitti = new Home("Kallioraitti 3 B 7", "02100", new HomeCoordinates(6_673_379, 377_968));
    Home laaksokuja = new Home("Laaksokuja 4", "02600", new HomeCoordinates(6_677_462, 379_213));
    Home dalgrand = new Home("Dalgränd 9", "02600", new HomeCoordinates(6_677_988, 378_454));
    schools.addCatchmentArea(m, "02100", "fi", kuusikallio);
    schools.addCatchmentArea(m, "02600", "fi", lehtolaakso);
    schools.addCatchmentArea(m, "02100", "sv", havsvinden);
    schools.addCatchmentArea(m, "02600", "sv", havsvinden);

    UUID maija = person("Maija", "Virtanen", LocalDate.of(1986, 4, 2), "fi", kallioraitti);
    UUID mikko = person("Mikko", "Virtanen", LocalDate.of(1984, 11, 20), "fi", kallioraitti);
    UUID aino = person("Aino", "Virtanen", LocalDate.of(2020, 3, 15), "fi", kallioraitti);
    UUID onni = person("Onni", "Virtanen", LocalDate.of(2020, 3, 15), "fi", kallioraitti);
    // A pupil aged 15 or over: heard and notified in their own right (HL 14 §, 34 §, 56 §).
    UUID eetu = person("Eetu", "Virtanen", LocalDate.of(2011, 5, 12), "fi", kallioraitti);
    for (UUID child : new UUID[] {aino, onni, eetu}) {
      identities.addGuardianship(m, maija, child);
      identities.addGuardianship(m, mikko, child);
    }
    UUID sanna = person("Sanna", "Korhonen", LocalDate.of(1990, 7, 8), "fi", laaksokuja);
    UUID leo = person("Leo", "Korhonen", LocalDate.of(2020, 9, 9), "fi", laaksokuja);
    UUID venla = person("Venla", "Korhonen", LocalDate.of(2020, 1, 30), "fi", laaksokuja);
    identities.addGuardianship(m, sanna, leo);
    identities.addGuardianship(m, sanna, venla);
    UUID johan = person("Johan", "Lindqvist", LocalDate.of(1985, 2, 14), "sv", dalgrand);
    UUID ella = person("Ella", "Lindqvist", LocalDate.of(2020, 6, 1), "sv", dalgrand);
    identities.addGuardianship(m, johan, ella);

    guardian(GUARDIAN, "Maija Virtanen", maija, "fi");
    guardian("huoltaja-mikko", "Mikko Virtanen", mikko, "fi");
    guardian(OTHER_GUARDIAN, "Sanna Korhonen", sanna, "fi");
    guardian(SWEDISH_GUARDIAN, "Johan Lindqvist", johan, "sv");
    staff(OFFICIAL, "Pekka Koulusihteeri", Role.OFFICIAL, kuusikallio, "koulusihteeri", "fi");
    staff(OTHER_OFFICIAL, "Liisa Opintosihteeri", Role.OFFICIAL, lehtolaakso, "opintosihteeri", "fi");
    staff(SWEDISH_OFFICIAL, "Karin Skolsekreterare", Role.OFFICIAL, havsvinden, "skolsekreterare", "sv");
    staff(PRINCIPAL, "Riitta Rehtori", Role.PRINCIPAL, kuusikallio, "rehtori", "fi");
    staff(SWEDISH_PRINCIPAL, "Anna Berg", Role.PRINCIPAL, havsvinden, "rektor", "sv");
    staff(OTHER_SWEDISH_OFFICIAL, "Erik Skolsekreterare", Role.OFFICIAL, lovangen, "skolsekreterare",
        "sv");
    identities.addAccount(new NewAccount(m, ARCHIVIST, PASSWORD, "Arja Arkistonhoitaja",
        Role.ARCHIVIST, null, null, "arkistonhoitaja", null, null, "fi"));
    return true;
  }

  private UUID school(String nameFi, String nameSv, String language, String street, String postal,
      Coordinates location) {
    UUID id = UUID.randomUUID();
    String principal = "sv".equals(language) ? "Rektor Anna Berg" : "Rehtori Riitta Rehtori";
    schools.addSchool(new School(id, MUNICIPALITY, nameFi, nameSv, language, street, postal, "Espoo",
        principal, "koulu@example.invalid", "+358 9 816 00000", location));
    return id;
  }

  /** A demo household's address, and the coordinates of its building. */
  private record Home(String street, String postalCode, HomeCoordinates coordinates) {}

  private UUID person(String first, String last, LocalDate born, String language, Home home) {
    UUID id = UUID.randomUUID();
    identities.addPerson(new Person(id, MUNICIPALITY, IdentityCode.of(born, individualNumber++),
        first, last, born, language, home.street(), home.postalCode(), "Espoo", false,
        home.coordinates()));
    return id;
  }

  private void guardian(String username, String name, UUID person, String language) {
    identities.addAccount(new NewAccount(MUNICIPALITY, username, PASSWORD, name, Role.GUARDIAN,
        person, null, null, null, null, language));
  }

  private void staff(String username, String name, Role role, UUID school, String title,
      String language) {
    identities.addAccount(new NewAccount(MUNICIPALITY, username, PASSWORD, name, role, null, school,
        title, "+358 9 816 12345", username + "@example.invalid", language));
  }
}
