// Determinazione of the Comune di Leverano: grid print of a .NET-style gestionale, drawn with OpenPDF
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

public class DeterminaLeverano {
    static BaseFont bf, bfb;
    static Font f(float s) { return new Font(bf, s); }
    static Font b(float s) { return new Font(bfb, s); }
    static PdfPCell cell(String t, Font fo, Color bg, int align, int colspan) {
        PdfPCell c = new PdfPCell(new Phrase(t, fo));
        if (bg != null) c.setBackgroundColor(bg);
        c.setHorizontalAlignment(align); c.setColspan(colspan); c.setPadding(4f); c.setBorderColor(new Color(120,120,120));
        return c;
    }
    static Paragraph para(String t, Font fo, int align, float after) {
        Paragraph p = new Paragraph(t, fo); p.setAlignment(align); p.setSpacingAfter(after); p.setLeading(0, 1.25f); return p;
    }
    public static void main(String[] a) throws Exception {
        bf = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfb = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document doc = new Document(PageSize.A4, 50, 50, 50, 60);
        PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(a[0]));
        final Color grey = new Color(221, 226, 232);
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document d) {
                PdfContentByte cb = wr.getDirectContent();
                cb.setLineWidth(0.5f); cb.moveTo(50, 48); cb.lineTo(545, 48); cb.stroke();
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.", f(7)), 50, 38, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Determinazione R.G. n. 312/2026 - Pagina " + wr.getPageNumber(), f(7)), 545, 38, 0);
            }
        });
        doc.open();
        doc.addTitle("Determinazione R.G. 312/2026"); doc.addCreator("Gestione Atti Amministrativi");

        PdfPTable head = new PdfPTable(new float[]{1f, 5f}); head.setWidthPercentage(100);
        PdfPCell crest = new PdfPCell(new Phrase("[stemma]", f(7))); crest.setBorder(0); crest.setHorizontalAlignment(Element.ALIGN_CENTER); crest.setVerticalAlignment(Element.ALIGN_MIDDLE); crest.setFixedHeight(50);
        head.addCell(crest);
        PdfPCell ente = new PdfPCell(); ente.setBorder(0);
        ente.addElement(para("COMUNE DI LEVERANO", b(17), Element.ALIGN_LEFT, 0));
        ente.addElement(para("Provincia di Lecce", f(10), Element.ALIGN_LEFT, 0));
        ente.addElement(para("Piazza Roma, 1 - 73045 Leverano (LE) - Tel. 0832 923111", f(7.5f), Element.ALIGN_LEFT, 0));
        head.addCell(ente);
        doc.add(head);
        doc.add(para(" ", f(4), Element.ALIGN_LEFT, 0));

        PdfPTable reg = new PdfPTable(new float[]{1f, 1f}); reg.setWidthPercentage(100);
        reg.addCell(cell("SETTORE III - LAVORI PUBBLICI, PATRIMONIO E AMBIENTE", b(10), grey, Element.ALIGN_CENTER, 2));
        reg.addCell(cell("Servizio Manutenzioni e Verde Pubblico", f(9), null, Element.ALIGN_CENTER, 2));
        reg.addCell(cell("DETERMINAZIONE DIRIGENZIALE", b(11), null, Element.ALIGN_CENTER, 2));
        reg.addCell(cell("Registro di Settore", f(8), grey, Element.ALIGN_CENTER, 1));
        reg.addCell(cell("Registro Generale", f(8), grey, Element.ALIGN_CENTER, 1));
        reg.addCell(cell("N. 58 del 17/03/2026", b(10), null, Element.ALIGN_CENTER, 1));
        reg.addCell(cell("N. 312 del 17/03/2026", b(10), null, Element.ALIGN_CENTER, 1));
        doc.add(reg);
        doc.add(para(" ", f(4), Element.ALIGN_LEFT, 0));

        PdfPTable ogg = new PdfPTable(new float[]{1f, 5f}); ogg.setWidthPercentage(100);
        ogg.addCell(cell("OGGETTO:", b(9.5f), grey, Element.ALIGN_LEFT, 1));
        ogg.addCell(cell("Servizio di manutenzione ordinaria del verde pubblico comunale - periodo aprile/dicembre 2026. Determina a contrarre e affidamento diretto ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023. CIG B7F3A21C09.", b(9.5f), null, Element.ALIGN_LEFT, 1));
        doc.add(ogg);
        doc.add(para(" ", f(6), Element.ALIGN_LEFT, 0));

        doc.add(para("IL RESPONSABILE DEL SETTORE", b(10.5f), Element.ALIGN_CENTER, 6));
        String[] prem = {
            "Visto il Decreto Sindacale n. 4 del 08/01/2026, con il quale è stato conferito al sottoscritto l'incarico di Elevata Qualificazione del Settore III - Lavori Pubblici, Patrimonio e Ambiente;",
            "Vista la deliberazione del Consiglio Comunale n. 61 del 23/12/2025, di approvazione del bilancio di previsione 2026-2028, e la deliberazione della Giunta Comunale n. 7 del 20/01/2026, di approvazione del Piano Esecutivo di Gestione;",
            "Premesso che il contratto per la manutenzione del verde pubblico è scaduto il 28/02/2026 e che è necessario garantire lo sfalcio delle aree verdi, la potatura delle siepi e la cura delle aiuole delle piazze e dei giardini comunali a partire dal mese di aprile;",
            "Richiamati l'art. 17, comma 1, e l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consentono l'affidamento diretto dei servizi di importo inferiore a € 140.000,00;",
            "Dato atto che, a seguito di richiesta di preventivo tramite la piattaforma di approvvigionamento digitale EmPULIA, la ditta Verde Salento Soc. Coop. (P.IVA 04561230752) ha offerto l'importo di € 38.650,00 oltre IVA al 22%, ritenuto congruo;",
            "Verificato il possesso dei requisiti di ordine generale e la regolarità contributiva (DURC prot. INAIL_51234987, valido fino al 02/07/2026);"
        };
        for (String s : prem) doc.add(para(s, f(9.5f), Element.ALIGN_JUSTIFIED, 4));
        doc.add(para("DETERMINA", b(10.5f), Element.ALIGN_CENTER, 6));
        String[] pts = {
            "1. di dare atto che le premesse costituiscono parte integrante e sostanziale del presente provvedimento;",
            "2. di affidare alla ditta Verde Salento Soc. Coop., con sede in Copertino (LE), il servizio di manutenzione ordinaria del verde pubblico comunale per il periodo aprile/dicembre 2026, per l'importo di € 38.650,00 oltre IVA al 22%, per complessivi € 47.153,00;",
            "3. di impegnare la spesa complessiva di € 47.153,00 sulla missione 09, programma 02, capitolo 2045 del bilancio 2026-2028, esercizio 2026;",
            "4. di stabilire che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
            "5. di trasmettere il presente atto al Settore Economico-Finanziario per l'apposizione del visto di regolarità contabile attestante la copertura finanziaria."
        };
        for (String s : pts) { Paragraph p = para(s, f(9.5f), Element.ALIGN_JUSTIFIED, 4); p.setIndentationLeft(12); doc.add(p); }
        doc.add(para(" ", f(6), Element.ALIGN_LEFT, 0));
        PdfPTable sig = new PdfPTable(new float[]{1f, 1f}); sig.setWidthPercentage(100);
        PdfPCell e = new PdfPCell(new Phrase("Leverano, 17/03/2026", f(9.5f))); e.setBorder(0); sig.addCell(e);
        PdfPCell s = new PdfPCell(); s.setBorder(0);
        s.addElement(para("IL RESPONSABILE DEL SETTORE III", b(9.5f), Element.ALIGN_CENTER, 0));
        s.addElement(para("Ing. Cosimo Greco", f(9.5f), Element.ALIGN_CENTER, 0));
        sig.addCell(s);
        doc.add(sig);
        doc.add(para(" ", f(8), Element.ALIGN_LEFT, 0));

        PdfPTable vis = new PdfPTable(new float[]{1.2f, 1.3f, 1f, 1f, 1.2f}); vis.setWidthPercentage(100);
        vis.addCell(cell("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (art. 183, comma 7, D.Lgs. 267/2000)", b(8.5f), grey, Element.ALIGN_CENTER, 5));
        for (String h : new String[]{"Impegno", "Capitolo", "Esercizio", "Importo", "Data"}) vis.addCell(cell(h, b(8), grey, Element.ALIGN_CENTER, 1));
        for (String h : new String[]{"418/2026", "2045", "2026", "€ 47.153,00", "17/03/2026"}) vis.addCell(cell(h, f(8.5f), null, Element.ALIGN_CENTER, 1));
        vis.addCell(cell("Esito: FAVOREVOLE - Il Responsabile del Settore Economico-Finanziario Dott.ssa Anna Maria Perrone", f(8.5f), null, Element.ALIGN_LEFT, 5));
        doc.add(vis);
        doc.add(para(" ", f(6), Element.ALIGN_LEFT, 0));
        PdfPTable pub = new PdfPTable(1); pub.setWidthPercentage(100);
        pub.addCell(cell("PUBBLICAZIONE - La presente determinazione è pubblicata all'Albo Pretorio on line dal 18/03/2026 per 15 giorni consecutivi (N. Reg. Pubbl. 604).", f(8.5f), null, Element.ALIGN_LEFT, 1));
        doc.add(pub);
        doc.close();
    }
}
