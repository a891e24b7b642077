import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class D03Casabona {
    static BaseFont R, B, I;
    static Font f(BaseFont bf, float s) { return new Font(bf, s); }
    public static void main(String[] a) throws Exception {
        String dj = "/usr/share/fonts/truetype/dejavu/";
        R = BaseFont.createFont(dj + "DejaVuSerif.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        B = BaseFont.createFont(dj + "DejaVuSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        I = BaseFont.createFont(dj + "DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document d = new Document(PageSize.A4, 62, 56, 92, 64);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter w, Document d) {
                PdfContentByte cb = w.getDirectContent();
                cb.beginText(); cb.setFontAndSize(B, 13);
                cb.showTextAligned(Element.ALIGN_CENTER, "COMUNE DI CASABONA", 297, 800, 0);
                cb.setFontAndSize(R, 9);
                cb.showTextAligned(Element.ALIGN_CENTER, "Provincia di Crotone", 297, 787, 0);
                cb.showTextAligned(Element.ALIGN_CENTER, "Commissione Straordinaria ex art. 143 D.Lgs. n. 267/2000", 297, 776, 0);
                cb.setFontAndSize(I, 8);
                cb.showTextAligned(Element.ALIGN_LEFT, "Deliberazione della Commissione Straordinaria n. 27 del 11/06/2026", 62, 40, 0);
                cb.showTextAligned(Element.ALIGN_RIGHT, "Pag. " + w.getPageNumber(), 539, 40, 0);
                cb.endText();
                cb.setLineWidth(0.6f); cb.moveTo(62, 768); cb.lineTo(539, 768); cb.stroke();
                cb.moveTo(62, 50); cb.lineTo(539, 50); cb.stroke();
            }
        });
        d.open();
        Font r10 = f(R, 10), b10 = f(B, 10), b12 = f(B, 12), s8 = f(I, 8);
        PdfPTable box = new PdfPTable(new float[]{2.2f, 1.3f, 1.3f});
        box.setWidthPercentage(100);
        PdfPCell t = new PdfPCell(new Phrase("ORIGINALE DI DELIBERAZIONE DELLA COMMISSIONE STRAORDINARIA\ncon i poteri della Giunta Comunale", b10));
        t.setRowspan(2); t.setPadding(6); box.addCell(t);
        box.addCell(cell("N. 27", b12)); box.addCell(cell("del 11/06/2026", b12));
        PdfPCell p = cell("Proposta n. 35 del 08/06/2026 – Settore Economico-Finanziario", s8); p.setColspan(2); box.addCell(p);
        d.add(box);
        d.add(par("", r10, 4));
        PdfPTable ogg = new PdfPTable(new float[]{1.3f, 6.2f}); ogg.setWidthPercentage(100);
        ogg.addCell(cell("OGGETTO:", b10));
        ogg.addCell(cell("Approvazione del Piano di riequilibrio finanziario pluriennale ai sensi dell’art. 243-bis del D.Lgs. n. 267/2000 – Ricognizione della massa passiva e indirizzi operativi al Responsabile del Settore Economico-Finanziario.", b10));
        d.add(ogg);
        d.add(par("L’anno duemilaventisei, il giorno undici del mese di giugno, alle ore 11,00, nella sede municipale, si è riunita la Commissione Straordinaria, nominata con D.P.R. del 12 febbraio 2026, a seguito dello scioglimento del Consiglio Comunale ai sensi dell’art. 143 del D.Lgs. n. 267/2000, nelle persone di:", r10, 8));
        PdfPTable roll = new PdfPTable(new float[]{2.6f, 2.2f, 0.8f, 0.8f}); roll.setWidthPercentage(92); roll.setSpacingBefore(6);
        PdfPCell h = cell("COMPONENTI DELLA COMMISSIONE STRAORDINARIA", b10); h.setColspan(2); h.setRowspan(2); roll.addCell(h);
        PdfPCell h2 = cell("PRESENZA", b10); h2.setColspan(2); h2.setHorizontalAlignment(Element.ALIGN_CENTER); roll.addCell(h2);
        roll.addCell(cell("SI", b10)); roll.addCell(cell("NO", b10));
        String[][] m = {{"Dott. Francesco PALUMBO", "Presidente – Viceprefetto", "X", ""},
                        {"Dott.ssa Anna Maria CERAVOLO", "Componente – Viceprefetto aggiunto", "X", ""},
                        {"Dott. Giuseppe LOMBARDO", "Componente – Funzionario economico-finanziario", "", "X"}};
        for (String[] row : m) for (String c : row) roll.addCell(cell(c, r10));
        d.add(roll);
        d.add(par("Partecipa con funzioni consultive, referenti e di assistenza il Segretario Comunale Dott.ssa Teresa Marino, che cura la redazione del presente verbale. Il Presidente, constatata la presenza del numero legale, dichiara aperta la seduta.", r10, 8));
        d.add(center("LA COMMISSIONE STRAORDINARIA", b10));
        String[] prem = {
            "PREMESSO che con deliberazione n. 4 del 19/03/2026, adottata con i poteri del Consiglio Comunale, l’Ente ha fatto ricorso alla procedura di riequilibrio finanziario pluriennale prevista dall’art. 243-bis del D.Lgs. n. 267/2000;",
            "DATO ATTO che il Responsabile del Settore Economico-Finanziario ha completato la ricognizione dei debiti fuori bilancio e delle passività potenziali, per un importo complessivo di euro 1.284.613,27, come risulta dalla relazione allegata sotto la lettera “A”;",
            "VISTA la proposta n. 35 del 08/06/2026 del Settore Economico-Finanziario, corredata dei pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. n. 267/2000;",
            "ACQUISITO il parere favorevole dell’Organo di revisione economico-finanziaria (verbale n. 11 del 09/06/2026);",
            "RITENUTO di dover procedere in merito;"};
        for (String s : prem) d.add(par(s, r10, 4));
        d.add(par("Con voti unanimi dei presenti, espressi nelle forme di legge,", r10, 6));
        Paragraph del = center("D E L I B E R A", b12); d.add(del);
        String[] pts = {
            "di approvare la ricognizione della massa passiva risultante dalla relazione del Responsabile del Settore Economico-Finanziario, allegata sotto la lettera “A” quale parte integrante e sostanziale;",
            "di approvare il Piano di riequilibrio finanziario pluriennale per il periodo 2026-2035, allegato sotto la lettera “B”;",
            "di incaricare il Responsabile del Settore Economico-Finanziario della trasmissione del Piano alla Commissione per la stabilità finanziaria degli enti locali e alla Sezione regionale di controllo della Corte dei conti per la Calabria;",
            "di dichiarare, con separata votazione unanime, il presente atto immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000."};
        com.lowagie.text.List l = new com.lowagie.text.List(com.lowagie.text.List.ORDERED, 18);
        for (String s : pts) { ListItem li = new ListItem(s, r10); li.setSpacingAfter(3); l.add(li); }
        d.add(l);
        d.add(par("Letto, confermato e sottoscritto.", r10, 14));
        PdfPTable sig = new PdfPTable(2); sig.setWidthPercentage(100); sig.setSpacingBefore(8);
        sig.addCell(nb("LA COMMISSIONE STRAORDINARIA\nF.to Dott. Francesco Palumbo\nF.to Dott.ssa Anna Maria Ceravolo", r10));
        sig.addCell(nb("IL SEGRETARIO COMUNALE\nF.to Dott.ssa Teresa Marino", r10));
        d.add(sig);
        d.add(par("Documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005.", s8, 16));
        d.close();
    }
    static PdfPCell cell(String s, Font f) { PdfPCell c = new PdfPCell(new Phrase(s, f)); c.setPadding(4); return c; }
    static PdfPCell nb(String s, Font f) { PdfPCell c = cell(s, f); c.setBorder(0); c.setHorizontalAlignment(Element.ALIGN_CENTER); return c; }
    static Paragraph par(String s, Font f, float before) { Paragraph p = new Paragraph(s, f); p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingBefore(before); p.setLeading(13.5f); return p; }
    static Paragraph center(String s, Font f) { Paragraph p = new Paragraph(s, f); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingBefore(8); p.setSpacingAfter(6); return p; }
}
