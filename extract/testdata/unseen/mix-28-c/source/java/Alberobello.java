// Annex A of a Giunta deliberation of the Comune di Alberobello, laid out as a
// Crystal Reports print: report header, page header with column captions,
// grouped rows with group footers, "Data stampa" and "Pagina N di M" in the
// page footer. Landscape A4.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
import java.awt.Color;

public class Alberobello {
    static BaseFont bf, bfb;
    static final float L = 36, R = 806;

    static class Furniture extends PdfPageEventHelper {
        PdfTemplate total;
        public void onOpenDocument(PdfWriter w, Document d) { total = w.getDirectContent().createTemplate(20, 10); }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            // page header: running title and column captions
            cb.setColorFill(new Color(60, 60, 60));
            cb.beginText(); cb.setFontAndSize(bfb, 8);
            cb.showTextAligned(Element.ALIGN_LEFT, "Comune di Alberobello - Tariffe utilizzo locali comunali 2026", L, 565, 0);
            cb.setFontAndSize(bf, 8);
            cb.showTextAligned(Element.ALIGN_RIGHT, "rpt_tariffe_locali.rpt", R, 565, 0);
            cb.endText();
            cb.setColorFill(Color.BLACK);
            cb.setLineWidth(0.6f); cb.moveTo(L, 560); cb.lineTo(R, 560); cb.stroke();
            // footer
            cb.moveTo(L, 34); cb.lineTo(R, 34); cb.stroke();
            cb.beginText(); cb.setFontAndSize(bf, 7.5f);
            cb.showTextAligned(Element.ALIGN_LEFT, "Data stampa: 19/03/2026 10:14:52", L, 24, 0);
            cb.showTextAligned(Element.ALIGN_CENTER, "Utente: SEGR_ROSATO", (L + R) / 2, 24, 0);
            String s = "Pagina " + w.getPageNumber() + " di ";
            cb.showTextAligned(Element.ALIGN_LEFT, s, R - 10 - bf.getWidthPoint(s, 7.5f), 24, 0);
            cb.endText();
            cb.addTemplate(total, R - 10, 24);
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText(); total.setFontAndSize(bf, 7.5f); total.setTextMatrix(0, 0);
            total.showText(String.valueOf(w.getPageNumber() - 1)); total.endText();
        }
    }

    static PdfPCell cell(String s, Font f, int align, int border, Color bg) {
        PdfPCell c = new PdfPCell(new Phrase(s, f));
        c.setHorizontalAlignment(align); c.setBorder(border); c.setPaddingTop(2.5f); c.setPaddingBottom(3.5f);
        if (bg != null) c.setBackgroundColor(bg);
        return c;
    }

    public static void main(String[] a) throws Exception {
        bf = BaseFont.createFont("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfb = BaseFont.createFont("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document d = new Document(PageSize.A4.rotate(), L, 842 - R, 46, 48);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Furniture());
        d.addTitle("Allegato A - Tariffe locali comunali 2026");
        d.addCreator("Crystal Reports");
        d.open();
        Font f8 = new Font(bf, 8), f8b = new Font(bfb, 8), f9b = new Font(bfb, 9.5f), f13b = new Font(bfb, 13), f10 = new Font(bf, 10);

        // report header
        PdfPTable rh = new PdfPTable(new float[]{1f, 3f, 1.3f});
        rh.setWidthPercentage(100);
        PdfPCell crest = cell("", f8, Element.ALIGN_CENTER, Rectangle.NO_BORDER, null);
        Paragraph cr = new Paragraph("COMUNE DI ALBEROBELLO", f13b);
        PdfPCell mid = new PdfPCell(); mid.setBorder(Rectangle.NO_BORDER);
        Paragraph p1 = new Paragraph("COMUNE DI ALBEROBELLO", f13b); p1.setAlignment(Element.ALIGN_CENTER); mid.addElement(p1);
        Paragraph p2 = new Paragraph("Città Metropolitana di Bari", f10); p2.setAlignment(Element.ALIGN_CENTER); mid.addElement(p2);
        Paragraph p3 = new Paragraph("Area Affari Generali - Servizio Patrimonio", f8); p3.setAlignment(Element.ALIGN_CENTER); mid.addElement(p3);
        crest.addElement(new Paragraph("Stemma del Comune", new Font(bf, 7, Font.ITALIC)));
        rh.addCell(crest); rh.addCell(mid);
        PdfPCell box = new PdfPCell(); box.setBorder(Rectangle.BOX); box.setPadding(4);
        box.addElement(new Paragraph("ALLEGATO A", f9b));
        box.addElement(new Paragraph("alla deliberazione della Giunta Comunale n. 61 del 19/03/2026", f8));
        rh.addCell(box);
        d.add(rh);
        Paragraph t = new Paragraph("TARIFFE PER L'UTILIZZO TEMPORANEO DEI LOCALI E DELLE SALE DI PROPRIETÀ COMUNALE - ANNO 2026", f9b);
        t.setAlignment(Element.ALIGN_CENTER); t.setSpacingBefore(10); t.setSpacingAfter(8);
        d.add(t);

        Color hdr = new Color(31, 73, 125), grp = new Color(220, 230, 241), alt = new Color(245, 245, 245);
        Font fh = new Font(bfb, 8, Font.NORMAL, Color.WHITE);
        PdfPTable tb = new PdfPTable(new float[]{0.6f, 3.2f, 1.1f, 1.3f, 1.3f, 1.3f, 1.3f});
        tb.setWidthPercentage(100); tb.setHeaderRows(1);
        String[] cols = {"Cod.", "Locale / sala", "Posti", "Mezza giornata (€)", "Giornata intera (€)", "Serale dopo le 20 (€)", "Cauzione (€)"};
        for (String c : cols) tb.addCell(cell(c, fh, Element.ALIGN_CENTER, Rectangle.BOX, hdr));
        Object[][] groups = {
            {"GRUPPO 1 - SALE CONVEGNI E RAPPRESENTANZA", new String[][]{
                {"S01", "Sala consiliare \"Giovanni Paolo II\" - Palazzo di Città", "90", "120,00", "200,00", "60,00", "150,00"},
                {"S02", "Sala conferenze - Casa Pezzolla", "60", "90,00", "150,00", "45,00", "100,00"},
                {"S03", "Sala degli Specchi - ex Convento", "45", "80,00", "130,00", "40,00", "100,00"},
                {"S04", "Atrio coperto - Trullo Sovrano (solo eventi culturali)", "40", "150,00", "250,00", "75,00", "200,00"},
            }},
            {"GRUPPO 2 - LOCALI PER ATTIVITÀ ASSOCIATIVE", new String[][]{
                {"A01", "Locale polifunzionale Via Monte Nero", "35", "30,00", "50,00", "20,00", "50,00"},
                {"A02", "Aula ex scuola rurale Contrada Coreggia", "25", "25,00", "40,00", "15,00", "50,00"},
                {"A03", "Sala riunioni Centro Anziani Largo Martellotta", "30", "25,00", "40,00", "15,00", "50,00"},
            }},
            {"GRUPPO 3 - IMPIANTI E SPAZI SPORTIVI COPERTI", new String[][]{
                {"P01", "Palestra comunale \"Vito Lippolis\" (tariffa oraria)", "150", "18,00", "-", "22,00", "100,00"},
                {"P02", "Palestra plesso scolastico Via Cadore (tariffa oraria)", "60", "12,00", "-", "15,00", "100,00"},
                {"P03", "Tensostruttura Zona Sportiva (tariffa oraria)", "200", "25,00", "-", "30,00", "150,00"},
            }},
        };
        int k = 0;
        for (Object[] g : groups) {
            PdfPCell gh = cell((String) g[0], f8b, Element.ALIGN_LEFT, Rectangle.BOX, grp); gh.setColspan(7); tb.addCell(gh);
            String[][] rows = (String[][]) g[1];
            for (String[] r : rows) {
                Color bg = (k++ % 2 == 1) ? alt : null;
                for (int i = 0; i < r.length; i++)
                    tb.addCell(cell(r[i], f8, i == 1 ? Element.ALIGN_LEFT : (i == 0 ? Element.ALIGN_CENTER : Element.ALIGN_RIGHT), Rectangle.LEFT | Rectangle.RIGHT | Rectangle.BOTTOM, bg));
            }
            PdfPCell gf = cell("Numero locali nel gruppo: " + rows.length, new Font(bf, 7.5f, Font.ITALIC), Element.ALIGN_RIGHT, Rectangle.BOX, null); gf.setColspan(7); tb.addCell(gf);
        }
        d.add(tb);

        Paragraph nt = new Paragraph("NOTE", f8b); nt.setSpacingBefore(10); d.add(nt);
        String[] notes = {
            "1. Le tariffe si intendono IVA inclusa ove dovuta e comprendono i consumi di energia elettrica, riscaldamento e pulizia ordinaria.",
            "2. Per le associazioni iscritte all'Albo comunale delle associazioni è prevista una riduzione del 50% sulle tariffe dei gruppi 1 e 2.",
            "3. L'utilizzo gratuito è consentito alle istituzioni scolastiche del territorio e per iniziative patrocinate dal Comune, previa richiesta.",
            "4. La cauzione è restituita entro trenta giorni dalla riconsegna dei locali, previa verifica dello stato dei luoghi da parte del Servizio Patrimonio.",
            "5. Il pagamento è effettuato esclusivamente tramite il sistema pagoPA almeno cinque giorni prima della data di utilizzo.",
        };
        for (String s : notes) { Paragraph np = new Paragraph(s, f8); np.setSpacingBefore(2); d.add(np); }
        Paragraph sg = new Paragraph("IL RESPONSABILE DELL'AREA AFFARI GENERALI\nDott. Vitantonio Sgobba", f8b);
        sg.setAlignment(Element.ALIGN_RIGHT); sg.setSpacingBefore(14); d.add(sg);
        d.close();
    }
}
