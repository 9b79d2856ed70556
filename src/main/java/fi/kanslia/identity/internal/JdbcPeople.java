package fi.kanslia.identity.internal;

import fi.kanslia.identity.HomeCoordinates;
import fi.kanslia.identity.IdentityCode;
import fi.kanslia.identity.IdentityRegistry;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Person;
import fi.kanslia.identity.StaffMember;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
class JdbcPeople implements People, IdentityRegistry {

  private static final String PERSON_COLUMNS = "p.id, p.municipality_code, p.identity_code, "
      + "p.first_name, p.last_name, p.birth_date, p.language, p.street_address, p.postal_code, "
      + "p.post_office, p.address_protected, p.home_northing, p.home_easting";

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;

  JdbcPeople(JdbcClient jdbc, PasswordEncoder passwords) {
    this.jdbc = jdbc;
    this.passwords = passwords;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Person> find(String municipalityCode, UUID personId) {
    return jdbc.sql("select " + PERSON_COLUMNS + " from person p where p.id = ? and p.municipality_code = ?")
        .params(personId, municipalityCode).query(JdbcPeople::person).optional();
  }

  @Override
  @Transactional(readOnly = true)
  public List<Person> childrenOf(String municipalityCode, UUID guardianId) {
    return jdbc.sql("select " + PERSON_COLUMNS + " from person p join guardianship g on g.child_id = p.id"
            + " where g.guardian_id = ? and g.municipality_code = ? order by p.birth_date, p.first_name")
        .params(guardianId, municipalityCode).query(JdbcPeople::person).list();
  }

  @Override
  @Transactional(readOnly = true)
  public List<Person> guardiansOf(String municipalityCode, UUID childId) {
    return jdbc.sql("select " + PERSON_COLUMNS + " from person p join guardianship g on g.guardian_id = p.id"
            + " where g.child_id = ? and g.municipality_code = ? order by p.last_name, p.first_name")
        .params(childId, municipalityCode).query(JdbcPeople::person).list();
  }

  @Override
  @Transactional(readOnly = true)
  public boolean isGuardianOf(String municipalityCode, UUID guardianId, UUID childId) {
    return jdbc.sql("select count(*) from guardianship where guardian_id = ? and child_id = ?"
            + " and municipality_code = ?")
        .params(guardianId, childId, municipalityCode).query(Long.class).single() > 0;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Person> childrenBornIn(String municipalityCode, int year) {
    return jdbc.sql("select distinct " + PERSON_COLUMNS + " from person p"
            + " join guardianship g on g.child_id = p.id where p.municipality_code = ?"
            + " and p.birth_date >= ? and p.birth_date < ? order by p.last_name, p.first_name")
        .params(municipalityCode, java.time.LocalDate.of(year, 1, 1),
            java.time.LocalDate.of(year + 1, 1, 1))
        .query(JdbcPeople::person).list();
  }

  @Override
  @Transactional(readOnly = true)
  public List<Person> searchChildren(String municipalityCode, String identityCodeOrName) {
    String term = identityCodeOrName == null ? "" : identityCodeOrName.trim();
    if (term.length() < 2) {
      return List.of();
    }
    String like = "%" + term.toLowerCase().replace("%", "").replace("_", "") + "%";
    return jdbc.sql("select distinct " + PERSON_COLUMNS + " from person p"
            + " join guardianship g on g.child_id = p.id where p.municipality_code = ?"
            + " and (p.identity_code = ? or lower(p.first_name || ' ' || p.last_name) like ?)"
            + " order by p.last_name, p.first_name limit 50")
        .params(municipalityCode, term, like).query(JdbcPeople::person).list();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<StaffMember> staffMember(String municipalityCode, UUID userId) {
    return jdbc.sql("select id, display_name, title, phone, email, school_id from user_account"
            + " where id = ? and municipality_code = ? and role in ('OFFICIAL', 'PRINCIPAL')")
        .params(userId, municipalityCode)
        .query((rs, n) -> new StaffMember(rs.getObject("id", UUID.class), rs.getString("display_name"),
            rs.getString("title"), rs.getString("phone"), rs.getString("email"),
            rs.getObject("school_id", UUID.class)))
        .optional();
  }

  @Override
  public void addPerson(Person p) {
    jdbc.sql("insert into person (id, municipality_code, identity_code, first_name, last_name,"
            + " birth_date, language, street_address, postal_code, post_office, address_protected,"
            + " home_northing, home_easting) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(p.id(), p.municipalityCode(), p.identityCode().value(), p.firstName(), p.lastName(),
            p.birthDate(), p.language(), p.streetAddress(), p.postalCode(), p.postOffice(),
            p.addressProtected(), p.home() == null ? null : p.home().northing(),
            p.home() == null ? null : p.home().easting())
        .update();
  }

  @Override
  public void addGuardianship(String municipalityCode, UUID guardianId, UUID childId) {
    jdbc.sql("insert into guardianship (municipality_code, guardian_id, child_id) values (?, ?, ?)")
        .params(municipalityCode, guardianId, childId).update();
  }

  @Override
  public UUID addAccount(NewAccount a) {
    UUID id = UUID.randomUUID();
    jdbc.sql("insert into user_account (id, municipality_code, username, password_hash, display_name,"
            + " role, person_id, school_id, title, phone, email, preferred_language)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, a.municipalityCode(), a.username(), passwords.encode(a.password()),
            a.displayName(), a.role().name(), a.personId(), a.schoolId(), a.title(), a.phone(),
            a.email(), a.language())
        .update();
    return id;
  }

  private static Person person(ResultSet rs, int row) throws SQLException {
    return new Person(rs.getObject("id", UUID.class), rs.getString("municipality_code"),
        new IdentityCode(rs.getString("identity_code")), rs.getString("first_name"),
        rs.getString("last_name"), rs.getObject("birth_date", java.time.LocalDate.class),
        rs.getString("language"), rs.getString("street_address"), rs.getString("postal_code"),
        rs.getString("post_office"), rs.getBoolean("address_protected"), home(rs));
  }

  private static HomeCoordinates home(ResultSet rs) throws SQLException {
    Integer northing = rs.getObject("home_northing", Integer.class);
    Integer easting = rs.getObject("home_easting", Integer.class);
    return northing == null || easting == null ? null : new HomeCoordinates(northing, easting);
  }
}
