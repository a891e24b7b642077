// Comune di Casole d'Elsa - attestazione di pubblicazione (Albo n. 412/2026), a character-mode report print
// imitating a Progress OpenEdge report, made with OpenPDF.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class Attestazione {
    public static void main(String[] a) throws Exception {
        Document doc = new Document(PageSize.A4, 56, 56, 60, 60);
        PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(a[0]));
        doc.addTitle("Attestazione di pubblicazione n. 412/2026");
        doc.addAuthor("Comune di Casole d'Elsa - Albo on line");
        doc.addCreator("ALBO.P - OpenEdge report (imitazione)");
        BaseFont mono = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        BaseFont monoB = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Font f = new Font(mono, 9.5f), fb = new Font(monoB, 9.5f), big = new Font(monoB, 13f), sm = new Font(mono, 7.5f);
        doc.open();
        PdfContentByte cb = w.getDirectContent();
        // run header line as in the character report
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("ALBO.P  rel. 4.2   Utente: MESSO01   Data stampa: 27/04/2026 10:42", sm), 56, 810, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Pag.   1", sm), 539, 810, 0);
        String rule = "================================================================================";
        String thin = "--------------------------------------------------------------------------------";
        doc.add(new Paragraph(rule, f));
        Paragraph h = new Paragraph("COMUNE DI CASOLE D'ELSA", big); h.setAlignment(Element.ALIGN_CENTER); doc.add(h);
        Paragraph h2 = new Paragraph("Provincia di Siena", f); h2.setAlignment(Element.ALIGN_CENTER); doc.add(h2);
        Paragraph h3 = new Paragraph("Piazza Luchetti, 1 - 53031 Casole d'Elsa (SI)", f); h3.setAlignment(Element.ALIGN_CENTER); doc.add(h3);
        doc.add(new Paragraph(rule, f));
        doc.add(new Paragraph(" ", f));
        Paragraph t = new Paragraph("ATTESTAZIONE DI PUBBLICAZIONE", big); t.setAlignment(Element.ALIGN_CENTER); doc.add(t);
        Paragraph t2 = new Paragraph("(art. 124 D.Lgs. 267/2000 - art. 32 L. 69/2009)", f); t2.setAlignment(Element.ALIGN_CENTER); doc.add(t2);
        doc.add(new Paragraph(" ", f));
        doc.add(new Paragraph(thin, f));
        String[][] rows = {
            {"Registro Albo n. ", "412/2026"},
            {"Tipo atto       : ", "DELIBERAZIONE DELLA GIUNTA COMUNALE"},
            {"Numero atto     : ", "34"},
            {"Data atto       : ", "02/04/2026"},
            {"Ente/Ufficio    : ", "SEGRETERIA GENERALE"},
            {"Pubblicato dal  : ", "09/04/2026   al: 24/04/2026   (gg. 15)"},
        };
        for (String[] r : rows) {
            Paragraph p = new Paragraph(); p.add(new Chunk(r[0], f)); p.add(new Chunk(r[1], fb)); doc.add(p);
        }
        PdfPTable ot = new PdfPTable(new float[]{18, 62}); ot.setWidthPercentage(100);
        PdfPCell l = new PdfPCell(new Phrase("Oggetto        : ", f)); l.setBorder(0); l.setPadding(0);
        PdfPCell v = new PdfPCell(new Phrase("APPROVAZIONE DEL PIANO COMUNALE DEGLI INTERVENTI DI MANUTENZIONE ORDINARIA DEL VERDE PUBBLICO PER L'ANNO 2026 E INDIRIZZI AL RESPONSABILE DELL'AREA TECNICA.", fb));
        v.setBorder(0); v.setPadding(0); v.setLeading(0, 1.2f);
        ot.addCell(l); ot.addCell(v); doc.add(ot);
        doc.add(new Paragraph(thin, f));
        doc.add(new Paragraph(" ", f));
        Paragraph body = new Paragraph(
            "Il sottoscritto Messo Comunale, visti gli atti d'ufficio, ATTESTA che la deliberazione sopra indicata " +
            "e' stata pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi, " +
            "dal 09/04/2026 al 24/04/2026, ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267, " +
            "e che durante il periodo di pubblicazione non sono pervenuti reclami od opposizioni.", f);
        body.setAlignment(Element.ALIGN_JUSTIFIED); body.setLeading(0, 1.35f); doc.add(body);
        doc.add(new Paragraph(" ", f));
        doc.add(new Paragraph("Casole d'Elsa, 27/04/2026", f));
        doc.add(new Paragraph(" ", f));
        PdfPTable sig = new PdfPTable(2); sig.setWidthPercentage(100);
        String[] left = {"", "", ""}, right = {"IL MESSO COMUNALE", "Sig. Massimo Bindi", "(firmato digitalmente)"};
        for (int i = 0; i < 3; i++) {
            PdfPCell c1 = new PdfPCell(new Phrase(left[i], f)); c1.setBorder(0);
            PdfPCell c2 = new PdfPCell(new Phrase(right[i], i == 0 ? fb : f)); c2.setBorder(0); c2.setHorizontalAlignment(Element.ALIGN_CENTER);
            sig.addCell(c1); sig.addCell(c2);
        }
        doc.add(sig);
        doc.add(new Paragraph(" ", f));
        doc.add(new Paragraph(thin, f));
        Paragraph foot = new Paragraph("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i., che sostituisce il documento cartaceo e la firma autografa.", sm);
        doc.add(foot);
        doc.add(new Paragraph("*** FINE STAMPA ***", sm));
        doc.close();
    }
}
