// Comune di Arcola - deliberazione di Giunta n. 38/2026, printed with OpenPDF (iText 4 fork)
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
import java.awt.Color;

public class Arcola {
    static BaseFont bf, bfb, bfi;
    static Font f(float s) { return new Font(bf, s); }
    static Font fb(float s) { return new Font(bfb, s); }
    static Font fi(float s) { return new Font(bfi, s); }

    static class Foot extends PdfPageEventHelper {
        PdfTemplate total;
        public void onOpenDocument(PdfWriter w, Document d) { total = w.getDirectContent().createTemplate(30, 12); }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            cb.setLineWidth(0.5f);
            cb.moveTo(56, 50); cb.lineTo(539, 50); cb.stroke();
            cb.beginText(); cb.setFontAndSize(bf, 7.5f);
            cb.setTextMatrix(56, 40);
            cb.showText("Deliberazione della Giunta Comunale n. 38 del 12/03/2026");
            String p = "Pag. " + w.getPageNumber() + " di ";
            float x = 539 - 12 - bf.getWidthPoint(p, 7.5f);
            cb.setTextMatrix(x, 40); cb.showText(p);
            cb.endText();
            cb.addTemplate(total, 539 - 12, 40);
            cb.beginText(); cb.setFontAndSize(bfi, 7f);
            cb.setTextMatrix(56, 30);
            cb.showText("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i. e norme collegate; sostituisce il documento cartaceo e la firma autografa.");
            cb.endText();
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText(); total.setFontAndSize(bf, 7.5f);
            total.setTextMatrix(0, 0); total.showText(String.valueOf(w.getPageNumber() - 1));
            total.endText();
        }
    }

    static PdfPCell cell(String t, Font font, int align, float pad, boolean border) {
        PdfPCell c = new PdfPCell(new Phrase(t, font));
        c.setHorizontalAlignment(align); c.setPadding(pad);
        if (!border) c.setBorder(Rectangle.NO_BORDER);
        return c;
    }
    static Paragraph par(String t, Font font, int align, float before) {
        Paragraph p = new Paragraph(t, font); p.setAlignment(align); p.setSpacingBefore(before); p.setLeading(font.getSize() * 1.35f);
        return p;
    }

    public static void main(String[] a) throws Exception {
        bf = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        bfb = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        bfi = BaseFont.createFont(BaseFont.HELVETICA_OBLIQUE, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        Document doc = new Document(PageSize.A4, 56, 56, 48, 70);
        PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(a[0]));
        w.setPageEvent(new Foot());
        doc.addTitle("Deliberazione G.C. 38/2026");
        doc.addCreator("AttiGiunta 4.2 - modulo stampa verbali");
        doc.open();

        // letterhead: crest placeholder + name
        PdfPTable head = new PdfPTable(new float[]{1.1f, 6f});
        head.setWidthPercentage(100);
        PdfPCell crest = new PdfPCell(new Phrase("[stemma]", fi(7)));
        crest.setFixedHeight(52); crest.setHorizontalAlignment(Element.ALIGN_CENTER); crest.setVerticalAlignment(Element.ALIGN_MIDDLE);
        crest.setBorderColor(new Color(150,150,150));
        head.addCell(crest);
        PdfPCell name = new PdfPCell();
        name.setBorder(Rectangle.NO_BORDER); name.setPaddingLeft(10);
        name.addElement(par("COMUNE DI ARCOLA", fb(17), Element.ALIGN_LEFT, 0));
        name.addElement(par("Provincia della Spezia", f(9.5f), Element.ALIGN_LEFT, 0));
        name.addElement(par("Piazza XX Settembre - 19021 Arcola (SP) - C.F. 00212080119", f(7.5f), Element.ALIGN_LEFT, 2));
        head.addCell(name);
        doc.add(head);

        doc.add(par("ORIGINALE", fb(9), Element.ALIGN_RIGHT, 4));
        doc.add(par("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", fb(12.5f), Element.ALIGN_CENTER, 6));

        // register box
        PdfPTable box = new PdfPTable(new float[]{1.2f, 1.4f, 2.2f});
        box.setWidthPercentage(70); box.setSpacingBefore(8);
        box.addCell(cell("Numero", f(8), Element.ALIGN_CENTER, 3, true));
        box.addCell(cell("Data", f(8), Element.ALIGN_CENTER, 3, true));
        box.addCell(cell("Proposta", f(8), Element.ALIGN_CENTER, 3, true));
        box.addCell(cell("38", fb(12), Element.ALIGN_CENTER, 5, true));
        box.addCell(cell("12/03/2026", fb(12), Element.ALIGN_CENTER, 5, true));
        box.addCell(cell("n. 45 del 09/03/2026\nSettore Lavori Pubblici e Manutenzioni", f(8), Element.ALIGN_CENTER, 3, true));
        doc.add(box);

        PdfPTable ogg = new PdfPTable(new float[]{1.2f, 8f});
        ogg.setWidthPercentage(100); ogg.setSpacingBefore(10);
        PdfPCell l = cell("OGGETTO:", fb(10), Element.ALIGN_LEFT, 4, false);
        ogg.addCell(l);
        PdfPCell s = cell("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DEL MURO DI SOSTEGNO DI VIA DELLA CHIESA IN FRAZIONE TREBIANO – CUP F17H26000120004.", fb(10), Element.ALIGN_JUSTIFIED, 4, false);
        ogg.addCell(s);
        doc.add(ogg);

        doc.add(par("L'anno duemilaventisei, il giorno dodici del mese di marzo alle ore 12:30, nella sala delle adunanze della Sede Comunale, previa l'osservanza di tutte le formalità prescritte dalla vigente normativa, si è riunita la Giunta Comunale, nelle persone dei Signori:", f(10), Element.ALIGN_JUSTIFIED, 10));

        PdfPTable roll = new PdfPTable(new float[]{0.5f, 3.2f, 2.2f, 1f, 1f});
        roll.setWidthPercentage(88); roll.setSpacingBefore(8);
        String[] hh = {"N.", "Cognome e Nome", "Carica", "Presente", "Assente"};
        for (String h : hh) { PdfPCell c = cell(h, fb(8.5f), Element.ALIGN_CENTER, 3, true); c.setGrayFill(0.88f); roll.addCell(c); }
        String[][] rows = {
            {"1", "BERTOLI LUCA", "Sindaco", "X", ""},
            {"2", "FRANCHINI ELENA", "Vice Sindaco", "X", ""},
            {"3", "NARDINI PAOLO", "Assessore", "X", ""},
            {"4", "CORSI MARTINA", "Assessore", "", "X"},
            {"5", "LAZZERINI DAVIDE", "Assessore", "X", ""},
        };
        for (String[] r : rows) {
            roll.addCell(cell(r[0], f(9), Element.ALIGN_CENTER, 3, true));
            roll.addCell(cell(r[1], f(9), Element.ALIGN_LEFT, 3, true));
            roll.addCell(cell(r[2], f(9), Element.ALIGN_LEFT, 3, true));
            roll.addCell(cell(r[3], f(9), Element.ALIGN_CENTER, 3, true));
            roll.addCell(cell(r[4], f(9), Element.ALIGN_CENTER, 3, true));
        }
        PdfPCell tot = cell("Totale", fb(9), Element.ALIGN_RIGHT, 3, true); tot.setColspan(3); roll.addCell(tot);
        roll.addCell(cell("4", fb(9), Element.ALIGN_CENTER, 3, true));
        roll.addCell(cell("1", fb(9), Element.ALIGN_CENTER, 3, true));
        doc.add(roll);

        doc.add(par("Partecipa alla seduta il Segretario Comunale Dott.ssa Silvia Mancuso, la quale provvede alla redazione del presente verbale.", f(10), Element.ALIGN_JUSTIFIED, 10));
        doc.add(par("Essendo legale il numero degli intervenuti, il Sig. Luca Bertoli, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.", f(10), Element.ALIGN_JUSTIFIED, 4));

        doc.add(par("LA GIUNTA COMUNALE", fb(10.5f), Element.ALIGN_CENTER, 12));
        String[] prem = {
            "PREMESSO che a seguito degli eventi meteorologici avversi del novembre 2025 il muro di sostegno in pietra posto a valle di via della Chiesa, in frazione Trebiano, ha manifestato un esteso fenomeno di spanciamento e distacco del paramento, tale da rendere necessaria la limitazione del transito veicolare disposta con ordinanza del Settore Polizia Municipale;",
            "RICHIAMATA la deliberazione del Consiglio Comunale n. 7 del 26/02/2026, esecutiva, con la quale è stato approvato il Bilancio di previsione finanziario 2026/2028, nel quale l'intervento è inserito alla Missione 10, Programma 05, per l'importo complessivo di euro 185.000,00;",
            "VISTO il progetto di fattibilità tecnico-economica redatto dall'Ufficio Tecnico comunale, a firma del Geom. Stefano Ricci, trasmesso in data 05/03/2026 e composto dai seguenti elaborati: relazione tecnico-illustrativa, relazione geologica preliminare, planimetrie e sezioni, computo metrico estimativo di massima, quadro economico e prime indicazioni per la stesura dei piani di sicurezza;",
            "DATO ATTO che il quadro economico dell'intervento ammonta a complessivi euro 185.000,00, di cui euro 138.500,00 per lavori a base d'asta, euro 4.200,00 per oneri della sicurezza non soggetti a ribasso ed euro 42.300,00 per somme a disposizione dell'Amministrazione;",
            "VISTI il D.Lgs. 18 agosto 2000, n. 267 e il D.Lgs. 31 marzo 2023, n. 36 e relativi allegati;",
            "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49, comma 1, del D.Lgs. 267/2000 dai Responsabili dei Settori competenti, allegati al presente atto;",
        };
        for (String p : prem) doc.add(par(p, f(10), Element.ALIGN_JUSTIFIED, 5));
        doc.add(par("Con voti unanimi e favorevoli, espressi nelle forme di legge,", f(10), Element.ALIGN_JUSTIFIED, 6));
        doc.add(par("D E L I B E R A", fb(10.5f), Element.ALIGN_CENTER, 8));
        String[] pts = {
            "di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza del muro di sostegno di via della Chiesa in frazione Trebiano, redatto dall'Ufficio Tecnico comunale, dell'importo complessivo di euro 185.000,00, secondo il quadro economico riportato in premessa;",
            "di dare atto che la spesa trova copertura alla Missione 10, Programma 05, capitolo 21050/3 del Bilancio di previsione 2026/2028, esercizio 2026;",
            "di nominare Responsabile Unico del Progetto il Geom. Stefano Ricci, dipendente del Settore Lavori Pubblici e Manutenzioni;",
            "di demandare al Responsabile del Settore Lavori Pubblici e Manutenzioni l'adozione degli atti conseguenti, ivi compreso l'affidamento della progettazione esecutiva.",
        };
        List list = new List(List.ORDERED, 16);
        list.setIndentationLeft(6);
        for (String p : pts) { ListItem li = new ListItem(p, f(10)); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setSpacingBefore(4); li.setLeading(13.5f); list.add(li); }
        doc.add(list);
        doc.add(par("Successivamente, stante l'urgenza di procedere, con separata votazione unanime favorevole, la Giunta Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.", f(10), Element.ALIGN_JUSTIFIED, 10));

        doc.add(par("Letto, approvato e sottoscritto.", f(10), Element.ALIGN_LEFT, 14));
        PdfPTable sig = new PdfPTable(2); sig.setWidthPercentage(100); sig.setSpacingBefore(10); sig.setKeepTogether(true);
        sig.addCell(cell("IL SINDACO\nLuca Bertoli\n(firmato digitalmente)", f(9.5f), Element.ALIGN_CENTER, 2, false));
        sig.addCell(cell("IL SEGRETARIO COMUNALE\nDott.ssa Silvia Mancuso\n(firmato digitalmente)", f(9.5f), Element.ALIGN_CENTER, 2, false));
        doc.add(sig);

        PdfPTable pub = new PdfPTable(1); pub.setWidthPercentage(100); pub.setSpacingBefore(18); pub.setKeepTogether(true);
        PdfPCell pc = new PdfPCell();
        pc.setPadding(6);
        pc.addElement(par("PUBBLICAZIONE", fb(8.5f), Element.ALIGN_LEFT, 0));
        pc.addElement(par("La presente deliberazione viene pubblicata all'Albo Pretorio on line del Comune per quindici giorni consecutivi a decorrere dal 16/03/2026 (Reg. Pubbl. n. 402) ed è comunicata ai capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. 267/2000.", f(8.5f), Element.ALIGN_JUSTIFIED, 2));
        pub.addCell(pc);
        doc.add(pub);
        doc.close();
    }
}
