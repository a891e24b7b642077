// Citta' Metropolitana di Palermo - decreto del Sindaco Metropolitano n. 118/2026 (OpenPDF 1.3.30).
// Label grid with merged cells (colspan / rowspan), running head and "Pagina X di Y" foot written by a
// page event on every page, the pareri on the last page.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

public class CmPalermoDecreto {
    static final Color BLU = new Color(0x12, 0x3a, 0x6b);
    static BaseFont bf, bfb, bfi;
    static Font f(float s) { return new Font(bf, s); }
    static Font fb(float s) { return new Font(bfb, s); }
    static Font fi(float s) { return new Font(bfi, s); }

    static class Events extends PdfPageEventHelper {
        PdfTemplate total;
        public void onOpenDocument(PdfWriter w, Document d) { total = w.getDirectContent().createTemplate(30, 12); }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            float l = d.left(), r = d.right();
            cb.beginText(); cb.setFontAndSize(bfi, 8); cb.setColorFill(Color.DARK_GRAY);
            cb.showTextAligned(Element.ALIGN_LEFT, "Città Metropolitana di Palermo", l, d.top() + 22, 0);
            cb.showTextAligned(Element.ALIGN_RIGHT, "Decreto del Sindaco Metropolitano n. 118 del 24/06/2026", r, d.top() + 22, 0);
            cb.endText();
            cb.setLineWidth(0.4f); cb.moveTo(l, d.top() + 18); cb.lineTo(r, d.top() + 18); cb.stroke();
            cb.moveTo(l, d.bottom() - 12); cb.lineTo(r, d.bottom() - 12); cb.stroke();
            String s = "Pagina " + w.getPageNumber() + " di ";
            float sw = bf.getWidthPoint(s, 8);
            cb.beginText(); cb.setFontAndSize(bf, 8);
            cb.showTextAligned(Element.ALIGN_LEFT, "Via Maqueda, 100 – 90133 Palermo – www.cittametropolitana.pa.it", l, d.bottom() - 24, 0);
            cb.showTextAligned(Element.ALIGN_LEFT, s, r - sw - 10, d.bottom() - 24, 0);
            cb.endText();
            cb.addTemplate(total, r - 10, d.bottom() - 24);
            cb.setColorFill(Color.BLACK);
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText(); total.setFontAndSize(bf, 8); total.showText(String.valueOf(w.getPageNumber() - 1)); total.endText();
        }
    }

    static PdfPCell cell(String t, Font fo, int colspan, Color bg) {
        PdfPCell c = new PdfPCell(new Phrase(t, fo));
        c.setColspan(colspan); c.setPadding(4); c.setBorderColor(Color.GRAY);
        if (bg != null) c.setBackgroundColor(bg);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return c;
    }
    static Paragraph par(String lab, String txt) {
        Paragraph p = new Paragraph(); p.setAlignment(Element.ALIGN_JUSTIFIED); p.setLeading(14f); p.setSpacingAfter(5);
        if (lab != null) p.add(new Chunk(lab + " ", fb(10.5f)));
        p.add(new Chunk(txt, f(10.5f)));
        return p;
    }
    static Paragraph centre(String t, Font fo, float before, float after) {
        Paragraph p = new Paragraph(t, fo); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingBefore(before); p.setSpacingAfter(after); return p;
    }

    public static void main(String[] a) throws Exception {
        String FD = "/usr/share/fonts/truetype/liberation/";
        bf = BaseFont.createFont(FD + "LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfb = BaseFont.createFont(FD + "LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfi = BaseFont.createFont(FD + "LiberationSans-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document doc = new Document(PageSize.A4, 62, 56, 70, 64);
        PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(a[0]));
        w.setPageEvent(new Events());
        doc.addTitle("Decreto del Sindaco Metropolitano n. 118/2026"); doc.addAuthor("Direzione Viabilità e Infrastrutture");
        doc.addCreator("Atti Web CMPA");
        doc.open();
        // letterhead
        PdfPTable lh = new PdfPTable(new float[]{1f, 5f}); lh.setWidthPercentage(100);
        PdfPCell crest = new PdfPCell(new Phrase("[stemma]", fi(7))); crest.setFixedHeight(54); crest.setHorizontalAlignment(Element.ALIGN_CENTER);
        crest.setVerticalAlignment(Element.ALIGN_MIDDLE); crest.setBorder(Rectangle.NO_BORDER); lh.addCell(crest);
        Paragraph name = new Paragraph(); name.add(new Chunk("CITTÀ METROPOLITANA DI PALERMO\n", new Font(bfb, 17, Font.NORMAL, BLU)));
        name.add(new Chunk("istituita con L.R. 4 agosto 2015, n. 15", fi(9)));
        PdfPCell nc = new PdfPCell(name); nc.setBorder(Rectangle.BOTTOM); nc.setBorderColor(BLU); nc.setBorderWidth(1.5f); nc.setPaddingBottom(8);
        lh.addCell(nc); doc.add(lh);
        doc.add(centre("DECRETO DEL SINDACO METROPOLITANO", fb(14), 14, 8));
        // label grid with merged cells
        PdfPTable g = new PdfPTable(new float[]{2.2f, 1.3f, 0.7f, 1.8f}); g.setWidthPercentage(100); g.setSpacingAfter(10);
        Color lab = new Color(0xe3, 0xea, 0xf3);
        g.addCell(cell("Decreto n.", fb(9.5f), 1, lab)); g.addCell(cell("118", fb(11), 1, null));
        g.addCell(cell("del", fb(9.5f), 1, lab)); g.addCell(cell("24/06/2026", fb(11), 1, null));
        g.addCell(cell("Proposta n.", fb(9.5f), 1, lab)); g.addCell(cell("142", f(10), 1, null));
        g.addCell(cell("del", fb(9.5f), 1, lab)); g.addCell(cell("19/06/2026", f(10), 1, null));
        g.addCell(cell("Direzione proponente", fb(9.5f), 1, lab)); g.addCell(cell("Direzione Viabilità e Infrastrutture", f(10), 3, null));
        PdfPCell ol = cell("Oggetto", fb(9.5f), 1, lab); ol.setVerticalAlignment(Element.ALIGN_TOP); g.addCell(ol);
        PdfPCell ov = cell("Approvazione del progetto esecutivo dei lavori di messa in sicurezza e ripristino del piano viabile della S.P. 9 bis Lercara Friddi – Castronovo di Sicilia, dal km 2+300 al km 7+850. CUP D17H25001240001.", fb(10), 3, null);
        ov.setLeading(0, 1.25f); g.addCell(ov);
        doc.add(g);
        doc.add(centre("IL SINDACO METROPOLITANO", fb(11.5f), 4, 8));
        doc.add(par("VISTA", "la L.R. 4 agosto 2015, n. 15 e successive modifiche e integrazioni, recante disposizioni in materia di liberi Consorzi comunali e Città metropolitane, e in particolare l'art. 13 che attribuisce al Sindaco metropolitano le competenze già spettanti al Presidente della Provincia regionale;"));
        doc.add(par("VISTA", "la proposta di decreto n. 142 del 19/06/2026 della Direzione Viabilità e Infrastrutture, corredata del parere favorevole di regolarità tecnica e contabile, che forma parte integrante e sostanziale del presente provvedimento;"));
        doc.add(par("PREMESSO", "che la S.P. 9 bis, di collegamento tra i Comuni di Lercara Friddi e Castronovo di Sicilia, presenta nel tratto compreso tra il km 2+300 e il km 7+850 diffusi fenomeni di dissesto del piano viabile, cedimenti delle banchine e danneggiamento delle barriere di sicurezza, tali da pregiudicare la sicurezza della circolazione;"));
        doc.add(par("CONSIDERATO", "che l'intervento è finanziato per l'importo complessivo di € 1.480.000,00 con le risorse del Programma di interventi per la manutenzione straordinaria della rete viaria provinciale, annualità 2026, giusta decreto ministeriale di riparto, e che il progetto esecutivo, redatto dall'Ufficio Progettazione della Direzione, è stato verificato e validato dal Responsabile Unico del Progetto in data 16/06/2026 ai sensi dell'art. 42 del D.Lgs. 31 marzo 2023, n. 36;"));
        doc.add(par("VISTO", "il quadro economico del progetto, che prevede lavori a base d'asta per € 1.112.400,00, di cui € 38.600,00 per oneri della sicurezza non soggetti a ribasso, e somme a disposizione dell'Amministrazione per € 367.600,00;"));
        doc.add(par("VISTI", "il D.Lgs. 18 agosto 2000, n. 267, come recepito nella Regione Siciliana, il D.Lgs. n. 36/2023 e lo Statuto della Città Metropolitana;"));
        doc.add(centre("D E C R E T A", fb(11.5f), 6, 8));
        String[] pts = {
            "di approvare il progetto esecutivo dei lavori di messa in sicurezza e ripristino del piano viabile della S.P. 9 bis Lercara Friddi – Castronovo di Sicilia, dal km 2+300 al km 7+850, per l'importo complessivo di € 1.480.000,00, secondo il quadro economico riportato in premessa;",
            "di dare atto che la spesa trova copertura al capitolo 21080/2 del bilancio di previsione 2026-2028, annualità 2026, missione 10, programma 5;",
            "di demandare alla Direzione Viabilità e Infrastrutture l'adozione di tutti gli atti consequenziali, ivi compresa la determinazione a contrarre per l'affidamento dei lavori;",
            "di dichiarare il presente decreto immediatamente esecutivo, stante l'urgenza di avviare le procedure di affidamento prima della stagione autunnale."};
        com.lowagie.text.List li = new com.lowagie.text.List(com.lowagie.text.List.ORDERED);
        li.setIndentationLeft(4); li.setSymbolIndent(16);
        for (String s : pts) { ListItem it = new ListItem(14f, s, f(10.5f)); it.setAlignment(Element.ALIGN_JUSTIFIED); it.setSpacingAfter(4); li.add(it); }
        doc.add(li);
        Paragraph luogo = new Paragraph("Palermo, 24/06/2026", f(10.5f)); luogo.setSpacingBefore(10); doc.add(luogo);
        PdfPTable sig = new PdfPTable(new float[]{1f, 1f}); sig.setWidthPercentage(100); sig.setSpacingBefore(8);
        PdfPCell e = new PdfPCell(new Phrase("Il Segretario Generale\ndott.ssa Maria Concetta Pirrone", f(10))); e.setBorder(0); e.setHorizontalAlignment(Element.ALIGN_CENTER); sig.addCell(e);
        PdfPCell s2 = new PdfPCell(new Phrase("IL SINDACO METROPOLITANO\nprof. Alessandro La Barbera", fb(10))); s2.setBorder(0); s2.setHorizontalAlignment(Element.ALIGN_CENTER); sig.addCell(s2);
        doc.add(sig);
        doc.newPage();
        doc.add(centre("PARERI ESPRESSI SULLA PROPOSTA N. 142 DEL 19/06/2026", fb(11), 0, 10));
        PdfPTable pr = new PdfPTable(new float[]{1f}); pr.setWidthPercentage(100);
        pr.addCell(cell("PARERE DI REGOLARITÀ TECNICA (art. 49 e art. 147-bis del D.Lgs. 267/2000)\n\nSi esprime parere FAVOREVOLE in ordine alla regolarità tecnica e alla correttezza dell'azione amministrativa.\n\nPalermo, 19/06/2026                    Il Dirigente della Direzione Viabilità e Infrastrutture\n                                                         ing. Salvatore Cusimano", f(9.5f), 1, null));
        pr.addCell(cell("PARERE DI REGOLARITÀ CONTABILE E ATTESTAZIONE DI COPERTURA FINANZIARIA\n\nSi esprime parere FAVOREVOLE e si attesta la copertura finanziaria della spesa al capitolo 21080/2 del bilancio 2026-2028, impegno n. 1977/2026.\n\nPalermo, 22/06/2026                    Il Dirigente della Direzione Ragioneria Generale\n                                                         dott. Giovanni Li Vecchi", f(9.5f), 1, null));
        doc.add(pr);
        Paragraph n = new Paragraph("Il presente decreto è pubblicato all'Albo Pretorio on line della Città Metropolitana di Palermo per quindici giorni consecutivi, ai sensi dell'art. 32 della Legge 18 giugno 2009, n. 69.", fi(9)); n.setSpacingBefore(14); doc.add(n);
        doc.close();
    }
}
