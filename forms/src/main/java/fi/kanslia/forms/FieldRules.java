package fi.kanslia.forms;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of each field type: reads the raw values of one field, records the typed value when
 * they pass, and otherwise names the first rule they break.
 */
final class FieldRules {

  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");
  private static final Pattern PHONE = Pattern.compile("(\\+|00)?[(0-9][0-9 ()-]*[0-9]");
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,30}([.,]\\d{1,30})?");
  private static final Pattern NUMBER_SPACES = Pattern.compile("[\\s\\u00A0\\u202F]");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern FINNISH_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
  private static final String CHECKED = "true";

  private final Clock clock;
  private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

  FieldRules(Clock clock) {
    this.clock = clock;
  }

  Optional<Violation> check(
      FormField field, List<String> raw, DynamicOptions dynamicOptions, FormValues.Builder values) {
    if (field.type() == FieldType.CHECKLIST) {
      return checklist(field, raw, field.options(dynamicOptions), values);
    }
    if (raw.size() > 1) {
      return Optional.of(Violation.of("invalid"));
    }
    String value = raw.isEmpty() ? "" : raw.getFirst();
    return switch (field.type()) {
      case TEXTFIELD, TEXTAREA -> text(field, value, values);
      case NUMBER -> number(field, value, values);
      case DATE -> date(field, value, values);
      case SELECT, RADIO -> choice(field, value, field.options(dynamicOptions), values);
      case CHECKBOX -> checkbox(field, value, values);
      case CHECKLIST -> throw new IllegalStateException("handled above");
    };
  }

  private Optional<Violation> text(FormField field, String raw, FormValues.Builder values) {
    String value = raw.replace("\r\n", "\n").replace('\r', '\n').strip();
    FieldValidation rules = field.validation();
    if (value.isEmpty()) {
      return missing(field);
    }
    if (!allowedCharacters(value, field.type() == FieldType.TEXTAREA)) {
      return Optional.of(Violation.of("characters"));
    }
    int length = value.codePointCount(0, value.length());
    if (rules.minLength() != null && length < rules.minLength()) {
      return Optional.of(Violation.of("minLength", rules.minLength()));
    }
    if (rules.maxLength() != null && length > rules.maxLength()) {
      return Optional.of(Violation.of("maxLength", rules.maxLength()));
    }
    if (rules.validationType() == ValidationType.EMAIL
        && (length > 254 || !EMAIL.matcher(value).matches())) {
      return Optional.of(Violation.of("email"));
    }
    if (rules.validationType() == ValidationType.PHONE && !isPhoneNumber(value)) {
      return Optional.of(Violation.of("phone"));
    }
    if (rules.pattern() != null
        && !patterns.computeIfAbsent(rules.pattern(), Pattern::compile).matcher(value).find()) {
      return Optional.of(Violation.of("pattern"));
    }
    values.text(field.key(), value);
    return Optional.empty();
  }

  private Optional<Violation> number(FormField field, String raw, FormValues.Builder values) {
    String value = NUMBER_SPACES.matcher(raw).replaceAll("").replace('\u2212', '-');
    if (value.isEmpty()) {
      return missing(field);
    }
    if (!NUMBER.matcher(value).matches()) {
      return Optional.of(Violation.of("number"));
    }
    BigDecimal number = new BigDecimal(value.replace(',', '.'));
    FieldValidation rules = field.validation();
    if (rules.decimalDigits() != null
        && number.stripTrailingZeros().scale() > rules.decimalDigits()) {
      return Optional.of(Violation.of("decimalDigits", rules.decimalDigits()));
    }
    if (rules.min() != null && number.compareTo(rules.min()) < 0) {
      return Optional.of(Violation.of("min", rules.min().toPlainString()));
    }
    if (rules.max() != null && number.compareTo(rules.max()) > 0) {
      return Optional.of(Violation.of("max", rules.max().toPlainString()));
    }
    values.number(field.key(), number);
    return Optional.empty();
  }

  /** Accepts the browser's ISO {@code 2027-08-15} and the Finnish {@code 15.8.2027}. */
  private Optional<Violation> date(FormField field, String raw, FormValues.Builder values) {
    String value = raw.strip();
    if (value.isEmpty()) {
      return missing(field);
    }
    Optional<LocalDate> date = parseDate(value);
    if (date.isEmpty()) {
      return Optional.of(Violation.of("date"));
    }
    if (field.validation().disallowPassedDates() && date.get().isBefore(LocalDate.now(clock))) {
      return Optional.of(Violation.of("datePassed"));
    }
    values.date(field.key(), date.get());
    return Optional.empty();
  }

  /** The value must be one of the options: for dynamic ones, those the application allowed. */
  private static Optional<Violation> choice(
      FormField field, String value, List<FormOption> options, FormValues.Builder values) {
    if (value.isEmpty()) {
      return missing(field);
    }
    if (!isOption(value, options)) {
      return Optional.of(Violation.of("option"));
    }
    values.text(field.key(), value);
    return Optional.empty();
  }

  private static Optional<Violation> checkbox(
      FormField field, String value, FormValues.Builder values) {
    if (value.equals(CHECKED)) {
      values.checked(field.key());
      return Optional.empty();
    }
    if (!value.isEmpty()) {
      return Optional.of(Violation.of("invalid"));
    }
    return missing(field);
  }

  private static Optional<Violation> checklist(
      FormField field, List<String> raw, List<FormOption> options, FormValues.Builder values) {
    List<String> chosen = new ArrayList<>();
    for (String value : raw) {
      if (value.isEmpty() || chosen.contains(value)) {
        continue;
      }
      if (!isOption(value, options)) {
        return Optional.of(Violation.of("option"));
      }
      chosen.add(value);
    }
    if (chosen.isEmpty()) {
      return missing(field);
    }
    values.list(field.key(), chosen);
    return Optional.empty();
  }

  private static Optional<Violation> missing(FormField field) {
    return field.required() ? Optional.of(Violation.of(Violation.REQUIRED)) : Optional.empty();
  }

  private static boolean isOption(String value, List<FormOption> options) {
    return options.stream().anyMatch(option -> option.value().equals(value));
  }

  /** No control characters (line breaks and tabs only in a textarea), no broken surrogates. */
  private static boolean allowedCharacters(String value, boolean multiline) {
    return value
        .codePoints()
        .allMatch(
            c -> {
              if (multiline && (c == '\n' || c == '\t')) {
                return true;
              }
              int type = Character.getType(c);
              return type != Character.CONTROL
                  && type != Character.SURROGATE
                  && type != Character.UNASSIGNED;
            });
  }

  private static boolean isPhoneNumber(String value) {
    if (!PHONE.matcher(value).matches()) {
      return false;
    }
    long digits = value.chars().filter(Character::isDigit).count();
    return digits >= 6 && digits <= 15;
  }

  private static Optional<LocalDate> parseDate(String value) {
    Matcher iso = ISO_DATE.matcher(value);
    if (iso.matches()) {
      return date(iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher finnish = FINNISH_DATE.matcher(value);
    if (finnish.matches()) {
      return date(finnish.group(3), finnish.group(2), finnish.group(1));
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
