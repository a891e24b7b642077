// Convocazione del Consiglio Comunale, Comune di Sarroch -- OpenPDF (Java), imitating a RenderX XEP-formatted notice
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
import java.awt.Color;

public class D11Sarroch {
  public static void main(String[] a) throws Exception {
    Document d = new Document(PageSize.A4, 62, 62, 50, 60);
    PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
    d.addTitle("Convocazione Consiglio Comunale 20/03/2026"); d.addAuthor("Comune di Sarroch - Ufficio di Presidenza"); d.addCreator("Segreteria - convocazioni");
    BaseFont bfR = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    BaseFont bfB = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    BaseFont bfS = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    final BaseFont fS = bfS;
    w.setPageEvent(new PdfPageEventHelper() {
      public void onEndPage(PdfWriter wr, Document doc) {
        PdfContentByte cb = wr.getDirectContent();
        cb.beginText(); cb.setFontAndSize(fS, 7.5f);
        cb.showTextAligned(Element.ALIGN_CENTER, "Comune di Sarroch - Via Siotto, 2 - 09018 Sarroch (CA) - tel. 070 9092601 - protocollo@pec.comune.sarroch.ca.it", 297, 30, 0);
        cb.endText();
      }
    });
    d.open();
    Font fR = new Font(bfR, 11.5f), fB = new Font(bfB, 11.5f), fT = new Font(bfB, 20f, Font.NORMAL, new Color(0, 70, 120)),
         fSm = new Font(bfS, 9f), fH = new Font(bfB, 14f), fI = new Font(bfR, 10f, Font.ITALIC);
    PdfPTable head = new PdfPTable(new float[]{1, 5}); head.setWidthPercentage(100);
    PdfPCell cr = new PdfPCell(new Phrase("stemma\ncomunale", new Font(bfS, 6))); cr.setFixedHeight(58); cr.setHorizontalAlignment(Element.ALIGN_CENTER); cr.setVerticalAlignment(Element.ALIGN_MIDDLE);
    head.addCell(cr);
    PdfPCell ht = new PdfPCell(); ht.setBorder(0); ht.setPaddingLeft(12);
    ht.addElement(new Paragraph("COMUNE DI SARROCH", fT));
    ht.addElement(new Paragraph("Città Metropolitana di Cagliari", fSm));
    ht.addElement(new Paragraph("Ufficio di Presidenza del Consiglio Comunale", fSm));
    head.addCell(ht);
    d.add(head);
    Paragraph prot = new Paragraph("Prot. n. 3512 del 13/03/2026", fSm); prot.setSpacingBefore(10); d.add(prot);
    PdfPTable dest = new PdfPTable(1); dest.setWidthPercentage(48); dest.setHorizontalAlignment(Element.ALIGN_RIGHT); dest.setSpacingBefore(6);
    PdfPCell dc = new PdfPCell(new Phrase("Ai Sigg. Consiglieri Comunali\nAl Sindaco\nAl Segretario Comunale\nAl Revisore dei Conti\ne p.c. al Comando Stazione Carabinieri di Sarroch\nLORO SEDI", fR)); dc.setBorder(0); dest.addCell(dc);
    d.add(dest);
    Paragraph t = new Paragraph("CONVOCAZIONE DEL CONSIGLIO COMUNALE", fH); t.setAlignment(Element.ALIGN_CENTER); t.setSpacingBefore(18); d.add(t);
    Paragraph t2 = new Paragraph("seduta ordinaria – prima convocazione", fI); t2.setAlignment(Element.ALIGN_CENTER); t2.setSpacingAfter(12); d.add(t2);
    Paragraph p1 = new Paragraph("Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267, dello Statuto comunale e del vigente Regolamento per il funzionamento del Consiglio Comunale, si comunica che il Consiglio Comunale è convocato in seduta pubblica, sessione ordinaria, presso la Sala consiliare del Palazzo Municipale, per il giorno", fR);
    p1.setAlignment(Element.ALIGN_JUSTIFIED); p1.setLeading(16); d.add(p1);
    Paragraph when = new Paragraph("VENERDÌ 20 MARZO 2026 ALLE ORE 18:00", fB); when.setAlignment(Element.ALIGN_CENTER); when.setSpacingBefore(8); when.setSpacingAfter(8); d.add(when);
    Paragraph p2 = new Paragraph("e, occorrendo, in seconda convocazione per il giorno lunedì 23 marzo 2026 alle ore 18:00, per la trattazione del seguente", fR);
    p2.setAlignment(Element.ALIGN_JUSTIFIED); p2.setLeading(16); d.add(p2);
    Paragraph odg = new Paragraph("ORDINE DEL GIORNO", fB); odg.setAlignment(Element.ALIGN_CENTER); odg.setSpacingBefore(10); odg.setSpacingAfter(6); d.add(odg);
    String[] items = {
      "Lettura e approvazione dei verbali della seduta precedente.",
      "Comunicazioni del Sindaco.",
      "Approvazione del Rendiconto della gestione per l'esercizio finanziario 2025.",
      "Variazione al bilancio di previsione 2026/2028 ai sensi dell'art. 175, comma 2, del D.Lgs. n. 267/2000.",
      "Approvazione del Regolamento comunale per la concessione in uso dei locali e degli impianti sportivi comunali.",
      "Interrogazione presentata dal gruppo consiliare \"Sarroch Bene Comune\" in merito al servizio di trasporto pubblico locale."};
    PdfPTable it = new PdfPTable(new float[]{1, 14}); it.setWidthPercentage(100);
    for (int i = 0; i < items.length; i++) {
      PdfPCell n = new PdfPCell(new Phrase((i+1) + ".", fR)); n.setBorder(0); n.setPaddingBottom(5);
      PdfPCell c = new PdfPCell(new Phrase(items[i], fR)); c.setBorder(0); c.setPaddingBottom(5);
      it.addCell(n); it.addCell(c);
    }
    d.add(it);
    Paragraph p3 = new Paragraph("La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso l'Ufficio Segreteria ed è consultabile dai Consiglieri negli orari di apertura al pubblico. La seduta sarà trasmessa in diretta streaming sul sito istituzionale dell'Ente.", fR);
    p3.setAlignment(Element.ALIGN_JUSTIFIED); p3.setLeading(16); p3.setSpacingBefore(8); d.add(p3);
    Paragraph dt = new Paragraph("Sarroch, 13/03/2026", fR); dt.setSpacingBefore(16); d.add(dt);
    Paragraph sg = new Paragraph("IL PRESIDENTE DEL CONSIGLIO COMUNALE\nRag. Gianfranco Pitzalis", fB); sg.setAlignment(Element.ALIGN_RIGHT); d.add(sg);
    Paragraph fd = new Paragraph("(documento firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005)", new Font(bfR, 8.5f, Font.ITALIC)); fd.setAlignment(Element.ALIGN_RIGHT); d.add(fd);
    d.close();
  }
}
