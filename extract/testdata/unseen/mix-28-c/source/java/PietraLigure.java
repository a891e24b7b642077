// Giunta deliberation of the Comune di Pietra Ligure, laid out as a Kroll
// "Atti amministrativi" print: letterhead, COPIA/ORIGINALE mark, register box,
// roll table with X marks, numbered DELIBERA points, running foot "Pag. x di y".
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
import java.awt.Color;

public class PietraLigure {
    static Font F(int style, float size) { return FontFactory.getFont(FontFactory.TIMES_ROMAN, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style); }
    static Font H(int style, float size) { return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style); }

    static class Foot extends PdfPageEventHelper {
        PdfTemplate total;
        BaseFont bf;
        public void onOpenDocument(PdfWriter w, Document d) {
            total = w.getDirectContent().createTemplate(30, 12);
            try { bf = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, false); } catch (Exception e) { throw new RuntimeException(e); }
        }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            cb.setLineWidth(0.5f);
            cb.moveTo(56, 50); cb.lineTo(539, 50); cb.stroke();
            cb.beginText(); cb.setFontAndSize(bf, 7.5f);
            cb.setTextMatrix(56, 40);
            cb.showText("Deliberazione della Giunta Comunale n. 47 del 17/03/2026");
            String p = "Pag. " + w.getPageNumber() + " di ";
            float x = 539 - 12 - bf.getWidthPoint(p, 7.5f);
            cb.setTextMatrix(x, 40); cb.showText(p);
            cb.endText();
            cb.addTemplate(total, 539 - 12, 40);
            if (w.getPageNumber() > 1) {
                cb.beginText(); cb.setFontAndSize(bf, 7.5f);
                cb.setTextMatrix(56, 810); cb.showText("COMUNE DI PIETRA LIGURE - Giunta Comunale");
                cb.endText();
            }
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText(); total.setFontAndSize(bf, 7.5f); total.setTextMatrix(0, 0);
            total.showText(String.valueOf(w.getPageNumber() - 1)); total.endText();
        }
    }

    static PdfPCell c(String s, Font f, int align, float pad, boolean border) {
        PdfPCell cell = new PdfPCell(new Phrase(s, f));
        cell.setHorizontalAlignment(align); cell.setPadding(pad);
        if (!border) cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    static Paragraph p(String s, Font f, int align, float before) {
        Paragraph p = new Paragraph(s, f); p.setAlignment(align); p.setSpacingBefore(before); p.setLeading(f.getSize() * 1.3f); return p;
    }

    public static void main(String[] a) throws Exception {
        Document d = new Document(PageSize.A4, 56, 56, 50, 70);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Foot());
        d.addTitle("Deliberazione G.C. 47/2026");
        d.addCreator("Kroll Atti - stampa deliberazione");
        d.open();
        Font t10 = F(Font.NORMAL, 10.5f), t10b = F(Font.BOLD, 10.5f), h8 = H(Font.NORMAL, 8), h8b = H(Font.BOLD, 8);

        // letterhead: crest caption at left, name at centre, COPIA mark at right
        PdfPTable head = new PdfPTable(new float[]{1.2f, 4f, 1.2f});
        head.setWidthPercentage(100);
        PdfPCell crest = new PdfPCell();
        crest.setFixedHeight(58); crest.setBorder(Rectangle.BOX);
        crest.addElement(p("[stemma]", H(Font.ITALIC, 7), Element.ALIGN_CENTER, 16));
        head.addCell(crest);
        PdfPCell name = new PdfPCell(); name.setBorder(Rectangle.NO_BORDER);
        name.addElement(p("COMUNE DI PIETRA LIGURE", F(Font.BOLD, 17), Element.ALIGN_CENTER, 0));
        name.addElement(p("Provincia di Savona", F(Font.ITALIC, 10), Element.ALIGN_CENTER, 0));
        name.addElement(p("Piazza Martiri della Libertà, 30 - 17027 Pietra Ligure (SV) - C.F. 00340950096", h8, Element.ALIGN_CENTER, 2));
        head.addCell(name);
        PdfPCell mark = new PdfPCell(); mark.setBorder(Rectangle.NO_BORDER);
        mark.addElement(p("COPIA", H(Font.BOLD, 12), Element.ALIGN_RIGHT, 14));
        head.addCell(mark);
        d.add(head);

        d.add(p("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", F(Font.BOLD, 13), Element.ALIGN_CENTER, 14));

        PdfPTable reg = new PdfPTable(new float[]{1f, 1f, 1.2f, 1.6f});
        reg.setWidthPercentage(70); reg.setSpacingBefore(8);
        reg.addCell(c("N.", h8b, Element.ALIGN_CENTER, 3, true));
        reg.addCell(c("47", H(Font.BOLD, 11), Element.ALIGN_CENTER, 3, true));
        reg.addCell(c("Data", h8b, Element.ALIGN_CENTER, 3, true));
        reg.addCell(c("17/03/2026", H(Font.BOLD, 11), Element.ALIGN_CENTER, 3, true));
        d.add(reg);

        PdfPTable ogg = new PdfPTable(new float[]{1f, 6f});
        ogg.setWidthPercentage(100); ogg.setSpacingBefore(10);
        PdfPCell l = c("OGGETTO:", t10b, Element.ALIGN_LEFT, 4, true); l.setBorder(Rectangle.TOP | Rectangle.BOTTOM | Rectangle.LEFT);
        PdfPCell r = c("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI RIQUALIFICAZIONE DELLA PASSEGGIATA A MARE DI LEVANTE – PRIMO LOTTO FUNZIONALE. CUP G47H25001340004.", t10b, Element.ALIGN_JUSTIFIED, 4, true);
        r.setBorder(Rectangle.TOP | Rectangle.BOTTOM | Rectangle.RIGHT);
        ogg.addCell(l); ogg.addCell(r);
        d.add(ogg);

        d.add(p("L'anno duemilaventisei, addì diciassette del mese di marzo alle ore 12:30, nella sede comunale, previa osservanza di tutte le formalità prescritte dalla vigente legge e dallo Statuto, vennero oggi convocati a seduta i componenti della Giunta Comunale.", t10, Element.ALIGN_JUSTIFIED, 10));
        d.add(p("All'appello risultano:", t10, Element.ALIGN_LEFT, 6));

        PdfPTable roll = new PdfPTable(new float[]{0.5f, 3.4f, 2.2f, 1f, 1f});
        roll.setWidthPercentage(86); roll.setSpacingBefore(6);
        Color grey = new Color(225, 225, 225);
        String[] hd = {"N.", "Cognome e Nome", "Carica", "Presente", "Assente"};
        for (String s : hd) { PdfPCell h = c(s, h8b, Element.ALIGN_CENTER, 3, true); h.setBackgroundColor(grey); roll.addCell(h); }
        String[][] rows = {
            {"1", "GHIGLIONE MARCO", "Sindaco", "X", ""},
            {"2", "BOTTARO ELISA", "Vice Sindaco", "X", ""},
            {"3", "VALLARINO DANIELE", "Assessore", "X", ""},
            {"4", "MORENO FRANCESCA", "Assessore", "", "X"},
            {"5", "ROSSI GIAN PAOLO", "Assessore", "X", ""},
            {"6", "PASTORINO ILARIA", "Assessore", "X", ""},
        };
        for (String[] row : rows) {
            roll.addCell(c(row[0], h8, Element.ALIGN_CENTER, 3, true));
            roll.addCell(c(row[1], h8, Element.ALIGN_LEFT, 3, true));
            roll.addCell(c(row[2], h8, Element.ALIGN_LEFT, 3, true));
            roll.addCell(c(row[3], h8b, Element.ALIGN_CENTER, 3, true));
            roll.addCell(c(row[4], h8b, Element.ALIGN_CENTER, 3, true));
        }
        PdfPCell tot = c("Totale", h8b, Element.ALIGN_RIGHT, 3, true); tot.setColspan(3); roll.addCell(tot);
        roll.addCell(c("5", h8b, Element.ALIGN_CENTER, 3, true));
        roll.addCell(c("1", h8b, Element.ALIGN_CENTER, 3, true));
        d.add(roll);

        d.add(p("Assiste il Segretario Comunale Dott.ssa Paola Ferrando, la quale provvede alla redazione del presente verbale.", t10, Element.ALIGN_JUSTIFIED, 8));
        d.add(p("Essendo legale il numero degli intervenuti, il Sig. Marco Ghiglione, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.", t10, Element.ALIGN_JUSTIFIED, 4));

        d.add(p("LA GIUNTA COMUNALE", t10b, Element.ALIGN_CENTER, 12));
        d.add(p("Vista la proposta di deliberazione n. 52 del 12/03/2026 predisposta dal Settore Lavori Pubblici e Ambiente, di seguito integralmente riportata;", t10, Element.ALIGN_JUSTIFIED, 6));
        String[] prem = {
            "PREMESSO che con deliberazione del Consiglio Comunale n. 9 del 27/02/2026 è stato approvato il Documento Unico di Programmazione 2026/2028 e, al suo interno, il programma triennale dei lavori pubblici, nel quale è inserito l'intervento di riqualificazione della passeggiata a mare di Levante per un importo complessivo di € 1.250.000,00;",
            "DATO ATTO che con determinazione del Responsabile del Settore Lavori Pubblici e Ambiente n. 118 del 05/11/2025 è stato affidato all'ing. Stefano Canepa, con studio in Finale Ligure, il servizio di redazione del progetto di fattibilità tecnico-economica dell'intervento, suddiviso in due lotti funzionali;",
            "VISTO il progetto di fattibilità tecnico-economica del primo lotto funzionale, acquisito al protocollo generale dell'Ente in data 03/03/2026 al n. 6251, dell'importo complessivo di € 640.000,00, di cui € 472.300,00 per lavori a base d'asta, € 14.200,00 per oneri della sicurezza non soggetti a ribasso ed € 153.500,00 per somme a disposizione dell'Amministrazione;",
            "VISTO il verbale di verifica preventiva della progettazione redatto dal Responsabile Unico del Progetto in data 10/03/2026 ai sensi dell'art. 42 del D.Lgs. 31 marzo 2023, n. 36;",
            "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267, allegati al presente atto quale parte integrante e sostanziale;",
        };
        for (String s : prem) d.add(p(s, t10, Element.ALIGN_JUSTIFIED, 5));
        d.add(p("Con voti unanimi favorevoli espressi nelle forme di legge,", t10, Element.ALIGN_LEFT, 8));
        d.add(p("D E L I B E R A", t10b, Element.ALIGN_CENTER, 8));
        String[] pts = {
            "di approvare il progetto di fattibilità tecnico-economica dei lavori di riqualificazione della passeggiata a mare di Levante – primo lotto funzionale, redatto dall'ing. Stefano Canepa, dell'importo complessivo di € 640.000,00, secondo il quadro economico riportato in premessa;",
            "di dare atto che la spesa trova copertura al capitolo 20810/4 \"Riqualificazione aree litoranee\" del bilancio di previsione 2026/2028, annualità 2026, finanziato per € 400.000,00 con contributo regionale e per € 240.000,00 con avanzo di amministrazione;",
            "di individuare quale Responsabile Unico del Progetto il geom. Alessio Burastero, istruttore direttivo tecnico del Settore Lavori Pubblici e Ambiente;",
            "di demandare al Responsabile del Settore Lavori Pubblici e Ambiente l'adozione degli atti conseguenti, ivi compreso l'affidamento della progettazione esecutiva;",
            "di dare atto che il presente provvedimento sarà pubblicato nella sezione \"Amministrazione trasparente\" ai sensi dell'art. 37 del D.Lgs. 14 marzo 2013, n. 33.",
        };
        List ol = new List(List.ORDERED, 16);
        ol.setIndentationLeft(8);
        for (String s : pts) { ListItem li = new ListItem(t10.getSize() * 1.3f, s, t10); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setSpacingBefore(3); ol.add(li); }
        d.add(ol);
        d.add(p("Successivamente, con separata votazione unanime favorevole, stante l'urgenza di avviare la fase di progettazione esecutiva entro i termini fissati dal decreto regionale di finanziamento,", t10, Element.ALIGN_JUSTIFIED, 10));
        d.add(p("D E L I B E R A", t10b, Element.ALIGN_CENTER, 6));
        d.add(p("di dichiarare il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", t10, Element.ALIGN_JUSTIFIED, 4));

        d.add(p("Letto, confermato e sottoscritto.", t10, Element.ALIGN_LEFT, 18));
        PdfPTable sig = new PdfPTable(2); sig.setWidthPercentage(100); sig.setSpacingBefore(8);
        sig.addCell(c("IL SINDACO\nMarco Ghiglione", t10b, Element.ALIGN_CENTER, 2, false));
        sig.addCell(c("IL SEGRETARIO COMUNALE\nDott.ssa Paola Ferrando", t10b, Element.ALIGN_CENTER, 2, false));
        d.add(sig);
        d.add(p("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, il quale sostituisce il documento cartaceo e la firma autografa.", H(Font.ITALIC, 7.5f), Element.ALIGN_CENTER, 12));

        // publication box
        PdfPTable pub = new PdfPTable(1); pub.setWidthPercentage(100); pub.setSpacingBefore(16);
        PdfPCell pc = new PdfPCell(); pc.setPadding(6);
        pc.addElement(p("CERTIFICATO DI PUBBLICAZIONE", h8b, Element.ALIGN_CENTER, 0));
        pc.addElement(p("Si certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line del Comune per quindici giorni consecutivi dal 18/03/2026 al 02/04/2026 (Reg. Pubbl. n. 702) ed è contestualmente comunicata ai Capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. 267/2000.", h8, Element.ALIGN_JUSTIFIED, 2));
        pc.addElement(p("Pietra Ligure, 18/03/2026                                        Il Messo Comunale - Roberto Aicardi", h8, Element.ALIGN_LEFT, 4));
        pub.addCell(pc);
        d.add(pub);
        d.close();
    }
}
