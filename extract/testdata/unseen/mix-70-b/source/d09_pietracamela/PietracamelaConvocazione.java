// Pietracamela (TE): convocation of the Consiglio comunale by the Sindaco. OpenPDF 1.3.30,
// DejaVu Serif embedded as Identity-H CID fonts, date/time grid with merged cells, agenda as a numbered list.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
public class PietracamelaConvocazione {
  static BaseFont bf, bfb;
  static Font f(float s) { return new Font(bf, s); }
  static Font b(float s) { return new Font(bfb, s); }
  static PdfPCell cell(String t, Font fo, int cs, int rs) {
    PdfPCell c = new PdfPCell(new Phrase(t, fo)); c.setColspan(cs); c.setRowspan(rs); c.setPadding(4); return c; }
  static Paragraph par(String t, Font fo, int al, float after) { Paragraph p = new Paragraph(t, fo); p.setAlignment(al); p.setSpacingAfter(after); p.setLeading(14.5f); return p; }
  public static void main(String[] a) throws Exception {
    String D = "/usr/share/fonts/truetype/dejavu/";
    bf = BaseFont.createFont(D + "DejaVuSerif.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    bfb = BaseFont.createFont(D + "DejaVuSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    Document d = new Document(PageSize.A4, 64, 58, 60, 60);
    PdfWriter.getInstance(d, new FileOutputStream(a[0]));
    d.addCreator("Protocollo Comune v2"); d.addTitle("Convocazione Consiglio comunale");
    d.open();
    d.add(par("COMUNE DI PIETRACAMELA", b(17), Element.ALIGN_CENTER, 0));
    d.add(par("Provincia di Teramo", f(10), Element.ALIGN_CENTER, 0));
    d.add(par("Via del Municipio, 1 – 64047 Pietracamela (TE) – Parco Nazionale del Gran Sasso e Monti della Laga", f(8), Element.ALIGN_CENTER, 14));
    d.add(par("Prot. n. 1032                                                                                   Pietracamela, 21 maggio 2026", f(9.5f), Element.ALIGN_LEFT, 12));
    d.add(par("Ai Signori Consiglieri comunali\nAl Segretario comunale\nAl Revisore dei conti\ne p.c. Alla Prefettura – U.T.G. di Teramo\nLORO SEDI", f(10), Element.ALIGN_RIGHT, 14));
    Paragraph o = new Paragraph(); o.setLeading(14.5f); o.setSpacingAfter(12);
    o.add(new Chunk("OGGETTO: ", b(10.5f))); o.add(new Chunk("Convocazione del Consiglio comunale in sessione ordinaria.", b(10.5f))); d.add(o);
    d.add(par("Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267 e dell'art. 8 del vigente Regolamento per il funzionamento del Consiglio comunale, le SS.LL. sono invitate a partecipare alla seduta del Consiglio comunale, in sessione ordinaria e in seduta pubblica, che si terrà presso la Sala consiliare del Municipio:", f(10.5f), Element.ALIGN_JUSTIFIED, 10));
    PdfPTable t = new PdfPTable(new float[]{24, 30, 16, 30}); t.setWidthPercentage(86); t.setSpacingAfter(12);
    t.addCell(cell("Prima convocazione", b(9.5f), 1, 1)); t.addCell(cell("venerdì 29 maggio 2026", f(9.5f), 1, 1));
    t.addCell(cell("ore", b(9.5f), 1, 2)); t.addCell(cell("18:00", f(9.5f), 1, 1));
    t.addCell(cell("Seconda convocazione", b(9.5f), 1, 1)); t.addCell(cell("sabato 30 maggio 2026", f(9.5f), 1, 1));
    t.addCell(cell("18:00", f(9.5f), 1, 1));
    d.add(t);
    d.add(par("per la trattazione del seguente", f(10.5f), Element.ALIGN_LEFT, 4));
    d.add(par("ORDINE DEL GIORNO", b(11), Element.ALIGN_CENTER, 6));
    List l = new List(List.ORDERED, 18);
    String[] odg = {"Lettura e approvazione dei verbali della seduta precedente.",
      "Comunicazioni del Sindaco.",
      "Approvazione del rendiconto della gestione per l'esercizio 2025.",
      "Regolamento per la concessione in uso dei terreni di uso civico a pascolo – Modifica degli articoli 5 e 9.",
      "Convenzione con il Comune di Fano Adriano per la gestione associata del servizio di segreteria comunale – Rinnovo."};
    for (String s : odg) { ListItem li = new ListItem(s, f(10.5f)); li.setLeading(14.5f); li.setSpacingAfter(3); l.add(li); }
    d.add(l);
    d.add(par(" ", f(6), Element.ALIGN_LEFT, 0));
    d.add(par("Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio di Segreteria e sono consultabili nelle ore d'ufficio a partire dal terzo giorno precedente la seduta.", f(10.5f), Element.ALIGN_JUSTIFIED, 22));
    d.add(par("IL SINDACO", b(10.5f), Element.ALIGN_RIGHT, 2));
    d.add(par("Antonio Di Giannantonio", f(10.5f), Element.ALIGN_RIGHT, 2));
    d.close();
  }
}
