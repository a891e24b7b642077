// Comune di Civita Castellana - Allegato A to determinazione R.G. n. 205 of 16/03/2026:
// list of beneficiaries of the school-book contribution a.s. 2025/2026 (identified by
// protocol number only). Layout after a Globo "stampa elenco" report: landscape, repeated
// table header, running head with the act reference, running foot "Pag. x di y".
// Built with OpenPDF (com.github.librepdf:openpdf 1.3.43).
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
import java.util.Random;

public class AllegatoA {
    static Font f(int style, float size) { return FontFactory.getFont(FontFactory.TIMES_ROMAN, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style); }
    static Font h(int style, float size) { return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style); }

    static class Run extends PdfPageEventHelper {
        PdfTemplate tot; BaseFont bf;
        public void onOpenDocument(PdfWriter w, Document d) {
            tot = w.getDirectContent().createTemplate(30, 12);
            try { bf = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, false); } catch (Exception e) { throw new RuntimeException(e); }
        }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            float W = d.getPageSize().getWidth();
            cb.beginText(); cb.setFontAndSize(bf, 7.5f);
            cb.setTextMatrix(36, 570);
            cb.showText("COMUNE DI CIVITA CASTELLANA - Allegato A alla determinazione R.G. n. 205 del 16/03/2026 - Settore I Servizi Sociali e Pubblica Istruzione");
            String pg = "Pag. " + w.getPageNumber() + " di ";
            cb.setTextMatrix(W - 70 - bf.getWidthPoint(pg, 7.5f), 22); cb.showText(pg);
            cb.setTextMatrix(36, 22); cb.showText("Globo - Stampa elenco beneficiari - elaborato il 16/03/2026");
            cb.endText();
            cb.addTemplate(tot, W - 70, 22);
            cb.setLineWidth(0.4f); cb.moveTo(36, 566); cb.lineTo(W - 36, 566); cb.stroke();
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            tot.beginText(); tot.setFontAndSize(bf, 7.5f); tot.setTextMatrix(0, 0);
            tot.showText(String.valueOf(w.getPageNumber() - 1)); tot.endText();
        }
    }

    static PdfPCell c(String t, Font fo, int al) {
        PdfPCell x = new PdfPCell(new Phrase(t, fo)); x.setHorizontalAlignment(al); x.setPadding(2.8f); return x;
    }

    public static void main(String[] a) throws Exception {
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 40, 40);
        PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(a[0]));
        w.setPageEvent(new Run());
        doc.addTitle("Allegato A - Elenco beneficiari libri di testo 2025/2026");
        doc.addCreator("Globo - Servizi Scolastici");
        doc.open();

        Paragraph t = new Paragraph("COMUNE DI CIVITA CASTELLANA", h(Font.BOLD, 14)); t.setAlignment(Element.ALIGN_CENTER); doc.add(t);
        t = new Paragraph("Provincia di Viterbo", f(Font.ITALIC, 10)); t.setAlignment(Element.ALIGN_CENTER); doc.add(t);
        t = new Paragraph("ALLEGATO A", h(Font.BOLD, 12)); t.setAlignment(Element.ALIGN_CENTER); t.setSpacingBefore(8); doc.add(t);
        t = new Paragraph("ELENCO DEI BENEFICIARI DEL CONTRIBUTO PER LA FORNITURA GRATUITA O SEMIGRATUITA DEI LIBRI DI TESTO - ANNO SCOLASTICO 2025/2026", h(Font.BOLD, 10.5f));
        t.setAlignment(Element.ALIGN_CENTER); t.setSpacingAfter(3); doc.add(t);
        t = new Paragraph("(L. 448/1998, art. 27 - richiedenti identificati con il numero di protocollo della domanda, ai sensi del Reg. UE 2016/679)", f(Font.ITALIC, 9));
        t.setAlignment(Element.ALIGN_CENTER); t.setSpacingAfter(8); doc.add(t);

        PdfPTable tb = new PdfPTable(new float[]{0.6f, 1.6f, 1.3f, 2.8f, 1.4f, 1.3f, 1.4f, 1.3f});
        tb.setWidthPercentage(100);
        tb.setHeaderRows(1);
        Font hb = h(Font.BOLD, 8), n = f(Font.NORMAL, 9);
        for (String s : new String[]{"N.", "Prot. domanda", "Data", "Istituto scolastico", "Classe", "ISEE (euro)", "Spesa ammessa (euro)", "Contributo (euro)"}) {
            PdfPCell x = c(s, hb, Element.ALIGN_CENTER); x.setGrayFill(0.85f); tb.addCell(x);
        }
        String[] ist = {"I.C. \"Nazareno Strampelli\"", "I.C. \"Guglielmo Marconi\"", "I.I.S. \"Ulderico Midossi\"", "Liceo \"Giuseppe Colasanti\"", "I.C. \"Dante Alighieri\""};
        String[] cl = {"1^ sec. I gr.", "2^ sec. I gr.", "3^ sec. I gr.", "1^ sec. II gr.", "2^ sec. II gr.", "3^ sec. II gr.", "4^ sec. II gr.", "5^ sec. II gr."};
        Random r = new Random(2026);
        int prot = 1402; double total = 0;
        for (int i = 1; i <= 46; i++) {
            prot += 7 + r.nextInt(40);
            int day = 1 + (i * 28 / 47);
            String date = String.format("%02d/%02d/2025", Math.min(day, 30), 10 + (i > 30 ? 1 : 0));
            double isee = 1200 + r.nextInt(14000) + r.nextInt(100) / 100.0;
            double spesa = 180 + r.nextInt(260);
            double contr = Math.round(spesa * (isee < 5000 ? 0.9 : isee < 10000 ? 0.7 : 0.5) * 100) / 100.0;
            total += contr;
            tb.addCell(c(String.valueOf(i), n, Element.ALIGN_RIGHT));
            tb.addCell(c(String.valueOf(prot), n, Element.ALIGN_CENTER));
            tb.addCell(c(date, n, Element.ALIGN_CENTER));
            int si = r.nextInt(ist.length);
            boolean primo = ist[si].startsWith("I.C.");
            tb.addCell(c(ist[si], n, Element.ALIGN_LEFT));
            tb.addCell(c(cl[primo ? r.nextInt(3) : 3 + r.nextInt(5)], n, Element.ALIGN_CENTER));
            tb.addCell(c(String.format(java.util.Locale.ITALY, "%,.2f", isee), n, Element.ALIGN_RIGHT));
            tb.addCell(c(String.format(java.util.Locale.ITALY, "%,.2f", spesa), n, Element.ALIGN_RIGHT));
            tb.addCell(c(String.format(java.util.Locale.ITALY, "%,.2f", contr), n, Element.ALIGN_RIGHT));
        }
        PdfPCell tl = c("TOTALE CONTRIBUTI ASSEGNATI", hb, Element.ALIGN_RIGHT); tl.setColspan(7); tb.addCell(tl);
        tb.addCell(c(String.format(java.util.Locale.ITALY, "%,.2f", total), h(Font.BOLD, 9), Element.ALIGN_RIGHT));
        doc.add(tb);

        Paragraph nb = new Paragraph("Le domande con ISEE superiore a euro 15.493,71 e le domande pervenute oltre il termine del 30/11/2025 sono escluse (elenco B, non pubblicato in quanto contenente dati personali). "
            + "Il contributo è calcolato nella misura del 90%, 70% o 50% della spesa ammessa secondo la fascia ISEE, come stabilito dalla deliberazione della Giunta Comunale n. 211 del 25/09/2025.", f(Font.NORMAL, 9));
        nb.setSpacingBefore(8); nb.setAlignment(Element.ALIGN_JUSTIFIED); doc.add(nb);
        Paragraph sg = new Paragraph("IL RESPONSABILE DEL SETTORE I\nDott.ssa Cinzia Marcucci\n(firmato digitalmente)", f(Font.NORMAL, 10));
        sg.setAlignment(Element.ALIGN_RIGHT); sg.setSpacingBefore(12); doc.add(sg);
        doc.close();
    }
}
