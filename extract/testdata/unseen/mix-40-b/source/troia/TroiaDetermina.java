// Comune di Troia - determinazione printed by a JSF/PrimeFaces web application exporting with OpenPDF
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
import java.awt.Color;

public class TroiaDetermina {
    static BaseFont bf, bfb, bfi;
    static Font f(float s) { return new Font(bf, s); }
    static Font fb(float s) { return new Font(bfb, s); }
    static Font fi(float s) { return new Font(bfi, s); }

    static PdfPCell lab(String t) { PdfPCell c = new PdfPCell(new Phrase(t, fb(8.5f))); c.setBackgroundColor(new Color(0xE8, 0xEE, 0xF4)); c.setPadding(4); c.setBorderColor(new Color(0xA6, 0xB8, 0xC8)); return c; }
    static PdfPCell val(String t) { PdfPCell c = new PdfPCell(new Phrase(t, f(9))); c.setPadding(4); c.setBorderColor(new Color(0xA6, 0xB8, 0xC8)); return c; }

    public static void main(String[] a) throws Exception {
        bf = BaseFont.createFont("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfb = BaseFont.createFont("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfi = BaseFont.createFont("/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document d = new Document(PageSize.A4, 50, 45, 70, 60);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document doc) {
                PdfContentByte cb = wr.getDirectContent();
                cb.beginText(); cb.setFontAndSize(bfb, 8); cb.setColorFill(new Color(0x33, 0x4D, 0x66));
                cb.showTextAligned(Element.ALIGN_LEFT, "Comune di Troia - Atti amministrativi", 50, 810, 0);
                cb.setFontAndSize(bf, 8);
                cb.showTextAligned(Element.ALIGN_RIGHT, "Determinazione Reg. Gen. n. 231/2026", 550, 810, 0);
                cb.setColorFill(Color.BLACK); cb.setFontAndSize(bfi, 7);
                cb.showTextAligned(Element.ALIGN_LEFT, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i. - Stampato il 10/03/2026 12:41", 50, 35, 0);
                cb.setFontAndSize(bf, 8);
                cb.showTextAligned(Element.ALIGN_RIGHT, "Pagina " + wr.getPageNumber(), 550, 35, 0);
                cb.endText();
                cb.setLineWidth(0.5f); cb.moveTo(50, 804); cb.lineTo(550, 804); cb.moveTo(50, 46); cb.lineTo(550, 46); cb.stroke();
            }
        });
        d.addTitle("Determinazione 231/2026"); d.addAuthor("Comune di Troia");
        d.open();
        PdfPTable h = new PdfPTable(new float[]{1, 6}); h.setWidthPercentage(100);
        PdfPCell cr = new PdfPCell(new Phrase("[stemma]", fi(7))); cr.setBorder(0); cr.setFixedHeight(48); cr.setHorizontalAlignment(Element.ALIGN_CENTER); cr.setVerticalAlignment(Element.ALIGN_MIDDLE); h.addCell(cr);
        Paragraph hp = new Paragraph(); hp.add(new Chunk("COMUNE DI TROIA\n", fb(16))); hp.add(new Chunk("Provincia di Foggia\n", f(9))); hp.add(new Chunk("Via Regina Margherita, 80 - 71029 Troia (FG)", f(8)));
        PdfPCell hc = new PdfPCell(hp); hc.setBorder(0); h.addCell(hc);
        d.add(h);
        Paragraph t = new Paragraph("DETERMINAZIONE", fb(13)); t.setAlignment(Element.ALIGN_CENTER); t.setSpacingBefore(10); t.setSpacingAfter(8); d.add(t);
        PdfPTable g = new PdfPTable(new float[]{2.2f, 3f, 2.2f, 2.6f}); g.setWidthPercentage(100);
        g.addCell(lab("Settore")); PdfPCell s = val("SETTORE AFFARI GENERALI E SERVIZI ALLA PERSONA"); s.setColspan(3); g.addCell(s);
        g.addCell(lab("Servizio")); PdfPCell s2 = val("Servizio Politiche Sociali"); s2.setColspan(3); g.addCell(s2);
        g.addCell(lab("Registro Generale n.")); g.addCell(val("231")); g.addCell(lab("Data registrazione")); g.addCell(val("10/03/2026"));
        g.addCell(lab("Registro Settore n.")); g.addCell(val("47")); g.addCell(lab("Data adozione")); g.addCell(val("09/03/2026"));
        g.addCell(lab("Proposta n.")); g.addCell(val("266")); g.addCell(lab("del")); g.addCell(val("06/03/2026"));
        g.addCell(lab("Oggetto")); PdfPCell o = new PdfPCell(new Phrase("IMPEGNO E LIQUIDAZIONE DELLA SPESA PER IL SERVIZIO DI TRASPORTO SOCIALE DEGLI ANZIANI AL CENTRO DIURNO “IL MELOGRANO” – PERIODO GENNAIO-FEBBRAIO 2026 – CIG B5F7A19C02.", fb(9)));
        o.setColspan(3); o.setPadding(4); o.setBorderColor(new Color(0xA6, 0xB8, 0xC8)); g.addCell(o);
        d.add(g);
        Paragraph r = new Paragraph("IL RESPONSABILE DEL SETTORE", fb(10)); r.setAlignment(Element.ALIGN_CENTER); r.setSpacingBefore(12); r.setSpacingAfter(6); d.add(r);
        String[] prem = {
            "Visto il decreto sindacale n. 3 del 08/01/2026, di conferimento dell'incarico di Elevata Qualificazione del Settore Affari Generali e Servizi alla Persona;",
            "Richiamata la deliberazione della Giunta Comunale n. 187 del 19/12/2025, con la quale è stato confermato per l'anno 2026 il servizio di trasporto sociale degli anziani ultrasessantacinquenni residenti verso il centro diurno “Il Melograno” di Troia;",
            "Vista la propria determinazione Reg. Gen. n. 12 del 14/01/2026, con la quale il servizio è stato affidato alla cooperativa sociale Daunia Solidale, con sede in Lucera, per il periodo gennaio-giugno 2026;",
            "Viste le fatture elettroniche n. 14/PA del 31/01/2026 e n. 29/PA del 28/02/2026, dell'importo complessivo di euro 6.930,00 IVA inclusa, e accertata la regolare esecuzione del servizio da parte dell'assistente sociale dott.ssa Immacolata Iorio;",
            "Accertata la regolarità contributiva della cooperativa (DURC con scadenza 22/05/2026);"
        };
        for (String p : prem) { Paragraph pp = new Paragraph(p, f(9.5f)); pp.setAlignment(Element.ALIGN_JUSTIFIED); pp.setSpacingAfter(4); pp.setLeading(13); d.add(pp); }
        Paragraph dt = new Paragraph("DETERMINA", fb(10.5f)); dt.setAlignment(Element.ALIGN_CENTER); dt.setSpacingBefore(6); dt.setSpacingAfter(6); d.add(dt);
        String[] pts = {
            "di impegnare la somma di euro 6.930,00 al capitolo 11040/2 “Trasporto sociale anziani” del bilancio 2026-2028, esercizio 2026;",
            "di liquidare alla cooperativa sociale Daunia Solidale la somma di euro 6.600,00 per imponibile, mediante bonifico sul conto dedicato ai sensi della L. 136/2010, e di versare all'Erario l'IVA di euro 330,00 in regime di scissione dei pagamenti;",
            "di trasmettere il presente provvedimento al Settore Economico-Finanziario per l'emissione dei mandati di pagamento;",
            "di dare atto che il presente atto è pubblicato all'Albo pretorio on line per quindici giorni consecutivi."
        };
        com.lowagie.text.List l = new com.lowagie.text.List(com.lowagie.text.List.ORDERED, 16);
        for (String p : pts) { ListItem li = new ListItem(p, f(9.5f)); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setLeading(13); li.setSpacingAfter(3); l.add(li); }
        d.add(l);
        PdfPTable sg = new PdfPTable(1); sg.setWidthPercentage(45); sg.setHorizontalAlignment(Element.ALIGN_RIGHT); sg.setSpacingBefore(18);
        PdfPCell sc = new PdfPCell(new Phrase("Il Responsabile del Settore\nAffari Generali e Servizi alla Persona\ndott. Michele Lamedica\n(firmato digitalmente)", f(9))); sc.setBorder(0); sc.setHorizontalAlignment(Element.ALIGN_CENTER); sg.addCell(sc);
        d.add(sg);
        PdfPTable v = new PdfPTable(1); v.setWidthPercentage(100); v.setSpacingBefore(16);
        PdfPCell vc = new PdfPCell(new Phrase("VISTO DI REGOLARITÀ CONTABILE\nSi attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 402/2026.\nTroia, 10/03/2026 - Il Responsabile del Settore Economico-Finanziario rag. Antonietta Soccio", f(8)));
        vc.setPadding(5); vc.setBorderColor(new Color(0xA6, 0xB8, 0xC8)); v.addCell(vc); d.add(v);
        d.close();
    }
}
