package fi.kanslia.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** People, guardianships and staff, always within one municipality. */
public interface People {

  Optional<Person> find(String municipalityCode, UUID personId);

  List<Person> childrenOf(String municipalityCode, UUID guardianId);

  List<Person> guardiansOf(String municipalityCode, UUID childId);

  boolean isGuardianOf(String municipalityCode, UUID guardianId, UUID childId);

  /** The children (people with a guardian) of the municipality born in the year: an age cohort. */
  List<Person> childrenBornIn(String municipalityCode, int year);

  /** Children whose identity code or name matches, for the archive desk. */
  List<Person> searchChildren(String municipalityCode, String identityCodeOrName);

  Optional<StaffMember> staffMember(String municipalityCode, UUID userId);
}
