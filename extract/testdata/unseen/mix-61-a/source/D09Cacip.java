// CACIP - Consorzio Industriale Provinciale di Cagliari: deliberazione del Consiglio di Amministrazione
// printed by an in-house Java app with OpenPDF 1.3.30. Register data in a two-column label table,
// roll of the board as a table with "Presente"/"Assente" written out, plus the Collegio dei revisori
// in a second table; running head and "Pag. X" foot by a page event.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
import java.awt.Color;

public class D09Cacip {
    static final Color BLUE = new Color(0, 70, 127);
    static Font f(int style, float size) { return FontFactory.getFont(FontFactory.HELVETICA, size, style); }
    static Font t(int style, float size) { return FontFactory.getFont(FontFactory.TIMES_ROMAN, size, style); }

    static class Events extends PdfPageEventHelper {
        BaseFont bf;
        public void onOpenDocument(PdfWriter w, Document d) {
            try { bf = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false); } catch (Exception e) { throw new RuntimeException(e); }
        }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            cb.saveState();
            if (w.getPageNumber() > 1) {
                cb.beginText(); cb.setFontAndSize(bf, 8); cb.setColorFill(Color.DARK_GRAY);
                cb.showTextAligned(Element.ALIGN_LEFT, "CACIP - Deliberazione del Consiglio di Amministrazione n. 27 del 13.05.2026", 56, 810, 0);
                cb.endText();
                cb.setLineWidth(0.4f); cb.moveTo(56, 804); cb.lineTo(539, 804); cb.stroke();
            }
            cb.setLineWidth(0.4f); cb.moveTo(56, 48); cb.lineTo(539, 48); cb.stroke();
            cb.beginText(); cb.setFontAndSize(bf, 7.5f); cb.setColorFill(Color.DARK_GRAY);
            cb.showTextAligned(Element.ALIGN_LEFT, "Viale Diaz, 86 - 09125 Cagliari - protocollo@pec.cacip.it", 56, 37, 0);
            cb.showTextAligned(Element.ALIGN_RIGHT, "Pag. " + w.getPageNumber(), 539, 37, 0);
            cb.endText();
            cb.restoreState();
        }
    }
    static Paragraph p(String s) { Paragraph x = new Paragraph(s, t(Font.NORMAL, 11)); x.setAlignment(Element.ALIGN_JUSTIFIED); x.setSpacingAfter(5); x.setLeading(14.5f); return x; }
    static Paragraph c(String s, Font fn, float after) { Paragraph x = new Paragraph(s, fn); x.setAlignment(Element.ALIGN_CENTER); x.setSpacingAfter(after); return x; }
    static PdfPCell cell(String s, Font fn, Color bg) { PdfPCell x = new PdfPCell(new Phrase(s, fn)); x.setPadding(4); if (bg != null) x.setBackgroundColor(bg); x.setBorderColor(Color.GRAY); return x; }

    public static void main(String[] a) throws Exception {
        Document d = new Document(PageSize.A4, 56, 56, 60, 66);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Events());
        d.addCreator("CACIP Atti Deliberativi 5.0 (OpenPDF)"); d.addTitle("Deliberazione CdA n. 27/2026");
        d.open();
        d.add(c("CACIP", FontFactory.getFont(FontFactory.HELVETICA_BOLD, 22, Font.BOLD, BLUE), 0));
        d.add(c("Consorzio Industriale Provinciale di Cagliari", FontFactory.getFont(FontFactory.HELVETICA, 11, Font.NORMAL, BLUE), 0));
        d.add(c("Ente pubblico economico - L.R. 25 luglio 2008, n. 10", f(Font.NORMAL, 8), 14));
        d.add(c("VERBALE DI DELIBERAZIONE DEL CONSIGLIO DI AMMINISTRAZIONE", f(Font.BOLD, 12), 8));
        PdfPTable reg = new PdfPTable(new float[]{1f, 1f, 1f}); reg.setWidthPercentage(100);
        Color lb = new Color(225, 234, 244);
        reg.addCell(cell("Deliberazione n.", f(Font.BOLD, 9), lb)); reg.addCell(cell("Seduta del", f(Font.BOLD, 9), lb)); reg.addCell(cell("Ora di inizio", f(Font.BOLD, 9), lb));
        reg.addCell(cell("27", f(Font.NORMAL, 11), null)); reg.addCell(cell("13.05.2026", f(Font.NORMAL, 11), null)); reg.addCell(cell("10.30", f(Font.NORMAL, 11), null));
        reg.setSpacingAfter(10); d.add(reg);
        PdfPTable og = new PdfPTable(new float[]{0.15f, 0.85f}); og.setWidthPercentage(100);
        PdfPCell l = new PdfPCell(new Phrase("Oggetto:", f(Font.BOLD, 10))); l.setBorder(Rectangle.TOP | Rectangle.BOTTOM); l.setPadding(5);
        PdfPCell v = new PdfPCell(new Phrase("Agglomerato industriale di Macchiareddu - Lavori di rifacimento della segnaletica orizzontale e verticale della viabilità consortile - Approvazione del progetto esecutivo - CUP G27H26000310005.", t(Font.BOLD, 11)));
        v.setBorder(Rectangle.TOP | Rectangle.BOTTOM); v.setPadding(5); v.setLeading(0, 1.2f);
        og.addCell(l); og.addCell(v); og.setSpacingAfter(10); d.add(og);
        d.add(p("L'anno 2026, il giorno 13 del mese di maggio, alle ore 10.30, presso la sede del Consorzio in Cagliari, Viale Diaz n. 86, si è riunito il Consiglio di Amministrazione, convocato con nota prot. n. 2871 del 07.05.2026. Risultano:"));
        PdfPTable roll = new PdfPTable(new float[]{2.2f, 1.6f, 1f}); roll.setWidthPercentage(80); roll.setSpacingBefore(4); roll.setSpacingAfter(8);
        for (String h : new String[]{"Componente", "Carica", "Presenza"}) roll.addCell(cell(h, f(Font.BOLD, 9), lb));
        String[][] rr = {{"Dott. Salvatore Mattana", "Presidente", "Presente"}, {"Ing. Maria Antonietta Deiana", "Vice Presidente", "Presente"},
                         {"Avv. Roberto Cocco", "Consigliere", "Assente"}, {"Dott.ssa Giulia Serra", "Consigliere", "Presente"}, {"Sig. Franco Melis", "Consigliere", "Presente"}};
        for (String[] r : rr) for (String s : r) roll.addCell(cell(s, t(Font.NORMAL, 10.5f), null));
        d.add(roll);
        d.add(p("Per il Collegio dei Revisori dei conti è presente il Presidente, dott. Pierpaolo Lai. Assiste, con funzioni di Segretario verbalizzante, il Direttore Generale, Ing. Efisio Loi."));
        d.add(p("Il Presidente, constatata la validità della seduta, introduce l'argomento in oggetto."));
        d.add(c("IL CONSIGLIO DI AMMINISTRAZIONE", f(Font.BOLD, 11), 6));
        d.add(p("VISTA la relazione del Responsabile del Servizio Tecnico, Ing. Alessandra Pinna, in data 06.05.2026, nella quale si rappresenta lo stato di usura della segnaletica della viabilità consortile dell'agglomerato di Macchiareddu e la necessità di un intervento complessivo ai fini della sicurezza della circolazione;"));
        d.add(p("VISTO il progetto esecutivo redatto dal Servizio Tecnico, dell'importo complessivo di € 385.000,00, di cui € 298.700,00 per lavori e € 7.300,00 per oneri della sicurezza non soggetti a ribasso;"));
        d.add(p("VISTO il rapporto di verifica del progetto in data 08.05.2026 e il successivo atto di validazione del R.U.P.;"));
        d.add(p("VISTI la L.R. 10/2008, lo Statuto consortile e il D.Lgs. 36/2023;"));
        d.add(p("ACQUISITO il parere favorevole del Direttore Generale in ordine alla regolarità tecnica e contabile;"));
        d.add(p("all'unanimità dei presenti,"));
        d.add(c("D E L I B E R A", f(Font.BOLD, 11), 6));
        String[] pts = {
            "di approvare il progetto esecutivo dei lavori di rifacimento della segnaletica orizzontale e verticale della viabilità consortile dell'agglomerato industriale di Macchiareddu, dell'importo complessivo di € 385.000,00;",
            "di dare atto che la spesa trova copertura nel bilancio di previsione 2026, capitolo 21040 \"Manutenzione straordinaria infrastrutture consortili\";",
            "di autorizzare il Direttore Generale ad avviare la procedura di affidamento ai sensi dell'art. 50, comma 1, lett. c), del D.Lgs. 36/2023;",
            "di dichiarare la presente deliberazione immediatamente eseguibile, stante l'urgenza di garantire la sicurezza della circolazione." };
        List ol = new List(List.ORDERED); ol.setIndentationLeft(8); ol.setSymbolIndent(18);
        for (String s : pts) { ListItem li = new ListItem(14.5f, s, t(Font.NORMAL, 11)); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setSpacingAfter(4); ol.add(li); }
        d.add(ol);
        d.add(new Paragraph(" "));
        PdfPTable sig = new PdfPTable(2); sig.setWidthPercentage(100); sig.setSpacingBefore(16);
        PdfPCell s1 = new PdfPCell(new Phrase("IL PRESIDENTE\nDott. Salvatore Mattana", f(Font.NORMAL, 10))); s1.setBorder(0); s1.setHorizontalAlignment(Element.ALIGN_CENTER);
        PdfPCell s2 = new PdfPCell(new Phrase("IL SEGRETARIO VERBALIZZANTE\nIl Direttore Generale\nIng. Efisio Loi", f(Font.NORMAL, 10))); s2.setBorder(0); s2.setHorizontalAlignment(Element.ALIGN_CENTER);
        sig.addCell(s1); sig.addCell(s2); d.add(sig);
        d.add(new Paragraph(" "));
        Paragraph pub = new Paragraph("Pubblicata all'Albo on line del Consorzio dal 14.05.2026 al 28.05.2026.", f(Font.ITALIC, 8.5f)); d.add(pub);
        d.close();
    }
}
