// Comune di Sutrio: OpenPDF 1.3.30; running head and foot drawn on every page by a page event; justified text
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class D06Sutrio {
    static Font F = FontFactory.getFont(FontFactory.HELVETICA, 10f);
    static Font B = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10f);
    static Font S = FontFactory.getFont(FontFactory.HELVETICA, 8f);
    static Paragraph p(String t) { Paragraph x = new Paragraph(t, F); x.setAlignment(Element.ALIGN_JUSTIFIED); x.setSpacingAfter(5); x.setLeading(13); return x; }
    static Paragraph c(String t, Font f) { Paragraph x = new Paragraph(t, f); x.setAlignment(Element.ALIGN_CENTER); x.setSpacingAfter(5); return x; }
    static PdfPCell cell(String t, Font f, int al) { PdfPCell k = new PdfPCell(new Phrase(t, f)); k.setHorizontalAlignment(al); k.setPadding(3); return k; }
    public static void main(String[] a) throws Exception {
        Document d = new Document(PageSize.A4, 60, 55, 90, 60);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document doc) {
                PdfContentByte cb = wr.getDirectContent();
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("COMUNE DI SUTRIO", B), 60, 800, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Provincia di Udine – Via Roma, 35 – 33020 Sutrio (UD)", S), 60, 789, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Deliberazione del Consiglio Comunale n. 9 del 14/05/2026", S), 540, 800, 0);
                cb.moveTo(60, 782); cb.lineTo(540, 782); cb.stroke();
                cb.moveTo(60, 48); cb.lineTo(540, 48); cb.stroke();
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005", S), 60, 36, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Pagina " + wr.getPageNumber(), S), 540, 36, 0);
            }
        });
        d.addTitle("Deliberazione C.C. n. 9/2026"); d.addCreator("Tecnodata Atti Amministrativi");
        d.open();
        d.add(c("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12f)));
        d.add(c("Adunanza ordinaria di prima convocazione – seduta pubblica", F));
        PdfPTable h = new PdfPTable(new float[]{1, 4}); h.setWidthPercentage(100); h.setSpacingBefore(6); h.setSpacingAfter(8);
        h.addCell(cell("N. 9\ndel 14/05/2026", B, Element.ALIGN_CENTER));
        h.addCell(cell("OGGETTO: Modifica del Regolamento comunale per l'applicazione del canone unico patrimoniale di concessione, autorizzazione o esposizione pubblicitaria.", B, Element.ALIGN_LEFT));
        d.add(h);
        d.add(p("L'anno duemilaventisei, il giorno quattordici del mese di maggio, alle ore 19:00, nella sala consiliare del Municipio, a seguito di convocazione disposta con avviso notificato ai singoli consiglieri, si è riunito il Consiglio Comunale. Fatto l'appello nominale risultano:"));
        PdfPTable r = new PdfPTable(new float[]{0.5f, 4, 2.5f, 0.8f, 0.8f}); r.setWidthPercentage(85); r.setSpacingAfter(6);
        for (String t : new String[]{"N.", "Cognome e Nome", "Carica", "P", "A"}) { PdfPCell k = cell(t, B, Element.ALIGN_CENTER); k.setGrayFill(0.85f); r.addCell(k); }
        String[][] m = {{"DI CENTA Manlio","Sindaco","P",""},{"PRIMUS Lorena","Consigliere","P",""},{"DEL NEGRO Ivan","Consigliere","P",""},{"SELENATI Katia","Consigliere","","AG"},{"MORASSI Daniele","Consigliere","P",""},{"SCREM Federica","Consigliere","P",""},{"PLAZZOTTA Walter","Consigliere","P",""},{"DE CRIGNIS Michela","Consigliere","P",""},{"CANDOTTI Alan","Consigliere","P",""},{"TOSON Renato","Consigliere","","A"},{"BUSOLINI Elena","Consigliere","P",""}};
        for (int i = 0; i < m.length; i++) { r.addCell(cell(String.valueOf(i + 1), F, Element.ALIGN_CENTER)); r.addCell(cell(m[i][0], F, Element.ALIGN_LEFT)); r.addCell(cell(m[i][1], F, Element.ALIGN_LEFT)); r.addCell(cell(m[i][2], F, Element.ALIGN_CENTER)); r.addCell(cell(m[i][3], F, Element.ALIGN_CENTER)); }
        PdfPCell tot = cell("Presenti n. 9 – Assenti n. 2 (di cui giustificati n. 1)", F, Element.ALIGN_RIGHT); tot.setColspan(5); r.addCell(tot);
        d.add(r);
        d.add(c("Legenda: P = presente; A = assente; AG = assente giustificato", S));
        d.add(p("Partecipa all'adunanza e ne cura la verbalizzazione il Segretario comunale dott.ssa Nadia Puntel."));
        d.add(p("Assume la presidenza il sig. Manlio Di Centa, nella sua qualità di Sindaco, il quale, constatato il numero legale degli intervenuti, dichiara aperta la seduta ed invita il Consiglio a deliberare sull'oggetto sopra indicato."));
        d.add(c("IL CONSIGLIO COMUNALE", B));
        String[] prem = {
            "PREMESSO che con deliberazione consiliare n. 6 del 29/03/2021 è stato approvato il Regolamento comunale per l'applicazione del canone unico patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, istituito dall'art. 1, commi 816 e seguenti, della Legge 27 dicembre 2019, n. 160;",
            "RILEVATA la necessità di aggiornare il Regolamento con riferimento alle occupazioni temporanee connesse alle manifestazioni sportive e culturali, tra cui la manifestazione \"Farie Puartis Viertis\", e di introdurre una riduzione per le occupazioni dei pubblici esercizi nei mesi estivi;",
            "VISTO lo schema delle modifiche predisposto dal Servizio Tributi, allegato sub A) alla presente deliberazione, ed esaminato dalla competente commissione consiliare nella seduta del 05/05/2026;",
            "ACQUISITO il parere favorevole del Revisore unico dei conti, reso con verbale n. 4 del 08/05/2026;",
            "VISTI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000 e dell'art. 17, comma 12, della L.R. 17/2004;",
            "UDITI gli interventi dei consiglieri, riportati nel resoconto integrale della seduta;",
            "CON VOTI favorevoli n. 6, contrari n. 2 (Candotti, Busolini), astenuti n. 1 (Plazzotta), espressi per alzata di mano dai n. 9 consiglieri presenti, di cui n. 8 votanti;"};
        for (String t : prem) d.add(p(t));
        d.add(c("DELIBERA", B));
        String[] pts = {
            "di approvare le modifiche al Regolamento comunale per l'applicazione del canone unico patrimoniale nel testo allegato sub A), che costituisce parte integrante e sostanziale del presente atto;",
            "di stabilire che le modifiche hanno effetto dal 1° giugno 2026;",
            "di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze secondo le modalità previste dalla normativa vigente."};
        for (int i = 0; i < pts.length; i++) d.add(p((i + 1) + ". " + pts[i]));
        Paragraph end = p("Letto, confermato e sottoscritto."); end.setSpacingBefore(10); d.add(end);
        PdfPTable sg = new PdfPTable(2); sg.setWidthPercentage(100); sg.setSpacingBefore(10);
        for (String t : new String[]{"IL PRESIDENTE\nManlio Di Centa", "IL SEGRETARIO COMUNALE\ndott.ssa Nadia Puntel"}) { PdfPCell k = cell(t, F, Element.ALIGN_CENTER); k.setBorder(0); sg.addCell(k); }
        d.add(sg);
        d.close();
    }
}
