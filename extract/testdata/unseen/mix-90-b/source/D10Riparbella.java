// Comune di Riparbella: Java 17 + OpenPDF 1.3.30; running header and footer (HeaderFooter) repeated
// on every page, register "Det. n. 96 del 03/06/2026" in a two-cell table with a merged title row.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
public class D10Riparbella {
  public static void main(String[] a) throws Exception {
    Document d = new Document(PageSize.A4, 62, 56, 60, 60);
    PdfWriter.getInstance(d, new FileOutputStream(a[0]));
    BaseFont bf = BaseFont.createFont("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    BaseFont bb = BaseFont.createFont("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    Font n = new Font(bf, 9.8f), b = new Font(bb, 9.8f), h = new Font(bb, 15), s = new Font(bf, 7.5f), bs = new Font(bb, 11);
    HeaderFooter hd = new HeaderFooter(new Phrase("Comune di Riparbella – Settore 1 Affari Generali – Determinazione n. 96/2026", s), false);
    hd.setAlignment(Element.ALIGN_RIGHT); hd.setBorder(Rectangle.BOTTOM); d.setHeader(hd);
    HeaderFooter ft = new HeaderFooter(new Phrase("Piazza del Popolo, 1 – 56046 Riparbella (PI) – pagina ", s), true);
    ft.setAlignment(Element.ALIGN_CENTER); ft.setBorder(Rectangle.TOP); d.setFooter(ft);
    d.addTitle("Determinazione n. 96/2026"); d.open();
    Paragraph p = new Paragraph("COMUNE DI RIPARBELLA", h); p.setAlignment(Element.ALIGN_CENTER); d.add(p);
    p = new Paragraph("Provincia di Pisa", new Font(bf, 9)); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingAfter(10); d.add(p);
    PdfPTable t = new PdfPTable(new float[]{1.2f, 3f}); t.setWidthPercentage(100);
    PdfPCell c = new PdfPCell(new Phrase("DETERMINAZIONE DEL RESPONSABILE DI SETTORE", bs)); c.setColspan(2); c.setHorizontalAlignment(Element.ALIGN_CENTER); c.setPadding(5); c.setGrayFill(0.88f); t.addCell(c);
    String[][] r = {{"Settore", "SETTORE 1 – AFFARI GENERALI E SERVIZI ALLA PERSONA"}, {"Servizio", "Servizio Cultura, Sport e Turismo"}, {"U.O.", "U.O. Biblioteca e Archivio Storico"},
                    {"Numero e data", "Det. n. 96 del 03/06/2026"}, {"Resp. del procedimento", "dott.ssa Ilaria Nardi"}};
    for (String[] x : r) { PdfPCell k = new PdfPCell(new Phrase(x[0], b)); k.setPadding(4); t.addCell(k); PdfPCell v = new PdfPCell(new Phrase(x[1], n)); v.setPadding(4); t.addCell(v); }
    t.setSpacingAfter(10); d.add(t);
    p = new Paragraph(); p.add(new Chunk("OGGETTO: ", b)); p.add(new Chunk("Rassegna \"Estate in Biblioteca 2026\" – Affidamento all'Associazione culturale Il Gabbiano APS dell'organizzazione di sei laboratori di lettura per ragazzi – Impegno di spesa di euro 2.400,00.", b));
    p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingAfter(8); d.add(p);
    p = new Paragraph("IL RESPONSABILE DEL SETTORE", bs); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingAfter(6); d.add(p);
    String[] prem = {
      "Richiamata la deliberazione della Giunta comunale n. 44 del 21/05/2026, con la quale è stato approvato il programma della rassegna \"Estate in Biblioteca 2026\" e sono stati forniti gli indirizzi per la sua realizzazione;",
      "Vista la proposta progettuale presentata dall'Associazione culturale Il Gabbiano APS di Cecina, acquisita al protocollo n. 2904 del 27/05/2026, per sei laboratori di lettura ad alta voce e illustrazione rivolti a bambini e ragazzi dai 6 agli 11 anni, da svolgersi nei mesi di giugno e luglio 2026;",
      "Ritenuto congruo il compenso richiesto di euro 2.400,00, esente IVA ai sensi dell'art. 10 del D.P.R. 633/1972, e dato atto che l'associazione è iscritta al Registro unico nazionale del Terzo settore;",
      "Visti l'art. 50, comma 1, lett. b), del D.Lgs. 36/2023 e l'art. 183 del D.Lgs. 267/2000;"};
    for (String x : prem) { p = new Paragraph(x, n); p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingAfter(4); d.add(p); }
    p = new Paragraph("DETERMINA", bs); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingBefore(4); p.setSpacingAfter(6); d.add(p);
    String[] pts = {
      "di affidare all'Associazione culturale Il Gabbiano APS l'organizzazione di sei laboratori di lettura nell'ambito della rassegna \"Estate in Biblioteca 2026\", per il compenso di euro 2.400,00 esente IVA;",
      "di impegnare la somma di euro 2.400,00 al capitolo 5120 \"Iniziative culturali – prestazioni di servizi\" del bilancio 2026-2028, esercizio 2026 (CIG B93F7A1D05);",
      "di dare atto che la liquidazione avverrà a conclusione dei laboratori, previa presentazione di regolare documento contabile e relazione sull'attività svolta;",
      "di pubblicare il presente atto all'Albo Pretorio on line e nella sezione Amministrazione trasparente."};
    com.lowagie.text.List l = new com.lowagie.text.List(true, 18);
    for (String x : pts) { ListItem li = new ListItem(x, n); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setSpacingAfter(3); l.add(li); }
    d.add(l);
    p = new Paragraph("Il Responsabile del Settore 1\ndott. Fabio Guerrini", n); p.setAlignment(Element.ALIGN_RIGHT); p.setSpacingBefore(18); d.add(p);
    d.close();
  }
}
