package fi.kanslia.school;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Schools, catchment areas and municipalities. */
public interface Schools {

  Optional<School> find(String municipalityCode, UUID schoolId);

  List<School> inMunicipality(String municipalityCode);

  /** The neighbourhood school for an address's postal area in a language of instruction. */
  Optional<School> neighbourhoodSchool(String municipalityCode, String postalCode, String language);

  Municipality municipality(String municipalityCode);

  void addMunicipality(Municipality municipality);

  void addSchool(School school);

  void addCatchmentArea(String municipalityCode, String postalCode, String language, UUID schoolId);
}
