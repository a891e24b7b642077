// Determinazione of the Unione dei Comuni Valli dell'Antola e del Tigullio,
// laid out like an iText 7 report (label grid, grey section bands), written
// with OpenPDF 1.3 (the LGPL iText fork). Run with:
//   java -cp openpdf-1.3.43.jar Determina.java out.pdf
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

public class Determina {
    static Font f(int style, float size) { return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style); }
    static final Font N = f(Font.NORMAL, 9.5f), B = f(Font.BOLD, 9.5f), SM = f(Font.NORMAL, 7.5f), T = f(Font.BOLD, 14f), H = f(Font.BOLD, 11f);
    static final Color BAND = new Color(0xDD, 0xDD, 0xDD);

    static PdfPCell cell(String s, Font font, Color bg, int colspan) {
        PdfPCell c = new PdfPCell(new Phrase(s, font));
        if (bg != null) c.setBackgroundColor(bg);
        c.setColspan(colspan); c.setPadding(4f); c.setBorderColor(new Color(0x88, 0x88, 0x88));
        return c;
    }
    static Paragraph p(String s) { Paragraph p = new Paragraph(s, N); p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingAfter(4f); p.setLeading(12.5f); return p; }
    static PdfPTable band(String s) throws Exception {
        PdfPTable t = new PdfPTable(1); t.setWidthPercentage(100); t.setSpacingBefore(6f); t.setSpacingAfter(5f);
        PdfPCell c = cell(s, B, BAND, 1); c.setHorizontalAlignment(Element.ALIGN_CENTER); c.setBorder(Rectangle.NO_BORDER); t.addCell(c); return t;
    }

    public static void main(String[] a) throws Exception {
        Document d = new Document(PageSize.A4, 50, 50, 60, 60);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document doc) {
                PdfContentByte cb = wr.getDirectContent();
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Unione dei Comuni Valli dell'Antola e del Tigullio - Determinazione R.G. n. 112/2026", SM), 50, 35, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Pag. " + wr.getPageNumber(), SM), 545, 35, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.", SM), 50, 25, 0);
                cb.setLineWidth(0.5f); cb.moveTo(50, 45); cb.lineTo(545, 45); cb.stroke();
            }
        });
        d.addTitle("Determinazione 112/2026"); d.addAuthor("Unione dei Comuni Valli dell'Antola e del Tigullio");
        d.open();
        Paragraph h = new Paragraph("UNIONE DEI COMUNI VALLI DELL'ANTOLA E DEL TIGULLIO", T); h.setAlignment(Element.ALIGN_CENTER); d.add(h);
        h = new Paragraph("Città Metropolitana di Genova", N); h.setAlignment(Element.ALIGN_CENTER); d.add(h);
        h = new Paragraph("Comuni di Fascia, Fontanigorda, Gorreto, Montebruno, Propata, Rondanina, Rovegno, Torriglia", SM); h.setAlignment(Element.ALIGN_CENTER); h.setSpacingAfter(10f); d.add(h);

        PdfPTable g = new PdfPTable(new float[]{1.4f, 1f, 1.4f, 1f}); g.setWidthPercentage(100);
        g.addCell(cell("AREA TECNICA", H, BAND, 4));
        g.addCell(cell("Servizio Lavori Pubblici e Manutenzioni", N, null, 4));
        g.addCell(cell("DETERMINAZIONE N. (Registro di Area)", SM, null, 1)); g.addCell(cell("38", B, null, 1));
        g.addCell(cell("REGISTRO GENERALE N.", SM, null, 1)); g.addCell(cell("112", B, null, 1));
        g.addCell(cell("DATA ADOZIONE", SM, null, 1)); g.addCell(cell("05/05/2026", B, null, 1));
        g.addCell(cell("CIG", SM, null, 1)); g.addCell(cell("B71C4E20A9", B, null, 1));
        d.add(g);

        PdfPTable o = new PdfPTable(new float[]{1f, 5f}); o.setWidthPercentage(100); o.setSpacingBefore(8f);
        PdfPCell oc = cell("OGGETTO:", B, null, 1); oc.setBorder(Rectangle.NO_BORDER); o.addCell(oc);
        oc = cell("AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023 DEL SERVIZIO DI SFALCIO E MANUTENZIONE DEL VERDE LUNGO LA VIABILITÀ DI COMPETENZA DELL'UNIONE – ANNUALITÀ 2026 – IMPEGNO DI SPESA", B, null, 1);
        oc.setBorder(Rectangle.NO_BORDER); o.addCell(oc); d.add(o);

        d.add(band("IL RESPONSABILE DELL'AREA TECNICA"));
        d.add(p("VISTO il decreto del Presidente dell'Unione n. 3 del 09/01/2026, con il quale è stata attribuita al sottoscritto la responsabilità dell'Area Tecnica;"));
        d.add(p("VISTA la deliberazione dell'Assemblea dell'Unione n. 4 del 27/02/2026, esecutiva, di approvazione del bilancio di previsione 2026/2028;"));
        d.add(p("PREMESSO che si rende necessario provvedere, nel periodo maggio-ottobre 2026, allo sfalcio delle banchine e alla manutenzione del verde lungo la viabilità trasferita all'Unione, per garantire la sicurezza della circolazione;"));
        d.add(p("DATO ATTO che, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, è consentito l'affidamento diretto di servizi di importo inferiore a € 140.000,00, anche senza consultazione di più operatori economici;"));
        d.add(p("VISTO il preventivo presentato tramite la piattaforma di approvvigionamento digitale dalla ditta Verde Trebbia S.r.l. di Montebruno, acquisito al prot. n. 1187 del 28/04/2026, per l'importo di € 18.400,00 oltre IVA 22%, ritenuto congruo;"));
        d.add(p("ACCERTATA la regolarità contributiva dell'operatore economico (DURC prot. INAIL_52281904) e verificato il possesso dei requisiti di ordine generale;"));

        d.add(band("D E T E R M I N A"));
        String[] pts = {
            "di affidare alla ditta Verde Trebbia S.r.l., con sede in Montebruno (GE), P.IVA 02917650993, il servizio di sfalcio e manutenzione del verde lungo la viabilità di competenza dell'Unione per l'annualità 2026, per l'importo di € 18.400,00 oltre IVA 22%, per complessivi € 22.448,00;",
            "di impegnare la spesa complessiva di € 22.448,00 alla Missione 10, Programma 05, capitolo 8120 del bilancio di previsione 2026/2028, esercizio 2026;",
            "di dare atto che il Responsabile Unico del Progetto è il geom. Stefano Cevasco;",
            "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione Amministrazione Trasparente ai sensi del D.Lgs. 33/2013."};
        com.lowagie.text.List l = new com.lowagie.text.List(com.lowagie.text.List.ORDERED);
        l.setIndentationLeft(10f);
        for (String s : pts) { ListItem li = new ListItem(s, N); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setSpacingAfter(4f); l.add(li); }
        d.add(l);

        Paragraph s = new Paragraph("Torriglia, 05/05/2026", N); s.setSpacingBefore(12f); d.add(s);
        s = new Paragraph("IL RESPONSABILE DELL'AREA TECNICA\nIng. Paolo Repetto", B); s.setAlignment(Element.ALIGN_RIGHT); d.add(s);

        d.add(band("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA"));
        PdfPTable v = new PdfPTable(new float[]{1.2f, 1f, 1f, 1.3f}); v.setWidthPercentage(100);
        for (String x : new String[]{"Impegno", "Esercizio", "Capitolo", "Importo"}) v.addCell(cell(x, B, BAND, 1));
        for (String x : new String[]{"212/2026", "2026", "8120", "€ 22.448,00"}) v.addCell(cell(x, N, null, 1));
        d.add(v);
        s = new Paragraph("Torriglia, 06/05/2026 - IL RESPONSABILE DEL SERVIZIO FINANZIARIO - Dott.ssa Ilaria Bacigalupo", SM); s.setSpacingBefore(4f); d.add(s);
        d.close();
    }
}
