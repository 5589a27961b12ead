#!/usr/bin/python3
"""Typography metrics for the body text of a PDF (Debian python3-fitz / PyMuPDF only).

usage: pdf-typo-metrics.py FILE.pdf [--source TEXT] [--json] [--body-size PT] [--dump-lines N]

What it measures (body text only = lines set in the dominant font size, starting at the left
text edge, not mostly bold; footnotes, headings, running heads and folios drop out by size/position):
  lines              number of body lines
  justified          share of non-final paragraph lines that end on the common right edge
  gap_mean / gap_sd  inter-word gap width / font size, averaged per full (justified) line,
                     then mean and standard deviation over those lines (line-to-line evenness)
  gap_pool_sd        standard deviation over all individual gaps in full lines
  gap_max            the widest single inter-word gap (in em) in any full line; lines holding
                     a long URL are left out of the gap figures (gap_max_incl_url_lines has them)
  loose_lines        full lines whose mean gap > 0.5 em
  hyph_all           lines ending in a hyphen (any kind)
  hyph_auto          of those, breaks not present as 'X-Y' in --source (= inserted by hyphenation)
  hyph_run_max       longest run of consecutive lines ending in a hyphen
  overfull           lines whose last glyph (for trailing punctuation: its left side) sticks out
                     more than 0.5 pt beyond the common right edge
  widows / orphans   a paragraph's last line alone at the top of a page / its first line alone
                     at the bottom of a page (paragraph continuing across the page break)
  short_last_lines   last lines of paragraphs of two lines or more narrower than 1.5 em
  short_last_after_hyphen   of those, the ones whose line before ends in a hyphen ("nobil-" / "ity).")
  short_pages        pages of body text (5 lines or more, not the last page) whose last body line
                     sits above the common last baseline by more than half a line (chapter
                     ends included: a chapter's last page is short by design)
  running_pages      body pages but a chapter's last (the page before one opening with a heading
                     larger than 1.3 x the body size)
  short_running_pages / short_running_share   of those, the short ones (the flush-bottom figure)

A gap is the distance between the advance end of one non-space glyph and the start of the next
on the same baseline, counted as a word gap when it exceeds 0.1 em (kerning and italic
corrections stay below that).
"""
import argparse
import json
import re
import statistics as st
import sys
from collections import Counter

import fitz  # python3-fitz

PUNCT = set(".,;:!?)]}’”\"'-–—‐")
HYPHENS = ("-", "\u2010", "\u00ad")
URLISH = re.compile(r"(https?:|www\.|[\w.%&=-]*/[\w.%&=/-]{12,}|%[0-9A-F]{2}\w)")


def chars_of(page):
    out = []
    d = page.get_text("rawdict", flags=fitz.TEXT_PRESERVE_LIGATURES | fitz.TEXT_PRESERVE_WHITESPACE)
    for b in d["blocks"]:
        if b.get("type", 0) != 0:
            continue
        for ln in b["lines"]:
            if abs(ln["dir"][1]) > 1e-3:  # rotated text
                continue
            for sp in ln["spans"]:
                bold = bool(sp["flags"] & 16) or "Bold" in sp["font"]
                for ch in sp["chars"]:
                    x0, y0, x1, y1 = ch["bbox"]
                    out.append({"c": ch["c"], "x0": x0, "x1": x1, "y": ch["origin"][1],
                                "size": round(sp["size"], 2), "bold": bold})
    return out


def group_lines(chars, body):
    """Cluster glyphs into visual lines by baseline (superscripts join the line below them)."""
    chars = sorted(chars, key=lambda c: (c["y"], c["x0"]))
    lines = []
    for c in sorted(chars, key=lambda c: -c["size"]):  # big glyphs first define baselines
        best = None
        for ln in lines:
            dy = c["y"] - ln["y"]
            if -0.6 * body <= dy <= 0.15 * body and c["size"] <= ln["size"] + 0.01:
                if best is None or abs(dy) < abs(c["y"] - best["y"]):
                    best = ln
        if best is None:
            lines.append({"y": c["y"], "size": c["size"], "chars": [c]})
        else:
            best["chars"].append(c)
    for ln in lines:
        ln["chars"].sort(key=lambda c: c["x0"])
        vis = [c for c in ln["chars"] if not c["c"].isspace()]
        ln["vis"] = vis
        ln["text"] = "".join(c["c"] for c in ln["chars"]).strip()
        if vis:
            ln["x0"] = vis[0]["x0"]
            ln["x1"] = vis[-1]["x1"]
            last = vis[-1]
            ln["edge"] = last["x0"] if last["c"] in PUNCT else last["x1"]
        main = [c for c in vis if abs(c["size"] - ln["size"]) < 0.01]
        ln["bold"] = sum(c["bold"] for c in main) > 0.5 * max(1, len(main))
    return sorted([l for l in lines if l["vis"]], key=lambda l: l["y"])


