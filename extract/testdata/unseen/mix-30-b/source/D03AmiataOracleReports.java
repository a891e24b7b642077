// Giunta deliberation of the Unione dei Comuni Amiata Val d'Orcia laid out
// like an Oracle Reports print (report id, run date and page in a banner,
// framed field groups, roll in two columns).  Built with OpenPDF.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class D03AmiataOracleReports {
    static Font f(int style, float size) { return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style); }
    static final Font N = f(Font.NORMAL, 9.5f), B = f(Font.BOLD, 9.5f), S = f(Font.NORMAL, 7.5f), SB = f(Font.BOLD, 7.5f),
            T = f(Font.BOLD, 13f), M = FontFactory.getFont(FontFactory.COURIER, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, 8f);

    static class Banner extends PdfPageEventHelper {
        PdfTemplate total;
        public void onOpenDocument(PdfWriter w, Document d) { total = w.getDirectContent().createTemplate(30, 12); }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            float top = d.getPageSize().getHeight() - 28;
            cb.setLineWidth(0.6f);
            cb.rectangle(36, top - 14, d.getPageSize().getWidth() - 72, 16); cb.stroke();
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("REPORT: UCA_DELIB_GIU  |  Ambiente: PROD  |  Eseguito il 13/03/2026 09:12", M), 40, top - 9, 0);
            String pg = "Pagina " + w.getPageNumber() + " di ";
            float x = d.getPageSize().getWidth() - 90;
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(pg, M), x, top - 9, 0);
            cb.addTemplate(total, x + M.getBaseFont().getWidthPoint(pg, 8f), top - 9);
            ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.; sostituisce il documento cartaceo e la firma autografa.", S), d.getPageSize().getWidth() / 2, 22, 0);
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText(); total.setFontAndSize(M.getBaseFont(), 8f); total.showText(String.valueOf(w.getPageNumber() - 1)); total.endText();
        }
    }

    static PdfPCell c(String s, Font fo, int border, float pad, int align) {
        PdfPCell x = new PdfPCell(new Phrase(s, fo)); x.setBorder(border); x.setPadding(pad); x.setHorizontalAlignment(align); return x;
    }
    static void para(Document d, String s) throws Exception {
        Paragraph p = new Paragraph(s, N); p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingAfter(4); p.setLeading(12.5f); d.add(p);
    }

    public static void main(String[] a) throws Exception {
        Document d = new Document(PageSize.A4, 42, 42, 60, 40);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Banner());
        d.addCreator("Oracle Reports 12.2.1.4.0");
        d.addTitle("UCA_DELIB_GIU 32/2026");
        d.open();

        PdfPTable h = new PdfPTable(new float[]{1f});
        h.setWidthPercentage(100);
        PdfPCell hc = new PdfPCell(); hc.setBorder(Rectangle.BOX); hc.setPadding(6);
        Paragraph p1 = new Paragraph("UNIONE DEI COMUNI AMIATA VAL D'ORCIA", T); p1.setAlignment(Element.ALIGN_CENTER); hc.addElement(p1);
        Paragraph p2 = new Paragraph("Abbadia San Salvatore - Castiglione d'Orcia - Piancastagnaio - Radicofani - San Quirico d'Orcia", S); p2.setAlignment(Element.ALIGN_CENTER); hc.addElement(p2);
        Paragraph p3 = new Paragraph("(Provincia di Siena)", S); p3.setAlignment(Element.ALIGN_CENTER); hc.addElement(p3);
        h.addCell(hc);
        d.add(h);

        PdfPTable g = new PdfPTable(new float[]{2.2f, 1.3f, 1.6f, 1.6f, 1.2f, 1.2f});
        g.setWidthPercentage(100); g.setSpacingBefore(8);
        PdfPCell t = c("VERBALE DI DELIBERAZIONE DELLA GIUNTA DELL'UNIONE", B, Rectangle.BOX, 5, Element.ALIGN_CENTER); t.setColspan(6); t.setGrayFill(0.88f); g.addCell(t);
        g.addCell(c("Numero Registro Delibere", SB, Rectangle.BOX, 4, Element.ALIGN_LEFT));
        g.addCell(c("32", B, Rectangle.BOX, 4, Element.ALIGN_CENTER));
        g.addCell(c("Data adunanza", SB, Rectangle.BOX, 4, Element.ALIGN_LEFT));
        g.addCell(c("12/03/2026", B, Rectangle.BOX, 4, Element.ALIGN_CENTER));
        g.addCell(c("Ora", SB, Rectangle.BOX, 4, Element.ALIGN_LEFT));
        g.addCell(c("15:30", B, Rectangle.BOX, 4, Element.ALIGN_CENTER));
        PdfPCell o = new PdfPCell(); o.setColspan(6); o.setPadding(5); o.setBorder(Rectangle.BOX);
        Paragraph op = new Paragraph(); op.add(new Chunk("Oggetto:  ", SB));
        op.add(new Chunk("Approvazione del Piano triennale dei fabbisogni di personale 2026-2028 e ricognizione delle eccedenze di personale ai sensi dell'art. 33 del D.Lgs. 165/2001.", B));
        o.addElement(op); g.addCell(o);
        d.add(g);

        Paragraph intro = new Paragraph("L'anno duemilaventisei, il giorno dodici del mese di marzo, alle ore 15:30, presso la sede dell'Unione in Piancastagnaio, si è riunita la Giunta dell'Unione, convocata nei modi di legge e di Statuto. Sono presenti i Signori:", N);
        intro.setSpacingBefore(8); intro.setSpacingAfter(6); intro.setAlignment(Element.ALIGN_JUSTIFIED); d.add(intro);

        String[][] roll = {
            {"MACCARI FRANCO", "Presidente", "Sindaco di Piancastagnaio", "P"},
            {"DEL NERO SARA", "Vice Presidente", "Sindaco di San Quirico d'Orcia", "P"},
            {"BIANCIARDI LORENZO", "Assessore", "Sindaco di Abbadia San Salvatore", "P"},
            {"FANCIULLI MONICA", "Assessore", "Sindaco di Castiglione d'Orcia", "A"},
            {"PICCINI RENATO", "Assessore", "Sindaco di Radicofani", "P"},
        };
        PdfPTable r = new PdfPTable(new float[]{3.2f, 0.8f, 0.4f, 3.2f, 0.8f});
        r.setWidthPercentage(100);
        String[] hdr = {"Componente", "Pres./Ass.", "", "Componente", "Pres./Ass."};
        for (String s : hdr) { PdfPCell x = c(s, SB, s.isEmpty() ? Rectangle.NO_BORDER : Rectangle.BOTTOM, 3, Element.ALIGN_LEFT); r.addCell(x); }
        for (int i = 0; i < roll.length; i += 2) {
            for (int j = i; j < i + 2; j++) {
                if (j < roll.length) {
                    PdfPCell x = new PdfPCell(); x.setBorder(Rectangle.NO_BORDER); x.setPadding(2);
                    Paragraph q = new Paragraph(); q.add(new Chunk(roll[j][0], B)); q.add(new Chunk("  " + roll[j][1], N));
                    x.addElement(q); x.addElement(new Paragraph(roll[j][2], S)); r.addCell(x);
                    r.addCell(c(roll[j][3].equals("P") ? "Presente" : "Assente", N, Rectangle.NO_BORDER, 3, Element.ALIGN_LEFT));
                } else { r.addCell(c("", N, 0, 2, 0)); r.addCell(c("", N, 0, 2, 0)); }
                if (j == i) r.addCell(c("", N, Rectangle.NO_BORDER, 2, 0));
            }
        }
        PdfPCell tot = c("Presenti: 4     Assenti: 1", SB, Rectangle.TOP, 4, Element.ALIGN_RIGHT); tot.setColspan(5); r.addCell(tot);
        d.add(r);

        Paragraph sp = new Paragraph("Assiste il Segretario dell'Unione Dott. Gianni Rossetti, che cura la verbalizzazione. Il Presidente Franco Maccari, constatato il numero legale, dichiara aperta la seduta.", N);
        sp.setSpacingBefore(6); sp.setSpacingAfter(6); sp.setAlignment(Element.ALIGN_JUSTIFIED); d.add(sp);

        Paragraph lg = new Paragraph("LA GIUNTA DELL'UNIONE", B); lg.setAlignment(Element.ALIGN_CENTER); lg.setSpacingAfter(6); d.add(lg);
        para(d, "Premesso che, ai sensi dell'art. 6 del D.Lgs. 30 marzo 2001, n. 165, le amministrazioni pubbliche adottano il piano triennale dei fabbisogni di personale in coerenza con la pianificazione pluriennale delle attività e della performance;");
        para(d, "Richiamato l'art. 6 del D.L. 9 giugno 2021, n. 80, convertito dalla L. 113/2021, che ha istituito il Piano Integrato di Attività e Organizzazione (PIAO), nel quale confluisce la programmazione del fabbisogno di personale;");
        para(d, "Dato atto che l'Unione gestisce in forma associata, per conto dei Comuni aderenti, le funzioni di polizia locale, protezione civile, servizi sociali e catasto, e che al 31/12/2025 risultano in servizio n. 27 dipendenti a tempo indeterminato;");
        para(d, "Vista la ricognizione effettuata dai Responsabili dei Servizi, dalla quale non emergono situazioni di soprannumero o eccedenze di personale;");
        para(d, "Visto il parere favorevole del Revisore unico dei conti, reso in data 06/03/2026 ai sensi dell'art. 19, comma 8, della L. 448/2001;");
        para(d, "Acquisiti i pareri favorevoli di regolarità tecnica e contabile di cui all'art. 49 del D.Lgs. 267/2000;");
        para(d, "Con voti unanimi favorevoli resi nelle forme di legge dai quattro componenti presenti;");
        Paragraph dl = new Paragraph("D E L I B E R A", B); dl.setAlignment(Element.ALIGN_CENTER); dl.setSpacingAfter(6); d.add(dl);
        String[] pts = {
            "di dare atto che, a seguito della ricognizione di cui all'art. 33 del D.Lgs. 165/2001, non risultano eccedenze di personale;",
            "di approvare il Piano triennale dei fabbisogni di personale 2026-2028 nel testo allegato sub \"A\", che prevede per l'anno 2026 l'assunzione a tempo indeterminato di n. 2 Agenti di Polizia Locale (Area degli Istruttori) e di n. 1 Funzionario Assistente Sociale (Area dei Funzionari e dell'Elevata Qualificazione);",
            "di dare atto che la spesa di personale programmata rispetta i limiti di cui all'art. 1, comma 562, della L. 296/2006 e all'art. 32, comma 5, del D.Lgs. 267/2000;",
            "di disporre che il presente piano confluisca nella sottosezione 3.3 del PIAO 2026-2028 e sia trasmesso alla Ragioneria Generale dello Stato mediante il sistema SICO entro trenta giorni dall'adozione;",
            "di trasmettere copia della presente alle organizzazioni sindacali, a titolo di informazione."};
        List l = new List(List.ORDERED, 16); l.setIndentationLeft(8);
        for (String s : pts) { ListItem li = new ListItem(12.5f, s, N); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setSpacingAfter(3); l.add(li); }
        d.add(l);
        Paragraph ie = new Paragraph("Con successiva, separata e unanime votazione, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", N);
        ie.setSpacingBefore(6); ie.setAlignment(Element.ALIGN_JUSTIFIED); d.add(ie);

        PdfPTable sig = new PdfPTable(2); sig.setWidthPercentage(100); sig.setSpacingBefore(14); sig.setKeepTogether(true);
        sig.addCell(c("IL PRESIDENTE", B, 0, 2, Element.ALIGN_CENTER)); sig.addCell(c("IL SEGRETARIO DELL'UNIONE", B, 0, 2, Element.ALIGN_CENTER));
        sig.addCell(c("Franco Maccari", N, 0, 2, Element.ALIGN_CENTER)); sig.addCell(c("Dott. Gianni Rossetti", N, 0, 2, Element.ALIGN_CENTER));
        sig.addCell(c("firmato digitalmente", S, 0, 2, Element.ALIGN_CENTER)); sig.addCell(c("firmato digitalmente", S, 0, 2, Element.ALIGN_CENTER));
        d.add(sig);

        PdfPTable pub = new PdfPTable(1); pub.setWidthPercentage(100); pub.setSpacingBefore(14); pub.setKeepTogether(true);
        PdfPCell ph = c("PUBBLICAZIONE", SB, Rectangle.BOX, 3, Element.ALIGN_LEFT); ph.setGrayFill(0.88f); pub.addCell(ph);
        pub.addCell(c("La presente deliberazione è pubblicata all'Albo Pretorio on line dell'Unione per 15 giorni consecutivi dal 13/03/2026 (registro pubblicazioni n. 198) ed è comunicata ai Comuni aderenti.", N, Rectangle.BOX, 5, Element.ALIGN_LEFT));
        d.add(pub);
        d.close();
    }
}
