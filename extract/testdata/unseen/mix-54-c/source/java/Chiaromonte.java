// Comune di Chiaromonte - determinazione del Responsabile dell'Area, iText 5,
// in the manner of NIER Soluzioni Informatiche prints: number and date only in
// the running head and in a vertical margin label, subject as a title block.
import com.itextpdf.text.*;
import com.itextpdf.text.pdf.*;
import com.itextpdf.text.pdf.draw.LineSeparator;
import java.io.FileOutputStream;

public class Chiaromonte {
    static BaseFont R, B, I;
    static Font f(BaseFont b, float s) { return new Font(b, s); }
    static Paragraph p(String t) {
        Paragraph x = new Paragraph(t, f(R, 10.5f)); x.setAlignment(Element.ALIGN_JUSTIFIED);
        x.setLeading(14.5f); x.setSpacingAfter(5); x.setFirstLineIndent(18); return x;
    }
    public static void main(String[] a) throws Exception {
        String fd = "/usr/share/fonts/truetype/crosextra/";
        R = BaseFont.createFont(fd + "Caladea-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        B = BaseFont.createFont(fd + "Caladea-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        I = BaseFont.createFont(fd + "Caladea-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document d = new Document(PageSize.A4, 72, 56, 64, 60);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        d.addTitle("Determinazione n. 52 del 09/03/2026"); d.addAuthor("Comune di Chiaromonte - Area Economico-Finanziaria");
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document doc) {
                PdfContentByte cb = wr.getDirectContent();
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Comune di Chiaromonte · Area Economico-Finanziaria", f(I, 8)), 72, 812, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Determinazione n. 52 del 09/03/2026", f(B, 8)), 539, 812, 0);
                cb.setLineWidth(0.3f); cb.moveTo(72, 806); cb.lineTo(539, 806); cb.stroke();
                ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("REG. GEN. N. 52 DEL 09/03/2026 – ALBO ON LINE", f(R, 7.5f)), 40, 421, 90);
                ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("– " + wr.getPageNumber() + " –", f(R, 8.5f)), 305, 36, 0);
            }
        });
        d.open();
        Paragraph h = new Paragraph(); h.setAlignment(Element.ALIGN_CENTER);
        h.add(new Chunk("[stemma]\n", f(I, 7)));
        h.add(new Chunk("COMUNE DI CHIAROMONTE\n", f(B, 17)));
        h.add(new Chunk("Provincia di Potenza\n", f(R, 10)));
        h.add(new Chunk("Corso Garibaldi, 2 – 85032 Chiaromonte (PZ) – comune.chiaromonte@cert.ruparbasilicata.it", f(R, 8)));
        d.add(h);
        LineSeparator ls = new LineSeparator(1f, 100, BaseColor.BLACK, Element.ALIGN_CENTER, -4); d.add(new Chunk(ls));
        Paragraph ar = new Paragraph("\nAREA ECONOMICO-FINANZIARIA\nServizio Tributi", f(B, 11)); ar.setAlignment(Element.ALIGN_CENTER); d.add(ar);
        Paragraph k = new Paragraph("DETERMINAZIONE DEL RESPONSABILE DELL’AREA", f(R, 10)); k.setAlignment(Element.ALIGN_CENTER); k.setSpacingBefore(6); k.setSpacingAfter(10); d.add(k);
        PdfPTable tb = new PdfPTable(1); tb.setWidthPercentage(92);
        PdfPCell c = new PdfPCell(new Phrase("RIMBORSO AI CONTRIBUENTI DI SOMME VERSATE E NON DOVUTE A TITOLO DI IMPOSTA MUNICIPALE PROPRIA (IMU) – ANNI D’IMPOSTA 2022 E 2023.", f(B, 11)));
        c.setHorizontalAlignment(Element.ALIGN_CENTER); c.setPadding(8); c.setBorderWidth(0.8f); c.setBackgroundColor(new BaseColor(240, 240, 240));
        tb.addCell(c); tb.setSpacingAfter(12); d.add(tb);
        Paragraph il = new Paragraph("IL RESPONSABILE DELL’AREA", f(B, 10.5f)); il.setAlignment(Element.ALIGN_CENTER); il.setSpacingAfter(6); d.add(il);
        d.add(p("Visto il decreto sindacale n. 1 del 02/01/2026, con cui è stata attribuita alla sottoscritta la responsabilità dell’Area Economico-Finanziaria;"));
        d.add(p("Visto l’art. 1, comma 164, della Legge 27 dicembre 2006, n. 296, secondo cui il rimborso delle somme versate e non dovute deve essere richiesto dal contribuente entro il termine di cinque anni dal giorno del versamento;"));
        d.add(p("Viste le istanze di rimborso presentate dai contribuenti e acquisite al protocollo dell’Ente nel periodo compreso tra il 10/11/2025 e il 20/02/2026, elencate nel prospetto depositato presso il Servizio Tributi;"));
        d.add(p("Accertato, a seguito dell’istruttoria condotta dal Servizio, che le somme sono state effettivamente versate in eccedenza rispetto al dovuto, per un importo complessivo di € 3.486,00, comprensivo degli interessi calcolati al tasso legale;"));
        d.add(p("Visto il vigente Regolamento comunale per la disciplina dell’IMU, approvato con deliberazione del Consiglio Comunale n. 9 del 29/06/2020;"));
        Paragraph dt = new Paragraph("DETERMINA", f(B, 11)); dt.setAlignment(Element.ALIGN_CENTER); dt.setSpacingBefore(4); dt.setSpacingAfter(6); d.add(dt);
        List l = new List(false, 14); l.setListSymbol(new Chunk("–  ", f(R, 10.5f)));
        String[] pts = {
            "di disporre il rimborso delle somme versate e non dovute a titolo di IMU per gli anni d’imposta 2022 e 2023 in favore dei contribuenti indicati nel prospetto agli atti, per l’importo complessivo di € 3.486,00;",
            "di imputare la spesa al Capitolo 1016 “Rimborsi di tributi comunali” del bilancio di previsione 2026/2028, esercizio 2026, dove esiste la necessaria disponibilità;",
            "di dare atto che, ai sensi del Regolamento (UE) 2016/679, il prospetto nominativo dei beneficiari non è oggetto di pubblicazione."
        };
        for (String s : pts) { ListItem li = new ListItem(14.5f, s, f(R, 10.5f)); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setSpacingAfter(4); l.add(li); }
        d.add(l);
        Paragraph sg = new Paragraph("\nChiaromonte, 09/03/2026\n\nLa Responsabile dell’Area Economico-Finanziaria\nDott.ssa Antonella Viceconte", f(R, 10.5f));
        sg.setAlignment(Element.ALIGN_RIGHT); d.add(sg);
        Paragraph fs = new Paragraph("\n\nDocumento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.", f(I, 8.5f)); fs.setAlignment(Element.ALIGN_CENTER); d.add(fs);
        d.close();
    }
}
