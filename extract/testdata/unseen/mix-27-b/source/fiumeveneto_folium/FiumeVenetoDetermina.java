// Comune di Fiume Veneto - determinazione in the style of APSystems "Folium" atti print:
// label grid (Area / Servizio / registers), OGGETTO cell, numbered points, running head and
// "Pagina x" footer drawn by a page event, visto contabile table. OpenPDF 1.3.43.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

public class FiumeVenetoDetermina {
    static BaseFont bf, bfb, bfi;
    static Font f(BaseFont b, float s) { return new Font(b, s); }

    public static void main(String[] a) throws Exception {
        String L = "/usr/share/fonts/truetype/liberation/";
        bf = BaseFont.createFont(L + "LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfb = BaseFont.createFont(L + "LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfi = BaseFont.createFont(L + "LiberationSans-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document d = new Document(PageSize.A4, 56, 56, 62, 56);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document doc) {
                PdfContentByte cb = wr.getDirectContent();
                cb.beginText();
                cb.setFontAndSize(bfi, 7.5f);
                cb.showTextAligned(Element.ALIGN_LEFT, "Comune di Fiume Veneto - Determinazione n. 214 del 20/03/2026", 56, 810, 0);
                cb.showTextAligned(Element.ALIGN_RIGHT, "Folium - Atti amministrativi", 539, 810, 0);
                cb.showTextAligned(Element.ALIGN_CENTER, "Pagina " + wr.getPageNumber(), 297, 30, 0);
                cb.showTextAligned(Element.ALIGN_LEFT, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.", 56, 42, 0);
                cb.endText();
                cb.setLineWidth(0.4f);
                cb.moveTo(56, 805); cb.lineTo(539, 805); cb.stroke();
            }
        });
        d.addTitle("Determinazione n. 214/2026");
        d.addCreator("APSystems Folium");
        d.open();

        PdfPTable h = new PdfPTable(new float[]{1.3f, 6f});
        h.setWidthPercentage(100);
        PdfPCell crest = new PdfPCell(new Phrase("stemma", f(bfi, 7)));
        crest.setFixedHeight(54); crest.setHorizontalAlignment(Element.ALIGN_CENTER); crest.setVerticalAlignment(Element.ALIGN_MIDDLE);
        crest.setBorderColor(Color.GRAY);
        h.addCell(crest);
        Paragraph ente = new Paragraph();
        ente.add(new Chunk("COMUNE DI FIUME VENETO\n", f(bfb, 15)));
        ente.add(new Chunk("Regione Autonoma Friuli Venezia Giulia\n", f(bf, 9)));
        ente.add(new Chunk("Piazza Marconi, 1 - 33080 Fiume Veneto (PN) - www.comune.fiumeveneto.pn.it", f(bf, 8)));
        PdfPCell ec = new PdfPCell(ente); ec.setBorder(0); ec.setPaddingLeft(10); ec.setVerticalAlignment(Element.ALIGN_MIDDLE);
        h.addCell(ec);
        d.add(h);
        d.add(new Paragraph(" ", f(bf, 6)));

        PdfPTable g = new PdfPTable(new float[]{2.2f, 3f, 2.2f, 3f});
        g.setWidthPercentage(100);
        String[][] rows = {
            {"AREA", "Area Tecnica", "SERVIZIO", "Servizio Manutenzioni"},
            {"DETERMINAZIONE N.", "214", "DATA", "20/03/2026"},
            {"REG. DI AREA N.", "61", "DEL", "18/03/2026"}};
        for (String[] r : rows) for (int i = 0; i < 4; i++) {
            PdfPCell c = new PdfPCell(new Phrase(r[i], i % 2 == 0 ? f(bfb, 8.5f) : f(bf, 10)));
            if (i % 2 == 0) c.setBackgroundColor(new Color(230, 230, 230));
            c.setPadding(4); g.addCell(c);
        }
        d.add(g);
        d.add(new Paragraph(" ", f(bf, 6)));
        Paragraph tit = new Paragraph("DETERMINAZIONE DEL RESPONSABILE DI AREA", f(bfb, 11));
        tit.setAlignment(Element.ALIGN_CENTER);
        d.add(tit);
        d.add(new Paragraph(" ", f(bf, 4)));
        PdfPTable o = new PdfPTable(new float[]{1.4f, 8f});
        o.setWidthPercentage(100);
        PdfPCell ol = new PdfPCell(new Phrase("OGGETTO:", f(bfb, 10))); ol.setBorder(Rectangle.TOP | Rectangle.BOTTOM); ol.setPadding(5);
        PdfPCell ot = new PdfPCell(new Phrase("Servizio di sfalcio e manutenzione delle aree verdi comunali - stagione 2026. Affidamento diretto alla ditta Verde Livenza Soc. Coop. Sociale - CIG B7C2E10A4F. Impegno di spesa.", f(bfb, 10)));
        ot.setBorder(Rectangle.TOP | Rectangle.BOTTOM); ot.setPadding(5);
        o.addCell(ol); o.addCell(ot);
        d.add(o);
        d.add(new Paragraph(" ", f(bf, 6)));
        Paragraph r = new Paragraph("IL RESPONSABILE DELL'AREA TECNICA", f(bfb, 10));
        r.setAlignment(Element.ALIGN_CENTER); d.add(r);
        String[] prem = {
            "PREMESSO che con decreto del Sindaco n. 4 del 02/01/2026 la sottoscritta è stata nominata Responsabile dell'Area Tecnica con attribuzione dell'incarico di Elevata Qualificazione;",
            "RICHIAMATE la deliberazione del Consiglio comunale n. 58 del 19/12/2025, di approvazione del bilancio di previsione 2026-2028, e la deliberazione della Giunta comunale n. 3 del 14/01/2026, di approvazione del Piano esecutivo di gestione;",
            "CONSIDERATO che il contratto per il servizio di sfalcio delle aree verdi è scaduto il 31/12/2025 e che occorre garantire la manutenzione dei parchi, delle aiuole e delle banchine stradali a partire dal mese di aprile;",
            "VISTO il preventivo presentato tramite la piattaforma eAppaltiFVG dalla ditta Verde Livenza Soc. Coop. Sociale, con sede in Pasiano di Pordenone, per l'importo di euro 62.800,00 oltre IVA 22%, ritenuto congruo rispetto ai prezzi di mercato;",
            "VISTO l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36;",
            "ACCERTATA la regolarità contributiva della ditta (DURC prot. INAIL_52218734, valido fino al 14/07/2026);"};
        Font pf = f(bf, 10);
        for (String s : prem) { Paragraph p = new Paragraph(s, pf); p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingAfter(4); p.setLeading(13.5f); d.add(p); }
        Paragraph dt = new Paragraph("D E T E R M I N A", f(bfb, 10.5f)); dt.setAlignment(Element.ALIGN_CENTER); dt.setSpacingBefore(4); dt.setSpacingAfter(4); d.add(dt);
        String[] pts = {
            "di affidare, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023, alla ditta Verde Livenza Soc. Coop. Sociale (P.IVA 01684520937) il servizio di sfalcio e manutenzione delle aree verdi comunali per la stagione 2026, per l'importo di euro 62.800,00 oltre IVA;",
            "di impegnare la spesa complessiva di euro 76.616,00 IVA compresa alla Missione 9, Programma 2, capitolo 1782 \"Manutenzione del verde pubblico\" del bilancio 2026;",
            "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
            "di nominare Responsabile Unico del Progetto il geom. Mauro Zanin, istruttore tecnico dell'Area;",
            "di disporre la pubblicazione del presente atto all'Albo pretorio on line e nella sezione \"Amministrazione trasparente\" del sito istituzionale."};
        for (int i = 0; i < pts.length; i++) {
            Paragraph p = new Paragraph((i + 1) + ". " + pts[i], pf);
            p.setIndentationLeft(16); p.setFirstLineIndent(-16); p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingAfter(4); p.setLeading(13.5f);
            d.add(p);
        }
        Paragraph fi = new Paragraph("Il Responsabile dell'Area Tecnica\narch. Giulia Pessot", f(bf, 10));
        fi.setAlignment(Element.ALIGN_RIGHT); fi.setSpacingBefore(10); d.add(fi);

        d.newPage();
        Paragraph vt = new Paragraph("VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", f(bfb, 10));
        vt.setAlignment(Element.ALIGN_CENTER); vt.setSpacingAfter(6); d.add(vt);
        Paragraph vp = new Paragraph("Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa, con le seguenti registrazioni:", pf);
        vp.setAlignment(Element.ALIGN_JUSTIFIED); vp.setSpacingAfter(6); d.add(vp);
        PdfPTable im = new PdfPTable(new float[]{1.2f, 1f, 1.4f, 3.5f, 1.8f});
        im.setWidthPercentage(100);
        String[] ih = {"Impegno", "Anno", "Capitolo", "Beneficiario", "Importo"};
        for (String s : ih) { PdfPCell c = new PdfPCell(new Phrase(s, f(bfb, 8.5f))); c.setBackgroundColor(new Color(230,230,230)); c.setPadding(3); im.addCell(c); }
        String[] iv = {"412", "2026", "1782/0", "VERDE LIVENZA SOC. COOP. SOCIALE", "76.616,00"};
        for (String s : iv) { PdfPCell c = new PdfPCell(new Phrase(s, f(bf, 9))); c.setPadding(3); im.addCell(c); }
        d.add(im);
        Paragraph vf = new Paragraph("Fiume Veneto, 20/03/2026\nIl Responsabile dell'Area Economico-Finanziaria\ndott. Roberto Bortolin", f(bf, 10));
        vf.setAlignment(Element.ALIGN_RIGHT); vf.setSpacingBefore(10); d.add(vf);
        d.close();
    }
}
