package cz.sazba.pipeline;

import java.text.Normalizer;
import java.util.Locale;

/** The ASCII file name of a book, from its title: "Sovětský svaz – vztahy" becomes "sovetsky-svaz-vztahy". */
public final class Slug {
  private Slug() {}

  public static String of(String title) {
    String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    StringBuilder s = new StringBuilder();
    boolean dash = false;
    for (char c : plain.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c < 128 && Character.isLetterOrDigit(c)) {
        s.append(c);
        dash = false;
      } else if (!dash && s.length() > 0) {
        s.append('-');
        dash = true;
      }
    }
    while (s.length() > 0 && s.charAt(s.length() - 1) == '-') s.setLength(s.length() - 1);
    if (s.length() > 80) s.setLength(80);
    return s.length() == 0 ? "book" : s.toString();
  }
}
