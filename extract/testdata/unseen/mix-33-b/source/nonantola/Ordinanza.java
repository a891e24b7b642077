// Comune di Nonantola - ordinanza sindacale, imitating an Oracle BI Publisher report layout
// (grey header bands, field/value grid). Built with OpenPDF 1.3.43 (com.lowagie).
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

public class Ordinanza {
    static final String FD = "/usr/share/fonts/truetype/liberation/";
    static BaseFont reg, bold, ital;
    static Font f(BaseFont b, float s) { return new Font(b, s); }

    static class Furniture extends PdfPageEventHelper {
        PdfTemplate total;
        public void onOpenDocument(PdfWriter w, Document d) { total = w.getDirectContent().createTemplate(30, 12); }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            cb.saveState();
            cb.setColorFill(new Color(0x33, 0x4d, 0x6e));
            cb.rectangle(36, 806, 523, 14); cb.fill();
            cb.beginText(); cb.setFontAndSize(bold, 8); cb.setColorFill(Color.WHITE);
            cb.setTextMatrix(40, 810); cb.showText("COMUNE DI NONANTOLA  |  REGISTRO ORDINANZE  |  Ord. n. 19/2026");
            cb.endText();
            cb.setColorFill(Color.BLACK);
            cb.setLineWidth(0.5f); cb.moveTo(36, 40); cb.lineTo(559, 40); cb.stroke();
            cb.beginText(); cb.setFontAndSize(reg, 7);
            cb.setTextMatrix(36, 30); cb.showText("Atto firmato digitalmente ai sensi del D.Lgs. 82/2005 e ss.mm.ii. – Report: ORD_SINDACO_V2 – Esecuzione: 14/04/2026 11:42");
            String p = "Pagina " + w.getPageNumber() + " di ";
            cb.setTextMatrix(490, 30); cb.showText(p);
            cb.endText();
            cb.addTemplate(total, 490 + reg.getWidthPoint(p, 7), 30);
            cb.restoreState();
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText(); total.setFontAndSize(reg, 7); total.setTextMatrix(0, 0);
            total.showText(String.valueOf(w.getPageNumber() - 1)); total.endText();
        }
    }

    static PdfPCell cell(String s, Font fo, Color bg, int align) {
        PdfPCell c = new PdfPCell(new Phrase(s, fo));
        if (bg != null) c.setBackgroundColor(bg);
        c.setHorizontalAlignment(align); c.setPadding(4); c.setBorderColor(new Color(0x99, 0x99, 0x99));
        return c;
    }
    static Paragraph para(String s, Font fo, int align, float after) {
        Paragraph p = new Paragraph(s, fo); p.setAlignment(align); p.setSpacingAfter(after); p.setLeading(fo.getSize() * 1.35f); return p;
    }

    static Paragraph sb(Paragraph p, float b) { p.setSpacingBefore(b); return p; }

    public static void main(String[] a) throws Exception {
        reg = BaseFont.createFont(FD + "LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bold = BaseFont.createFont(FD + "LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        ital = BaseFont.createFont(FD + "LiberationSans-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document d = new Document(PageSize.A4, 36, 36, 50, 56);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Furniture());
        d.addTitle("Ordinanza sindacale n. 19/2026"); d.addAuthor("Comune di Nonantola");
        d.open();
        Color grey = new Color(0xe4, 0xe8, 0xee);
        Font body = f(reg, 9.5f), b10 = f(bold, 10), b14 = f(bold, 15), small = f(reg, 8), sb = f(bold, 8.5f), it = f(ital, 8.5f);

        PdfPTable head = new PdfPTable(new float[]{1f});
        head.setWidthPercentage(100);
        PdfPCell h = new PdfPCell(); h.setBorder(Rectangle.BOTTOM); h.setBorderWidth(1.2f); h.setPaddingBottom(6);
        Paragraph hp = new Paragraph("COMUNE DI NONANTOLA", b14); hp.setAlignment(Element.ALIGN_CENTER); h.addElement(hp);
        Paragraph hp2 = new Paragraph("Provincia di Modena – Via Marconi, 11 – 41015 Nonantola (MO)", small); hp2.setAlignment(Element.ALIGN_CENTER); h.addElement(hp2);
        head.addCell(h);
        d.add(head);
        d.add(new Paragraph(" ", small));

        PdfPTable grid = new PdfPTable(new float[]{1.3f, 1.7f, 1.1f, 1.5f});
        grid.setWidthPercentage(100);
        grid.addCell(cell("Tipo atto", sb, grey, Element.ALIGN_LEFT)); grid.addCell(cell("ORDINANZA SINDACALE", body, null, Element.ALIGN_LEFT));
        grid.addCell(cell("Numero", sb, grey, Element.ALIGN_LEFT)); grid.addCell(cell("19", body, null, Element.ALIGN_LEFT));
        grid.addCell(cell("Settore", sb, grey, Element.ALIGN_LEFT)); grid.addCell(cell("Pianificazione Territoriale e Ambiente", body, null, Element.ALIGN_LEFT));
        grid.addCell(cell("Data", sb, grey, Element.ALIGN_LEFT)); grid.addCell(cell("14/04/2026", body, null, Element.ALIGN_LEFT));
        grid.addCell(cell("Ufficio proponente", sb, grey, Element.ALIGN_LEFT)); grid.addCell(cell("Ambiente", body, null, Element.ALIGN_LEFT));
        grid.addCell(cell("Classificazione", sb, grey, Element.ALIGN_LEFT)); grid.addCell(cell("6.9 – Fascicolo 2026/6.9/000004", body, null, Element.ALIGN_LEFT));
        d.add(grid);
        d.add(new Paragraph(" ", small));

        PdfPTable ogg = new PdfPTable(new float[]{1f, 5.6f});
        ogg.setWidthPercentage(100);
        ogg.addCell(cell("OGGETTO", sb, grey, Element.ALIGN_LEFT));
        ogg.addCell(cell("Misure per la prevenzione e il controllo delle malattie trasmesse da insetti vettori ed in particolare dalla zanzara tigre (Aedes albopictus) e dalla zanzara comune (Culex pipiens) – Anno 2026.", f(bold, 9.5f), null, Element.ALIGN_LEFT));
        d.add(ogg);

        d.add(sb(para("IL SINDACO", b10, Element.ALIGN_CENTER, 6), 10));
        String[] prem = {
            "Premesso che la zanzara tigre (Aedes albopictus) e la zanzara comune (Culex pipiens) sono vettori di virus responsabili di malattie quali Chikungunya, Dengue, Zika e West Nile, e che nel corso dell’estate 2025 si sono verificati casi autoctoni di arbovirosi nel territorio della Regione Emilia-Romagna;",
            "Visto il “Piano regionale di prevenzione, sorveglianza e risposta alle arbovirosi” approvato con deliberazione della Giunta Regionale dell’Emilia-Romagna, che individua nell’adozione di apposite ordinanze comunali uno strumento essenziale per la lotta ai focolai larvali in aree private;",
            "Ritenuto necessario, per la tutela della salute pubblica, disporre misure di prevenzione da applicarsi su tutto il territorio comunale per il periodo di maggiore attività degli insetti;",
            "Visti l’art. 50, commi 5 e 6, del D.Lgs. 18 agosto 2000, n. 267 e l’art. 7-bis del medesimo decreto, in materia di sanzioni amministrative per la violazione delle ordinanze sindacali;"
        };
        for (String s : prem) d.add(para(s, body, Element.ALIGN_JUSTIFIED, 4));
        d.add(sb(para("ORDINA", b10, Element.ALIGN_CENTER, 6), 6));
        d.add(para("a tutti i cittadini, agli amministratori condominiali, ai soggetti pubblici e privati che abbiano la disponibilità di aree all’aperto, nel periodo compreso tra il 1° maggio e il 31 ottobre 2026:", body, Element.ALIGN_JUSTIFIED, 4));
        String[] ord = {
            "di evitare l’abbandono definitivo o temporaneo negli spazi aperti di oggetti e contenitori di qualsiasi natura e dimensione nei quali possa raccogliersi acqua piovana;",
            "di svuotare settimanalmente l’acqua contenuta in sottovasi, annaffiatoi, secchi e simili, ovvero di coprirli con teli o coperchi ermetici;",
            "di trattare regolarmente i tombini, le caditoie e i pozzetti di raccolta delle acque meteoriche presenti nelle aree private con prodotti larvicidi, con cadenza almeno mensile o dopo ogni pioggia abbondante;",
            "di tenere sgombri i cortili e le aree aperte da erbacce, sterpi e rifiuti di ogni genere e di sistemarli in modo da evitare il ristagno delle acque;",
            "di custodire i copertoni e i pneumatici usati al riparo dalla pioggia, ovvero sotto tettoie o coperti da teli impermeabili;",
            "di eseguire gli eventuali trattamenti adulticidi esclusivamente nei casi di effettiva necessità, dandone preventiva comunicazione ai confinanti, e comunque mai su piante in fioritura."
        };
        com.lowagie.text.List l = new com.lowagie.text.List(com.lowagie.text.List.ORDERED, 16);
        for (String s : ord) { ListItem li = new ListItem(s, body); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setLeading(9.5f * 1.35f); li.setSpacingAfter(3); l.add(li); }
        d.add(l);
        d.add(sb(para("AVVERTE", b10, Element.ALIGN_CENTER, 6), 6));
        d.add(para("che, salvo che il fatto costituisca reato, la violazione delle disposizioni della presente ordinanza è punita con la sanzione amministrativa pecuniaria da € 25,00 a € 500,00, ai sensi dell’art. 7-bis del D.Lgs. 267/2000, e che la vigilanza sul rispetto della presente ordinanza è affidata al Corpo Unico di Polizia Locale e al personale del Servizio Ambiente.", body, Element.ALIGN_JUSTIFIED, 4));
        d.add(sb(para("DISPONE", b10, Element.ALIGN_CENTER, 6), 6));
        d.add(para("che la presente ordinanza sia pubblicata all’Albo Pretorio on line e sul sito istituzionale del Comune, e trasmessa all’AUSL di Modena – Dipartimento di Sanità Pubblica e al Comando di Polizia Locale. Contro il presente provvedimento è ammesso ricorso al TAR dell’Emilia-Romagna entro 60 giorni o, in alternativa, ricorso straordinario al Presidente della Repubblica entro 120 giorni dalla pubblicazione.", body, Element.ALIGN_JUSTIFIED, 4));
        d.add(sb(para("Nonantola, 14/04/2026", body, Element.ALIGN_LEFT, 10), 8));
        PdfPTable sig = new PdfPTable(new float[]{1f, 1f});
        sig.setWidthPercentage(100);
        PdfPCell e = new PdfPCell(new Phrase("")); e.setBorder(0); sig.addCell(e);
        PdfPCell s = new PdfPCell(); s.setBorder(0);
        Paragraph sp = new Paragraph("IL SINDACO\nMarco Bergonzini", b10); sp.setAlignment(Element.ALIGN_CENTER); s.addElement(sp);
        Paragraph sp2 = new Paragraph("(documento firmato digitalmente)", it); sp2.setAlignment(Element.ALIGN_CENTER); s.addElement(sp2);
        sig.addCell(s);
        d.add(sig);
        d.close();
    }
}
