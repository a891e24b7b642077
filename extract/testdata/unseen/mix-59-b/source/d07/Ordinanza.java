// Ordinanza sindacale, Comune di Mandello del Lario (LC): in-house Java web app print ("OrdinanzeWeb"), OpenPDF 1.3.x
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
import java.awt.Color;

public class Ordinanza {
  static final String FD = "/usr/share/fonts/truetype/dejavu/";
  public static void main(String[] a) throws Exception {
    BaseFont serif = BaseFont.createFont(FD + "DejaVuSerif.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    BaseFont serifB = BaseFont.createFont(FD + "DejaVuSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    BaseFont sans = BaseFont.createFont(FD + "DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    Font f = new Font(serif, 10.5f), fb = new Font(serifB, 10.5f), ft = new Font(serifB, 14f),
         fs = new Font(sans, 7.5f, Font.NORMAL, Color.DARK_GRAY), fh = new Font(serifB, 12f);
    Document d = new Document(PageSize.A4, 62, 56, 60, 60);
    PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
    w.setPageEvent(new PdfPageEventHelper() {
      public void onEndPage(PdfWriter wr, Document doc) {
        PdfContentByte cb = wr.getDirectContent();
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Ordinanza n. 19/2026 - Comune di Mandello del Lario", fs), 62, 34, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("pag. " + wr.getPageNumber(), fs), 539, 34, 0);
        cb.setLineWidth(0.4f); cb.moveTo(62, 44); cb.lineTo(539, 44); cb.stroke();
        // vertical margin note (protocol stamp)
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER,
          new Phrase("Comune di Mandello del Lario - Prot. n. 0007315 del 15/04/2026 - Tit. VI Cl. 8", fs), 30, 421, 90);
      }
    });
    d.addTitle("Ordinanza sindacale n. 19/2026"); d.addCreator("OrdinanzeWeb 3.2");
    d.open();
    PdfPTable head = new PdfPTable(new float[]{1f, 5f}); head.setWidthPercentage(100);
    PdfPCell crest = new PdfPCell(new Phrase("[stemma]", fs)); crest.setFixedHeight(52); crest.setBorder(0);
    crest.setVerticalAlignment(Element.ALIGN_MIDDLE);
    head.addCell(crest);
    PdfPCell c = new PdfPCell(); c.setBorder(0);
    c.addElement(new Paragraph("COMUNE DI MANDELLO DEL LARIO", ft));
    c.addElement(new Paragraph("Provincia di Lecco", new Font(serif, 9.5f)));
    c.addElement(new Paragraph("Piazza Leonardo da Vinci, 6 - 23826 Mandello del Lario (LC)", new Font(serif, 8.5f)));
    head.addCell(c);
    d.add(head);
    Paragraph sp = new Paragraph(" "); d.add(sp);
    Paragraph k = new Paragraph("ORDINANZA SINDACALE N. 19 DEL 15/04/2026", fh); k.setAlignment(Element.ALIGN_CENTER); d.add(k);
    d.add(sp);
    PdfPTable o = new PdfPTable(new float[]{1.1f, 6f}); o.setWidthPercentage(100);
    PdfPCell l = new PdfPCell(new Phrase("OGGETTO:", fb)); l.setBorder(Rectangle.TOP | Rectangle.BOTTOM); l.setPadding(5);
    PdfPCell v = new PdfPCell(new Phrase("Divieto di balneazione e di accesso alla spiaggia pubblica di località Moregallo per lavori di consolidamento della scogliera.", fb));
    v.setBorder(Rectangle.TOP | Rectangle.BOTTOM); v.setPadding(5); v.setPaddingBottom(8); l.setPaddingBottom(8);
    o.addCell(l); o.addCell(v); d.add(o);
    d.add(sp);
    Paragraph s = new Paragraph("IL SINDACO", fh); s.setAlignment(Element.ALIGN_CENTER); d.add(s);
    String[] prem = {
      "PREMESSO che con deliberazione della Giunta Comunale n. 38 del 19/03/2026 è stato approvato il progetto esecutivo dei lavori di consolidamento della scogliera e del muro di contenimento in località Moregallo, lungo la SP 583 Lariana;",
      "VISTA la nota del Direttore dei Lavori, Ing. Stefano Bonfanti, acquisita al prot. n. 7204 del 13/04/2026, con la quale si comunica l'inizio dei lavori a decorrere dal 20/04/2026 e la necessità di interdire l'area di cantiere, comprensiva della spiaggia pubblica e dello specchio d'acqua antistante per una fascia di 30 metri dalla riva;",
      "CONSIDERATO che la presenza di mezzi d'opera, anche natanti, costituisce pericolo per l'incolumità pubblica;",
      "VISTI gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267, e la Legge Regionale 4 aprile 2012, n. 6;"};
    for (String p : prem) { Paragraph pp = new Paragraph(p, f); pp.setAlignment(Element.ALIGN_JUSTIFIED); pp.setSpacingAfter(4); d.add(pp); }
    Paragraph or = new Paragraph("O R D I N A", fh); or.setAlignment(Element.ALIGN_CENTER); or.setSpacingBefore(6); or.setSpacingAfter(6); d.add(or);
    String[] pts = {
      "il divieto di balneazione e di accesso alla spiaggia pubblica di località Moregallo, nonché di navigazione, ancoraggio e sosta di qualsiasi natante nello specchio d'acqua antistante per una fascia di 30 metri dalla riva, dal 20/04/2026 al 31/07/2026 e comunque fino al termine dei lavori;",
      "all'impresa esecutrice, Lario Costruzioni Edili S.r.l. di Abbadia Lariana, di provvedere alla delimitazione dell'area con recinzione di cantiere e boe di segnalazione, nonché all'apposizione della segnaletica di divieto agli accessi pedonali;",
      "al Corpo di Polizia Locale e alle Forze dell'Ordine di vigilare sul rispetto della presente ordinanza."};
    List li = new List(List.ORDERED); li.setIndentationLeft(8); li.setSymbolIndent(18);
    for (String p : pts) { ListItem it = new ListItem(p, f); it.setAlignment(Element.ALIGN_JUSTIFIED); it.setSpacingAfter(4); li.add(it); }
    d.add(li);
    Paragraph av = new Paragraph("AVVERTE", fh); av.setAlignment(Element.ALIGN_CENTER); av.setSpacingBefore(6); d.add(av);
    Paragraph p2 = new Paragraph("che i trasgressori saranno puniti con la sanzione amministrativa da € 25,00 a € 500,00 ai sensi dell'art. 7-bis del D.Lgs. 267/2000 e che contro la presente ordinanza è ammesso ricorso al T.A.R. Lombardia entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.", f);
    p2.setAlignment(Element.ALIGN_JUSTIFIED); d.add(p2);
    d.add(sp);
    Paragraph luogo = new Paragraph("Mandello del Lario, 15/04/2026", f); d.add(luogo);
    Paragraph sg = new Paragraph("IL SINDACO\nDott. Riccardo Fasoli\n", fb); sg.setAlignment(Element.ALIGN_RIGHT); sg.setIndentationRight(30); d.add(sg);
    Paragraph sd = new Paragraph("Documento firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005", new Font(serif, 8f, Font.ITALIC));
    sd.setAlignment(Element.ALIGN_RIGHT); d.add(sd);
    d.close();
  }
}
