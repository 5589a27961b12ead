package cz.sazba.transform;

import cz.sazba.model.Emph;
import cz.sazba.model.Foreign;
import cz.sazba.model.Inline;
import cz.sazba.model.Lang;
import cz.sazba.model.Link;
import cz.sazba.model.Name;
import cz.sazba.model.Reference;
import cz.sazba.model.Text;
import cz.sazba.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Formats one CSL item for the reference list, in the manner of Wikipedia's citation templates,
 * so that a book made from a Wikipedia article lists its sources as the article did:
 *
 * <ul>
 *   <li>book: {@code Authors. *Title* (URL). Place: Publisher, Year. Retrieved D Month YYYY.}
 *   <li>web page, document, report and anything else: {@code Authors (Date). “Title” (URL)
 *       (Medium). *Site*. Publisher. Retrieved D Month YYYY.}
 *   <li>journal article: {@code Authors (Date). “Title” (URL). *Journal*: pages. Retrieved …}
 *   <li>chapter: {@code Authors. “Title” (URL). In *Book*. Place: Publisher, Year. pp. pages.}
 * </ul>
 *
 * The URL is printed, not hidden behind the title: a printed book cannot be clicked.
 */
final class ReferenceFormatter {
  private final Lang bookLang;
  private final Terms terms;

  ReferenceFormatter(Lang bookLang) {
    this.bookLang = bookLang;
    this.terms = Terms.of(bookLang);
  }

  List<Inline> format(Reference r) {
    Builder out = new Builder(r.span());
    String type = r.type();
    if (type.equals("book") || type.equals("thesis")) formatBook(r, out);
    else if (type.equals("chapter") || type.equals("paper-conference")) formatChapter(r, out);
    else if (type.startsWith("article-")) formatArticle(r, out);
    else formatWork(r, out);
    return out.result();
  }

  private void formatBook(Reference r, Builder out) {
    authors(r, out);
    r.title().ifPresent(t -> {
      out.inline(new Emph(List.of(foreignIfNeeded(r, t)), r.span()));
      url(r, out);
      if (r.url().isPresent()) out.text(". ");
      else out.sentenceEnd(t);
    });
    publication(r, out);
    retrieved(r, out);
  }

  private void formatChapter(Reference r, Builder out) {
    authors(r, out);
    r.title().ifPresent(t -> quotedTitle(r, t, out));
    url(r, out);
    if (r.title().isPresent()) out.text(". ");
    r.containerTitle().ifPresent(c -> {
      out.text(terms.in() + " ");
      out.inline(new Emph(List.of(foreignIfNeeded(r, c)), r.span()));
      out.sentenceEnd(c);
    });
    publication(r, out);
    r.page().ifPresent(p -> out.text(terms.pages(p) + ". "));
    retrieved(r, out);
  }

  private void formatArticle(Reference r, Builder out) {
    authorsWithDate(r, out);
    r.title().ifPresent(t -> quotedTitle(r, t, out));
    url(r, out);
    if (r.title().isPresent()) out.text(". ");
    r.containerTitle().ifPresent(c -> {
      out.inline(new Emph(List.of(new Text(c, r.span())), r.span()));
      if (r.page().isPresent()) out.text(": " + r.page().get() + ". ");
      else out.sentenceEnd(c);
    });
    retrieved(r, out);
  }

  /** Web pages, documents, reports: Wikipedia's {@code cite web} with the URL spelled out. */
  private void formatWork(Reference r, Builder out) {
    authorsWithDate(r, out);
    boolean titled = r.title().isPresent();
    r.title().ifPresent(t -> quotedTitle(r, t, out));
    url(r, out);
    r.medium().ifPresent(m -> out.text(" (" + m + ")"));
    if (titled) out.text(". ");
    r.containerTitle().ifPresent(c -> {
      out.inline(new Emph(List.of(new Text(c, r.span())), r.span()));
      out.sentenceEnd(c);
    });
    r.publisher().ifPresent(p -> {
      out.text(p);
      out.sentenceEnd(p);
    });
    if (r.authors().isEmpty()) r.issued().ifPresent(d -> out.text(terms.date(d) + ". "));
    retrieved(r, out);
  }

