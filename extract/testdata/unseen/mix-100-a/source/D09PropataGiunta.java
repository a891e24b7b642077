// Comune di Propata - Giunta comunale deliberation 14/2026, "J-Ente" house style (OpenPDF).
// Roll table with a merged "Presenza" header cell over P / A; heading letter-spaced with Tc (setCharacterSpacing);
// number in a box, date only in words in the opening formula.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
public class D09PropataGiunta {
  public static void main(String[] a) throws Exception {
    Document d = new Document(PageSize.A4, 60, 60, 50, 50);
    PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
    d.addTitle("Deliberazione della Giunta comunale n. 14");
    d.open();
    Font t = FontFactory.getFont(FontFactory.TIMES_BOLD, 15), n = FontFactory.getFont(FontFactory.TIMES_ROMAN, 11),
         b = FontFactory.getFont(FontFactory.TIMES_BOLD, 11), s = FontFactory.getFont(FontFactory.TIMES_ROMAN, 9);
    Chunk c = new Chunk("COMUNE DI PROPATA", t); c.setCharacterSpacing(2.5f);
    Paragraph p = new Paragraph(c); p.setAlignment(Element.ALIGN_CENTER); d.add(p);
    p = new Paragraph("Città Metropolitana di Genova", s); p.setAlignment(Element.ALIGN_CENTER); d.add(p);
    PdfPTable box = new PdfPTable(new float[]{4, 1}); box.setWidthPercentage(100); box.setSpacingBefore(12);
    PdfPCell k = new PdfPCell(new Phrase("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", b)); k.setPadding(6); box.addCell(k);
    k = new PdfPCell(new Phrase("N. 14", FontFactory.getFont(FontFactory.TIMES_BOLD, 14))); k.setHorizontalAlignment(Element.ALIGN_CENTER); k.setPadding(5); box.addCell(k);
    d.add(box);
    p = new Paragraph(); p.add(new Chunk("OGGETTO: ", b));
    p.add(new Chunk("Concessione in comodato d'uso gratuito dei locali dell'ex scuola elementare all'Associazione Pro Loco di Propata per l'anno 2026.", b));
    p.setSpacingBefore(10); p.setSpacingAfter(8); d.add(p);
    p = new Paragraph("L'anno duemilaventisei, il giorno venticinque del mese di marzo, alle ore 11:00, nella sede comunale, convocata nei modi di legge, si è riunita la Giunta comunale. All'appello risultano:", n);
    p.setAlignment(Element.ALIGN_JUSTIFIED); d.add(p);
    PdfPTable r = new PdfPTable(new float[]{5, 4, 1.2f, 1.2f}); r.setWidthPercentage(80); r.setSpacingBefore(8); r.setSpacingAfter(8);
    PdfPCell h = new PdfPCell(new Phrase("Cognome e Nome", b)); h.setRowspan(2); r.addCell(h);
    h = new PdfPCell(new Phrase("Qualifica", b)); h.setRowspan(2); r.addCell(h);
    h = new PdfPCell(new Phrase("Presenza", b)); h.setColspan(2); h.setHorizontalAlignment(Element.ALIGN_CENTER); r.addCell(h);
    h = new PdfPCell(new Phrase("P", b)); h.setHorizontalAlignment(Element.ALIGN_CENTER); r.addCell(h);
    h = new PdfPCell(new Phrase("A", b)); h.setHorizontalAlignment(Element.ALIGN_CENTER); r.addCell(h);
    String[][] m = {{"ROSASCO Giorgio", "Sindaco", "X", ""}, {"CAVAGNARO Anna", "Vice Sindaco", "X", ""}, {"GUANO Pietro", "Assessore", "", "X"}};
    for (String[] x : m) for (int i = 0; i < 4; i++) { PdfPCell e = new PdfPCell(new Phrase(x[i], n)); if (i > 1) e.setHorizontalAlignment(Element.ALIGN_CENTER); r.addCell(e); }
    PdfPCell tot = new PdfPCell(new Phrase("Totale presenti 2 – assenti 1", s)); tot.setColspan(4); r.addCell(tot);
    d.add(r);
    String[] prem = {
      "Partecipa con funzioni consultive, referenti e di assistenza il Segretario comunale dott. Andrea Traverso, il quale provvede alla redazione del presente verbale. Essendo legale il numero degli intervenuti, il Sig. Giorgio Rosasco, nella sua qualità di Sindaco, assume la presidenza.",
      "LA GIUNTA COMUNALE",
      "PREMESSO che i locali dell'ex scuola elementare di piazza della Chiesa sono inutilizzati dal 2019 e che l'Associazione Pro Loco di Propata ne ha chiesto l'uso per le attività di promozione turistica (nota prot. n. 402 del 10/03/2026);",
      "RITENUTO di concedere i locali in comodato d'uso gratuito per l'anno 2026, con oneri di pulizia e piccola manutenzione a carico dell'Associazione;",
      "ACQUISITO il parere favorevole di regolarità tecnica ai sensi dell'art. 49 del D.Lgs. 267/2000;",
      "CON VOTI unanimi favorevoli espressi nei modi di legge,",
      "D E L I B E R A",
      "1) di concedere all'Associazione Pro Loco di Propata, in comodato d'uso gratuito dal 1° aprile al 31 dicembre 2026, i locali dell'ex scuola elementare di piazza della Chiesa;",
      "2) di demandare al Responsabile del Servizio Tecnico la sottoscrizione del contratto di comodato.",
      "Con successiva e separata votazione unanime la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000."};
    for (String x : prem) {
      boolean hd = x.startsWith("LA GIUNTA") || x.startsWith("D E L");
      p = new Paragraph(x, hd ? b : n); p.setAlignment(hd ? Element.ALIGN_CENTER : Element.ALIGN_JUSTIFIED); p.setSpacingAfter(5); d.add(p);
    }
    PdfPTable f = new PdfPTable(2); f.setWidthPercentage(100); f.setSpacingBefore(20);
    String[] fs = {"IL SINDACO", "IL SEGRETARIO COMUNALE", "Giorgio Rosasco", "dott. Andrea Traverso"};
    for (String x : fs) { PdfPCell e = new PdfPCell(new Phrase(x, n)); e.setBorder(0); e.setHorizontalAlignment(Element.ALIGN_CENTER); f.addCell(e); }
    d.add(f);
    d.close();
  }
}
