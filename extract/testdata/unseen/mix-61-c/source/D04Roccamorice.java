// Ordinanza del Sindaco quale Ufficiale del Governo - Comune di Roccamorice (PE)
// OpenPDF 1.3.30, TrueType fonts embedded as CID fonts (Identity-H), page events for head and foot.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

public class D04Roccamorice {
    static final String FD = "/usr/share/fonts/truetype/dejavu/";
    static BaseFont serif, serifB, serifI, sans, sansB;

    static class Events extends PdfPageEventHelper {
        PdfTemplate total;
        public void onOpenDocument(PdfWriter w, Document d) { total = w.getDirectContent().createTemplate(30, 12); }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            cb.setColorStroke(new Color(90, 90, 90));
            cb.setLineWidth(0.5f);
            cb.moveTo(56, 52); cb.lineTo(539, 52); cb.stroke();
            cb.beginText();
            cb.setFontAndSize(sans, 7.5f);
            cb.showTextAligned(Element.ALIGN_LEFT, "Comune di Roccamorice – Piazza Municipio, 1 – 65020 Roccamorice (PE) – tel. 085 8572132 – protocollo@pec.comune.roccamorice.pe.it", 56, 41, 0);
            cb.showTextAligned(Element.ALIGN_RIGHT, "Ordinanza n. 9/2026 – pag. " + w.getPageNumber() + " di", 520, 30, 0);
            cb.endText();
            cb.addTemplate(total, 522, 30);
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText(); total.setFontAndSize(sans, 7.5f);
            total.showText(String.valueOf(w.getPageNumber() - 1)); total.endText();
        }
    }

    static Paragraph p(String s, Font f, int align, float before, float after) {
        Paragraph x = new Paragraph(s, f); x.setAlignment(align); x.setSpacingBefore(before); x.setSpacingAfter(after);
        x.setLeading(0, 1.32f); return x;
    }
    static Paragraph mixed(String bold, String rest, Font fb, Font f) {
        Paragraph x = new Paragraph(); x.add(new Chunk(bold, fb)); x.add(new Chunk(rest, f));
        x.setAlignment(Element.ALIGN_JUSTIFIED); x.setSpacingAfter(4); x.setLeading(0, 1.32f); return x;
    }

    public static void main(String[] a) throws Exception {
        serif = BaseFont.createFont(FD + "DejaVuSerif.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        serifB = BaseFont.createFont(FD + "DejaVuSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        serifI = BaseFont.createFont(FD + "DejaVuSerif-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        sans = BaseFont.createFont(FD + "DejaVuSansCondensed.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        sansB = BaseFont.createFont(FD + "DejaVuSansCondensed-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Font f = new Font(serif, 10.2f), fb = new Font(serifB, 10.2f), fi = new Font(serifI, 9.5f);
        Font h1 = new Font(sansB, 17, Font.NORMAL, new Color(20, 60, 110)), h2 = new Font(sans, 9.5f), h3 = new Font(sansB, 12.5f);
        Font small = new Font(sans, 8.5f);

        Document d = new Document(PageSize.A4, 56, 56, 48, 70);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Events());
        d.addTitle("Ordinanza sindacale n. 9 del 11/05/2026");
        d.addCreator("Halley Atti - Ordinanze");
        d.open();

        PdfPTable head = new PdfPTable(new float[]{1f, 6f});
        head.setWidthPercentage(100);
        PdfTemplate sh = w.getDirectContent().createTemplate(40, 48);
        sh.setColorStroke(new Color(20, 60, 110)); sh.setColorFill(new Color(200, 215, 235)); sh.setLineWidth(1.4f);
        sh.moveTo(2, 46); sh.lineTo(38, 46); sh.lineTo(38, 20); sh.curveTo(38, 8, 26, 3, 20, 1); sh.curveTo(14, 3, 2, 8, 2, 20);
        sh.closePathFillStroke();
        sh.setColorFill(new Color(20, 60, 110)); sh.rectangle(17, 10, 6, 30); sh.rectangle(9, 28, 22, 6); sh.fill();
        PdfPCell crest = new PdfPCell(Image.getInstance(sh));
        crest.setBorder(0); crest.setHorizontalAlignment(Element.ALIGN_CENTER); crest.setVerticalAlignment(Element.ALIGN_MIDDLE);
        head.addCell(crest);
        PdfPCell name = new PdfPCell(); name.setBorder(Rectangle.BOTTOM); name.setBorderWidth(1.2f); name.setPaddingBottom(6);
        name.addElement(new Paragraph("COMUNE DI ROCCAMORICE", h1));
        name.addElement(new Paragraph("Provincia di Pescara", h2));
        name.addElement(new Paragraph("Parco Nazionale della Majella", new Font(sans, 8.5f, Font.NORMAL, Color.DARK_GRAY)));
        head.addCell(name);
        d.add(head);

        PdfPTable reg = new PdfPTable(new float[]{3f, 2f});
        reg.setWidthPercentage(100); reg.setSpacingBefore(14);
        PdfPCell c1 = new PdfPCell(new Phrase("ORDINANZA CONTINGIBILE E URGENTE\nN. 9 DEL 11/05/2026", h3));
        c1.setBackgroundColor(new Color(232, 238, 246)); c1.setPadding(7); c1.setBorderColor(new Color(20, 60, 110));
        reg.addCell(c1);
        PdfPCell c2 = new PdfPCell(new Phrase("Prot. n. 1604\ndell'11 maggio 2026\nArt. 54, comma 4, D.Lgs. n. 267/2000", small));
        c2.setPadding(7); c2.setBorderColor(new Color(20, 60, 110));
        reg.addCell(c2);
        d.add(reg);

        PdfPTable ogg = new PdfPTable(new float[]{1.05f, 6f});
        ogg.setWidthPercentage(100); ogg.setSpacingBefore(10); ogg.setSpacingAfter(10);
        PdfPCell o1 = new PdfPCell(new Phrase("OGGETTO:", fb)); o1.setBorder(0);
        PdfPCell o2 = new PdfPCell(new Phrase("Sgombero e interdizione all'uso del fabbricato sito in via della Torre n. 14 (foglio 7, particella 412) per grave pericolo per la pubblica incolumità a seguito del crollo parziale della copertura.", fb));
        o2.setBorder(0);
        ogg.addCell(o1); ogg.addCell(o2);
        d.add(ogg);

        d.add(p("IL SINDACO", h3, Element.ALIGN_CENTER, 2, 0));
        d.add(p("in qualità di Ufficiale del Governo", fi, Element.ALIGN_CENTER, 0, 8));

        d.add(mixed("Vista ", "la nota del Comando Provinciale dei Vigili del Fuoco di Pescara, acquisita al protocollo n. 1598 del 10/05/2026, con la quale si comunica che, a seguito di intervento effettuato in data 10 maggio 2026, è stato accertato il crollo parziale della copertura e di parte del solaio del secondo piano del fabbricato sito in via della Torre n. 14, con pericolo di ulteriori crolli verso la pubblica via;", fb, f));
        d.add(mixed("Visto ", "il sopralluogo effettuato in pari data dal Responsabile dell'Area Tecnica comunale, Geom. Antonio Di Marzio, il quale ha confermato lo stato di grave e imminente pericolo per l'incolumità delle persone che abitano l'immobile e di quelle che transitano lungo la via della Torre e il vicolo Sant'Onofrio;", fb, f));
        d.add(mixed("Accertato ", "che il fabbricato risulta di proprietà dei sigg. D'Alessandro Vincenzo e D'Alessandro Rosa, nonché abitato, al primo piano, dal nucleo familiare della sig.ra Ciccone Lucia, conduttrice in locazione;", fb, f));
        d.add(mixed("Ritenuto ", "che sussistano i presupposti di contingibilità e urgenza per l'adozione di un provvedimento a tutela della pubblica incolumità, non essendo possibile far fronte alla situazione con gli strumenti ordinari;", fb, f));
        d.add(mixed("Dato atto ", "che, ai sensi dell'art. 7 della Legge n. 241/1990, non si procede alla comunicazione di avvio del procedimento per le particolari esigenze di celerità, e che del presente provvedimento è data preventiva comunicazione al Prefetto di Pescara;", fb, f));
        d.add(mixed("Visto ", "l'art. 54, comma 4, del D.Lgs. 18 agosto 2000, n. 267, che attribuisce al Sindaco, quale Ufficiale del Governo, il potere di adottare con atto motivato provvedimenti contingibili e urgenti al fine di prevenire e di eliminare gravi pericoli che minacciano l'incolumità pubblica;", fb, f));

        d.add(p("O R D I N A", h3, Element.ALIGN_CENTER, 8, 6));
        List l = new List(List.ORDERED, 18);
        l.setListSymbol(new Chunk("", f));
        String[] pts = {
            "ai proprietari, sigg. D'Alessandro Vincenzo e D'Alessandro Rosa, e agli occupanti a qualsiasi titolo, l'immediato sgombero del fabbricato sito in via della Torre n. 14 e il divieto di utilizzo dello stesso fino alla rimozione delle cause di pericolo;",
            "ai proprietari di provvedere, entro 10 (dieci) giorni dalla notifica della presente, alla messa in sicurezza del fabbricato mediante la rimozione delle parti pericolanti e la posa di idonee opere provvisionali, a mezzo di ditta specializzata e sotto la direzione di un tecnico abilitato;",
            "la chiusura al transito pedonale e veicolare di via della Torre, nel tratto compreso tra i civici 10 e 18, e del vicolo Sant'Onofrio, fino all'avvenuta messa in sicurezza;",
            "ai proprietari di trasmettere all'Area Tecnica comunale, ad ultimazione dei lavori, la certificazione di un tecnico abilitato attestante l'eliminazione del pericolo."
        };
        for (String s : pts) { ListItem li = new ListItem(new Chunk(s, f)); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setLeading(0, 1.32f); li.setSpacingAfter(3); l.add(li); }
        d.add(l);

        d.add(p("A V V E R T E", h3, Element.ALIGN_CENTER, 8, 6));
        d.add(p("che, in caso di inottemperanza, si procederà all'esecuzione d'ufficio con addebito delle spese ai soggetti obbligati, fatta salva l'applicazione dell'art. 650 del Codice Penale.", f, Element.ALIGN_JUSTIFIED, 0, 4));
        d.add(p("D I S P O N E", h3, Element.ALIGN_CENTER, 8, 6));
        d.add(p("che la presente ordinanza sia notificata ai proprietari e agli occupanti del fabbricato, trasmessa al Prefetto di Pescara, al Comando Stazione Carabinieri di Caramanico Terme, al Comando Provinciale dei Vigili del Fuoco e alla Polizia Locale, e pubblicata all'Albo Pretorio on line.", f, Element.ALIGN_JUSTIFIED, 0, 4));
        d.add(p("Avverso il presente provvedimento è ammesso ricorso al T.A.R. Abruzzo – Sezione staccata di Pescara entro 60 giorni dalla notifica, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.", fi, Element.ALIGN_JUSTIFIED, 6, 4));
        d.add(p("Roccamorice, 11 maggio 2026", f, Element.ALIGN_LEFT, 12, 4));
        Paragraph sig = p("IL SINDACO\nDott. Alessandro D'Ottavio", fb, Element.ALIGN_CENTER, 4, 0);
        sig.setIndentationLeft(250);
        d.add(sig);
        Paragraph sig2 = p("(documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005)", small, Element.ALIGN_CENTER, 0, 0);
        sig2.setIndentationLeft(250);
        d.add(sig2);
        d.close();
    }
}
