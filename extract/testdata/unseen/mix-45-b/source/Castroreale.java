// Comune di Castroreale - Giunta Municipale deliberation, printed with OpenPDF (iText 2 lineage)
// imitating an XDocReport (ODT template merge -> iText) print of an atti package.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class Castroreale {
  static Font f(BaseFont b, float s, int st) { return new Font(b, s, st); }
  public static void main(String[] a) throws Exception {
    BaseFont reg = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf", BaseFont.CP1252, BaseFont.EMBEDDED);
    BaseFont bold = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf", BaseFont.CP1252, BaseFont.EMBEDDED);
    BaseFont ital = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf", BaseFont.CP1252, BaseFont.EMBEDDED);
    Font n = f(reg, 11, Font.NORMAL), b = f(bold, 11, Font.NORMAL), it = f(ital, 9, Font.NORMAL);
    Document doc = new Document(PageSize.A4, 62, 56, 60, 60);
    PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(a[0]));
    w.setPageEvent(new PdfPageEventHelper() {
      public void onEndPage(PdfWriter wr, Document d) {
        PdfContentByte cb = wr.getDirectContent();
        cb.beginText(); cb.setFontAndSize(ital, 8);
        cb.showTextAligned(Element.ALIGN_LEFT, "Delibera di Giunta Municipale n. 21 del 10/03/2026", 62, 30, 0);
        cb.showTextAligned(Element.ALIGN_RIGHT, "Pagina " + wr.getPageNumber(), 539, 30, 0);
        cb.endText();
        cb.setLineWidth(0.5f); cb.moveTo(62, 40); cb.lineTo(539, 40); cb.stroke();
      }
    });
    doc.addTitle("Deliberazione G.M. n. 21/2026");
    doc.addCreator("XDocReport 2.0 - atti.odt");
    doc.open();
    Paragraph p;
    p = new Paragraph("COMUNE DI CASTROREALE", f(bold, 17, Font.NORMAL)); p.setAlignment(Element.ALIGN_CENTER); doc.add(p);
    p = new Paragraph("Città Metropolitana di Messina", f(reg, 11, Font.ITALIC)); p.setAlignment(Element.ALIGN_CENTER); doc.add(p);
    p = new Paragraph("Piazza Municipio n. 1 – 98053 Castroreale (ME)", f(reg, 8, Font.NORMAL)); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingAfter(12); doc.add(p);

    PdfPTable box = new PdfPTable(new float[]{1f, 1f});
    box.setWidthPercentage(100);
    PdfPCell c = new PdfPCell(new Phrase("ORIGINALE DI DELIBERAZIONE DELLA GIUNTA MUNICIPALE", f(bold, 12, Font.NORMAL)));
    c.setColspan(2); c.setHorizontalAlignment(Element.ALIGN_CENTER); c.setPadding(6); c.setGrayFill(0.9f); box.addCell(c);
    c = new PdfPCell(new Phrase("N. 21", f(bold, 12, Font.NORMAL))); c.setHorizontalAlignment(Element.ALIGN_CENTER); c.setPadding(5); box.addCell(c);
    c = new PdfPCell(new Phrase("del 10/03/2026", f(bold, 12, Font.NORMAL))); c.setHorizontalAlignment(Element.ALIGN_CENTER); c.setPadding(5); box.addCell(c);
    doc.add(box);

    p = new Paragraph(); p.setSpacingBefore(10); p.setSpacingAfter(8);
    p.add(new Chunk("OGGETTO: ", b));
    p.add(new Chunk("Concessione contributo straordinario all'Associazione Turistica Pro Loco di Castroreale per l'organizzazione dei riti della “Settimana Santa 2026”. Atto di indirizzo.", b));
    p.setAlignment(Element.ALIGN_JUSTIFIED); doc.add(p);

    String[] body = {
      "L'anno duemilaventisei, il giorno dieci del mese di marzo, alle ore 12:15 e seguenti, nella Casa Comunale e nella consueta sala delle adunanze, in seguito ad invito di convocazione, si è riunita la Giunta Municipale.",
      "Sono presenti i Sigg.: PINO Carmelo, Sindaco; CALABRÒ Maria Grazia, Vice Sindaco; RUGGERI Antonino, Assessore; DI PIETRO Letizia, Assessore. Risulta assente il Sig. BONANNO Giuseppe, Assessore.",
      "Presiede il Sindaco Avv. Carmelo Pino. Partecipa il Segretario Comunale Dott. Salvatore Caliri.",
      "Il Presidente, constatato che gli intervenuti sono in numero legale, dichiara aperta la riunione e li invita a deliberare sull'oggetto sopra indicato."
    };
    for (String s : body) { p = new Paragraph(s, n); p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingAfter(5); p.setLeading(15); doc.add(p); }

    p = new Paragraph("LA GIUNTA MUNICIPALE", b); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingBefore(6); p.setSpacingAfter(6); doc.add(p);
    String[] prem = {
      "Vista la proposta di deliberazione n. 27 del 06/03/2026 dell'Area Amministrativa, corredata dei pareri di cui all'art. 53 della L. 142/1990, come recepito dall'art. 1, comma 1, lett. i) della L.R. 48/1991 e s.m.i.;",
      "Premesso che i riti della Settimana Santa costituiscono una tradizione secolare della comunità castrense, con la processione delle “Varette” e dei Misteri che richiama ogni anno numerosi visitatori nel centro storico;",
      "Vista l'istanza dell'Associazione Turistica Pro Loco di Castroreale, acquisita al protocollo n. 1926 del 24/02/2026, con la quale si chiede un contributo a parziale copertura delle spese di allestimento, illuminazione e sicurezza;",
      "Visto il vigente Regolamento comunale per la concessione di contributi, sovvenzioni e vantaggi economici;",
      "Ritenuto di accogliere la richiesta nei limiti delle disponibilità di bilancio;",
      "Con voti unanimi espressi in forma palese,"
    };
    for (String s : prem) { p = new Paragraph(s, n); p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingAfter(4); p.setLeading(15); doc.add(p); }
    p = new Paragraph("D E L I B E R A", b); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingBefore(6); p.setSpacingAfter(6); doc.add(p);
    String[] pts = {
      "di concedere all'Associazione Turistica Pro Loco di Castroreale un contributo straordinario di € 3.500,00 per l'organizzazione dei riti della Settimana Santa 2026;",
      "di demandare al Responsabile dell'Area Amministrativa l'adozione dell'impegno di spesa sul cap. 1872 del bilancio 2026/2028, esercizio 2026;",
      "di stabilire che il contributo sarà liquidato a presentazione di rendiconto delle spese sostenute, corredato dai relativi giustificativi;",
      "di dichiarare il presente atto immediatamente esecutivo ai sensi dell'art. 12, comma 2, della L.R. n. 44/1991, stante l'imminenza della manifestazione."
    };
    int i = 1;
    for (String s : pts) {
      PdfPTable t = new PdfPTable(new float[]{0.6f, 9.4f}); t.setWidthPercentage(100);
      PdfPCell k = new PdfPCell(new Phrase(i++ + ")", n)); k.setBorder(0);
      PdfPCell v = new PdfPCell(new Phrase(s, n)); v.setBorder(0); v.setHorizontalAlignment(Element.ALIGN_JUSTIFIED); v.setPaddingBottom(4);
      t.addCell(k); t.addCell(v); doc.add(t);
    }
    p = new Paragraph("Il presente verbale, previa lettura, viene approvato e sottoscritto.", n); p.setSpacingBefore(14); doc.add(p);
    PdfPTable fir = new PdfPTable(3); fir.setWidthPercentage(100); fir.setSpacingBefore(10);
    String[][] ff = {{"L'ASSESSORE ANZIANO", "IL SINDACO", "IL SEGRETARIO COMUNALE"}, {"f.to Maria Grazia Calabrò", "f.to Avv. Carmelo Pino", "f.to Dott. Salvatore Caliri"}};
    for (String[] r : ff) for (String s : r) { PdfPCell x = new PdfPCell(new Phrase(s, r == ff[0] ? b : n)); x.setBorder(0); x.setHorizontalAlignment(Element.ALIGN_CENTER); fir.addCell(x); }
    doc.add(fir);
    p = new Paragraph("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.", it); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingBefore(18); doc.add(p);
    doc.close();
  }
}
