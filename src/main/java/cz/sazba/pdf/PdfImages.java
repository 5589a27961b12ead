package cz.sazba.pdf;

import cz.sazba.model.ImageData;
import cz.sazba.typeset.page.ImageElement;
import cz.sazba.typeset.page.PageElement;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The book's pictures as image XObjects, each embedded once however many pages draw it: a JPEG
 * as it is (DCTDecode; the reader has made a CMYK one sRGB), a PNG decoded and written losslessly
 * (Flate), its alpha channel as a soft mask, which PDF/A-2 allows. Every colour is device RGB or
 * grey, which the document's sRGB output intent covers. Named {@code Im1}, {@code Im2} in order
 * of first use.
 */
final class PdfImages {
  private final Map<String, String> nameByKey = new LinkedHashMap<>();
  private final Map<String, COSDictionary> xobjectByName = new LinkedHashMap<>();
  private final java.util.Set<String> contributors = new java.util.LinkedHashSet<>();

  private PdfImages() {}

  /** @param pages each page's elements */
  static PdfImages embed(org.apache.pdfbox.cos.COSDocument cos, List<List<PageElement>> pages) throws IOException {
    PdfImages images = new PdfImages();
    // PDFBox's image factories want its document class, which starts Java2D when first used: made
    // only for a book with pictures (PdfWriter.newDocument). Not closed here: it would close the
    // COS document, which the writer closes.
    PDDocument pdf = null;
    for (List<PageElement> page : pages) {
      for (PageElement e : page) {
        if (e instanceof ImageElement i && !images.nameByKey.containsKey(i.key())) {
          String name = "Im" + (images.nameByKey.size() + 1);
          images.nameByKey.put(i.key(), name);
          if (pdf == null) pdf = new PDDocument(cos);
          images.xobjectByName.put(name, xobject(pdf, i.data(), i.key()).getCOSObject());
          i.data().credit().ifPresent(c -> images.contributors.addAll(c.author()));
        }
      }
    }
    return images;
  }

  private static PDImageXObject xobject(PDDocument pdf, ImageData data, String key) throws IOException {
    byte[] bytes = data.bytes();
    if (data.format() == ImageData.Format.JPEG) return JPEGFactory.createFromByteArray(pdf, bytes);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
    if (image == null) throw new IOException("the reader accepted an image ImageIO cannot read: " + key);
    return LosslessFactory.createFromImage(pdf, image);
  }

  /** The authors of the pictures that have credits of their own, in order of first use, each once. */
  List<String> contributors() {
    return List.copyOf(contributors);
  }

  /** The resource name of an image element's picture. */
  String name(ImageElement e) {
    String name = nameByKey.get(e.key());
    if (name == null) throw new IllegalArgumentException("an image not embedded: " + e.key());
    return name;
  }

  COSDictionary xobject(String name) {
    return xobjectByName.get(name);
  }
}
