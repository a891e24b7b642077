// Stadtgemeinde Bruneck / Città di Brunico - bilingual certificate of publication (OpenPDF), layout imitating a SIAG (Südtiroler Informatik AG) Gemeinde print
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

public class AttestatoBrunico {
    static final String FD = "/usr/share/fonts/truetype/dejavu/";
    public static void main(String[] a) throws Exception {
        BaseFont bf = BaseFont.createFont(FD + "DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        BaseFont bb = BaseFont.createFont(FD + "DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        BaseFont bi = BaseFont.createFont(FD + "DejaVuSans-Oblique.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Font f9 = new Font(bf, 9), f9b = new Font(bb, 9), f8 = new Font(bf, 8), f8i = new Font(bi, 8, Font.NORMAL, new Color(60, 60, 60));
        Font f12b = new Font(bb, 12), f7 = new Font(bf, 7, Font.NORMAL, new Color(90, 90, 90)), f10 = new Font(bf, 9.5f), f10b = new Font(bb, 9.5f);
        Document d = new Document(PageSize.A4, 50, 50, 45, 50);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document doc) {
                PdfContentByte cb = wr.getDirectContent();
                cb.beginText(); cb.setFontAndSize(bf, 6.5f); cb.setColorFill(new Color(110, 110, 110));
                cb.showTextAligned(Element.ALIGN_LEFT, "Rathausplatz 1 – 39031 Bruneck | Piazza Municipio 1 – 39031 Brunico – St.Nr./C.F. 00115550215 – bruneck.brunico@legalmail.it", 50, 30, 0);
                cb.showTextAligned(Element.ALIGN_RIGHT, "Seite/Pagina " + wr.getPageNumber(), 545, 30, 0);
                cb.endText();
            }
        });
        d.addTitle("Veröffentlichungsbescheinigung / Attestato di pubblicazione – Beschluss/Delibera 98/2026");
        d.addCreator("SIAG – Gemeindeverwaltung / Amministrazione comunale");
        d.open();

        PdfPTable lh = new PdfPTable(new float[]{42, 16, 42}); lh.setWidthPercentage(100);
        PdfPCell l = new PdfPCell(); l.setBorder(0);
        Paragraph pl = new Paragraph("STADTGEMEINDE BRUNECK", new Font(bb, 12.5f)); l.addElement(pl);
        l.addElement(new Paragraph("Autonome Provinz Bozen – Südtirol", f8));
        PdfPCell m = new PdfPCell(new Phrase("Wappen\nstemma", f7)); m.setBorder(Rectangle.BOX); m.setBorderColor(Color.LIGHT_GRAY);
        m.setHorizontalAlignment(Element.ALIGN_CENTER); m.setVerticalAlignment(Element.ALIGN_MIDDLE); m.setFixedHeight(48);
        PdfPCell r = new PdfPCell(); r.setBorder(0);
        Paragraph pr = new Paragraph("CITTÀ DI BRUNICO", new Font(bb, 12.5f)); pr.setAlignment(Element.ALIGN_RIGHT); r.addElement(pr);
        Paragraph pr2 = new Paragraph("Provincia autonoma di Bolzano – Alto Adige", f8); pr2.setAlignment(Element.ALIGN_RIGHT); r.addElement(pr2);
        lh.addCell(l); lh.addCell(m); lh.addCell(r);
        d.add(lh);
        PdfPTable rule = new PdfPTable(1); rule.setWidthPercentage(100); rule.setSpacingBefore(4);
        PdfPCell rc = new PdfPCell(new Phrase("Generalsekretariat  |  Segreteria generale", f8)); rc.setBorder(Rectangle.TOP | Rectangle.BOTTOM); rc.setBorderWidth(0.8f);
        rc.setHorizontalAlignment(Element.ALIGN_CENTER); rc.setPaddingBottom(4); rule.addCell(rc); d.add(rule);

        Paragraph t = new Paragraph("VERÖFFENTLICHUNGSBESCHEINIGUNG", f12b); t.setAlignment(Element.ALIGN_CENTER); t.setSpacingBefore(18); d.add(t);
        Paragraph t2 = new Paragraph("ATTESTATO DI PUBBLICAZIONE", f12b); t2.setAlignment(Element.ALIGN_CENTER); t2.setSpacingAfter(14); d.add(t2);

