// Unione dei Comuni Citta' Caudina (BN) - determinazione N. 47/2026 R.G. (N. 12/2026 R.S.) of the
// Centrale Unica di Committenza. OpenPDF: register table with merged cells (rowspan/colspan), running
// head and foot written by a page event on every page ("Pagina X di Y" through a template).
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

public class D03Caudina {
    static Font f(int style, float size) { return FontFactory.getFont(FontFactory.TIMES_ROMAN, "Cp1252", false, size, style); }
    static Font h(int style, float size) { return FontFactory.getFont(FontFactory.HELVETICA, "Cp1252", false, size, style); }

    static class Running extends PdfPageEventHelper {
        PdfTemplate total; BaseFont bf;
        public void onOpenDocument(PdfWriter w, Document d) {
            total = w.getDirectContent().createTemplate(30, 12);
            try { bf = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, false); } catch (Exception e) { throw new RuntimeException(e); }
        }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            cb.saveState();
            cb.setLineWidth(0.5f); cb.setColorStroke(new Color(0x33, 0x55, 0x33));
            cb.moveTo(56, 806); cb.lineTo(539, 806); cb.stroke();
            cb.moveTo(56, 48); cb.lineTo(539, 48); cb.stroke();
            cb.beginText(); cb.setFontAndSize(bf, 7.5f); cb.setColorFill(new Color(0x33, 0x33, 0x33));
            cb.showTextAligned(Element.ALIGN_LEFT, "Unione dei Comuni Citt\u00e0 Caudina \u2013 Centrale Unica di Committenza", 56, 810, 0);
            cb.showTextAligned(Element.ALIGN_RIGHT, "Determinazione n. 47/2026 R.G.", 539, 810, 0);
            cb.showTextAligned(Element.ALIGN_LEFT, "Atto firmato digitalmente ai sensi del D.Lgs. 82/2005", 56, 38, 0);
            String s = "Pagina " + w.getPageNumber() + " di ";
            cb.showTextAligned(Element.ALIGN_RIGHT, s, 527, 38, 0);
            cb.endText();
            cb.addTemplate(total, 527, 38);
            cb.restoreState();
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText(); total.setFontAndSize(bf, 7.5f);
            total.setTextMatrix(0, 0); total.showText(String.valueOf(w.getPageNumber() - 1)); total.endText();
        }
    }

    static PdfPCell cell(String t, Font font, int align, Color bg) {
        PdfPCell c = new PdfPCell(new Phrase(t, font));
        c.setHorizontalAlignment(align); c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPadding(4); c.setBorderColor(new Color(0x55, 0x66, 0x55));
        if (bg != null) c.setBackgroundColor(bg);
        return c;
    }
    static Paragraph p(String t, Font font, int align, float after) {
        Paragraph p = new Paragraph(t, font); p.setAlignment(align); p.setSpacingAfter(after); p.setLeading(13.2f);
        return p;
    }

    public static void main(String[] a) throws Exception {
        Document d = new Document(PageSize.A4, 56, 56, 52, 62);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Running());
        d.addTitle("Determinazione CUC 47-2026"); d.addCreator("Halley Atti - Unione"); d.addAuthor("cuc.cittacaudina");
        d.open();
        Color green = new Color(0xE6, 0xEF, 0xE3);

        // letterhead: crest cell spanning two rows + name + member towns
        PdfPTable lh = new PdfPTable(new float[]{1.1f, 6f});
        lh.setWidthPercentage(100);
        PdfPCell crest = new PdfPCell(new Phrase("U.C.\nCITT\u00c0\nCAUDINA", h(Font.BOLD, 8)));
        crest.setRowspan(2); crest.setHorizontalAlignment(Element.ALIGN_CENTER); crest.setVerticalAlignment(Element.ALIGN_MIDDLE);
        crest.setBackgroundColor(new Color(0x2E, 0x5E, 0x2E)); crest.setPadding(6);
        crest.getPhrase().getFont().setColor(Color.WHITE);
        lh.addCell(crest);
        PdfPCell name = new PdfPCell(new Phrase("UNIONE DEI COMUNI CITT\u00c0 CAUDINA", f(Font.BOLD, 17)));
        name.setBorder(Rectangle.NO_BORDER); name.setPaddingLeft(10); name.setPaddingBottom(2);
        lh.addCell(name);
        PdfPCell towns = new PdfPCell(new Phrase("Sede legale: Piazza Umberto I \u2013 82016 Montesarchio (BN) \u2013 PEC: protocollo@pec.unionecittacaudina.it", h(Font.NORMAL, 7.5f)));
        towns.setBorder(Rectangle.NO_BORDER); towns.setPaddingLeft(10);
        lh.addCell(towns);
        lh.setSpacingAfter(10);
        d.add(lh);

        // register table with merged cells
        PdfPTable reg = new PdfPTable(new float[]{2.9f, 1.6f, 1.2f, 1.6f, 1.2f});
        reg.setWidthPercentage(100);
        Font lab = h(Font.BOLD, 8), val = h(Font.NORMAL, 9), big = h(Font.BOLD, 9.5f);
        PdfPCell org = cell("SETTORE TECNICO\nCentrale Unica di Committenza", big, Element.ALIGN_CENTER, null);
        org.setRowspan(3); reg.addCell(org);
        PdfPCell rg = cell("REGISTRO GENERALE", lab, Element.ALIGN_CENTER, green); rg.setColspan(2); reg.addCell(rg);
        PdfPCell rs = cell("REGISTRO DI SETTORE", lab, Element.ALIGN_CENTER, green); rs.setColspan(2); reg.addCell(rs);
        reg.addCell(cell("Numero", lab, Element.ALIGN_CENTER, null)); reg.addCell(cell("Data", lab, Element.ALIGN_CENTER, null));
        reg.addCell(cell("Numero", lab, Element.ALIGN_CENTER, null)); reg.addCell(cell("Data", lab, Element.ALIGN_CENTER, null));
        reg.addCell(cell("N. 47/2026 R.G.", big, Element.ALIGN_CENTER, null)); reg.addCell(cell("15/04/2026", val, Element.ALIGN_CENTER, null));
        reg.addCell(cell("N. 12/2026 R.S.", val, Element.ALIGN_CENTER, null)); reg.addCell(cell("14/04/2026", val, Element.ALIGN_CENTER, null));
        reg.setSpacingAfter(12);
        d.add(reg);

        d.add(p("DETERMINAZIONE DEL RESPONSABILE DELLA CENTRALE UNICA DI COMMITTENZA", f(Font.BOLD, 10.5f), Element.ALIGN_CENTER, 10));
        PdfPTable ogg = new PdfPTable(new float[]{1.45f, 8.55f}); ogg.setWidthPercentage(100);
        PdfPCell ol = new PdfPCell(new Phrase("OGGETTO:", f(Font.BOLD, 11))); ol.setBorder(Rectangle.TOP | Rectangle.BOTTOM); ol.setPadding(5);
        PdfPCell ov = new PdfPCell(new Phrase("Procedura negoziata senza bando per l'affidamento dei lavori di adeguamento sismico ed efficientamento energetico della scuola primaria di via Roma per conto del Comune di Airola \u2013 Nomina della commissione giudicatrice. CUP H17G24000310001 \u2013 CIG B8C41E2D77.", f(Font.BOLD, 11)));
        ov.setBorder(Rectangle.TOP | Rectangle.BOTTOM); ov.setPadding(5); ov.setHorizontalAlignment(Element.ALIGN_JUSTIFIED);
        ogg.addCell(ol); ogg.addCell(ov); ogg.setSpacingAfter(12);
        d.add(ogg);

        Font body = f(Font.NORMAL, 11);
        d.add(p("IL RESPONSABILE DELLA CENTRALE UNICA DI COMMITTENZA", f(Font.BOLD, 11), Element.ALIGN_CENTER, 8));
        String[] prem = {
            "Premesso che con deliberazione dell'Assemblea dell'Unione n. 9 del 28/06/2023 \u00e8 stata istituita la Centrale Unica di Committenza (CUC) tra i Comuni aderenti all'Unione, ai sensi dell'art. 62 del D.Lgs. 31 marzo 2023, n. 36, e che con decreto del Presidente dell'Unione n. 3 del 02/01/2026 \u00e8 stato nominato il sottoscritto Responsabile della CUC;",
            "Vista la determinazione a contrarre del Responsabile dell'Area Tecnica del Comune di Airola n. 88 del 16/02/2026, con la quale \u00e8 stato demandato alla CUC l'espletamento della procedura negoziata, ai sensi dell'art. 50, comma 1, lett. d), del D.Lgs. n. 36/2023, per l'affidamento dei lavori in oggetto, con il criterio dell'offerta economicamente pi\u00f9 vantaggiosa;",
            "Vista la propria determinazione n. 31/2026 R.G. del 10/03/2026, con la quale \u00e8 stata indetta la procedura sulla piattaforma telematica della CUC, con invito rivolto a dieci operatori economici e termine per la presentazione delle offerte fissato alle ore 12:00 del 13/04/2026;",
            "Dato atto che il termine \u00e8 scaduto e che, ai sensi dell'art. 93 del D.Lgs. n. 36/2023, occorre nominare la commissione giudicatrice per la valutazione delle offerte tecniche ed economiche;",
            "Acquisite le dichiarazioni di insussistenza di cause di incompatibilit\u00e0 e di astensione rese dai componenti individuati, conservate agli atti;",
            "Visti il D.Lgs. 18 agosto 2000, n. 267, lo Statuto dell'Unione e il Regolamento di funzionamento della CUC;",
        };
        for (String s : prem) d.add(p(s, body, Element.ALIGN_JUSTIFIED, 6));
        d.add(p("DETERMINA", f(Font.BOLD, 12), Element.ALIGN_CENTER, 8));
        String[] pts = {
            "1) di nominare la commissione giudicatrice della procedura in oggetto nella seguente composizione: ing. Carmine Iannotta, funzionario tecnico del Comune di Cervinara, presidente; arch. Filomena Pisaniello, funzionaria del Comune di Montesarchio, componente; geom. Antonio Mainolfi, istruttore tecnico del Comune di Rotondi, componente;",
            "2) di attribuire le funzioni di segretario verbalizzante alla dott.ssa Lucia Ruggiero, istruttore amministrativo della CUC;",
            "3) di dare atto che ai componenti interni alle amministrazioni aderenti non spetta alcun compenso aggiuntivo e che dal presente atto non derivano oneri a carico del bilancio dell'Unione;",
            "4) di pubblicare il presente provvedimento e i curricula dei componenti all'Albo Pretorio on line e nella sezione \"Amministrazione trasparente\" dell'Unione, ai sensi dell'art. 28 del D.Lgs. n. 36/2023.",
        };
        for (String s : pts) { Paragraph q = p(s, body, Element.ALIGN_JUSTIFIED, 6); q.setIndentationLeft(18); q.setFirstLineIndent(-18); d.add(q); }
        d.add(p("Montesarchio, 15/04/2026", body, Element.ALIGN_LEFT, 14));
        d.add(p("IL RESPONSABILE DELLA CUC\ning. Gennaro Pascarella", f(Font.BOLD, 11), Element.ALIGN_RIGHT, 24));

        PdfPTable att = new PdfPTable(1); att.setWidthPercentage(100);
        PdfPCell ac = new PdfPCell();
        ac.addElement(p("ATTESTAZIONE DI REGOLARIT\u00c0 CONTABILE", h(Font.BOLD, 9), Element.ALIGN_CENTER, 4));
        ac.addElement(p("Il presente atto non comporta impegno di spesa: non necessita del visto di copertura finanziaria ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000.", h(Font.NORMAL, 9), Element.ALIGN_JUSTIFIED, 4));
        ac.setPadding(6); ac.setBackgroundColor(new Color(0xF4, 0xF7, 0xF2));
        att.addCell(ac);
        d.add(att);
        d.close();
    }
}
