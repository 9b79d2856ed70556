package fi.kanslia.forms;

/** HTML escaping for text and attribute values: everything the renderer writes goes through it. */
final class Html {

  private Html() {}

  /**
   * Escapes {@code & < > " '} so text cannot open a tag or leave an attribute, and replaces control
   * characters other than tab and line breaks, which HTML does not allow.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n', '\r' -> out.append((char) c);
                default -> {
                  if (Character.getType(c) == Character.CONTROL) {
                    out.append('\uFFFD');
                  } else {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }

  /** {@code  name="value"}, escaped, with a leading space. */
  static String attribute(String name, String value) {
    return " " + name + "=\"" + escape(value) + "\"";
  }
}