  /** {@code Place: Publisher, Year.} with whichever parts are known. */
  private void publication(Reference r, Builder out) {
    StringBuilder s = new StringBuilder();
    r.publisherPlace().ifPresent(s::append);
    r.publisher().ifPresent(p -> s.append(s.length() > 0 ? ": " : "").append(p));
    r.issued().ifPresent(d -> s.append(s.length() > 0 ? ", " : "").append(terms.date(d)));
    if (s.length() == 0) return;
    out.text(s.toString());
    out.sentenceEnd(s.toString());
  }

  private void url(Reference r, Builder out) {
    r.url().ifPresent(u -> {
      out.text(" (");
      out.inline(new Link(u, List.of(new Text(u, r.span())), r.span()));
      out.text(")");
    });
  }

  /** A DOI as a URL path: what is not safe in a path percent-encoded as UTF-8. */
  static String doiPath(String doi) {
    StringBuilder s = new StringBuilder();
    for (byte b : doi.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~/:;()".indexOf(c) >= 0) {
        s.append(c);
      } else {
        s.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xFF));
      }
    }
    return s.toString();
  }

  private void retrieved(Reference r, Builder out) {
    r.doi().ifPresent(doi -> {
      String link = "https://doi.org/" + doiPath(doi);
      out.text("DOI: ");
      out.inline(new Link(link, List.of(new Text(doi, r.span())), r.span()));
      out.text(". ");
    });
    r.accessed().ifPresent(d -> out.text(terms.retrieved() + " " + terms.date(d) + ". "));
  }

  private void quotedTitle(Reference r, String title, Builder out) {
    out.text(terms.openQuote());
    out.inline(foreignIfNeeded(r, title));
    out.text(terms.closeQuote());
  }

  /** The title as text, marked with the work's language when it is not the book's. */
  private Inline foreignIfNeeded(Reference r, String title) {
    Text text = new Text(title, r.span());
    Optional<Lang> lang = r.language();
    if (lang.isPresent() && !lang.get().language().equals(bookLang.language())) {
      return new Foreign(lang.get(), List.of(text), r.span());
    }
    return text;
  }

  private void authors(Reference r, Builder out) {
    String names = authorNames(r.authors());
    if (names.isEmpty()) return;
    out.text(names);
    out.sentenceEnd(names);
  }

  /** Authors, with the date in brackets after them as {@code cite web} does; the date alone later. */
  private void authorsWithDate(Reference r, Builder out) {
    String names = authorNames(r.authors());
    if (names.isEmpty()) return;
    if (r.issued().isPresent()) {
      out.text(names + " (" + terms.date(r.issued().get()) + "). ");
    } else {
      out.text(names);
      out.sentenceEnd(names);
    }
  }

  /**
   * Persons as {@code Family, Given} joined with semicolons, since each already contains a comma.
   * When every author is an institution there is no inner comma to confuse, so a comma joins them.
   */
  static String authorNames(List<Name> authors) {
    boolean allLiteral = authors.stream().allMatch(n -> n.literal().isPresent());
    List<String> forms = new ArrayList<>();
    for (Name n : authors) {
      String form = n.sortForm().strip();
      if (!form.isEmpty()) forms.add(form);
    }
    return String.join(allLiteral ? ", " : "; ", forms);
  }

  /** Collects inlines, merging adjacent text, and ends sentences without doubling a full stop. */
  private static final class Builder {
    private final Span span;
    private final List<Inline> inlines = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();

    Builder(Span span) {
      this.span = span;
    }

    void text(String s) {
      pending.append(s);
    }

    void inline(Inline i) {
      flush();
      inlines.add(i);
    }

    /** A full stop and a space after {@code last}, unless it already ends a sentence. */
    void sentenceEnd(String last) {
      String t = last.strip();
      char end = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
      pending.append(end == '.' || end == '!' || end == '?' ? " " : ". ");
    }

    List<Inline> result() {
      // The last separator's trailing space has nothing after it.
      int n = pending.length();
      while (n > 0 && pending.charAt(n - 1) == ' ') n--;
      pending.setLength(n);
      flush();
      return List.copyOf(inlines);
    }

    private void flush() {
      if (pending.length() > 0) {
        inlines.add(new Text(pending.toString(), span));
        pending.setLength(0);
      }
    }
  }
}
