// Determinazione of the Comune di Torriglia, printed by a Java atti application
// built on the iText 2 API (here OpenPDF 1.3.30, com.lowagie.*): bordered header
// cells, a register box with the general and the sector numbers, page events
// for the running foot.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
import java.awt.Color;

public class D04Torriglia {
    static BaseFont bf, bfb, bfi;
    static Font f(int s) { return new Font(bf, s); }
    static Font fb(int s) { return new Font(bfb, s); }

    static PdfPCell cell(String t, Font fn, int align, float pad, boolean border) {
        PdfPCell c = new PdfPCell(new Phrase(t, fn));
        c.setHorizontalAlignment(align); c.setPadding(pad);
        if (!border) c.setBorder(Rectangle.NO_BORDER);
        return c;
    }

    static Paragraph p(String t, Font fn, int align, float after) {
        Paragraph p = new Paragraph(t, fn); p.setAlignment(align); p.setSpacingAfter(after);
        p.setLeading(13f); return p;
    }

    public static void main(String[] a) throws Exception {
        String dir = "/usr/share/fonts/truetype/dejavu/";
        bf = BaseFont.createFont(dir + "DejaVuSerif.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfb = BaseFont.createFont(dir + "DejaVuSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfi = BaseFont.createFont(dir + "DejaVuSerif-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document d = new Document(PageSize.A4, 56, 50, 50, 60);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document doc) {
                PdfContentByte cb = wr.getDirectContent();
                cb.beginText(); cb.setFontAndSize(bf, 7);
                cb.showTextAligned(Element.ALIGN_LEFT,
                    "Comune di Torriglia - Determinazione Reg. Gen. n. 38 del 12/02/2026", 56, 36, 0);
                cb.showTextAligned(Element.ALIGN_RIGHT, "pag. " + wr.getPageNumber(), 545, 36, 0);
                cb.endText();
                cb.setLineWidth(0.3f); cb.moveTo(56, 44); cb.lineTo(545, 44); cb.stroke();
            }
        });
        d.addTitle("Determinazione n. 38/2026");
        d.addCreator("Gestione Atti - modulo Determine");
        d.open();

        PdfPTable h = new PdfPTable(new float[]{1.2f, 4f});
        h.setWidthPercentage(100);
        PdfPCell crest = cell("STEMMA", f(7), Element.ALIGN_CENTER, 14, true);
        crest.setRowspan(3); crest.setVerticalAlignment(Element.ALIGN_MIDDLE);
        h.addCell(crest);
        h.addCell(cell("COMUNE DI TORRIGLIA", fb(16), Element.ALIGN_LEFT, 4, false));
        h.addCell(cell("Città Metropolitana di Genova", f(9), Element.ALIGN_LEFT, 2, false));
        h.addCell(cell("Via Matteotti 1 - 16029 Torriglia (GE) - tel. 010 944 000 - PEC protocollo@pec.comune.torriglia.ge.it", f(7), Element.ALIGN_LEFT, 2, false));
        d.add(h);
        d.add(new Paragraph(" ", f(6)));

        PdfPTable area = new PdfPTable(1); area.setWidthPercentage(100);
        PdfPCell ac = cell("AREA TECNICA", fb(11), Element.ALIGN_CENTER, 5, true);
        ac.setBackgroundColor(new Color(230, 230, 230)); area.addCell(ac);
        area.addCell(cell("Servizio Lavori Pubblici e Manutenzioni", f(9), Element.ALIGN_CENTER, 4, true));
        d.add(area);
        d.add(new Paragraph(" ", f(6)));

        PdfPTable reg = new PdfPTable(new float[]{2f, 1f, 1.4f, 2f, 1f, 1.4f});
        reg.setWidthPercentage(100);
        reg.addCell(cell("DETERMINAZIONE\nREGISTRO GENERALE", fb(8), Element.ALIGN_LEFT, 4, true));
        reg.addCell(cell("N. 38", fb(10), Element.ALIGN_CENTER, 6, true));
        reg.addCell(cell("del 12/02/2026", f(9), Element.ALIGN_CENTER, 6, true));
        reg.addCell(cell("REGISTRO\nDI AREA", fb(8), Element.ALIGN_LEFT, 4, true));
        reg.addCell(cell("N. 11", fb(10), Element.ALIGN_CENTER, 6, true));
        reg.addCell(cell("del 12/02/2026", f(9), Element.ALIGN_CENTER, 6, true));
        d.add(reg);
        d.add(new Paragraph(" ", f(6)));

