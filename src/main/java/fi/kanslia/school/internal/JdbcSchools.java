package fi.kanslia.school.internal;

import fi.kanslia.school.Coordinates;
import fi.kanslia.school.Municipality;
import fi.kanslia.school.School;
import fi.kanslia.school.Schools;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
class JdbcSchools implements Schools {

  private final JdbcClient jdbc;

  JdbcSchools(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<School> find(String municipalityCode, UUID schoolId) {
    return jdbc.sql("select * from school where id = ? and municipality_code = ?")
        .params(schoolId, municipalityCode).query(JdbcSchools::school).optional();
  }

  @Override
  @Transactional(readOnly = true)
  public List<School> inMunicipality(String municipalityCode) {
    return jdbc.sql("select * from school where municipality_code = ? order by name_fi")
        .param(municipalityCode).query(JdbcSchools::school).list();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<School> neighbourhoodSchool(String municipalityCode, String postalCode, String language) {
    return jdbc.sql("select s.* from school s join catchment_area c on c.school_id = s.id"
            + " where c.municipality_code = ? and c.postal_code = ? and c.language = ?")
        .params(municipalityCode, postalCode, language).query(JdbcSchools::school).optional();
  }

  @Override
  @Transactional(readOnly = true)
  public Municipality municipality(String municipalityCode) {
    return jdbc.sql("select * from municipality where code = ?").param(municipalityCode)
        .query((rs, n) -> new Municipality(rs.getString("code"), rs.getString("name_fi"),
            rs.getString("name_sv"), rs.getString("case_prefix")))
        .optional()
        .orElseThrow(() -> new IllegalArgumentException("Unknown municipality " + municipalityCode));
  }

  @Override
  public void addMunicipality(Municipality m) {
    jdbc.sql("insert into municipality (code, name_fi, name_sv, case_prefix) values (?, ?, ?, ?)")
        .params(m.code(), m.nameFi(), m.nameSv(), m.casePrefix()).update();
  }

  @Override
  public void addSchool(School s) {
    jdbc.sql("insert into school (id, municipality_code, name_fi, name_sv, language, street_address,"
            + " postal_code, post_office, principal_name, email, phone, northing, easting)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(s.id(), s.municipalityCode(), s.nameFi(), s.nameSv(), s.language(), s.streetAddress(),
            s.postalCode(), s.postOffice(), s.principalName(), s.email(), s.phone(),
            s.location() == null ? null : s.location().northing(),
            s.location() == null ? null : s.location().easting())
        .update();
  }

  @Override
  public void addCatchmentArea(String municipalityCode, String postalCode, String language, UUID schoolId) {
    jdbc.sql("insert into catchment_area (municipality_code, postal_code, language, school_id)"
            + " values (?, ?, ?, ?)")
        .params(municipalityCode, postalCode, language, schoolId).update();
  }

  private static School school(ResultSet rs, int row) throws SQLException {
    return new School(rs.getObject("id", UUID.class), rs.getString("municipality_code"),
        rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("language"),
        rs.getString("street_address"), rs.getString("postal_code"), rs.getString("post_office"),
        rs.getString("principal_name"), rs.getString("email"), rs.getString("phone"), location(rs));
  }

  private static Coordinates location(ResultSet rs) throws SQLException {
    Integer northing = rs.getObject("northing", Integer.class);
    Integer easting = rs.getObject("easting", Integer.class);
    return northing == null || easting == null ? null : new Coordinates(northing, easting);
  }
}
