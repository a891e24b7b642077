// Determinazione of the Comune di Portomaggiore printed with iText 5
// (the "stampa atto" of a Java back-office: label grid, running head,
// "Pagina x di y" footer via a page event and a template).
import com.itextpdf.text.*;
import com.itextpdf.text.pdf.*;
import java.io.FileOutputStream;

public class Determina {
    static Font F = FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, 9.5f);
    static Font FB = FontFactory.getFont(FontFactory.HELVETICA_BOLD, BaseFont.CP1252, 9.5f);
    static Font FS = FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, 7.5f);
    static Font FSB = FontFactory.getFont(FontFactory.HELVETICA_BOLD, BaseFont.CP1252, 7.5f);
    static Font FT = FontFactory.getFont(FontFactory.TIMES_BOLD, BaseFont.CP1252, 15f);

    static class Furniture extends PdfPageEventHelper {
        PdfTemplate total; BaseFont bf;
        public void onOpenDocument(PdfWriter w, Document d) {
            total = w.getDirectContent().createTemplate(30, 12);
            try { bf = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, false); } catch (Exception e) { throw new RuntimeException(e); }
        }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            int p = w.getPageNumber();
            if (p > 1) {
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Comune di Portomaggiore - Determinazione n. 187 del 17/03/2026", FS), 50, 810, 0);
                cb.setLineWidth(0.4f); cb.moveTo(50, 805); cb.lineTo(545, 805); cb.stroke();
            }
            cb.setLineWidth(0.4f); cb.moveTo(50, 48); cb.lineTo(545, 48); cb.stroke();
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Atto firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i. - Codice documento: DT-2026-000187", FS), 50, 36, 0);
            String s = "Pagina " + p + " di ";
            float x = 545 - 16 - bf.getWidthPoint(s, 7.5f);
            cb.beginText(); cb.setFontAndSize(bf, 7.5f); cb.setTextMatrix(x, 36); cb.showText(s); cb.endText();
            cb.addTemplate(total, 545 - 16, 36);
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText(); total.setFontAndSize(bf, 7.5f); total.setTextMatrix(0, 0);
            total.showText(String.valueOf(w.getPageNumber())); total.endText();
        }
    }

    static PdfPCell cell(String t, Font f, float pad, int colspan, BaseColor bg) {
        PdfPCell c = new PdfPCell(new Phrase(t, f));
        c.setPadding(pad); c.setColspan(colspan);
        c.setBorderWidth(0.5f);
        if (bg != null) c.setBackgroundColor(bg);
        return c;
    }
    static Paragraph par(String t) {
        Paragraph p = new Paragraph(t, F);
        p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingAfter(4); p.setLeading(12.5f);
        return p;
    }

    public static void main(String[] a) throws Exception {
        Document d = new Document(PageSize.A4, 50, 50, 50, 62);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Furniture());
        d.addTitle("Determinazione n. 187/2026");
        d.addCreator("Gestione Atti Amministrativi - modulo Determine");
        d.open();

        BaseColor g = new BaseColor(225, 225, 225);
        PdfPTable head = new PdfPTable(new float[]{1, 5});
        head.setWidthPercentage(100);
        PdfPCell logo = new PdfPCell(new Phrase("[stemma]", FS));
        logo.setBorder(Rectangle.NO_BORDER); logo.setFixedHeight(48); logo.setHorizontalAlignment(Element.ALIGN_CENTER); logo.setVerticalAlignment(Element.ALIGN_MIDDLE);
        head.addCell(logo);
        PdfPCell name = new PdfPCell();
        name.setBorder(Rectangle.NO_BORDER);
        name.addElement(new Paragraph("COMUNE DI PORTOMAGGIORE", FT));
        name.addElement(new Paragraph("Provincia di Ferrara", F));
        name.addElement(new Paragraph("Piazza Umberto I, 5 - 44015 Portomaggiore (FE)", FS));
        head.addCell(name);
        head.setSpacingAfter(10);
        d.add(head);

        PdfPTable grid = new PdfPTable(new float[]{2.2f, 2.6f, 1.6f, 1.6f});
        grid.setWidthPercentage(100);
        grid.addCell(cell("SETTORE", FSB, 4, 1, g));
        grid.addCell(cell("SETTORE TECNICO", FB, 4, 3, null));
        grid.addCell(cell("SERVIZIO", FSB, 4, 1, g));
        grid.addCell(cell("SERVIZIO LAVORI PUBBLICI E MANUTENZIONI", FB, 4, 3, null));
        PdfPCell k = cell("DETERMINAZIONE DIRIGENZIALE", FB, 6, 2, g);
        k.setHorizontalAlignment(Element.ALIGN_CENTER); k.setRowspan(2); k.setVerticalAlignment(Element.ALIGN_MIDDLE);
        grid.addCell(k);
        grid.addCell(cell("N. Reg. Generale", FSB, 3, 1, g));
        grid.addCell(cell("Data", FSB, 3, 1, g));
        grid.addCell(cell("187", FB, 4, 1, null));
        grid.addCell(cell("17/03/2026", FB, 4, 1, null));
        grid.addCell(cell("N. Reg. Settore", FSB, 4, 1, g));
        grid.addCell(cell("42", F, 4, 1, null));
        grid.addCell(cell("Data proposta", FSB, 4, 1, g));
        grid.addCell(cell("12/03/2026", F, 4, 1, null));
        grid.addCell(cell("OGGETTO", FSB, 4, 1, g));
        grid.addCell(cell("AFFIDAMENTO DIRETTO, AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023, DEL SERVIZIO DI SFALCIO DEI CIGLI STRADALI E DELLE AREE VERDI COMUNALI - STAGIONE 2026 - ALLA DITTA VERDE DELTA S.R.L. - IMPEGNO DI SPESA - CIG B5A7C21E90", FB, 4, 3, null));
        grid.setSpacingAfter(12);
        d.add(grid);

        Paragraph t = new Paragraph("IL DIRIGENTE", FB); t.setAlignment(Element.ALIGN_CENTER); t.setSpacingAfter(6); d.add(t);
        String[] prem = {
            "Richiamato il decreto sindacale n. 4 del 08/01/2026, con il quale al sottoscritto è stato conferito l'incarico di direzione del Settore Tecnico;",
            "Richiamate la deliberazione del Consiglio Comunale n. 71 del 19/12/2025, di approvazione del bilancio di previsione 2026/2028, e la deliberazione della Giunta Comunale n. 2 del 13/01/2026, di approvazione del Piano Esecutivo di Gestione 2026/2028;",
            "Premesso che occorre provvedere, per la stagione vegetativa 2026, allo sfalcio dei cigli delle strade comunali extraurbane (circa 118 km) e delle aree verdi di frazione, non coperte dal contratto di global service in essere;",
            "Dato atto che il servizio non è presente tra le convenzioni attive di Consip S.p.A. e di Intercent-ER e che è stata svolta sulla piattaforma SATER una richiesta di preventivo alla ditta Verde Delta S.r.l., con sede in Argenta (FE), P.IVA 01987650384, in possesso di documentate esperienze pregresse;",
            "Vista l'offerta pervenuta in data 10/03/2026, registro di sistema PI081245-26, per l'importo di € 36.850,00 oltre IVA 22%, ritenuta congrua dal RUP;",
            "Visto l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36;",
            "Accertata la regolarità contributiva della ditta (DURC prot. INPS_49871230, scadenza 18/06/2026);"};
        for (String s : prem) d.add(par(s));
        Paragraph det = new Paragraph("D E T E R M I N A", FB); det.setAlignment(Element.ALIGN_CENTER); det.setSpacingBefore(6); det.setSpacingAfter(6); d.add(det);
        String[] pts = {
            "di affidare alla ditta Verde Delta S.r.l. il servizio di sfalcio dei cigli stradali e delle aree verdi comunali per la stagione 2026, per l'importo di € 36.850,00 oltre IVA 22%, per complessivi € 44.957,00;",
            "di impegnare la spesa di € 44.957,00 alla Missione 09, Programma 02, capitolo 1510/20 \"Manutenzione verde pubblico - prestazioni di servizi\" del bilancio 2026/2028, esercizio 2026;",
            "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
            "di dare atto che il Responsabile Unico del Progetto è il Geom. Marta Bonazzi, istruttore tecnico del Servizio Lavori Pubblici e Manutenzioni;",
            "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione \"Amministrazione Trasparente\" ai sensi dell'art. 37 del D.Lgs. 33/2013."};
        com.itextpdf.text.List list = new com.itextpdf.text.List(com.itextpdf.text.List.ORDERED);
        list.setSymbolIndent(16);
        for (String s : pts) { ListItem li = new ListItem(s, F); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setSpacingAfter(3); li.setLeading(12.5f); list.add(li); }
        d.add(list);

        Paragraph sig = new Paragraph("Portomaggiore, 17/03/2026", F); sig.setSpacingBefore(14); d.add(sig);
        Paragraph s1 = new Paragraph("IL DIRIGENTE DEL SETTORE TECNICO\nIng. Luca Zanardi\n(documento firmato digitalmente)", F);
        s1.setAlignment(Element.ALIGN_RIGHT); s1.setSpacingAfter(16); d.add(s1);

        PdfPTable vis = new PdfPTable(1); vis.setWidthPercentage(100);
        PdfPCell vc = new PdfPCell(); vc.setPadding(6); vc.setBorderWidth(0.6f);
        vc.addElement(new Paragraph("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", FSB));
        vc.addElement(new Paragraph("Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile attestante la copertura finanziaria. Impegno n. 512/2026 di € 44.957,00.", FS));
        vc.addElement(new Paragraph("Portomaggiore, 18/03/2026 - Il Dirigente del Settore Finanze - Dott.ssa Elisa Bottoni (firmato digitalmente)", FS));
        vis.addCell(vc);
        d.add(vis);
        d.close();
    }
}
