// Avviso di convocazione del Consiglio Comunale, Comune di Cerreto Sannita: Java + OpenPDF 1.3.43
// (imitates an Olivetti-era segreteria letter print: letterhead, protocol line, addressees, numbered agenda)
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class Convocazione {
    static final String F = "/usr/share/fonts/truetype/liberation/";
    public static void main(String[] a) throws Exception {
        Document d = new Document(PageSize.A4, 70, 60, 50, 60);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        BaseFont reg = BaseFont.createFont(F + "LiberationSerif-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        BaseFont bold = BaseFont.createFont(F + "LiberationSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        BaseFont ital = BaseFont.createFont(F + "LiberationSerif-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        final Font fr = new Font(reg, 11), fb = new Font(bold, 11), fi = new Font(ital, 10), fs = new Font(reg, 7.5f);
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document doc) {
                PdfContentByte cb = wr.getDirectContent();
                ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase(
                    "Comune di Cerreto Sannita – Piazza Luigi Sodo, 1 – 82032 Cerreto Sannita (BN) – PEC: protocollo.cerretosannita@asmepec.it", fs), 297, 35, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase(
                    "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.", fs), 297, 25, 0);
            }
        });
        d.addTitle("Convocazione Consiglio Comunale 30/03/2026");
        d.open();
        Paragraph p = new Paragraph("[stemma]", new Font(reg, 7)); p.setAlignment(Element.ALIGN_CENTER); d.add(p);
        p = new Paragraph("COMUNE DI CERRETO SANNITA", new Font(bold, 18)); p.setAlignment(Element.ALIGN_CENTER); d.add(p);
        p = new Paragraph("Provincia di Benevento", new Font(ital, 11)); p.setAlignment(Element.ALIGN_CENTER); d.add(p);
        p = new Paragraph("Ufficio del Presidente del Consiglio Comunale", new Font(reg, 9)); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingAfter(14); d.add(p);

        PdfPTable t = new PdfPTable(2); t.setWidthPercentage(100); t.setWidths(new float[]{1, 1});
        PdfPCell c = new PdfPCell(new Phrase("Prot. n. 2214", fr)); c.setBorder(0); t.addCell(c);
        c = new PdfPCell(new Phrase("Cerreto Sannita, 20/03/2026", fr)); c.setBorder(0); c.setHorizontalAlignment(Element.ALIGN_RIGHT); t.addCell(c);
        d.add(t);

        PdfPTable dest = new PdfPTable(2); dest.setWidthPercentage(100); dest.setWidths(new float[]{1.1f, 1}); dest.setSpacingBefore(12);
        c = new PdfPCell(new Phrase("")); c.setBorder(0); dest.addCell(c);
        c = new PdfPCell(); c.setBorder(0);
        for (String s : new String[]{"Ai Sigg. Consiglieri Comunali", "LORO SEDI", "", "Al Sindaco", "Al Revisore dei Conti", "", "e p.c.  A S.E. il Prefetto di Benevento", "Al Comandante della Stazione Carabinieri", "di Cerreto Sannita"}) {
            Paragraph q = new Paragraph(s.isEmpty() ? " " : s, s.equals("LORO SEDI") ? fb : fr); q.setLeading(13); c.addElement(q);
        }
        dest.addCell(c); d.add(dest);

        p = new Paragraph("AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE", new Font(bold, 13)); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingBefore(18); d.add(p);
        p = new Paragraph("(art. 39 del D.Lgs. 18 agosto 2000, n. 267 – art. 12 del Regolamento del Consiglio Comunale)", fi); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingAfter(12); d.add(p);

        String[] body = {
            "La S.V. è invitata a partecipare alla seduta del Consiglio Comunale, convocato in sessione ordinaria ed in seduta pubblica, presso la Sala consiliare del Palazzo Municipale, per il giorno",
        };
        for (String s : body) { p = new Paragraph(s, fr); p.setAlignment(Element.ALIGN_JUSTIFIED); p.setLeading(15); d.add(p); }
        p = new Paragraph("LUNEDÌ 30 MARZO 2026, alle ore 17:30, in prima convocazione", fb); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingBefore(6); p.setSpacingAfter(6); d.add(p);
        p = new Paragraph("e, occorrendo, per il giorno martedì 31 marzo 2026, alla stessa ora, in seconda convocazione, per la trattazione del seguente", fr);
        p.setAlignment(Element.ALIGN_JUSTIFIED); p.setLeading(15); d.add(p);
        p = new Paragraph("ORDINE DEL GIORNO", fb); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingBefore(8); p.setSpacingAfter(4); d.add(p);
        String[] odg = {
            "Lettura e approvazione dei verbali della seduta precedente.",
            "Comunicazioni del Sindaco.",
            "Approvazione del Documento Unico di Programmazione (DUP) 2026/2028 – nota di aggiornamento.",
            "Approvazione del bilancio di previsione finanziario 2026/2028 e relativi allegati.",
            "Regolamento comunale per l'utilizzo dell'Auditorium \"San Martino\" – approvazione.",
            "Interrogazione del Gruppo consiliare \"Cerreto Bene Comune\" in merito alla viabilità di contrada Cesco Sant'Angelo.",
        };
        List l = new List(List.ORDERED, 18);
        for (String s : odg) { ListItem li = new ListItem(s, fr); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setLeading(15); l.add(li); }
        d.add(l);
        p = new Paragraph("Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio di Segreteria e consultabili dai Consiglieri, nell'orario d'ufficio, a far data dalla notifica del presente avviso. La seduta sarà trasmessa in diretta streaming sul sito istituzionale dell'Ente.", fr);
        p.setAlignment(Element.ALIGN_JUSTIFIED); p.setLeading(15); p.setSpacingBefore(10); d.add(p);

        PdfPTable sg = new PdfPTable(2); sg.setWidthPercentage(100); sg.setSpacingBefore(24);
        c = new PdfPCell(new Phrase("")); c.setBorder(0); sg.addCell(c);
        c = new PdfPCell(); c.setBorder(0);
        for (String[] s : new String[][]{{"IL PRESIDENTE DEL CONSIGLIO COMUNALE", "b"}, {"Avv. Antonietta Di Lauro", "r"}, {"(firmato digitalmente)", "s"}}) {
            Paragraph q = new Paragraph(s[0], s[1].equals("b") ? fb : s[1].equals("r") ? fr : fs); q.setAlignment(Element.ALIGN_CENTER); c.addElement(q);
        }
        sg.addCell(c); d.add(sg);
        d.close();
    }
}