        PdfPTable og = new PdfPTable(new float[]{1f, 5f}); og.setWidthPercentage(100);
        og.addCell(cell("OGGETTO:", fb(10), Element.ALIGN_LEFT, 5, false));
        og.addCell(cell("AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023 DEL SERVIZIO DI SGOMBERO NEVE E SPARGIMENTO SALE SULLE STRADE COMUNALI DELLE FRAZIONI - STAGIONE INVERNALE 2025/2026. IMPEGNO DI SPESA. CIG B5C1D27E40.", fb(10), Element.ALIGN_JUSTIFIED, 5, false));
        d.add(og);
        d.add(new Paragraph(" ", f(6)));

        d.add(p("IL RESPONSABILE DELL'AREA TECNICA", fb(10), Element.ALIGN_CENTER, 6));
        String[] prem = {
            "Visto il decreto del Sindaco n. 4 del 02/01/2026, con il quale è stata attribuita al sottoscritto la responsabilità dell'Area Tecnica;",
            "Vista la deliberazione del Consiglio Comunale n. 41 del 22/12/2025, di approvazione del bilancio di previsione 2026/2028;",
            "Premesso che le precipitazioni nevose del mese di gennaio hanno reso necessario integrare il servizio di sgombero neve svolto in economia con mezzi comunali, in particolare sulle strade delle frazioni di Donetta, Laccio e Pentema;",
            "Dato atto che è stato richiesto un preventivo, tramite la piattaforma di approvvigionamento digitale, alla ditta Agricola Val Trebbia di Canevari Stefano, con sede in Torriglia, che ha offerto il servizio al prezzo orario di € 68,00 oltre IVA, per un massimo di 220 ore;",
            "Verificati il possesso dei requisiti e la regolarità contributiva dell'operatore economico (DURC prot. INAIL_51820377);",
            "Ritenuto pertanto di procedere all'affidamento diretto e al relativo impegno di spesa;"};
        for (String s : prem) d.add(p(s, f(10), Element.ALIGN_JUSTIFIED, 4));
        d.add(p("D E T E R M I N A", fb(10), Element.ALIGN_CENTER, 6));
        String[] pts = {
            "di affidare alla ditta Agricola Val Trebbia di Canevari Stefano, P.IVA 02417890991, il servizio di sgombero neve e spargimento sale sulle strade comunali delle frazioni per la stagione invernale 2025/2026, per un importo di € 14.960,00 oltre IVA 22%;",
            "di impegnare la somma complessiva di € 18.251,20 al capitolo 10520/2 \"Servizio sgombero neve\" del bilancio 2026/2028, esercizio 2026;",
            "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
            "di dare atto che il Responsabile Unico del Progetto è il sottoscritto Geom. Paolo Bacigalupo;",
            "di trasmettere il presente provvedimento al Servizio Finanziario per il visto di regolarità contabile attestante la copertura finanziaria."};
        List l = new List(List.ORDERED, 16);
        for (String s : pts) {
            ListItem li = new ListItem(13f, s, f(10)); li.setAlignment(Element.ALIGN_JUSTIFIED);
            li.setSpacingAfter(3); l.add(li);
        }
        d.add(l);
        d.add(new Paragraph(" ", f(10)));
        PdfPTable sg = new PdfPTable(new float[]{1f, 1f}); sg.setWidthPercentage(100);
        sg.addCell(cell("Torriglia, 12/02/2026", f(10), Element.ALIGN_LEFT, 2, false));
        sg.addCell(cell("IL RESPONSABILE DELL'AREA TECNICA\nGeom. Paolo Bacigalupo\n(documento firmato digitalmente)", f(10), Element.ALIGN_CENTER, 2, false));
        d.add(sg);
        d.add(new Paragraph(" ", f(10)));

        PdfPTable vis = new PdfPTable(1); vis.setWidthPercentage(100);
        vis.addCell(cell("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA\n"
            + "Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto favorevole. Impegno n. 162/2026.\n"
            + "Torriglia, 12/02/2026 - Il Responsabile del Servizio Finanziario - Dott.ssa Ilaria Repetto", f(8), Element.ALIGN_LEFT, 6, true));
        d.add(vis);
        d.close();
    }
}
