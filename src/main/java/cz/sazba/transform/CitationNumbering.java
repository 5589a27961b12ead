package cz.sazba.transform;

import cz.sazba.model.Block;
import cz.sazba.model.Chapter;
import cz.sazba.model.Citation;
import cz.sazba.model.CitationMark;
import cz.sazba.model.Cite;
import cz.sazba.model.CiteItem;
import cz.sazba.model.Document;
import cz.sazba.model.Heading;
import cz.sazba.model.Inline;
import cz.sazba.model.Inlines;
import cz.sazba.model.ModelRewriter;
import cz.sazba.model.Reference;
import cz.sazba.model.ReferenceEntry;
import cz.sazba.model.ReferenceList;
import cz.sazba.model.ReferencesSlot;
import cz.sazba.model.Text;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Quote;
import cz.sazba.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Numbers the cited works in order of first citation (the numeric style of Wikipedia and IEEE),
 * turns every {@link Cite} into a {@link Citation} and puts the {@link ReferenceList} where the
 * manuscript's {@link ReferencesSlot} is, or at the end of the last chapter under a generated
 * heading when there is none (where pandoc puts it). Works in metadata that nothing cites are
 * left out with a warning, as pandoc does without {@code nocite}.
 */
final class CitationNumbering {
  private final Document doc;
  private final Diagnostics diagnostics;
  /** Metadata order; the first of duplicate ids wins. */
  private final Map<String, Reference> references = new LinkedHashMap<>();
  /** Key to number, in order of first citation. */
  private final Map<String, Integer> numbers = new LinkedHashMap<>();
  /** Key to the ids of the citations that cite it, in text order. */
  private final Map<String, List<String>> citationIds = new LinkedHashMap<>();
  private int citationCount;
  private boolean slotPlaced;
  /** The CSL style's renderer when metadata gives {@code csl}, else null (Sazba's own style). */
  private CslCitations csl;
  private boolean cslRequested;

  private CitationNumbering(Document doc, Diagnostics diagnostics) {
    this.doc = doc;
    this.diagnostics = diagnostics;
  }

  static Document apply(Document doc, Diagnostics diagnostics) {
    return new CitationNumbering(doc, diagnostics).run();
  }

  private Document run() {
    indexReferences();
    doc.metadata().csl().ifPresent(style -> {
      cslRequested = true;
      csl = CslCitations.create(style, references.values(), doc.metadata().lang(), diagnostics).orElse(null);
    });
    List<Chapter> numbered = new ArrayList<>();
    for (Chapter c : doc.chapters()) numbered.add(new Chapter(c.file(), numberBlocks(c.blocks())));
    if (csl != null) {
      // Every key is registered before the first citation is set, so that the style numbers and
      // disambiguates ("Doe 2005a") knowing them all.
      csl.register(numbers.keySet());
      List<Chapter> styled = new ArrayList<>();
      for (Chapter c : numbered) styled.add(new Chapter(c.file(), styling.blocks(c.blocks())));
      numbered = styled;
    }
    reportUnused();

    List<ReferenceEntry> entries = entries();
    List<Chapter> placed = new ArrayList<>();
    for (Chapter c : numbered) placed.add(new Chapter(c.file(), placeList(c.blocks(), entries)));
    if (!slotPlaced && !entries.isEmpty() && !placed.isEmpty()) appendToLastChapter(placed, entries);
    return new Document(doc.metadata(), placed);
  }

  private void indexReferences() {
    for (Reference r : doc.metadata().references()) {
      Reference first = references.get(r.id());
      if (first == null) {
        references.put(r.id(), r);
      } else {
        diagnostics.error("reference-duplicate", r.span(),
            "the reference id " + Quote.of(r.id()) + " is used more than once in metadata.yaml",
            "the first one is at " + first.span().location() + "; give each reference its own id");
      }
    }
  }

  private List<Block> numberBlocks(List<Block> blocks) {
    return numbering.blocks(blocks);
  }

  /** Every {@link Cite}, wherever it is (notes, definition lists, divs), becomes its {@link Citation}. */
  private final ModelRewriter numbering = new ModelRewriter() {
    @Override public List<Inline> visitCite(Cite c) {
      // [@fig:…], [@tbl:…], [@sec:…] are cross-references, resolved after the numbering.
      if (CrossReferences.isCrossReference(c)) return List.of(c);
      Citation citation = number(c);
      if (citation == null) return List.of();
      // With a CSL style the Cite stays until every key is known; see styling.
      if (csl != null) return List.of(c);
      if (!c.authorInText()) return List.of(citation);
      // A narrative citation in a numeric style, as citeproc sets one with a numeric CSL style
      // (IEEE, Vancouver): the authors' names, then the number: "Dvořák [2]"; no author, "[2]".
      String names = authors(references.get(c.items().get(0).key()));
      return names.isEmpty() ? List.of(citation) : List.of(new Text(names + "\u00A0", c.span()), citation);
    }
  };

  /**
   * With a CSL style: every Cite as the style sets it, linked to the first cited work's entry.
   * Unknown keys were reported when numbering and are left out here.
   */
  private final ModelRewriter styling = new ModelRewriter() {
    @Override public List<Inline> visitCite(Cite c) {
      if (CrossReferences.isCrossReference(c)) return List.of(c);
      List<CiteItem> known = new ArrayList<>();
      for (CiteItem item : c.items()) if (references.containsKey(item.key())) known.add(item);
      if (known.isEmpty()) return List.of();
      String names = c.authorInText() ? authors(references.get(known.get(0).key())) : null;
      List<Inline> styled = csl.citation(known, names, c.span());
      if (styled.isEmpty()) return List.of();
      return List.of(new cz.sazba.model.Link("#ref-" + numbers.get(known.get(0).key()), styled, c.span()));
    }
  };

