// Comune di Venzone - deliberazione di Giunta, layout of a WinDev-built "atti" desktop app, printed through OpenPDF
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
import java.awt.Color;

public class Venzone {
    static BaseFont bf, bfb, bfi;
    static Font f(float s){ return new Font(bf, s); }
    static Font fb(float s){ return new Font(bfb, s); }
    static Font fi(float s){ return new Font(bfi, s); }

    static class Furniture extends PdfPageEventHelper {
        PdfTemplate total;
        public void onOpenDocument(PdfWriter w, Document d){ total = w.getDirectContent().createTemplate(30, 12); }
        public void onEndPage(PdfWriter w, Document d){
            PdfContentByte cb = w.getDirectContent();
            cb.setLineWidth(0.5f);
            cb.moveTo(40, 50); cb.lineTo(555, 50); cb.stroke();
            cb.beginText(); cb.setFontAndSize(bf, 7.5f);
            cb.setTextMatrix(40, 40);
            cb.showText("Deliberazione della Giunta Comunale n. 38 del 12/03/2026 - Comune di Venzone");
            cb.setTextMatrix(40, 30);
            cb.showText("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate; sostituisce il documento cartaceo e la firma autografa.");
            String p = "Pagina " + w.getPageNumber() + " di ";
            float x = 555 - 14 - bf.getWidthPoint(p, 7.5f);
            cb.setTextMatrix(x, 40); cb.showText(p); cb.endText();
            cb.addTemplate(total, 555 - 14, 40);
            if (w.getPageNumber() > 1) {
                cb.beginText(); cb.setFontAndSize(bfi, 7.5f);
                cb.setTextMatrix(40, 810); cb.showText("COMUNE DI VENZONE - G.C. 38/2026"); cb.endText();
            }
        }
        public void onCloseDocument(PdfWriter w, Document d){
            total.beginText(); total.setFontAndSize(bf, 7.5f); total.setTextMatrix(0,0);
            total.showText(String.valueOf(w.getPageNumber() - 1)); total.endText();
        }
    }

    static PdfPCell cell(String t, Font font, int align, float pad, boolean border, Color bg){
        PdfPCell c = new PdfPCell(new Phrase(t, font));
        c.setHorizontalAlignment(align); c.setPadding(pad);
        if(!border) c.setBorder(Rectangle.NO_BORDER); else c.setBorderWidth(0.5f);
        if(bg!=null) c.setBackgroundColor(bg);
        return c;
    }
    static Paragraph par(String t, Font font, int align, float before){
        Paragraph p = new Paragraph(t, font); p.setAlignment(align); p.setSpacingBefore(before); p.setLeading(font.getSize()*1.35f); return p;
    }

    public static void main(String[] a) throws Exception {
        bf = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfb = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfi = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document d = new Document(PageSize.A4, 56, 40, 46, 70);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Furniture());
        d.addTitle("Delibera GC 38/2026"); d.addAuthor("Comune di Venzone"); d.addCreator("AttiWin 7.4 (WinDev 25) - modulo Delibere");
        d.open();
        Color grey = new Color(225,225,225);

        PdfPTable head = new PdfPTable(new float[]{1.2f, 5f}); head.setWidthPercentage(100);
        PdfPCell crest = cell("[stemma]", fi(7), Element.ALIGN_CENTER, 14, true, null); crest.setRowspan(1);
        head.addCell(crest);
        PdfPCell t = new PdfPCell(); t.setBorder(Rectangle.NO_BORDER);
        t.addElement(par("COMUNE DI VENZONE", fb(16), Element.ALIGN_LEFT, 0));
        t.addElement(par("Comun di Vençon", fi(9), Element.ALIGN_LEFT, 0));
        t.addElement(par("Regione Autonoma Friuli Venezia Giulia", f(8.5f), Element.ALIGN_LEFT, 0));
        t.addElement(par("Via Mistruzzi, 1 - 33010 Venzone (UD) - C.F. 84001990301", f(8), Element.ALIGN_LEFT, 0));
        head.addCell(t);
        d.add(head);

        d.add(par("ORIGINALE", fb(9), Element.ALIGN_RIGHT, 6));
        d.add(par("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", fb(12.5f), Element.ALIGN_CENTER, 8));

