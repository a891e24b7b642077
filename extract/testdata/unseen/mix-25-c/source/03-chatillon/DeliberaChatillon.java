// Châtillon Giunta deliberation, CELVA-model verbale printed by a Java report (OpenPDF)
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class DeliberaChatillon {
    static final String FD = "/usr/share/fonts/truetype/crosextra/";
    static BaseFont R, B, I;
    static Font f(BaseFont bf, float s) { return new Font(bf, s); }

    static class Furniture extends PdfPageEventHelper {
        PdfTemplate tot;
        public void onOpenDocument(PdfWriter w, Document d) { tot = w.getDirectContent().createTemplate(30, 12); }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            int n = w.getPageNumber();
            if (n > 1) {
                cb.beginText(); cb.setFontAndSize(I, 8);
                cb.showTextAligned(Element.ALIGN_LEFT, "Comune di Châtillon – Deliberazione della Giunta comunale n. 31 del 11/03/2026", 56, 812, 0);
                cb.endText();
                cb.setLineWidth(0.4f); cb.moveTo(56, 808); cb.lineTo(539, 808); cb.stroke();
            }
            cb.setLineWidth(0.4f); cb.moveTo(56, 44); cb.lineTo(539, 44); cb.stroke();
            cb.beginText(); cb.setFontAndSize(R, 7.5f);
            cb.showTextAligned(Element.ALIGN_LEFT, "Modello CELVA – Verbale di deliberazione della Giunta comunale (rev. 2024)", 56, 34, 0);
            String p = "Pagina " + n + " di ";
            cb.showTextAligned(Element.ALIGN_RIGHT, p, 527, 34, 0);
            cb.endText();
            cb.addTemplate(tot, 527, 34);
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            tot.beginText(); tot.setFontAndSize(R, 7.5f); tot.showText(String.valueOf(w.getPageNumber() - 1)); tot.endText();
        }
    }

    static Paragraph para(String t, Font fo, int al, float after) {
        Paragraph p = new Paragraph(t, fo); p.setAlignment(al); p.setSpacingAfter(after); p.setLeading(fo.getSize() * 1.35f); return p;
    }
    static PdfPCell c(String t, Font fo, int al, boolean border) {
        PdfPCell c = new PdfPCell(new Phrase(t, fo)); c.setHorizontalAlignment(al); c.setPadding(4);
        if (!border) c.setBorder(Rectangle.NO_BORDER); return c;
    }

    public static void main(String[] a) throws Exception {
        R = BaseFont.createFont(FD + "Caladea-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        B = BaseFont.createFont(FD + "Caladea-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        I = BaseFont.createFont(FD + "Caladea-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document d = new Document(PageSize.A4, 56, 56, 50, 62);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Furniture());
        d.addTitle("Deliberazione G.C. n. 31/2026"); d.addCreator("CELVA - modelli atti enti locali"); d.addAuthor("Comune di Châtillon");
        d.open();
        Font body = f(R, 11), bold = f(B, 11), small = f(R, 8.5f), ital = f(I, 10);

        PdfPTable h = new PdfPTable(new float[]{1, 1}); h.setWidthPercentage(100);
        PdfPCell l = new PdfPCell(); l.setBorder(Rectangle.BOTTOM); l.setPaddingBottom(6);
        l.addElement(para("COMUNE DI CHÂTILLON", f(B, 15), Element.ALIGN_LEFT, 0));
        l.addElement(para("Regione Autonoma Valle d’Aosta", small, Element.ALIGN_LEFT, 0));
        PdfPCell r = new PdfPCell(); r.setBorder(Rectangle.BOTTOM); r.setPaddingBottom(6);
        r.addElement(para("COMMUNE DE CHÂTILLON", f(B, 15), Element.ALIGN_RIGHT, 0));
        r.addElement(para("Région Autonome Vallée d’Aoste", small, Element.ALIGN_RIGHT, 0));
        h.addCell(l); h.addCell(r); d.add(h);

        d.add(para(" ", small, Element.ALIGN_CENTER, 2));
        d.add(para("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", f(B, 12.5f), Element.ALIGN_CENTER, 0));
        d.add(para("PROCÈS-VERBAL DE DÉLIBÉRATION DE LA JUNTE COMMUNALE", f(I, 10), Element.ALIGN_CENTER, 8));

        PdfPTable g = new PdfPTable(new float[]{1.2f, 1.6f, 1.2f, 1.6f}); g.setWidthPercentage(70);
        Font lab = f(B, 9.5f), val = f(R, 11);
        g.addCell(c("N. / N°", lab, Element.ALIGN_LEFT, true)); g.addCell(c("31", val, Element.ALIGN_CENTER, true));
        g.addCell(c("Data / Date", lab, Element.ALIGN_LEFT, true)); g.addCell(c("11/03/2026", val, Element.ALIGN_CENTER, true));
        d.add(g);
        d.add(para(" ", small, Element.ALIGN_CENTER, 0));

        PdfPTable o = new PdfPTable(new float[]{1.1f, 5}); o.setWidthPercentage(100);
        o.addCell(c("OGGETTO:", bold, Element.ALIGN_LEFT, false));
        o.addCell(c("APPROVAZIONE DEL PROGRAMMA DELLE MANIFESTAZIONI ESTIVE 2026 E CONCESSIONE DI UN CONTRIBUTO STRAORDINARIO ALLA PRO LOCO DI CHÂTILLON.", bold, Element.ALIGN_JUSTIFIED, false));
        o.addCell(c("OBJET :", f(I, 9.5f), Element.ALIGN_LEFT, false));
        o.addCell(c("Approbation du programme des manifestations d’été 2026 et octroi d’une subvention extraordinaire à la Pro Loco de Châtillon.", f(I, 9.5f), Element.ALIGN_JUSTIFIED, false));
        d.add(o);
        d.add(para(" ", small, Element.ALIGN_CENTER, 0));

        d.add(para("L’anno duemilaventisei, addì undici del mese di marzo, alle ore 18:00, nella solita sala delle adunanze, convocata con avvisi scritti recapitati a norma di legge, si è riunita la Giunta comunale.", body, Element.ALIGN_JUSTIFIED, 4));
        d.add(para("Sono presenti i Signori: PERRIN Camillo – Sindaco; BRUNOD Elisa – Vice Sindaco; CHAMPRÉTAVY Marco – Assessore; FAVRE Nadia – Assessore.", body, Element.ALIGN_JUSTIFIED, 4));
        d.add(para("È assente giustificato il Signor: VUILLERMOZ Luca – Assessore.", body, Element.ALIGN_JUSTIFIED, 4));
        d.add(para("Partecipa alla seduta il Segretario comunale, Dott.ssa Chantal Gorret, che provvede alla redazione del presente verbale.", body, Element.ALIGN_JUSTIFIED, 4));
        d.add(para("Assume la presidenza il Sindaco, Sig. Camillo Perrin, il quale, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato.", body, Element.ALIGN_JUSTIFIED, 8));

        d.add(para("LA GIUNTA COMUNALE", bold, Element.ALIGN_CENTER, 6));
        String[] prem = {
            "Richiamato il Documento unico di programmazione (DUP) 2026/2028, approvato con deliberazione del Consiglio comunale n. 52 del 22/12/2025, che individua tra gli obiettivi dell’Amministrazione la promozione turistica e culturale del territorio;",
            "Vista la nota della Pro Loco di Châtillon, pervenuta in data 24/02/2026 al prot. n. 1843, con la quale l’associazione presenta il programma delle manifestazioni estive 2026 (“Châtillon en fête”, rassegna musicale “Note al Castello”, mercatino dell’artigianato di tradizione, festa patronale di San Pietro) e chiede un contributo straordinario a parziale copertura delle spese organizzative, preventivate in complessivi euro 21.400,00;",
            "Ritenuto di condividere il programma presentato e di concedere alla Pro Loco un contributo straordinario di euro 6.500,00, ai sensi del vigente Regolamento comunale per la concessione di contributi, sovvenzioni e vantaggi economici;",
            "Vista la legge regionale 7 dicembre 1998, n. 54 (Sistema delle autonomie in Valle d’Aosta), e in particolare l’articolo 23 relativo alle competenze della Giunta;",
            "Visto il parere favorevole di legittimità espresso dal Segretario comunale ai sensi dell’articolo 9, comma 1, lettera d), della legge regionale 19 agosto 1998, n. 46, e dell’articolo 49-bis della l.r. 54/1998;",
            "Visti i pareri favorevoli di regolarità tecnica e contabile espressi dai responsabili dei servizi competenti;",
            "Con voti favorevoli unanimi, espressi in forma palese,"
        };
        for (String s : prem) d.add(para(s, body, Element.ALIGN_JUSTIFIED, 4));
        d.add(para("DELIBERA", bold, Element.ALIGN_CENTER, 6));
        String[] pts = {
            "di approvare il programma delle manifestazioni estive 2026 presentato dalla Pro Loco di Châtillon, allegato alla presente deliberazione per farne parte integrante e sostanziale;",
            "di concedere alla Pro Loco di Châtillon un contributo straordinario di euro 6.500,00 (seimilacinquecento/00), da liquidarsi per il 50% ad avvenuta approvazione del presente atto e per il restante 50% a presentazione del rendiconto delle spese sostenute;",
            "di imputare la spesa di euro 6.500,00 alla missione 07, programma 01, capitolo 7210 “Contributi per manifestazioni turistiche” del bilancio di previsione 2026/2028, esercizio 2026;",
            "di dare atto che la presente deliberazione diventa esecutiva dal primo giorno di pubblicazione all’albo pretorio, ai sensi dell’articolo 52-ter della l.r. 54/1998."
        };
        List lst = new List(List.ORDERED, 18);
        for (String s : pts) { ListItem li = new ListItem(s, body); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setSpacingAfter(4); li.setLeading(14.8f); lst.add(li); }
        d.add(lst);
        d.add(para(" ", small, Element.ALIGN_CENTER, 4));
        d.add(para("Letto, approvato e sottoscritto.", body, Element.ALIGN_LEFT, 10));
        PdfPTable fi = new PdfPTable(2); fi.setWidthPercentage(100);
        fi.addCell(c("IL PRESIDENTE\nSig. Camillo Perrin", body, Element.ALIGN_CENTER, false));
        fi.addCell(c("IL SEGRETARIO COMUNALE\nDott.ssa Chantal Gorret", body, Element.ALIGN_CENTER, false));
        d.add(fi);
        d.add(para("(firmato digitalmente ai sensi del D.Lgs. 82/2005)", ital, Element.ALIGN_CENTER, 12));

        PdfPTable rp = new PdfPTable(1); rp.setWidthPercentage(100);
        PdfPCell rc = new PdfPCell(); rc.setPadding(6);
        rc.addElement(para("RELAZIONE DI PUBBLICAZIONE", bold, Element.ALIGN_CENTER, 2));
        rc.addElement(para("Il sottoscritto Segretario comunale certifica che copia della presente deliberazione è pubblicata all’albo pretorio on line del Comune per quindici giorni consecutivi dal 16/03/2026 al 31/03/2026 ed è divenuta esecutiva in data 16/03/2026 ai sensi dell’articolo 52-ter della l.r. 54/1998.", body, Element.ALIGN_JUSTIFIED, 2));
        rc.addElement(para("Châtillon, 16/03/2026                                        IL SEGRETARIO COMUNALE – Dott.ssa Chantal Gorret", f(R, 9.5f), Element.ALIGN_LEFT, 0));
        rp.addCell(rc); d.add(rp);
        d.close();
    }
}