  /** "Family", "Family and Family", "Family et al." (a literal name as it is), or empty without authors. */
  private String authors(cz.sazba.model.Reference r) {
    if (r == null) return "";
    List<String> names = new ArrayList<>();
    for (cz.sazba.model.Name n : r.authors()) n.literal().or(n::family).ifPresent(names::add);
    if (names.isEmpty()) return "";
    if (names.size() == 1) return names.get(0);
    if (names.size() == 2) return names.get(0) + " " + Terms.of(doc.metadata().lang()).and() + " " + names.get(1);
    return names.get(0) + " et al.";
  }

  /** The numbered citation, or null when none of its keys is known (each already reported). */
  private Citation number(Cite cite) {
    List<CiteItem> known = new ArrayList<>();
    for (CiteItem item : cite.items()) {
      if (references.containsKey(item.key())) known.add(item);
      else reportUnknown(item);
    }
    if (known.isEmpty()) return null;
    String id = "cite-" + (++citationCount);
    List<CitationMark> marks = new ArrayList<>();
    for (CiteItem item : known) {
      int n = numbers.computeIfAbsent(item.key(), k -> numbers.size() + 1);
      List<String> ids = citationIds.computeIfAbsent(item.key(), k -> new ArrayList<>());
      if (!ids.contains(id)) ids.add(id);
      marks.add(new CitationMark(n, "ref-" + n, item.locator(), item.prefix()));
    }
    return new Citation(id, marks, cite.span());
  }

  private void reportUnknown(CiteItem item) {
    String hint = EditDistance.closest(item.key(), references.keySet())
        .map(k -> "did you mean " + Quote.of(k) + "?")
        .orElse("add a reference with id " + Quote.of(item.key()) + " to the references list of metadata.yaml");
    diagnostics.error("cite-unknown", item.span(),
        "no reference with the key " + Quote.of(item.key()) + " in metadata.yaml", hint);
  }

  private void reportUnused() {
    for (Reference r : references.values()) {
      if (!numbers.containsKey(r.id())) {
        diagnostics.warning("reference-unused", r.span(),
            "the reference " + Quote.of(r.id()) + " is never cited, so it is left out of the reference list",
            "cite it with [@" + Quote.visible(r.id()) + "] or remove it from metadata.yaml");
      }
    }
  }

  private List<ReferenceEntry> entries() {
    if (cslRequested) return cslEntries();
    ReferenceFormatter formatter = new ReferenceFormatter(doc.metadata().lang());
    List<ReferenceEntry> entries = new ArrayList<>();
    for (Map.Entry<String, Integer> e : numbers.entrySet()) {
      int n = e.getValue();
      Reference r = references.get(e.getKey());
      entries.add(new ReferenceEntry(n, "ref-" + n, r.id(), formatter.format(r), citationIds.get(r.id())));
    }
    return entries;
  }

  /** The entries in the CSL style's order and form; empty when the style could not be used (reported). */
  private List<ReferenceEntry> cslEntries() {
    List<ReferenceEntry> entries = new ArrayList<>();
    if (csl == null) return entries;
    for (Map.Entry<String, List<Inline>> e : csl.bibliography(numbers.keySet()).entrySet()) {
      Integer n = numbers.get(e.getKey());
      if (n == null) continue;
      entries.add(new ReferenceEntry(n, "ref-" + n, e.getKey(), e.getValue(), List.of()));
    }
    return entries;
  }

  /** Replaces the first slot with the list; a second slot is an error and is dropped. */
  private List<Block> placeList(List<Block> blocks, List<ReferenceEntry> entries) {
    return new ModelRewriter() {
      @Override public List<Block> visitReferencesSlot(ReferencesSlot slot) {
        if (slotPlaced) {
          diagnostics.error("references-slot-duplicate", slot.span(),
              "the reference list is placed here a second time",
              "keep one ::: {#refs} block; the list goes where the first one is");
          return List.of();
        }
        slotPlaced = true;
        // With nothing cited there is nothing to list; an empty list would render as nothing anyway.
        return entries.isEmpty() ? List.of() : List.of(new ReferenceList(entries, slot.span(), !cslRequested));
      }
    }.blocks(blocks);
  }

  /**
   * Without a slot the list ends the book, where pandoc puts it: under the manuscript's own last
   * heading when that is a references heading with nothing after it ("# References" written by
   * the author, as many pandoc books do), otherwise under a generated heading.
   */
  private void appendToLastChapter(List<Chapter> chapters, List<ReferenceEntry> entries) {
    Set<String> taken = AnchorIds.headingIds(chapters);
    Terms terms = Terms.of(doc.metadata().lang());
    String id = AnchorIds.unique(terms.referencesHeading().toLowerCase(java.util.Locale.ROOT), taken);
    Chapter last = chapters.get(chapters.size() - 1);
    List<Block> blocks = new ArrayList<>(last.blocks());
    if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Heading own && terms.isReferencesHeading(
        Inlines.plainText(own.content()))) {
      blocks.add(new ReferenceList(entries, own.span(), !cslRequested));
      chapters.set(chapters.size() - 1, new Chapter(last.file(), blocks));
      return;
    }
    // Generated, like pandoc's: never numbered, whatever number-sections says.
    // Generated from the references in metadata.yaml: reported there, not at <generated>.
    Span at = doc.metadata().at("references");
    blocks.add(new Heading(1, id, List.of(new Text(terms.referencesHeading(), at)), false,
        java.util.Optional.empty(), at));
    blocks.add(new ReferenceList(entries, at, !cslRequested));
    chapters.set(chapters.size() - 1, new Chapter(last.file(), blocks));
  }
}
