// Determinazione dirigenziale, Comune di Modugno, iText 7 (kernel + layout)
import com.itextpdf.kernel.pdf.*;
import com.itextpdf.kernel.font.*;
import com.itextpdf.kernel.geom.*;
import com.itextpdf.kernel.colors.*;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.events.*;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.layout.*;
import com.itextpdf.layout.element.*;
import com.itextpdf.layout.borders.*;
import com.itextpdf.layout.properties.*;

public class Determina {
    static final String F = "/usr/share/fonts/truetype/liberation/";
    static PdfFont reg, bold, ital;

    static class Footer implements IEventHandler {
        public void handleEvent(Event e) {
            PdfDocumentEvent ev = (PdfDocumentEvent) e;
            PdfPage page = ev.getPage();
            int n = ev.getDocument().getPageNumber(page);
            PdfCanvas c = new PdfCanvas(page);
            c.beginText().setFontAndSize(reg, 7.5f).moveText(56, 30)
             .showText("Determinazione Dirigenziale R.G. n. 312 del 11/03/2026 - Settore Servizi Sociali, Pubblica Istruzione e Cultura").endText();
            c.beginText().setFontAndSize(reg, 7.5f).moveText(500, 30).showText("Pagina " + n).endText();
            c.beginText().setFontAndSize(ital, 7f).moveText(56, 20)
             .showText("Documento informatico sottoscritto con firma digitale ai sensi dell'art. 24 del D.Lgs. 7 marzo 2005, n. 82 (CAD)").endText();
            c.release();
        }
    }

    static Paragraph p(String s) {
        return new Paragraph(s).setFont(reg).setFontSize(10.5f).setTextAlignment(TextAlignment.JUSTIFIED).setMultipliedLeading(1.25f).setMarginBottom(3);
    }
    static Cell cell(String s, PdfFont f, float size) {
        return new Cell().add(new Paragraph(s).setFont(f).setFontSize(size)).setPadding(4);
    }