        PdfPTable g = new PdfPTable(new float[]{26, 37, 37}); g.setWidthPercentage(100);
        Color sh = new Color(232, 236, 242);
        String[][] rows = {
            {"", "DEUTSCH", "ITALIANO"},
            {"Akt / Atto", "Beschluss des Stadtrates", "Deliberazione della Giunta comunale"},
            {"Nr. / N.", "98", "98"},
            {"vom / del", "24.03.2026", "24.03.2026"},
            {"Betreff / Oggetto", "Gewährung eines außerordentlichen Beitrages an die Bürgerkapelle Bruneck für die Erneuerung der Trachten – Jahr 2026",
                "Concessione di un contributo straordinario alla Banda musicale cittadina di Brunico per il rinnovo delle uniformi tradizionali – Anno 2026"},
        };
        for (int i = 0; i < rows.length; i++) for (int j = 0; j < 3; j++) {
            PdfPCell c = new PdfPCell(new Phrase(rows[i][j], (i == 0 || j == 0) ? f8 : (i == 4 ? f9 : f9b)));
            c.setPadding(4); c.setBorderColor(Color.GRAY);
            if (i == 0 || j == 0) c.setBackgroundColor(sh);
            g.addCell(c);
        }
        d.add(g);

        PdfPTable two = new PdfPTable(2); two.setWidthPercentage(100); two.setSpacingBefore(16);
        PdfPCell de = new PdfPCell(); de.setBorder(0); de.setPaddingRight(10);
        Paragraph pde = new Paragraph(13, "Der unterfertigte Generalsekretär bescheinigt, dass der obgenannte Beschluss an der digitalen Amtstafel der Gemeinde vom 26.03.2026 bis 05.04.2026 für zehn aufeinanderfolgende Tage veröffentlicht wurde (Reg. Nr. 611/2026) und dass innerhalb dieser Frist keine Einwände gemäß Art. 183 Abs. 5 des Regionalgesetzes vom 3. Mai 2018, Nr. 2 erhoben wurden.", f10);
        pde.setAlignment(Element.ALIGN_JUSTIFIED); de.addElement(pde);
        Paragraph pde2 = new Paragraph(13, "Der Beschluss ist am 06.04.2026 vollstreckbar geworden.", f10b); pde2.setSpacingBefore(6); de.addElement(pde2);
        PdfPCell it = new PdfPCell(); it.setBorder(Rectangle.LEFT); it.setBorderColor(Color.LIGHT_GRAY); it.setPaddingLeft(10);
        Paragraph pit = new Paragraph(13, "Il sottoscritto Segretario generale attesta che la suddetta deliberazione è stata pubblicata all’albo digitale del Comune dal 26.03.2026 al 05.04.2026 per dieci giorni consecutivi (reg. n. 611/2026) e che entro tale termine non sono state presentate opposizioni ai sensi dell’art. 183, comma 5, della legge regionale 3 maggio 2018, n. 2.", f10);
        pit.setAlignment(Element.ALIGN_JUSTIFIED); it.addElement(pit);
        Paragraph pit2 = new Paragraph(13, "La deliberazione è divenuta esecutiva il 06.04.2026.", f10b); pit2.setSpacingBefore(6); it.addElement(pit2);
        two.addCell(de); two.addCell(it);
        d.add(two);

        Paragraph dt = new Paragraph("Bruneck/Brunico, 07.04.2026", f10); dt.setSpacingBefore(22); d.add(dt);
        PdfPTable s = new PdfPTable(new float[]{50, 50}); s.setWidthPercentage(100); s.setSpacingBefore(8);
        PdfPCell e = new PdfPCell(new Phrase("")); e.setBorder(0); s.addCell(e);
        PdfPCell sc = new PdfPCell(); sc.setBorder(0);
        Paragraph sp = new Paragraph("Der Generalsekretär – Il Segretario generale", f9); sp.setAlignment(Element.ALIGN_CENTER); sc.addElement(sp);
        Paragraph sp2 = new Paragraph("Dr. Andreas Oberhollenzer", f9b); sp2.setAlignment(Element.ALIGN_CENTER); sc.addElement(sp2);
        Paragraph sp3 = new Paragraph("(digital signiert – firmato digitalmente)", f8i); sp3.setAlignment(Element.ALIGN_CENTER); sc.addElement(sp3);
        s.addCell(sc); d.add(s);

        Paragraph cad = new Paragraph(10, "Dieses Dokument wurde digital erstellt und signiert (GvD Nr. 82/2005). – Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005.", f7);
        cad.setSpacingBefore(40); d.add(cad);
        d.close();
    }
}
