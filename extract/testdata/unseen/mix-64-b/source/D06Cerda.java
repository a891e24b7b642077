// Comune di Cerda (PA): determinazione printed by an in-house Java application (OpenPDF 1.3.30).
// Header table with merged cells; the proposal number is printed before the act number.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
public class D06Cerda {
  static Font f(int style, float size) { return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style); }
  static PdfPCell cell(String t, Font fo, int col, int row, int align, float gray) {
    PdfPCell c = new PdfPCell(new Phrase(t, fo)); c.setColspan(col); c.setRowspan(row); c.setHorizontalAlignment(align);
    c.setVerticalAlignment(Element.ALIGN_MIDDLE); c.setPadding(5); if (gray < 1) c.setGrayFill(gray); return c; }
  public static void main(String[] a) throws Exception {
    Document d = new Document(PageSize.A4, 56, 56, 50, 60);
    PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
    w.setPageEvent(new PdfPageEventHelper() { public void onEndPage(PdfWriter w, Document d) {
      PdfContentByte cb = w.getDirectContent();
      ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("Comune di Cerda – Piazza La Mantia, 1 – 90010 Cerda (PA) – www.comune.cerda.pa.it   |   pag. " + w.getPageNumber(), f(Font.NORMAL, 7)), 297, 30, 0); }});
    d.addTitle("Determinazione n. 58/2026"); d.addCreator("AttiWeb 4.2 (Java)"); d.open();
    PdfPTable t = new PdfPTable(new float[]{15, 40, 20, 25}); t.setWidthPercentage(100);
    t.addCell(cell("COMUNE DI CERDA\nLibero Consorzio Comunale di Palermo (ex Provincia Regionale)", f(Font.BOLD, 13), 4, 1, Element.ALIGN_CENTER, 1f));
    t.addCell(cell("SETTORE II – ECONOMICO FINANZIARIO", f(Font.BOLD, 9.5f), 2, 1, Element.ALIGN_LEFT, 0.88f));
    t.addCell(cell("Servizio Tributi", f(Font.BOLD, 9.5f), 2, 1, Element.ALIGN_CENTER, 0.88f));
    t.addCell(cell("Proposta n. 112 del 05/05/2026", f(Font.NORMAL, 9.5f), 2, 1, Element.ALIGN_LEFT, 1f));
    t.addCell(cell("Responsabile del procedimento", f(Font.NORMAL, 8), 1, 3, Element.ALIGN_CENTER, 0.95f));
    t.addCell(cell("Sig.ra Giuseppa Cirrito", f(Font.NORMAL, 9), 1, 3, Element.ALIGN_CENTER, 1f));
    t.addCell(cell("DETERMINAZIONE N. 58 DEL 11/05/2026", f(Font.BOLD, 10.5f), 2, 1, Element.ALIGN_LEFT, 1f));
    t.addCell(cell("Pubblicata all'Albo dal 12/05/2026", f(Font.ITALIC, 8.5f), 2, 1, Element.ALIGN_LEFT, 1f));
    d.add(t);
    Paragraph o = new Paragraph(); o.setSpacingBefore(10); o.setSpacingAfter(8);
    o.add(new Chunk("OGGETTO: ", f(Font.BOLD, 10.5f)));
    o.add(new Chunk("Rimborso di somme versate e non dovute a titolo di IMU per l'anno d'imposta 2024 – Contribuente cod. 10482 – Impegno e liquidazione.", f(Font.BOLD, 10.5f)));
    d.add(o);
    Font b = f(Font.NORMAL, 10.5f);
    String[] prem = {
      "IL RESPONSABILE DEL SETTORE II",
      "Vista l'istanza presentata in data 14/03/2026, prot. n. 3981, con la quale il contribuente identificato con codice 10482 ha chiesto il rimborso della somma di € 1.284,00 versata a titolo di Imposta Municipale Propria per l'anno 2024 relativamente a un immobile ceduto in data 30/11/2023;",
      "Accertato, a seguito dell'istruttoria dell'Ufficio Tributi e della consultazione della banca dati catastale, che il versamento non era dovuto e che l'istanza è stata presentata entro il termine di cui all'art. 1, comma 164, della L. 296/2006;",
      "Visto il Regolamento comunale per l'applicazione dell'IMU approvato con deliberazione del Consiglio Comunale n. 18 del 29/07/2020;",
      "Vista la determinazione sindacale n. 12 del 31/12/2025 di nomina del Responsabile del Settore II;",
      "Visto l'O.R.EE.LL. vigente nella Regione Siciliana e il D.Lgs. 267/2000;",
      "DETERMINA"};
    for (int i = 0; i < prem.length; i++) {
      boolean h = i == 0 || i == prem.length - 1;
      Paragraph p = new Paragraph(prem[i], h ? f(Font.BOLD, 11) : b); p.setAlignment(h ? Element.ALIGN_CENTER : Element.ALIGN_JUSTIFIED);
      p.setSpacingAfter(5); p.setLeading(14); d.add(p); }
    String[] pts = {
      "di riconoscere il diritto al rimborso della somma di € 1.284,00, oltre interessi legali pari a € 41,73, in favore del contribuente cod. 10482, le cui generalità sono indicate nell'allegato riservato;",
      "di impegnare e liquidare la somma complessiva di € 1.325,73 al capitolo 1055 \"Rimborsi di tributi non dovuti\" del bilancio 2026-2028, esercizio 2026;",
      "di autorizzare l'Ufficio Ragioneria all'emissione del relativo mandato mediante bonifico sull'IBAN indicato nell'istanza;",
      "di dare atto che il presente provvedimento sarà pubblicato all'Albo Pretorio on line per quindici giorni consecutivi, omettendo i dati personali del contribuente."};
    com.lowagie.text.List l = new com.lowagie.text.List(com.lowagie.text.List.ORDERED, 18);
    for (String s : pts) { ListItem li = new ListItem(s, b); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setLeading(14); li.setSpacingAfter(4); l.add(li); }
    d.add(l);
    Paragraph s = new Paragraph("Cerda, 11/05/2026\n\nIL RESPONSABILE DEL SETTORE II\nDott. Salvatore Tripoli", f(Font.NORMAL, 10.5f)); s.setIndentationLeft(280); s.setSpacingBefore(16); d.add(s);
    Paragraph v = new Paragraph("Parere di regolarità contabile e attestazione di copertura finanziaria (art. 55, comma 5, L. 142/1990 come recepita dalla L.R. 48/1991): FAVOREVOLE. Impegno n. 377/2026.", f(Font.ITALIC, 9)); v.setSpacingBefore(22); d.add(v);
    d.close();
  }
}
