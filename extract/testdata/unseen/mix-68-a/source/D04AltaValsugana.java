// Comunita' Alta Valsugana e Bersntol (TN): determinazione of the Servizio socio-assistenziale
// in an Insiel (Ascot) like layout. OpenPDF 1.3.30; Liberation fonts embedded as CID (Identity-H);
// running head with the act's number and running foot "Pag. x di y" on every page (page event).
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class D04AltaValsugana {
    static final String FD = "/usr/share/fonts/truetype/liberation/";
    static BaseFont REG, BOLD, ITAL;
    static Font f(BaseFont b, float s) { return new Font(b, s); }

    static class Events extends PdfPageEventHelper {
        PdfTemplate total;
        public void onOpenDocument(PdfWriter w, Document d) { total = w.getDirectContent().createTemplate(30, 12); }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            float l = d.left(), r = d.right(), top = d.getPageSize().getHeight() - 28;
            cb.beginText();
            cb.setFontAndSize(BOLD, 10.5f); cb.setTextMatrix(l, top - 10); cb.showText("Comunità Alta Valsugana e Bersntol");
            cb.setFontAndSize(ITAL, 7.5f); cb.setTextMatrix(l, top - 20); cb.showText("Tolgamoa'schòft Hoa Valzegu unt Bersntol");
            cb.setFontAndSize(REG, 7.5f); cb.setTextMatrix(l, top - 30); cb.showText("Piazza Gavazzi, 4 – 38057 Pergine Valsugana (TN)");
            String rh = "Determinazione n. 214 di data 12/05/2026";
            cb.setFontAndSize(REG, 8.5f);
            cb.setTextMatrix(r - REG.getWidthPoint(rh, 8.5f), top - 10); cb.showText(rh);
            String rh2 = "Servizio socio-assistenziale";
            cb.setTextMatrix(r - REG.getWidthPoint(rh2, 8.5f), top - 21); cb.showText(rh2);
            cb.endText();
            cb.setLineWidth(0.7f); cb.moveTo(l, top - 36); cb.lineTo(r, top - 36); cb.stroke();
            // foot
            cb.setLineWidth(0.4f); cb.moveTo(l, 46); cb.lineTo(r, 46); cb.stroke();
            cb.beginText();
            cb.setFontAndSize(REG, 7f); cb.setTextMatrix(l, 36);
            cb.showText("Documento informatico sottoscritto con firma digitale ai sensi del D.Lgs. 82/2005 – Ascot Web / Insiel Mercato");
            String pg = "Pag. " + w.getPageNumber() + " di ";
            float pw = REG.getWidthPoint(pg, 7.5f);
            cb.setFontAndSize(REG, 7.5f); cb.setTextMatrix(r - pw - 12, 36); cb.showText(pg);
            cb.endText();
            cb.addTemplate(total, r - 12, 36);
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText(); total.setFontAndSize(REG, 7.5f); total.setTextMatrix(0, 0);
            total.showText(String.valueOf(w.getPageNumber() - 1)); total.endText();
        }
    }

    static Paragraph para(String s, Font fn, int align, float after) {
        Paragraph p = new Paragraph(s, fn); p.setAlignment(align); p.setSpacingAfter(after); p.setLeading(13.2f); return p;
    }
    static PdfPCell cell(String s, Font fn, boolean grey) {
        PdfPCell c = new PdfPCell(new Phrase(s, fn)); c.setPadding(4f);
        if (grey) c.setBackgroundColor(new java.awt.Color(230, 230, 230));
        c.setBorderWidth(0.6f); return c;
    }

    public static void main(String[] a) throws Exception {
        REG = BaseFont.createFont(FD + "LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        BOLD = BaseFont.createFont(FD + "LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        ITAL = BaseFont.createFont(FD + "LiberationSans-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Font n = f(REG, 10f), b = f(BOLD, 10f), sm = f(REG, 8.5f), smb = f(BOLD, 8.5f);
        Document d = new Document(PageSize.A4, 62, 56, 92, 64);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Events());
        d.addTitle("Determinazione n. 214 di data 12/05/2026");
        d.addAuthor("Comunità Alta Valsugana e Bersntol");
        d.addCreator("Ascot Web - Atti");
        d.open();

        Paragraph t = para("DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", f(BOLD, 12.5f), Element.ALIGN_CENTER, 8);
        t.setSpacingBefore(4); d.add(t);

        PdfPTable g = new PdfPTable(new float[]{1.3f, 3.2f, 0.9f, 1.4f});
        g.setWidthPercentage(100);
        g.addCell(cell("Servizio", smb, true)); g.addCell(cell("Servizio socio-assistenziale", sm, false));
        g.addCell(cell("Numero", smb, true)); g.addCell(cell("214", f(BOLD, 9.5f), false));
        g.addCell(cell("Ufficio", smb, true)); g.addCell(cell("Ufficio disabilità e inclusione", sm, false));
        g.addCell(cell("Data", smb, true)); g.addCell(cell("12/05/2026", f(BOLD, 9.5f), false));
        g.setSpacingAfter(12);
        d.add(g);

        PdfPTable o = new PdfPTable(new float[]{1f, 5.3f});
        o.setWidthPercentage(100);
        PdfPCell c1 = new PdfPCell(new Phrase("OGGETTO:", b)); c1.setBorder(Rectangle.TOP | Rectangle.BOTTOM); c1.setPadding(5);
        PdfPCell c2 = new PdfPCell(new Phrase("Servizio di trasporto delle persone con disabilità frequentanti i centri diurni e i "
            + "laboratori per l'inclusione dell'Alta Valsugana – Proroga tecnica del contratto fino al 31 agosto 2026 e "
            + "integrazione dell'impegno di spesa. CIG B2C7D09E61.", b));
        c2.setBorder(Rectangle.TOP | Rectangle.BOTTOM); c2.setPadding(5); c2.setLeading(0, 1.25f);
        o.addCell(c1); o.addCell(c2); o.setSpacingAfter(12);
        d.add(o);

        d.add(para("IL RESPONSABILE DEL SERVIZIO SOCIO-ASSISTENZIALE", b, Element.ALIGN_CENTER, 8));
        String[] pre = {
            "Premesso che la Comunità gestisce, in base alla delega delle funzioni socio-assistenziali disposta dalla "
            + "L.P. 16 giugno 2006, n. 3, il servizio di trasporto delle persone con disabilità dal domicilio ai centri "
            + "diurni e ai laboratori per l'inclusione presenti sul territorio dell'Alta Valsugana;",
            "richiamata la propria determinazione n. 301 di data 28/06/2024, con la quale il servizio è stato affidato "
            + "alla Cooperativa sociale Valsugana Trasporti Solidali per il periodo 1° settembre 2024 – 31 maggio 2026;",
            "dato atto che la nuova procedura aperta per l'affidamento del servizio per il triennio 2026-2029, indetta "
            + "con determinazione n. 96 di data 10/03/2026, è tuttora in corso di svolgimento e che non è possibile "
            + "assicurare l'avvio del nuovo contratto entro il 1° giugno 2026;",
            "ritenuto indispensabile garantire la continuità di un servizio essenziale per gli utenti e le loro "
            + "famiglie e considerato che il contratto in essere prevede l'opzione di proroga tecnica, ai sensi "
            + "dell'art. 120, comma 11, del D.Lgs. 31 marzo 2023, n. 36, per il tempo strettamente necessario "
            + "alla conclusione della procedura;",
            "acquisita la disponibilità della Cooperativa a proseguire il servizio alle medesime condizioni "
            + "contrattuali, per una spesa stimata di euro 58.240,00 IVA al 5% inclusa;",
            "visti il Codice degli enti locali della Regione autonoma Trentino-Alto Adige (L.R. 3 maggio 2018, n. 2), "
            + "la L.P. 16 giugno 2006, n. 3 e il vigente Regolamento di contabilità della Comunità;",
            "vista la deliberazione dell'Assemblea della Comunità n. 22 di data 18/12/2025, di approvazione del "
            + "bilancio di previsione 2026-2028, e la deliberazione del Comitato esecutivo n. 3 di data 13/01/2026, "
            + "di approvazione del Piano esecutivo di gestione 2026-2028;",
        };
        for (String s : pre) d.add(para(s, n, Element.ALIGN_JUSTIFIED, 5));

        Paragraph dt = para("DETERMINA", f(BOLD, 11f), Element.ALIGN_CENTER, 8); dt.setSpacingBefore(6); d.add(dt);
        String[] pts = {
            "di prorogare, per le motivazioni espresse in premessa, il contratto per il servizio di trasporto delle "
            + "persone con disabilità con la Cooperativa sociale Valsugana Trasporti Solidali, con sede in Pergine "
            + "Valsugana (TN), fino al 31 agosto 2026, alle medesime condizioni economiche e contrattuali;",
            "di integrare l'impegno di spesa n. 1042/2024 per l'importo di euro 58.240,00 IVA inclusa, al capitolo "
            + "12021 \"Servizio trasporto disabili – prestazioni di servizi\" del bilancio 2026-2028, esercizio 2026;",
            "di dare atto che il CIG del contratto prorogato rimane B2C7D09E61 e che la spesa diverrà esigibile "
            + "nell'esercizio 2026;",
            "di trasmettere il presente provvedimento al Servizio finanziario per l'apposizione del visto di "
            + "regolarità contabile attestante la copertura finanziaria;",
            "di dare atto che avverso il presente provvedimento è ammesso ricorso al Tribunale Regionale di Giustizia "
            + "Amministrativa di Trento entro 30 giorni, ai sensi dell'art. 120 del D.Lgs. 104/2010.",
        };
        com.lowagie.text.List lst = new com.lowagie.text.List(com.lowagie.text.List.ORDERED, 16);
        for (String s : pts) { ListItem li = new ListItem(s, n); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setSpacingAfter(4); li.setLeading(13.2f); lst.add(li); }
        d.add(lst);

        Paragraph luogo = para("Pergine Valsugana, 12/05/2026", n, Element.ALIGN_LEFT, 2); luogo.setSpacingBefore(16); d.add(luogo);
        d.add(para("IL RESPONSABILE DEL SERVIZIO SOCIO-ASSISTENZIALE", b, Element.ALIGN_RIGHT, 2));
        d.add(para("dott.ssa Francesca Oss Emer", n, Element.ALIGN_RIGHT, 2));
        d.add(para("(firmato digitalmente)", f(ITAL, 8.5f), Element.ALIGN_RIGHT, 16));

        PdfPTable v = new PdfPTable(1); v.setWidthPercentage(100);
        Paragraph vp = new Paragraph();
        vp.add(new Chunk("ATTESTAZIONE DI COPERTURA FINANZIARIA\n", smb));
        vp.add(new Chunk("Si attesta la copertura finanziaria della spesa ai sensi dell'art. 185, comma 9, della L.R. 2/2018: "
            + "integrazione impegno n. 1042/2024, sub 2026, capitolo 12021, euro 58.240,00.\n"
            + "Pergine Valsugana, 12/05/2026 – Il Responsabile del Servizio finanziario: dott. Walter Froner", sm));
        PdfPCell vc = new PdfPCell(vp); vc.setPadding(6); vc.setBorderWidth(0.6f); vc.setLeading(0, 1.3f);
        v.addCell(vc);
        d.add(v);
        d.close();
    }
}
