// Comune di Villafranca di Verona - determinazione dirigenziale, imitating an ARXivar-style atti print, made with OpenPDF
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

public class Determina {
    static BaseFont bf, bfb, bfi;
    static Font f(BaseFont b, float s) { return new Font(b, s); }

    static class Furniture extends PdfPageEventHelper {
        PdfTemplate total;
        public void onOpenDocument(PdfWriter w, Document d) { total = w.getDirectContent().createTemplate(30, 12); }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            cb.beginText(); cb.setFontAndSize(bf, 7);
            cb.setTextMatrix(40, 28); cb.showText("Determinazione n. 412 del 15/04/2026 - Settore Lavori Pubblici e Patrimonio");
            String p = "Pag. " + w.getPageNumber() + " di ";
            float x = 555 - bf.getWidthPoint(p, 7) - 12;
            cb.setTextMatrix(x, 28); cb.showText(p); cb.endText();
            cb.addTemplate(total, 555 - 12, 28);
            cb.setLineWidth(0.4f); cb.moveTo(40, 38); cb.lineTo(555, 38); cb.stroke();
            cb.beginText(); cb.setFontAndSize(bfi, 6.5f); cb.setTextMatrix(40, 18);
            cb.showText("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate - ID documento ARX-2026-0031877");
            cb.endText();
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText(); total.setFontAndSize(bf, 7); total.setTextMatrix(0, 0);
            total.showText(String.valueOf(w.getPageNumber() - 1)); total.endText();
        }
    }

    static PdfPCell c(String t, Font fo, Color bg, int border) {
        PdfPCell x = new PdfPCell(new Phrase(t, fo));
        x.setPadding(4); x.setBorderWidth(0.5f); x.setBorder(border);
        if (bg != null) x.setBackgroundColor(bg);
        return x;
    }
    static Paragraph para(String t, Font fo, int align, float after) {
        Paragraph p = new Paragraph(t, fo); p.setAlignment(align); p.setSpacingAfter(after); p.setLeading(fo.getSize() * 1.35f);
        return p;
    }

    public static void main(String[] a) throws Exception {
        bf = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfb = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfi = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document d = new Document(PageSize.A4, 40, 40, 40, 55);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Furniture());
        d.addTitle("Determinazione 412/2026"); d.addCreator("ARXivar - Modulo Atti Amministrativi");
        d.open();
        Font body = f(bf, 9.5f), bold = f(bfb, 9.5f), lab = f(bfb, 8), val = f(bf, 8.5f);
        Color grey = new Color(230, 230, 230);

        PdfPTable h = new PdfPTable(new float[]{1f, 4f});
        h.setWidthPercentage(100);
        PdfPCell crest = c("[stemma]", f(bfi, 7), null, Rectangle.NO_BORDER);
        crest.setFixedHeight(48); crest.setVerticalAlignment(Element.ALIGN_MIDDLE); crest.setHorizontalAlignment(Element.ALIGN_CENTER);
        h.addCell(crest);
        PdfPCell nm = new PdfPCell(); nm.setBorder(Rectangle.NO_BORDER);
        nm.addElement(para("COMUNE DI VILLAFRANCA DI VERONA", f(bfb, 15), Element.ALIGN_LEFT, 0));
        nm.addElement(para("Provincia di Verona", f(bf, 9), Element.ALIGN_LEFT, 0));
        nm.addElement(para("Corso Vittorio Emanuele II, 1 - 37069 Villafranca di Verona (VR)", f(bf, 7.5f), Element.ALIGN_LEFT, 0));
        h.addCell(nm);
        d.add(h);
        d.add(para(" ", body, Element.ALIGN_LEFT, 2));

        PdfPTable g = new PdfPTable(new float[]{1.3f, 2.7f, 1.3f, 1.7f});
        g.setWidthPercentage(100);
        int ALL = Rectangle.BOX;
        PdfPCell t = c("DETERMINAZIONE DIRIGENZIALE", f(bfb, 11), grey, ALL); t.setColspan(4); t.setHorizontalAlignment(Element.ALIGN_CENTER); g.addCell(t);
        g.addCell(c("SETTORE", lab, grey, ALL)); g.addCell(c("SETTORE LAVORI PUBBLICI E PATRIMONIO", val, null, ALL));
        g.addCell(c("Reg. Generale n.", lab, grey, ALL)); g.addCell(c("412 del 15/04/2026", val, null, ALL));
        g.addCell(c("SERVIZIO", lab, grey, ALL)); g.addCell(c("Manutenzioni e Verde Pubblico", val, null, ALL));
        g.addCell(c("Reg. Settore n.", lab, grey, ALL)); g.addCell(c("87 del 14/04/2026", val, null, ALL));
        g.addCell(c("Dirigente", lab, grey, ALL)); g.addCell(c("Ing. Stefano Vesentini", val, null, ALL));
        g.addCell(c("CIG", lab, grey, ALL)); g.addCell(c("B7A2C41F09", val, null, ALL));
        PdfPCell ol = c("OGGETTO:", lab, grey, ALL); g.addCell(ol);
        PdfPCell ov = c("AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 DEL SERVIZIO DI MANUTENZIONE ORDINARIA DELLE AREE VERDI DI PERTINENZA DEGLI EDIFICI SCOLASTICI - PERIODO MAGGIO/OTTOBRE 2026 - IMPEGNO DI SPESA.", f(bfb, 9), null, ALL);
        ov.setColspan(3); g.addCell(ov);
        d.add(g);
        d.add(para(" ", body, Element.ALIGN_LEFT, 2));
        d.add(para("IL DIRIGENTE", f(bfb, 10.5f), Element.ALIGN_CENTER, 6));
        String[] prem = {
            "Richiamati il decreto del Sindaco n. 4 del 09/01/2026, con il quale è stato conferito al sottoscritto l'incarico di direzione del Settore Lavori Pubblici e Patrimonio, e la deliberazione di Giunta Comunale n. 22 del 05/02/2026 di approvazione del Piano Esecutivo di Gestione 2026/2028;",
            "Premesso che occorre garantire, nel periodo di maggiore crescita vegetativa, lo sfalcio dei tappeti erbosi, la potatura delle siepi e la pulizia delle aree cortilive dei plessi scolastici comunali (scuole dell'infanzia di Rizza, Dossobuono e Pizzoletta; scuole primarie del capoluogo, di Quaderni e di Rosegaferro; scuola secondaria di primo grado \"Cavalchini-Moro\"), per una superficie complessiva di circa 38.400 mq;",
            "Dato atto che il servizio non è disponibile nelle convenzioni Consip né nel catalogo del Mercato Elettronico della Pubblica Amministrazione a condizioni più vantaggiose e che, ai sensi dell'art. 50, comma 1, lett. b) del D.Lgs. 36/2023, è consentito l'affidamento diretto di servizi di importo inferiore a € 140.000,00;",
            "Vista l'offerta presentata tramite la piattaforma di approvvigionamento digitale dalla Cooperativa Sociale \"Il Germoglio\" s.c.s. di Villafranca di Verona, P.IVA 03198760239, acquisita al prot. n. 11907 del 09/04/2026, per un importo di € 24.380,00 oltre IVA 22%, ritenuta congrua;",
            "Accertato il possesso dei requisiti di cui agli artt. 94 e seguenti del D.Lgs. 36/2023, mediante consultazione del Fascicolo Virtuale dell'Operatore Economico;",
            "Visti il D.Lgs. 267/2000, in particolare gli artt. 107, 183 e 192, e il vigente Regolamento comunale di contabilità;"};
        for (String s : prem) d.add(para(s, body, Element.ALIGN_JUSTIFIED, 4));
        d.add(para("DETERMINA", f(bfb, 10.5f), Element.ALIGN_CENTER, 6));
        String[] pts = {
            "di affidare, per le motivazioni espresse in premessa, alla Cooperativa Sociale \"Il Germoglio\" s.c.s., P.IVA 03198760239, il servizio di manutenzione ordinaria delle aree verdi di pertinenza degli edifici scolastici per il periodo maggio/ottobre 2026, per l'importo di € 24.380,00 oltre IVA 22% per complessivi € 29.743,60;",
            "di impegnare la spesa di € 29.743,60 alla Missione 04, Programma 06, capitolo 4410 \"Manutenzione aree verdi scolastiche\" del bilancio 2026/2028, esercizio 2026;",
            "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
            "di individuare quale Responsabile Unico del Progetto il Geom. Michela Tosoni, istruttore tecnico del Servizio Manutenzioni e Verde Pubblico;",
            "di disporre la pubblicazione del presente provvedimento all'Albo Pretorio on line e nella sezione \"Amministrazione Trasparente - Bandi di gara e contratti\"."};
        com.lowagie.text.List l = new com.lowagie.text.List(com.lowagie.text.List.ORDERED, 16);
        for (String s : pts) { ListItem li = new ListItem(s, body); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setSpacingAfter(3); li.setLeading(body.getSize() * 1.35f); l.add(li); }
        d.add(l);
        d.add(para(" ", body, Element.ALIGN_LEFT, 4));
        d.add(para("Villafranca di Verona, 15/04/2026", body, Element.ALIGN_LEFT, 8));
        d.add(para("IL DIRIGENTE DEL SETTORE\nIng. Stefano Vesentini\n(documento firmato digitalmente)", body, Element.ALIGN_RIGHT, 14));

        PdfPTable v = new PdfPTable(1); v.setWidthPercentage(100); v.setKeepTogether(true);
        PdfPCell vc = new PdfPCell(); vc.setPadding(6); vc.setBorderWidth(0.5f);
        vc.addElement(para("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", f(bfb, 8.5f), Element.ALIGN_CENTER, 4));
        vc.addElement(para("Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile attestante la copertura finanziaria. Impegno n. 1288/2026 di € 29.743,60 - Cap. 4410.", f(bf, 8.5f), Element.ALIGN_JUSTIFIED, 4));
        vc.addElement(para("Villafranca di Verona, 15/04/2026 - IL DIRIGENTE DEL SETTORE ECONOMICO FINANZIARIO Dott.ssa Paola Girelli", f(bf, 8.5f), Element.ALIGN_LEFT, 0));
        v.addCell(vc);
        d.add(v);
        d.close();
    }
}
