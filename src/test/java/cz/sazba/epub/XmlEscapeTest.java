package cz.sazba.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Xml}'s escaping, with its shortcut for text that needs none, is the character-by-character one. */
class XmlEscapeTest {
  /** The escaping before branch epubprep: every character appended on its own. */
  private static String reference(String s, boolean attribute) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '&') out.append("&amp;");
      else if (c == '<') out.append("&lt;");
      else if (c == '>') out.append("&gt;");
      else if (c == '"' && attribute) out.append("&quot;");
      else if (c == '\t' || c == '\n' || c == '\r') out.append(attribute ? ' ' : c);
      else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) continue;
      else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          out.append(c).append(s.charAt(++i));
        }
      } else out.append(c);
    }
    return out.toString();
  }

  @Test
  void randomTextIsEscapedAsCharacterByCharacter() {
    Random random = new Random(11);
    String specials = "&<>\"\t\n\r\u0001\uFFFE\uFFFF\uD83D\uDE00\uDFFF\uE000\uFFFD'";
    for (int round = 0; round < 3000; round++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        int kind = random.nextInt(8);
        if (kind == 0) s.append(specials.charAt(random.nextInt(specials.length())));
        else if (kind == 1) s.append((char) random.nextInt(0x10000));
        else if (kind == 2) s.appendCodePoint(0x10000 + random.nextInt(0x1000));
        else s.append((char) (0x20 + random.nextInt(0x180)));
      }
      String text = s.toString();
      assertEquals(reference(text, false), Xml.text(text), text);
      assertEquals(reference(text, true), Xml.attr(text), text);
    }
  }

  @Test
  void textThatNeedsNothingIsGivenBackAsItIs() {
    String plain = "Czechoslovakia–Soviet Union relations: “Tomáš” 😀 \uE000\uFFFD";
    assertSame(plain, Xml.text(plain));
    assertSame(plain, Xml.attr(plain));
    assertEquals("a &quot;b&quot;", Xml.attr("a \"b\""));
    assertSame("a \"b\"", Xml.text("a \"b\""));
  }
}