def word_gaps(ln, size):
    gaps = []
    vis = ln["vis"]
    for a, b in zip(vis, vis[1:]):
        g = b["x0"] - a["x1"]
        if g > 0.1 * size:
            gaps.append(g / size)
    return gaps


def mode_of(values, q=0.25):
    cnt = Counter(round(v / q) * q for v in values)
    return cnt.most_common(1)[0][0] if cnt else None


def analyse(path, source_text=None, body_size=None, dump=0):
    doc = fitz.open(path)
    pages = [chars_of(p) for p in doc]
    if body_size is None:
        cnt = Counter()
        for chars in pages:
            for c in chars:
                if not c["c"].isspace():
                    cnt[c["size"]] += 1
        body_size = cnt.most_common(1)[0][0]
    # body lines per page
    page_lines = []
    opens_chapter = []
    for chars in pages:
        ls = group_lines(chars, body_size)
        page_lines.append([l for l in ls if abs(l["size"] - body_size) < 0.26 and not l["bold"]])
        # a page whose first line of body size or more is a large heading opens a chapter
        big = [l for l in ls if l["size"] >= body_size - 0.26]
        opens_chapter.append(bool(big) and big[0]["size"] > 1.3 * body_size)
    allx0 = [l["x0"] for pl in page_lines for l in pl]
    left = mode_of(allx0)
    alledge = [l["x1"] for pl in page_lines for l in pl]
    right = mode_of(alledge)
    em = body_size
    for pl in page_lines:
        pl[:] = [l for l in pl if left - 1.0 <= l["x0"] <= left + 3.0 * em]
    # line pitch
    pitches = []
    for pl in page_lines:
        for a, b in zip(pl, pl[1:]):
            pitches.append(round(b["y"] - a["y"], 1))
    pitch = Counter(pitches).most_common(1)[0][0] if pitches else body_size * 1.2

    def full(l):
        return l["x1"] >= right - 2.0

    def para_break_before(pl, i):
        """True if line i of page list pl starts a paragraph (judged within the page)."""
        if i == 0:
            return None  # unknown: depends on previous page
        prev, cur = pl[i - 1], pl[i]
        if cur["y"] - prev["y"] > pitch * 1.25:
            return True
        if cur["x0"] > left + 0.5 * em:  # first-line indent
            return True
        return not full(prev)

    lines_total = 0
    per_line_means, all_gaps, worst, loose = [], [], 0.0, 0
    url_lines, worst_all = 0, 0.0
    hyph_all = hyph_auto = 0
    run = maxrun = 0
    overfull = 0
    overfull_samples = []
    nonfinal = nonfinal_full = 0
    hyph_samples = []
    src = None
    if source_text:
        src = re.sub(r"\s+", " ", source_text)
    flat = [l for pl in page_lines for l in pl]
    for idx, l in enumerate(flat):
        lines_total += 1
        t = l["text"]
        if l["vis"][-1]["c"] in HYPHENS:
            hyph_all += 1
            run += 1
            maxrun = max(maxrun, run)
            nxt = flat[idx + 1]["text"] if idx + 1 < len(flat) else ""
            a = re.findall(r"[\w’'.\-\u2010\u00ad]+$", t)
            b = re.findall(r"^[\w’']+", nxt)
            joined = re.sub(r"[\u2010\u00ad]$", "-", a[0] if a else "") + (b[0] if b else "")
            explicit = bool(src and joined and joined in src)
            if not explicit:
                hyph_auto += 1
            if len(hyph_samples) < 12:
                hyph_samples.append(joined + ("" if explicit else " (auto)"))
        else:
            run = 0
        if l["edge"] > right + 0.5:
            overfull += 1
            if len(overfull_samples) < 5:
                overfull_samples.append(t[-40:])
    # gap statistics over full lines that are not paragraph-final
    for pl in page_lines:
        for i, l in enumerate(pl):
            is_last_in_para = (i + 1 < len(pl) and para_break_before(pl, i + 1)) or not full(l)
            if not is_last_in_para:
                nonfinal += 1
            if full(l) and not (i + 1 < len(pl) and para_break_before(pl, i + 1) and not full(l)):
                nonfinal_full += 1
                g = word_gaps(l, body_size)
                if g and URLISH.search(l["text"]):  # long unbreakable URLs: kept out of the prose statistics
                    url_lines += 1
                    worst_all = max(worst_all, max(g))
                    continue
                if g:
                    worst_all = max(worst_all, max(g))
                    m = sum(g) / len(g)
                    per_line_means.append(m)
                    all_gaps.extend(g)
                    worst = max(worst, max(g))
                    if m > 0.5:
                        loose += 1
    # widows / orphans across page breaks
    widows = orphans = 0
    wo_samples = []
    for p in range(len(page_lines) - 1):
        a, b = page_lines[p], page_lines[p + 1]
        if not a or not b:
            continue
        last, first = a[-1], b[0]
        continues = full(last) and not last["text"].endswith((".", ":", "!", "?")) or \
            (full(last) and last["vis"][-1]["c"] in HYPHENS)
        if not continues:
            continue
        starts_para = len(a) == 1 or para_break_before(a, len(a) - 1)
        if starts_para:
            orphans += 1
            wo_samples.append(f"orphan p{p + 1}: {last['text'][:50]}")
        ends_para = (not full(first)) or (len(b) > 1 and para_break_before(b, 1))
        if ends_para:
            widows += 1
            wo_samples.append(f"widow p{p + 2}: {first['text'][:50]}")
    # short last lines: a non-full line that continues a paragraph begun on an earlier line
    short_last = short_last_hyph = 0
    short_samples = []
    for p, pl in enumerate(page_lines):
        for i, l in enumerate(pl):
            if full(l):
                continue
            if i > 0:
                continued = not para_break_before(pl, i)
                prev = pl[i - 1]
            else:
                prevpage = page_lines[p - 1] if p > 0 else []
                prev = prevpage[-1] if prevpage else None
                continued = prev is not None and full(prev)
            if not continued or prev is None:
                continue
            if l["x1"] - l["x0"] < 1.5 * em:
                short_last += 1
                if prev["vis"][-1]["c"] in HYPHENS:
                    short_last_hyph += 1
                    short_samples.append(f"p{p + 1}: {prev['text'][-20:]} / {l['text']}")
    # short pages: body pages whose last line is above the usual last baseline
    bottoms = [pl[-1]["y"] for pl in page_lines[:-1] if len(pl) >= 5]
    bottom = Counter(round(y, 1) for y in bottoms).most_common(1)[0][0] if bottoms else None
    short_pages = sum(1 for y in bottoms if bottom is not None and y < bottom - 0.5 * pitch)
    # the same without a chapter's last page (the page before one that opens with a large heading)
    running = [(p, pl[-1]["y"]) for p, pl in enumerate(page_lines[:-1])
               if len(pl) >= 5 and not opens_chapter[p + 1]]
    short_running = [p + 1 for p, y in running if bottom is not None and y < bottom - 0.5 * pitch]
    full_lines = sum(1 for l in flat if full(l))
    res = {
        "file": path,
        "pages": len(doc),
        "body_size_pt": body_size,
        "text_left_pt": left,
        "text_right_pt": right,
        "line_pitch_pt": pitch,
        "lines": lines_total,
        "full_lines": full_lines,
        "justified_share": round(full_lines / max(1, lines_total), 3),
        "gap_lines": len(per_line_means),
        "gap_mean": round(st.mean(per_line_means), 4) if per_line_means else None,
        "gap_sd": round(st.pstdev(per_line_means), 4) if len(per_line_means) > 1 else None,
        "gap_pool_sd": round(st.pstdev(all_gaps), 4) if len(all_gaps) > 1 else None,
        "gap_max": round(worst, 4),
        "gap_max_incl_url_lines": round(worst_all, 4),
        "url_lines_skipped": url_lines,
        "loose_lines": loose,
        "hyph_all": hyph_all,
        "hyph_auto": hyph_auto,
        "hyph_run_max": maxrun,
        "overfull": overfull,
        "widows": widows,
        "orphans": orphans,
        "short_last_lines": short_last,
        "short_last_after_hyphen": short_last_hyph,
        "body_pages": len(bottoms),
        "short_pages": short_pages,
        "running_pages": len(running),
        "short_running_pages": len(short_running),
        "short_running_share": round(len(short_running) / max(1, len(running)), 3),
        "samples": {"hyphen": hyph_samples, "overfull": overfull_samples, "widow_orphan": wo_samples[:8],
                    "short_last_after_hyphen": short_samples[:8]},
    }
    if dump:
        for l in flat[:dump]:
            g = word_gaps(l, body_size)
            print(f"{l['x0']:7.2f} {l['x1']:7.2f} full={int(full(l))} gaps={len(g)} "
                  f"mean={sum(g) / len(g) if g else 0:.3f} | {l['text'][:70]}", file=sys.stderr)
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pdf")
    ap.add_argument("--source", help="plain text/markup of the manuscript, to tell explicit hyphens (pro-German) from inserted ones")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--body-size", type=float)
    ap.add_argument("--dump-lines", type=int, default=0)
    a = ap.parse_args()
    src = open(a.source, encoding="utf-8").read() if a.source else None
    r = analyse(a.pdf, src, a.body_size, a.dump_lines)
    if a.json:
        print(json.dumps(r, ensure_ascii=False))
    else:
        for k, v in r.items():
            print(f"{k:16} {v}")


if __name__ == "__main__":
    main()
