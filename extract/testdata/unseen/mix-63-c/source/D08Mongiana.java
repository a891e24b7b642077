// Mongiana: Giunta deliberation, Java 17 + OpenPDF. DejaVu fonts embedded as CID TrueType (Identity-H),
// running head and foot on every page (page event), roll table with merged header cells,
// and an Albo stamp drawn last, rotated 14 degrees across the letterhead.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
import java.awt.Color;

public class D08Mongiana {
  static BaseFont R, B, I;
  static Font f(BaseFont bf, float s) { return new Font(bf, s); }
  public static void main(String[] a) throws Exception {
    String D = "/usr/share/fonts/truetype/dejavu/";
    R = BaseFont.createFont(D + "DejaVuSerif.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    B = BaseFont.createFont(D + "DejaVuSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    I = BaseFont.createFont(D + "DejaVuSerif-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    Document doc = new Document(PageSize.A4, 62, 58, 118, 60);
    PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(a[0]));
    doc.addTitle("Deliberazione G.C. n. 52/2026"); doc.addCreator("Gestione Atti - Comune di Mongiana");
    w.setPageEvent(new PdfPageEventHelper() {
      public void onEndPage(PdfWriter wr, Document d) {
        PdfContentByte cb = wr.getDirectContent();
        float W = d.getPageSize().getWidth(), H = d.getPageSize().getHeight();
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("COMUNE DI MONGIANA", f(B, 17)), W / 2, H - 56, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("Provincia di Vibo Valentia", f(I, 10.5f)), W / 2, H - 72, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("Via Vittorio Emanuele III n. 2 – 89823 Mongiana (VV) – C.F. 00300170794", f(R, 8)), W / 2, H - 85, 0);
        cb.setLineWidth(0.8f); cb.moveTo(62, H - 93); cb.lineTo(W - 58, H - 93); cb.stroke();
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Deliberazione della Giunta Comunale n. 52 del 13.07.2026", f(I, 8)), 62, 34, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Pagina " + wr.getPageNumber() + " di 2", f(I, 8)), W - 58, 34, 0);
        if (wr.getPageNumber() == 1) {   // rotated Albo stamp across the header, drawn last
          cb.saveState();
          cb.concatCTM((float) Math.cos(Math.toRadians(14)), (float) Math.sin(Math.toRadians(14)), (float) -Math.sin(Math.toRadians(14)), (float) Math.cos(Math.toRadians(14)), W - 262, H - 140);
          cb.setColorStroke(new Color(170, 20, 30)); cb.setLineWidth(1.6f);
          cb.roundRectangle(0, 0, 190, 58, 6); cb.stroke();
          cb.setLineWidth(0.6f); cb.roundRectangle(3, 3, 184, 52, 5); cb.stroke();
          cb.beginText(); cb.setColorFill(new Color(170, 20, 30));
          cb.setFontAndSize(B, 9.5f); cb.showTextAligned(Element.ALIGN_CENTER, "ALBO PRETORIO ON LINE", 95, 40, 0);
          cb.setFontAndSize(R, 8.5f); cb.showTextAligned(Element.ALIGN_CENTER, "Pubblicata il 14/07/2026", 95, 26, 0);
          cb.showTextAligned(Element.ALIGN_CENTER, "Reg. Pubbl. n. 318", 95, 13, 0);
          cb.endText(); cb.restoreState();
        }
      }
    });
    doc.open();
    Paragraph p = new Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", f(B, 13)); p.setAlignment(Element.ALIGN_CENTER); doc.add(p);
    PdfPTable reg = new PdfPTable(new float[]{1, 1, 1}); reg.setWidthPercentage(86); reg.setSpacingBefore(8); reg.setSpacingAfter(10);
    for (String s : new String[]{"N. 52", "Data 13.07.2026", "Prot. n. 2214"}) {
      PdfPCell c = new PdfPCell(new Phrase(s, f(B, 11))); c.setHorizontalAlignment(Element.ALIGN_CENTER); c.setPadding(5); reg.addCell(c); }
    doc.add(reg);
    PdfPTable og = new PdfPTable(new float[]{1.1f, 5}); og.setWidthPercentage(100);
    PdfPCell l = new PdfPCell(new Phrase("OGGETTO:", f(B, 10.5f))); l.setBorder(Rectangle.TOP | Rectangle.BOTTOM | Rectangle.LEFT); l.setPadding(6);
    PdfPCell v = new PdfPCell(new Phrase("Adesione al progetto \"Ferriere di Calabria – itinerario dell'archeologia industriale delle Serre\" e approvazione dello schema di accordo di partenariato con il Parco Naturale Regionale delle Serre.", f(B, 10.5f)));
    v.setBorder(Rectangle.TOP | Rectangle.BOTTOM | Rectangle.RIGHT); v.setPadding(6);
    og.addCell(l); og.addCell(v); doc.add(og);
    Paragraph intro = new Paragraph("L'anno duemilaventisei, addì tredici del mese di luglio, alle ore 17:15, nella sede municipale, convocata nei modi di legge, si è riunita la Giunta Comunale. Risultano:", f(R, 10.5f));
    intro.setAlignment(Element.ALIGN_JUSTIFIED); intro.setSpacingBefore(10); intro.setLeading(14); doc.add(intro);
    PdfPTable roll = new PdfPTable(new float[]{4, 3, 1.2f, 1.2f}); roll.setWidthPercentage(80); roll.setSpacingBefore(6); roll.setSpacingAfter(8);
    PdfPCell h1 = new PdfPCell(new Phrase("Componente", f(B, 9.5f))); h1.setRowspan(2);
    PdfPCell h2 = new PdfPCell(new Phrase("Qualifica", f(B, 9.5f))); h2.setRowspan(2);
    PdfPCell h3 = new PdfPCell(new Phrase("Presenza", f(B, 9.5f))); h3.setColspan(2); h3.setHorizontalAlignment(Element.ALIGN_CENTER);
    for (PdfPCell c : new PdfPCell[]{h1, h2, h3}) { c.setBackgroundColor(new Color(230, 230, 230)); c.setVerticalAlignment(Element.ALIGN_MIDDLE); roll.addCell(c); }
    for (String s : new String[]{"P", "A"}) { PdfPCell c = new PdfPCell(new Phrase(s, f(B, 9.5f))); c.setHorizontalAlignment(Element.ALIGN_CENTER); c.setBackgroundColor(new Color(230, 230, 230)); roll.addCell(c); }
    String[][] m = {{"TASSONE Francesco", "Sindaco", "P"}, {"PISANI Rosa", "Vice Sindaco", "P"}, {"CORTESE Domenico", "Assessore", "A"}};
    for (String[] r : m) {
      roll.addCell(new PdfPCell(new Phrase(r[0], f(R, 10)))); roll.addCell(new PdfPCell(new Phrase(r[1], f(R, 10))));
      for (String s : new String[]{"P", "A"}) { PdfPCell c = new PdfPCell(new Phrase(r[2].equals(s) ? "X" : "", f(R, 10))); c.setHorizontalAlignment(Element.ALIGN_CENTER); roll.addCell(c); }
    }
    doc.add(roll);
    String[] body = {
      "Presiede il Sindaco Avv. Francesco Tassone. Partecipa con funzioni consultive, referenti e di assistenza il Segretario Comunale Dott. Giuseppe Valente, che cura la redazione del presente verbale.",
      "LA GIUNTA COMUNALE",
      "PREMESSO che il territorio di Mongiana conserva le testimonianze delle Reali Ferriere ed Officine borboniche e che il Comune intende valorizzarle in rete con gli altri siti dell'archeologia industriale delle Serre calabresi;",
      "VISTA la nota del Parco Naturale Regionale delle Serre, acquisita al prot. n. 2107 del 3.07.2026, con la quale si propone l'adesione al progetto \"Ferriere di Calabria\", finanziato nell'ambito del programma regionale per la valorizzazione dei beni culturali;",
      "DATO ATTO che l'adesione non comporta oneri diretti a carico del bilancio comunale, salvo la messa a disposizione di spazi per le attività divulgative;",
      "VISTI i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
      "A voti unanimi, resi nei modi di legge,",
      "D E L I B E R A",
      "1. di aderire al progetto \"Ferriere di Calabria – itinerario dell'archeologia industriale delle Serre\" promosso dal Parco Naturale Regionale delle Serre;",
      "2. di approvare lo schema di accordo di partenariato allegato alla presente quale parte integrante;",
      "3. di autorizzare il Sindaco alla sottoscrizione dell'accordo;",
      "4. di demandare al Responsabile dell'Area Amministrativa gli adempimenti conseguenti.",
      "Con separata e unanime votazione, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.",
    };
    for (String s : body) {
      boolean head = s.equals("LA GIUNTA COMUNALE") || s.startsWith("D E L");
      Paragraph q = new Paragraph(s, f(head ? B : R, 10.5f)); q.setLeading(14); q.setSpacingAfter(4);
      q.setAlignment(head ? Element.ALIGN_CENTER : Element.ALIGN_JUSTIFIED);
      if (s.matches("^\\d\\. .*")) { q.setIndentationLeft(18); q.setFirstLineIndent(-14); }
      doc.add(q);
    }
    Paragraph lt = new Paragraph("Letto, confermato e sottoscritto.", f(R, 10.5f)); lt.setSpacingBefore(8); doc.add(lt);
    PdfPTable sg = new PdfPTable(2); sg.setWidthPercentage(100); sg.setSpacingBefore(14);
    for (String s : new String[]{"IL SINDACO\nAvv. Francesco Tassone", "IL SEGRETARIO COMUNALE\nDott. Giuseppe Valente"}) {
      PdfPCell c = new PdfPCell(new Phrase(s, f(R, 10.5f))); c.setBorder(0); c.setHorizontalAlignment(Element.ALIGN_CENTER); sg.addCell(c); }
    doc.add(sg);
    // pareri and certificate follow on the second page
    Paragraph ph = new Paragraph("PARERI (art. 49 D.Lgs. 267/2000)", f(B, 11)); ph.setAlignment(Element.ALIGN_CENTER); ph.setSpacingAfter(8); ph.setSpacingBefore(18); doc.add(ph);
    PdfPTable pr = new PdfPTable(new float[]{2, 3}); pr.setWidthPercentage(100);
    String[][] pa = {{"Regolarità tecnica", "Favorevole – Il Responsabile dell'Area Amministrativa, Dott.ssa Maria Teresa Galati – 13.07.2026"},
                     {"Regolarità contabile", "Favorevole – Il Responsabile dell'Area Finanziaria, Rag. Vincenzo Sorrentino – 13.07.2026"}};
    for (String[] r : pa) { PdfPCell c = new PdfPCell(new Phrase(r[0], f(B, 10))); c.setPadding(6); pr.addCell(c); PdfPCell d = new PdfPCell(new Phrase(r[1], f(R, 10))); d.setPadding(6); pr.addCell(d); }
    doc.add(pr);
    Paragraph ch = new Paragraph("CERTIFICATO DI PUBBLICAZIONE", f(B, 11)); ch.setAlignment(Element.ALIGN_CENTER); ch.setSpacingBefore(22); ch.setSpacingAfter(6); doc.add(ch);
    Paragraph ct = new Paragraph("Si attesta che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line del Comune il 14/07/2026 e vi rimarrà per quindici giorni consecutivi (Reg. Pubbl. n. 318), ed è contestualmente comunicata ai Capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. 267/2000.", f(R, 10.5f));
    ct.setAlignment(Element.ALIGN_JUSTIFIED); ct.setLeading(14); doc.add(ct);
    Paragraph cs = new Paragraph("Mongiana, 14/07/2026", f(R, 10.5f)); cs.setSpacingBefore(12); doc.add(cs);
    Paragraph cs2 = new Paragraph("IL SEGRETARIO COMUNALE\nDott. Giuseppe Valente", f(R, 10.5f)); cs2.setAlignment(Element.ALIGN_RIGHT); doc.add(cs2);
    doc.close();
  }
}
