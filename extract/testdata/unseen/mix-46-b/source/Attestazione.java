// Attestazione di pubblicazione, Comune di Grottolella -- OpenPDF 1.3.43 (Java 17), Liberation Sans embedded,
// a form with bordered label/value cells, as printed by an Albo module ("almaviva" style)
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

public class Attestazione {
    static final String LF = "/usr/share/fonts/truetype/liberation/";

    public static void main(String[] args) throws Exception {
        BaseFont reg = BaseFont.createFont(LF + "LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        BaseFont bold = BaseFont.createFont(LF + "LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Font f10 = new Font(reg, 10), f9 = new Font(reg, 9), f8 = new Font(reg, 7.5f), b10 = new Font(bold, 10),
             b12 = new Font(bold, 12), b16 = new Font(bold, 16), b9 = new Font(bold, 9);

        Document doc = new Document(PageSize.A4, 50, 50, 50, 60);
        PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(args[0]));
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document d) {
                PdfContentByte cb = wr.getDirectContent();
                cb.beginText(); cb.setFontAndSize(reg, 7);
                cb.showTextAligned(Element.ALIGN_LEFT, "Albo Pretorio on line - Comune di Grottolella - stampa del 14/04/2026 10:42", 50, 35, 0);
                cb.showTextAligned(Element.ALIGN_RIGHT, "Pagina " + wr.getPageNumber(), 545, 35, 0);
                cb.endText();
            }
        });
        doc.addTitle("Attestazione di pubblicazione"); doc.addAuthor("Comune di Grottolella"); doc.addCreator("Albo on line - modulo Pubblicazioni");
        doc.open();

        PdfPTable head = new PdfPTable(new float[]{1.2f, 6f});
        head.setWidthPercentage(100);
        PdfPCell crest = new PdfPCell(new Phrase("STEMMA", new Font(reg, 6)));
        crest.setFixedHeight(58); crest.setHorizontalAlignment(Element.ALIGN_CENTER); crest.setVerticalAlignment(Element.ALIGN_MIDDLE);
        head.addCell(crest);
        PdfPCell name = new PdfPCell();
        name.setBorder(Rectangle.NO_BORDER); name.setPaddingLeft(10);
        name.addElement(new Paragraph("COMUNE DI GROTTOLELLA", b16));
        name.addElement(new Paragraph("Provincia di Avellino", f10));
        name.addElement(new Paragraph("Piazza Municipio 1 - 83010 Grottolella (AV) - PEC: protocollo.grottolella@asmepec.it", f8));
        head.addCell(name);
        doc.add(head);
        doc.add(new Paragraph(" "));

        Paragraph t = new Paragraph("ATTESTAZIONE DI PUBBLICAZIONE", b12);
        t.setAlignment(Element.ALIGN_CENTER); doc.add(t);
        Paragraph t2 = new Paragraph("(art. 124 del D.Lgs. 18 agosto 2000, n. 267 - art. 32 della legge 18 giugno 2009, n. 69)", f9);
        t2.setAlignment(Element.ALIGN_CENTER); t2.setSpacingAfter(14); doc.add(t2);

        PdfPTable tb = new PdfPTable(new float[]{2.2f, 5f});
        tb.setWidthPercentage(100);
        String[][] rows = {
            {"Registro pubblicazioni", "N. 351 / 2026"},
            {"Tipo atto", "Deliberazione del Consiglio Comunale"},
            {"Numero atto", "8"},
            {"Data atto", "27/03/2026"},
            {"Oggetto", "APPROVAZIONE DEL PIANO ECONOMICO FINANZIARIO (PEF) DEL SERVIZIO INTEGRATO DI GESTIONE DEI RIFIUTI E DELLE TARIFFE TARI PER L'ANNO 2026."},
            {"Ufficio richiedente", "Segreteria Generale"},
            {"Inizio pubblicazione", "28/03/2026"},
            {"Fine pubblicazione", "12/04/2026"},
        };
        for (String[] r : rows) {
            PdfPCell l = new PdfPCell(new Phrase(r[0], b9));
            l.setBackgroundColor(new Color(232, 236, 241)); l.setPadding(5);
            PdfPCell v = new PdfPCell(new Phrase(r[1], f10)); v.setPadding(5);
            tb.addCell(l); tb.addCell(v);
        }
        doc.add(tb);
        doc.add(new Paragraph(" "));

        Paragraph p = new Paragraph(14, "Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,", f10);
        p.setAlignment(Element.ALIGN_JUSTIFIED); doc.add(p);
        Paragraph at = new Paragraph("ATTESTA", b10); at.setAlignment(Element.ALIGN_CENTER); at.setSpacingBefore(6); at.setSpacingAfter(6); doc.add(at);
        Paragraph p2 = new Paragraph(14, "che la deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune, "
            + "accessibile dal sito istituzionale www.comune.grottolella.av.it, per quindici giorni consecutivi dal 28/03/2026 al 12/04/2026, "
            + "senza opposizioni o reclami, ai sensi dell'art. 124, comma 1, del D.Lgs. 267/2000.", f10);
        p2.setAlignment(Element.ALIGN_JUSTIFIED); doc.add(p2);
        Paragraph p3 = new Paragraph(14, "La medesima deliberazione, dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, "
            + "del D.Lgs. 267/2000, è divenuta esecutiva il giorno della sua adozione.", f10);
        p3.setAlignment(Element.ALIGN_JUSTIFIED); p3.setSpacingBefore(4); doc.add(p3);
        doc.add(new Paragraph(" "));
        doc.add(new Paragraph("Grottolella, 14/04/2026", f10));

        PdfPTable sig = new PdfPTable(new float[]{1f, 1f});
        sig.setWidthPercentage(100); sig.setSpacingBefore(16);
        PdfPCell e = new PdfPCell(new Phrase("")); e.setBorder(Rectangle.NO_BORDER); sig.addCell(e);
        PdfPCell s = new PdfPCell();
        s.setBorder(Rectangle.NO_BORDER);
        for (String[] x : new String[][]{{"IL RESPONSABILE DELLA PUBBLICAZIONE", "b"}, {"Sig. Carmine De Feo", "r"}, {"(firmato digitalmente)", "s"}}) {
            Paragraph q = new Paragraph(x[0], x[1].equals("b") ? b9 : x[1].equals("s") ? f8 : f10);
            q.setAlignment(Element.ALIGN_CENTER); s.addElement(q);
        }
        sig.addCell(s);
        doc.add(sig);

        doc.add(new Paragraph(" "));
        PdfPTable foot = new PdfPTable(1); foot.setWidthPercentage(100); foot.setSpacingBefore(30);
        PdfPCell fc = new PdfPCell(new Phrase("Documento informatico sottoscritto con firma digitale ai sensi dell'art. 24 del D.Lgs. 7 marzo 2005, n. 82 "
            + "(Codice dell'Amministrazione Digitale). Il documento originale è conservato nel sistema di gestione documentale dell'Ente.", f8));
        fc.setBorder(Rectangle.TOP); fc.setPaddingTop(4);
        foot.addCell(fc);
        doc.add(foot);
        doc.close();
    }
}
