// Certificate of publication of Comune di Sant'Angelo dei Lombardi (AV), built with OpenPDF (iText 2 fork).
// Imitates a "Ceinfo"-style Albo module print: label/value table, publication period, QR-like caption, footer.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class D09SantAngeloAttestazione {
    public static void main(String[] a) throws Exception {
        String dv = "/usr/share/fonts/truetype/dejavu/";
        BaseFont sans = BaseFont.createFont(dv + "DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        BaseFont sansB = BaseFont.createFont(dv + "DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        BaseFont serif = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Font h1 = new Font(sansB, 15), h2 = new Font(sans, 9.5f), tit = new Font(sansB, 13), lab = new Font(sansB, 9),
             val = new Font(serif, 11), valB = new Font(BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED), 11),
             sm = new Font(sans, 7.5f), body = new Font(serif, 11);
        Document doc = new Document(PageSize.A4, 56, 56, 50, 60);
        PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(a[0]));
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document d) {
                PdfContentByte cb = wr.getDirectContent();
                ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("Ceinfo Albo On Line – attestazione generata automaticamente il 27/04/2026 alle ore 08:15 – documento firmato digitalmente ai sensi del D.Lgs. 82/2005", new Font(sans, 6.5f)), 297, 30, 0);
            }
        });
        doc.addTitle("Attestazione di pubblicazione n. 287/2026"); doc.addCreator("Ceinfo Albo On Line");
        doc.open();
        Paragraph p = new Paragraph("COMUNE DI SANT’ANGELO DEI LOMBARDI", h1); p.setAlignment(Element.ALIGN_CENTER); doc.add(p);
        p = new Paragraph("Provincia di Avellino", h2); p.setAlignment(Element.ALIGN_CENTER); doc.add(p);
        p = new Paragraph("Corso Vittorio Emanuele, 17 – 83054 Sant’Angelo dei Lombardi (AV)", h2); p.setAlignment(Element.ALIGN_CENTER); doc.add(p);
        p = new Paragraph("Ufficio Messi – Albo Pretorio on line", h2); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingAfter(22); doc.add(p);
        p = new Paragraph("ATTESTAZIONE DI PUBBLICAZIONE", tit); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingAfter(16); doc.add(p);
        PdfPTable t = new PdfPTable(new float[]{32, 68}); t.setWidthPercentage(100);
        String[][] rows = {
            {"N. Registro Albo", "287/2026"},
            {"Tipo atto", "Deliberazione di Giunta Comunale"},
            {"Numero atto", "47"},
            {"Data atto", "02/04/2026"},
            {"Oggetto", "CONCESSIONE IN COMODATO D’USO GRATUITO ALL’ASSOCIAZIONE “PRO LOCO ALTA IRPINIA” DEI LOCALI DELL’EX SCUOLA ELEMENTARE DI VIA SAN ROCCO. APPROVAZIONE SCHEMA DI CONTRATTO."},
            {"Ente richiedente", "Comune di Sant’Angelo dei Lombardi – Area Amministrativa"},
            {"Periodo di pubblicazione", "dal 10/04/2026 al 25/04/2026"},
        };
        for (String[] r : rows) {
            PdfPCell c1 = new PdfPCell(new Phrase(r[0], lab)); c1.setGrayFill(0.9f); c1.setPadding(5);
            PdfPCell c2 = new PdfPCell(new Phrase(r[1], r[0].equals("Oggetto") ? valB : val)); c2.setPadding(5);
            t.addCell(c1); t.addCell(c2);
        }
        doc.add(t);
        p = new Paragraph("Si attesta che l’atto sopra indicato è stato pubblicato all’Albo Pretorio on line di questo Comune, accessibile dal sito istituzionale, per quindici giorni consecutivi, dal 10/04/2026 al 25/04/2026, ai sensi dell’art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267 e dell’art. 32 della Legge 18 giugno 2009, n. 69, e che avverso lo stesso non sono pervenute opposizioni.", body);
        p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingBefore(18); p.setLeading(16); doc.add(p);
        p = new Paragraph("Sant’Angelo dei Lombardi, 27/04/2026", body); p.setSpacingBefore(20); doc.add(p);
        p = new Paragraph("IL MESSO COMUNALE\nSig. Donato Capozza", body); p.setAlignment(Element.ALIGN_RIGHT); p.setSpacingBefore(16); doc.add(p);
        p = new Paragraph("IL RESPONSABILE DELLA PUBBLICAZIONE\nDott.ssa Michela Caputo", body); p.setAlignment(Element.ALIGN_RIGHT); p.setSpacingBefore(14); doc.add(p);
        p = new Paragraph("Codice di verifica: SADL-ALB-2026-000287-7F3C", sm); p.setSpacingBefore(30); doc.add(p);
        doc.close();
    }
}
