// Determinazione of Trebaseleghe imitating a Pentaho Reporting (.prpt) print, written with OpenPDF
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

public class DetTrebaseleghe {
  static Font f(int style, float size) { return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.EMBEDDED, size, style); }
  static Font fc(int style, float size, Color c) { Font x = f(style, size); x.setColor(c); return x; }
  static final Color BAND = new Color(0xDD, 0xE4, 0xEC), DARK = new Color(0x2F, 0x4F, 0x6F);

  static PdfPCell cell(String t, Font fo, Color bg, int colspan) {
    PdfPCell c = new PdfPCell(new Phrase(t, fo)); c.setColspan(colspan);
    if (bg != null) c.setBackgroundColor(bg);
    c.setBorderColor(new Color(0x99,0x99,0x99)); c.setPadding(4f); return c;
  }
  static Paragraph p(String t) { Paragraph x = new Paragraph(t, f(Font.NORMAL, 9.5f)); x.setAlignment(Element.ALIGN_JUSTIFIED); x.setSpacingAfter(4f); x.setLeading(12.5f); return x; }

  public static void main(String[] a) throws Exception {
    Document d = new Document(PageSize.A4, 50, 50, 70, 60);
    PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
    d.addTitle("det_settore_stampa.prpt"); d.addCreator("Pentaho Reporting Classic 9.3"); d.addAuthor("m.bortolato");
    w.setPageEvent(new PdfPageEventHelper() {
      PdfTemplate tot;
      public void onOpenDocument(PdfWriter wr, Document doc) { tot = wr.getDirectContent().createTemplate(30, 12); }
      public void onEndPage(PdfWriter wr, Document doc) {
        PdfContentByte cb = wr.getDirectContent();
        try {
          BaseFont bf = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.EMBEDDED);
          cb.setColorStroke(DARK); cb.setLineWidth(0.6f);
          cb.moveTo(50, 800); cb.lineTo(545, 800); cb.stroke();
          cb.beginText(); cb.setFontAndSize(bf, 7.5f);
          cb.showTextAligned(Element.ALIGN_LEFT, "Comune di Trebaseleghe - Determinazione Reg. Gen. n. 187 del 10/04/2026", 50, 804, 0);
          cb.showTextAligned(Element.ALIGN_RIGHT, "Settore III - Tecnico", 545, 804, 0);
          String s = "Pagina " + wr.getPageNumber() + " di ";
          cb.showTextAligned(Element.ALIGN_RIGHT, s, 520, 36, 0);
          cb.showTextAligned(Element.ALIGN_LEFT, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 - stampa del 13/04/2026 08:51", 50, 36, 0);
          cb.endText();
          cb.addTemplate(tot, 520, 36);
          cb.moveTo(50, 46); cb.lineTo(545, 46); cb.stroke();
        } catch (Exception e) { throw new RuntimeException(e); }
      }
      public void onCloseDocument(PdfWriter wr, Document doc) {
        try {
          BaseFont bf = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.EMBEDDED);
          tot.beginText(); tot.setFontAndSize(bf, 7.5f); tot.showText(" " + (wr.getPageNumber() - 1)); tot.endText();
        } catch (Exception e) { throw new RuntimeException(e); }
      }
    });
    d.open();
    PdfPTable lh = new PdfPTable(new float[]{1f, 5f}); lh.setWidthPercentage(100);
    PdfPCell crest = cell("[stemma]", fc(Font.ITALIC, 7, Color.GRAY), null, 1); crest.setFixedHeight(52); crest.setHorizontalAlignment(Element.ALIGN_CENTER); crest.setVerticalAlignment(Element.ALIGN_MIDDLE);
    lh.addCell(crest);
    PdfPCell name = new PdfPCell(); name.setBorder(0); name.setPaddingLeft(10);
    name.addElement(new Paragraph("COMUNE DI TREBASELEGHE", fc(Font.BOLD, 15, DARK)));
    name.addElement(new Paragraph("Provincia di Padova", f(Font.NORMAL, 9)));
    name.addElement(new Paragraph("Piazza Principe di Piemonte, 21 - 35010 Trebaseleghe (PD)", f(Font.NORMAL, 8)));
    lh.addCell(name); d.add(lh);

    Paragraph t = new Paragraph("DETERMINAZIONE DEL RESPONSABILE DI SETTORE", fc(Font.BOLD, 12, DARK)); t.setAlignment(Element.ALIGN_CENTER); t.setSpacingBefore(12); t.setSpacingAfter(8); d.add(t);

    PdfPTable g = new PdfPTable(new float[]{1.6f, 3f, 1.6f, 2f}); g.setWidthPercentage(100);
    Font lb = fc(Font.BOLD, 8, DARK), vl = f(Font.NORMAL, 9.5f), vb = f(Font.BOLD, 10);
    g.addCell(cell("SETTORE", lb, BAND, 1)); g.addCell(cell("SETTORE III - TECNICO", vb, null, 3));
    g.addCell(cell("SERVIZIO", lb, BAND, 1)); g.addCell(cell("Servizio Manutenzioni e Patrimonio", vl, null, 3));
    g.addCell(cell("REGISTRO GENERALE", lb, BAND, 1)); g.addCell(cell("N. 187 del 10/04/2026", vb, null, 1));
    g.addCell(cell("REGISTRO DI SETTORE", lb, BAND, 1)); g.addCell(cell("N. 41 del 08/04/2026", vl, null, 1));
    g.addCell(cell("RESPONSABILE", lb, BAND, 1)); g.addCell(cell("Ing. Federico Scquizzato", vl, null, 1));
    g.addCell(cell("CIG", lb, BAND, 1)); g.addCell(cell("B6A1F0C2D3", vl, null, 1));
    d.add(g);

    PdfPTable o = new PdfPTable(new float[]{1.6f, 6.6f}); o.setWidthPercentage(100); o.setSpacingBefore(8);
    o.addCell(cell("OGGETTO", lb, BAND, 1));
    o.addCell(cell("AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 DEL SERVIZIO DI SFALCIO DEI CIGLI STRADALI E DELLE AREE VERDI COMUNALI - STAGIONE 2026 - IMPEGNO DI SPESA - CIG B6A1F0C2D3", vb, null, 1));
    d.add(o);
    Paragraph sp = new Paragraph(" "); sp.setLeading(8); d.add(sp);

    Paragraph r = new Paragraph("IL RESPONSABILE DEL SETTORE III - TECNICO", f(Font.BOLD, 10)); r.setAlignment(Element.ALIGN_CENTER); r.setSpacingAfter(6); d.add(r);
    d.add(p("RICHIAMATO il decreto del Sindaco n. 3 del 07/01/2026 con il quale il sottoscritto è stato nominato Responsabile del Settore III - Tecnico con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000;"));
    d.add(p("RICHIAMATE la deliberazione del Consiglio Comunale n. 52 del 22/12/2025 di approvazione del bilancio di previsione 2026/2028 e la deliberazione della Giunta Comunale n. 4 del 13/01/2026 di approvazione del Piano Esecutivo di Gestione 2026/2028;"));
    d.add(p("PREMESSO che si rende necessario provvedere, per la stagione vegetativa 2026, allo sfalcio dei cigli stradali delle vie comunali e delle aree verdi di proprietà comunale nel capoluogo e nelle frazioni di Fossalta, Sant'Ambrogio, Silvelle e Ronchi, per complessivi 86 km di banchine e 11,4 ettari di superficie a verde;"));
    d.add(p("DATO ATTO che il servizio non è disponibile nelle convenzioni CONSIP attive e che è stato richiesto, tramite la piattaforma di approvvigionamento digitale MePA, un preventivo alla ditta Verde Brenta Soc. Coop. Agricola di Piombino Dese (PD), P.IVA 04873210286, che ha offerto l'importo di euro 38.900,00 oltre IVA 22%, ritenuto congruo;"));
    d.add(p("VISTI il D.Lgs. 31 marzo 2023, n. 36 e il D.Lgs. 18 agosto 2000, n. 267;"));
    Paragraph dt = new Paragraph("D E T E R M I N A", f(Font.BOLD, 10)); dt.setAlignment(Element.ALIGN_CENTER); dt.setSpacingBefore(6); dt.setSpacingAfter(6); d.add(dt);
    String[] pts = {
      "1. di affidare, ai sensi dell'art. 50, comma 1, lett. b) del D.Lgs. 36/2023, alla ditta Verde Brenta Soc. Coop. Agricola di Piombino Dese (PD) il servizio di sfalcio dei cigli stradali e delle aree verdi comunali per la stagione 2026, per l'importo di euro 38.900,00 oltre IVA 22%, per complessivi euro 47.458,00;",
      "2. di impegnare la spesa di euro 47.458,00 al capitolo 1620/10 \"Manutenzione del verde pubblico - prestazioni di servizi\" del bilancio di previsione 2026/2028, esercizio 2026;",
      "3. di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
      "4. di dare atto che il Responsabile Unico del Progetto è il geom. Marta Pavan del Servizio Manutenzioni e Patrimonio;",
      "5. di disporre la pubblicazione del presente provvedimento all'Albo Pretorio on line e nella sezione Amministrazione Trasparente."};
    for (String s : pts) { Paragraph x = p(s); x.setIndentationLeft(14); x.setFirstLineIndent(-14); d.add(x); }
    Paragraph sg = new Paragraph("Il Responsabile del Settore III - Tecnico\nIng. Federico Scquizzato", f(Font.NORMAL, 9.5f)); sg.setAlignment(Element.ALIGN_RIGHT); sg.setSpacingBefore(14); d.add(sg);

    d.newPage();
    Paragraph vt = new Paragraph("VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", fc(Font.BOLD, 10, DARK)); vt.setSpacingAfter(6); d.add(vt);
    d.add(p("Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa."));
    PdfPTable im = new PdfPTable(new float[]{1f, 1.2f, 1f, 3f, 1.4f}); im.setWidthPercentage(100); im.setSpacingBefore(6);
    for (String h : new String[]{"Esercizio", "Capitolo", "Impegno", "Beneficiario", "Importo"}) im.addCell(cell(h, lb, BAND, 1));
    for (String v : new String[]{"2026", "1620/10", "612/2026", "VERDE BRENTA SOC. COOP. AGRICOLA", "47.458,00"}) im.addCell(cell(v, vl, null, 1));
    d.add(im);
    Paragraph vf = new Paragraph("Trebaseleghe, 10/04/2026\nIl Responsabile del Settore II - Economico Finanziario\nDott.ssa Lucia Zanon", f(Font.NORMAL, 9.5f)); vf.setAlignment(Element.ALIGN_RIGHT); vf.setSpacingBefore(12); d.add(vf);
    Paragraph pb = new Paragraph("PUBBLICAZIONE", fc(Font.BOLD, 10, DARK)); pb.setSpacingBefore(24); pb.setSpacingAfter(4); d.add(pb);
    d.add(p("La presente determinazione è pubblicata all'Albo Pretorio on line dal 13/04/2026 al 28/04/2026 al n. 512 del registro delle pubblicazioni."));
    d.close();
  }
}
