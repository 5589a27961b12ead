package cz.sazba.pdf;

import java.util.List;

import java.nio.charset.StandardCharsets;

/**
 * The document's XMP metadata, written as text in a fixed order (no XMP library: output must be
 * byte-for-byte the same on every run). The packet carries the PDF/A-2u and PDF/UA-1
 * identification, and an extension-schema description for the two namespaces PDF/A does not
 * predefine: {@code pdfuaid} and {@code cc}.
 */
final class XmpPacket {
  /** The packet id is a fixed constant defined by the XMP specification, not a random value. */
  private static final String HEADER = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
  private static final String TRAILER = "<?xpacket end=\"r\"?>";

  private XmpPacket() {}

  static byte[] write(DocumentDescription d) {
    return write(d, List.of());
  }

  /** As above; {@code contributors} are the authors of the pictures with credits of their own (dc:contributor). */
  static byte[] write(DocumentDescription d, List<String> contributors) {
    StringBuilder s = new StringBuilder(HEADER);
    s.append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
    s.append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");

    s.append(" <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
    s.append("  <dc:format>application/pdf</dc:format>\n");
    altLang(s, "dc:title", d.title());
    if (!d.creators().isEmpty()) {
      s.append("  <dc:creator><rdf:Seq>\n");
      for (String c : d.creators()) s.append("   <rdf:li>").append(esc(c)).append("</rdf:li>\n");
      s.append("  </rdf:Seq></dc:creator>\n");
    }
    if (!contributors.isEmpty()) {
      s.append("  <dc:contributor><rdf:Bag>\n");
      for (String c : contributors) s.append("   <rdf:li>").append(esc(c)).append("</rdf:li>\n");
      s.append("  </rdf:Bag></dc:contributor>\n");
    }
    d.subject().ifPresent(sub -> altLang(s, "dc:description", sub));
    s.append("  <dc:language><rdf:Bag>\n");
    for (String l : d.languages()) s.append("   <rdf:li>").append(esc(l)).append("</rdf:li>\n");
    s.append("  </rdf:Bag></dc:language>\n");
    d.rights().ifPresent(r -> altLang(s, "dc:rights", r));
    s.append(" </rdf:Description>\n");

    String date = PdfDates.xmp(d.timestamp());
    s.append(" <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
    s.append("  <xmp:CreatorTool>").append(esc(DocumentDescription.CREATOR_TOOL)).append("</xmp:CreatorTool>\n");
    s.append("  <xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n");
    s.append("  <xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n");
    s.append("  <xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n");
    s.append(" </rdf:Description>\n");

    s.append(" <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
    s.append("  <pdf:Producer>").append(esc(DocumentDescription.PRODUCER)).append("</pdf:Producer>\n");
    s.append(" </rdf:Description>\n");

    if (d.license().isPresent()) {
      String uri = esc(d.license().get().url().toString());
      s.append(" <rdf:Description rdf:about=\"\" xmlns:xmpRights=\"http://ns.adobe.com/xap/1.0/rights/\">\n");
      s.append("  <xmpRights:Marked>True</xmpRights:Marked>\n");
      s.append("  <xmpRights:WebStatement>").append(uri).append("</xmpRights:WebStatement>\n");
      s.append(" </rdf:Description>\n");
      s.append(" <rdf:Description rdf:about=\"\" xmlns:cc=\"http://creativecommons.org/ns#\">\n");
      s.append("  <cc:license>").append(uri).append("</cc:license>\n");
      s.append(" </rdf:Description>\n");
    }

    s.append(" <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n");
    s.append("  <pdfaid:part>2</pdfaid:part>\n");
    s.append("  <pdfaid:conformance>U</pdfaid:conformance>\n");
    s.append(" </rdf:Description>\n");
    s.append(" <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n");
    s.append("  <pdfuaid:part>1</pdfuaid:part>\n");
    s.append(" </rdf:Description>\n");

    extensionSchemas(s, d.license().isPresent());

    s.append("</rdf:RDF>\n</x:xmpmeta>\n");
    // Padding lets an editor update the packet in place; its size is fixed.
    for (int i = 0; i < 10; i++) s.append(" ".repeat(99)).append('\n');
    s.append(TRAILER);
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** PDF/A 6.6.2.3: properties outside the predefined schemas must be described in the packet. */
  private static void extensionSchemas(StringBuilder s, boolean withLicense) {
    s.append(" <rdf:Description rdf:about=\"\"")
        .append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
        .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
        .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n");
    s.append("  <pdfaExtension:schemas><rdf:Bag>\n");
    schema(s, "PDF/UA Universal Accessibility Schema", "http://www.aiim.org/pdfua/ns/id/", "pdfuaid",
        "part", "Integer", "Part of ISO 14289 the document conforms to");
    if (withLicense) {
      schema(s, "Creative Commons Rights Expression Language", "http://creativecommons.org/ns#", "cc",
          "license", "URI", "The licence under which the work may be used");
    }
    s.append("  </rdf:Bag></pdfaExtension:schemas>\n");
    s.append(" </rdf:Description>\n");
  }

  private static void schema(
      StringBuilder s, String name, String uri, String prefix, String property, String type, String description) {
    s.append("   <rdf:li rdf:parseType=\"Resource\">\n")
        .append("    <pdfaSchema:schema>").append(name).append("</pdfaSchema:schema>\n")
        .append("    <pdfaSchema:namespaceURI>").append(uri).append("</pdfaSchema:namespaceURI>\n")
        .append("    <pdfaSchema:prefix>").append(prefix).append("</pdfaSchema:prefix>\n")
        .append("    <pdfaSchema:property><rdf:Seq>\n")
        .append("     <rdf:li rdf:parseType=\"Resource\">\n")
        .append("      <pdfaProperty:name>").append(property).append("</pdfaProperty:name>\n")
        .append("      <pdfaProperty:valueType>").append(type).append("</pdfaProperty:valueType>\n")
        .append("      <pdfaProperty:category>external</pdfaProperty:category>\n")
        .append("      <pdfaProperty:description>").append(description).append("</pdfaProperty:description>\n")
        .append("     </rdf:li>\n")
        .append("    </rdf:Seq></pdfaSchema:property>\n")
        .append("   </rdf:li>\n");
  }

  private static void altLang(StringBuilder s, String property, String value) {
    s.append("  <").append(property).append("><rdf:Alt><rdf:li xml:lang=\"x-default\">")
        .append(esc(value)).append("</rdf:li></rdf:Alt></").append(property).append(">\n");
  }

  /** XML text escaping; characters XML 1.0 cannot hold are dropped. */
  static String esc(String text) {
    StringBuilder s = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        default -> {
          boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
          if (allowed) s.appendCodePoint(c);
        }
      }
    });
    return s.toString();
  }
}
