// Unione dei Comuni della Valle del Cedrino - avviso pubblico numerato.
// Layout imitating a QuarkXPress-set notice (coloured band, two-column "scheda", article headings), produced with iText 7.
import com.itextpdf.kernel.pdf.*;
import com.itextpdf.kernel.font.*;
import com.itextpdf.kernel.colors.*;
import com.itextpdf.kernel.geom.*;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.events.*;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.layout.*;
import com.itextpdf.layout.element.*;
import com.itextpdf.layout.properties.*;
import com.itextpdf.layout.borders.*;

public class Cedrino {
    static PdfFont reg, bold, it;
    public static void main(String[] a) throws Exception {
        String L = "/usr/share/fonts/truetype/dejavu/";
        reg = PdfFontFactory.createFont(L + "DejaVuSerif.ttf", PdfEncodings.IDENTITY_H);
        bold = PdfFontFactory.createFont(L + "DejaVuSans-Bold.ttf", PdfEncodings.IDENTITY_H);
        it = PdfFontFactory.createFont(L + "DejaVuSerif-Italic.ttf", PdfEncodings.IDENTITY_H);
        PdfWriter w = new PdfWriter(a[0]);
        PdfDocument pdf = new PdfDocument(w);
        pdf.getDocumentInfo().setTitle("Avviso pubblico n. 3/2026").setAuthor("Unione dei Comuni della Valle del Cedrino").setCreator("QuarkXPress 2024 (20.1) - esportazione PDF");
        final DeviceRgb teal = new DeviceRgb(0, 92, 99);
        pdf.addEventHandler(PdfDocumentEvent.END_PAGE, new IEventHandler() {
            public void handleEvent(Event e) {
                PdfDocumentEvent ev = (PdfDocumentEvent) e;
                PdfPage page = ev.getPage();
                int n = ev.getDocument().getPageNumber(page);
                PdfCanvas c = new PdfCanvas(page);
                c.setFillColor(teal).rectangle(0, 0, 14, 842).fill();
                c.beginText().setFontAndSize(reg, 7).setFillColor(ColorConstants.DARK_GRAY).moveText(50, 28)
                 .showText("Unione dei Comuni della Valle del Cedrino  |  Avviso n. 3/2026  |  pag. " + n).endText();
                c.beginText().setFontAndSize(it, 7).moveText(50, 18)
                 .showText("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e ss.mm.ii.").endText();
            }
        });
        Document d = new Document(pdf, PageSize.A4);
        d.setMargins(40, 50, 50, 50);

        Table band = new Table(UnitValue.createPercentArray(new float[]{0.5f, 5f, 2.3f})).useAllAvailableWidth();
        band.addCell(new Cell().add(new Paragraph("").setFont(it).setFontSize(7).setFontColor(ColorConstants.WHITE).setTextAlignment(TextAlignment.CENTER))
                .setBackgroundColor(teal).setBorder(Border.NO_BORDER).setVerticalAlignment(VerticalAlignment.MIDDLE));
        band.addCell(new Cell().add(new Paragraph("UNIONE DEI COMUNI DELLA VALLE DEL CEDRINO").setFont(bold).setFontSize(11).setFontColor(ColorConstants.WHITE))
                .add(new Paragraph("Provincia di Nuoro – Sede legale: Via Nazionale, 2 – 08028 Orosei (NU)").setFont(reg).setFontSize(7.5f).setFontColor(ColorConstants.WHITE))
                .setBackgroundColor(teal).setBorder(Border.NO_BORDER).setPadding(8));
        band.addCell(new Cell().add(new Paragraph("AREA TECNICA\nServizio Tecnico Associato").setFont(bold).setFontSize(8).setFontColor(teal).setTextAlignment(TextAlignment.RIGHT))
                .setBorder(new SolidBorder(teal, 1.2f)).setVerticalAlignment(VerticalAlignment.MIDDLE).setPadding(6));
        d.add(band);

        Table reg2 = new Table(UnitValue.createPercentArray(new float[]{1, 1, 1})).useAllAvailableWidth().setMarginTop(10);
        String[][] kv = {{"Avviso n.", "3/2026"}, {"Data", "19/03/2026"}, {"Prot.", "n. 1127 del 19/03/2026"}};
        for (String[] x : kv)
            reg2.addCell(new Cell().add(new Paragraph().add(new Text(x[0] + " ").setFont(reg).setFontSize(8.5f)).add(new Text(x[1]).setFont(bold).setFontSize(9.5f)))
                    .setBorder(Border.NO_BORDER).setBorderBottom(new SolidBorder(teal, 0.8f)));
        d.add(reg2);

        d.add(new Paragraph("AVVISO PUBBLICO PER LA FORMAZIONE DI UN ELENCO DI OPERATORI ECONOMICI DA INVITARE ALLE PROCEDURE DI AFFIDAMENTO DEL SERVIZIO DI MANUTENZIONE DEL VERDE PUBBLICO NEI COMUNI ASSOCIATI – TRIENNIO 2026-2028")
                .setFont(bold).setFontSize(12.5f).setFontColor(teal).setTextAlignment(TextAlignment.CENTER).setMarginTop(14).setMultipliedLeading(1.25f));
        d.add(new Paragraph("IL RESPONSABILE DEL SERVIZIO TECNICO ASSOCIATO").setFont(bold).setFontSize(9.5f).setTextAlignment(TextAlignment.CENTER).setMarginTop(8));
        d.add(new Paragraph("in esecuzione della propria determinazione n. 41 del 18/03/2026 e nel rispetto dei principi di cui agli artt. 1, 2 e 3 del D.Lgs. 31 marzo 2023, n. 36,")
                .setFont(reg).setFontSize(10).setTextAlignment(TextAlignment.CENTER));
        d.add(new Paragraph("RENDE NOTO").setFont(bold).setFontSize(11).setTextAlignment(TextAlignment.CENTER).setMarginTop(4));
        d.add(new Paragraph("che l'Unione intende costituire un elenco di operatori economici qualificati, da consultare per gli affidamenti diretti e le procedure negoziate di importo inferiore alle soglie di cui all'art. 14 del D.Lgs. 36/2023 relativi alla manutenzione del verde pubblico, delle aree giochi e dei parchi urbani nei territori dei Comuni associati.")
                .setFont(reg).setFontSize(10).setTextAlignment(TextAlignment.JUSTIFIED));

        String[][] arts = {
            {"Art. 1 – Oggetto", "L'elenco è articolato nelle seguenti categorie: A) sfalcio e manutenzione di aree verdi e banchine; B) potatura e abbattimento di alberature, anche in quota; C) manutenzione di aree giochi e arredo urbano."},
            {"Art. 2 – Requisiti", "Possono presentare domanda gli operatori di cui all'art. 65 del D.Lgs. 36/2023 in possesso dei requisiti di ordine generale (artt. 94-98), dell'iscrizione alla C.C.I.A.A. per attività coerenti con la categoria richiesta e, per la categoria B, dell'abilitazione all'uso di piattaforme di lavoro elevabili."},
            {"Art. 3 – Modalità di iscrizione", "Le domande devono essere presentate esclusivamente tramite la piattaforma SardegnaCAT, utilizzando il modello allegato (Allegato 1), entro le ore 12:00 del giorno 20/04/2026. L'elenco resta aperto e viene aggiornato con cadenza semestrale."},
            {"Art. 4 – Utilizzo dell'elenco", "Gli operatori saranno consultati nel rispetto del principio di rotazione di cui all'art. 49 del D.Lgs. 36/2023. L'iscrizione non costituisce diritto ad alcun affidamento."},
            {"Art. 5 – Trattamento dei dati", "I dati sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso. Titolare del trattamento è l'Unione dei Comuni della Valle del Cedrino."},
            {"Art. 6 – Informazioni", "Responsabile del procedimento: ing. Giovanni Antonio Mula – tel. 0784 998310 – PEC: protocollo@pec.unionevalledelcedrino.it."}};
        for (String[] x : arts) {
            d.add(new Paragraph(x[0]).setFont(bold).setFontSize(9.5f).setFontColor(teal).setMarginTop(6).setMarginBottom(0));
            d.add(new Paragraph(x[1]).setFont(reg).setFontSize(9.5f).setTextAlignment(TextAlignment.JUSTIFIED).setMultipliedLeading(1.2f));
        }
        Table sig = new Table(UnitValue.createPercentArray(new float[]{1, 1})).useAllAvailableWidth().setMarginTop(16);
        sig.addCell(new Cell().add(new Paragraph("Orosei, 19/03/2026").setFont(reg).setFontSize(10)).setBorder(Border.NO_BORDER));
        sig.addCell(new Cell().add(new Paragraph("IL RESPONSABILE DEL SERVIZIO TECNICO ASSOCIATO").setFont(bold).setFontSize(8.5f).setTextAlignment(TextAlignment.CENTER))
                .add(new Paragraph("ing. Giovanni Antonio Mula").setFont(reg).setFontSize(10).setTextAlignment(TextAlignment.CENTER))
                .add(new Paragraph("(firmato digitalmente)").setFont(it).setFontSize(8).setTextAlignment(TextAlignment.CENTER)).setBorder(Border.NO_BORDER));
        d.add(sig);
        d.close();
    }
}
