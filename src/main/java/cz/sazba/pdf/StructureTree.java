package cz.sazba.pdf;

import cz.sazba.typeset.page.StructNode;
import cz.sazba.typeset.page.StructRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;

/**
 * The logical structure (ISO 32000-1, 14.7): one structure element per {@link StructNode}, whose
 * kids are its child elements and its own content (marked-content ids, link annotations) merged
 * in reading order; the parent tree that leads from content back to its element; the numbering
 * of pages' /StructParents and annotations' /StructParent.
 */
final class StructureTree {
  /**
   * A piece of content of a node, in reading order: marked content {@code mcid} on a page, or a
   * link annotation (then {@code mcid} is -1).
   */
  record Content(int structId, int pageIndex, int mcid, COSDictionary annotation) {}

  // Looked up only, never walked in order: hash maps (a long book has thousands of elements).
  private final Map<Integer, StructNode> nodes = new HashMap<>();
  private final Map<Integer, List<Integer>> ownContent = new HashMap<>();
  private final Map<Integer, Integer> firstContent = new HashMap<>();
  private final Map<Integer, COSDictionary> elements = new HashMap<>();
  private final Map<Integer, double[]> boxes = new HashMap<>();
  /** Walked to write the ID tree, whose names must be in order. */
  private final Map<String, COSDictionary> idTree = new TreeMap<>();
  private final List<Content> contents;
  private final List<COSDictionary> pages;

  private StructureTree(List<Content> contents, List<COSDictionary> pages) {
    this.contents = contents;
    this.pages = pages;
  }

  /**
   * Builds the structure tree root and wires pages and annotations to it: sets each page's
   * /StructParents to its index and each annotation's /StructParent to a key after the pages.
   *
   * @param contents every piece of tagged content of the book in reading order
   * @param mcidOwners per page, the struct id of each MCID
   */
  static COSDictionary build(
      StructNode root, List<COSDictionary> pages, List<Content> contents, List<List<Integer>> mcidOwners) {
    return build(root, pages, contents, mcidOwners, Map.of());
  }

  /** As above; {@code boxes} gives the bounding box of each Figure (PDF/UA-1 7.3: Figure has a BBox). */
  static COSDictionary build(StructNode root, List<COSDictionary> pages, List<Content> contents,
      List<List<Integer>> mcidOwners, Map<Integer, double[]> boxes) {
    StructureTree tree = new StructureTree(contents, pages);
    tree.boxes.putAll(boxes);
    tree.index(root);
    for (int i = 0; i < contents.size(); i++) {
      int id = contents.get(i).structId();
      if (!tree.nodes.containsKey(id)) {
        throw new IllegalStateException("content points to structure node " + id + ", which is not in the tree");
      }
      tree.ownContent.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
    }
    tree.firstContent(root);

    COSDictionary treeRoot = new COSDictionary();
    treeRoot.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
    treeRoot.setItem(COSName.K, tree.element(root, treeRoot));

    COSArray nums = new COSArray();
    for (int p = 0; p < pages.size(); p++) {
      pages.get(p).setInt(COSName.STRUCT_PARENTS, p);
      COSArray byMcid = new COSArray();
      for (int owner : mcidOwners.get(p)) byMcid.add(tree.elements.get(owner));
      nums.add(COSInteger.get(p));
      nums.add(byMcid);
    }
    int nextKey = pages.size();
    for (Content c : contents) {
      if (c.annotation() == null) continue;
      c.annotation().setInt(COSName.STRUCT_PARENT, nextKey);
      nums.add(COSInteger.get(nextKey));
      nums.add(tree.elements.get(c.structId()));
      nextKey++;
    }
    COSDictionary parentTree = new COSDictionary();
    parentTree.setItem(COSName.NUMS, nums);
    treeRoot.setItem(COSName.PARENT_TREE, parentTree);
    treeRoot.setInt(COSName.PARENT_TREE_NEXT_KEY, nextKey);

    if (!tree.idTree.isEmpty()) {
      COSArray names = new COSArray();
      tree.idTree.forEach((id, element) -> {
        names.add(new COSString(id));
        names.add(element);
      });
      COSDictionary ids = new COSDictionary();
      ids.setItem(COSName.NAMES, names);
      treeRoot.setItem(COSName.ID_TREE, ids);
    }
    return treeRoot;
  }

  private void index(StructNode node) {
    if (nodes.put(node.id(), node) != null) {
      throw new IllegalStateException("structure node id " + node.id() + " is used twice");
    }
    for (StructNode child : node.children()) index(child);
  }

  /** Index in {@link #contents} of the first content in the node's subtree, or -1 for none. */
  private int firstContent(StructNode node) {
    List<Integer> own = ownContent.get(node.id());
    int first = own == null ? -1 : own.get(0);
    for (StructNode child : node.children()) {
      int childFirst = firstContent(child);
      if (childFirst >= 0 && (first < 0 || childFirst < first)) first = childFirst;
    }
    firstContent.put(node.id(), first);
    return first;
  }

