// Arbus (SU): determinazione of the Area Tecnica, OpenPDF 1.3.30; DejaVu Serif embedded as Identity-H (CID);
// register grid with merged cells (colspan/rowspan), running foot drawn by a page event.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

public class D11Arbus {
    static Font f, fb, fs, fi, ft;
    static PdfPCell cell(String s, Font font, int colspan, int rowspan, Color bg, int align) {
        PdfPCell c = new PdfPCell(new Phrase(s, font)); c.setColspan(colspan); c.setRowspan(rowspan);
        if (bg != null) c.setBackgroundColor(bg);
        c.setHorizontalAlignment(align); c.setVerticalAlignment(Element.ALIGN_MIDDLE); c.setPadding(4); return c;
    }
    static Paragraph par(String s, Font font, float before) {
        Paragraph p = new Paragraph(s, font); p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingBefore(before); p.setLeading(13.5f); return p;
    }
    public static void main(String[] a) throws Exception {
        String F = "/usr/share/fonts/truetype/dejavu/";
        BaseFont reg = BaseFont.createFont(F + "DejaVuSerif.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        BaseFont bold = BaseFont.createFont(F + "DejaVuSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        BaseFont it = BaseFont.createFont(F + "DejaVuSerif-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        f = new Font(reg, 9.8f); fb = new Font(bold, 9.8f); fs = new Font(reg, 7.5f); fi = new Font(it, 8.5f); ft = new Font(bold, 15f);
        Document d = new Document(PageSize.A4, 58, 58, 50, 58);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document doc) {
                PdfContentByte cb = wr.getDirectContent();
                cb.setLineWidth(0.5f); cb.moveTo(58, 46); cb.lineTo(537, 46); cb.stroke();
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Comune di Arbus – Determinazione Reg. Gen. n. 311 del 20/03/2026", fs), 58, 36, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Pagina " + wr.getPageNumber(), fs), 537, 36, 0);
            }
        });
        d.addTitle("Determinazione Area Tecnica R.G. 311/2026"); d.addCreator("Sicra Web Atti - Maggioli");
        d.open();
        Paragraph e = new Paragraph("COMUNE DI ARBUS", ft); e.setAlignment(Element.ALIGN_CENTER); d.add(e);
        Paragraph p = new Paragraph("Provincia del Sud Sardegna\nVia XX Settembre, 15 – 09031 Arbus (SU) – protocollo@pec.comune.arbus.su.it", fs); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingAfter(10); d.add(p);
        Color g = new Color(225, 232, 240);
        PdfPTable t = new PdfPTable(new float[]{1.9f, 1.0f, 2.1f, 1.9f, 1.0f, 2.1f}); t.setWidthPercentage(100);
        t.addCell(cell("AREA TECNICA", new Font(bold, 11f), 6, 1, g, Element.ALIGN_CENTER));
        t.addCell(cell("Servizio Lavori Pubblici e Manutenzioni", fb, 6, 1, null, Element.ALIGN_CENTER));
        t.addCell(cell("DETERMINAZIONE DEL RESPONSABILE DELL'AREA", fb, 6, 1, g, Element.ALIGN_CENTER));
        t.addCell(cell("Registro di Settore", fs, 1, 1, null, Element.ALIGN_LEFT)); t.addCell(cell("N. 47", fb, 1, 1, null, Element.ALIGN_CENTER)); t.addCell(cell("del 19/03/2026", f, 1, 1, null, Element.ALIGN_CENTER));
        t.addCell(cell("Registro Generale", fs, 1, 1, null, Element.ALIGN_LEFT)); t.addCell(cell("N. 311", fb, 1, 1, null, Element.ALIGN_CENTER)); t.addCell(cell("del 20/03/2026", f, 1, 1, null, Element.ALIGN_CENTER));
        t.addCell(cell("Proposta", fs, 1, 1, null, Element.ALIGN_LEFT)); t.addCell(cell("n. 58 del 18/03/2026", f, 2, 1, null, Element.ALIGN_CENTER));
        t.addCell(cell("Responsabile del procedimento", fs, 1, 1, null, Element.ALIGN_LEFT)); t.addCell(cell("geom. Sandro Pusceddu", f, 2, 1, null, Element.ALIGN_CENTER));
        d.add(t);
        Paragraph o = new Paragraph(); o.setSpacingBefore(10); o.setLeading(13.5f); o.setAlignment(Element.ALIGN_JUSTIFIED);
        o.add(new Chunk("OGGETTO: ", fb));
        o.add(new Chunk("Lavori di messa in sicurezza della strada comunale Arbus – Sant'Antonio di Santadi. Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023 alla ditta Edilstrade Montevecchio S.r.l. e impegno di spesa. CUP B47H26000120004 – CIG B9D4E17A25.", fb));
        d.add(o);
        Paragraph h = new Paragraph("IL RESPONSABILE DELL'AREA TECNICA", fb); h.setAlignment(Element.ALIGN_CENTER); h.setSpacingBefore(12); h.setSpacingAfter(4); d.add(h);
        String[] prem = {
            "Visto il decreto sindacale n. 4 del 09/01/2026, con il quale è stato conferito al sottoscritto l'incarico di Responsabile dell'Area Tecnica con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. n. 267/2000;",
            "Richiamate la deliberazione del Consiglio Comunale n. 7 del 26/02/2026, di approvazione del bilancio di previsione finanziario 2026/2028, e la deliberazione della Giunta Comunale n. 22 del 05/03/2026, di approvazione del Piano esecutivo di gestione;",
            "Premesso che il tratto della strada comunale Arbus – Sant'Antonio di Santadi compreso tra il km 3+200 e il km 4+050 presenta cedimenti della scarpata a valle e il danneggiamento delle barriere di sicurezza, come accertato dal sopralluogo del 02/03/2026;",
            "Visto il progetto esecutivo dei lavori, redatto dall'Ufficio tecnico comunale e approvato con deliberazione della Giunta Comunale n. 25 del 12/03/2026, dell'importo complessivo di euro 98.500,00, di cui euro 76.420,00 per lavori, compresi euro 2.300,00 per oneri della sicurezza;",
            "Dato atto che, trattandosi di lavori di importo inferiore a 150.000 euro, è consentito l'affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023, e che la ditta Edilstrade Montevecchio S.r.l., con sede in Guspini, interpellata tramite la piattaforma SardegnaCAT, ha offerto un ribasso del 6,15% sull'importo a base di gara;",
            "Verificato il possesso dei requisiti di ordine generale e speciale in capo all'operatore economico tramite il Fascicolo virtuale dell'operatore economico (FVOE);"};
        for (String s : prem) d.add(par(s, f, 3));
        Paragraph dt = new Paragraph("D E T E R M I N A", fb); dt.setAlignment(Element.ALIGN_CENTER); dt.setSpacingBefore(10); dt.setSpacingAfter(4); d.add(dt);
        String[] pts = {
            "di affidare alla ditta Edilstrade Montevecchio S.r.l., con sede in Guspini, P. IVA 03412870926, i lavori di messa in sicurezza della strada comunale Arbus – Sant'Antonio di Santadi, per l'importo netto di euro 71.864,57, oltre IVA al 22%;",
            "di impegnare la somma complessiva di euro 87.674,78 sul capitolo 20810/4 \"Manutenzione straordinaria strade comunali\" del bilancio 2026/2028, esercizio 2026;",
            "di dare atto che il contratto sarà stipulato mediante scrittura privata in modalità elettronica, ai sensi dell'art. 18 del D.Lgs. n. 36/2023;",
            "di nominare direttore dei lavori il geom. Sandro Pusceddu, dipendente dell'Area Tecnica;",
            "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione \"Amministrazione trasparente – Bandi di gara e contratti\"."};
        PdfPTable pt = new PdfPTable(new float[]{0.5f, 9.5f}); pt.setWidthPercentage(100);
        for (int i = 0; i < pts.length; i++) {
            PdfPCell n = new PdfPCell(new Phrase((i + 1) + ".", f)); n.setBorder(0); n.setPaddingBottom(4);
            PdfPCell x = new PdfPCell(par(pts[i], f, 0)); x.setBorder(0); x.setPaddingBottom(4); x.setHorizontalAlignment(Element.ALIGN_JUSTIFIED);
            x.setPhrase(null); x.addElement(par(pts[i], f, 0));
            pt.addCell(n); pt.addCell(x);
        }
        d.add(pt);
        Paragraph sg = new Paragraph("Il Responsabile dell'Area Tecnica\ning. Paolo Loi", f); sg.setAlignment(Element.ALIGN_CENTER); sg.setIndentationLeft(250); sg.setSpacingBefore(16); d.add(sg);
        Paragraph fd = new Paragraph("(firmato digitalmente)", fi); fd.setAlignment(Element.ALIGN_CENTER); fd.setIndentationLeft(250); d.add(fd);
        PdfPTable v = new PdfPTable(1); v.setWidthPercentage(100); v.setSpacingBefore(16);
        PdfPCell vc = new PdfPCell(); vc.setPadding(6); vc.setBorderWidth(0.6f);
        vc.addElement(new Paragraph("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", fb));
        vc.addElement(par("Ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000 si appone il visto di regolarità contabile. Impegno n. 402/2026 – Capitolo 20810/4 – euro 87.674,78. Arbus, 20/03/2026. La Responsabile dell'Area Finanziaria, dott.ssa Rita Atzori.", f, 2));
        v.addCell(vc); d.add(v);
        d.close();
    }
}
