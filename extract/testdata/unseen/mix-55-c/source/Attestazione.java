// Certificate of publication, Unione dei Comuni della Valle del Belice - OpenPDF (Java), imitating a JSP Albo web app print
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
import com.lowagie.text.pdf.draw.LineSeparator;

public class Attestazione {
  public static void main(String[] a) throws Exception {
    Document doc = new Document(PageSize.A4, 56, 56, 60, 60);
    PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(a[0]));
    String dj = "/usr/share/fonts/truetype/dejavu/";
    BaseFont bf = BaseFont.createFont(dj + "DejaVuSerif.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    BaseFont bb = BaseFont.createFont(dj + "DejaVuSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    BaseFont bs = BaseFont.createFont(dj + "DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    Font f = new Font(bf, 10.5f), fb = new Font(bb, 10.5f), ft = new Font(bb, 15f), fs = new Font(bs, 7.5f), fh = new Font(bb, 12f);
    w.setPageEvent(new PdfPageEventHelper() {
      public void onEndPage(PdfWriter wr, Document d) {
        PdfContentByte cb = wr.getDirectContent();
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("albo/attestazione.jsp?idPubbl=41&anno=2026", new Font(bs, 7f)), 56, 30, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Pagina " + wr.getPageNumber(), new Font(bs, 7f)), 539, 30, 0);
      }
    });
    doc.addTitle("Attestazione di pubblicazione"); doc.addAuthor("Unione dei Comuni della Valle del Belice"); doc.addCreator("Albo Pretorio on line - modulo Attestazioni");
    doc.open();
    Paragraph p = new Paragraph("UNIONE DEI COMUNI DELLA VALLE DEL BELICE", ft); p.setAlignment(Element.ALIGN_CENTER); doc.add(p);
    p = new Paragraph("Gibellina – Partanna – Poggioreale – Salaparuta – Santa Ninfa", f); p.setAlignment(Element.ALIGN_CENTER); doc.add(p);
    p = new Paragraph("Sede legale: Via Vittorio Emanuele, 1 – 91028 Partanna (TP)", fs); p.setAlignment(Element.ALIGN_CENTER); doc.add(p);
    doc.add(new Paragraph(" "));
    LineSeparator ls = new LineSeparator(); doc.add(new Chunk(ls));
    doc.add(new Paragraph(" "));
    p = new Paragraph("ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE", fh); p.setAlignment(Element.ALIGN_CENTER); doc.add(p);
    p = new Paragraph("(art. 124 D.Lgs. 18 agosto 2000, n. 267 – art. 32 Legge 18 giugno 2009, n. 69)", fs); p.setAlignment(Element.ALIGN_CENTER); doc.add(p);
    doc.add(new Paragraph(" "));
    PdfPTable t = new PdfPTable(new float[]{32, 68}); t.setWidthPercentage(100);
    String[][] rows = {
      {"Tipo atto", "Deliberazione della Giunta dell'Unione"},
      {"Numero atto", "6"},
      {"Data atto", "02/04/2026"},
      {"Oggetto", "Approvazione del Piano triennale della formazione del personale dei Comuni aderenti all'Unione – Annualità 2026/2028."},
      {"N. registro pubblicazioni", "41/2026"},
      {"Periodo di pubblicazione", "dal 09/04/2026 al 24/04/2026"},
    };
    for (String[] r : rows) {
      PdfPCell c1 = new PdfPCell(new Phrase(r[0], fs)); c1.setBackgroundColor(new java.awt.Color(235, 235, 235)); c1.setPadding(5);
      PdfPCell c2 = new PdfPCell(new Phrase(r[1], r[0].equals("Oggetto") || r[0].startsWith("Numero") ? fb : f)); c2.setPadding(5);
      t.addCell(c1); t.addCell(c2);
    }
    doc.add(t);
    doc.add(new Paragraph(" "));
    p = new Paragraph("Il sottoscritto Segretario dell'Unione, visti gli atti d'ufficio,", f); doc.add(p);
    p = new Paragraph("ATTESTA", fh); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingBefore(6); p.setSpacingAfter(6); doc.add(p);
    p = new Paragraph("che la deliberazione della Giunta dell'Unione n. 6 del 02/04/2026, avente ad oggetto quanto sopra indicato, è stata pubblicata all'Albo Pretorio on line dell'Unione, accessibile dal sito istituzionale, per quindici giorni consecutivi dal 09/04/2026 al 24/04/2026, senza opposizioni o reclami, ed è divenuta esecutiva il 02/04/2026 in quanto dichiarata immediatamente eseguibile ai sensi dell'art. 12, comma 2, della L.R. 3 dicembre 1991, n. 44.", f);
    p.setAlignment(Element.ALIGN_JUSTIFIED); p.setLeading(15); doc.add(p);
    doc.add(new Paragraph(" "));
    p = new Paragraph("Partanna, 27/04/2026", f); doc.add(p);
    doc.add(new Paragraph(" "));
    p = new Paragraph("IL SEGRETARIO DELL'UNIONE", fb); p.setAlignment(Element.ALIGN_RIGHT); doc.add(p);
    p = new Paragraph("Dott.ssa Giovanna Catalanotto", f); p.setAlignment(Element.ALIGN_RIGHT); doc.add(p);
    p = new Paragraph("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005", fs); p.setAlignment(Element.ALIGN_RIGHT); doc.add(p);
    doc.close();
  }
}
