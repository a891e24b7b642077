// Beschluss des Gemeindeausschusses / Deliberazione della Giunta comunale, Gemeinde Nals / Comune di Nalles (BZ).
// In-house Java print ("GemNet Akten"), OpenPDF 1.3.30, DejaVu fonts embedded as Identity-H (CID) fonts.
// German text in full, then the Italian text in full; header and roll bilingual.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
import java.awt.Color;

public class Beschluss {
  static final String FD = "/usr/share/fonts/truetype/dejavu/";
  static Font f, fb, fi, fs, ft, fh;
  static Paragraph p(String s, Font fo, int al, float before) {
    Paragraph x = new Paragraph(s, fo); x.setAlignment(al); x.setSpacingBefore(before); x.setLeading(fo.getSize() * 1.35f); return x;
  }
  static PdfPCell c(String s, Font fo, int al, Color bg) {
    PdfPCell x = new PdfPCell(new Phrase(s, fo)); x.setHorizontalAlignment(al); x.setPadding(3.5f);
    x.setBorderWidth(0.5f); x.setBorderColor(Color.GRAY); if (bg != null) x.setBackgroundColor(bg); return x;
  }
  public static void main(String[] a) throws Exception {
    BaseFont sans = BaseFont.createFont(FD + "DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    BaseFont sansB = BaseFont.createFont(FD + "DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    BaseFont sansI = BaseFont.createFont(FD + "DejaVuSans-Oblique.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    f = new Font(sans, 9.5f); fb = new Font(sansB, 9.5f); fi = new Font(sansI, 9.5f);
    fs = new Font(sans, 7f, Font.NORMAL, Color.DARK_GRAY); ft = new Font(sansB, 12.5f); fh = new Font(sansB, 10.5f);
    Document d = new Document(PageSize.A4, 56, 56, 54, 60);
    PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
    w.setPageEvent(new PdfPageEventHelper() {
      public void onEndPage(PdfWriter wr, Document doc) {
        PdfContentByte cb = wr.getDirectContent();
        cb.setLineWidth(0.4f); cb.moveTo(56, 46); cb.lineTo(539, 46); cb.stroke();
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Gemeinde Nals / Comune di Nalles – Rathausplatz 1 / Piazza Municipio 1 – 39010 Nals / Nalles (BZ)", fs), 56, 36, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Seite / pagina " + wr.getPageNumber(), fs), 539, 36, 0);
      }
    });
    d.addTitle("Beschluss GA / Delibera GC 112/2026"); d.addCreator("GemNet Akten 4.1");
    d.open();
    // bilingual letterhead
    PdfPTable lh = new PdfPTable(new float[]{1f, 1f}); lh.setWidthPercentage(100);
    PdfPCell l = new PdfPCell(); l.setBorder(Rectangle.BOTTOM); l.setBorderWidth(1.2f); l.setPaddingBottom(6);
    l.addElement(p("GEMEINDE NALS", ft, Element.ALIGN_LEFT, 0));
    l.addElement(p("Autonome Provinz Bozen – Südtirol", fs, Element.ALIGN_LEFT, 0));
    PdfPCell r = new PdfPCell(); r.setBorder(Rectangle.BOTTOM); r.setBorderWidth(1.2f); r.setPaddingBottom(6);
    r.addElement(p("COMUNE DI NALLES", ft, Element.ALIGN_RIGHT, 0));
    r.addElement(p("Provincia autonoma di Bolzano – Alto Adige", fs, Element.ALIGN_RIGHT, 0));
    lh.addCell(l); lh.addCell(r); d.add(lh);

    PdfPTable t = new PdfPTable(new float[]{1f, 1f}); t.setWidthPercentage(100); t.setSpacingBefore(12);
    PdfPCell a1 = c("BESCHLUSS DES GEMEINDEAUSSCHUSSES", fh, Element.ALIGN_CENTER, null); a1.setBorder(Rectangle.NO_BORDER);
    PdfPCell a2 = c("DELIBERAZIONE DELLA GIUNTA COMUNALE", fh, Element.ALIGN_CENTER, null); a2.setBorder(Rectangle.NO_BORDER);
    t.addCell(a1); t.addCell(a2);
    PdfPCell b1 = c("Nr. 112", ft, Element.ALIGN_CENTER, null); b1.setBorder(Rectangle.NO_BORDER);
    PdfPCell b2 = c("N. 112", ft, Element.ALIGN_CENTER, null); b2.setBorder(Rectangle.NO_BORDER);
    t.addCell(b1); t.addCell(b2);
    t.addCell(c("Sitzung vom 12.05.2026 – Uhr 17:30", f, Element.ALIGN_CENTER, null));
    t.addCell(c("Seduta del 12.05.2026 – ore 17:30", f, Element.ALIGN_CENTER, null));
    PdfPCell o1 = c("", f, Element.ALIGN_LEFT, null); o1.setPhrase(new Phrase());
    o1.addElement(p("Betreff:", fb, Element.ALIGN_LEFT, 0));
    o1.addElement(p("Genehmigung des Ausführungsprojektes für die Erneuerung der Trinkwasserleitung in der Sirmianer Straße – CUP H61B26000150004", f, Element.ALIGN_LEFT, 0));
    PdfPCell o2 = c("", f, Element.ALIGN_LEFT, null); o2.setPhrase(new Phrase());
    o2.addElement(p("Oggetto:", fb, Element.ALIGN_LEFT, 0));
    o2.addElement(p("Approvazione del progetto esecutivo per il rinnovo della condotta dell'acqua potabile in via Sirmiano – CUP H61B26000150004", f, Element.ALIGN_LEFT, 0));
    o1.setColspan(2); o2.setColspan(2); o1.setBorder(Rectangle.TOP | Rectangle.LEFT | Rectangle.RIGHT); o2.setBorder(Rectangle.BOTTOM | Rectangle.LEFT | Rectangle.RIGHT);
    t.addCell(o1); t.addCell(o2); d.add(t);

    d.add(p("Nach Erfüllung der im Regionalgesetz vom 3. Mai 2018, Nr. 2, festgesetzten Formvorschriften wurden für heute, im üblichen Sitzungssaal, die Mitglieder des Gemeindeausschusses einberufen. / Previo esaurimento delle formalità prescritte dalla legge regionale 3 maggio 2018, n. 2, vennero per oggi convocati, nella solita sala delle adunanze, i componenti della Giunta comunale.", f, Element.ALIGN_JUSTIFIED, 10));

    Color g = new Color(230, 230, 230);
    PdfPTable roll = new PdfPTable(new float[]{2.6f, 3.6f, 1f, 1.3f, 1.3f}); roll.setWidthPercentage(100); roll.setSpacingBefore(8);
    roll.setHeaderRows(1);
    for (String h : new String[]{"Name / Nome", "Funktion / Funzione", "anw. / pres.", "abw. entsch. / ass. giust.", "abw. unentsch. / ass. ingiust."})
      roll.addCell(c(h, fb, Element.ALIGN_CENTER, g));
    String[][] m = {
      {"MAIR Ludwig", "Bürgermeister / Sindaco", "X", "", ""},
      {"GRUBER Ulrike", "Vizebürgermeisterin / Vicesindaca", "X", "", ""},
      {"PICHLER Martin", "Gemeindereferent / Assessore", "X", "", ""},
      {"EGGER Sonja", "Gemeindereferentin / Assessora", "", "X", ""},
      {"ZANON Paolo", "Gemeindereferent / Assessore", "X", "", ""}};
    for (String[] row : m) {
      roll.addCell(c(row[0], f, Element.ALIGN_LEFT, null)); roll.addCell(c(row[1], f, Element.ALIGN_LEFT, null));
      for (int i = 2; i < 5; i++) roll.addCell(c(row[i], fb, Element.ALIGN_CENTER, null));
    }
    d.add(roll);
    d.add(p("Seinen Beistand leistet der Gemeindesekretär / Assiste il Segretario comunale Dr. Thomas Alber.", f, Element.ALIGN_LEFT, 8));
    d.add(p("Nach Feststellung der Beschlussfähigkeit übernimmt Herr Ludwig Mair in seiner Eigenschaft als Bürgermeister den Vorsitz. / Riconosciuto legale il numero degli intervenuti, il sig. Ludwig Mair nella sua qualità di Sindaco assume la presidenza.", f, Element.ALIGN_JUSTIFIED, 4));

    // German text
    d.add(p("DEUTSCHER TEXT", fh, Element.ALIGN_CENTER, 14));
    d.add(p("DER GEMEINDEAUSSCHUSS", fb, Element.ALIGN_CENTER, 6));
    String[] de = {
      "Nach Einsichtnahme in das vom Ing. Stefan Kofler aus Terlan ausgearbeitete Ausführungsprojekt für die Erneuerung der Trinkwasserleitung in der Sirmianer Straße, welches Gesamtkosten von 486.300,00 Euro vorsieht, davon 362.800,00 Euro für Arbeiten;",
      "nach Einsichtnahme in den Haushaltsvoranschlag 2026–2028, genehmigt mit Ratsbeschluss Nr. 41 vom 18.12.2025;",
      "nach Einsichtnahme in die positiven Gutachten gemäß Art. 185 des Regionalgesetzes vom 3. Mai 2018, Nr. 2;",
      "mit Stimmeneinhelligkeit, in gesetzmäßiger Form ausgedrückt,"};
    for (String s : de) d.add(p(s, f, Element.ALIGN_JUSTIFIED, 4));
    d.add(p("beschließt", fb, Element.ALIGN_CENTER, 6));
    String[] ded = {
      "1. das Ausführungsprojekt für die Erneuerung der Trinkwasserleitung in der Sirmianer Straße mit Gesamtkosten von 486.300,00 Euro zu genehmigen;",
      "2. die Ausgabe auf dem Kapitel 20940/2 des Haushaltes 2026 zweckzubinden;",
      "3. den Verantwortlichen des Bauamtes mit der Durchführung des Vergabeverfahrens zu beauftragen.",
      "Dieser Beschluss wird mit gesonderter einstimmiger Abstimmung im Sinne des Art. 183 Abs. 4 des R.G. Nr. 2/2018 für unverzüglich vollstreckbar erklärt."};
    for (String s : ded) d.add(p(s, f, Element.ALIGN_JUSTIFIED, 4));

    // Italian text
    d.add(p("TESTO ITALIANO", fh, Element.ALIGN_CENTER, 16));
    d.add(p("LA GIUNTA COMUNALE", fb, Element.ALIGN_CENTER, 6));
    String[] it = {
      "Visto il progetto esecutivo per il rinnovo della condotta dell'acqua potabile in via Sirmiano, redatto dall'ing. Stefan Kofler di Terlano, che prevede una spesa complessiva di 486.300,00 euro, di cui 362.800,00 euro per lavori;",
      "visto il bilancio di previsione 2026–2028, approvato con deliberazione consiliare n. 41 del 18.12.2025;",
      "visti i pareri favorevoli espressi ai sensi dell'art. 185 della legge regionale 3 maggio 2018, n. 2;",
      "ad unanimità di voti espressi nelle forme di legge,"};
    for (String s : it) d.add(p(s, f, Element.ALIGN_JUSTIFIED, 4));
    d.add(p("delibera", fb, Element.ALIGN_CENTER, 6));
    String[] itd = {
      "1. di approvare il progetto esecutivo per il rinnovo della condotta dell'acqua potabile in via Sirmiano per una spesa complessiva di 486.300,00 euro;",
      "2. di impegnare la spesa sul capitolo 20940/2 del bilancio 2026;",
      "3. di incaricare il responsabile dell'Ufficio tecnico dello svolgimento della procedura di affidamento.",
      "La presente deliberazione, con separata votazione unanime, viene dichiarata immediatamente eseguibile ai sensi dell'art. 183, comma 4, della L.R. n. 2/2018."};
    for (String s : itd) d.add(p(s, f, Element.ALIGN_JUSTIFIED, 4));

    PdfPTable sg = new PdfPTable(new float[]{1f, 1f}); sg.setWidthPercentage(100); sg.setSpacingBefore(22); sg.setKeepTogether(true);
    PdfPCell s1 = c("", f, Element.ALIGN_CENTER, null); s1.setBorder(Rectangle.NO_BORDER); s1.setPhrase(new Phrase());
    s1.addElement(p("Der Bürgermeister / Il Sindaco", fb, Element.ALIGN_CENTER, 0));
    s1.addElement(p("Ludwig Mair", f, Element.ALIGN_CENTER, 2));
    s1.addElement(p("(digital signiert / firmato digitalmente)", fs, Element.ALIGN_CENTER, 0));
    PdfPCell s2 = c("", f, Element.ALIGN_CENTER, null); s2.setBorder(Rectangle.NO_BORDER); s2.setPhrase(new Phrase());
    s2.addElement(p("Der Gemeindesekretär / Il Segretario comunale", fb, Element.ALIGN_CENTER, 0));
    s2.addElement(p("Dr. Thomas Alber", f, Element.ALIGN_CENTER, 2));
    s2.addElement(p("(digital signiert / firmato digitalmente)", fs, Element.ALIGN_CENTER, 0));
    sg.addCell(s1); sg.addCell(s2); d.add(sg);
    d.add(p("Veröffentlicht an der digitalen Amtstafel vom 14.05.2026 für 10 aufeinanderfolgende Tage / Pubblicata all'albo digitale dal 14.05.2026 per 10 giorni consecutivi.", fs, Element.ALIGN_LEFT, 14));
    d.close();
  }
}
