// Certificate of publication of the Comune di Carovilli (IS), laid out like
// an Eclipse BIRT report of an Albo module: title band, two-column label
// grid of the published act, certifying sentence, report footer with the
// generation time. OpenPDF 1.3.x with embedded DejaVu Serif / Sans.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
import java.awt.Color;

public class Attestazione {
    static BaseFont SERIF, SERIFB, SANS, SANSB;
    static Font f(BaseFont b, float s) { return new Font(b, s); }
    static PdfPCell c(String t, Font fo, Color bg, int colspan) {
        PdfPCell x = new PdfPCell(new Phrase(t, fo)); x.setPadding(5); x.setColspan(colspan);
        x.setBorderColor(new Color(150, 150, 150)); if (bg != null) x.setBackgroundColor(bg); return x;
    }
    public static void main(String[] a) throws Exception {
        String D = "/usr/share/fonts/truetype/dejavu/";
        SERIF = BaseFont.createFont(D + "DejaVuSerif.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        SERIFB = BaseFont.createFont(D + "DejaVuSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        SANS = BaseFont.createFont(D + "DejaVuSansCondensed.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        SANSB = BaseFont.createFont(D + "DejaVuSansCondensed-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document d = new Document(PageSize.A4, 56, 56, 50, 60);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document doc) {
                PdfContentByte cb = wr.getDirectContent();
                cb.setColorStroke(new Color(120, 120, 120)); cb.setLineWidth(0.5f);
                cb.moveTo(56, 45); cb.lineTo(539, 45); cb.stroke();
                cb.beginText(); cb.setFontAndSize(SANS, 7);
                cb.showTextAligned(Element.ALIGN_LEFT, "Albo Pretorio on line - report generato il 13/03/2026 10:22:14", 56, 35, 0);
                cb.showTextAligned(Element.ALIGN_RIGHT, "pag. " + wr.getPageNumber(), 539, 35, 0);
                cb.endText();
            }
        });
        d.addTitle("Attestazione di avvenuta pubblicazione"); d.addAuthor("Comune di Carovilli"); d.addCreator("BIRT Report Engine");
        d.open();
        Paragraph h = new Paragraph("COMUNE DI CAROVILLI", f(SERIFB, 17)); h.setAlignment(Element.ALIGN_CENTER); d.add(h);
        Paragraph h2 = new Paragraph("Provincia di Isernia", f(SERIF, 10)); h2.setAlignment(Element.ALIGN_CENTER); d.add(h2);
        Paragraph h3 = new Paragraph("Via Napoli, 1 – 86083 Carovilli (IS) – Ufficio Segreteria", f(SERIF, 8)); h3.setAlignment(Element.ALIGN_CENTER); h3.setSpacingAfter(22); d.add(h3);
        PdfPTable tb = new PdfPTable(1); tb.setWidthPercentage(100);
        PdfPCell tc = c("ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE", f(SANSB, 13), new Color(52, 86, 120), 1);
        tc.getPhrase().getFont().setColor(Color.WHITE); tc.setHorizontalAlignment(Element.ALIGN_CENTER); tc.setPadding(8);
        tb.addCell(tc); tb.setSpacingAfter(14); d.add(tb);
        PdfPTable g = new PdfPTable(new float[]{1.6f, 4f}); g.setWidthPercentage(100);
        Color lb = new Color(230, 236, 242);
        String[][] rows = {
            {"Tipo atto", "DELIBERAZIONE DEL CONSIGLIO COMUNALE"},
            {"Numero atto", "4"},
            {"Data atto", "24/02/2026"},
            {"Oggetto", "APPROVAZIONE SCHEMA DI CONVENZIONE PER LA GESTIONE ASSOCIATA DEL SERVIZIO DI SEGRETERIA COMUNALE CON IL COMUNE DI VASTOGIRARDI."},
            {"N. registro pubblicazioni", "98 / 2026"},
            {"Inizio pubblicazione", "25/02/2026"},
            {"Fine pubblicazione", "12/03/2026"},
        };
        for (String[] r : rows) { g.addCell(c(r[0], f(SANSB, 9), lb, 1)); g.addCell(c(r[1], f(SANS, 9.5f), null, 1)); }
        g.setSpacingAfter(18); d.add(g);
        Paragraph t = new Paragraph(
            "Si attesta che l’atto sopra indicato è stato pubblicato all’Albo Pretorio on line di questo Ente per quindici giorni consecutivi, "
          + "dal 25/02/2026 al 12/03/2026, ai sensi dell’art. 124 del D.Lgs. 18 agosto 2000, n. 267 e dell’art. 32 della Legge 18 giugno 2009, n. 69, "
          + "e che durante il periodo di pubblicazione non sono pervenuti reclami od opposizioni.", f(SERIF, 10.5f));
        t.setAlignment(Element.ALIGN_JUSTIFIED); t.setLeading(15); t.setSpacingAfter(10); d.add(t);
        Paragraph t2 = new Paragraph("La deliberazione è divenuta esecutiva in data 07/03/2026, decorsi dieci giorni dall’inizio della pubblicazione (art. 134, comma 3, D.Lgs. 267/2000).", f(SERIF, 10.5f));
        t2.setAlignment(Element.ALIGN_JUSTIFIED); t2.setLeading(15); t2.setSpacingAfter(26); d.add(t2);
        PdfPTable s = new PdfPTable(2); s.setWidthPercentage(100);
        PdfPCell l = new PdfPCell(new Phrase("Carovilli, 13/03/2026", f(SERIF, 10.5f))); l.setBorder(Rectangle.NO_BORDER); s.addCell(l);
        PdfPCell r = new PdfPCell(); r.setBorder(Rectangle.NO_BORDER);
        Paragraph p1 = new Paragraph("IL RESPONSABILE DELLA PUBBLICAZIONE", f(SERIFB, 9.5f)); p1.setAlignment(Element.ALIGN_CENTER); r.addElement(p1);
        Paragraph p2 = new Paragraph("Dott. Alfonso Di Tella", f(SERIF, 10.5f)); p2.setAlignment(Element.ALIGN_CENTER); r.addElement(p2);
        Paragraph p3 = new Paragraph("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005", f(SERIF, 7.5f)); p3.setAlignment(Element.ALIGN_CENTER); r.addElement(p3);
        s.addCell(r); d.add(s);
        d.close();
    }
}
