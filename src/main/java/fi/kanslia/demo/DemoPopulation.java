package fi.kanslia.demo;

/** The demo logins and places; every demo password is {@link #PASSWORD}. Local use only. */
public final class DemoPopulation {

  public static final String PASSWORD = "demo";
  public static final String MUNICIPALITY = "049";

  /** Guardian of Aino and Onni Virtanen (postal area 02100, Finnish). */
  public static final String GUARDIAN = "huoltaja";
  /** Guardian of Leo and Venla Korhonen (postal area 02600, Finnish). */
  public static final String OTHER_GUARDIAN = "huoltaja2";
  /** Guardian of Ella Lindqvist (postal area 02600, Swedish). */
  public static final String SWEDISH_GUARDIAN = "vardnadshavare";
  /** Official of Kuusikallion koulu. */
  public static final String OFFICIAL = "virkailija";
  /** Official of Lehtolaakson koulu. */
  public static final String OTHER_OFFICIAL = "virkailija2";
  /** Official of Havsvindens skola. */
  public static final String SWEDISH_OFFICIAL = "tjansteman";
  /** Official of Lövängens skola. */
  public static final String OTHER_SWEDISH_OFFICIAL = "tjansteman2";
  /** Principal of Kuusikallion koulu. */
  public static final String PRINCIPAL = "rehtori";
  /** Principal of Havsvindens skola (Swedish). */
  public static final String SWEDISH_PRINCIPAL = "rektor";
  public static final String ARCHIVIST = "arkistonhoitaja";

  public static final String SCHOOL_KUUSIKALLIO = "Kuusikallion koulu";
  public static final String SCHOOL_LEHTOLAAKSO = "Lehtolaakson koulu";
  public static final String SCHOOL_HAVSVINDEN = "Havsvindens skola";
  /** A Swedish school without a catchment area: applications to it are secondary. */
  public static final String SCHOOL_LOVANGEN = "Lövängens skola";

  public static final String CHILD_AINO = "Aino Virtanen";
  public static final String CHILD_LEO = "Leo Korhonen";
  /** Aged 15 or over: heard and notified in his own right. */
  public static final String PUPIL_EETU = "Eetu Virtanen";

  private DemoPopulation() {}
}
