// Determinazione, Unione Montana Marca di Camerino - running-head register layout with Intesi-style signature footer (OpenPDF 1.3.30)
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class Determina {
    static BaseFont bf, bfb, bfi;
    static Font f(float s) { return new Font(bf, s); }
    static Font fb(float s) { return new Font(bfb, s); }
    static Font fi(float s) { return new Font(bfi, s); }

    static class Head extends PdfPageEventHelper {
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            cb.beginText(); cb.setFontAndSize(bf, 7.5f);
            cb.showTextAligned(Element.ALIGN_LEFT, "Unione Montana Marca di Camerino – Determinazione n. 45 del 08/04/2026 (Area Tecnica n. 12)", 56, 810, 0);
            cb.showTextAligned(Element.ALIGN_RIGHT, "Pagina " + w.getPageNumber(), 539, 810, 0);
            cb.setFontAndSize(bfi, 6.8f);
            cb.showTextAligned(Element.ALIGN_CENTER, "Documento informatico sottoscritto con firma digitale qualificata (Intesi Group S.p.A. – QTSP) ai sensi del D.Lgs. 82/2005 e del Reg. UE 910/2014", 297, 30, 0);
            cb.endText();
            cb.setLineWidth(0.4f); cb.moveTo(56, 805); cb.lineTo(539, 805); cb.stroke();
        }
    }

    static Paragraph p(String s, Font fn, int al, float after) { Paragraph x = new Paragraph(s, fn); x.setAlignment(al); x.setSpacingAfter(after); x.setLeading(fn.getSize() * 1.35f); return x; }

    public static void main(String[] a) throws Exception {
        String F = "/usr/share/fonts/truetype/liberation/";
        bf = BaseFont.createFont(F + "LiberationSerif-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfb = BaseFont.createFont(F + "LiberationSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfi = BaseFont.createFont(F + "LiberationSerif-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document d = new Document(PageSize.A4, 56, 56, 50, 50);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Head());
        d.addTitle("Determinazione n. 45/2026"); d.addCreator("Servizio Atti - Unione Montana");
        d.open();
        d.add(p("UNIONE MONTANA MARCA DI CAMERINO", fb(16), Element.ALIGN_CENTER, 0));
        d.add(p("(Provincia di Macerata)", fi(10), Element.ALIGN_CENTER, 0));
        d.add(p("Via Venanzio Varano – 62032 Camerino (MC)", f(8.5f), Element.ALIGN_CENTER, 10));
        PdfPTable t = new PdfPTable(new float[]{1f, 1f});
        t.setWidthPercentage(100);
        PdfPCell c = new PdfPCell(new Phrase("AREA TECNICA\nServizio Forestazione e Viabilità Rurale", fb(10.5f)));
        c.setPadding(6); t.addCell(c);
        c = new PdfPCell(new Phrase("DETERMINAZIONE\nN. 45 Reg. Gen. del 08/04/2026\nN. 12 Reg. Area Tecnica", fb(10.5f)));
        c.setPadding(6); c.setHorizontalAlignment(Element.ALIGN_RIGHT); t.addCell(c);
        d.add(t);
        Paragraph o = new Paragraph(); o.setSpacingBefore(10); o.setSpacingAfter(10); o.setLeading(14);
        o.add(new Chunk("Oggetto: ", fb(11)));
        o.add(new Chunk("Liquidazione del contributo regionale per interventi di manutenzione della viabilità rurale e forestale - annualità 2025 - ai Comuni aderenti.", fb(11)));
        d.add(o);
        d.add(p("IL RESPONSABILE DELL'AREA TECNICA", fb(11), Element.ALIGN_CENTER, 8));
        String[] prem = {
            "Richiamata la deliberazione della Giunta dell'Unione n. 9 del 19/02/2026, con la quale è stato approvato il riparto tra i Comuni aderenti del contributo concesso dalla Regione Marche per la manutenzione straordinaria della viabilità rurale e forestale, annualità 2025, pari complessivamente a € 84.000,00;",
            "Dato atto che i Comuni beneficiari hanno trasmesso la documentazione attestante l'esecuzione degli interventi e la relativa rendicontazione entro il termine del 31/03/2026;",
            "Verificata la regolarità della documentazione prodotta e la corrispondenza delle spese rendicontate con gli interventi ammessi a contributo;",
            "Visti il D.Lgs. 267/2000, lo Statuto dell'Unione e il vigente Regolamento di contabilità;",
            "Visto il decreto del Presidente dell'Unione n. 2 del 12/01/2026 di nomina del Responsabile dell'Area Tecnica;"};
        for (String s : prem) d.add(p(s, f(11), Element.ALIGN_JUSTIFIED, 5));
        d.add(p("DETERMINA", fb(11.5f), Element.ALIGN_CENTER, 8));
        d.add(p("1) di liquidare ai Comuni aderenti il contributo regionale per la manutenzione della viabilità rurale e forestale, annualità 2025, negli importi indicati nel seguente prospetto:", f(11), Element.ALIGN_JUSTIFIED, 6));
        PdfPTable r = new PdfPTable(new float[]{0.5f, 3f, 2f, 1.6f});
        r.setWidthPercentage(86);
        String[] hd = {"N.", "Comune", "Km di viabilità", "Importo (€)"};
        for (String h : hd) { PdfPCell x = new PdfPCell(new Phrase(h, fb(9.5f))); x.setGrayFill(0.88f); x.setPadding(3); r.addCell(x); }
        String[][] rows = {{"1", "Camerino", "38,4", "26.880,00"}, {"2", "Castelraimondo", "17,2", "12.040,00"}, {"3", "Gagliole", "9,6", "6.720,00"},
                           {"4", "Pioraco", "8,1", "5.670,00"}, {"5", "Sefro", "11,0", "7.700,00"}, {"6", "Serravalle di Chienti", "20,3", "14.210,00"}, {"7", "Muccia", "15,4", "10.780,00"}};
        for (String[] row : rows) for (int i = 0; i < 4; i++) { PdfPCell x = new PdfPCell(new Phrase(row[i], f(9.5f))); x.setPadding(3); if (i >= 2) x.setHorizontalAlignment(Element.ALIGN_RIGHT); r.addCell(x); }
        PdfPCell tot = new PdfPCell(new Phrase("Totale", fb(9.5f))); tot.setColspan(3); tot.setPadding(3); r.addCell(tot);
        PdfPCell tv = new PdfPCell(new Phrase("84.000,00", fb(9.5f))); tv.setHorizontalAlignment(Element.ALIGN_RIGHT); tv.setPadding(3); r.addCell(tv);
        r.setSpacingAfter(8); d.add(r);
        d.add(p("2) di imputare la spesa complessiva di € 84.000,00 al capitolo 2540 \"Trasferimenti ai Comuni – viabilità rurale\" del bilancio 2026, gestione residui, impegno n. 311/2025;", f(11), Element.ALIGN_JUSTIFIED, 5));
        d.add(p("3) di trasmettere il presente atto al Servizio Finanziario per l'emissione dei mandati di pagamento e di disporne la pubblicazione all'Albo Pretorio on line dell'Unione.", f(11), Element.ALIGN_JUSTIFIED, 16));
        PdfPTable s = new PdfPTable(new float[]{1f, 1f}); s.setWidthPercentage(100);
        PdfPCell e = new PdfPCell(new Phrase("Camerino, 08/04/2026", f(10.5f))); e.setBorder(0); s.addCell(e);
        PdfPCell g = new PdfPCell(new Phrase("Il Responsabile dell'Area Tecnica\nGeom. Luca Marinelli", f(10.5f))); g.setBorder(0); g.setHorizontalAlignment(Element.ALIGN_CENTER); s.addCell(g);
        d.add(s);
        Paragraph v = p("VISTO DI REGOLARITÀ CONTABILE: si attesta la copertura finanziaria della spesa (art. 183, c. 7, D.Lgs. 267/2000). Camerino, 08/04/2026 – Il Responsabile dell'Area Finanziaria, Dott.ssa Chiara Bartocci.", f(9.5f), Element.ALIGN_JUSTIFIED, 0);
        v.setSpacingBefore(18); d.add(v);
        d.close();
    }
}
