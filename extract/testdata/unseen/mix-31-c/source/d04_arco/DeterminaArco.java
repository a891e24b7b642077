// Determinazione del Comune di Arco (TN), printed with OpenPDF 1.3.43 (Java) in a Trentino "gestione atti" layout
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class DeterminaArco {
    static BaseFont bf, bfb, bfi;
    static Font f(BaseFont b, float s) { return new Font(b, s); }

    static class Furniture extends PdfPageEventHelper {
        PdfTemplate total;
        public void onOpenDocument(PdfWriter w, Document d) { total = w.getDirectContent().createTemplate(30, 12); }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            cb.beginText(); cb.setFontAndSize(bf, 7);
            cb.showTextAligned(Element.ALIGN_LEFT, "Comune di Arco – Determinazione n. 214 di data 12/03/2026", 56, 28, 0);
            cb.showTextAligned(Element.ALIGN_LEFT, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 (CAD). L'originale è conservato negli archivi informatici del Comune.", 56, 19, 0);
            String s = "pag. " + w.getPageNumber() + " / ";
            cb.showTextAligned(Element.ALIGN_RIGHT, s, 530, 28, 0);
            cb.endText();
            cb.addTemplate(total, 530, 28);
            // margin note (vertical), as some Trentino prints carry the register in the left margin
            cb.beginText(); cb.setFontAndSize(bf, 6.5f);
            cb.showTextAligned(Element.ALIGN_CENTER, "Registro determinazioni n. 214/2026 – Area Tecnica – Servizio Opere Pubbliche n. 37/2026", 24, 420, 90);
            cb.endText();
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText(); total.setFontAndSize(bf, 7); total.showText(String.valueOf(w.getPageNumber() - 1)); total.endText();
        }
    }

    static Paragraph p(String s, Font fo, int align, float after) {
        Paragraph p = new Paragraph(s, fo); p.setAlignment(align); p.setSpacingAfter(after); p.setLeading(fo.getSize() * 1.35f); return p;
    }

    public static void main(String[] a) throws Exception {
        bf = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfb = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfi = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document d = new Document(PageSize.A4, 56, 56, 48, 56);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Furniture());
        d.addTitle("Determinazione n. 214 di data 12/03/2026");
        d.open();

        PdfPTable lh = new PdfPTable(new float[]{1.2f, 5f});
        lh.setWidthPercentage(100);
        PdfPCell c0 = new PdfPCell(new Phrase("[stemma]", f(bfi, 7))); c0.setBorder(0); c0.setHorizontalAlignment(Element.ALIGN_CENTER); c0.setVerticalAlignment(Element.ALIGN_MIDDLE);
        lh.addCell(c0);
        Paragraph t = new Paragraph();
        t.add(new Chunk("COMUNE DI ARCO\n", f(bfb, 16)));
        t.add(new Chunk("Provincia di Trento\n", f(bf, 9.5f)));
        t.add(new Chunk("Piazza III Novembre – 38062 Arco (TN)", f(bf, 8)));
        PdfPCell c1 = new PdfPCell(t); c1.setBorder(Rectangle.BOTTOM); c1.setPaddingBottom(6); lh.addCell(c1);
        c0.setBorder(Rectangle.BOTTOM);
        d.add(lh);

        d.add(p(" ", f(bf, 6), Element.ALIGN_LEFT, 0));
        d.add(p("AREA TECNICA", f(bfb, 12), Element.ALIGN_CENTER, 0));
        d.add(p("Servizio Opere Pubbliche", f(bf, 11), Element.ALIGN_CENTER, 8));

        PdfPTable box = new PdfPTable(new float[]{3f, 2f});
        box.setWidthPercentage(100);
        PdfPCell b1 = new PdfPCell(new Phrase("DETERMINAZIONE N. 214\ndi data 12 marzo 2026", f(bfb, 12)));
        b1.setPadding(6); b1.setBackgroundColor(new java.awt.Color(240, 240, 240));
        PdfPCell b2 = new PdfPCell(new Phrase("Registro del Servizio n. 37\nFascicolo 6.5-2026-11", f(bf, 9)));
        b2.setPadding(6); b2.setVerticalAlignment(Element.ALIGN_MIDDLE);
        box.addCell(b1); box.addCell(b2);
        d.add(box);

        PdfPTable og = new PdfPTable(new float[]{1f, 5f}); og.setWidthPercentage(100); og.setSpacingBefore(8); og.setSpacingAfter(8);
        PdfPCell o1 = new PdfPCell(new Phrase("OGGETTO:", f(bfb, 10))); o1.setBorder(0);
        PdfPCell o2 = new PdfPCell(new Phrase("Lavori di manutenzione straordinaria della copertura della palestra della scuola primaria di Bolognano. Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a) del D.Lgs. 36/2023 alla ditta Coperture Alto Garda S.r.l. e impegno di spesa. CIG B8C4D21A07 – CUP G64D26000010004.", f(bfb, 10)));
        o2.setBorder(0); o2.setLeading(0, 1.3f);
        og.addCell(o1); og.addCell(o2);
        d.add(og);

        d.add(p("IL RESPONSABILE DELL'AREA TECNICA", f(bfb, 10.5f), Element.ALIGN_CENTER, 6));
        Font n = f(bf, 10.5f);
        String[] prem = {
            "Premesso che nel corso del sopralluogo effettuato il 24 febbraio 2026 dal personale del Servizio Opere Pubbliche sono state riscontrate infiltrazioni d'acqua dalla copertura della palestra della scuola primaria di Bolognano, dovute al deterioramento della guaina impermeabilizzante e di alcune lattonerie;",
            "ritenuto necessario intervenire con urgenza per garantire la regolare fruizione della palestra da parte degli alunni e delle associazioni sportive;",
            "visto il preventivo della ditta Coperture Alto Garda S.r.l. con sede in Dro, pervenuto al prot. n. 7731 del 5 marzo 2026, che offre l'esecuzione dei lavori per l'importo di euro 38.450,00, di cui euro 1.200,00 per oneri della sicurezza, oltre all'IVA del 22%, per complessivi euro 46.909,00;",
            "dato atto che l'operatore economico è in possesso dei requisiti di ordine generale e speciale, come risulta dalle verifiche effettuate tramite il Fascicolo virtuale dell'operatore economico (FVOE) e dal DURC on line prot. INAIL_52118830;",
            "visti il D.Lgs. 31 marzo 2023, n. 36, la L.P. 9 marzo 2016, n. 2, il Codice degli enti locali della Regione autonoma Trentino-Alto Adige approvato con L.R. 3 maggio 2018, n. 2, e il D.Lgs. 23 giugno 2011, n. 118;",
            "visto il decreto del Sindaco n. 5 del 7 gennaio 2026 di nomina dei Responsabili di Area, e la deliberazione della Giunta comunale n. 18 del 27 gennaio 2026 di approvazione del Piano esecutivo di gestione 2026-2028;"
        };
        for (String s : prem) d.add(p(s, n, Element.ALIGN_JUSTIFIED, 4));
        d.add(p("d e t e r m i n a", f(bfb, 11), Element.ALIGN_CENTER, 6));
        String[] pts = {
            "di affidare, per le motivazioni esposte in premessa, alla ditta Coperture Alto Garda S.r.l. i lavori di manutenzione straordinaria della copertura della palestra della scuola primaria di Bolognano, per l'importo di euro 38.450,00 oltre all'IVA, per complessivi euro 46.909,00;",
            "di impegnare la spesa complessiva di euro 46.909,00 al capitolo 20210/5 \"Manutenzione straordinaria edifici scolastici\" del bilancio di previsione 2026-2028, esercizio 2026, missione 04, programma 02;",
            "di stipulare il contratto mediante scambio di lettere commerciali ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
            "di nominare Responsabile unico del progetto l'ing. Marta Bertoldi, funzionario del Servizio Opere Pubbliche;",
            "di dare atto che avverso la presente determinazione è ammesso ricorso al Tribunale regionale di giustizia amministrativa di Trento entro 30 giorni, ai sensi dell'art. 120 del D.Lgs. 104/2010."
        };
        com.lowagie.text.List l = new com.lowagie.text.List(com.lowagie.text.List.ORDERED);
        l.setIndentationLeft(4); l.setSymbolIndent(16);
        for (String s : pts) { ListItem li = new ListItem(s, n); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setSpacingAfter(3); li.setLeading(10.5f * 1.35f); l.add(li); }
        d.add(l);

        PdfPTable sig = new PdfPTable(new float[]{1f, 1f}); sig.setWidthPercentage(100); sig.setSpacingBefore(18);
        PdfPCell s1 = new PdfPCell(new Phrase("Arco, 12 marzo 2026", n)); s1.setBorder(0);
        PdfPCell s2 = new PdfPCell(); s2.setBorder(0);
        Paragraph sp = new Paragraph("IL RESPONSABILE DELL'AREA TECNICA\ning. Paolo Zanoni\n(firmato digitalmente)", f(bf, 10)); sp.setAlignment(Element.ALIGN_CENTER);
        s2.addElement(sp);
        sig.addCell(s1); sig.addCell(s2);
        d.add(sig);

        PdfPTable vis = new PdfPTable(1); vis.setWidthPercentage(100); vis.setSpacingBefore(14);
        PdfPCell v = new PdfPCell();
        v.addElement(new Paragraph("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", f(bfb, 9)));
        v.addElement(new Paragraph("Ai sensi dell'art. 187, comma 7, della L.R. 3 maggio 2018, n. 2 si attesta la copertura finanziaria della spesa. Impegno n. 2026/412 di euro 46.909,00.\nArco, 12 marzo 2026 – IL RESPONSABILE DELL'AREA FINANZIARIA – dott.ssa Elena Morandi (firmato digitalmente)", f(bf, 9)));
        v.setPadding(6);
        vis.addCell(v);
        d.add(vis);
        d.close();
    }
}
