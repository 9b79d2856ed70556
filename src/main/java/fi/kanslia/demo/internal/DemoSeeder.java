package fi.kanslia.demo.internal;

import static fi.kanslia.demo.DemoPopulation.*;

import fi.kanslia.identity.IdentityCode;
import fi.kanslia.identity.IdentityRegistry;
import fi.kanslia.identity.IdentityRegistry.NewAccount;
import fi.kanslia.identity.Person;
import fi.kanslia.identity.Role;
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
    UUID kuusikallio = school(SCHOOL_KUUSIKALLIO, "Granbergets skola", "fi", "Kuusikalliontie 5", "02100");
    UUID lehtolaakso = school(SCHOOL_LEHTOLAAKSO, "Lövdalens skola", "fi", "Lehtolaaksontie 12", "02600");
    UUID havsvinden = school("Merituulen koulu", SCHOOL_HAVSVINDEN, "sv", "Havsvindsvägen 3", "02100");
    // No catchment area: every application to it is a secondary application (toissijainen haku).
    UUID lovangen = school("Lehtoniityn koulu", SCHOOL_LOVANGEN, "sv", "Lövängsvägen 2", "02600");
    schools.addCatchmentArea(m, "02100", "fi", kuusikallio);
    schools.addCatchmentArea(m, "02600", "fi", lehtolaakso);
    schools.addCatchmentArea(m, "02100", "sv", havsvinden);
    schools.addCatchmentArea(m, "02600", "sv", havsvinden);

    UUID maija = person("Maija", "Virtanen", LocalDate.of(1986, 4, 2), "fi", "Kallioraitti 3 B 7", "02100");
    UUID mikko = person("Mikko", "Virtanen", LocalDate.of(1984, 11, 20), "fi", "Kallioraitti 3 B 7", "02100");
    UUID aino = person("Aino", "Virtanen", LocalDate.of(2020, 3, 15), "fi", "Kallioraitti 3 B 7", "02100");
    UUID onni = person("Onni", "Virtanen", LocalDate.of(2020, 3, 15), "fi", "Kallioraitti 3 B 7", "02100");
    // A pupil aged 15 or over: heard and notified in their own right (HL 14 §, 34 §, 56 §).
    UUID eetu = person("Eetu", "Virtanen", LocalDate.of(2011, 5, 12), "fi", "Kallioraitti 3 B 7", "02100");
    for (UUID child : new UUID[] {aino, onni, eetu}) {
      identities.addGuardianship(m, maija, child);
      identities.addGuardianship(m, mikko, child);
    }
    UUID sanna = person("Sanna", "Korhonen", LocalDate.of(1990, 7, 8), "fi", "Laaksokuja 4", "02600");
    UUID leo = person("Leo", "Korhonen", LocalDate.of(2020, 9, 9), "fi", "Laaksokuja 4", "02600");
    UUID venla = person("Venla", "Korhonen", LocalDate.of(2020, 1, 30), "fi", "Laaksokuja 4", "02600");
    identities.addGuardianship(m, sanna, leo);
    identities.addGuardianship(m, sanna, venla);
    UUID johan = person("Johan", "Lindqvist", LocalDate.of(1985, 2, 14), "sv", "Dalgränd 9", "02600");
    UUID ella = person("Ella", "Lindqvist", LocalDate.of(2020, 6, 1), "sv", "Dalgränd 9", "02600");
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

  private UUID school(String nameFi, String nameSv, String language, String street, String postal) {
    UUID id = UUID.randomUUID();
    String principal = "sv".equals(language) ? "Rektor Anna Berg" : "Rehtori Riitta Rehtori";
    schools.addSchool(new School(id, MUNICIPALITY, nameFi, nameSv, language, street, postal, "Espoo",
        principal, "koulu@example.invalid", "+358 9 816 00000"));
    return id;
  }

  private UUID person(String first, String last, LocalDate born, String language, String street,
      String postal) {
    UUID id = UUID.randomUUID();
    identities.addPerson(new Person(id, MUNICIPALITY, IdentityCode.of(born, individualNumber++),
        first, last, born, language, street, postal, "Espoo", false));
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
