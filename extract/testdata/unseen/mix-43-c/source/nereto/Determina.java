// Comune di Nereto - determinazione n. 87/2026 (OpenPDF, report of a Java atti package)
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

public class Determina {
    static final String FD = "/usr/share/fonts/truetype/liberation/";
    static BaseFont bf, bfb;
    static Font f(float s) { return new Font(bf, s); }
    static Font fb(float s) { return new Font(bfb, s); }

    static class Furniture extends PdfPageEventHelper {
        PdfTemplate total;
        public void onOpenDocument(PdfWriter w, Document d) { total = w.getDirectContent().createTemplate(30, 12); }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            int p = w.getPageNumber();
            if (p > 1) {
                cb.beginText(); cb.setFontAndSize(bf, 7.5f);
                cb.showTextAligned(Element.ALIGN_LEFT, "COMUNE DI NERETO - Area Tecnica", 56, 810, 0);
                cb.showTextAligned(Element.ALIGN_RIGHT, "Determinazione n. 87 del 05/03/2026", 539, 810, 0);
                cb.endText();
                cb.setLineWidth(0.4f); cb.moveTo(56, 806); cb.lineTo(539, 806); cb.stroke();
            }
            cb.setLineWidth(0.4f); cb.moveTo(56, 42); cb.lineTo(539, 42); cb.stroke();
            cb.beginText(); cb.setFontAndSize(bf, 7f);
            cb.showTextAligned(Element.ALIGN_LEFT, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate", 56, 32, 0);
            String s = "Pag. " + p + " di ";
            float wd = bf.getWidthPoint(s, 7f);
            cb.showTextAligned(Element.ALIGN_LEFT, s, 539 - 14 - wd, 32, 0);
            cb.endText();
            cb.addTemplate(total, 539 - 14, 32);
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText(); total.setFontAndSize(bf, 7f);
            total.showText(String.valueOf(w.getPageNumber() - 1)); total.endText();
        }
    }

    static PdfPCell cell(String t, Font fo, int colspan, Color bg, int align) {
        PdfPCell c = new PdfPCell(new Phrase(t, fo));
        c.setColspan(colspan); c.setPadding(4); c.setHorizontalAlignment(align);
        if (bg != null) c.setBackgroundColor(bg);
        return c;
    }

    static Paragraph par(String bold, String text) {
        Paragraph p = new Paragraph();
        if (bold != null) p.add(new Chunk(bold, fb(10.5f)));
        p.add(new Chunk(text, f(10.5f)));
        p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingAfter(4); p.setLeading(14);
        return p;
    }

