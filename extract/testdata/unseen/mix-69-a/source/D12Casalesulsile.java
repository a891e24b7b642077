// Casale sul Sile (TV): convocation of the Consiglio comunale, OpenPDF 1.3.30, Liberation Sans embedded as Identity-H (CID)
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class D12Casalesulsile {
    public static void main(String[] a) throws Exception {
        String F = "/usr/share/fonts/truetype/liberation/";
        BaseFont reg = BaseFont.createFont(F + "LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        BaseFont bold = BaseFont.createFont(F + "LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Font f = new Font(reg, 10.5f), fb = new Font(bold, 10.5f), fs = new Font(reg, 8f), ft = new Font(bold, 15f);
        Document d = new Document(PageSize.A4, 62, 62, 56, 60);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document doc) {
                PdfContentByte cb = wr.getDirectContent();
                ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("Comune di Casale sul Sile – Via Vittorio Veneto 25 – 31032 Casale sul Sile (TV) – PEC: protocollo.comune.casalesulsile.tv@pecveneto.it", fs), 297, 36, 0);
            }
        });
        d.addTitle("Convocazione Consiglio comunale"); d.addCreator("Studio K – Sicr@web Atti");
        d.open();
        PdfPTable h = new PdfPTable(new float[]{3f, 2f}); h.setWidthPercentage(100);
        PdfPCell c1 = new PdfPCell(); c1.setBorder(0);
        c1.addElement(new Paragraph("COMUNE DI CASALE SUL SILE", ft));
        c1.addElement(new Paragraph("Provincia di Treviso", f));
        c1.addElement(new Paragraph("Ufficio di Presidenza del Consiglio comunale", fs));
        PdfPCell c2 = new PdfPCell(); c2.setBorderWidth(0.8f); c2.setPadding(6);
        c2.addElement(new Paragraph("Prot. n. 5318", f));
        c2.addElement(new Paragraph("Casale sul Sile, 20/03/2026", f));
        h.addCell(c1); h.addCell(c2); d.add(h);
        Paragraph to = new Paragraph("Ai Signori Consiglieri comunali\nAl Segretario Generale\nAl Revisore dei conti\ne p.c. al Prefetto di Treviso\nLORO SEDI", f);
        to.setIndentationLeft(290); to.setSpacingBefore(18); d.add(to);
        Paragraph o = new Paragraph(); o.setSpacingBefore(18);
        o.add(new Chunk("OGGETTO: ", fb)); o.add(new Chunk("Convocazione del Consiglio comunale in sessione ordinaria – seduta del 2 aprile 2026.", fb));
        d.add(o);
        Paragraph b = new Paragraph("Ai sensi dell'art. 39 del D.Lgs. 267/2000 e dell'art. 12 del Regolamento del Consiglio comunale, la S.V. è invitata a partecipare alla seduta del Consiglio comunale, in sessione ordinaria e in seduta pubblica di prima convocazione, che si terrà presso la Sala consiliare di Palazzo Valeri il giorno giovedì 2 aprile 2026 alle ore 20:00, per la trattazione del seguente", f);
        b.setAlignment(Element.ALIGN_JUSTIFIED); b.setSpacingBefore(10); d.add(b);
        Paragraph og = new Paragraph("ORDINE DEL GIORNO", fb); og.setAlignment(Element.ALIGN_CENTER); og.setSpacingBefore(8); og.setSpacingAfter(4); d.add(og);
        String[] items = {
            "Comunicazioni del Sindaco.",
            "Approvazione dei verbali della seduta del 26 febbraio 2026.",
            "Approvazione del rendiconto della gestione per l'esercizio finanziario 2025.",
            "Variazione al bilancio di previsione 2026-2028 e applicazione dell'avanzo di amministrazione.",
            "Approvazione della convenzione per la gestione associata del servizio di polizia locale con il Comune di Quinto di Treviso.",
            "Mozione del gruppo consiliare \"Casale Futura\" sulla sicurezza della pista ciclabile lungo il Sile."};
        PdfPTable t = new PdfPTable(new float[]{0.6f, 9f}); t.setWidthPercentage(100);
        for (int i = 0; i < items.length; i++) {
            PdfPCell n = new PdfPCell(new Phrase((i + 1) + ".", f)); n.setBorder(0); n.setPaddingBottom(4);
            PdfPCell x = new PdfPCell(new Phrase(items[i], f)); x.setBorder(0); x.setPaddingBottom(4);
            t.addCell(n); t.addCell(x);
        }
        d.add(t);
        Paragraph s = new Paragraph("In caso di mancanza del numero legale, la seduta di seconda convocazione è fissata per venerdì 3 aprile 2026 alle ore 20:00, nello stesso luogo. La documentazione relativa agli argomenti è a disposizione dei Consiglieri presso l'Ufficio Segreteria negli orari di apertura al pubblico.", f);
        s.setAlignment(Element.ALIGN_JUSTIFIED); s.setSpacingBefore(8); d.add(s);
        Paragraph sg = new Paragraph("IL PRESIDENTE DEL CONSIGLIO COMUNALE\nAndrea Michielan", f); sg.setAlignment(Element.ALIGN_CENTER); sg.setIndentationLeft(230); sg.setSpacingBefore(24); d.add(sg);
        Paragraph fd = new Paragraph("(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)", fs); fd.setAlignment(Element.ALIGN_CENTER); fd.setIndentationLeft(230); d.add(fd);
        d.close();
    }
}
