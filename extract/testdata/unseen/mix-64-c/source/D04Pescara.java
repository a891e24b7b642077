// Provincia di Pescara: Decreto del Presidente, Java 17 + OpenPDF 1.3.30. Page 1 is a cover sheet
// (frontespizio) with only the body, the kind and the number; the act follows on page 2-3 with justified
// paragraphs (base-14 Helvetica/Times, WinAnsi: justification through word spacing) and a running foot.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class D04Pescara {
  static Font f(String n, float s, int st) { return FontFactory.getFont(n, BaseFont.WINANSI, s, st); }
  static Paragraph jp(String s, Font fo) { Paragraph p = new Paragraph(s, fo); p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingAfter(5); p.setLeading(14); return p; }
  static Paragraph cp(String s, Font fo, float after) { Paragraph p = new Paragraph(s, fo); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingAfter(after); return p; }
  public static void main(String[] a) throws Exception {
    Document doc = new Document(PageSize.A4, 70, 64, 60, 70);
    PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(a[0]));
    doc.addTitle("Decreto Presidenziale n. 41"); doc.addCreator("JIride - Atti Amministrativi");
    w.setPageEvent(new PdfPageEventHelper() {
      public void onEndPage(PdfWriter wr, Document d) {
        if (wr.getPageNumber() == 1) return;
        PdfContentByte cb = wr.getDirectContent();
        float W = d.getPageSize().getWidth();
        cb.setLineWidth(0.5f); cb.moveTo(70, 52); cb.lineTo(W - 64, 52); cb.stroke();
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Provincia di Pescara – Piazza Italia n. 30 – 65121 Pescara – PEC: provincia.pescara@legalmail.it", f(FontFactory.HELVETICA, 7, Font.NORMAL)), 70, 42, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Decreto n. 41/2026 – pag. " + (wr.getPageNumber() - 1), f(FontFactory.HELVETICA, 7, Font.NORMAL)), W - 64, 42, 0);
      }
    });
    doc.open();
    // cover sheet
    Paragraph sp = new Paragraph(" "); sp.setSpacingBefore(190); doc.add(sp);
    doc.add(cp("PROVINCIA DI PESCARA", f(FontFactory.TIMES_BOLD, 30, Font.BOLD), 60));
    doc.add(cp("DECRETO DEL PRESIDENTE", f(FontFactory.TIMES_BOLD, 20, Font.BOLD), 14));
    doc.add(cp("N. 41", f(FontFactory.TIMES_BOLD, 26, Font.BOLD), 0));
    doc.newPage();
    Font tb = f(FontFactory.TIMES_BOLD, 11, Font.BOLD), tr = f(FontFactory.TIMES_ROMAN, 11, Font.NORMAL);
    doc.add(cp("PROVINCIA DI PESCARA", f(FontFactory.TIMES_BOLD, 16, Font.BOLD), 0));
    doc.add(cp("Settore II – Viabilità, Trasporti e Protezione Civile", f(FontFactory.TIMES_ITALIC, 10, Font.ITALIC), 16));
    PdfPTable t = new PdfPTable(new float[]{1, 1}); t.setWidthPercentage(100);
    PdfPCell c1 = new PdfPCell(new Phrase("DECRETO DEL PRESIDENTE DELLA PROVINCIA", tb)); c1.setColspan(2); c1.setHorizontalAlignment(Element.ALIGN_CENTER); c1.setPadding(5); t.addCell(c1);
    PdfPCell c2 = new PdfPCell(new Phrase("N. 41", tb)); c2.setHorizontalAlignment(Element.ALIGN_CENTER); c2.setPadding(4); t.addCell(c2);
    PdfPCell c3 = new PdfPCell(new Phrase("del 20/04/2026", tb)); c3.setHorizontalAlignment(Element.ALIGN_CENTER); c3.setPadding(4); t.addCell(c3);
    t.setSpacingAfter(12); doc.add(t);
    Paragraph o = new Paragraph(); o.add(new Chunk("OGGETTO: ", tb));
    o.add(new Chunk("Approvazione del Piano provinciale di manutenzione straordinaria dei ponti e viadotti della rete stradale provinciale – annualità 2026 – e assegnazione delle risorse ai sensi del D.M. 225/2021.", tb));
    o.setAlignment(Element.ALIGN_JUSTIFIED); o.setSpacingAfter(12); o.setLeading(14); doc.add(o);
    doc.add(cp("IL PRESIDENTE", tb, 8));
    String[] pre = {
      "Vista la legge 7 aprile 2014, n. 56, recante “Disposizioni sulle città metropolitane, sulle province, sulle unioni e fusioni di comuni”, e in particolare l'art. 1, comma 55, che attribuisce al Presidente della Provincia i poteri di sovrintendenza sul funzionamento dei servizi e degli uffici e sull'esecuzione degli atti;",
      "Visto il decreto del Ministero delle Infrastrutture e della Mobilità Sostenibili n. 225 del 29 maggio 2021, che ha assegnato alle province risorse per la messa in sicurezza di ponti e viadotti esistenti;",
      "Considerato che il Settore II ha completato nel mese di marzo 2026 la campagna di ispezioni di primo livello su 64 opere d'arte e ha individuato gli interventi prioritari, riportati nel Piano allegato al presente decreto;",
      "Dato atto che la spesa complessiva del Piano ammonta a euro 3.480.000,00 e trova copertura nelle risorse statali di cui al citato D.M. 225/2021 e nel bilancio di previsione 2026/2028;",
      "Acquisiti i pareri favorevoli di regolarità tecnica del Dirigente del Settore II, ing. Marco Di Blasio, e di regolarità contabile del Dirigente del Settore Finanziario, dott.ssa Antonella Cipollone, ai sensi dell'art. 49 del D.Lgs. 267/2000;"};
    for (String s : pre) doc.add(jp(s, tr));
    doc.add(cp("DECRETA", tb, 8));
    String[] pts = {
      "1. di approvare il Piano provinciale di manutenzione straordinaria dei ponti e viadotti della rete stradale provinciale per l'annualità 2026, allegato al presente decreto quale parte integrante e sostanziale;",
      "2. di assegnare al Dirigente del Settore II le risorse pari a euro 3.480.000,00 per l'attuazione degli interventi previsti dal Piano;",
      "3. di demandare al Dirigente del Settore II l'adozione di tutti gli atti gestionali conseguenti, ivi compresi l'avvio delle procedure di affidamento e la nomina dei responsabili unici dei progetti;",
      "4. di dichiarare il presente decreto immediatamente eseguibile, stante l'urgenza di rispettare i termini di rendicontazione delle risorse statali."};
    for (String s : pts) doc.add(jp(s, tr));
    Paragraph d = new Paragraph("Pescara, 20 aprile 2026", tr); d.setSpacingBefore(10); doc.add(d);
    Paragraph s1 = new Paragraph("IL PRESIDENTE DELLA PROVINCIA\nAvv. Giulia Di Francesco\n(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)", tr);
    s1.setAlignment(Element.ALIGN_RIGHT); s1.setSpacingBefore(14); doc.add(s1);
    doc.close();
  }
}
