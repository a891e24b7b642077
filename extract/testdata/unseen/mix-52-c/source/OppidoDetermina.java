// Comune di Oppido Lucano - Determinazione n. 112/2026 (Reg. Gen.), Settore n. 34
// imitates the print of C&C Sistemi's "Atti Amministrativi" module; built with iText 7.2 (layout API)
import com.itextpdf.kernel.pdf.*;
import com.itextpdf.kernel.font.*;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.geom.*;
import com.itextpdf.kernel.colors.*;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.events.*;
import com.itextpdf.layout.*;
import com.itextpdf.layout.element.*;
import com.itextpdf.layout.borders.*;
import com.itextpdf.layout.properties.*;

public class OppidoDetermina {
    static final String F = "/usr/share/fonts/truetype/";
    static PdfFont reg, bold, ital;

    static class Foot implements IEventHandler {
        public void handleEvent(Event e) {
            PdfDocumentEvent ev = (PdfDocumentEvent) e;
            PdfDocument pdf = ev.getDocument();
            PdfPage page = ev.getPage();
            int n = pdf.getPageNumber(page);
            PdfCanvas c = new PdfCanvas(page);
            Rectangle r = page.getPageSize();
            c.setStrokeColor(new DeviceRgb(120,120,120)).setLineWidth(0.5f).moveTo(42, 40).lineTo(r.getWidth()-42, 40).stroke();
            c.beginText().setFontAndSize(reg, 7.5f).moveText(42, 30)
             .showText("Determinazione Reg. Gen. n. 112 del 11/03/2026 - Settore Area Amministrativa e Servizi alla Persona").endText();
            c.beginText().setFontAndSize(reg, 7.5f).moveText(r.getWidth()-95, 30).showText("Pagina " + n + " di 2").endText();
            c.release();
        }
    }

    static Cell lab(String s) {
        return new Cell().add(new Paragraph(s).setFont(bold).setFontSize(7.5f)).setBackgroundColor(new DeviceRgb(230,230,230))
                .setBorder(new SolidBorder(0.6f)).setPadding(3);
    }
    static Cell val(String s) {
        return new Cell().add(new Paragraph(s).setFont(reg).setFontSize(9.5f)).setBorder(new SolidBorder(0.6f)).setPadding(3);
    }
    static Paragraph p(String s) {
        return new Paragraph(s).setFont(reg).setFontSize(10.5f).setTextAlignment(TextAlignment.JUSTIFIED).setMultipliedLeading(1.25f).setMarginBottom(3);
    }

