// Comune di Inzago - determinazione, imitating a GeneXus-generated report (boxed label grid); OpenPDF
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
public class Inzago {
  static BaseFont bf, bfb;
  static Font f(float s, boolean b) { return new Font(b ? bfb : bf, s); }
  static PdfPCell lab(String t) { PdfPCell c = new PdfPCell(new Phrase(t, f(7.5f, false))); c.setBackgroundColor(new java.awt.Color(0xDD,0xE4,0xEC)); c.setPadding(3); return c; }
  static PdfPCell val(String t) { PdfPCell c = new PdfPCell(new Phrase(t, f(9.5f, true))); c.setPadding(3); return c; }
  static Paragraph p(String t) { Paragraph p = new Paragraph(t, f(10, false)); p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingAfter(4); p.setLeading(13.5f); return p; }
  public static void main(String[] a) throws Exception {
    bf = BaseFont.createFont("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    bfb = BaseFont.createFont("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    Document d = new Document(PageSize.A4, 45, 45, 50, 60);
    PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream("inzago.pdf"));
    w.setPageEvent(new PdfPageEventHelper() {
      public void onEndPage(PdfWriter w, Document d) {
        PdfContentByte cb = w.getDirectContent();
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Determinazione n. 112 del 10/03/2026 - Settore Gestione del Territorio", f(7, false)), 45, 35, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Pag. " + w.getPageNumber(), f(7, false)), 550, 35, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.", f(7, false)), 297, 24, 0);
      }});
    d.addTitle("Determinazione 112/2026"); d.addCreator("GeneXus report - Gestione Atti");
    d.open();
    PdfPTable hd = new PdfPTable(new float[]{1, 5}); hd.setWidthPercentage(100);
    PdfPCell cr = new PdfPCell(new Phrase("[stemma]", f(7, false))); cr.setBorder(0); cr.setHorizontalAlignment(Element.ALIGN_CENTER); cr.setVerticalAlignment(Element.ALIGN_MIDDLE); cr.setFixedHeight(52);
    hd.addCell(cr);
    PdfPCell en = new PdfPCell(); en.setBorder(0);
    en.addElement(new Paragraph("COMUNE DI INZAGO", f(17, true)));
    en.addElement(new Paragraph("Città Metropolitana di Milano", f(9, false)));
    en.addElement(new Paragraph("Piazza Quintino di Vona, 3 - 20065 Inzago (MI)", f(8, false)));
    hd.addCell(en); d.add(hd);
    Paragraph t = new Paragraph("SETTORE GESTIONE DEL TERRITORIO", f(11, true)); t.setAlignment(Element.ALIGN_CENTER); t.setSpacingBefore(8); d.add(t);
    t = new Paragraph("Servizio Lavori Pubblici e Manutenzioni", f(10, false)); t.setAlignment(Element.ALIGN_CENTER); t.setSpacingAfter(8); d.add(t);
    PdfPTable g = new PdfPTable(new float[]{2.2f, 1.6f, 2.2f, 1.6f}); g.setWidthPercentage(100);
    g.addCell(lab("DETERMINAZIONE N. (Reg. Generale)")); g.addCell(val("112")); g.addCell(lab("DATA ADOZIONE")); g.addCell(val("10/03/2026"));
    g.addCell(lab("N. REGISTRO DI SETTORE")); g.addCell(val("38")); g.addCell(lab("PROPOSTA N. / DEL")); g.addCell(val("141 / 06/03/2026"));
    PdfPCell ol = lab("OGGETTO"); g.addCell(ol);
    PdfPCell ov = val("AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 DEL SERVIZIO DI MANUTENZIONE DEL VERDE PUBBLICO – PERIODO APRILE/OTTOBRE 2026 – IMPEGNO DI SPESA – CIG B7A1C2D3E4"); ov.setColspan(3); g.addCell(ov);
    d.add(g);
    t = new Paragraph("IL RESPONSABILE DEL SETTORE", f(11, true)); t.setAlignment(Element.ALIGN_CENTER); t.setSpacingBefore(10); t.setSpacingAfter(6); d.add(t);
    String[] pre = {
      "VISTO il decreto del Sindaco n. 3 del 02/01/2026 con il quale è stato conferito al sottoscritto l'incarico di Elevata Qualificazione del Settore Gestione del Territorio;",
      "RICHIAMATE la deliberazione del Consiglio Comunale n. 52 del 22/12/2025, di approvazione del bilancio di previsione 2026/2028, e la deliberazione della Giunta Comunale n. 4 del 13/01/2026, di approvazione del Piano Esecutivo di Gestione;",
      "PREMESSO che il contratto per la manutenzione del verde pubblico è scaduto il 31/12/2025 e che occorre garantire lo sfalcio dei parchi, delle aiuole e delle banchine stradali per la stagione vegetativa 2026;",
      "DATO ATTO che è stata svolta sulla piattaforma regionale Sintel una richiesta di offerta alla ditta Verde Martesana S.r.l., con sede in Gorgonzola (MI), P.IVA 09876540154, la quale ha offerto l'importo di € 38.900,00 oltre IVA 22%, ritenuto congruo;",
      "VISTI il D.Lgs. 267/2000, il D.Lgs. 36/2023 e il vigente Regolamento di contabilità;" };
    for (String s : pre) d.add(p(s));
    t = new Paragraph("D E T E R M I N A", f(11, true)); t.setAlignment(Element.ALIGN_CENTER); t.setSpacingBefore(6); t.setSpacingAfter(6); d.add(t);
    String[] pts = {
      "di affidare alla ditta Verde Martesana S.r.l. il servizio di manutenzione del verde pubblico per il periodo aprile/ottobre 2026, per l'importo di € 38.900,00 oltre IVA 22%, per complessivi € 47.458,00;",
      "di impegnare la spesa di € 47.458,00 alla Missione 09, Programma 02, capitolo 1735 del bilancio 2026/2028, esercizio 2026;",
      "di dare atto che il Responsabile Unico del Progetto è l'Ing. Chiara Brambilla e che non sussistono situazioni di conflitto di interessi ai sensi dell'art. 16 del D.Lgs. 36/2023;",
      "di trasmettere il presente provvedimento al Settore Finanziario per il visto di regolarità contabile attestante la copertura finanziaria." };
    List l = new List(List.ORDERED); l.setIndentationLeft(6); l.setSymbolIndent(16);
    for (String s : pts) { ListItem li = new ListItem(s, f(10, false)); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setSpacingAfter(3); li.setLeading(13.5f); l.add(li); }
    d.add(l);
    PdfPTable sg = new PdfPTable(2); sg.setWidthPercentage(100); sg.setSpacingBefore(16);
    PdfPCell e = new PdfPCell(new Phrase("Inzago, 10/03/2026", f(9, false))); e.setBorder(0); sg.addCell(e);
    PdfPCell s2 = new PdfPCell(); s2.setBorder(0);
    Paragraph q = new Paragraph("IL RESPONSABILE DEL SETTORE\nArch. Davide Colombo\n(firmato digitalmente)", f(9.5f, false)); q.setAlignment(Element.ALIGN_CENTER); s2.addElement(q); sg.addCell(s2);
    d.add(sg);
    PdfPTable vb = new PdfPTable(1); vb.setWidthPercentage(100); vb.setSpacingBefore(14);
    PdfPCell vc = new PdfPCell(); vc.setPadding(5);
    vc.addElement(new Paragraph("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", f(8.5f, true)));
    vc.addElement(new Paragraph("Impegno n. 2026/418 – € 47.458,00 – Cap. 1735. Visto favorevole, 11/03/2026. Il Responsabile del Settore Finanziario Dott.ssa Marta Villa (firmato digitalmente)", f(8.5f, false)));
    vb.addCell(vc); d.add(vb);
    d.close();
  }
}
