// Comune di Cetraro – determinazione of the Area Amministrativa, number in the running head and a label grid.
// OpenPDF 1.3.43 (iText 2/4 fork), Liberation Serif / Sans embedded (Identity-H).
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class Determina {
  static final String F = "/usr/share/fonts/truetype/liberation/";
  static BaseFont serif, serifB, sans, sansB, sansI;
  static Font f(BaseFont b, float s) { return new Font(b, s); }

  static class Furniture extends PdfPageEventHelper {
    PdfTemplate total;
    public void onOpenDocument(PdfWriter w, Document d) { total = w.getDirectContent().createTemplate(30, 12); }
    public void onEndPage(PdfWriter w, Document d) {
      PdfContentByte cb = w.getDirectContent();
      float W = d.getPageSize().getWidth();
      cb.beginText(); cb.setFontAndSize(sans, 7.5f); cb.setColorFill(new java.awt.Color(60,60,60));
      cb.showTextAligned(Element.ALIGN_LEFT, "Comune di Cetraro – Area Amministrativa – Determinazione n. 227 del 20/03/2026", 56, 815, 0);
      cb.showTextAligned(Element.ALIGN_RIGHT, "Pag. " + w.getPageNumber() + " di", W - 72, 815, 0);
      cb.showTextAligned(Element.ALIGN_LEFT, "Documento firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005. L'originale informatico è conservato negli archivi del Comune.", 56, 28, 0);
      cb.endText();
      cb.addTemplate(total, W - 70, 815);
      cb.setLineWidth(0.4f); cb.moveTo(56, 810); cb.lineTo(W - 56, 810); cb.moveTo(56, 38); cb.lineTo(W - 56, 38); cb.stroke();
    }
    public void onCloseDocument(PdfWriter w, Document d) {
      total.beginText(); total.setFontAndSize(sans, 7.5f); total.setColorFill(new java.awt.Color(60,60,60));
      total.showText(String.valueOf(w.getPageNumber() - 1)); total.endText();
    }
  }
  static PdfPCell cell(String t, Font fn, int align, boolean shade) {
    PdfPCell c = new PdfPCell(new Phrase(t, fn)); c.setHorizontalAlignment(align); c.setPadding(4f);
    c.setBorderWidth(0.5f); if (shade) c.setBackgroundColor(new java.awt.Color(230,236,241)); return c;
  }
  static Paragraph par(String t, Font fn, int align, float after) {
    Paragraph p = new Paragraph(t, fn); p.setAlignment(align); p.setSpacingAfter(after); p.setLeading(fn.getSize() * 1.35f); return p;
  }
  public static void main(String[] a) throws Exception {
    serif = BaseFont.createFont(F + "LiberationSerif-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    serifB = BaseFont.createFont(F + "LiberationSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    sans = BaseFont.createFont(F + "LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    sansB = BaseFont.createFont(F + "LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    sansI = BaseFont.createFont(F + "LiberationSans-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    Document d = new Document(PageSize.A4, 56, 56, 48, 56);
    PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
    w.setPageEvent(new Furniture());
    d.addTitle("Determinazione n. 227/2026"); d.addAuthor("Comune di Cetraro"); d.addCreator("Golem Atti – modulo Determinazioni");
    d.open();
    // letterhead
    PdfPTable lh = new PdfPTable(new float[]{1.1f, 6f}); lh.setWidthPercentage(100);
    PdfPCell crest = new PdfPCell(new Phrase("[stemma]", f(sansI, 7))); crest.setFixedHeight(52); crest.setVerticalAlignment(Element.ALIGN_MIDDLE);
    crest.setHorizontalAlignment(Element.ALIGN_CENTER); crest.setBorderWidth(0.3f); crest.setBorderColor(java.awt.Color.GRAY);
    lh.addCell(crest);
    PdfPCell name = new PdfPCell(); name.setBorder(0); name.setPaddingLeft(10);
    name.addElement(par("COMUNE DI CETRARO", f(serifB, 18), Element.ALIGN_LEFT, 0));
    name.addElement(par("Provincia di Cosenza", f(serif, 10.5f), Element.ALIGN_LEFT, 0));
    name.addElement(par("Via Luigi De Seta, 1 – 87022 Cetraro (CS) – protocollo.cetraro@asmepec.it", f(sans, 8), Element.ALIGN_LEFT, 0));
    lh.addCell(name); lh.setSpacingAfter(12); d.add(lh);
    // label grid
    PdfPTable g = new PdfPTable(new float[]{2.3f, 3.2f, 2.1f, 2.4f}); g.setWidthPercentage(100);
    Font L = f(sansB, 8.5f), V = f(sans, 9);
    g.addCell(cell("AREA", L, 0, true)); PdfPCell area = cell("AREA AMMINISTRATIVA", f(sansB, 9.5f), 0, false); area.setColspan(3); g.addCell(area);
    g.addCell(cell("SERVIZIO", L, 0, true)); PdfPCell srv = cell("Servizio Pubblica Istruzione e Politiche Sociali", V, 0, false); srv.setColspan(3); g.addCell(srv);
    g.addCell(cell("DETERMINAZIONE N.", L, 0, true)); g.addCell(cell("227", f(sansB, 10), 0, false));
    g.addCell(cell("DATA", L, 0, true)); g.addCell(cell("20/03/2026", f(sansB, 10), 0, false));
    g.addCell(cell("N. AREA", L, 0, true)); g.addCell(cell("41", V, 0, false));
    g.addCell(cell("PROPOSTA", L, 0, true)); g.addCell(cell("n. 256 del 17/03/2026", V, 0, false));
    g.setSpacingAfter(10); d.add(g);
    String subj = "Servizio di trasporto scolastico degli alunni con disabilità frequentanti le scuole dell'obbligo – a.s. 2025/2026 – Liquidazione fattura n. 12/PA del 28/02/2026 alla ditta Tirreno Bus S.r.l. – CIG B41D7E09A3.";
    PdfPTable o = new PdfPTable(new float[]{1.3f, 8f}); o.setWidthPercentage(100);
    PdfPCell ol = new PdfPCell(new Phrase("OGGETTO:", f(sansB, 10))); ol.setBorder(Rectangle.TOP | Rectangle.BOTTOM); ol.setPadding(5);
    PdfPCell ov = new PdfPCell(par(subj, f(serifB, 11), Element.ALIGN_JUSTIFIED, 0)); ov.setBorder(Rectangle.TOP | Rectangle.BOTTOM); ov.setPadding(5);
    ov.setPaddingTop(2);
    o.addCell(ol); o.addCell(ov); o.setSpacingAfter(12); d.add(o);
    Font T = f(serif, 11);
    d.add(par("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", f(serifB, 11.5f), Element.ALIGN_CENTER, 8));
    String[] prem = {
      "Visto il decreto sindacale n. 9 del 31/12/2025, di conferimento dell'incarico di Elevata Qualificazione e della responsabilità dell'Area Amministrativa per l'anno 2026;",
      "Richiamata la propria determinazione n. 611 del 12/09/2025, con la quale è stato affidato alla ditta Tirreno Bus S.r.l., con sede in Cetraro, il servizio di trasporto scolastico degli alunni con disabilità per l'anno scolastico 2025/2026, per l'importo complessivo di € 38.720,00 IVA compresa, ed è stato assunto il relativo impegno di spesa n. 1284/2025, reimputato all'esercizio 2026;",
      "Vista la fattura elettronica n. 12/PA del 28/02/2026, acquisita al protocollo n. 3904 del 02/03/2026, dell'importo di € 3.872,00 IVA compresa, relativa al servizio reso nel mese di febbraio 2026;",
      "Accertata la regolare esecuzione del servizio, come attestato dal Responsabile del procedimento, e verificata la regolarità contributiva della ditta (DURC prot. INPS_49120377 valido fino al 14/06/2026);",
      "Dato atto che è stata effettuata con esito negativo la verifica di cui all'art. 48-bis del D.P.R. 602/1973;",
      "Visti il D.Lgs. 267/2000, in particolare gli artt. 107, 183 e 184, e il vigente Regolamento di contabilità;"};
    for (String s : prem) d.add(par(s, T, Element.ALIGN_JUSTIFIED, 5));
    d.add(par("DETERMINA", f(serifB, 12), Element.ALIGN_CENTER, 8));
    String[] disp = {
      "DI LIQUIDARE E PAGARE alla ditta Tirreno Bus S.r.l., P.IVA 03381270789, la somma di € 3.520,00, a saldo della fattura n. 12/PA del 28/02/2026, mediante bonifico sul conto corrente dedicato indicato in fattura;",
      "DI VERSARE all'Erario la somma di € 352,00 a titolo di IVA, in regime di scissione dei pagamenti ai sensi dell'art. 17-ter del D.P.R. 633/1972;",
      "DI IMPUTARE la spesa complessiva di € 3.872,00 alla Missione 4, Programma 6, Capitolo 1452, impegno n. 1284/2025 reimputato all'esercizio 2026;",
      "DI TRASMETTERE il presente atto al Servizio Finanziario per l'emissione del mandato di pagamento e di disporne la pubblicazione all'Albo Pretorio on line per quindici giorni consecutivi."};
    for (String s : disp) d.add(par(s, T, Element.ALIGN_JUSTIFIED, 6));
    PdfPTable sig = new PdfPTable(new float[]{1f, 1f}); sig.setWidthPercentage(100); sig.setSpacingBefore(14);
    PdfPCell l = new PdfPCell(); l.setBorder(0);
    l.addElement(par("Il Responsabile del procedimento\nSig.ra Rosaria Aloise", f(sans, 9), Element.ALIGN_CENTER, 0));
    PdfPCell r = new PdfPCell(); r.setBorder(0);
    r.addElement(par("IL RESPONSABILE DELL'AREA AMMINISTRATIVA\nDott. Francesco Perrotta\n(firmato digitalmente)", f(sans, 9), Element.ALIGN_CENTER, 0));
    sig.addCell(l); sig.addCell(r); d.add(sig);
    Paragraph vh = par("ATTESTAZIONE DI COPERTURA FINANZIARIA E VISTO DI REGOLARITÀ CONTABILE", f(sansB, 9), Element.ALIGN_CENTER, 4);
    vh.setSpacingBefore(18); d.add(vh);
    d.add(par("Si attesta la regolarità contabile e la copertura finanziaria della spesa ai sensi dell'art. 184, comma 4, del D.Lgs. 267/2000. Liquidazione n. 402/2026.\nCetraro, 20/03/2026 – Il Responsabile dell'Area Economico-Finanziaria, Dott.ssa Antonella Lo Gullo (firmato digitalmente)", f(sans, 8.5f), Element.ALIGN_JUSTIFIED, 0));
    d.close();
  }
}
