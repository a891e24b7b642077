// Comune di Veroli - Giunta deliberation 42/2026, in the layout of Datanet "Atti Amministrativi" prints.
// Built with OpenPDF 1.3.43 (Java 17).
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

public class DeliberaVeroli {
    static final String FD = "/usr/share/fonts/truetype/liberation/";
    static BaseFont R, B, I;
    static Font f(BaseFont bf, float s) { return new Font(bf, s); }

    static class Furniture extends PdfPageEventHelper {
        PdfTemplate total;
        public void onOpenDocument(PdfWriter w, Document d) { total = w.getDirectContent().createTemplate(30, 12); }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            cb.setLineWidth(0.5f);
            cb.moveTo(40, 50); cb.lineTo(555, 50); cb.stroke();
            cb.beginText();
            cb.setFontAndSize(R, 7.5f);
            cb.setTextMatrix(40, 40);
            cb.showText("Deliberazione della Giunta Comunale n. 42 del 05/03/2026");
            String p = "Pagina " + w.getPageNumber() + " di ";
            float x = 555 - 12 - R.getWidthPoint(p, 7.5f);
            cb.setTextMatrix(x, 40);
            cb.showText(p);
            cb.endText();
            cb.addTemplate(total, 555 - 12, 40);
            cb.beginText();
            cb.setFontAndSize(I, 6.5f);
            cb.setTextMatrix(40, 30);
            cb.showText("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i. e norme collegate; sostituisce il documento cartaceo e la firma autografa.");
            cb.endText();
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText(); total.setFontAndSize(R, 7.5f); total.setTextMatrix(0, 0);
            total.showText(String.valueOf(w.getPageNumber() - 1)); total.endText();
        }
    }

    static PdfPCell cell(String s, Font fo, int align, float pad, boolean border) {
        PdfPCell c = new PdfPCell(new Phrase(s, fo));
        c.setHorizontalAlignment(align); c.setPadding(pad);
        if (!border) c.setBorder(Rectangle.NO_BORDER);
        return c;
    }
    static Paragraph para(String s, Font fo, int align, float before) {
        Paragraph p = new Paragraph(s, fo); p.setAlignment(align); p.setSpacingBefore(before); p.setLeading(fo.getSize() * 1.35f); return p;
    }

    public static void main(String[] a) throws Exception {
        R = BaseFont.createFont(FD + "LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        B = BaseFont.createFont(FD + "LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        I = BaseFont.createFont(FD + "LiberationSans-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document d = new Document(PageSize.A4, 40, 40, 36, 70);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Furniture());
        d.addTitle("Deliberazione G.C. n. 42/2026"); d.addAuthor("Comune di Veroli"); d.addCreator("Datanet Atti Amministrativi");
        d.open();
        Font n10 = f(R, 10), b10 = f(B, 10), b9 = f(B, 9), n9 = f(R, 9), i8 = f(I, 8);

        // letterhead: crest caption + name
        PdfPTable head = new PdfPTable(new float[]{1.2f, 5f, 1.6f});
        head.setWidthPercentage(100);
        PdfPCell crest = cell("[stemma]", f(I, 7), Element.ALIGN_CENTER, 14, true);
        crest.setBorderColor(Color.GRAY); crest.setFixedHeight(58);
        head.addCell(crest);
        PdfPCell name = new PdfPCell(); name.setBorder(Rectangle.NO_BORDER);
        name.addElement(para("COMUNE DI VEROLI", f(B, 18), Element.ALIGN_CENTER, 0));
        name.addElement(para("PROVINCIA DI FROSINONE", f(R, 9), Element.ALIGN_CENTER, 0));
        head.addCell(name);
        PdfPCell copia = cell("COPIA", f(B, 12), Element.ALIGN_CENTER, 8, true);
        copia.setVerticalAlignment(Element.ALIGN_MIDDLE);
        head.addCell(copia);
        d.add(head);

        d.add(para("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", f(B, 12), Element.ALIGN_CENTER, 12));

        PdfPTable reg = new PdfPTable(new float[]{1.3f, 1f, 1.3f, 1.6f});
        reg.setWidthPercentage(60); reg.setSpacingBefore(8);
        Color g = new Color(225, 225, 225);
        PdfPCell c1 = cell("Numero", b9, Element.ALIGN_CENTER, 4, true); c1.setBackgroundColor(g); reg.addCell(c1);
        reg.addCell(cell("42", b10, Element.ALIGN_CENTER, 4, true));
        PdfPCell c2 = cell("Data", b9, Element.ALIGN_CENTER, 4, true); c2.setBackgroundColor(g); reg.addCell(c2);
        reg.addCell(cell("05/03/2026", b10, Element.ALIGN_CENTER, 4, true));
        d.add(reg);

        PdfPTable ogg = new PdfPTable(new float[]{1.1f, 6f});
        ogg.setWidthPercentage(100); ogg.setSpacingBefore(10);
        PdfPCell ol = cell("OGGETTO:", b10, Element.ALIGN_LEFT, 5, true); ol.setBorder(Rectangle.TOP | Rectangle.BOTTOM); ogg.addCell(ol);
        PdfPCell ot = cell("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MANUTENZIONE STRAORDINARIA DELLA STRADA COMUNALE “SANTA FRANCESCA – CASAMARI”. CUP E27H26000120004.", b10, Element.ALIGN_JUSTIFIED, 5, true);
        ot.setBorder(Rectangle.TOP | Rectangle.BOTTOM); ogg.addCell(ot);
        d.add(ogg);

        d.add(para("L’anno duemilaventisei, il giorno cinque del mese di marzo, alle ore 12:30, nella sala delle adunanze della Sede Comunale, a seguito di regolare convocazione, si è riunita la Giunta Comunale nelle persone dei Signori:", n10, Element.ALIGN_JUSTIFIED, 10));

        String[][] roll = {
            {"SANTORO ANDREA", "Sindaco", "X", ""},
            {"D’AMBROSIO CLAUDIA", "Vice Sindaco", "X", ""},
            {"MASTROGIACOMO LUCA", "Assessore", "X", ""},
            {"FRANCIOSA ELENA", "Assessore", "", "X"},
            {"ZACCARDELLI PIETRO", "Assessore", "X", ""},
            {"BIANCHINI SARA", "Assessore", "X", ""}};
        PdfPTable t = new PdfPTable(new float[]{0.5f, 3.2f, 1.8f, 1f, 1f});
        t.setWidthPercentage(85); t.setSpacingBefore(6);
        for (String h : new String[]{"N.", "Cognome e Nome", "Carica", "Presente", "Assente"}) {
            PdfPCell hc = cell(h, b9, Element.ALIGN_CENTER, 3, true); hc.setBackgroundColor(g); t.addCell(hc);
        }
        int i = 1;
        for (String[] r : roll) {
            t.addCell(cell(String.valueOf(i++), n9, Element.ALIGN_CENTER, 3, true));
            t.addCell(cell(r[0], n9, Element.ALIGN_LEFT, 3, true));
            t.addCell(cell(r[1], n9, Element.ALIGN_LEFT, 3, true));
            t.addCell(cell(r[2], b9, Element.ALIGN_CENTER, 3, true));
            t.addCell(cell(r[3], b9, Element.ALIGN_CENTER, 3, true));
        }
        PdfPCell tot = cell("Totale presenti: 5        Totale assenti: 1", b9, Element.ALIGN_RIGHT, 3, true); tot.setColspan(5); t.addCell(tot);
        d.add(t);

        d.add(para("Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, lett. a, del D.Lgs. 267/2000) il Segretario Generale Dott.ssa Rossella Di Mascio.", n10, Element.ALIGN_JUSTIFIED, 8));
        d.add(para("Assume la presidenza il Sindaco Avv. Andrea Santoro il quale, constatato il numero legale degli intervenuti, dichiara aperta la seduta ed invita la Giunta a deliberare sull’argomento in oggetto.", n10, Element.ALIGN_JUSTIFIED, 4));

        d.add(para("LA GIUNTA COMUNALE", b10, Element.ALIGN_CENTER, 12));
        String[] prem = {
            "Vista la proposta di deliberazione n. 51 del 27/02/2026 predisposta dal Settore IV – Lavori Pubblici, Patrimonio e Ambiente, avente ad oggetto quanto in epigrafe;",
            "Premesso che la strada comunale “Santa Francesca – Casamari” presenta un avanzato stato di degrado del piano viabile e delle opere di regimazione delle acque meteoriche, con conseguenti rischi per la sicurezza della circolazione;",
            "Richiamata la deliberazione del Consiglio Comunale n. 9 del 12/02/2026, con la quale è stato approvato il Programma triennale dei lavori pubblici 2026/2028, nel quale l’intervento risulta inserito per l’importo complessivo di € 380.000,00;",
            "Visto il progetto di fattibilità tecnico-economica redatto dall’Ufficio Tecnico comunale, composto dagli elaborati elencati nel dispositivo, dal quale risulta il seguente quadro economico: lavori a base d’asta € 286.500,00, oneri per la sicurezza € 8.900,00, somme a disposizione dell’Amministrazione € 84.600,00;",
            "Visto il D.Lgs. 31 marzo 2023, n. 36 e, in particolare, l’art. 41 e l’Allegato I.7;",
            "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. 18 agosto 2000, n. 267, riportati in calce;",
        };
        for (String s : prem) d.add(para(s, n10, Element.ALIGN_JUSTIFIED, 4));
        d.add(para("Con voti unanimi favorevoli, espressi nelle forme di legge,", n10, Element.ALIGN_JUSTIFIED, 6));
        d.add(para("D E L I B E R A", b10, Element.ALIGN_CENTER, 8));
        String[] pts = {
            "di approvare le premesse quali parte integrante e sostanziale del presente provvedimento;",
            "di approvare il progetto di fattibilità tecnico-economica dei lavori di manutenzione straordinaria della strada comunale “Santa Francesca – Casamari”, per l’importo complessivo di € 380.000,00, secondo il quadro economico riportato in premessa;",
            "di dare atto che la spesa trova copertura al Capitolo 20815/3 del bilancio di previsione 2026/2028, annualità 2026, finanziato con contributo regionale;",
            "di nominare Responsabile Unico del Progetto l’Ing. Fabrizio Tomassi, funzionario del Settore IV;",
            "di demandare al Responsabile del Settore IV l’adozione degli atti conseguenti.",
        };
        List l = new List(List.ORDERED); l.setIndentationLeft(6); l.setSymbolIndent(18);
        for (String s : pts) { ListItem li = new ListItem(s, n10); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setLeading(13.5f); li.setSpacingBefore(3); l.add(li); }
        d.add(l);
        d.add(para("Successivamente, stante l’urgenza di avviare la fase di progettazione esecutiva, con separata votazione unanime favorevole,", n10, Element.ALIGN_JUSTIFIED, 8));
        d.add(para("D E L I B E R A", b10, Element.ALIGN_CENTER, 6));
        d.add(para("di dichiarare la presente deliberazione immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.", n10, Element.ALIGN_JUSTIFIED, 4));

        // pareri
        PdfPTable par = new PdfPTable(1); par.setWidthPercentage(100); par.setSpacingBefore(14); par.setKeepTogether(true);
        PdfPCell ph = cell("PARERI AI SENSI DELL’ART. 49 DEL D.LGS. 267/2000", b9, Element.ALIGN_CENTER, 4, true); ph.setBackgroundColor(g); par.addCell(ph);
        par.addCell(cell("REGOLARITÀ TECNICA: Si esprime parere FAVOREVOLE.\nVeroli, 27/02/2026                                              Il Responsabile del Settore IV – Ing. Fabrizio Tomassi", n9, Element.ALIGN_LEFT, 5, true));
        par.addCell(cell("REGOLARITÀ CONTABILE: Si esprime parere FAVOREVOLE.\nVeroli, 02/03/2026                                              Il Responsabile del Settore II – Dott. Giorgio Pizzuti", n9, Element.ALIGN_LEFT, 5, true));
        d.add(par);

        d.add(para("Letto, confermato e sottoscritto.", i8, Element.ALIGN_LEFT, 14));
        PdfPTable sig = new PdfPTable(2); sig.setWidthPercentage(100); sig.setSpacingBefore(6); sig.setKeepTogether(true);
        sig.addCell(cell("IL PRESIDENTE\nF.to Avv. Andrea Santoro", b9, Element.ALIGN_CENTER, 4, false));
        sig.addCell(cell("IL SEGRETARIO GENERALE\nF.to Dott.ssa Rossella Di Mascio", b9, Element.ALIGN_CENTER, 4, false));
        d.add(sig);

        PdfPTable pub = new PdfPTable(1); pub.setWidthPercentage(100); pub.setSpacingBefore(16); pub.setKeepTogether(true);
        PdfPCell pt = cell("ATTESTATO DI PUBBLICAZIONE", b9, Element.ALIGN_CENTER, 4, true); pt.setBackgroundColor(g); pub.addCell(pt);
        pub.addCell(cell("Si attesta che copia della presente deliberazione viene pubblicata all’Albo Pretorio on line di questo Comune il 10/03/2026 per quindici giorni consecutivi (Reg. Pubbl. n. 618) e contestualmente comunicata ai Capigruppo consiliari ai sensi dell’art. 125 del D.Lgs. 267/2000.\nVeroli, 10/03/2026                                                                  Il Messo Comunale – F.to Sig. Mario Cellitti", n9, Element.ALIGN_JUSTIFIED, 5, true));
        PdfPCell et = cell("ESECUTIVITÀ", b9, Element.ALIGN_CENTER, 4, true); et.setBackgroundColor(g); pub.addCell(et);
        pub.addCell(cell("[X] Dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000)        [  ] Decorsi 10 giorni dalla pubblicazione (art. 134, comma 3)", n9, Element.ALIGN_LEFT, 5, true));
        d.add(pub);
        d.close();
    }
}
