// Comune di Montegiorgio - Consiglio Comunale deliberation, OpenPDF (iText 4 fork) report layout
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class Delibera {
    static BaseFont bf, bfb, bfi;
    static Font f(BaseFont b, float s) { return new Font(b, s); }

    static class Furniture extends PdfPageEventHelper {
        PdfTemplate total;
        public void onOpenDocument(PdfWriter w, Document d) { total = w.getDirectContent().createTemplate(30, 12); }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            float L = d.left(), R = d.right();
            cb.setLineWidth(0.4f);
            cb.moveTo(L, 40); cb.lineTo(R, 40); cb.stroke();
            cb.beginText(); cb.setFontAndSize(bf, 7.5f);
            cb.showTextAligned(Element.ALIGN_LEFT, "Comune di Montegiorgio - Delibera di Consiglio Comunale n. 9 del 27/03/2026", L, 30, 0);
            String p = "Pagina " + w.getPageNumber() + " di ";
            cb.showTextAligned(Element.ALIGN_RIGHT, p, R - 14, 30, 0);
            cb.endText();
            cb.addTemplate(total, R - 13, 30);
            if (w.getPageNumber() > 1) {
                cb.beginText(); cb.setFontAndSize(bfi, 7.5f);
                cb.showTextAligned(Element.ALIGN_RIGHT, "COMUNE DI MONTEGIORGIO (FM) - Atti del Consiglio Comunale", R, d.top() + 18, 0);
                cb.endText();
                cb.moveTo(L, d.top() + 14); cb.lineTo(R, d.top() + 14); cb.stroke();
            }
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText(); total.setFontAndSize(bf, 7.5f);
            total.showText(String.valueOf(w.getPageNumber() - 1)); total.endText();
        }
    }

    static PdfPCell cell(String t, Font fo, int align, float pad, boolean border, float gray) {
        PdfPCell c = new PdfPCell(new Phrase(t, fo));
        c.setHorizontalAlignment(align); c.setPadding(pad);
        if (!border) c.setBorder(Rectangle.NO_BORDER); else c.setBorderWidth(0.5f);
        if (gray > 0) c.setGrayFill(gray);
        return c;
    }
    static Paragraph p(String t, Font fo, int align, float before) {
        Paragraph x = new Paragraph(t, fo); x.setAlignment(align); x.setSpacingBefore(before); x.setLeading(fo.getSize() * 1.35f); return x;
    }

    public static void main(String[] a) throws Exception {
        String dir = "/usr/share/fonts/truetype/dejavu/";
        bf = BaseFont.createFont(dir + "DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfb = BaseFont.createFont(dir + "DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfi = BaseFont.createFont(dir + "DejaVuSans-Oblique.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Font n9 = f(bf, 9), b9 = f(bfb, 9), n8 = f(bf, 8), b8 = f(bfb, 8), b12 = f(bfb, 12), b14 = f(bfb, 14), i8 = f(bfi, 8), b10 = f(bfb, 10), n10 = f(bf, 9.5f);

        Document d = new Document(PageSize.A4, 50, 50, 56, 58);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Furniture());
        d.addTitle("Delibera di Consiglio Comunale n. 9 del 27/03/2026");
        d.addAuthor("Comune di Montegiorgio");
        d.addCreator("Atti - modulo Deliberazioni (stampa OpenPDF)");
        d.open();

        // letterhead: crest caption left, names centre, "ORIGINALE" right
        PdfPTable head = new PdfPTable(new float[]{1.1f, 4f, 1.3f});
        head.setWidthPercentage(100);
        PdfPCell crest = cell("[stemma]\nComune di\nMontegiorgio", i8, Element.ALIGN_CENTER, 6, true, 0);
        head.addCell(crest);
        PdfPCell mid = new PdfPCell(); mid.setBorder(Rectangle.NO_BORDER); mid.setPaddingLeft(10);
        mid.addElement(p("COMUNE DI MONTEGIORGIO", b14, Element.ALIGN_LEFT, 0));
        mid.addElement(p("PROVINCIA DI FERMO", b9, Element.ALIGN_LEFT, 0));
        mid.addElement(p("Piazza Matteotti n. 20 – 63833 Montegiorgio – tel. 0734 952011 – PEC: comune.montegiorgio@emarche.it", n8, Element.ALIGN_LEFT, 2));
        head.addCell(mid);
        head.addCell(cell("ORIGINALE", b10, Element.ALIGN_CENTER, 8, true, 0.9f));
        d.add(head);

        d.add(p("DELIBERAZIONE DEL CONSIGLIO COMUNALE", b12, Element.ALIGN_CENTER, 16));

        PdfPTable reg = new PdfPTable(new float[]{1f, 1f, 1f, 1f});
        reg.setWidthPercentage(100); reg.setSpacingBefore(8);
        reg.addCell(cell("Numero", b8, Element.ALIGN_CENTER, 3, true, 0.88f));
        reg.addCell(cell("Data", b8, Element.ALIGN_CENTER, 3, true, 0.88f));
        reg.addCell(cell("Seduta", b8, Element.ALIGN_CENTER, 3, true, 0.88f));
        reg.addCell(cell("Convocazione", b8, Element.ALIGN_CENTER, 3, true, 0.88f));
        reg.addCell(cell("9", b10, Element.ALIGN_CENTER, 4, true, 0));
        reg.addCell(cell("27/03/2026", b10, Element.ALIGN_CENTER, 4, true, 0));
        reg.addCell(cell("Ordinaria – pubblica", n9, Element.ALIGN_CENTER, 4, true, 0));
        reg.addCell(cell("Prima", n9, Element.ALIGN_CENTER, 4, true, 0));
        d.add(reg);

        PdfPTable ogg = new PdfPTable(new float[]{1f, 6f});
        ogg.setWidthPercentage(100); ogg.setSpacingBefore(8);
        ogg.addCell(cell("Oggetto:", b9, Element.ALIGN_LEFT, 5, false, 0));
        ogg.addCell(cell("Regolamento comunale per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale – Modifiche agli articoli 12, 27 e 41.", b9, Element.ALIGN_LEFT, 5, false, 0));
        d.add(ogg);

        d.add(p("L'anno duemilaventisei, il giorno ventisette del mese di marzo, alle ore 21:00, nella Sala consiliare del Palazzo Comunale, "
              + "previa convocazione disposta dal Presidente del Consiglio con avviso prot. n. 3311 del 20/03/2026, regolarmente notificato, "
              + "si è riunito il Consiglio Comunale. All'appello nominale risultano:", n10, Element.ALIGN_JUSTIFIED, 10));

        String[][] roll = {
            {"1", "FERRACUTI ANDREA", "Sindaco", "P"}, {"2", "VITALI CHIARA", "Consigliere", "P"},
            {"3", "PROPERZI MATTEO", "Consigliere", "P"}, {"4", "MARINANGELI SARA", "Consigliere", "P"},
            {"5", "SCENDONI LUCA", "Presidente del Consiglio", "P"}, {"6", "CAPANCIONI ELISA", "Consigliere", "A"},
            {"7", "MANCINI GIORGIO", "Consigliere", "P"}, {"8", "COGNIGNI FEDERICA", "Consigliere", "P"},
            {"9", "VESPRINI ROBERTO", "Consigliere", "P"}, {"10", "CIARROCCHI ANNA", "Consigliere", "A"},
            {"11", "LUCIANI PIETRO", "Consigliere", "P"}, {"12", "GIUSTOZZI MARCO", "Consigliere", "P"},
            {"13", "PIERONI LAURA", "Consigliere", "P"}};
        PdfPTable t = new PdfPTable(new float[]{0.35f, 2.3f, 1.9f, 0.45f, 0.15f, 0.35f, 2.3f, 1.9f, 0.45f});
        t.setWidthPercentage(100); t.setSpacingBefore(6);
        String[] hh = {"N.", "Cognome e Nome", "Carica", "P/A"};
        for (int k = 0; k < 2; k++) {
            for (String s : hh) t.addCell(cell(s, b8, Element.ALIGN_CENTER, 3, true, 0.88f));
            if (k == 0) t.addCell(cell("", n8, Element.ALIGN_CENTER, 0, false, 0));
        }
        for (int r = 0; r < 7; r++) {
            for (int k = 0; k < 2; k++) {
                int idx = r + 7 * k;
                if (idx < roll.length) {
                    String[] x = roll[idx];
                    t.addCell(cell(x[0], n8, Element.ALIGN_CENTER, 3, true, 0));
                    t.addCell(cell(x[1], n8, Element.ALIGN_LEFT, 3, true, 0));
                    t.addCell(cell(x[2], n8, Element.ALIGN_LEFT, 3, true, 0));
                    t.addCell(cell(x[3], b8, Element.ALIGN_CENTER, 3, true, 0));
                } else { for (int z = 0; z < 4; z++) t.addCell(cell("", n8, Element.ALIGN_CENTER, 3, true, 0)); }
                if (k == 0) t.addCell(cell("", n8, Element.ALIGN_CENTER, 0, false, 0));
            }
        }
        d.add(t);
        d.add(p("Presenti n. 11 – Assenti n. 2 (Capancioni, Ciarrocchi)", b9, Element.ALIGN_RIGHT, 4));
        d.add(p("Assiste il Segretario Comunale Dott.ssa Silvia Tombolini, incaricata della redazione del verbale. "
              + "Essendo legale il numero degli intervenuti, il Sig. Luca Scendoni, nella sua qualità di Presidente del Consiglio, "
              + "assume la presidenza e dichiara aperta la seduta. Sono nominati scrutatori i Consiglieri Vitali, Mancini e Luciani.", n10, Element.ALIGN_JUSTIFIED, 8));
        d.newPage();

        d.add(p("IL CONSIGLIO COMUNALE", b10, Element.ALIGN_CENTER, 4));
        String[] prem = {
            "Premesso che con propria deliberazione n. 14 del 29/04/2021 è stato approvato il Regolamento comunale per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale, ai sensi dell'art. 1, commi 816-847, della legge 27 dicembre 2019, n. 160;",
            "Ravvisata la necessità di adeguare gli articoli 12 (occupazioni temporanee per pubblici esercizi), 27 (riduzioni ed esenzioni) e 41 (mercato settimanale del martedì) alle esigenze emerse nel corso dell'anno 2025, come illustrato dall'Assessore al Bilancio;",
            "Vista la proposta di deliberazione n. 11 del 12/03/2026 del Settore Economico-Finanziario e il testo degli articoli modificati, allegato sotto la lettera A);",
            "Visto il parere favorevole dell'Organo di revisione economico-finanziaria, verbale n. 5 del 18/03/2026;",
            "Acquisiti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
            "Uditi gli interventi dei Consiglieri, integralmente registrati e conservati agli atti;",
            "Con la seguente votazione, espressa per alzata di mano e proclamata dal Presidente:"};
        for (String s : prem) d.add(p(s, n10, Element.ALIGN_JUSTIFIED, 5));

        PdfPTable v = new PdfPTable(new float[]{2f, 1f});
        v.setWidthPercentage(55); v.setSpacingBefore(8); v.setHorizontalAlignment(Element.ALIGN_CENTER);
        String[][] vv = {{"Consiglieri presenti", "11"}, {"Consiglieri votanti", "10"}, {"Voti favorevoli", "7"}, {"Voti contrari", "3 (Vesprini, Giustozzi, Pieroni)"}, {"Astenuti", "1 (Cognigni)"}};
        v.addCell(headerCell("ESITO DELLA VOTAZIONE", b8));
        for (String[] r : vv) { v.addCell(cell(r[0], n8, Element.ALIGN_LEFT, 3, true, 0)); v.addCell(cell(r[1], b8, Element.ALIGN_LEFT, 3, true, 0)); }
        d.add(v);

        d.add(p("D E L I B E R A", b10, Element.ALIGN_CENTER, 10));
        String[] pts = {
            "1) di approvare le modifiche agli articoli 12, 27 e 41 del Regolamento comunale per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale, nel testo allegato sotto la lettera A) quale parte integrante e sostanziale;",
            "2) di dare atto che le modifiche hanno effetto dal 1° gennaio 2026, ai sensi dell'art. 53, comma 16, della legge 23 dicembre 2000, n. 388;",
            "3) di incaricare il Responsabile del Settore Economico-Finanziario della pubblicazione del regolamento aggiornato nella sezione “Amministrazione trasparente” e degli ulteriori adempimenti."};
        for (String s : pts) { Paragraph x = p(s, n10, Element.ALIGN_JUSTIFIED, 5); x.setIndentationLeft(16); x.setFirstLineIndent(-16); d.add(x); }

        d.add(p("Successivamente, con separata votazione (presenti 11, votanti 10, favorevoli 7, contrari 3, astenuti 1), il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", n10, Element.ALIGN_JUSTIFIED, 10));

        d.add(p("Il presente verbale viene letto, approvato e sottoscritto.", n10, Element.ALIGN_LEFT, 16));
        PdfPTable s = new PdfPTable(2); s.setWidthPercentage(100); s.setSpacingBefore(10);
        s.addCell(cell("IL PRESIDENTE DEL CONSIGLIO\nLuca Scendoni", b9, Element.ALIGN_CENTER, 4, false, 0));
        s.addCell(cell("IL SEGRETARIO COMUNALE\nDott.ssa Silvia Tombolini", b9, Element.ALIGN_CENTER, 4, false, 0));
        s.addCell(cell("(firmato digitalmente)", i8, Element.ALIGN_CENTER, 2, false, 0));
        s.addCell(cell("(firmato digitalmente)", i8, Element.ALIGN_CENTER, 2, false, 0));
        d.add(s);

        PdfPTable pub = new PdfPTable(1); pub.setWidthPercentage(100); pub.setSpacingBefore(18);
        PdfPCell pc = new PdfPCell(); pc.setPadding(8); pc.setBorderWidth(0.6f);
        pc.addElement(p("ATTESTATO DI PUBBLICAZIONE", b9, Element.ALIGN_CENTER, 0));
        pc.addElement(p("La presente deliberazione è pubblicata all'Albo Pretorio on line dal 01/04/2026 per 15 giorni consecutivi (reg. pubbl. n. 402/2026), ai sensi dell'art. 124 del D.Lgs. 267/2000.", n8, Element.ALIGN_JUSTIFIED, 4));
        pc.addElement(p("Montegiorgio, 01/04/2026                                                            L'Incaricato della pubblicazione – Rag. Paola Cruciani", n8, Element.ALIGN_LEFT, 4));
        pub.addCell(pc);
        d.add(pub);
        d.add(p("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.; sostituisce il documento cartaceo e la firma autografa.", i8, Element.ALIGN_CENTER, 10));
        d.close();
    }
    static PdfPCell headerCell(String t, Font fo) { PdfPCell c = new PdfPCell(new Phrase(t, fo)); c.setColspan(2); c.setGrayFill(0.88f); c.setHorizontalAlignment(Element.ALIGN_CENTER); c.setPadding(3); c.setBorderWidth(0.5f); return c; }
}
