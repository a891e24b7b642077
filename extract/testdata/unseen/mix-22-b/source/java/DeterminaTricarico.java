// Comune di Tricarico - determinazione printed in the shape of an ERP's
// JasperReports print (label grid, bands, page X of Y), written with OpenPDF.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

public class DeterminaTricarico {
    static final String RG = "187", RGDATE = "17/04/2026";
    static BaseFont BF, BFB, BFI;

    static class Bands extends PdfPageEventHelper {
        PdfTemplate total;
        public void onOpenDocument(PdfWriter w, Document d) { total = w.getDirectContent().createTemplate(30, 12); }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            float left = d.left(), right = d.right(), top = d.getPageSize().getHeight() - 22;
            cb.setColorFill(new Color(90, 90, 90));
            cb.beginText();
            cb.setFontAndSize(BF, 7);
            cb.showTextAligned(Element.ALIGN_LEFT, "Comune di Tricarico - Determinazione Reg. Gen. n. " + RG + "/2026", left, top, 0);
            cb.showTextAligned(Element.ALIGN_RIGHT, "Stampa del 17/04/2026 13:05 - utente: economato", right, top, 0);
            cb.endText();
            cb.setColorStroke(new Color(150, 150, 150));
            cb.moveTo(left, top - 4); cb.lineTo(right, top - 4); cb.stroke();
            cb.moveTo(left, 40); cb.lineTo(right, 40); cb.stroke();
            cb.beginText();
            cb.setFontAndSize(BF, 7);
            cb.showTextAligned(Element.ALIGN_LEFT, "Codice documento: *DT2026000187*  -  Documento firmato digitalmente ai sensi del D.Lgs. 82/2005", left, 30, 0);
            String s = "Pagina " + w.getPageNumber() + " di ";
            cb.showTextAligned(Element.ALIGN_RIGHT, s, right - 12, 30, 0);
            cb.endText();
            cb.addTemplate(total, right - 12, 30);
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText(); total.setFontAndSize(BF, 7);
            total.showText(String.valueOf(w.getPageNumber() - 1)); total.endText();
        }
    }

    static PdfPCell lab(String t) {
        PdfPCell c = new PdfPCell(new Phrase(t, new Font(BFB, 8)));
        c.setBackgroundColor(new Color(220, 226, 232)); c.setPadding(4); c.setBorderColor(new Color(140, 140, 140));
        return c;
    }
    static PdfPCell val(String t) {
        PdfPCell c = new PdfPCell(new Phrase(t, new Font(BF, 9)));
        c.setPadding(4); c.setBorderColor(new Color(140, 140, 140));
        return c;
    }
    static Paragraph par(String t, Font f, int align, float after) {
        Paragraph p = new Paragraph(t, f); p.setAlignment(align); p.setSpacingAfter(after); p.setLeading(12.5f);
        return p;
    }

    public static void main(String[] a) throws Exception {
        String fd = "/usr/share/fonts/truetype/dejavu/";
        BF = BaseFont.createFont(fd + "DejaVuSansCondensed.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        BFB = BaseFont.createFont(fd + "DejaVuSansCondensed-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        BFI = BaseFont.createFont(fd + "DejaVuSansCondensed-Oblique.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Font f = new Font(BF, 9.5f), fb = new Font(BFB, 9.5f), fi = new Font(BFI, 8);
        Document d = new Document(PageSize.A4, 48, 48, 40, 56);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Bands());
        d.addTitle("Determinazione n. " + RG + " del " + RGDATE);
        d.addAuthor("Comune di Tricarico");
        d.addCreator("JasperReports Library version 6.20.0");
        d.open();

        PdfPTable head = new PdfPTable(new float[]{1.2f, 5f});
        head.setWidthPercentage(100);
        PdfPCell logo = new PdfPCell(new Phrase("[stemma]", new Font(BFI, 7)));
        logo.setBorder(0); logo.setVerticalAlignment(Element.ALIGN_MIDDLE); logo.setFixedHeight(46);
        head.addCell(logo);
        PdfPCell ente = new PdfPCell();
        ente.setBorder(0);
        ente.addElement(par("COMUNE DI TRICARICO", new Font(BFB, 15), Element.ALIGN_LEFT, 0));
        ente.addElement(par("Provincia di Matera", new Font(BF, 9), Element.ALIGN_LEFT, 0));
        head.addCell(ente);
        d.add(head);

        Paragraph t = par("DETERMINAZIONE DEL RESPONSABILE DEL SETTORE", new Font(BFB, 11), Element.ALIGN_CENTER, 6);
        t.setSpacingBefore(6);
        d.add(t);

        PdfPTable g = new PdfPTable(new float[]{2.2f, 3.2f, 2.2f, 2.4f});
        g.setWidthPercentage(100);
        g.addCell(lab("Settore")); PdfPCell s = val("SETTORE I – AFFARI GENERALI"); s.setColspan(3); g.addCell(s);
        g.addCell(lab("Servizio")); PdfPCell sv = val("Servizio Economato e Provveditorato"); sv.setColspan(3); g.addCell(sv);
        g.addCell(lab("N. Registro Generale")); g.addCell(val(RG)); g.addCell(lab("del")); g.addCell(val(RGDATE));
        g.addCell(lab("N. Registro Settore")); g.addCell(val("42")); g.addCell(lab("del")); g.addCell(val("15/04/2026"));
        d.add(g);

        Paragraph subj = par("Servizio di pulizia degli uffici comunali – Determina a contrarre e affidamento diretto alla ditta \"Lucana Servizi S.r.l.\" per il periodo 01/05/2026 – 30/04/2027 – CIG B81F3E0A27 – Impegno di spesa.",
                new Font(BFB, 10.5f), Element.ALIGN_CENTER, 10);
        subj.setSpacingBefore(12);
        subj.setIndentationLeft(20); subj.setIndentationRight(20);
        d.add(subj);

        d.add(par("IL RESPONSABILE DEL SETTORE", fb, Element.ALIGN_CENTER, 6));
        String[] prem = {
            "Visto il decreto del Sindaco n. 3 del 08/01/2026, con il quale è stata attribuita al sottoscritto la responsabilità del Settore I – Affari Generali, ai sensi dell'art. 109, comma 2, del D.Lgs. 267/2000;",
            "Richiamata la deliberazione del Consiglio Comunale n. 4 del 28/02/2026, di approvazione del bilancio di previsione finanziario 2026-2028;",
            "Premesso che il contratto per il servizio di pulizia della sede municipale di Piazza Garibaldi, della biblioteca comunale e dell'ufficio di Polizia Locale scadrà il 30/04/2026 e che il Comune non dispone di personale da destinare al servizio;",
            "Dato atto che è stata avviata sulla piattaforma telematica di negoziazione dell'Ente una richiesta di offerta, alla quale la ditta \"Lucana Servizi S.r.l.\", con sede in Potenza, ha risposto offrendo il canone annuo di € 14.300,00 oltre IVA 22%, comprensivo degli oneri per la sicurezza;",
            "Ritenuto il prezzo congruo e verificato il possesso dei requisiti di ordine generale e la regolarità contributiva dell'operatore economico;",
            "Visti gli artt. 17 e 50 del D.Lgs. 36/2023 e l'art. 192 del D.Lgs. 267/2000;",
        };
        for (String p : prem) d.add(par(p, f, Element.ALIGN_JUSTIFIED, 4));
        d.add(par("DETERMINA", fb, Element.ALIGN_CENTER, 6));
        String[] pts = {
            "di dare atto che la premessa costituisce parte integrante e sostanziale del presente provvedimento;",
            "di affidare, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023, il servizio di pulizia degli uffici comunali per il periodo 01/05/2026 – 30/04/2027 alla ditta \"Lucana Servizi S.r.l.\" (P.IVA 01893270766), per l'importo di € 14.300,00 oltre IVA 22%, pari a complessivi € 17.446,00;",
            "di impegnare la spesa di € 11.630,67 sul capitolo 1043 \"Spese per pulizia locali comunali\" del bilancio 2026 e di € 5.815,33 sul medesimo capitolo dell'esercizio 2027;",
            "di stabilire che il contratto sarà stipulato mediante scambio di lettere commerciali ai sensi dell'art. 18 del D.Lgs. 36/2023;",
            "di nominare Responsabile Unico del Progetto la sig.ra Angela Lauria, istruttore amministrativo del Servizio Economato;",
            "di trasmettere il presente atto al Responsabile del Servizio Finanziario per il visto di regolarità contabile.",
        };
        com.lowagie.text.List l = new com.lowagie.text.List(com.lowagie.text.List.ORDERED, 18);
        for (String p : pts) { ListItem li = new ListItem(p, f); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setSpacingAfter(3); li.setLeading(12.5f); l.add(li); }
        d.add(l);

        PdfPTable sig = new PdfPTable(2);
        sig.setWidthPercentage(100); sig.setSpacingBefore(16);
        PdfPCell e = new PdfPCell(new Phrase("Tricarico, 15/04/2026", f)); e.setBorder(0); sig.addCell(e);
        PdfPCell sg = new PdfPCell(); sg.setBorder(0);
        sg.addElement(par("IL RESPONSABILE DEL SETTORE I", fb, Element.ALIGN_CENTER, 0));
        sg.addElement(par("Dott. Vito Santoro", f, Element.ALIGN_CENTER, 0));
        sg.addElement(par("(firmato digitalmente)", fi, Element.ALIGN_CENTER, 0));
        sig.addCell(sg);
        d.add(sig);

        d.newPage();
        d.add(par("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", fb, Element.ALIGN_CENTER, 6));
        d.add(par("(art. 183, comma 7, D.Lgs. 267/2000)", fi, Element.ALIGN_CENTER, 8));
        PdfPTable imp = new PdfPTable(new float[]{1f, 1.4f, 1.2f, 3.2f, 1.6f});
        imp.setWidthPercentage(100);
        for (String h : new String[]{"Anno", "Impegno", "Capitolo", "Descrizione", "Importo €"}) imp.addCell(lab(h));
        for (String[] r : new String[][]{{"2026", "318/2026", "1043", "Servizio pulizia uffici 01/05-31/12/2026", "11.630,67"},
                                          {"2027", "22/2027", "1043", "Servizio pulizia uffici 01/01-30/04/2027", "5.815,33"}})
            for (String c : r) imp.addCell(val(c));
        d.add(imp);
        d.add(par("Si attesta la copertura finanziaria della spesa. Esecutiva dal 17/04/2026.", f, Element.ALIGN_LEFT, 8));
        d.add(par("IL RESPONSABILE DEL SERVIZIO FINANZIARIO - Rag. Maria Carmela Lopergolo (firmato digitalmente)", f, Element.ALIGN_RIGHT, 14));
        d.add(par("CERTIFICATO DI PUBBLICAZIONE", fb, Element.ALIGN_CENTER, 4));
        d.add(par("La presente determinazione è pubblicata all'Albo Pretorio on line dal 17/04/2026 per 15 giorni consecutivi, con n. 402 del registro delle pubblicazioni.", f, Element.ALIGN_JUSTIFIED, 4));
        d.close();
    }
}
