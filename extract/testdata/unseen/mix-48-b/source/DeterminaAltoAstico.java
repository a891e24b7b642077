// Determinazione of the Unione Montana Alto Astico, in the manner of a Delta Dator atti print,
// built with OpenPDF (com.github.librepdf:openpdf:1.3.30).
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
import java.awt.Color;

public class DeterminaAltoAstico {
    static BaseFont bf, bfb, bfi;
    static Font f(BaseFont b, float s) { return new Font(b, s); }

    public static void main(String[] a) throws Exception {
        String lib = "/usr/share/fonts/truetype/liberation/";
        bf = BaseFont.createFont(lib + "LiberationSerif-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfb = BaseFont.createFont(lib + "LiberationSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfi = BaseFont.createFont(lib + "LiberationSerif-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document doc = new Document(PageSize.A4, 62, 56, 50, 62);
        PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(a[0]));
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document d) {
                PdfContentByte cb = wr.getDirectContent();
                cb.setLineWidth(0.4f);
                cb.moveTo(62, 48); cb.lineTo(539, 48); cb.stroke();
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Unione Montana Alto Astico - Determinazione n. 36 del 17/03/2026", f(bfi, 7.5f)), 62, 38, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Pag. " + wr.getPageNumber(), f(bf, 8)), 539, 38, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate", f(bfi, 7)), 300, 28, 0);
            }
        });
        doc.addCreator("Delta Dator - Atti amministrativi");
        doc.addTitle("Determinazione 36/2026");
        doc.open();

        PdfPTable head = new PdfPTable(new float[]{1.2f, 6f});
        head.setWidthPercentage(100);
        PdfPCell crest = new PdfPCell(new Phrase("stemma", f(bfi, 7)));
        crest.setFixedHeight(58); crest.setHorizontalAlignment(Element.ALIGN_CENTER); crest.setVerticalAlignment(Element.ALIGN_MIDDLE);
        crest.setBorderColor(Color.GRAY);
        head.addCell(crest);
        PdfPCell t = new PdfPCell();
        t.setBorder(Rectangle.NO_BORDER); t.setPaddingLeft(10);
        t.addElement(new Paragraph("UNIONE MONTANA ALTO ASTICO", f(bfb, 16)));
        t.addElement(new Paragraph("Provincia di Vicenza", f(bfi, 10)));
        t.addElement(new Paragraph("Servizio associato di Polizia Locale", f(bf, 9)));
        head.addCell(t);
        doc.add(head);

        Paragraph area = new Paragraph("AREA VIGILANZA", f(bfb, 12));
        area.setAlignment(Element.ALIGN_CENTER); area.setSpacingBefore(14);
        doc.add(area);
        Paragraph serv = new Paragraph("Servizio Polizia Locale", f(bf, 10.5f));
        serv.setAlignment(Element.ALIGN_CENTER);
        doc.add(serv);

        PdfPTable reg = new PdfPTable(new float[]{3f, 2f, 2.2f});
        reg.setWidthPercentage(100); reg.setSpacingBefore(10);
        String[][] cells = {{"DETERMINAZIONE", "N. 36", "DEL 17/03/2026"}};
        for (String s : cells[0]) {
            PdfPCell c = new PdfPCell(new Phrase(s, f(bfb, 11)));
            c.setPadding(6); c.setHorizontalAlignment(Element.ALIGN_CENTER);
            c.setBackgroundColor(new Color(238, 238, 238));
            reg.addCell(c);
        }
        doc.add(reg);

        PdfPTable ogg = new PdfPTable(new float[]{1.25f, 6f});
        ogg.setWidthPercentage(100); ogg.setSpacingBefore(8);
        PdfPCell l = new PdfPCell(new Phrase("OGGETTO:", f(bfb, 10.5f)));
        l.setBorder(Rectangle.NO_BORDER);
        ogg.addCell(l);
        PdfPCell s = new PdfPCell(new Phrase("Acquisto di n. 2 etilometri omologati e relativo servizio di taratura biennale per il Servizio associato di Polizia Locale. Affidamento alla ditta Safety Control Veneto S.r.l. e impegno di spesa (CIG B61D0E4A77).", f(bfb, 10.5f)));
        s.setBorder(Rectangle.NO_BORDER); s.setHorizontalAlignment(Element.ALIGN_JUSTIFIED);
        ogg.addCell(s);
        doc.add(ogg);

        Paragraph who = new Paragraph("IL RESPONSABILE DELL'AREA VIGILANZA", f(bfb, 10.5f));
        who.setAlignment(Element.ALIGN_CENTER); who.setSpacingBefore(12); who.setSpacingAfter(6);
        doc.add(who);

        String[] prem = {
            "Premesso che i Comuni aderenti all'Unione Montana Alto Astico hanno conferito all'Unione la funzione di polizia locale, esercitata in forma associata ai sensi della convenzione approvata con deliberazione dell'Assemblea n. 9 del 22/06/2022;",
            "Dato atto che i due etilometri in dotazione al Servizio, acquistati nel 2013, hanno superato la vita utile indicata dal costruttore e che la revisione annuale eseguita in data 12/02/2026 ha evidenziato la necessità di una loro sostituzione;",
            "Ritenuto di procedere all'acquisto di n. 2 etilometri omologati ai sensi dell'art. 379 del D.P.R. 495/1992, comprensivi di stampante e del servizio di taratura e revisione per il primo biennio;",
            "Visto l'art. 50, comma 1, lett. b), del D.Lgs. 36/2023 e dato atto che, da un'indagine di mercato condotta tramite il MePA, l'offerta più conveniente è risultata quella della ditta Safety Control Veneto S.r.l. di Schio, per l'importo di € 11.780,00 oltre IVA;",
            "Visti il bilancio di previsione 2026/2028, approvato con deliberazione dell'Assemblea n. 3 del 26/02/2026, e il decreto del Presidente n. 2 del 08/01/2026 di nomina del Responsabile dell'Area Vigilanza;"
        };
        for (String p : prem) {
            Paragraph pp = new Paragraph(p, f(bf, 10.5f));
            pp.setAlignment(Element.ALIGN_JUSTIFIED); pp.setSpacingAfter(4); pp.setLeading(14);
            doc.add(pp);
        }
        Paragraph det = new Paragraph("D E T E R M I N A", f(bfb, 11));
        det.setAlignment(Element.ALIGN_CENTER); det.setSpacingBefore(6); det.setSpacingAfter(6);
        doc.add(det);
        String[] pts = {
            "di affidare alla ditta Safety Control Veneto S.r.l., con sede in Schio (VI), P.IVA 03981240246, la fornitura di n. 2 etilometri omologati con stampante e il servizio di taratura biennale, per l'importo di € 11.780,00 oltre IVA 22%, per complessivi € 14.371,60;",
            "di impegnare la spesa di € 14.371,60 al capitolo 2310 \"Attrezzature Polizia Locale\", Missione 03, Programma 01, del bilancio 2026/2028, esercizio 2026;",
            "di dare atto che il contratto sarà perfezionato mediante ordine diretto sul MePA e che il CIG attribuito alla procedura è B61D0E4A77;",
            "di disporre la pubblicazione del presente provvedimento all'Albo on line dell'Unione e nella sezione Amministrazione Trasparente."
        };
        String[] lett = {"a)", "b)", "c)", "d)"};
        for (int i = 0; i < pts.length; i++) {
            PdfPTable row = new PdfPTable(new float[]{0.5f, 9f});
            row.setWidthPercentage(100);
            PdfPCell c1 = new PdfPCell(new Phrase(lett[i], f(bf, 10.5f))); c1.setBorder(Rectangle.NO_BORDER);
            PdfPCell c2 = new PdfPCell(new Phrase(pts[i], f(bf, 10.5f))); c2.setBorder(Rectangle.NO_BORDER);
            c2.setHorizontalAlignment(Element.ALIGN_JUSTIFIED); c2.setLeading(0, 1.25f);
            row.addCell(c1); row.addCell(c2);
            doc.add(row);
        }
        Paragraph sig = new Paragraph("IL RESPONSABILE DELL'AREA VIGILANZA\nCommissario Capo Andrea Dal Santo", f(bf, 10.5f));
        sig.setAlignment(Element.ALIGN_RIGHT); sig.setSpacingBefore(18); sig.setIndentationLeft(250);
        doc.add(sig);

        PdfPTable visto = new PdfPTable(1);
        visto.setWidthPercentage(100); visto.setSpacingBefore(16);
        PdfPCell vc = new PdfPCell();
        vc.setPadding(6);
        vc.addElement(new Paragraph("VISTO DI REGOLARITÀ CONTABILE", f(bfb, 9.5f)));
        Paragraph vp = new Paragraph("Si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 142/2026.\nData 17/03/2026 - Il Responsabile del Servizio Finanziario, Rag. Lucia Sartori", f(bf, 9.5f));
        vc.addElement(vp);
        visto.addCell(vc);
        doc.add(visto);
        doc.close();
    }
}