    public static void main(String[] a) throws Exception {
        reg = PdfFontFactory.createFont(F + "crosextra/Carlito-Regular.ttf", PdfEncodings.IDENTITY_H);
        bold = PdfFontFactory.createFont(F + "crosextra/Carlito-Bold.ttf", PdfEncodings.IDENTITY_H);
        ital = PdfFontFactory.createFont(F + "crosextra/Carlito-Italic.ttf", PdfEncodings.IDENTITY_H);
        PdfDocument pdf = new PdfDocument(new PdfWriter(a[0]));
        pdf.getDocumentInfo().setTitle("Determinazione n. 112/2026").setAuthor("Comune di Oppido Lucano").setCreator("Atti Amministrativi - stampa documento");
        pdf.addEventHandler(PdfDocumentEvent.END_PAGE, new Foot());
        Document d = new Document(pdf, PageSize.A4);
        d.setMargins(40, 42, 56, 42);

        Table lh = new Table(UnitValue.createPercentArray(new float[]{14, 86})).useAllAvailableWidth();
        lh.addCell(new Cell().add(new Paragraph("[stemma]").setFont(ital).setFontSize(7)).setBorder(Border.NO_BORDER).setVerticalAlignment(VerticalAlignment.MIDDLE));
        Cell t = new Cell().setBorder(Border.NO_BORDER);
        t.add(new Paragraph("COMUNE DI OPPIDO LUCANO").setFont(bold).setFontSize(18).setFontColor(new DeviceRgb(20,70,40)).setMarginBottom(0));
        t.add(new Paragraph("Provincia di Potenza").setFont(reg).setFontSize(10).setMarginTop(0).setMarginBottom(0));
        t.add(new Paragraph("Piazza Aldo Moro, 1 - 85015 Oppido Lucano (PZ) - PEC: protocollo@pec.comune.oppidolucano.pz.it").setFont(reg).setFontSize(7.5f).setMarginTop(0));
        lh.addCell(t);
        d.add(lh);
        d.add(new LineSeparator(new com.itextpdf.kernel.pdf.canvas.draw.SolidLine(1.2f)).setMarginBottom(6));

        d.add(new Paragraph("DETERMINAZIONE DEL RESPONSABILE DEL SETTORE").setFont(bold).setFontSize(13).setTextAlignment(TextAlignment.CENTER).setMarginBottom(6));
        Table g = new Table(UnitValue.createPercentArray(new float[]{20, 30, 20, 30})).useAllAvailableWidth();
        g.addCell(lab("SETTORE")); g.addCell(new Cell(1, 3).add(new Paragraph("AREA AMMINISTRATIVA E SERVIZI ALLA PERSONA").setFont(reg).setFontSize(9.5f)).setBorder(new SolidBorder(0.6f)).setPadding(3));
        g.addCell(lab("SERVIZIO")); g.addCell(new Cell(1, 3).add(new Paragraph("Servizi Sociali").setFont(reg).setFontSize(9.5f)).setBorder(new SolidBorder(0.6f)).setPadding(3));
        g.addCell(lab("N. DI SETTORE")); g.addCell(val("34")); g.addCell(lab("DATA ADOZIONE")); g.addCell(val("09/03/2026"));
        g.addCell(lab("N. REGISTRO GENERALE")); g.addCell(val("112")); g.addCell(lab("DATA REGISTRAZIONE")); g.addCell(val("11/03/2026"));
        d.add(g);
        d.add(new Paragraph("").setMarginBottom(4));
        Table o = new Table(UnitValue.createPercentArray(new float[]{13, 87})).useAllAvailableWidth();
        o.addCell(new Cell().add(new Paragraph("OGGETTO:").setFont(bold).setFontSize(10.5f)).setBorder(Border.NO_BORDER));
        o.addCell(new Cell().add(new Paragraph("Servizio di trasporto sociale per anziani e persone con disabilità – Approvazione del rendiconto e liquidazione all’Associazione di volontariato “Oppido Solidale” – Periodo gennaio-febbraio 2026.").setFont(bold).setFontSize(10.5f)).setBorder(Border.NO_BORDER));
        d.add(o);
        d.add(new LineSeparator(new com.itextpdf.kernel.pdf.canvas.draw.SolidLine(0.5f)).setMarginBottom(6));
        d.add(new Paragraph("IL RESPONSABILE DEL SETTORE").setFont(bold).setFontSize(11).setTextAlignment(TextAlignment.CENTER));
        String[] prem = {
            "Premesso che con deliberazione della Giunta Comunale n. 9 del 23/01/2025 è stato approvato lo schema di convenzione con l’Associazione di volontariato “Oppido Solidale” per lo svolgimento del servizio di trasporto sociale in favore di anziani e persone con disabilità residenti, verso strutture sanitarie e centri di riabilitazione;",
            "Richiamata la propria determinazione n. 2 del 08/01/2026 (Reg. Gen. n. 7), con la quale è stata impegnata la somma di € 9.600,00 per il rimborso delle spese sostenute dall’Associazione nell’anno 2026;",
            "Visto il rendiconto presentato dall’Associazione, acquisito al prot. n. 1322 del 03/03/2026, relativo ai mesi di gennaio e febbraio 2026, dal quale risultano n. 64 trasporti effettuati e spese documentate per € 1.548,30;",
            "Verificata la regolarità della documentazione giustificativa e la corrispondenza dei servizi resi con le richieste autorizzate dall’Ufficio Servizi Sociali;",
            "Visti il D.Lgs. n. 267/2000, il D.Lgs. n. 117/2017 (Codice del Terzo settore) e il decreto sindacale n. 5 del 02/01/2026 di nomina del Responsabile del Settore;"};
        for (String s : prem) d.add(p(s));
        d.add(new Paragraph("DETERMINA").setFont(bold).setFontSize(11).setTextAlignment(TextAlignment.CENTER).setMarginTop(4));
        com.itextpdf.layout.element.List l = new com.itextpdf.layout.element.List().setListSymbol("–").setSymbolIndent(10).setFont(reg).setFontSize(10.5f);
        String[] pts = {
            "di approvare il rendiconto presentato dall’Associazione di volontariato “Oppido Solidale” per il periodo gennaio-febbraio 2026, per l’importo di € 1.548,30;",
            "di liquidare all’Associazione la somma di € 1.548,30 a valere sull’impegno n. 18/2026, capitolo 1895 “Trasporto sociale – rimborsi al volontariato”, del bilancio 2026/2028, esercizio 2026;",
            "di autorizzare il Servizio Finanziario all’emissione del relativo mandato di pagamento mediante bonifico sul conto corrente dedicato indicato dall’Associazione;",
            "di disporre la pubblicazione del presente atto all’Albo Pretorio on line e nella sezione “Amministrazione trasparente” del sito istituzionale."};
        for (String s : pts) l.add((ListItem) new ListItem().add(new Paragraph(s).setTextAlignment(TextAlignment.JUSTIFIED).setMultipliedLeading(1.25f).setMarginBottom(3)));
        d.add(l);
        d.add(new Paragraph("Oppido Lucano, 09/03/2026").setFont(reg).setFontSize(10.5f).setMarginTop(10));
        d.add(new Paragraph("IL RESPONSABILE DEL SETTORE\nDott.ssa Teresa Summa").setFont(bold).setFontSize(10.5f).setTextAlignment(TextAlignment.RIGHT).setMarginRight(20));
        d.add(new Paragraph("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005").setFont(ital).setFontSize(8).setTextAlignment(TextAlignment.RIGHT).setMarginRight(20));
        Table v = new Table(1).useAllAvailableWidth().setMarginTop(14);
        v.addCell(new Cell().add(new Paragraph("VISTO DI REGOLARITÀ CONTABILE").setFont(bold).setFontSize(9))
                .add(new Paragraph("Si attesta la regolarità contabile e la copertura finanziaria della spesa ai sensi dell’art. 184 del D.Lgs. n. 267/2000. Liquidazione n. 201/2026 – impegno n. 18/2026.").setFont(reg).setFontSize(9))
                .add(new Paragraph("Oppido Lucano, 11/03/2026          Il Responsabile del Settore Economico-Finanziario – Rag. Donato Lacerenza").setFont(reg).setFontSize(9))
                .setBorder(new SolidBorder(0.8f)).setPadding(5));
        d.add(v);
        d.close();
    }
}
