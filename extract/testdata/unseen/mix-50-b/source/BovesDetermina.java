// Determinazione of Boves imitating an Oracle Forms/Reports-style label grid, written with OpenPDF
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class BovesDetermina {
    static BaseFont HV, HVB;
    static Font f(float s) { return new Font(HV, s); }
    static Font fb(float s) { return new Font(HVB, s); }
    static PdfPCell cell(String lab, String val, int span) {
        Phrase p = new Phrase();
        p.add(new Chunk(lab + "\n", f(6.5f)));
        p.add(new Chunk(val, fb(9.5f)));
        PdfPCell c = new PdfPCell(p);
        c.setColspan(span); c.setPadding(3); c.setPaddingBottom(5); c.setBorderWidth(0.6f);
        return c;
    }
    public static void main(String[] a) throws Exception {
        HV = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        HVB = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        Document d = new Document(PageSize.A4, 45, 45, 50, 60);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document doc) {
                PdfContentByte cb = wr.getDirectContent();
                cb.beginText(); cb.setFontAndSize(HV, 7);
                cb.showTextAligned(Element.ALIGN_LEFT, "DT_STAMPA_DET  -  Comune di Boves  -  Reg. Gen. 211/2026", 45, 35, 0);
                cb.showTextAligned(Element.ALIGN_RIGHT, "Pag. " + wr.getPageNumber(), 550, 35, 0);
                cb.showTextAligned(Element.ALIGN_CENTER, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.", 297, 24, 0);
                cb.endText();
                cb.setLineWidth(0.4f); cb.moveTo(45, 44); cb.lineTo(550, 44); cb.stroke();
            }
        });
        d.addTitle("Determinazione R.G. 211/2026"); d.addCreator("Oracle Reports 10g (imitation)");
        d.open();
        PdfPTable h = new PdfPTable(new float[]{1f});
        h.setWidthPercentage(100);
        Phrase hp = new Phrase();
        hp.add(new Chunk("COMUNE DI BOVES\n", fb(16)));
        hp.add(new Chunk("PROVINCIA DI CUNEO\n", f(8)));
        hp.add(new Chunk("Piazza Italia, 64 - 12012 Boves (CN) - P.IVA 00475830044", f(7.5f)));
        PdfPCell hc = new PdfPCell(hp); hc.setHorizontalAlignment(Element.ALIGN_CENTER); hc.setBorder(Rectangle.BOTTOM);
        hc.setBorderWidth(1.2f); hc.setPaddingBottom(8);
        h.addCell(hc); d.add(h);
        Paragraph t = new Paragraph("DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", fb(12));
        t.setAlignment(Element.ALIGN_CENTER); t.setSpacingBefore(10); t.setSpacingAfter(8); d.add(t);
        PdfPTable g = new PdfPTable(4); g.setWidthPercentage(100); g.setWidths(new float[]{1.2f,1f,1.2f,1f});
        g.addCell(cell("AREA", "AREA TECNICA", 2));
        g.addCell(cell("SERVIZIO", "LAVORI PUBBLICI E MANUTENZIONI", 2));
        g.addCell(cell("N. REGISTRO GENERALE", "211", 1));
        g.addCell(cell("DATA REGISTRO GENERALE", "13/04/2026", 1));
        g.addCell(cell("N. DETERMINA DI SERVIZIO", "64", 1));
        g.addCell(cell("DATA ADOZIONE", "10/04/2026", 1));
        g.addCell(cell("PROPOSTA N.", "78", 1));
        g.addCell(cell("DATA PROPOSTA", "09/04/2026", 1));
        g.addCell(cell("UFFICIO PROPONENTE", "UFFICIO LAVORI PUBBLICI", 2));
        g.addCell(cell("OGGETTO", "LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA PALESTRA COMUNALE DI VIA PIAVE – AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. A) DEL D.LGS. 36/2023 ALLA DITTA EDILTETTI GIORDANO S.R.L. – CIG B7C4D21E90 – IMPEGNO DI SPESA.", 4));
        d.add(g);
        Paragraph r = new Paragraph("IL RESPONSABILE DEL SERVIZIO", fb(10)); r.setAlignment(Element.ALIGN_CENTER); r.setSpacingBefore(10); r.setSpacingAfter(6); d.add(r);
        String[] prem = {
          "Visto il decreto del Sindaco n. 4 del 02/01/2026 di nomina dei Responsabili dei Servizi per l'anno 2026;",
          "Richiamata la deliberazione del Consiglio Comunale n. 58 del 18/12/2025, con la quale è stato approvato il bilancio di previsione finanziario 2026/2028;",
          "Premesso che, a seguito degli eventi meteorologici del mese di febbraio 2026, si sono verificate infiltrazioni d'acqua dalla copertura della palestra comunale di Via Piave, con conseguente inagibilità parziale dell'impianto;",
          "Visto il preventivo presentato dalla ditta EDILTETTI GIORDANO S.R.L., con sede in Borgo San Dalmazzo, acquisito al prot. n. 5127 del 07/04/2026, per un importo di € 27.850,00 oltre IVA 22%, ritenuto congruo dal RUP;",
          "Visto l'art. 50, comma 1, lett. a) del D.Lgs. 31 marzo 2023, n. 36;",
          "Accertata la regolarità contributiva della ditta mediante DURC on line prot. INAIL_52839164;"};
        for (String s : prem) { Paragraph p = new Paragraph(s, f(9.5f)); p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingAfter(3); d.add(p); }
        Paragraph dt = new Paragraph("D E T E R M I N A", fb(10)); dt.setAlignment(Element.ALIGN_CENTER); dt.setSpacingBefore(6); dt.setSpacingAfter(4); d.add(dt);
        String[] pts = {
          "di affidare, ai sensi dell'art. 50, comma 1, lett. a) del D.Lgs. 36/2023, alla ditta EDILTETTI GIORDANO S.R.L. (P.IVA 03184920046) i lavori di manutenzione straordinaria della copertura della palestra comunale di Via Piave, per l'importo di € 27.850,00 oltre IVA 22%, per complessivi € 33.977,00;",
          "di impegnare la spesa complessiva di € 33.977,00 al capitolo 2061/5 \"Manutenzione straordinaria impianti sportivi\" del bilancio 2026/2028, esercizio 2026;",
          "di dare atto che il Responsabile Unico del Progetto è il geom. Marco Dalmasso;",
          "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
          "di trasmettere il presente provvedimento al Servizio Finanziario per l'apposizione del visto di regolarità contabile attestante la copertura finanziaria."};
        List l = new List(List.ORDERED); l.setIndentationLeft(8); l.setSymbolIndent(16);
        for (String s : pts) { ListItem li = new ListItem(s, f(9.5f)); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setSpacingAfter(3); l.add(li); }
        d.add(l);
        PdfPTable s = new PdfPTable(2); s.setWidthPercentage(100); s.setSpacingBefore(14);
        PdfPCell e = new PdfPCell(new Phrase("Boves, 10/04/2026", f(9))); e.setBorder(0); s.addCell(e);
        PdfPCell sg = new PdfPCell(new Phrase("IL RESPONSABILE DEL SERVIZIO\nLAVORI PUBBLICI E MANUTENZIONI\nGeom. Marco Dalmasso", fb(9)));
        sg.setBorder(0); sg.setHorizontalAlignment(Element.ALIGN_CENTER); s.addCell(sg); d.add(s);
        PdfPTable v = new PdfPTable(1); v.setWidthPercentage(100); v.setSpacingBefore(16);
        Phrase vp = new Phrase();
        vp.add(new Chunk("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA\n", fb(8.5f)));
        vp.add(new Chunk("(art. 183, comma 7, D.Lgs. 267/2000)  Impegno n. 612/2026  Cap. 2061/5  Importo € 33.977,00\nBoves, 13/04/2026          IL RESPONSABILE DEL SERVIZIO FINANZIARIO  Dott.ssa Laura Giraudo", f(8.5f)));
        PdfPCell vc = new PdfPCell(vp); vc.setPadding(5); vc.setBorderWidth(0.6f); v.addCell(vc); d.add(v);
        d.close();
    }
}
