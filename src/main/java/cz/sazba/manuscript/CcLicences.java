package cz.sazba.manuscript;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a Creative Commons licence however metadata.yaml names it: by SPDX id
 * ({@code CC-BY-SA-4.0}), by its deed URL ({@code https://creativecommons.org/licenses/by-sa/4.0/})
 * or by its name ({@code Creative Commons Attribution-ShareAlike 4.0 International}, {@code CC
 * BY-SA 4.0}), so that the attribution the licence requires cannot be dodged by naming it another way.
 */
final class CcLicences {
  private static final Pattern ID = Pattern.compile("CC-BY(-NC)?(-SA|-ND)?-([1-4]\\.[05])(-[A-Z]{2,3})?");
  private static final Pattern URL = Pattern.compile(
      "(?:https?://)?(?:www\\.)?creativecommons\\.org/licen[sc]es/(by(?:-nc)?(?:-sa|-nd)?)/([1-4]\\.[05])(?:/([a-z]{2,3}))?/?.*");
  private static final Pattern SHORT_NAME = Pattern.compile("CC[ -]BY((?:[ -]NC)?(?:[ -](?:SA|ND))?)[ -]([1-4]\\.[05]).*");
  private static final Pattern LONG_NAME = Pattern.compile(
      "Creative Commons Attribution((?:[ -]Non-?Commercial)?(?:[ -](?:Share-?Alike|No-?Deriv(?:ative)?s))?)(?: License| Licence)?[ ,]+(?:version )?([1-4]\\.[05]).*",
      Pattern.CASE_INSENSITIVE);

  private CcLicences() {}

  /** Whether the id has the form of a CC BY licence's SPDX id (any case). */
  static boolean isCcById(String id) {
    return ID.matcher(id.toUpperCase(Locale.ROOT)).matches();
  }

  /** An id that starts like a CC one but is none that exists: the attribution rule would miss it. */
  static boolean looksCc(String id) {
    String u = id.toUpperCase(Locale.ROOT);
    return (u.startsWith("CC-") || u.startsWith("CC ") || u.startsWith("CC_") || u.startsWith("CCBY")) && !isCcById(id)
        && !u.equals("CC0-1.0") && !u.equals("CC-PDDC");
  }

  /** The SPDX id of the CC BY licence a URL points at. */
  static Optional<String> fromUrl(String url) {
    Matcher m = URL.matcher(url.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) return Optional.empty();
    return Optional.of("CC-" + m.group(1).toUpperCase(Locale.ROOT) + "-" + m.group(2)
        + (m.group(3) == null ? "" : "-" + m.group(3).toUpperCase(Locale.ROOT)));
  }

  /** The SPDX id of the CC BY licence a name names (the version and the elements; not the port). */
  static Optional<String> fromName(String name) {
    String n = name.strip().replaceAll("\\s+", " ");
    Matcher s = SHORT_NAME.matcher(n.toUpperCase(Locale.ROOT));
    if (s.matches()) return Optional.of("CC-BY" + s.group(1).replace(' ', '-') + "-" + s.group(2));
    Matcher l = LONG_NAME.matcher(n);
    if (!l.matches()) return Optional.empty();
    String elements = l.group(1).toLowerCase(Locale.ROOT);
    StringBuilder id = new StringBuilder("CC-BY");
    if (elements.contains("commercial")) id.append("-NC");
    if (elements.contains("share")) id.append("-SA");
    if (elements.contains("deriv")) id.append("-ND");
    return Optional.of(id.append('-').append(l.group(2)).toString());
  }

  /** Same licence, ignoring a port suffix (CC-BY-SA-3.0-DE is CC-BY-SA-3.0 for this purpose). */
  static boolean sameLicence(String a, String b) {
    return base(a).equals(base(b));
  }

  private static String base(String id) {
    Matcher m = ID.matcher(id.toUpperCase(Locale.ROOT));
    if (!m.matches()) return id.toUpperCase(Locale.ROOT);
    return "CC-BY" + (m.group(1) == null ? "" : m.group(1)) + (m.group(2) == null ? "" : m.group(2)) + "-" + m.group(3);
  }
}
