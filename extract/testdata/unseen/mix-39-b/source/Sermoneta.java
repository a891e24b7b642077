// Comune di Sermoneta – determinazione R.G. 212/2026: a template-merge print (Docmosis-like label grid)
// built with OpenPDF 1.3.43 (com.github.librepdf:openpdf)
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

public class Sermoneta {
    static BaseFont bf, bfb, bfi;
    static Font f(float s) { return new Font(bf, s); }
    static Font fb(float s) { return new Font(bfb, s); }
    static PdfPCell cell(String t, Font font, Color bg, int align) {
        PdfPCell c = new PdfPCell(new Phrase(t, font));
        c.setPadding(4f); c.setBorderColor(new Color(90, 90, 90)); c.setHorizontalAlignment(align);
        if (bg != null) c.setBackgroundColor(bg);
        return c;
    }
    static Paragraph p(String t, Font font, int align, float after) {
        Paragraph p = new Paragraph(t, font); p.setAlignment(align); p.setSpacingAfter(after); p.setLeading(font.getSize() * 1.35f); return p;
    }
    public static void main(String[] a) throws Exception {
        String dir = "/usr/share/fonts/truetype/liberation/";
        bf = BaseFont.createFont(dir + "LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfb = BaseFont.createFont(dir + "LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document d = new Document(PageSize.A4, 50, 50, 60, 60);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document doc) {
                PdfContentByte cb = wr.getDirectContent();
                cb.beginText(); cb.setFontAndSize(bf, 7);
                cb.showTextAligned(Element.ALIGN_LEFT, "Determinazione R.G. n. 212 del 06/03/2026 - Settore II", 50, 35, 0);
                cb.showTextAligned(Element.ALIGN_RIGHT, "Pagina " + wr.getPageNumber(), 545, 35, 0);
                cb.showTextAligned(Element.ALIGN_CENTER, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 - Copia analogica ai sensi dell'art. 23 del CAD", 297, 25, 0);
                cb.endText();
                cb.setLineWidth(0.3f); cb.moveTo(50, 45); cb.lineTo(545, 45); cb.stroke();
            }
        });
        d.addTitle("Determinazione R.G. 212/2026"); d.addCreator("Atti Amministrativi - modello DET_RESP_SETT.docx");
        d.open();
        Color band = new Color(214, 226, 238);
        PdfPTable head = new PdfPTable(new float[]{1.2f, 6f});
        head.setWidthPercentage(100);
        PdfPCell crest = cell("STEMMA", f(6), null, Element.ALIGN_CENTER); crest.setFixedHeight(52); crest.setVerticalAlignment(Element.ALIGN_MIDDLE);
        head.addCell(crest);
        PdfPCell ente = new PdfPCell(); ente.setBorder(Rectangle.NO_BORDER); ente.setPaddingLeft(10);
        ente.addElement(new Paragraph("COMUNE DI SERMONETA", fb(16)));
        ente.addElement(new Paragraph("Provincia di Latina", f(9.5f)));
        ente.addElement(new Paragraph("Settore II - Economico Finanziario", fb(10)));
        head.addCell(ente);
        d.add(head);
        d.add(p(" ", f(6), Element.ALIGN_LEFT, 0));
        PdfPTable t = new PdfPTable(new float[]{2.2f, 2.4f, 2.2f, 2.4f});
        t.setWidthPercentage(100);
        PdfPCell title = cell("DETERMINAZIONE DEL RESPONSABILE DEL SETTORE", fb(11), band, Element.ALIGN_CENTER);
        title.setColspan(4); t.addCell(title);
        t.addCell(cell("Registro Generale n.", f(8.5f), band, Element.ALIGN_LEFT)); t.addCell(cell("212", fb(9.5f), null, Element.ALIGN_LEFT));
        t.addCell(cell("Data registrazione", f(8.5f), band, Element.ALIGN_LEFT)); t.addCell(cell("06/03/2026", fb(9.5f), null, Element.ALIGN_LEFT));
        t.addCell(cell("Registro di Settore n.", f(8.5f), band, Element.ALIGN_LEFT)); t.addCell(cell("31", f(9.5f), null, Element.ALIGN_LEFT));
        t.addCell(cell("Data adozione", f(8.5f), band, Element.ALIGN_LEFT)); t.addCell(cell("04/03/2026", f(9.5f), null, Element.ALIGN_LEFT));
        t.addCell(cell("Servizio", f(8.5f), band, Element.ALIGN_LEFT)); t.addCell(cell("Servizio Tributi", f(9.5f), null, Element.ALIGN_LEFT));
        t.addCell(cell("Proposta n.", f(8.5f), band, Element.ALIGN_LEFT)); t.addCell(cell("248 del 03/03/2026", f(9.5f), null, Element.ALIGN_LEFT));
        PdfPCell ol = cell("Oggetto", f(8.5f), band, Element.ALIGN_LEFT); t.addCell(ol);
        PdfPCell ov = cell("RIMBORSO IMU ANNUALITÀ 2022-2023 A CONTRIBUENTE PER VERSAMENTI NON DOVUTI – IMPEGNO E LIQUIDAZIONE DELLA SPESA", fb(9.5f), null, Element.ALIGN_LEFT);
        ov.setColspan(3); t.addCell(ov);
        d.add(t);
        d.add(p(" ", f(6), Element.ALIGN_LEFT, 0));
        d.add(p("IL RESPONSABILE DEL SETTORE", fb(10.5f), Element.ALIGN_CENTER, 6));
        String[] pre = {
            "VISTO il decreto sindacale n. 3 del 09/01/2026, con il quale è stata attribuita al sottoscritto la responsabilità del Settore II - Economico Finanziario, con le funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, n. 267;",
            "VISTA la deliberazione del Consiglio Comunale n. 48 del 22/12/2025, con la quale è stato approvato il bilancio di previsione finanziario 2026/2028;",
            "VISTA l'istanza di rimborso presentata dal contribuente identificato con codice utente 0041887 (dati personali omessi ai sensi del Regolamento UE 2016/679), acquisita al protocollo n. 2907 del 16/02/2026, relativa a somme versate a titolo di IMU per le annualità 2022 e 2023 sull'immobile distinto al Catasto Fabbricati al foglio 21, particella 604, sub 3;",
            "ACCERTATO, a seguito dell'istruttoria dell'Ufficio, che l'immobile costituiva abitazione principale del contribuente, non classificata nelle categorie A/1, A/8 e A/9, e che pertanto i versamenti effettuati, pari complessivamente a € 1.184,00, non erano dovuti ai sensi dell'art. 1, comma 740, della Legge 27 dicembre 2019, n. 160;",
            "VISTO l'art. 1, comma 164, della Legge 27 dicembre 2006, n. 296, e ritenuto di dover riconoscere gli interessi nella misura del tasso legale, pari a € 57,32;",
            "ATTESTATA la regolarità e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del D.Lgs. 267/2000 e l'assenza di conflitti di interesse ai sensi dell'art. 6-bis della Legge 241/1990;"};
        for (String s : pre) d.add(p(s, f(9.5f), Element.ALIGN_JUSTIFIED, 5));
        d.add(p("DETERMINA", fb(10.5f), Element.ALIGN_CENTER, 6));
        String[] pts = {
            "di rimborsare al contribuente identificato con codice utente 0041887 la somma complessiva di € 1.241,32, di cui € 1.184,00 a titolo di imposta ed € 57,32 a titolo di interessi;",
            "di impegnare la spesa di € 1.241,32 alla Missione 01, Programma 04, Titolo 1, Macroaggregato 09, Capitolo 1480 \"Rimborsi di tributi comunali\" del bilancio 2026/2028, esercizio 2026;",
            "di liquidare la somma mediante bonifico sul conto corrente indicato nell'istanza, trasmettendo il presente atto al Servizio Ragioneria per l'emissione del mandato di pagamento;",
            "di dare atto che il presente provvedimento diventa esecutivo con l'apposizione del visto di regolarità contabile attestante la copertura finanziaria, ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000."};
        int i = 1;
        for (String s : pts) {
            Paragraph q = p(i++ + ". " + s, f(9.5f), Element.ALIGN_JUSTIFIED, 4);
            q.setIndentationLeft(14); q.setFirstLineIndent(-14); d.add(q);
        }
        d.add(p(" ", f(8), Element.ALIGN_LEFT, 0));
        PdfPTable s = new PdfPTable(new float[]{1f, 1f}); s.setWidthPercentage(100);
        PdfPCell e = new PdfPCell(new Phrase("Sermoneta, 04/03/2026", f(9.5f))); e.setBorder(0); s.addCell(e);
        PdfPCell r = new PdfPCell(); r.setBorder(0); r.setHorizontalAlignment(Element.ALIGN_CENTER);
        Paragraph rr = new Paragraph("Il Responsabile del Settore\nDott. Marco Pietrosanti\n(firmato digitalmente)", f(9.5f)); rr.setAlignment(Element.ALIGN_CENTER); r.addElement(rr);
        s.addCell(r); d.add(s);
        d.add(p(" ", f(8), Element.ALIGN_LEFT, 0));
        PdfPTable v = new PdfPTable(1); v.setWidthPercentage(100);
        PdfPCell vc = new PdfPCell(); vc.setPadding(6); vc.setBackgroundColor(new Color(245, 245, 245));
        vc.addElement(new Paragraph("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", fb(8.5f)));
        vc.addElement(new Paragraph("(art. 151, comma 4, e art. 183, comma 7, D.Lgs. 267/2000)", f(8)));
        PdfPTable imp = new PdfPTable(new float[]{1.2f, 1f, 1.2f, 1f, 1.4f}); imp.setWidthPercentage(100); imp.setSpacingBefore(4);
        for (String h : new String[]{"Impegno", "Anno", "Capitolo", "Importo", "Data"}) imp.addCell(cell(h, fb(8), band, Element.ALIGN_CENTER));
        for (String h : new String[]{"412/2026", "2026", "1480", "€ 1.241,32", "06/03/2026"}) imp.addCell(cell(h, f(8), null, Element.ALIGN_CENTER));
        vc.addElement(imp);
        vc.addElement(new Paragraph("Si appone il visto favorevole. Sermoneta, 06/03/2026 - Il Responsabile del Servizio Finanziario Dott. Marco Pietrosanti", f(8)));
        v.addCell(vc); d.add(v);
        d.close();
    }
}
