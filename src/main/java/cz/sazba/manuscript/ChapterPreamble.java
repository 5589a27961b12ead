package cz.sazba.manuscript;

import cz.sazba.source.Diagnostics;
import cz.sazba.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Metadata written inside a chapter file, as pandoc reads it: a YAML metadata block (pandoc's
 * {@code yaml_metadata_block}: a line {@code ---} at the top of the file or after a blank line,
 * not followed by a blank line, up to a line {@code ---} or {@code ...}, holding a YAML mapping)
 * and a title block at the very top (pandoc's {@code pandoc_title_block}: lines beginning with
 * {@code %}). Neither is text: both are taken out of what the Markdown parser sees (replaced by
 * spaces, so every position in the file stays where it is) instead of being read as a thematic
 * break and a heading, or a paragraph of percent signs.
 *
 * <p>The blocks are handed back to be merged into the book's metadata ({@link MetadataReader}):
 * a key {@code metadata.yaml} and earlier blocks lack is read as if it were written there; one
 * set differently before keeps its first value, with a warning naming both places.
 */
final class ChapterPreamble {
  private ChapterPreamble() {}

  /** The file's text with its metadata blocks blanked out, each reported as above. */
  static Stripped strip(SourceFile file, String metadataDisplay, Diagnostics diagnostics) {
    List<Block> blocks = new ArrayList<>();
    String text = file.text();
    char[] out = text.toCharArray();
    String[] lines = text.split("\n", -1);
    int[] starts = new int[lines.length + 1];
    for (int k = 0, at = 0; k < lines.length; k++) {
      starts[k] = at;
      at += lines[k].length() + 1;
    }
    int k = 0;
    if (lines.length > 0 && lines[0].startsWith("%")) {
      int end = 0;
      while (end < lines.length && !lines[end].isBlank() && (end < 3 && lines[end].startsWith("%") || lines[end].startsWith(" "))) end++;
      blank(out, starts[0], starts[end] - 1);
      diagnostics.warning("title-block-unread", file.span(0, lines[0].length()),
          "this pandoc title block (% title, % author, % date) is not read into the book",
          "Sazba takes a book's title, author and date from " + metadataDisplay + ": set them there");
      k = end;
    }
    String fence = null; // inside a fenced code block, its fence: a --- there is code
    for (; k < lines.length; k++) {
      String lead = lines[k].stripLeading();
      if (lines[k].length() - lead.length() < 4 && (lead.startsWith("```") || lead.startsWith("~~~"))) {
        String run = lead.substring(0, lead.length() - lead.replaceFirst("^(`+|~+)", "").length());
        if (fence == null) fence = run;
        else if (run.charAt(0) == fence.charAt(0) && run.length() >= fence.length() && lead.substring(run.length()).isBlank()) fence = null;
        continue;
      }
      if (fence != null) continue;
      if (!lines[k].stripTrailing().equals("---") || (k > 0 && !lines[k - 1].isBlank())) continue;
      if (k + 1 >= lines.length || lines[k + 1].isBlank()) continue;
      int close = -1;
      for (int e = k + 1; e < lines.length; e++) {
        String l = lines[e].stripTrailing();
        if (l.equals("---") || l.equals("...")) {
          close = e;
          break;
        }
      }
      if (close < 0) continue;
      // The block alone, everything around it blanked: the nodes' marks then count in the chapter's text.
      char[] alone = text.toCharArray();
      blank(alone, 0, starts[k + 1]);
      blank(alone, starts[close], alone.length);
      Node parsed;
      try {
        parsed = YamlValues.compose(new String(alone), new LoaderOptions());
      } catch (YAMLException | ClassCastException e) {
        continue; // not YAML: pandoc reads the lines as Markdown, and so do we
      }
      if (!(parsed instanceof MappingNode block)) continue;
      blocks.add(new Block(file, block));
      blank(out, starts[k], starts[close] + lines[close].length());
      k = close;
    }
    return new Stripped(new String(out), List.copyOf(blocks));
  }

  /** A chapter's text without its metadata blocks, and the blocks, in file order. */
  record Stripped(String text, List<Block> blocks) {}

  /** One YAML metadata block: its mapping, the marks counting in {@code file}'s text. */
  record Block(SourceFile file, MappingNode mapping) {}

  /** Every character but line ends in [from, to) to a space. */
  private static void blank(char[] out, int from, int to) {
    for (int i = from; i < to && i < out.length; i++) {
      if (out[i] != '\n' && out[i] != '\r') out[i] = ' ';
    }
  }
}