  private COSDictionary element(StructNode node, COSDictionary parent) {
    COSDictionary e = new COSDictionary();
    elements.put(node.id(), e);
    e.setItem(COSName.TYPE, COSName.STRUCT_ELEM);
    e.setItem(COSName.S, COSName.getPDFName(PdfRoles.name(node.role())));
    e.setItem(COSName.P, parent);
    node.lang().ifPresent(lang -> e.setItem(COSName.LANG, new COSString(lang.tag())));
    node.alt().ifPresent(alt -> e.setItem(COSName.ALT, new COSString(alt)));
    node.actualText().ifPresent(text -> e.setItem(COSName.ACTUAL_TEXT, new COSString(text)));
    // /A holds one attribute object, or an array of them: a header cell's table scope and a
    // Figure's layout box may both be wanted on one element in future, so both are collected.
    COSArray attributes = new COSArray();
    PdfRoles.tableScope(node.role()).ifPresent(scope -> {
      // A header cell says which cells it heads: /A << /O /Table /Scope /Column >>.
      COSDictionary a = new COSDictionary();
      a.setItem(COSName.O, COSName.getPDFName("Table"));
      a.setItem(COSName.getPDFName("Scope"), COSName.getPDFName(scope));
      attributes.add(a);
    });
    double[] box = boxes.get(node.id());
    if (box != null) {
      // The layout attribute BBox (ISO 32000-1 14.8.5.4.3) of a Figure: where it is on its page.
      COSDictionary layout = new COSDictionary();
      layout.setItem(COSName.O, COSName.getPDFName("Layout"));
      COSArray bbox = new COSArray();
      for (double v : box) bbox.add(new org.apache.pdfbox.cos.COSFloat((float) (Math.round(v * 1000) / 1000.0)));
      layout.setItem(COSName.BBOX, bbox);
      attributes.add(layout);
    }
    if (attributes.size() == 1) e.setItem(COSName.A, attributes.get(0));
    else if (attributes.size() > 1) e.setItem(COSName.A, attributes);
    if (node.role() == StructRole.NOTE) {
      // PDF/UA-1 7.9: every Note needs an ID, unique in the document.
      String id = "note-" + node.id();
      e.setItem(COSName.ID, new COSString(id));
      idTree.put(id, e);
    }

    List<Integer> own = ownContent.getOrDefault(node.id(), List.of());
    COSDictionary page = own.isEmpty() ? null : pages.get(contents.get(own.get(0)).pageIndex());
    if (page != null) e.setItem(COSName.PG, page);

    // Merge child elements (tree order) with own content (reading order) by first appearance.
    COSArray kids = new COSArray();
    List<StructNode> children = node.children();
    int childKey = -1;
    int i = 0;
    int j = 0;
    while (i < children.size() || j < own.size()) {
      int key = i < children.size() ? firstContent.get(children.get(i).id()) : -1;
      if (key >= 0) childKey = key;
      boolean takeChild = i < children.size() && (j >= own.size() || childKey <= own.get(j));
      if (takeChild) {
        StructNode child = children.get(i);
        Optional<String> wrapper = PdfRoles.between(node.role(), child.role());
        if (wrapper.isPresent()) {
          // An element the standard wants in between, with the child as its only kid.
          COSDictionary w = new COSDictionary();
          w.setItem(COSName.TYPE, COSName.STRUCT_ELEM);
          w.setItem(COSName.S, COSName.getPDFName(wrapper.get()));
          w.setItem(COSName.P, e);
          COSArray only = new COSArray();
          only.add(element(child, w));
          w.setItem(COSName.K, only);
          kids.add(w);
        } else {
          kids.add(element(child, e));
        }
        i++;
      } else {
        kids.add(kid(contents.get(own.get(j)), page));
        j++;
      }
    }
    if (kids.size() > 0) e.setItem(COSName.K, kids);
    return e;
  }

  private org.apache.pdfbox.cos.COSBase kid(Content c, COSDictionary elementPage) {
    COSDictionary page = pages.get(c.pageIndex());
    if (c.annotation() != null) {
      COSDictionary objr = new COSDictionary();
      objr.setItem(COSName.TYPE, COSName.OBJR);
      objr.setItem(COSName.OBJ, c.annotation());
      objr.setItem(COSName.PG, page);
      return objr;
    }
    if (page == elementPage) return COSInteger.get(c.mcid());
    COSDictionary mcr = new COSDictionary();
    mcr.setItem(COSName.TYPE, COSName.MCR);
    mcr.setItem(COSName.PG, page);
    mcr.setInt(COSName.MCID, c.mcid());
    return mcr;
  }
}
