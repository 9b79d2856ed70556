package fi.kanslia.identity;

import java.util.UUID;

/** A member of staff as a decision names them: the decision maker or the contact person. */
public record StaffMember(
    UUID userId, String name, String title, String phone, String email, UUID schoolId) {}
