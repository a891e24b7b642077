// Attestazione di avvenuta pubblicazione, Comune di Gradara (PU), laid out like
// the print of a hosted Albo on line service (Gazzetta Amministrativa style):
// a label/value grid, a statement, a signature and a service footer.
// Producer: OpenPDF 1.3.43 (built-in Helvetica, Cp1252).
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

public class Attestazione {
    static Font f(int style, float size) { return FontFactory.getFont(FontFactory.HELVETICA, "Cp1252", false, size, style); }
    static Font f(int style, float size, Color c) { Font x = f(style, size); x.setColor(c); return x; }

    public static void main(String[] a) throws Exception {
        Document d = new Document(PageSize.A4, 50, 50, 50, 60);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document doc) {
                PdfContentByte cb = wr.getDirectContent();
                cb.setLineWidth(0.5f);
                cb.moveTo(50, 48); cb.lineTo(545, 48); cb.stroke();
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                    new Phrase("Albo Pretorio on line - Gazzetta Amministrativa della Repubblica Italiana - stampa del 28/03/2026 09:14", f(Font.NORMAL, 7)), 50, 38, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
                    new Phrase("Pagina " + wr.getPageNumber(), f(Font.NORMAL, 7)), 545, 38, 0);
            }
        });
        d.addTitle("Attestazione di pubblicazione - Reg. 287/2026");
        d.addCreator("Albo on line");
        d.open();
        Color blue = new Color(0x22, 0x44, 0x77);
        PdfPTable head = new PdfPTable(new float[]{1f, 5f});
        head.setWidthPercentage(100);
        PdfPCell crest = new PdfPCell(new Phrase("stemma", f(Font.ITALIC, 7, Color.GRAY)));
        crest.setFixedHeight(52); crest.setHorizontalAlignment(Element.ALIGN_CENTER);
        crest.setVerticalAlignment(Element.ALIGN_MIDDLE); crest.setBorderColor(Color.LIGHT_GRAY);
        head.addCell(crest);
        Paragraph hp = new Paragraph();
        hp.add(new Chunk("COMUNE DI GRADARA\n", f(Font.BOLD, 17, blue)));
        hp.add(new Chunk("Provincia di Pesaro e Urbino\n", f(Font.NORMAL, 10)));
        hp.add(new Chunk("Via Mancini, 1 - 61012 Gradara (PU)", f(Font.NORMAL, 8)));
        PdfPCell hc = new PdfPCell(hp); hc.setBorder(0); hc.setPaddingLeft(10);
        hc.setVerticalAlignment(Element.ALIGN_MIDDLE);
        head.addCell(hc);
        d.add(head);
        d.add(new Paragraph(" "));
        PdfPTable band = new PdfPTable(1); band.setWidthPercentage(100);
        PdfPCell bc = new PdfPCell(new Phrase("ALBO PRETORIO ON LINE", f(Font.BOLD, 9, Color.WHITE)));
        bc.setBackgroundColor(blue); bc.setPadding(4); band.addCell(bc);
        d.add(band);
        Paragraph t = new Paragraph("ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE", f(Font.BOLD, 13));
        t.setAlignment(Element.ALIGN_CENTER); t.setSpacingBefore(14); t.setSpacingAfter(12);
        d.add(t);
        String[][] rows = {
            {"N. Registro Albo", "287/2026"},
            {"Tipologia atto", "Deliberazione di Giunta Comunale"},
            {"Numero atto", "31"},
            {"Data atto", "10/03/2026"},
            {"Oggetto", "APPROVAZIONE DEL PROGRAMMA DELLE INIZIATIVE CULTURALI E TURISTICHE NEL BORGO STORICO PER LA STAGIONE 2026. INDIRIZZI AL RESPONSABILE DEL SETTORE AFFARI GENERALI."},
            {"Ente / Ufficio richiedente", "Comune di Gradara - Settore Affari Generali - Segreteria"},
            {"Data inizio pubblicazione", "12/03/2026"},
            {"Data fine pubblicazione", "27/03/2026"},
            {"Giorni di pubblicazione", "15"}};
        PdfPTable g = new PdfPTable(new float[]{2f, 5f});
        g.setWidthPercentage(100);
        for (String[] r : rows) {
            PdfPCell l = new PdfPCell(new Phrase(r[0], f(Font.BOLD, 9)));
            l.setBackgroundColor(new Color(0xEE, 0xF1, 0xF6)); l.setPadding(5); l.setBorderColor(Color.GRAY);
            PdfPCell v = new PdfPCell(new Phrase(r[1], f(Font.NORMAL, 9.5f)));
            v.setPadding(5); v.setBorderColor(Color.GRAY);
            g.addCell(l); g.addCell(v);
        }
        d.add(g);
        Paragraph s = new Paragraph(
            "Si attesta che l'atto sopra indicato è stato pubblicato all'Albo Pretorio on line di questo Comune, " +
            "ai sensi dell'art. 124 del D.Lgs. 18 agosto 2000, n. 267 e dell'art. 32 della Legge 18 giugno 2009, n. 69, " +
            "per quindici giorni consecutivi dal 12/03/2026 al 27/03/2026, e che nel suddetto periodo non sono pervenute " +
            "opposizioni o reclami.", f(Font.NORMAL, 10.5f));
        s.setAlignment(Element.ALIGN_JUSTIFIED); s.setSpacingBefore(16); s.setLeading(15);
        d.add(s);
        Paragraph dt = new Paragraph("Gradara, 28/03/2026", f(Font.NORMAL, 10.5f));
        dt.setSpacingBefore(14); d.add(dt);
        Paragraph sg = new Paragraph("IL RESPONSABILE DELLA PUBBLICAZIONE\nDott.ssa Elena Paolini\n(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)", f(Font.NORMAL, 10));
        sg.setAlignment(Element.ALIGN_CENTER); sg.setSpacingBefore(20); sg.setIndentationLeft(250);
        d.add(sg);
        d.close();
    }
}
