// Consiglio comunale deliberation of Monteleone di Spoleto (PG): Java 17 + OpenPDF 1.3.30.
// Running head and foot drawn on every page by a page event; the roll is a table on the last page,
// after the signatures.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class D02Monteleone {
    static final String FD = "/usr/share/fonts/truetype/liberation/";
    static BaseFont R, B, I;
    static Font f(BaseFont b, float s) { return new Font(b, s); }

    public static void main(String[] a) throws Exception {
        R = BaseFont.createFont(FD + "LiberationSerif-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        B = BaseFont.createFont(FD + "LiberationSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        I = BaseFont.createFont(FD + "LiberationSerif-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document doc = new Document(PageSize.A4, 62, 56, 92, 70);
        PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(a[0]));
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document d) {
                PdfContentByte cb = wr.getDirectContent();
                cb.beginText(); cb.setFontAndSize(B, 10.5f);
                cb.showTextAligned(Element.ALIGN_LEFT, "COMUNE DI MONTELEONE DI SPOLETO", 62, 800, 0);
                cb.setFontAndSize(R, 8.5f);
                cb.showTextAligned(Element.ALIGN_LEFT, "Provincia di Perugia", 62, 788, 0);
                cb.setFontAndSize(R, 9);
                cb.showTextAligned(Element.ALIGN_RIGHT, "Deliberazione C.C. n. 9 del 17/04/2026", 539, 800, 0);
                cb.showTextAligned(Element.ALIGN_RIGHT, "Seduta ordinaria – prima convocazione", 539, 788, 0);
                cb.setFontAndSize(R, 8);
                cb.showTextAligned(Element.ALIGN_LEFT, "Piazza del Mercato n. 1 – 06045 Monteleone di Spoleto (PG) – P.IVA 00450460547", 62, 40, 0);
                cb.showTextAligned(Element.ALIGN_RIGHT, "Pag. " + wr.getPageNumber(), 539, 40, 0);
                cb.endText();
                cb.setLineWidth(0.6f); cb.moveTo(62, 780); cb.lineTo(539, 780); cb.stroke();
                cb.moveTo(62, 52); cb.lineTo(539, 52); cb.stroke();
            }
        });
        doc.open();
        Paragraph p;
        p = new Paragraph("ORIGINALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", f(B, 13)); p.setAlignment(Element.ALIGN_CENTER); doc.add(p);
        p = new Paragraph("Numero 9 – Data 17/04/2026", f(B, 12)); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingAfter(10); doc.add(p);
        PdfPTable o = new PdfPTable(new float[]{1.2f, 6f}); o.setWidthPercentage(100);
        PdfPCell c = new PdfPCell(new Phrase("Oggetto:", f(B, 11))); c.setBorder(Rectangle.BOX); c.setPadding(5); o.addCell(c);
        c = new PdfPCell(new Phrase("Modifica del Regolamento comunale per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria. Approvazione.", f(B, 11)));
        c.setPadding(5); o.addCell(c); doc.add(o);
        String[] body = {
            "L'anno duemilaventisei, il giorno diciassette del mese di aprile, alle ore 18:30, nella sala consiliare del Palazzo comunale, a seguito di avviso di convocazione prot. n. 1287 del 10/04/2026, regolarmente notificato, si è riunito il Consiglio Comunale in sessione ordinaria, seduta pubblica di prima convocazione.",
            "Presiede la seduta il Sindaco Marisa Angelini. Partecipa il Segretario Comunale dott. Fabrizio Carloni, incaricato della redazione del verbale. Il Presidente, constatato che gli intervenuti sono in numero legale (presenti n. 9 componenti su 11 assegnati, come risulta dal prospetto delle presenze riportato in calce al presente verbale), dichiara aperta la seduta.",
        };
        for (String s : body) { p = new Paragraph(s, f(R, 11)); p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingBefore(8); doc.add(p); }
        p = new Paragraph("IL CONSIGLIO COMUNALE", f(B, 11)); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingBefore(10); doc.add(p);
        String[] prem = {
            "RICHIAMATA la propria deliberazione n. 7 del 29/03/2021, con la quale è stato approvato il Regolamento comunale per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, di cui all'art. 1, commi 816 e seguenti, della Legge 27 dicembre 2019, n. 160;",
            "RITENUTO necessario aggiornare il Regolamento per disciplinare le occupazioni temporanee connesse ai cantieri della ricostruzione post-sisma e per introdurre la riduzione del canone per le attività commerciali del centro storico;",
            "VISTO il parere favorevole dell'Organo di revisione economico-finanziaria, acquisito al protocollo n. 1301 del 13/04/2026;",
            "VISTI i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
            "UDITA la relazione del Sindaco e gli interventi dei consiglieri Pasquali e Sensini, riportati nel resoconto della seduta;",
            "CON VOTI favorevoli n. 7, contrari n. 2 (Pasquali, Sensini), astenuti nessuno, espressi per alzata di mano dai n. 9 consiglieri presenti e votanti;",
        };
        for (String s : prem) { p = new Paragraph(s, f(R, 11)); p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingBefore(5); doc.add(p); }
        p = new Paragraph("DELIBERA", f(B, 11)); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingBefore(10); doc.add(p);
        String[] pts = {
            "di approvare le modifiche agli articoli 8, 14 e 27 del Regolamento comunale per la disciplina del canone patrimoniale, nel testo riportato nell'allegato A, parte integrante e sostanziale del presente atto;",
            "di dare atto che le modifiche entrano in vigore il 1° maggio 2026;",
            "di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze mediante inserimento nel Portale del federalismo fiscale;",
            "di incaricare il Responsabile dell'Area Economico-Finanziaria degli adempimenti conseguenti.",
        };
        for (int i = 0; i < pts.length; i++) {
            p = new Paragraph((i + 1) + ". " + pts[i], f(R, 11)); p.setAlignment(Element.ALIGN_JUSTIFIED);
            p.setIndentationLeft(18); p.setFirstLineIndent(-14); p.setSpacingBefore(4); doc.add(p);
        }
        p = new Paragraph("Successivamente, con separata votazione che dà il seguente esito: favorevoli n. 7, contrari n. 2 (Pasquali, Sensini), astenuti nessuno, il Consiglio Comunale dichiara il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", f(R, 11));
        p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingBefore(8); doc.add(p);
        p = new Paragraph("Del che si è redatto il presente verbale che, letto e approvato, viene sottoscritto come segue.", f(R, 11)); p.setSpacingBefore(12); doc.add(p);
        PdfPTable s = new PdfPTable(2); s.setWidthPercentage(100); s.setSpacingBefore(14);
        String[][] sg = {{"IL PRESIDENTE", "IL SEGRETARIO COMUNALE"}, {"Marisa Angelini", "dott. Fabrizio Carloni"}, {"(firmato digitalmente)", "(firmato digitalmente)"}};
        for (int r = 0; r < 3; r++) for (int k = 0; k < 2; k++) {
            c = new PdfPCell(new Phrase(sg[r][k], r == 0 ? f(B, 11) : r == 2 ? f(I, 9) : f(R, 11)));
            c.setBorder(Rectangle.NO_BORDER); c.setHorizontalAlignment(Element.ALIGN_CENTER); s.addCell(c);
        }
        doc.add(s);
        doc.newPage();
        p = new Paragraph("PROSPETTO DELLE PRESENZE DEI CONSIGLIERI", f(B, 11.5f)); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingAfter(4); doc.add(p);
        p = new Paragraph("(allegato al verbale della seduta del 17/04/2026 – appello nominale delle ore 18:30)", f(I, 9.5f)); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingAfter(10); doc.add(p);
        PdfPTable t = new PdfPTable(new float[]{0.6f, 4f, 3f, 1.3f, 1.3f}); t.setWidthPercentage(100);
        String[] h = {"N.", "Cognome e Nome", "Carica", "Presente", "Assente"};
        for (String x : h) { c = new PdfPCell(new Phrase(x, f(B, 10))); c.setGrayFill(0.85f); c.setPadding(4); c.setHorizontalAlignment(Element.ALIGN_CENTER); t.addCell(c); }
        String[][] rows = {
            {"ANGELINI Marisa", "Sindaco", "P"}, {"TOMASSONI Luca", "Consigliere", "P"}, {"DI CARLO Ilaria", "Consigliere", "P"},
            {"CESARINI Piero", "Consigliere", "P"}, {"FEDELI Simona", "Consigliere", "A"}, {"ROSATI Giorgio", "Consigliere", "P"},
            {"MATTIOLI Enrico", "Consigliere", "P"}, {"BERNABEI Chiara", "Consigliere", "P"}, {"PASQUALI Roberto", "Consigliere", "P"},
            {"SENSINI Daniela", "Consigliere", "P"}, {"VALENTINI Mauro", "Consigliere", "A"}};
        for (int i = 0; i < rows.length; i++) {
            String[] v = {String.valueOf(i + 1), rows[i][0], rows[i][1], rows[i][2].equals("P") ? "X" : "", rows[i][2].equals("A") ? "X" : ""};
            for (int k = 0; k < 5; k++) { c = new PdfPCell(new Phrase(v[k], f(R, 10.5f))); c.setPadding(4); if (k != 1 && k != 2) c.setHorizontalAlignment(Element.ALIGN_CENTER); t.addCell(c); }
        }
        c = new PdfPCell(new Phrase("Totale presenti: 9 – Totale assenti: 2 (FEDELI Simona, assente giustificata; VALENTINI Mauro)", f(B, 10)));
        c.setColspan(5); c.setPadding(5); t.addCell(c);
        doc.add(t);
        doc.close();
    }
}
