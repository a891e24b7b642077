// Deliberazione di Giunta - Comune di Greve in Chianti (layout of an in-house Java/OpenPDF "atti" print)
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class Greve {
    static BaseFont HV, HVB, TM, TMB, TMI;
    static Font f(BaseFont b, float s) { return new Font(b, s); }

    public static void main(String[] a) throws Exception {
        HV = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, false);
        HVB = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, false);
        TM = BaseFont.createFont(BaseFont.TIMES_ROMAN, BaseFont.CP1252, false);
        TMB = BaseFont.createFont(BaseFont.TIMES_BOLD, BaseFont.CP1252, false);
        TMI = BaseFont.createFont(BaseFont.TIMES_ITALIC, BaseFont.CP1252, false);
        Document d = new Document(PageSize.A4, 56, 56, 60, 70);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Foot());
        d.addTitle("Deliberazione G.C. n. 58/2026");
        d.addCreator("AttiWeb - modulo Delibere (OpenPDF)");
        d.addAuthor("Comune di Greve in Chianti");
        d.open();

        // letterhead
        PdfPTable lh = new PdfPTable(new float[]{1.2f, 6f});
        lh.setWidthPercentage(100);
        PdfPCell crest = new PdfPCell(new Phrase("[stemma]", f(HV, 7)));
        crest.setFixedHeight(52); crest.setHorizontalAlignment(Element.ALIGN_CENTER);
        crest.setVerticalAlignment(Element.ALIGN_MIDDLE); crest.setBorderColor(java.awt.Color.GRAY);
        lh.addCell(crest);
        PdfPCell t = new PdfPCell(); t.setBorder(0); t.setPaddingLeft(10);
        Paragraph p1 = new Paragraph("COMUNE DI GREVE IN CHIANTI", f(TMB, 18));
        Paragraph p2 = new Paragraph("Città Metropolitana di Firenze", f(TMI, 11));
        Paragraph p3 = new Paragraph("Piazza Matteotti, 8 - 50022 Greve in Chianti (FI) - Tel. 055 8545 1", f(HV, 7.5f));
        t.addElement(p1); t.addElement(p2); t.addElement(p3);
        lh.addCell(t);
        d.add(lh);

        d.add(new Paragraph(" ", f(HV, 6)));
        PdfPTable box = new PdfPTable(new float[]{4f, 2f});
        box.setWidthPercentage(100);
        PdfPCell c1 = new PdfPCell(new Phrase("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", f(HVB, 11)));
        c1.setPadding(6); c1.setBackgroundColor(new java.awt.Color(230, 230, 230));
        box.addCell(c1);
        PdfPCell c2 = new PdfPCell(new Phrase("N. 58 del 12/03/2026", f(HVB, 11)));
        c2.setPadding(6); c2.setHorizontalAlignment(Element.ALIGN_CENTER);
        box.addCell(c2);
        PdfPCell c3 = new PdfPCell(new Phrase("Proposta n. 71 del 09/03/2026 - Settore Lavori Pubblici e Patrimonio", f(HV, 8.5f)));
        c3.setColspan(1); c3.setPadding(4);
        box.addCell(c3);
        PdfPCell c4 = new PdfPCell(new Phrase("ORIGINALE", f(HVB, 8.5f)));
        c4.setPadding(4); c4.setHorizontalAlignment(Element.ALIGN_CENTER);
        box.addCell(c4);
        d.add(box);

        d.add(new Paragraph(" ", f(HV, 6)));
        PdfPTable ogg = new PdfPTable(new float[]{1.1f, 6f});
        ogg.setWidthPercentage(100);
        PdfPCell o1 = new PdfPCell(new Phrase("OGGETTO:", f(HVB, 10))); o1.setBorder(0); o1.setPaddingTop(2);
        ogg.addCell(o1);
        PdfPCell o2 = new PdfPCell(new Phrase("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA MESSA IN SICUREZZA DELLA STRADA COMUNALE DI LAMOLE – CUP F87H25001230004", f(HVB, 10)));
        o2.setBorder(0); o2.setPaddingBottom(6);
        ogg.addCell(o2);
        d.add(ogg);

        Paragraph intro = new Paragraph("L'anno duemilaventisei, il giorno dodici del mese di marzo alle ore 15:30 nella Sala della Giunta del Palazzo Comunale, previa l'osservanza di tutte le formalità prescritte dalla vigente normativa, sono stati oggi convocati a seduta i componenti della Giunta Comunale.", f(TM, 11));
        intro.setAlignment(Element.ALIGN_JUSTIFIED); intro.setSpacingBefore(6);
        d.add(intro);
        Paragraph all = new Paragraph("All'appello risultano:", f(TM, 11)); all.setSpacingBefore(4); all.setSpacingAfter(4);
        d.add(all);

        PdfPTable roll = new PdfPTable(new float[]{4.5f, 2.5f, 1.2f, 1.2f});
        roll.setWidthPercentage(80);
        String[] hd = {"Cognome e Nome", "Carica", "Presente", "Assente"};
        for (String h : hd) { PdfPCell c = new PdfPCell(new Phrase(h, f(HVB, 9))); c.setBackgroundColor(new java.awt.Color(230,230,230)); c.setPadding(3); roll.addCell(c); }
        String[][] rows = {
            {"SBARDELLATI LORENZO", "Sindaco", "X", ""},
            {"CAPPELLI MARTINA", "Vice Sindaco", "X", ""},
            {"NOFERI DUCCIO", "Assessore", "", "X"},
            {"BALDINI SERENA", "Assessore", "X", ""},
            {"TORRINI FILIPPO", "Assessore", "X", ""}};
        for (String[] r : rows) for (int i = 0; i < 4; i++) {
            PdfPCell c = new PdfPCell(new Phrase(r[i], f(HV, 9))); c.setPadding(3);
            if (i >= 2) c.setHorizontalAlignment(Element.ALIGN_CENTER);
            roll.addCell(c);
        }
        PdfPCell tot = new PdfPCell(new Phrase("Totale presenti: 4        Totale assenti: 1", f(HVB, 9)));
        tot.setColspan(4); tot.setPadding(3); roll.addCell(tot);
        d.add(roll);

        String[] body = {
            "Assume la presidenza il Dott. Lorenzo Sbardellati, nella sua qualità di Sindaco, il quale, constatato il numero legale degli intervenuti, dichiara aperta la seduta.",
            "Partecipa alla seduta il Segretario Generale Dott.ssa Chiara Landini, incaricato della redazione del verbale.",
        };
        for (String s : body) { Paragraph p = new Paragraph(s, f(TM, 11)); p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingBefore(6); d.add(p); }

        Paragraph gc = new Paragraph("LA GIUNTA COMUNALE", f(TMB, 12)); gc.setAlignment(Element.ALIGN_CENTER); gc.setSpacingBefore(12); gc.setSpacingAfter(6);
        d.add(gc);
        String[] prem = {
            "Premesso che la strada comunale di Lamole, nel tratto compreso tra l'abitato di Lamole e il bivio per Casole, presenta fenomeni di dissesto della scarpata di valle e cedimenti del piano viabile, segnalati dall'Ufficio Tecnico con relazione del 14/01/2026;",
            "Richiamata la deliberazione del Consiglio Comunale n. 12 del 26/02/2026, con la quale è stato approvato il Documento Unico di Programmazione 2026/2028 e il Bilancio di previsione 2026/2028, che prevede l'intervento nel programma triennale dei lavori pubblici;",
            "Visto il progetto di fattibilità tecnico-economica redatto dall'Ing. Paolo Gabbrielli, incaricato con determinazione n. 1154 del 18/11/2025, pervenuto al prot. n. 3918 del 03/03/2026, dell'importo complessivo di € 385.000,00, di cui € 291.400,00 per lavori comprensivi degli oneri della sicurezza;",
            "Visti il D.Lgs. 31 marzo 2023, n. 36 e, in particolare, l'art. 41 e l'Allegato I.7;",
            "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267, allegati al presente atto;",
            "Con voti unanimi favorevoli espressi in forma palese;",
        };
        for (String s : prem) { Paragraph p = new Paragraph(s, f(TM, 11)); p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingBefore(4); d.add(p); }

        Paragraph del = new Paragraph("D E L I B E R A", f(TMB, 12)); del.setAlignment(Element.ALIGN_CENTER); del.setSpacingBefore(10); del.setSpacingAfter(6);
        d.add(del);
        String[] pts = {
            "di approvare, per le motivazioni espresse in narrativa, il progetto di fattibilità tecnico-economica per la messa in sicurezza della strada comunale di Lamole, dell'importo complessivo di € 385.000,00, composto dagli elaborati elencati nella relazione generale;",
            "di dare atto che la spesa trova copertura alla Missione 10, Programma 05, Capitolo 21050/3 del bilancio di previsione 2026/2028, annualità 2026;",
            "di dare atto che il Responsabile Unico del Progetto è il Geom. Marco Bini, Responsabile del Settore Lavori Pubblici e Patrimonio;",
            "di demandare al Responsabile del Settore Lavori Pubblici e Patrimonio l'adozione degli atti necessari per l'affidamento della progettazione esecutiva;",
            "di pubblicare il presente atto all'Albo Pretorio on line e nella sezione Amministrazione Trasparente del sito istituzionale.",
        };
        int n = 1;
        for (String s : pts) {
            Paragraph p = new Paragraph();
            p.add(new Chunk(n++ + ") ", f(TMB, 11)));
            p.add(new Chunk(s, f(TM, 11)));
            p.setIndentationLeft(18); p.setFirstLineIndent(-18); p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingBefore(4);
            d.add(p);
        }
        Paragraph ie = new Paragraph("Successivamente, con separata votazione unanime favorevole, la Giunta Comunale dichiara il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante l'urgenza di avviare la progettazione esecutiva prima della stagione estiva.", f(TM, 11));
        ie.setAlignment(Element.ALIGN_JUSTIFIED); ie.setSpacingBefore(8);
        d.add(ie);

        Paragraph lc = new Paragraph("Letto, approvato e sottoscritto.", f(TMI, 11)); lc.setSpacingBefore(14); d.add(lc);
        PdfPTable sig = new PdfPTable(2); sig.setWidthPercentage(100); sig.setSpacingBefore(10);
        String[][] sg = {{"IL SINDACO", "IL SEGRETARIO GENERALE"}, {"Dott. Lorenzo Sbardellati", "Dott.ssa Chiara Landini"}, {"(firmato digitalmente)", "(firmato digitalmente)"}};
        for (String[] r : sg) for (String s : r) { PdfPCell c = new PdfPCell(new Phrase(s, f(r == sg[0] ? TMB : TM, 11))); c.setBorder(0); c.setHorizontalAlignment(Element.ALIGN_CENTER); sig.addCell(c); }
        d.add(sig);

        d.newPage();
        Paragraph ph = new Paragraph("PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", f(HVB, 10)); ph.setSpacingAfter(6); d.add(ph);
        PdfPTable par = new PdfPTable(1); par.setWidthPercentage(100);
        String[] pp = {
            "PARERE DI REGOLARITÀ TECNICA: si esprime parere FAVOREVOLE.\nGreve in Chianti, 09/03/2026          Il Responsabile del Settore Lavori Pubblici e Patrimonio - Geom. Marco Bini",
            "PARERE DI REGOLARITÀ CONTABILE: si esprime parere FAVOREVOLE.\nGreve in Chianti, 10/03/2026          Il Responsabile del Settore Servizi Finanziari - Rag. Elisa Materozzi"};
        for (String s : pp) { PdfPCell c = new PdfPCell(new Phrase(s, f(HV, 9))); c.setPadding(8); par.addCell(c); }
        d.add(par);
        Paragraph pub = new Paragraph("PUBBLICAZIONE", f(HVB, 10)); pub.setSpacingBefore(14); pub.setSpacingAfter(6); d.add(pub);
        PdfPTable pb = new PdfPTable(1); pb.setWidthPercentage(100);
        PdfPCell pc = new PdfPCell(new Phrase("La presente deliberazione viene pubblicata all'Albo Pretorio on line per quindici giorni consecutivi dal 13/03/2026 al 28/03/2026 (registro pubblicazioni n. 487).\nContestualmente comunicata ai Capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. 267/2000.", f(HV, 9)));
        pc.setPadding(8); pb.addCell(pc); d.add(pb);
        d.close();
    }

    static class Foot extends PdfPageEventHelper {
        PdfTemplate total;
        public void onOpenDocument(PdfWriter w, Document d) { total = w.getDirectContent().createTemplate(30, 12); }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            cb.setLineWidth(0.5f); cb.moveTo(56, 52); cb.lineTo(539, 52); cb.stroke();
            cb.beginText(); cb.setFontAndSize(HV, 7.5f);
            cb.showTextAligned(Element.ALIGN_LEFT, "Deliberazione G.C. n. 58 del 12/03/2026", 56, 42, 0);
            cb.showTextAligned(Element.ALIGN_LEFT, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate", 56, 32, 0);
            String pg = "Pag. " + w.getPageNumber() + " di ";
            cb.showTextAligned(Element.ALIGN_RIGHT, pg, 525, 42, 0);
            cb.endText();
            cb.addTemplate(total, 525, 42);
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText(); total.setFontAndSize(HV, 7.5f); total.showText(String.valueOf(w.getPageNumber() - 1)); total.endText();
        }
    }
}
