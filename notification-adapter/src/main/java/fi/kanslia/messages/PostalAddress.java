package fi.kanslia.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A postal address as the Messages API and the printing service take it.
 *
 * @param name           the addressee, e.g. {@code Virtanen Maija}
 * @param additionalName a second name row (c/o, department); null for none
 * @param streetAddress  street and number, or a PO box
 * @param zipCode        postal code, e.g. {@code 00100}
 * @param city           post office, e.g. {@code HELSINKI}
 * @param countryCode    ISO 3166-1 alpha-2, e.g. {@code FI}
 */
public record PostalAddress(String name, String additionalName, String streetAddress, String zipCode, String city,
                            String countryCode) {

    public PostalAddress {
        requireText(name, "name");
        requireText(streetAddress, "streetAddress");
        requireText(zipCode, "zipCode");
        requireText(city, "city");
        requireText(countryCode, "countryCode");
        if (!countryCode.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("countryCode must be ISO 3166-1 alpha-2 (two capital letters)");
        }
        if (additionalName != null && additionalName.isBlank()) {
            additionalName = null;
        }
    }

    /** A Finnish address without a second name row. */
    public static PostalAddress finnish(String name, String streetAddress, String zipCode, String city) {
        return new PostalAddress(name, null, streetAddress, zipCode, city, "FI");
    }

    /** The rows printed in an envelope window, top to bottom. */
    public List<String> envelopeRows() {
        var rows = new ArrayList<String>();
        rows.add(name);
        if (additionalName != null) {
            rows.add(additionalName);
        }
        rows.add(streetAddress);
        rows.add(zipCode + " " + city);
        if (!"FI".equals(countryCode)) {
            rows.add(Locale.of("", countryCode).getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT));
        }
        return rows;
    }

    /** Never the address itself: it is personal data and may be protected (turvakielto). */
    @Override
    public String toString() {
        return "PostalAddress[hidden]";
    }

    static void requireText(String value, String field) {
        Objects.requireNonNull(value, field + " must be given");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
