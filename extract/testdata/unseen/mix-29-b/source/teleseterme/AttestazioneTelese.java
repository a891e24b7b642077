// Comune di Telese Terme - attestazione di pubblicazione of Giunta deliberation 31/2026,
// laid out like a pre-printed administrative form (Myo-style modulistica: labelled boxes, tick boxes). OpenPDF 1.3.43.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

public class AttestazioneTelese {
    static BaseFont R, B, I;
    static PdfPCell lab(String s) {
        PdfPCell c = new PdfPCell(new Phrase(s, new Font(B, 7.5f, Font.NORMAL, new Color(60, 60, 60))));
        c.setBackgroundColor(new Color(236, 240, 232)); c.setPadding(4); c.setBorderColor(new Color(120, 140, 100)); return c;
    }
    static PdfPCell val(String s, float size, int cols) {
        PdfPCell c = new PdfPCell(new Phrase(s, new Font(R, size))); c.setPadding(5); c.setColspan(cols);
        c.setBorderColor(new Color(120, 140, 100)); return c;
    }
    public static void main(String[] a) throws Exception {
        String FD = "/usr/share/fonts/truetype/dejavu/";
        R = BaseFont.createFont(FD + "DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        B = BaseFont.createFont(FD + "DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        I = BaseFont.createFont(FD + "DejaVuSans-Oblique.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document d = new Document(PageSize.A4, 50, 50, 40, 50);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        d.addTitle("Attestazione di pubblicazione - Delibera G.C. 31/2026"); d.addCreator("Modulistica Albo on line");
        d.open();
        PdfContentByte cb = w.getDirectContent();
        // form code in the margin, as pre-printed forms carry
        cb.beginText(); cb.setFontAndSize(R, 6); cb.showTextAligned(Element.ALIGN_LEFT, "Mod. ALB/07 – rev. 2024", 20, 300, 90); cb.endText();

        PdfPTable h = new PdfPTable(new float[]{1f, 5f}); h.setWidthPercentage(100);
        PdfPCell cr = new PdfPCell(new Phrase("stemma", new Font(I, 6))); cr.setFixedHeight(52); cr.setHorizontalAlignment(Element.ALIGN_CENTER); cr.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cr.setBorderColor(Color.LIGHT_GRAY); h.addCell(cr);
        PdfPCell nm = new PdfPCell(); nm.setBorder(Rectangle.NO_BORDER); nm.setPaddingLeft(10);
        nm.addElement(new Paragraph("COMUNE DI TELESE TERME", new Font(B, 16)));
        nm.addElement(new Paragraph("Provincia di Benevento", new Font(R, 9)));
        nm.addElement(new Paragraph("Area Amministrativa – Ufficio Albo Pretorio e Messi Notificatori", new Font(I, 8)));
        h.addCell(nm); d.add(h);

        Paragraph t = new Paragraph("ATTESTAZIONE DI PUBBLICAZIONE", new Font(B, 14)); t.setAlignment(Element.ALIGN_CENTER); t.setSpacingBefore(24); d.add(t);
        Paragraph st = new Paragraph("(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della L. 18 giugno 2009, n. 69)", new Font(R, 8)); st.setAlignment(Element.ALIGN_CENTER); st.setSpacingAfter(16); d.add(st);

        PdfPTable f = new PdfPTable(new float[]{1.6f, 1.5f, 1.1f, 1.5f}); f.setWidthPercentage(100);
        f.addCell(lab("TIPO DI ATTO")); f.addCell(val("Deliberazione della Giunta Comunale", 9, 3));
        f.addCell(lab("NUMERO")); f.addCell(val("31", 10, 1)); f.addCell(lab("DEL")); f.addCell(val("26/02/2026", 10, 1));
        f.addCell(lab("OGGETTO")); f.addCell(val("Approvazione dello schema di convenzione con l’Associazione di volontariato di Protezione Civile “Valle Telesina” per le attività di supporto in emergenza e di presidio del territorio – Anno 2026.", 9, 3));
        f.addCell(lab("N. REGISTRO PUBBLICAZIONI")); f.addCell(val("412", 10, 1)); f.addCell(lab("ANNO")); f.addCell(val("2026", 10, 1));
        f.addCell(lab("INIZIO PUBBLICAZIONE")); f.addCell(val("10/03/2026", 10, 1)); f.addCell(lab("FINE")); f.addCell(val("25/03/2026", 10, 1));
        d.add(f);

        Paragraph p = new Paragraph("Il sottoscritto Responsabile della pubblicazione, visti gli atti d’ufficio,", new Font(R, 10)); p.setSpacingBefore(18); d.add(p);
        Paragraph at = new Paragraph("A T T E S T A", new Font(B, 11)); at.setAlignment(Element.ALIGN_CENTER); at.setSpacingBefore(8); at.setSpacingAfter(8); d.add(at);
        Paragraph p2 = new Paragraph("che l’atto sopra indicato è stato affisso all’Albo Pretorio on line di questo Comune, accessibile dal sito istituzionale dell’Ente, in data 10/03/2026 e vi rimarrà pubblicato per quindici giorni consecutivi, fino al 25/03/2026 compreso.", new Font(R, 10));
        p2.setAlignment(Element.ALIGN_JUSTIFIED); p2.setLeading(14); d.add(p2);

        PdfPTable ck = new PdfPTable(new float[]{0.3f, 6f}); ck.setWidthPercentage(100); ck.setSpacingBefore(12);
        String[][] boxes = {{"X", "Contestualmente all’affissione l’atto è stato trasmesso in elenco ai Capigruppo consiliari (art. 125 D.Lgs. 267/2000)."},
                            {" ", "L’atto è stato pubblicato per estratto."},
                            {"X", "L’atto è stato dichiarato immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000)."}};
        for (String[] b : boxes) {
            PdfPCell x = new PdfPCell(new Phrase(b[0], new Font(B, 9))); x.setHorizontalAlignment(Element.ALIGN_CENTER); x.setFixedHeight(14); ck.addCell(x);
            PdfPCell tx = new PdfPCell(new Phrase(b[1], new Font(R, 9))); tx.setBorder(Rectangle.NO_BORDER); tx.setPaddingLeft(6); ck.addCell(tx);
        }
        d.add(ck);

        Paragraph dt = new Paragraph("Telese Terme, 10/03/2026", new Font(R, 10)); dt.setSpacingBefore(26); d.add(dt);
        PdfPTable s = new PdfPTable(new float[]{1f, 1f}); s.setWidthPercentage(100); s.setSpacingBefore(6);
        PdfPCell e = new PdfPCell(new Phrase("")); e.setBorder(Rectangle.NO_BORDER); s.addCell(e);
        PdfPCell sg = new PdfPCell(); sg.setBorder(Rectangle.NO_BORDER);
        Paragraph s1 = new Paragraph("IL RESPONSABILE DELLA PUBBLICAZIONE", new Font(B, 9)); s1.setAlignment(Element.ALIGN_CENTER); sg.addElement(s1);
        Paragraph s2 = new Paragraph("Sig.ra Antonella Iannotti", new Font(R, 10)); s2.setAlignment(Element.ALIGN_CENTER); sg.addElement(s2);
        Paragraph s3 = new Paragraph("(firma digitale)", new Font(I, 7.5f)); s3.setAlignment(Element.ALIGN_CENTER); sg.addElement(s3);
        s.addCell(sg); d.add(s);

        cb.setLineWidth(0.4f); cb.moveTo(50, 62); cb.lineTo(545, 62); cb.stroke();
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate", new Font(I, 7)), 297, 50, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Pag. 1 di 1", new Font(R, 7)), 545, 40, 0);
        d.close();
    }
}
