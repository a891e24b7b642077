// Monte Santa Maria Tiberina (PG): decreto sindacale n. 6/2026, OpenPDF 1.3.30. A page event draws
// the running head (number and date) and the "Pagina X di 2" foot on every page; the last page holds
// the certificate of publication after the act.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class J05_MonteSantaMaria {
    static Font f(int style, float size) { return FontFactory.getFont(FontFactory.TIMES_ROMAN, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style); }
    static Paragraph p(String s, Font ft, int al, float after) { Paragraph x = new Paragraph(s, ft); x.setAlignment(al); x.setSpacingAfter(after); x.setLeading(ft.getSize() * 1.35f); return x; }
    public static void main(String[] a) throws Exception {
        Document d = new Document(PageSize.A4, 70, 60, 90, 70);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document doc) {
                PdfContentByte cb = wr.getDirectContent();
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Comune di Monte Santa Maria Tiberina", f(Font.ITALIC, 8.5f)), 70, 805, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Decreto n. 6 del 14.09.2026", f(Font.ITALIC, 8.5f)), 535, 805, 0);
                cb.setLineWidth(0.5f); cb.moveTo(70, 800); cb.lineTo(535, 800); cb.stroke();
                ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("Pagina " + wr.getPageNumber() + " di 2", f(Font.NORMAL, 8.5f)), 302, 40, 0);
            }
        });
        d.addCreator("J-Iride Atti Amministrativi"); d.addTitle("Decreto sindacale n. 6/2026");
        d.open();
        d.add(p("COMUNE DI MONTE SANTA MARIA TIBERINA", f(Font.BOLD, 16), Element.ALIGN_CENTER, 0));
        d.add(p("Provincia di Perugia", f(Font.NORMAL, 11), Element.ALIGN_CENTER, 0));
        d.add(p("Piazza Bourbon del Monte, 1 – 06010 Monte Santa Maria Tiberina (PG)", f(Font.NORMAL, 9), Element.ALIGN_CENTER, 18));
        PdfPTable t = new PdfPTable(2); t.setWidthPercentage(100); t.setWidths(new float[]{1, 1});
        PdfPCell c1 = new PdfPCell(new Phrase("DECRETO SINDACALE", f(Font.BOLD, 13))); c1.setPadding(7); c1.setHorizontalAlignment(Element.ALIGN_CENTER);
        PdfPCell c2 = new PdfPCell(new Phrase("N. 6 del 14.09.2026", f(Font.BOLD, 13))); c2.setPadding(7); c2.setHorizontalAlignment(Element.ALIGN_CENTER);
        t.addCell(c1); t.addCell(c2); t.setSpacingAfter(14); d.add(t);
        Paragraph o = new Paragraph(); o.setLeading(15); o.setSpacingAfter(14);
        o.add(new Chunk("OGGETTO: ", f(Font.BOLD, 11.5f)));
        o.add(new Chunk("Nomina del Responsabile dell’Area Tecnico-Manutentiva e attribuzione delle funzioni di cui all’art. 107 del D.Lgs. 267/2000 per il periodo 15 settembre – 31 dicembre 2026.", f(Font.BOLD, 11.5f)));
        o.setAlignment(Element.ALIGN_JUSTIFIED); d.add(o);
        d.add(p("IL SINDACO", f(Font.BOLD, 12), Element.ALIGN_CENTER, 8));
        Font n = f(Font.NORMAL, 11.5f);
        String[] prem = {
          "Premesso che con decreto sindacale n. 2 del 3 gennaio 2026 era stato nominato Responsabile dell’Area Tecnico-Manutentiva l’ing. Paolo Bigerna, collocato a riposo a decorrere dal 1° settembre 2026;",
          "Visto l’art. 50, comma 10, e l’art. 109, comma 2, del D.Lgs. 18 agosto 2000, n. 267, ai sensi dei quali nei Comuni privi di personale di qualifica dirigenziale le funzioni di cui all’art. 107 possono essere attribuite ai responsabili degli uffici e dei servizi;",
          "Vista la deliberazione della Giunta Comunale n. 41 del 10 settembre 2026 con la quale è stata approvata la convenzione con il Comune di Citerna per l’utilizzo condiviso di personale ai sensi dell’art. 14 del CCNL 22 gennaio 2004;",
          "Visto il vigente Regolamento sull’ordinamento degli uffici e dei servizi;" };
        for (String s : prem) d.add(p(s, n, Element.ALIGN_JUSTIFIED, 6));
        d.add(p("D E C R E T A", f(Font.BOLD, 12), Element.ALIGN_CENTER, 8));
        String[] pts = {
          "di nominare l’arch. Chiara Mariucci, dipendente del Comune di Citerna, Responsabile dell’Area Tecnico-Manutentiva del Comune di Monte Santa Maria Tiberina per il periodo dal 15 settembre 2026 al 31 dicembre 2026;",
          "di attribuire alla medesima le funzioni di cui all’art. 107, commi 2 e 3, del D.Lgs. 267/2000 e l’incarico di Elevata Qualificazione, con la retribuzione di posizione stabilita dalla Giunta nella misura annua di euro 9.500,00, da rapportare al periodo e alla quota di utilizzo;",
          "di stabilire che, in caso di assenza o impedimento, le funzioni siano svolte dal Segretario Comunale;",
          "di disporre la pubblicazione del presente decreto all’Albo Pretorio on line e nella sezione “Amministrazione Trasparente” e la sua notifica all’interessata." };
        List l = new List(List.ORDERED); l.setIndentationLeft(8); l.setSymbolIndent(18);
        for (String s : pts) { ListItem li = new ListItem(s, n); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setLeading(15.5f); li.setSpacingAfter(5); l.add(li); }
        d.add(l);
        d.add(p(" ", n, Element.ALIGN_LEFT, 6));
        d.add(p("Monte Santa Maria Tiberina, 14.09.2026", n, Element.ALIGN_LEFT, 14));
        d.add(p("IL SINDACO\nLetizia Michelini\n(firmato digitalmente)", f(Font.NORMAL, 11), Element.ALIGN_RIGHT, 0));
        d.newPage();
        d.add(p("CERTIFICATO DI PUBBLICAZIONE", f(Font.BOLD, 14), Element.ALIGN_CENTER, 16));
        PdfPTable g = new PdfPTable(2); g.setWidthPercentage(100); g.setWidths(new float[]{1.1f, 2});
        String[][] rows = {{"Atto", "Decreto sindacale n. 6 del 14.09.2026"}, {"Registro delle pubblicazioni", "n. 379"},
                           {"Data di affissione", "15.09.2026"}, {"Data di defissione", "30.09.2026"}};
        for (String[] r : rows) { PdfPCell k = new PdfPCell(new Phrase(r[0], f(Font.BOLD, 11))); k.setPadding(5); k.setGrayFill(0.9f); g.addCell(k);
            PdfPCell v = new PdfPCell(new Phrase(r[1], f(Font.NORMAL, 11))); v.setPadding(5); g.addCell(v); }
        g.setSpacingAfter(14); d.add(g);
        d.add(p("Si certifica che il presente decreto è stato pubblicato all’Albo Pretorio on line del Comune per quindici giorni consecutivi, dal 15.09.2026 al 30.09.2026, senza opposizioni.", n, Element.ALIGN_JUSTIFIED, 14));
        d.add(p("Monte Santa Maria Tiberina, 01.10.2026", n, Element.ALIGN_LEFT, 14));
        d.add(p("IL RESPONSABILE DELLA PUBBLICAZIONE\nIstr. Amm. Roberta Cerbini", f(Font.NORMAL, 11), Element.ALIGN_RIGHT, 0));
        d.close();
    }
}