    public static void main(String[] a) throws Exception {
        bf = BaseFont.createFont(FD + "LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfb = BaseFont.createFont(FD + "LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document d = new Document(PageSize.A4, 56, 56, 50, 60);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Furniture());
        d.addTitle("Determinazione Area Tecnica n. 87 del 05/03/2026");
        d.addAuthor("Comune di Nereto");
        d.open();

        PdfPTable lh = new PdfPTable(new float[]{1f, 6f});
        lh.setWidthPercentage(100);
        PdfPCell crest = cell("[stemma]", f(7), 1, null, Element.ALIGN_CENTER);
        crest.setFixedHeight(52); crest.setVerticalAlignment(Element.ALIGN_MIDDLE);
        lh.addCell(crest);
        PdfPCell ente = new PdfPCell();
        ente.setBorder(Rectangle.NO_BORDER); ente.setPaddingLeft(10);
        ente.addElement(new Paragraph("COMUNE DI NERETO", fb(18)));
        ente.addElement(new Paragraph("Provincia di Teramo", f(10)));
        ente.addElement(new Paragraph("64015 Nereto (TE)", f(8.5f)));
        lh.addCell(ente);
        d.add(lh);
        d.add(new Paragraph(" ", f(6)));

        Paragraph org = new Paragraph("AREA TECNICA", fb(13)); org.setAlignment(Element.ALIGN_CENTER); d.add(org);
        Paragraph off = new Paragraph("Servizio Manutenzioni e Patrimonio", f(10.5f)); off.setAlignment(Element.ALIGN_CENTER); off.setSpacingAfter(8); d.add(off);

        Color g = new Color(230, 230, 230);
        PdfPTable grid = new PdfPTable(new float[]{2.3f, 1.6f, 2.3f, 2.2f});
        grid.setWidthPercentage(100);
        grid.addCell(cell("DETERMINAZIONE N.", fb(9), 1, g, Element.ALIGN_LEFT));
        grid.addCell(cell("87", fb(11), 1, null, Element.ALIGN_CENTER));
        grid.addCell(cell("DATA", fb(9), 1, g, Element.ALIGN_LEFT));
        grid.addCell(cell("05/03/2026", fb(11), 1, null, Element.ALIGN_CENTER));
        grid.addCell(cell("N. REG. AREA", fb(9), 1, g, Element.ALIGN_LEFT));
        grid.addCell(cell("29", f(10), 1, null, Element.ALIGN_CENTER));
        grid.addCell(cell("PROPOSTA N.", fb(9), 1, g, Element.ALIGN_LEFT));
        grid.addCell(cell("102 del 03/03/2026", f(10), 1, null, Element.ALIGN_CENTER));
        grid.addCell(cell("OGGETTO", fb(9), 1, g, Element.ALIGN_LEFT));
        PdfPCell ogg = cell("AFFIDAMENTO DIRETTO, AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023, DEL SERVIZIO DI MANUTENZIONE DEL VERDE PUBBLICO – ANNUALITÀ 2026 – ALLA DITTA “VERDE VIBRATA S.N.C.” – CIG B5A1D2E3F4 – IMPEGNO DI SPESA.", fb(10), 3, null, Element.ALIGN_JUSTIFIED);
        grid.addCell(ogg);
        d.add(grid);
        d.add(new Paragraph(" ", f(6)));

        Paragraph h = new Paragraph("IL RESPONSABILE DELL'AREA TECNICA", fb(11)); h.setAlignment(Element.ALIGN_CENTER); h.setSpacingAfter(6); d.add(h);
        d.add(par("Premesso ", "che il Comune non dispone di personale e mezzi sufficienti per garantire in economia la manutenzione delle aree verdi comunali, dei giardini scolastici e delle aiuole spartitraffico per la stagione vegetativa 2026;"));
        d.add(par("Visto ", "il decreto sindacale n. 3 del 08/01/2026 di attribuzione allo scrivente delle funzioni di cui all'art. 107 del D.Lgs. 267/2000 per l'Area Tecnica;"));
        d.add(par("Richiamati ", "l'art. 50, comma 1, lett. b), e l'art. 17, comma 2, del D.Lgs. 31 marzo 2023, n. 36, che consentono l'affidamento diretto di servizi di importo inferiore a € 140.000,00, anche senza consultazione di più operatori economici;"));
        d.add(par("Dato atto ", "che, tramite la piattaforma di approvvigionamento digitale certificata in uso all'Ente, è stato richiesto preventivo alla ditta “VERDE VIBRATA S.N.C.”, con sede in Sant'Omero (TE), la quale ha offerto l'importo di € 24.600,00 oltre IVA al 22%, per complessivi € 30.012,00, giudicato congruo in rapporto ai prezzi del prezzario regionale;"));
        d.add(par("Verificato ", "il possesso dei requisiti di ordine generale mediante il fascicolo virtuale dell'operatore economico e acquisito il DURC regolare;"));
        d.add(par("Visti ", "il D.Lgs. 267/2000, il D.Lgs. 36/2023 e il bilancio di previsione 2026-2028, approvato con deliberazione del Consiglio Comunale n. 4 del 27/02/2026;"));
        Paragraph det = new Paragraph("D E T E R M I N A", fb(11)); det.setAlignment(Element.ALIGN_CENTER); det.setSpacingBefore(4); det.setSpacingAfter(6); d.add(det);
        String[] pts = {
            "di affidare, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023, il servizio di manutenzione del verde pubblico per l'annualità 2026 alla ditta “VERDE VIBRATA S.N.C.”, per l'importo di € 24.600,00 oltre IVA al 22%;",
            "di impegnare la somma complessiva di € 30.012,00 alla missione 09, programma 02, capitolo 2780 “Manutenzione aree verdi”, del bilancio 2026-2028, esercizio 2026;",
            "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
            "di dare atto che il Responsabile Unico del Progetto è il geom. Antonio Di Marzio;",
            "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione “Amministrazione Trasparente” – Bandi di gara e contratti."
        };
        for (int i = 0; i < pts.length; i++) {
            Paragraph p = new Paragraph((i + 1) + ") " + pts[i], f(10.5f));
            p.setIndentationLeft(16); p.setFirstLineIndent(-16); p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingAfter(3); p.setLeading(14);
            d.add(p);
        }
        d.add(new Paragraph(" ", f(8)));
        PdfPTable sig = new PdfPTable(new float[]{1f, 1f}); sig.setWidthPercentage(100);
        PdfPCell e = new PdfPCell(new Phrase("")); e.setBorder(Rectangle.NO_BORDER); sig.addCell(e);
        PdfPCell s = new PdfPCell(); s.setBorder(Rectangle.NO_BORDER);
        Paragraph s1 = new Paragraph("IL RESPONSABILE DELL'AREA TECNICA", f(10)); s1.setAlignment(Element.ALIGN_CENTER); s.addElement(s1);
        Paragraph s2 = new Paragraph("Ing. Daniele Pompetti", fb(10)); s2.setAlignment(Element.ALIGN_CENTER); s.addElement(s2);
        sig.addCell(s); d.add(sig);
        d.add(new Paragraph(" ", f(8)));

        PdfPTable cf = new PdfPTable(new float[]{1.2f, 1.2f, 1.4f, 1.4f, 1.6f});
        cf.setWidthPercentage(100); cf.setKeepTogether(true);
        PdfPCell t = cell("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (art. 183, comma 7, D.Lgs. 267/2000)", fb(9), 5, g, Element.ALIGN_LEFT);
        cf.addCell(t);
        for (String x : new String[]{"Esercizio", "Capitolo", "Impegno", "Importo", "Beneficiario"}) cf.addCell(cell(x, fb(8.5f), 1, null, Element.ALIGN_CENTER));
        for (String x : new String[]{"2026", "2780", "312/2026", "€ 30.012,00", "Verde Vibrata s.n.c."}) cf.addCell(cell(x, f(8.5f), 1, null, Element.ALIGN_CENTER));
        cf.addCell(cell("Nereto, 05/03/2026 - Il Responsabile dell'Area Finanziaria, Dott.ssa Loredana Ciprietti", f(8.5f), 5, null, Element.ALIGN_LEFT));
        d.add(cf);
        d.close();
    }
}
