// Comune di Grado - Consiglio Comunale deliberation, imitating a "Sinet" print; built with OpenPDF (iText 4 fork)
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class Grado {
  static Font H = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
  static Font B = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9.5f);
  static Font N = FontFactory.getFont(FontFactory.HELVETICA, 9.5f);
  static Font S = FontFactory.getFont(FontFactory.HELVETICA, 7.5f);
  static Font SI = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 7.5f);

  static PdfPCell cell(String t, Font f, int align, float grey, int border) {
    PdfPCell c = new PdfPCell(new Phrase(t, f));
    c.setHorizontalAlignment(align); c.setPadding(3.5f); c.setBorder(border);
    if (grey > 0) c.setGrayFill(grey);
    return c;
  }
  static Paragraph par(String t, Font f, int align, float after) {
    Paragraph p = new Paragraph(t, f); p.setAlignment(align); p.setSpacingAfter(after); p.setLeading(12.5f); return p;
  }

  public static void main(String[] a) throws Exception {
    Document doc = new Document(PageSize.A4, 56, 56, 60, 62);
    PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(a[0]));
    w.setPageEvent(new PdfPageEventHelper() {
      public void onEndPage(PdfWriter wr, Document d) {
        PdfContentByte cb = wr.getDirectContent();
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Comune di Grado - Deliberazione del Consiglio Comunale n. 9 del 05/03/2026", S), 56, 30, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Pag. " + wr.getPageNumber(), S), 539, 30, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Atto firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, sostituisce il documento cartaceo e la firma autografa.", SI), 56, 20, 0);
      }
    });
    doc.addTitle("Deliberazione CC 9/2026"); doc.addCreator("Sinet Atti Amministrativi");
    doc.open();
    PdfPTable head = new PdfPTable(new float[]{1.2f, 5f}); head.setWidthPercentage(100);
    PdfPCell crest = cell("[stemma]\nCittà di\nGrado", S, Element.ALIGN_CENTER, 0, Rectangle.BOX); crest.setFixedHeight(58); crest.setVerticalAlignment(Element.ALIGN_MIDDLE);
    head.addCell(crest);
    PdfPCell ht = new PdfPCell(); ht.setBorder(Rectangle.NO_BORDER); ht.setPaddingLeft(10);
    ht.addElement(new Paragraph("COMUNE DI GRADO", H));
    ht.addElement(new Paragraph("Regione Autonoma Friuli Venezia Giulia", N));
    ht.addElement(new Paragraph("Piazza Biagio Marin, 4 - 34073 Grado (GO)", S));
    head.addCell(ht);
    doc.add(head);
    doc.add(par(" ", N, Element.ALIGN_LEFT, 2));
    PdfPTable grid = new PdfPTable(new float[]{2.2f, 1.3f, 1.3f, 3f}); grid.setWidthPercentage(100);
    for (String s : new String[]{"Deliberazione n.", "Data", "Ora", "Adunanza"}) grid.addCell(cell(s, B, Element.ALIGN_CENTER, 0.85f, Rectangle.BOX));
    for (String s : new String[]{"9", "05/03/2026", "19:30", "ordinaria di prima convocazione - seduta pubblica"}) grid.addCell(cell(s, N, Element.ALIGN_CENTER, 0, Rectangle.BOX));
    doc.add(grid);
    doc.add(par(" ", N, Element.ALIGN_LEFT, 2));
    doc.add(par("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", B, Element.ALIGN_CENTER, 6));
    PdfPTable ogg = new PdfPTable(new float[]{1f, 5f}); ogg.setWidthPercentage(100);
    ogg.addCell(cell("OGGETTO:", B, Element.ALIGN_LEFT, 0, Rectangle.TOP | Rectangle.BOTTOM));
    ogg.addCell(cell("Regolamento per l'applicazione dell'imposta di soggiorno. Modifiche agli articoli 4, 6 e 11 e determinazione delle tariffe per l'anno 2026.", B, Element.ALIGN_LEFT, 0, Rectangle.TOP | Rectangle.BOTTOM));
    doc.add(ogg);
    doc.add(par(" ", N, Element.ALIGN_LEFT, 2));
    doc.add(par("L'anno 2026, il giorno 5 del mese di marzo alle ore 19:30, nella sala consiliare del Palazzo Municipale, in seguito a convocazione disposta con avviso recapitato a domicilio dei singoli Consiglieri, si è riunito il Consiglio Comunale in sessione ordinaria e in seduta pubblica di prima convocazione. Fatto l'appello nominale risultano:", N, Element.ALIGN_JUSTIFIED, 6));
    String[][] roll = {
      {"Zuliani Fabrizio","Sindaco","P"},{"Marchesan Laura","Presidente","P"},{"Tognon Michele","Consigliere","P"},
      {"Lauto Federica","Consigliere","P"},{"Zanetti Andrea","Consigliere","A"},{"Rigonat Silvia","Consigliere","P"},
      {"Gregori Nicolò","Consigliere","P"},{"Degrassi Paola","Consigliere","P"},{"Marin Stefano","Consigliere","P"},
      {"Lugnan Tiziana","Consigliere","P"},{"Olivotto Marco","Consigliere","A"},{"Felcher Giulia","Consigliere","P"},
      {"Scaramuzza Enrico","Consigliere","P"},{"Bressan Cristina","Consigliere","P"},{"Dovier Luca","Consigliere","P"},
      {"Taverna Roberta","Consigliere","P"}};
    PdfPTable r = new PdfPTable(new float[]{3.2f, 1.8f, 0.6f, 0.3f, 3.2f, 1.8f, 0.6f}); r.setWidthPercentage(100);
    int half = roll.length / 2;
    for (int i = 0; i < half; i++) {
      for (int k = 0; k < 2; k++) {
        String[] x = roll[i + k * half];
        r.addCell(cell(x[0], N, Element.ALIGN_LEFT, 0, Rectangle.BOTTOM));
        r.addCell(cell(x[1], N, Element.ALIGN_LEFT, 0, Rectangle.BOTTOM));
        r.addCell(cell(x[2], B, Element.ALIGN_CENTER, 0, Rectangle.BOTTOM));
        if (k == 0) r.addCell(cell("", N, Element.ALIGN_LEFT, 0, Rectangle.NO_BORDER));
      }
    }
    doc.add(r);
    doc.add(par("Presenti n. 14 - Assenti n. 2 (P = presente, A = assente)", S, Element.ALIGN_RIGHT, 6));
    doc.add(par("Assiste il Segretario Generale dott. Paolo Ferluga. Constatato il numero legale degli intervenuti, assume la presidenza la sig.ra Laura Marchesan nella sua qualità di Presidente del Consiglio Comunale, la quale dichiara aperta la seduta.", N, Element.ALIGN_JUSTIFIED, 8));
    doc.add(par("IL CONSIGLIO COMUNALE", B, Element.ALIGN_CENTER, 6));
    String[] prem = {
      "RICHIAMATO l'art. 4 del D.Lgs. 14 marzo 2011, n. 23, che consente ai comuni inclusi negli elenchi regionali delle località turistiche di istituire un'imposta di soggiorno a carico di coloro che alloggiano nelle strutture ricettive situate sul proprio territorio;",
      "VISTA la L.R. 9 dicembre 2016, n. 21 della Regione Autonoma Friuli Venezia Giulia;",
      "RICHIAMATA la propria deliberazione n. 41 del 19/12/2024, con la quale è stato approvato il Regolamento per l'applicazione dell'imposta di soggiorno;",
      "RITENUTO di modificare gli articoli 4 (esenzioni), 6 (misura dell'imposta) e 11 (obblighi dei gestori) del Regolamento, secondo il testo allegato sub A) alla presente deliberazione, anche a seguito del confronto con le associazioni di categoria svoltosi in data 12/02/2026;",
      "UDITA la relazione dell'Assessore al Bilancio e gli interventi dei Consiglieri, come da registrazione integrale agli atti;",
      "ACQUISITO il parere favorevole del Revisore dei conti, verbale n. 3 del 25/02/2026;",
      "VISTI i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;"};
    for (String s : prem) doc.add(par(s, N, Element.ALIGN_JUSTIFIED, 4));
    doc.add(par("Con la seguente votazione, espressa per alzata di mano:", N, Element.ALIGN_LEFT, 4));
    PdfPTable v = new PdfPTable(new float[]{3f, 1f}); v.setWidthPercentage(45); v.setHorizontalAlignment(Element.ALIGN_LEFT);
    String[][] vs = {{"Consiglieri presenti","14"},{"Votanti","13"},{"Voti favorevoli","10"},{"Voti contrari","3"},{"Astenuti","1 (Dovier)"}};
    for (String[] x : vs) { v.addCell(cell(x[0], N, Element.ALIGN_LEFT, 0, Rectangle.BOX)); v.addCell(cell(x[1], B, Element.ALIGN_CENTER, 0, Rectangle.BOX)); }
    doc.add(v);
    doc.add(par(" ", N, Element.ALIGN_LEFT, 2));
    doc.add(par("D E L I B E R A", B, Element.ALIGN_CENTER, 6));
    String[] pts = {
      "1. di approvare le modifiche agli articoli 4, 6 e 11 del Regolamento per l'applicazione dell'imposta di soggiorno, nel testo allegato sub A) quale parte integrante e sostanziale;",
      "2. di determinare per l'anno 2026 le tariffe dell'imposta di soggiorno come da prospetto allegato sub B);",
      "3. di dare atto che le modifiche entrano in vigore il 1° maggio 2026 e di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze tramite il Portale del federalismo fiscale."};
    for (String s : pts) { Paragraph p = par(s, N, Element.ALIGN_JUSTIFIED, 4); p.setIndentationLeft(14); p.setFirstLineIndent(-14); doc.add(p); }
    doc.add(par("Indi, con separata votazione che dà il seguente esito: presenti 14, favorevoli 11, contrari 3, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 1, comma 19, della L.R. 21/2003.", N, Element.ALIGN_JUSTIFIED, 14));
    doc.add(par("Letto, approvato e sottoscritto.", N, Element.ALIGN_LEFT, 10));
    PdfPTable sig = new PdfPTable(2); sig.setWidthPercentage(100);
    sig.addCell(cell("IL PRESIDENTE\nLaura Marchesan", B, Element.ALIGN_CENTER, 0, Rectangle.NO_BORDER));
    sig.addCell(cell("IL SEGRETARIO GENERALE\ndott. Paolo Ferluga", B, Element.ALIGN_CENTER, 0, Rectangle.NO_BORDER));
    doc.add(sig);
    doc.close();
  }
}