        PdfPTable reg = new PdfPTable(new float[]{1.3f,1f,1.3f,1.4f,1.5f,1.2f}); reg.setWidthPercentage(100); reg.setSpacingBefore(8);
        reg.addCell(cell("Registro N.", fb(8.5f), Element.ALIGN_LEFT, 4, true, grey));
        reg.addCell(cell("38", f(9), Element.ALIGN_LEFT, 4, true, null));
        reg.addCell(cell("Seduta del", fb(8.5f), Element.ALIGN_LEFT, 4, true, grey));
        reg.addCell(cell("12/03/2026", f(9), Element.ALIGN_LEFT, 4, true, null));
        reg.addCell(cell("Proposta N.", fb(8.5f), Element.ALIGN_LEFT, 4, true, grey));
        reg.addCell(cell("45 del 05/03/2026", f(9), Element.ALIGN_LEFT, 4, true, null));
        PdfPCell uff = cell("Ufficio proponente", fb(8.5f), Element.ALIGN_LEFT, 4, true, grey); reg.addCell(uff);
        PdfPCell uv = cell("Area Tecnica e Tecnico-Manutentiva", f(9), Element.ALIGN_LEFT, 4, true, null); uv.setColspan(5); reg.addCell(uv);
        d.add(reg);

        PdfPTable ogg = new PdfPTable(new float[]{1f, 5.6f}); ogg.setWidthPercentage(100); ogg.setSpacingBefore(8);
        ogg.addCell(cell("OGGETTO:", fb(10), Element.ALIGN_LEFT, 5, true, grey));
        ogg.addCell(cell("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DEL PALAZZO COMUNALE. CUP E47H25001230004.", fb(10), Element.ALIGN_LEFT, 5, true, null));
        d.add(ogg);

        d.add(par("L'anno duemilaventisei, il giorno dodici del mese di marzo alle ore 17:30, nella sala delle adunanze della sede municipale, previa l'osservanza di tutte le formalità prescritte dalla vigente normativa, vennero oggi convocati a seduta i componenti della Giunta Comunale.", f(10), Element.ALIGN_JUSTIFIED, 10));
        d.add(par("Risultano:", f(10), Element.ALIGN_LEFT, 6));

        PdfPTable roll = new PdfPTable(new float[]{3.2f, 2f, 1f, 1f}); roll.setWidthPercentage(80); roll.setSpacingBefore(4);
        for (String h : new String[]{"Cognome e Nome","Carica","Presente","Assente"}) roll.addCell(cell(h, fb(9), Element.ALIGN_CENTER, 4, true, grey));
        String[][] rows = {{"DI BERNARDO ROBERTO","Sindaco","X",""},{"CARGNELUTTI ELISA","Vice Sindaco","X",""},{"ZAMPARO GIANLUCA","Assessore","","X"},{"PITTINO MARTA","Assessore","X",""},{"VENCHIARUTTI DENIS","Assessore","X",""}};
        for (String[] r : rows) { roll.addCell(cell(r[0], f(9.5f), Element.ALIGN_LEFT, 4, true, null)); roll.addCell(cell(r[1], f(9.5f), Element.ALIGN_LEFT, 4, true, null)); roll.addCell(cell(r[2], f(9.5f), Element.ALIGN_CENTER, 4, true, null)); roll.addCell(cell(r[3], f(9.5f), Element.ALIGN_CENTER, 4, true, null)); }
        PdfPCell tot = cell("Totale presenti: 4    Totale assenti: 1", fb(9), Element.ALIGN_RIGHT, 4, true, null); tot.setColspan(4); roll.addCell(tot);
        d.add(roll);

        d.add(par("Assiste il Segretario Comunale Dott.ssa Paola Rainis.", f(10), Element.ALIGN_JUSTIFIED, 8));
        d.add(par("Constatato il numero legale degli intervenuti, il Sig. Roberto Di Bernardo nella sua qualità di Sindaco assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.", f(10), Element.ALIGN_JUSTIFIED, 4));