    public static void main(String[] a) throws Exception {
        reg = PdfFontFactory.createFont(F + "LiberationSans-Regular.ttf", PdfEncodings.IDENTITY_H);
        bold = PdfFontFactory.createFont(F + "LiberationSans-Bold.ttf", PdfEncodings.IDENTITY_H);
        ital = PdfFontFactory.createFont(F + "LiberationSans-Italic.ttf", PdfEncodings.IDENTITY_H);
        PdfDocument pdf = new PdfDocument(new PdfWriter(a[0]));
        pdf.getDocumentInfo().setTitle("Determinazione dirigenziale R.G. 312/2026");
        pdf.getDocumentInfo().setAuthor("Comune di Modugno");
        pdf.getDocumentInfo().setCreator("Gestione Atti - stampa determinazioni");
        pdf.addEventHandler(PdfDocumentEvent.END_PAGE, new Footer());
        Document d = new Document(pdf, PageSize.A4);
        d.setMargins(40, 50, 55, 56);

        Table h = new Table(UnitValue.createPercentArray(new float[]{15, 85})).useAllAvailableWidth();
        h.addCell(new Cell().add(new Paragraph("STEMMA").setFont(reg).setFontSize(7).setFontColor(ColorConstants.GRAY))
                .setBorder(new DashedBorder(ColorConstants.GRAY, 0.5f)).setTextAlignment(TextAlignment.CENTER)
                .setVerticalAlignment(VerticalAlignment.MIDDLE).setHeight(52));
        h.addCell(new Cell().setBorder(Border.NO_BORDER).setPaddingLeft(10)
                .add(new Paragraph("COMUNE DI MODUGNO").setFont(bold).setFontSize(17).setMargin(0))
                .add(new Paragraph("Città Metropolitana di Bari").setFont(reg).setFontSize(10).setMargin(0))
                .add(new Paragraph("SETTORE SERVIZI SOCIALI, PUBBLICA ISTRUZIONE E CULTURA").setFont(bold).setFontSize(9.5f).setMarginTop(4).setMarginBottom(0))
                .add(new Paragraph("Servizio Pubblica Istruzione").setFont(reg).setFontSize(9.5f).setMargin(0)));
        d.add(h);
        d.add(new Paragraph(" ").setFontSize(4));

        Table reg1 = new Table(UnitValue.createPercentArray(new float[]{34, 33, 33})).useAllAvailableWidth();
        reg1.addCell(new Cell(2, 1).add(new Paragraph("DETERMINAZIONE\nDIRIGENZIALE").setFont(bold).setFontSize(12))
                .setBackgroundColor(new DeviceRgb(225, 232, 242)).setVerticalAlignment(VerticalAlignment.MIDDLE).setTextAlignment(TextAlignment.CENTER));
        reg1.addCell(cell("Registro Generale", bold, 8.5f).setBackgroundColor(new DeviceRgb(240, 240, 240)));
        reg1.addCell(cell("Registro di Settore", bold, 8.5f).setBackgroundColor(new DeviceRgb(240, 240, 240)));
        reg1.addCell(cell("N. 312 del 11/03/2026", bold, 11));
        reg1.addCell(cell("N. 58 del 10/03/2026", reg, 11));
        d.add(reg1);

        Table o = new Table(UnitValue.createPercentArray(new float[]{14, 86})).useAllAvailableWidth().setMarginTop(10);
        o.addCell(new Cell().add(new Paragraph("OGGETTO:").setFont(bold).setFontSize(10.5f)).setBorder(Border.NO_BORDER));
        o.addCell(new Cell().add(new Paragraph("Servizio di trasporto scolastico per alunni con disabilità – a.s. 2025/2026. "
                + "Liquidazione fatture mese di febbraio 2026 alla Cooperativa Sociale \"Il Girasole\" – CIG B3F7E21A90.")
                .setFont(bold).setFontSize(10.5f)).setBorder(Border.NO_BORDER).setBorderBottom(new SolidBorder(0.5f)));
        d.add(o);

        d.add(new Paragraph("IL DIRIGENTE").setFont(bold).setFontSize(11).setTextAlignment(TextAlignment.CENTER).setMarginTop(10));
        String[] prem = {
            "VISTO il decreto sindacale n. 14 del 30/12/2025, con il quale è stato conferito alla sottoscritta l’incarico di direzione del Settore Servizi Sociali, Pubblica Istruzione e Cultura;",
            "RICHIAMATA la propria determinazione R.G. n. 1021 del 05/09/2025, con la quale è stato affidato alla Cooperativa Sociale \"Il Girasole\" di Bitetto (BA) il servizio di trasporto scolastico per alunni con disabilità per l’anno scolastico 2025/2026, per l’importo complessivo di € 118.560,00 IVA compresa, ed è stato assunto il relativo impegno n. 2025/1874, reimputato all’esercizio 2026 per la quota di competenza;",
            "VISTA la fattura elettronica n. 42/PA del 03/03/2026, acquisita al protocollo generale n. 9874 del 04/03/2026, dell’importo di € 12.096,00 (imponibile € 11.520,00, IVA 5% € 576,00), relativa al servizio reso nel mese di febbraio 2026;",
            "ACCERTATA la regolare esecuzione del servizio, attestata dal Direttore dell’esecuzione con nota del 06/03/2026, nonché la regolarità contributiva dell’operatore economico (DURC valido fino al 02/07/2026);",
            "DATO ATTO che non sussistono situazioni di conflitto di interessi, anche potenziale, ai sensi dell’art. 6-bis della Legge 241/1990;",
            "VISTI il D.Lgs. 267/2000, in particolare gli artt. 107, 183 e 184, e il vigente Regolamento di contabilità;"};
        for (String s : prem) d.add(p(s));
        d.add(new Paragraph("DETERMINA").setFont(bold).setFontSize(11).setTextAlignment(TextAlignment.CENTER).setMarginTop(6));
        String[] pts = {
            "di liquidare alla Cooperativa Sociale \"Il Girasole\", P.IVA 06123450726, la somma di € 11.520,00 a titolo di imponibile della fattura n. 42/PA del 03/03/2026;",
            "di versare all’Erario l’IVA pari a € 576,00 secondo il regime della scissione dei pagamenti (art. 17-ter del D.P.R. 633/1972);",
            "di imputare la spesa complessiva di € 12.096,00 all’impegno n. 2026/211, capitolo 4520 \"Trasporto scolastico alunni disabili\", missione 4, programma 6, del bilancio 2026/2028;",
            "di trasmettere il presente provvedimento al Settore Finanziario per l’emissione del mandato di pagamento;",
            "di disporre la pubblicazione del presente atto all’Albo Pretorio on line e nella sezione \"Amministrazione trasparente\"."};
        com.itextpdf.layout.element.List l = new com.itextpdf.layout.element.List(ListNumberingType.DECIMAL);
        l.setPostSymbolText(".");
        l.setFont(reg).setFontSize(10.5f);
        l.setSymbolIndent(12);
        for (String s : pts) l.add(new ListItem(s));
        d.add(l);
        d.add(new Paragraph("Modugno, 11/03/2026").setFont(reg).setFontSize(10.5f).setMarginTop(10));
        d.add(new Paragraph("IL DIRIGENTE\nDott.ssa Angela Lorusso\n(firmato digitalmente)").setFont(reg).setFontSize(10.5f)
                .setTextAlignment(TextAlignment.CENTER).setMarginLeft(260));

        Table v = new Table(1).useAllAvailableWidth().setMarginTop(14);
        v.addCell(new Cell().add(new Paragraph("VISTO DI REGOLARITÀ CONTABILE").setFont(bold).setFontSize(9.5f))
                .add(new Paragraph("Si attesta la regolarità contabile e la copertura finanziaria della spesa ai sensi dell’art. 184, comma 4, del D.Lgs. 267/2000. "
                        + "Liquidazione n. 688/2026. Modugno, 11/03/2026 – Il Dirigente del Settore Finanziario, Dott. Nicola Carbonara (firmato digitalmente)").setFont(reg).setFontSize(9f)));
        d.add(v);
        d.close();
    }
}
