// Savignano Irpino (AV): decreto di esproprio (art. 23 D.P.R. 327/2001). OpenPDF 1.3.30:
// Liberation fonts embedded as Identity-H CID fonts, letterhead and foot drawn by a page event on every page,
// label grid and parcels table with merged cells (colspan/rowspan).
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
public class SavignanoEsproprio {
  static BaseFont bf, bfb;
  static Font f(float s) { return new Font(bf, s); }
  static Font b(float s) { return new Font(bfb, s); }
  static PdfPCell cell(String t, Font fo, int cs, int rs, boolean grey) {
    PdfPCell c = new PdfPCell(new Phrase(t, fo)); c.setColspan(cs); c.setRowspan(rs); c.setPadding(4);
    if (grey) c.setBackgroundColor(new java.awt.Color(225, 225, 225)); return c; }
  static Paragraph par(String t, Font fo, int al, float after) { Paragraph p = new Paragraph(t, fo); p.setAlignment(al); p.setSpacingAfter(after); p.setLeading(14f); return p; }
  public static void main(String[] a) throws Exception {
    String L = "/usr/share/fonts/truetype/liberation/";
    bf = BaseFont.createFont(L + "LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    bfb = BaseFont.createFont(L + "LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    Document d = new Document(PageSize.A4, 62, 56, 118, 70);
    PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
    w.setPageEvent(new PdfPageEventHelper() {
      public void onEndPage(PdfWriter w, Document d) {
        PdfContentByte cb = w.getDirectContent();
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("COMUNE DI SAVIGNANO IRPINO", b(17)), 297, 790, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("Provincia di Avellino – Via Municipio 1 – 83030 Savignano Irpino (AV)", f(8.5f)), 297, 776, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("AREA TECNICA – Ufficio per le Espropriazioni", b(10)), 297, 761, 0);
        cb.setLineWidth(0.8f); cb.moveTo(62, 752); cb.lineTo(539, 752); cb.stroke();
        cb.setLineWidth(0.4f); cb.moveTo(62, 52); cb.lineTo(539, 52); cb.stroke();
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Decreto di esproprio n. 1/2026 del 04/11/2026", f(7.5f)), 62, 40, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Pagina " + w.getPageNumber(), f(7.5f)), 539, 40, 0);
      }});
    d.addCreator("Halley Espropri"); d.addTitle("Decreto di esproprio n. 1/2026");
    d.open();
    PdfPTable g = new PdfPTable(new float[]{22, 18, 12, 48}); g.setWidthPercentage(100); g.setSpacingAfter(10);
    g.addCell(cell("DECRETO DI ESPROPRIO", b(11), 4, 1, true));
    g.addCell(cell("Registro Decreti n.", b(9.5f), 1, 1, false)); g.addCell(cell("1/2026", f(9.5f), 1, 1, false));
    g.addCell(cell("del", b(9.5f), 1, 1, false)); g.addCell(cell("04/11/2026", f(9.5f), 1, 1, false));
    g.addCell(cell("Oggetto", b(9.5f), 1, 1, false));
    g.addCell(cell("Lavori di messa in sicurezza e adeguamento della strada comunale Fontana Vecchia – CUP D57H24001120002. Decreto di esproprio ai sensi dell'art. 23 del D.P.R. 8 giugno 2001, n. 327.", b(9.5f), 3, 1, false));
    d.add(g);
    d.add(par("IL RESPONSABILE DELL'AREA TECNICA", b(10.5f), Element.ALIGN_CENTER, 2));
    d.add(par("in qualità di Autorità espropriante", f(10), Element.ALIGN_CENTER, 8));
    String[] prem = {
      "Vista la deliberazione della Giunta comunale n. 23 del 14/03/2025, con la quale è stato approvato il progetto definitivo dei lavori in oggetto, con contestuale dichiarazione di pubblica utilità ai sensi dell'art. 12 del D.P.R. 327/2001;",
      "Visto il decreto di occupazione d'urgenza n. 3 del 02/09/2025, eseguito con la redazione dei verbali di immissione in possesso e di consistenza in data 29/09/2025;",
      "Dato atto che le indennità provvisorie di espropriazione sono state accettate dalle ditte proprietarie e corrisposte con determinazione n. 71 del 20/10/2026;",
      "Visti gli artt. 20, 22-bis, 23 e 24 del D.P.R. 8 giugno 2001, n. 327 e la L.R. Campania 19 aprile 1977, n. 23;"};
    for (String s : prem) d.add(par(s, f(10.5f), Element.ALIGN_JUSTIFIED, 5));
    d.add(par("DECRETA", b(11), Element.ALIGN_CENTER, 6));
    String[] art = {
      "Art. 1 – È pronunciata a favore del Comune di Savignano Irpino, C.F. 81000850648, l'espropriazione degli immobili di seguito indicati, necessari per la realizzazione dei lavori in oggetto, con trasferimento del diritto di proprietà:",
      "Art. 2 – Il presente decreto sarà notificato alle ditte proprietarie nelle forme degli atti processuali civili, almeno sette giorni prima della data di esecuzione.",
      "Art. 3 – Il presente decreto sarà registrato presso l'Agenzia delle Entrate, trascritto presso l'Ufficio Provinciale di Avellino – Territorio, Servizio di Pubblicità Immobiliare, e volturato in catasto, a cura e spese del Comune.",
      "Art. 4 – Un estratto del presente decreto sarà pubblicato nel Bollettino Ufficiale della Regione Campania e all'Albo Pretorio on line; l'opposizione dei terzi è proponibile entro trenta giorni dalla pubblicazione dell'estratto.",
      "Art. 5 – Avverso il presente decreto è ammesso ricorso al T.A.R. Campania, sezione di Salerno, entro sessanta giorni dalla notifica, o ricorso straordinario al Presidente della Repubblica entro centoventi giorni."};
    d.add(par(art[0], f(10.5f), Element.ALIGN_JUSTIFIED, 6));
    PdfPTable t = new PdfPTable(new float[]{6, 30, 10, 12, 14, 28}); t.setWidthPercentage(100); t.setSpacingAfter(8); t.setHeaderRows(2);
    t.addCell(cell("N.", b(8.5f), 1, 2, true)); t.addCell(cell("Ditta catastale", b(8.5f), 1, 2, true));
    t.addCell(cell("Catasto Terreni", b(8.5f), 3, 1, true)); t.addCell(cell("Indennità corrisposta (euro)", b(8.5f), 1, 2, true));
    t.addCell(cell("Foglio", b(8.5f), 1, 1, true)); t.addCell(cell("Particella", b(8.5f), 1, 1, true)); t.addCell(cell("Sup. mq", b(8.5f), 1, 1, true));
    String[][] rows = {{"1", "Albanese Rocco", "9", "412", "318", "2.544,00"}, {"2", "Albanese Rocco", "9", "415", "96", "768,00"},
      {"3", "Iannarone Lucia; Iannarone Michele", "9", "433", "441", "3.528,00"}, {"4", "Parrella Antonietta", "11", "87", "205", "1.640,00"}};
    for (String[] r : rows) for (String v : r) t.addCell(cell(v, f(8.5f), 1, 1, false));
    t.addCell(cell("Totale", b(8.5f), 4, 1, false)); t.addCell(cell("1.060", b(8.5f), 1, 1, false)); t.addCell(cell("8.480,00", b(8.5f), 1, 1, false));
    d.add(t);
    for (int i = 1; i < art.length; i++) d.add(par(art[i], f(10.5f), Element.ALIGN_JUSTIFIED, 5));
    d.add(par("Savignano Irpino, 04/11/2026", f(10.5f), Element.ALIGN_LEFT, 10));
    d.add(par("IL RESPONSABILE DELL'AREA TECNICA\ning. Gerardo Cardinale", f(10.5f), Element.ALIGN_RIGHT, 0));
    d.close();
  }
}