        d.add(par("LA GIUNTA COMUNALE", fb(10.5f), Element.ALIGN_CENTER, 10));
        String[] prem = {
          "PREMESSO che la copertura del Palazzo comunale, ricostruito a seguito degli eventi sismici del 1976, presenta infiltrazioni diffuse in corrispondenza della falda nord e del lucernario centrale, come risulta dal verbale di sopralluogo dell'Ufficio tecnico del 14/01/2026;",
          "VISTO il decreto n. 1187/TERINF del 22/10/2025 con il quale la Regione Autonoma Friuli Venezia Giulia ha concesso al Comune un contributo di euro 180.000,00 per interventi di manutenzione straordinaria degli edifici pubblici;",
          "VISTO il progetto di fattibilità tecnico-economica redatto dall'ing. Stefano Pascolo, con studio in Gemona del Friuli, incaricato con determinazione n. 402 del 18/11/2025, dell'importo complessivo di euro 180.000,00, di cui euro 131.500,00 per lavori (comprensivi di euro 6.200,00 per oneri della sicurezza non soggetti a ribasso) ed euro 48.500,00 per somme a disposizione dell'Amministrazione;",
          "RICHIAMATI il D.Lgs. 31 marzo 2023, n. 36 e, in particolare, l'art. 41 e l'allegato I.7, nonché la L.R. 31 maggio 2002, n. 14;",
          "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000, allegati al presente atto;"};
        for (String s : prem) d.add(par(s, f(10), Element.ALIGN_JUSTIFIED, 4));
        d.add(par("Con voti unanimi favorevoli, espressi nelle forme di legge,", f(10), Element.ALIGN_LEFT, 6));
        d.add(par("D E L I B E R A", fb(10.5f), Element.ALIGN_CENTER, 8));
        String[] pts = {
          "di approvare il progetto di fattibilità tecnico-economica dei lavori di manutenzione straordinaria della copertura del Palazzo comunale, redatto dall'ing. Stefano Pascolo, dell'importo complessivo di euro 180.000,00, secondo il quadro economico riportato in premessa;",
          "di dare atto che la spesa trova copertura al capitolo 20150/3 \"Manutenzione straordinaria edifici comunali\" del bilancio di previsione 2026-2028, finanziato con il contributo regionale richiamato in premessa;",
          "di individuare quale Responsabile Unico del Progetto il geom. Ivan Madussi, titolare di incarico di elevata qualificazione dell'Area Tecnica e Tecnico-Manutentiva;",
          "di demandare al Responsabile Unico del Progetto l'adozione degli atti conseguenti, ivi compreso l'affidamento della progettazione esecutiva."};
        com.lowagie.text.List l = new com.lowagie.text.List(true, 18);
        for (String s : pts) { ListItem li = new ListItem(s, f(10)); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setLeading(13.5f); li.setSpacingBefore(3); l.add(li); }
        d.add(l);
        d.add(par("Successivamente, con separata votazione unanime favorevole, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 1, comma 19, della L.R. 11 dicembre 2003, n. 21, stante l'urgenza di presentare la rendicontazione del contributo regionale.", f(10), Element.ALIGN_JUSTIFIED, 8));

        d.add(par("Letto, confermato e sottoscritto.", fi(10), Element.ALIGN_LEFT, 14));
        PdfPTable sig = new PdfPTable(2); sig.setWidthPercentage(100); sig.setSpacingBefore(8); sig.setKeepTogether(true);
        sig.addCell(cell("IL PRESIDENTE\nRoberto Di Bernardo\n(firmato digitalmente)", f(10), Element.ALIGN_CENTER, 4, false, null));
        sig.addCell(cell("IL SEGRETARIO COMUNALE\nDott.ssa Paola Rainis\n(firmato digitalmente)", f(10), Element.ALIGN_CENTER, 4, false, null));
        d.add(sig);

        PdfPTable pub = new PdfPTable(1); pub.setWidthPercentage(100); pub.setSpacingBefore(18); pub.setKeepTogether(true);
        pub.addCell(cell("ATTESTATO DI PUBBLICAZIONE\nLa presente deliberazione viene pubblicata all'Albo Pretorio on line dal 16/03/2026 al 31/03/2026 per quindici giorni consecutivi, ai sensi dell'art. 1, comma 15, della L.R. 21/2003, ed è contestualmente comunicata ai Capigruppo consiliari.\nL'impiegato responsabile: Sandra Copetti", f(8.5f), Element.ALIGN_LEFT, 6, true, null));
        d.add(pub);
        d.close();
    }
}
