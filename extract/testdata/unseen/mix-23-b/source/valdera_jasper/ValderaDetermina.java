// Determinazione, Unione Valdera, printed as an ERP's JasperReports report:
// title band, label/field grid, detail band, page footer "Pagina X di Y".
// Built with OpenPDF (the iText fork JasperReports prints through).
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

public class ValderaDetermina {
    static BaseFont bf, bfb, bfi;
    static Font f(BaseFont b, float s) { return new Font(b, s); }

    static class Furniture extends PdfPageEventHelper {
        PdfTemplate total;
        public void onOpenDocument(PdfWriter w, Document d) { total = w.getDirectContent().createTemplate(30, 12); }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            int p = w.getPageNumber();
            cb.setLineWidth(0.5f);
            cb.moveTo(40, 48); cb.lineTo(555, 48); cb.stroke();
            cb.beginText();
            cb.setFontAndSize(bf, 7);
            cb.setTextMatrix(40, 38);
            cb.showText("Unione Valdera – Determinazione n. 271 del 07/05/2026 – Area Servizi alla Persona");
            cb.setTextMatrix(40, 28);
            cb.showText("Stampato il 07/05/2026 12:41 – Atto firmato digitalmente ai sensi del D.Lgs. 82/2005 – report DT_STAMPA_V3");
            String s = "Pagina " + p + " di ";
            float x = 555 - bf.getWidthPoint(s, 7) - 12;
            cb.setTextMatrix(x, 38);
            cb.showText(s);
            cb.endText();
            cb.addTemplate(total, 555 - 12, 38);
            if (p > 1) {
                cb.beginText();
                cb.setFontAndSize(bfb, 7.5f);
                cb.setTextMatrix(40, 812);
                cb.showText("UNIONE VALDERA");
                cb.setFontAndSize(bf, 7.5f);
                cb.setTextMatrix(400, 812);
                cb.showText("Reg. Gen. n. 271 del 07/05/2026");
                cb.endText();
                cb.moveTo(40, 807); cb.lineTo(555, 807); cb.stroke();
            }
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText();
            total.setFontAndSize(bf, 7);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(w.getPageNumber() - 1));
            total.endText();
        }
    }

    static PdfPCell lab(String t) {
        PdfPCell c = new PdfPCell(new Phrase(t, f(bf, 7.5f)));
        c.setBackgroundColor(new Color(225, 232, 240)); c.setPadding(3); c.setBorderColor(new Color(150, 150, 150));
        return c;
    }
    static PdfPCell val(String t) {
        PdfPCell c = new PdfPCell(new Phrase(t, f(bfb, 8.5f)));
        c.setPadding(3); c.setBorderColor(new Color(150, 150, 150));
        return c;
    }
    static Paragraph par(String t) {
        Paragraph p = new Paragraph(t, f(bf, 9.5f));
        p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingAfter(4); p.setLeading(12.5f);
        return p;
    }

    public static void main(String[] a) throws Exception {
        String font = "/usr/share/fonts/truetype/dejavu/";
        bf = BaseFont.createFont(font + "DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfb = BaseFont.createFont(font + "DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfi = BaseFont.createFont(font + "DejaVuSans-Oblique.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document d = new Document(PageSize.A4, 40, 40, 45, 62);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Furniture());
        d.addTitle("DT 271/2026");
        d.addCreator("JasperReports Library version 6.20.0");
        d.open();

        // title band
        PdfPTable title = new PdfPTable(new float[]{1.2f, 8f});
        title.setWidthPercentage(100);
        PdfPCell logo = new PdfPCell(new Phrase("logo\nUnione", f(bfi, 6)));
        logo.setFixedHeight(46); logo.setHorizontalAlignment(Element.ALIGN_CENTER); logo.setVerticalAlignment(Element.ALIGN_MIDDLE);
        title.addCell(logo);
        PdfPCell name = new PdfPCell();
        name.setBorder(Rectangle.NO_BORDER); name.setPaddingLeft(8);
        name.addElement(new Paragraph("UNIONE VALDERA", f(bfb, 15)));
        name.addElement(new Paragraph("Unione dei Comuni di Bientina, Buti, Calcinaia, Capannoli, Casciana Terme Lari, Palaia e Pontedera", f(bf, 7.5f)));
        name.addElement(new Paragraph("Via Brigate Partigiane, 4 – 56025 Pontedera (PI) – C.F./P.IVA 01897660500", f(bf, 7.5f)));
        title.addCell(name);
        d.add(title);
        d.add(new Paragraph(" ", f(bf, 4)));

        Paragraph kind = new Paragraph("DETERMINAZIONE", f(bfb, 13));
        kind.setAlignment(Element.ALIGN_CENTER); kind.setSpacingAfter(6);
        d.add(kind);

        PdfPTable g = new PdfPTable(new float[]{2.2f, 3.2f, 2.2f, 3.2f});
        g.setWidthPercentage(100);
        g.addCell(lab("Area")); PdfPCell area = val("AREA SERVIZI ALLA PERSONA"); area.setColspan(3); g.addCell(area);
        g.addCell(lab("Servizio")); PdfPCell serv = val("Servizio Politiche Abitative e Inclusione Sociale"); serv.setColspan(3); g.addCell(serv);
        g.addCell(lab("Numero registro generale")); g.addCell(val("271"));
        g.addCell(lab("Data adozione")); g.addCell(val("07/05/2026"));
        g.addCell(lab("Numero proposta")); g.addCell(val("298"));
        g.addCell(lab("Data proposta")); g.addCell(val("06/05/2026"));
        g.addCell(lab("Tipo atto")); g.addCell(val("Con impegno di spesa"));
        g.addCell(lab("Esecutività")); g.addCell(val("08/05/2026"));
        d.add(g);
        d.add(new Paragraph(" ", f(bf, 5)));

        PdfPTable og = new PdfPTable(1);
        og.setWidthPercentage(100);
        PdfPCell ol = lab("Oggetto"); og.addCell(ol);
        PdfPCell ov = new PdfPCell(new Phrase("Fondo per il sostegno all’accesso alle abitazioni in locazione (art. 11 L. 431/1998) – Anno 2026 – Approvazione della graduatoria provvisoria degli aventi diritto e impegno di spesa sulla quota regionale.", f(bfb, 9.5f)));
        ov.setPadding(5); ov.setBorderColor(new Color(150, 150, 150));
        og.addCell(ov);
        d.add(og);
        d.add(new Paragraph(" ", f(bf, 5)));

        Paragraph who = new Paragraph("LA DIRIGENTE DELL’AREA SERVIZI ALLA PERSONA", f(bfb, 9.5f));
        who.setAlignment(Element.ALIGN_CENTER); who.setSpacingAfter(6);
        d.add(who);
        String[] prem = {
            "Visto il decreto del Presidente dell’Unione n. 3 del 09/01/2026, di conferimento dell’incarico dirigenziale dell’Area Servizi alla Persona;",
            "Richiamate la deliberazione del Consiglio dell’Unione n. 41 del 22/12/2025, di approvazione del bilancio di previsione 2026/2028, e la deliberazione della Giunta dell’Unione n. 2 del 15/01/2026, di approvazione del Piano Esecutivo di Gestione;",
            "Richiamata la propria determinazione n. 88 del 18/02/2026, con la quale è stato approvato il bando di concorso per l’assegnazione dei contributi ad integrazione dei canoni di locazione per l’anno 2026, pubblicato dal 20/02/2026 al 23/03/2026;",
            "Preso atto che entro il termine sono pervenute n. 612 domande, istruite dagli sportelli sociali dei Comuni aderenti, e che la Commissione tecnica, nella seduta del 29/04/2026, ha formulato la graduatoria provvisoria, distinta in fascia A (n. 437 richiedenti) e fascia B (n. 131 richiedenti), con n. 44 domande escluse per le motivazioni indicate;",
            "Vista la deliberazione della Giunta Regionale Toscana n. 318 del 23/03/2026, con la quale è stato ripartito tra i Comuni il fondo regionale per l’anno 2026, assegnando ai Comuni dell’Unione la somma complessiva di € 286.450,00;",
            "Dato atto che la graduatoria sarà pubblicata all’Albo Pretorio on line per dieci giorni consecutivi, durante i quali gli interessati potranno presentare ricorso alla Commissione;",
        };
        for (String s : prem) d.add(par(s));
        Paragraph det = new Paragraph("DETERMINA", f(bfb, 10));
        det.setAlignment(Element.ALIGN_CENTER); det.setSpacingBefore(4); det.setSpacingAfter(6);
        d.add(det);
        String[] pts = {
            "di approvare la graduatoria provvisoria degli aventi diritto al contributo per il sostegno all’accesso alle abitazioni in locazione per l’anno 2026, allegata in forma anonimizzata (allegato A) nel rispetto del Regolamento UE 2016/679;",
            "di approvare l’elenco delle domande escluse, con l’indicazione della motivazione (allegato B);",
            "di impegnare la somma di € 286.450,00 al Capitolo 12061.04.0310 “Contributi per il sostegno alla locazione – fondi regionali” del bilancio 2026/2028, esercizio 2026, dando atto che l’erogazione avverrà previa riscossione del trasferimento regionale;",
            "di stabilire che i ricorsi avverso la graduatoria provvisoria possono essere presentati entro dieci giorni dalla data di pubblicazione all’Albo Pretorio on line;",
        };
        com.lowagie.text.List l = new com.lowagie.text.List(com.lowagie.text.List.ORDERED);
        l.setIndentationLeft(6); l.setSymbolIndent(16);
        for (String s : pts) {
            ListItem li = new ListItem(s, f(bf, 9.5f));
            li.setAlignment(Element.ALIGN_JUSTIFIED); li.setLeading(12.5f); li.setSpacingAfter(3);
            l.add(li);
        }
        d.add(l);
        d.add(par("Il Responsabile del procedimento è la Dott.ssa Giulia Bacci, titolare di Elevata Qualificazione del Servizio Politiche Abitative e Inclusione Sociale."));
        d.add(new Paragraph(" ", f(bf, 8)));

        PdfPTable sig = new PdfPTable(new float[]{1f, 1f});
        sig.setWidthPercentage(100);
        PdfPCell left = new PdfPCell(new Phrase("Pontedera, 07/05/2026", f(bf, 9)));
        left.setBorder(Rectangle.NO_BORDER);
        sig.addCell(left);
        PdfPCell right = new PdfPCell();
        right.setBorder(Rectangle.NO_BORDER);
        Paragraph r1 = new Paragraph("La Dirigente", f(bf, 9)); r1.setAlignment(Element.ALIGN_CENTER);
        Paragraph r2 = new Paragraph("Dott.ssa Serena Pratelli", f(bfb, 9)); r2.setAlignment(Element.ALIGN_CENTER);
        Paragraph r3 = new Paragraph("(firmato digitalmente)", f(bfi, 7)); r3.setAlignment(Element.ALIGN_CENTER);
        right.addElement(r1); right.addElement(r2); right.addElement(r3);
        sig.addCell(right);
        d.add(sig);
        d.add(new Paragraph(" ", f(bf, 8)));

        PdfPTable vis = new PdfPTable(new float[]{1.3f, 1.3f, 2.2f, 1.2f, 1.6f});
        vis.setWidthPercentage(100);
        PdfPCell vh = lab("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (art. 183, comma 7, D.Lgs. 267/2000)");
        vh.setColspan(5); vis.addCell(vh);
        for (String s : new String[]{"Esercizio", "Impegno", "Capitolo", "Anno", "Importo"}) vis.addCell(lab(s));
        for (String s : new String[]{"2026", "612/2026", "12061.04.0310", "2026", "€ 286.450,00"}) vis.addCell(val(s));
        PdfPCell vf = new PdfPCell(new Phrase("Pontedera, 08/05/2026 – Il Responsabile del Servizio Finanziario – Rag. Luca Giovannetti (firmato digitalmente)", f(bf, 7.5f)));
        vf.setColspan(5); vf.setPadding(3); vf.setBorderColor(new Color(150, 150, 150));
        vis.addCell(vf);
        d.add(vis);
        d.close();
    }
}
