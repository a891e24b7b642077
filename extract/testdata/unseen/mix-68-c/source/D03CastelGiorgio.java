// Comune di Castel Giorgio (TR) - AVVISO DI APPALTO AGGIUDICATO (esito di gara), Area Tecnica.
// OpenPDF 1.3.30: Liberation Sans embedded as Identity-H CID fonts; the esito is one table whose section
// headings are cells spanning both columns (colspan 2) and whose winner block spans rows (rowspan);
// letterhead and foot with "Pag. X di Y" drawn by a page event on every page.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

public class D03CastelGiorgio {
    static BaseFont REG, BOLD, ITAL;
    static Font f(BaseFont b, float size) { return new Font(b, size); }

    static class Running extends PdfPageEventHelper {
        PdfTemplate total;
        public void onOpenDocument(PdfWriter w, Document d) { total = w.getDirectContent().createTemplate(20, 10); }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            cb.saveState();
            cb.setColorFill(new Color(0x1F, 0x4E, 0x79));
            cb.rectangle(56, 770, 6, 44); cb.fill();
            cb.setColorFill(Color.BLACK);
            cb.beginText();
            cb.setFontAndSize(BOLD, 16); cb.showTextAligned(Element.ALIGN_LEFT, "COMUNE DI CASTEL GIORGIO", 70, 798, 0);
            cb.setFontAndSize(ITAL, 9.5f); cb.showTextAligned(Element.ALIGN_LEFT, "Provincia di Terni", 70, 785, 0);
            cb.setFontAndSize(REG, 8); cb.showTextAligned(Element.ALIGN_LEFT, "AREA TECNICA \u2013 Servizio Lavori Pubblici e Patrimonio", 70, 773, 0);
            cb.setFontAndSize(REG, 7.5f);
            cb.showTextAligned(Element.ALIGN_RIGHT, "Piazza del Municipio, 1 \u2013 05013 Castel Giorgio (TR)", 539, 798, 0);
            cb.showTextAligned(Element.ALIGN_RIGHT, "Tel. 0763 627 011 \u2013 ufficiotecnico@comune.castelgiorgio.tr.it", 539, 788, 0);
            cb.endText();
            cb.setLineWidth(0.6f); cb.moveTo(56, 764); cb.lineTo(539, 764); cb.stroke();
            cb.setLineWidth(0.4f); cb.moveTo(56, 46); cb.lineTo(539, 46); cb.stroke();
            cb.beginText(); cb.setFontAndSize(REG, 7);
            cb.showTextAligned(Element.ALIGN_LEFT, "Avviso pubblicato ai sensi degli artt. 27 e 85 del D.Lgs. 36/2023 sulla piattaforma di approvvigionamento digitale e all'Albo Pretorio on line", 56, 36, 0);
            String s = "Pag. " + w.getPageNumber() + " di ";
            cb.showTextAligned(Element.ALIGN_RIGHT, s, 531, 36, 0);
            cb.endText();
            cb.addTemplate(total, 531, 36);
            cb.restoreState();
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText(); total.setFontAndSize(REG, 7); total.setTextMatrix(0, 0);
            total.showText(String.valueOf(w.getPageNumber() - 1)); total.endText();
        }
    }

    static PdfPCell cell(String t, Font font, Color bg, int colspan) {
        PdfPCell c = new PdfPCell(new Phrase(t, font));
        c.setColspan(colspan); c.setPadding(4.5f); c.setPaddingBottom(6);
        c.setBorderColor(new Color(0x80, 0x80, 0x80)); c.setBorderWidth(0.5f);
        if (bg != null) c.setBackgroundColor(bg);
        return c;
    }
    static Paragraph p(String t, Font font, int align, float after) {
        Paragraph p = new Paragraph(t, font); p.setAlignment(align); p.setSpacingAfter(after); p.setLeading(font.getSize() * 1.3f);
        return p;
    }

    public static void main(String[] a) throws Exception {
        String fd = "/usr/share/fonts/truetype/liberation/";
        REG = BaseFont.createFont(fd + "LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        BOLD = BaseFont.createFont(fd + "LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        ITAL = BaseFont.createFont(fd + "LiberationSans-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Font n = f(REG, 9.5f), b = f(BOLD, 9.5f), it = f(ITAL, 8.5f), small = f(REG, 8.5f);

        Document d = new Document(PageSize.A4, 56, 56, 92, 62);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Running());
        d.addTitle("Esito gara scuola primaria - CIG B9F2C71A3E"); d.addCreator("Gare e Appalti - modulo Esiti"); d.addAuthor("utc");
        d.open();

        PdfPTable prot = new PdfPTable(2); prot.setWidthPercentage(100); prot.setWidths(new float[]{55, 45});
        PdfPCell pl = new PdfPCell(new Phrase("Prot. n. 2186 del 10/06/2026", b)); pl.setBorder(0);
        PdfPCell pr = new PdfPCell(new Phrase("Alla piattaforma di approvvigionamento digitale\nAll'Albo Pretorio on line \u2013 Sezione Amministrazione trasparente, Bandi di gara e contratti", small));
        pr.setBorder(0); pr.setHorizontalAlignment(Element.ALIGN_RIGHT);
        prot.addCell(pl); prot.addCell(pr); prot.setSpacingAfter(14);
        d.add(prot);

        d.add(p("AVVISO DI APPALTO AGGIUDICATO", f(BOLD, 14), Element.ALIGN_CENTER, 2));
        d.add(p("(ESITO DI GARA \u2013 art. 50, comma 9, del D.Lgs. 31 marzo 2023, n. 36)", f(REG, 9.5f), Element.ALIGN_CENTER, 12));

        PdfPTable o = new PdfPTable(2); o.setWidthPercentage(100); o.setWidths(new float[]{13, 87});
        PdfPCell ol = new PdfPCell(new Phrase("OGGETTO:", b)); ol.setBorder(0);
        PdfPCell ov = new PdfPCell(new Phrase("Procedura negoziata senza bando per l'affidamento dei lavori di adeguamento sismico ed efficientamento energetico della scuola primaria \u201cG. Marconi\u201d \u2013 Missione 4, Componente 1, Investimento 3.3 \u2013 CUP D54E24000560006 \u2013 CIG B9F2C71A3E.", b));
        ov.setBorder(0); ov.setHorizontalAlignment(Element.ALIGN_JUSTIFIED); ov.setLeading(0, 1.3f);
        o.addCell(ol); o.addCell(ov); o.setSpacingAfter(10);
        d.add(o);

        d.add(p("Ai sensi dell'art. 50, comma 9, del D.Lgs. 36/2023, si rende noto l'esito della procedura in oggetto, aggiudicata con determinazione del Responsabile dell'Area Tecnica n. 183 del 03/06/2026, divenuta efficace a seguito della verifica del possesso dei requisiti in capo all'aggiudicatario.", n, Element.ALIGN_JUSTIFIED, 10));

        Color sect = new Color(0xD9, 0xE2, 0xEC);
        PdfPTable t = new PdfPTable(2); t.setWidthPercentage(100); t.setWidths(new float[]{36, 64});
        t.addCell(cell("1. STAZIONE APPALTANTE", b, sect, 2));
        t.addCell(cell("Denominazione", n, null, 1)); t.addCell(cell("Comune di Castel Giorgio \u2013 Area Tecnica", n, null, 1));
        t.addCell(cell("Responsabile Unico del Progetto", n, null, 1)); t.addCell(cell("geom. Stefano Pieroni", n, null, 1));
        t.addCell(cell("2. OGGETTO DELL'APPALTO", b, sect, 2));
        t.addCell(cell("Tipologia", n, null, 1)); t.addCell(cell("Lavori \u2013 categoria prevalente OG1, classifica II", n, null, 1));
        t.addCell(cell("Importo a base di gara", n, null, 1)); t.addCell(cell("\u20ac 612.480,00, di cui \u20ac 18.300,00 per oneri della sicurezza non soggetti a ribasso, oltre IVA", n, null, 1));
        t.addCell(cell("Durata dei lavori", n, null, 1)); t.addCell(cell("240 giorni naturali e consecutivi dalla consegna", n, null, 1));
        t.addCell(cell("3. PROCEDURA", b, sect, 2));
        t.addCell(cell("Tipo di procedura", n, null, 1)); t.addCell(cell("Procedura negoziata senza bando, art. 50, comma 1, lett. d), del D.Lgs. 36/2023, svolta sulla piattaforma Net4market", n, null, 1));
        t.addCell(cell("Criterio di aggiudicazione", n, null, 1)); t.addCell(cell("Minor prezzo, con esclusione automatica delle offerte anomale (art. 54 del D.Lgs. 36/2023)", n, null, 1));
        t.addCell(cell("Lettera di invito", n, null, 1)); t.addCell(cell("prot. n. 1344 del 10/04/2026 \u2013 operatori invitati: n. 5", n, null, 1));
        t.addCell(cell("Offerte pervenute", n, null, 1)); t.addCell(cell("n. 4 (n. 1 esclusa per carenza documentale non sanabile)", n, null, 1));
        t.addCell(cell("4. AGGIUDICAZIONE", b, sect, 2));
        PdfPCell win = cell("Aggiudicatario", b, null, 1); win.setRowspan(3); win.setVerticalAlignment(Element.ALIGN_MIDDLE);
        t.addCell(win);
        t.addCell(cell("TIBERINA COSTRUZIONI S.R.L.", b, null, 1));
        t.addCell(cell("con sede in Orvieto (TR), via dei Tigli n. 14 \u2013 C.F. e P.IVA 01634270558", n, null, 1));
        t.addCell(cell("(impresa singola)", it, null, 1));
        t.addCell(cell("Ribasso offerto", n, null, 1)); t.addCell(cell("11,375% sull'importo soggetto a ribasso", n, null, 1));
        t.addCell(cell("Importo di aggiudicazione", n, null, 1)); t.addCell(cell("\u20ac 544.887,90, oltre IVA, di cui \u20ac 18.300,00 per oneri della sicurezza", n, null, 1));
        t.addCell(cell("Secondo classificato", n, null, 1)); t.addCell(cell("Edil Alfina S.a.s. di Moretti Luca & C. \u2013 ribasso 10,920%", n, null, 1));
        t.addCell(cell("Provvedimento di aggiudicazione", n, null, 1)); t.addCell(cell("Determinazione n. 183 del 03/06/2026 (Registro Generale)", n, null, 1));
        t.addCell(cell("5. RICORSI", b, sect, 2));
        t.addCell(cell("Organo competente", n, null, 1)); t.addCell(cell("T.A.R. per l'Umbria, via Baglioni n. 3, 06121 Perugia \u2013 termine di 30 giorni (art. 120 c.p.a.)", n, null, 1));
        t.setSpacingAfter(12);
        d.add(t);

        d.add(p("Gli atti della procedura sono consultabili presso l'Area Tecnica, previo appuntamento, e nella sezione \u201cAmministrazione trasparente \u2013 Bandi di gara e contratti\u201d del sito istituzionale. Il contratto sar\u00e0 stipulato in modalit\u00e0 elettronica decorso il termine dilatorio, ove applicabile.", n, Element.ALIGN_JUSTIFIED, 10));
        d.add(p("Castel Giorgio, 10/06/2026", n, Element.ALIGN_LEFT, 14));
        PdfPTable s = new PdfPTable(2); s.setWidthPercentage(100); s.setWidths(new float[]{50, 50});
        PdfPCell e = new PdfPCell(new Phrase("")); e.setBorder(0); s.addCell(e);
        PdfPCell sg = new PdfPCell(); sg.setBorder(0); sg.setHorizontalAlignment(Element.ALIGN_CENTER);
        Paragraph sp = new Paragraph("IL RESPONSABILE DELL'AREA TECNICA\nResponsabile Unico del Progetto\ngeom. Stefano Pieroni", n); sp.setAlignment(Element.ALIGN_CENTER);
        sg.addElement(sp);
        Paragraph sp2 = new Paragraph("(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)", it); sp2.setAlignment(Element.ALIGN_CENTER);
        sg.addElement(sp2);
        s.addCell(sg);
        d.add(s);
        d.close();
    }
}
