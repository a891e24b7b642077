// Città di Cerveteri - Giunta deliberation, imitating a Gies/Maggioli "Sicr@web EVO" print
// (server-side Java report). Producer: OpenPDF 1.3.43, Liberation Sans embedded.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class CerveteriDelibera {
    static final String FD = "/usr/share/fonts/truetype/liberation/";
    static BaseFont R, B, I;

    static Font f(BaseFont b, float s) { return new Font(b, s); }

    static Paragraph p(String t, Font fn, int align, float after) {
        Paragraph p = new Paragraph(t, fn);
        p.setAlignment(align);
        p.setSpacingAfter(after);
        p.setLeading(fn.getSize() * 1.35f);
        return p;
    }

    static PdfPCell cell(String t, Font fn, int border, int align) {
        PdfPCell c = new PdfPCell(new Phrase(t, fn));
        c.setBorder(border);
        c.setHorizontalAlignment(align);
        c.setPadding(4);
        return c;
    }

    public static void main(String[] a) throws Exception {
        R = BaseFont.createFont(FD + "LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        B = BaseFont.createFont(FD + "LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        I = BaseFont.createFont(FD + "LiberationSans-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document d = new Document(PageSize.A4, 56, 56, 70, 60);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document doc) {
                PdfContentByte cb = wr.getDirectContent();
                cb.beginText();
                cb.setFontAndSize(I, 7.5f);
                cb.showTextAligned(Element.ALIGN_LEFT, "Città di Cerveteri - Delibera di Giunta n. 38 del 05/03/2026", 56, 30, 0);
                cb.showTextAligned(Element.ALIGN_RIGHT, "Pagina " + wr.getPageNumber(), 539, 30, 0);
                cb.setFontAndSize(R, 6.5f);
                cb.showTextAligned(Element.ALIGN_CENTER, "Copia informatica per consultazione - Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate", 297, 20, 0);
                cb.endText();
                // protocol / barcode caption in the left margin
                cb.beginText();
                cb.setFontAndSize(R, 6.5f);
                cb.showTextAligned(Element.ALIGN_CENTER, "DELG 38/2026 - ID 2026-0000512-GC - Sicr@web", 24, 420, 90);
                cb.endText();
                cb.setLineWidth(0.5f);
                cb.moveTo(56, 40); cb.lineTo(539, 40); cb.stroke();
            }
        });
        d.addTitle("Deliberazione di Giunta Comunale n. 38/2026");
        d.addCreator("Sicr@web EVO - Atti");
        d.open();

        // letterhead
        PdfPTable lh = new PdfPTable(new float[]{1f, 5f});
        lh.setWidthPercentage(100);
        PdfPCell crest = cell("[stemma]", f(I, 7), Rectangle.BOX, Element.ALIGN_CENTER);
        crest.setFixedHeight(54); crest.setVerticalAlignment(Element.ALIGN_MIDDLE);
        lh.addCell(crest);
        PdfPCell name = new PdfPCell();
        name.setBorder(Rectangle.NO_BORDER);
        name.setPaddingLeft(10);
        name.addElement(p("CITTÀ DI CERVETERI", f(B, 18), Element.ALIGN_LEFT, 0));
        name.addElement(p("Città Metropolitana di Roma Capitale", f(R, 10), Element.ALIGN_LEFT, 0));
        name.addElement(p("Medaglia d'Oro al Merito Civile", f(I, 8), Element.ALIGN_LEFT, 0));
        lh.addCell(name);
        d.add(lh);
        d.add(p(" ", f(R, 6), Element.ALIGN_LEFT, 0));

        // label grid
        PdfPTable g = new PdfPTable(new float[]{2.2f, 1f, 1f, 1.4f});
        g.setWidthPercentage(100);
        Font lab = f(R, 7.5f), val = f(B, 10.5f);
        String[][] grid = {{"Tipo atto", "Numero", "Data", "Proposta"},
                           {"DELIBERAZIONE DELLA GIUNTA COMUNALE", "38", "05/03/2026", "n. 52 del 02/03/2026"}};
        for (String s : grid[0]) { PdfPCell c = cell(s, lab, Rectangle.LEFT | Rectangle.TOP | Rectangle.RIGHT, Element.ALIGN_LEFT); c.setBackgroundColor(new java.awt.Color(235, 235, 235)); g.addCell(c); }
        for (String s : grid[1]) g.addCell(cell(s, val, Rectangle.BOX, Element.ALIGN_LEFT));
        PdfPCell area = cell("Proponente: Area II Servizi alla Persona - Servizio Pubblica Istruzione", f(R, 8.5f), Rectangle.BOX, Element.ALIGN_LEFT);
        area.setColspan(4);
        g.addCell(area);
        d.add(g);
        d.add(p(" ", f(R, 6), Element.ALIGN_LEFT, 0));

        PdfPTable o = new PdfPTable(new float[]{1f, 6f});
        o.setWidthPercentage(100);
        o.addCell(cell("OGGETTO:", f(B, 10.5f), Rectangle.TOP | Rectangle.BOTTOM, Element.ALIGN_LEFT));
        o.addCell(cell("Approvazione del progetto \"Estate Etrusca 2026\" - Centri estivi comunali per minori dai 3 ai 14 anni. Atto di indirizzo.", f(B, 10.5f), Rectangle.TOP | Rectangle.BOTTOM, Element.ALIGN_LEFT));
        d.add(o);
        d.add(p(" ", f(R, 6), Element.ALIGN_LEFT, 0));

        Font body = f(R, 10);
        d.add(p("L'anno duemilaventisei, il giorno cinque del mese di marzo, alle ore 12:15, nella Residenza Municipale, si è riunita la Giunta Comunale, convocata nelle forme di legge.", body, Element.ALIGN_JUSTIFIED, 5));
        d.add(p("Sono presenti i Sigg.: FONTANA MARIA RITA (Sindaco), DE SANTIS CLAUDIO (Vice Sindaco), PALOMBI ROBERTA (Assessore), ORSINI FEDERICO (Assessore), MARINI VALENTINA (Assessore).", body, Element.ALIGN_JUSTIFIED, 5));
        d.add(p("Sono assenti i Sigg.: CAPPELLI STEFANO (Assessore), LUCIDI GIANLUCA (Assessore).", body, Element.ALIGN_JUSTIFIED, 5));
        d.add(p("Presiede la seduta il Sindaco Dott.ssa Maria Rita Fontana. Partecipa, con funzioni consultive, referenti e di assistenza e ne cura la verbalizzazione, il Segretario Generale Avv. Giuseppe Ranieri.", body, Element.ALIGN_JUSTIFIED, 5));
        d.add(p("Il Presidente, constatata la presenza del numero legale, dichiara aperta la seduta e invita la Giunta a deliberare sull'argomento in oggetto.", body, Element.ALIGN_JUSTIFIED, 8));
        d.add(p("LA GIUNTA COMUNALE", f(B, 10.5f), Element.ALIGN_CENTER, 6));
        String[] prem = {
            "Vista la proposta di deliberazione n. 52 del 02/03/2026 predisposta dall'Area II Servizi alla Persona, avente ad oggetto quanto sopra indicato;",
            "Premesso che l'Amministrazione intende garantire anche per l'estate 2026 un servizio di centri estivi per i minori residenti, quale sostegno alle famiglie nel periodo di chiusura delle scuole, articolato presso i plessi scolastici del capoluogo, di Cerenova e di Valcanneto;",
            "Considerato che il servizio sarà svolto dal 22 giugno al 28 agosto 2026, con quota di compartecipazione delle famiglie differenziata per fasce ISEE, e che il costo complessivo stimato è pari a euro 148.000,00, finanziato per euro 62.000,00 con il Fondo per le politiche della famiglia e per la restante parte con risorse di bilancio;",
            "Visti il D.Lgs. 18 agosto 2000, n. 267 e lo Statuto comunale;",
            "Acquisiti i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. 267/2000, allegati al presente atto;",
            "Con voti unanimi espressi nei modi di legge,"};
        for (String s : prem) d.add(p(s, body, Element.ALIGN_JUSTIFIED, 4));
        d.add(p("DELIBERA", f(B, 10.5f), Element.ALIGN_CENTER, 6));
        String[] pts = {
            "di approvare il progetto \"Estate Etrusca 2026\" per la realizzazione dei centri estivi comunali per minori dai 3 ai 14 anni, nei termini descritti in premessa;",
            "di approvare le fasce di compartecipazione delle famiglie riportate nel prospetto allegato alla proposta;",
            "di demandare alla Responsabile dell'Area II Servizi alla Persona l'adozione degli atti gestionali conseguenti, ivi compreso l'affidamento del servizio nel rispetto del D.Lgs. 36/2023;",
            "di dichiarare, con successiva e separata votazione unanime, il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, attesa la necessità di avviare le procedure di iscrizione."};
        com.lowagie.text.List l = new com.lowagie.text.List(false, 14);
        l.setListSymbol(new Chunk("\u2022 ", body));
        for (String s : pts) { ListItem li = new ListItem(s, body); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setSpacingAfter(4); li.setLeading(13.5f); l.add(li); }
        d.add(l);
        d.add(p(" ", body, Element.ALIGN_LEFT, 10));

        PdfPTable s = new PdfPTable(2);
        s.setWidthPercentage(100);
        s.setKeepTogether(true);
        s.addCell(cell("IL SINDACO", f(B, 10), Rectangle.NO_BORDER, Element.ALIGN_CENTER));
        s.addCell(cell("IL SEGRETARIO GENERALE", f(B, 10), Rectangle.NO_BORDER, Element.ALIGN_CENTER));
        s.addCell(cell("Dott.ssa Maria Rita Fontana", body, Rectangle.NO_BORDER, Element.ALIGN_CENTER));
        s.addCell(cell("Avv. Giuseppe Ranieri", body, Rectangle.NO_BORDER, Element.ALIGN_CENTER));
        s.addCell(cell("(atto sottoscritto digitalmente)", f(I, 7.5f), Rectangle.NO_BORDER, Element.ALIGN_CENTER));
        s.addCell(cell("(atto sottoscritto digitalmente)", f(I, 7.5f), Rectangle.NO_BORDER, Element.ALIGN_CENTER));
        d.add(s);
        d.close();
    }
}
