// Comune di Valgrana - decreto sindacale; OpenPDF, letterhead and foot drawn by a page event on every page.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class D07ValgranaDecreto {
    static Font fn(int style, float size) { return FontFactory.getFont(FontFactory.TIMES_ROMAN, BaseFont.CP1252, size, style); }
    public static void main(String[] a) throws Exception {
        Document d = new Document(PageSize.A4, 70, 70, 110, 70);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document doc) {
                PdfContentByte cb = wr.getDirectContent();
                ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("COMUNE DI VALGRANA", fn(Font.BOLD, 15)), 297, 790, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("Provincia di Cuneo", fn(Font.ITALIC, 10)), 297, 776, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("DECRETO DEL SINDACO N. 3 del 26.3.2026", fn(Font.BOLD, 9)), 297, 760, 0);
                cb.moveTo(70, 752); cb.lineTo(525, 752); cb.stroke();
                cb.moveTo(70, 50); cb.lineTo(525, 50); cb.stroke();
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Piazza San Giovanni 1 - 12020 Valgrana (CN) - PEC comune.valgrana@cert.ruparpiemonte.it", fn(Font.NORMAL, 7.5f)), 70, 40, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Pagina " + wr.getPageNumber(), fn(Font.NORMAL, 7.5f)), 525, 40, 0);
            }
        });
        d.addTitle("Decreto del Sindaco n. 3/2026"); d.addCreator("CSI Piemonte - Atti Amministrativi");
        d.open();
        Paragraph t = new Paragraph("OGGETTO: Nomina del Responsabile dell'Area Tecnica e attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000 per il periodo 1° aprile 2026 – 31 dicembre 2026.", fn(Font.BOLD, 11));
        t.setAlignment(Element.ALIGN_JUSTIFIED); t.setSpacingAfter(14); d.add(t);
        Paragraph s = new Paragraph("IL SINDACO", fn(Font.BOLD, 12)); s.setAlignment(Element.ALIGN_CENTER); s.setSpacingAfter(8); d.add(s);
        String[] pre = {
            "Visti gli artt. 50, comma 10, 107 e 109 del D.Lgs. 18 agosto 2000, n. 267, che attribuiscono al Sindaco la nomina dei responsabili degli uffici e dei servizi;",
            "Visto l'art. 53, comma 23, della Legge 23 dicembre 2000, n. 388, che consente agli enti locali con popolazione inferiore a cinquemila abitanti di attribuire ai componenti dell'organo esecutivo la responsabilità degli uffici e dei servizi;",
            "Considerato che il geom. Franco Rinaudo, già Responsabile dell'Area Tecnica, cesserà dal servizio per collocamento a riposo il 31 marzo 2026;",
            "Visto l'accordo stipulato ai sensi dell'art. 1, comma 557, della Legge 311/2004 con il Comune di Caraglio, che autorizza l'ing. Chiara Peano, istruttore direttivo tecnico di quell'ente, a prestare attività lavorativa presso il Comune di Valgrana per dodici ore settimanali;",
            "Visto il vigente Regolamento sull'ordinamento degli uffici e dei servizi, approvato con deliberazione della Giunta comunale n. 41 del 18 maggio 2019 e successive modificazioni;",
            "Dato atto che il presente provvedimento non comporta oneri aggiuntivi a carico del bilancio comunale oltre a quelli previsti dall'accordo sopra richiamato;"};
        for (String p : pre) { Paragraph q = new Paragraph(p, fn(Font.NORMAL, 11)); q.setAlignment(Element.ALIGN_JUSTIFIED); q.setSpacingAfter(6); d.add(q); }
        Paragraph dc = new Paragraph("D E C R E T A", fn(Font.BOLD, 12)); dc.setAlignment(Element.ALIGN_CENTER); dc.setSpacingBefore(8); dc.setSpacingAfter(8); d.add(dc);
        String[] pts = {
            "di nominare l'ing. Chiara Peano Responsabile dell'Area Tecnica del Comune di Valgrana, con decorrenza dal 1° aprile 2026 e fino al 31 dicembre 2026;",
            "di attribuire alla stessa le funzioni di cui all'art. 107, commi 2 e 3, del D.Lgs. 267/2000, ivi compresa l'adozione degli atti di gestione finanziaria relativi ai capitoli di spesa assegnati all'Area;",
            "di stabilire che, in caso di assenza o impedimento, le funzioni siano svolte dal Segretario Comunale;",
            "di disporre che il presente decreto sia notificato all'interessata, trasmesso al Comune di Caraglio e pubblicato all'Albo Pretorio on line e nella sezione Amministrazione Trasparente."};
        int i = 1;
        for (String p : pts) { Paragraph q = new Paragraph(i++ + ") " + p, fn(Font.NORMAL, 11)); q.setAlignment(Element.ALIGN_JUSTIFIED); q.setIndentationLeft(18); q.setFirstLineIndent(-18); q.setSpacingAfter(6); d.add(q); }
        Paragraph l = new Paragraph("Valgrana, lì 26 marzo 2026", fn(Font.NORMAL, 11)); l.setSpacingBefore(14); d.add(l);
        Paragraph f = new Paragraph("IL SINDACO\nAlberto Giraudo\n(firmato digitalmente)", fn(Font.NORMAL, 11)); f.setIndentationLeft(270); f.setAlignment(Element.ALIGN_CENTER); f.setSpacingBefore(10); d.add(f);
        Paragraph r = new Paragraph("Per accettazione: ing. Chiara Peano ______________________", fn(Font.ITALIC, 10)); r.setSpacingBefore(30); d.add(r);
        d.close();
    }
}
