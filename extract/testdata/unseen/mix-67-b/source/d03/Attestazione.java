// Comune di Mattinata (FG) - attestazione di pubblicazione of a determinazione: OpenPDF tables,
// the Albo's register number printed in the same row as the act's general and sector numbers;
// letterhead and foot written by a page event on every page.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

public class Attestazione {
    static Font f(int style, float size) { return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, size, style); }
    static Font t(int style, float size) { return FontFactory.getFont(FontFactory.TIMES_ROMAN, BaseFont.CP1252, size, style); }

    static class Frame extends PdfPageEventHelper {
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            float l = d.left(), r = d.right(), top = d.getPageSize().getHeight() - 36;
            cb.setColorFill(new Color(0x1f, 0x3a, 0x68));
            cb.rectangle(l, top - 2, 6, -52); cb.fill();
            cb.setColorFill(Color.BLACK);
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("COMUNE DI MATTINATA", f(Font.BOLD, 17)), l + 16, top - 18, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Provincia di Foggia – Parco Nazionale del Gargano", f(Font.NORMAL, 9)), l + 16, top - 32, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Corso Matino, 68 – 71030 Mattinata (FG) – protocollo@pec.comune.mattinata.fg.it", f(Font.NORMAL, 8)), l + 16, top - 44, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Servizio Albo Pretorio e Messi", f(Font.ITALIC, 9)), r, top - 18, 0);
            cb.setLineWidth(0.8f); cb.moveTo(l, top - 58); cb.lineTo(r, top - 58); cb.stroke();
            cb.setLineWidth(0.4f); cb.moveTo(l, 52); cb.lineTo(r, 52); cb.stroke();
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Albo Pretorio on line – Registro delle pubblicazioni anno 2026", f(Font.NORMAL, 7.5f)), l, 40, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Pagina " + w.getPageNumber(), f(Font.NORMAL, 7.5f)), r, 40, 0);
        }
    }

    static PdfPCell cell(String s, Font fn, Color bg, int align, int span) {
        PdfPCell c = new PdfPCell(new Phrase(s, fn));
        c.setPadding(4.5f); c.setHorizontalAlignment(align); c.setColspan(span);
        c.setBorderColor(new Color(0x55, 0x55, 0x55)); c.setBorderWidth(0.6f);
        if (bg != null) c.setBackgroundColor(bg);
        return c;
    }

    public static void main(String[] a) throws Exception {
        Document d = new Document(PageSize.A4, 62, 56, 118, 80);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Frame());
        d.addTitle("Attestazione di pubblicazione n. 412/2026"); d.addCreator("AlboWeb – modulo attestazioni");
        d.open();
        Paragraph p = new Paragraph("ATTESTAZIONE DI PUBBLICAZIONE", f(Font.BOLD, 14)); p.setAlignment(Element.ALIGN_CENTER); d.add(p);
        p = new Paragraph("(art. 32, comma 1, della Legge 18 giugno 2009, n. 69)", f(Font.NORMAL, 9)); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingAfter(16); d.add(p);

        Color grey = new Color(0xe3, 0xe8, 0xf0);
        PdfPTable tb = new PdfPTable(new float[]{1.25f, 1.15f, 1.15f, 1.2f, 2.0f});
        tb.setWidthPercentage(100);
        for (String h : new String[]{"N. Reg. Albo", "N. Reg. Generale", "N. Reg. Settore", "Data atto", "Tipo atto"})
            tb.addCell(cell(h, f(Font.BOLD, 8.5f), grey, Element.ALIGN_CENTER, 1));
        for (String v : new String[]{"412/2026", "311", "47", "05/03/2026", "Determinazione"})
            tb.addCell(cell(v, f(Font.NORMAL, 10), null, Element.ALIGN_CENTER, 1));
        tb.addCell(cell("Settore", f(Font.BOLD, 8.5f), grey, Element.ALIGN_LEFT, 1));
        tb.addCell(cell("SETTORE III – LAVORI PUBBLICI, AMBIENTE E DEMANIO MARITTIMO", f(Font.NORMAL, 9.5f), null, Element.ALIGN_LEFT, 4));
        tb.addCell(cell("Oggetto", f(Font.BOLD, 8.5f), grey, Element.ALIGN_LEFT, 1));
        tb.addCell(cell("Affidamento diretto del servizio di pulizia e manutenzione delle spiagge libere del litorale comunale per la stagione balneare 2026 – CIG B9D4F27A10 – Impegno di spesa.", f(Font.NORMAL, 9.5f), null, Element.ALIGN_LEFT, 4));
        tb.addCell(cell("Pubblicazione", f(Font.BOLD, 8.5f), grey, Element.ALIGN_LEFT, 1));
        tb.addCell(cell("dal 06/03/2026 al 21/03/2026 (15 giorni consecutivi)", f(Font.NORMAL, 9.5f), null, Element.ALIGN_LEFT, 4));
        d.add(tb);

        p = new Paragraph("IL RESPONSABILE DELLA PUBBLICAZIONE", t(Font.BOLD, 11.5f)); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingBefore(22); p.setSpacingAfter(8); d.add(p);
        p = new Paragraph("visti gli atti d'ufficio e le risultanze del Registro delle pubblicazioni dell'Albo Pretorio on line,", t(Font.NORMAL, 11.5f)); p.setAlignment(Element.ALIGN_JUSTIFIED); d.add(p);
        p = new Paragraph("ATTESTA", t(Font.BOLD, 11.5f)); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingBefore(8); p.setSpacingAfter(8); d.add(p);
        p = new Paragraph("che l'atto sopra indicato è stato pubblicato all'Albo Pretorio on line del Comune di Mattinata, accessibile dal sito istituzionale dell'Ente, per quindici giorni consecutivi, dal 06/03/2026 al 21/03/2026, con il numero 412 del Registro delle pubblicazioni, e che durante il periodo di pubblicazione non sono pervenute osservazioni od opposizioni.", t(Font.NORMAL, 11.5f));
        p.setAlignment(Element.ALIGN_JUSTIFIED); p.setLeading(15); d.add(p);
        p = new Paragraph("Mattinata, 23/03/2026", t(Font.NORMAL, 11.5f)); p.setSpacingBefore(24); d.add(p);
        PdfPTable s = new PdfPTable(2); s.setWidthPercentage(100); s.setSpacingBefore(10);
        PdfPCell e = new PdfPCell(new Phrase("")); e.setBorder(Rectangle.NO_BORDER); s.addCell(e);
        PdfPCell g = new PdfPCell(); g.setBorder(Rectangle.NO_BORDER); g.setHorizontalAlignment(Element.ALIGN_CENTER);
        Paragraph q = new Paragraph("IL RESPONSABILE DELLA PUBBLICAZIONE\n", t(Font.NORMAL, 10.5f)); q.setAlignment(Element.ALIGN_CENTER); g.addElement(q);
        q = new Paragraph("Michele Prencipe", t(Font.ITALIC, 11)); q.setAlignment(Element.ALIGN_CENTER); g.addElement(q);
        q = new Paragraph("firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2, del D.Lgs. 39/1993", t(Font.NORMAL, 7.5f)); q.setAlignment(Element.ALIGN_CENTER); g.addElement(q);
        s.addCell(g); d.add(s);
        d.close();
    }
}
