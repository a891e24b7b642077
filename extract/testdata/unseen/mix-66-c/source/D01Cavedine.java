// Comune di Cavedine (TN): verbale di deliberazione della Giunta comunale, as a Trentino in-house app prints it
// with OpenPDF 1.3.30. Fonts are TrueType embedded as CID fonts (Identity-H); a page event writes a running
// head with the act's number and a foot "Pagina X di Y" on every page; the roll marks only the absences
// (columns "Assenti giust." / "ingiust."), as Trentino minutes do.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
import java.awt.Color;

public class D01Cavedine {
    static BaseFont SERIF, SERIFB, SANS, SANSB;
    static Font sf(float size) { return new Font(SERIF, size); }
    static Font sfb(float size) { return new Font(SERIFB, size); }
    static Font ss(float size) { return new Font(SANS, size); }
    static Font ssb(float size) { return new Font(SANSB, size); }

    static class Events extends PdfPageEventHelper {
        PdfTemplate total;
        public void onOpenDocument(PdfWriter w, Document d) { total = w.getDirectContent().createTemplate(30, 12); }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            cb.saveState();
            cb.setColorStroke(new Color(90, 90, 90)); cb.setLineWidth(0.4f);
            cb.moveTo(60, 806); cb.lineTo(535, 806); cb.stroke();
            cb.beginText(); cb.setFontAndSize(SANS, 7.5f); cb.setColorFill(new Color(70, 70, 70));
            cb.showTextAligned(Element.ALIGN_LEFT, "Comune di Cavedine", 60, 810, 0);
            cb.showTextAligned(Element.ALIGN_RIGHT, "Deliberazione della Giunta comunale n. 112 di data 06/10/2026", 535, 810, 0);
            cb.endText();
            cb.moveTo(60, 46); cb.lineTo(535, 46); cb.stroke();
            cb.beginText(); cb.setFontAndSize(SANS, 7.5f);
            cb.showTextAligned(Element.ALIGN_LEFT, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.", 60, 36, 0);
            cb.showTextAligned(Element.ALIGN_RIGHT, "Pagina " + w.getPageNumber() + " di ", 522, 36, 0);
            cb.endText();
            cb.addTemplate(total, 522, 36);
            cb.restoreState();
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText(); total.setFontAndSize(SANS, 7.5f); total.setColorFill(new Color(70, 70, 70));
            total.showText(String.valueOf(w.getPageNumber() - 1)); total.endText();
        }
    }

    static Paragraph p(String s) { Paragraph x = new Paragraph(14.2f, s, sf(11)); x.setAlignment(Element.ALIGN_JUSTIFIED); x.setSpacingAfter(5); return x; }
    static Paragraph c(String s, Font f, float after) { Paragraph x = new Paragraph(s, f); x.setAlignment(Element.ALIGN_CENTER); x.setSpacingAfter(after); return x; }
    static PdfPCell cell(String s, Font f, int align, int border) {
        PdfPCell c = new PdfPCell(new Phrase(s, f)); c.setHorizontalAlignment(align); c.setBorder(border); c.setPadding(3.5f); return c;
    }

    public static void main(String[] a) throws Exception {
        String L = "/usr/share/fonts/truetype/liberation/";
        SERIF = BaseFont.createFont(L + "LiberationSerif-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        SERIFB = BaseFont.createFont(L + "LiberationSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        SANS = BaseFont.createFont(L + "LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        SANSB = BaseFont.createFont(L + "LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document d = new Document(PageSize.A4, 60, 60, 58, 66);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Events());
        d.addCreator("Atti Amministrativi 4.1 - Consorzio dei Comuni Trentini (OpenPDF)");
        d.addTitle("Deliberazione della Giunta comunale n. 112 di data 06/10/2026");
        d.open();

        // letterhead: crest placeholder and name, drawn as a two-cell table
        PdfPTable lh = new PdfPTable(new float[]{0.14f, 0.86f}); lh.setWidthPercentage(100);
        PdfPCell crest = new PdfPCell(new Phrase(" ")); crest.setFixedHeight(52); crest.setBorder(Rectangle.BOX);
        crest.setBorderColor(new Color(150, 150, 150)); crest.setBackgroundColor(new Color(236, 232, 220));
        PdfPCell nm = new PdfPCell(); nm.setBorder(Rectangle.NO_BORDER); nm.setPaddingLeft(10);
        Paragraph n1 = new Paragraph("COMUNE DI CAVEDINE", ssb(17)); nm.addElement(n1);
        Paragraph n2 = new Paragraph("Provincia di Trento", ss(9.5f)); nm.addElement(n2);
        Paragraph n3 = new Paragraph("Piazza Don Negri 7 – 38073 Cavedine (TN)", ss(8)); nm.addElement(n3);
        lh.addCell(crest); lh.addCell(nm); lh.setSpacingAfter(16); d.add(lh);

        d.add(c("VERBALE DI DELIBERAZIONE N. 112", sfb(14), 2));
        d.add(c("della Giunta comunale", sfb(12), 12));

        PdfPTable og = new PdfPTable(new float[]{0.15f, 0.85f}); og.setWidthPercentage(100);
        PdfPCell ol = cell("OGGETTO:", sfb(11), Element.ALIGN_LEFT, Rectangle.TOP | Rectangle.BOTTOM);
        PdfPCell ov = new PdfPCell(new Phrase("Lavori di sistemazione e allargamento della strada comunale Vigo Cavedine – Stravino. Approvazione del progetto esecutivo. CUP D47H26000310004.", sfb(11)));
        ov.setBorder(Rectangle.TOP | Rectangle.BOTTOM); ov.setPadding(4); ov.setLeading(0, 1.2f);
        ol.setPadding(4); og.addCell(ol); og.addCell(ov); og.setSpacingAfter(12); d.add(og);

        d.add(p("L'anno DUEMILAVENTISEI addì SEI del mese di OTTOBRE alle ore 18.00 nella sala delle riunioni, a seguito di regolari avvisi, recapitati a termine di legge, si è convocata la Giunta comunale."));

        PdfPTable roll = new PdfPTable(new float[]{0.64f, 0.18f, 0.18f}); roll.setWidthPercentage(78);
        roll.setHorizontalAlignment(Element.ALIGN_CENTER); roll.setSpacingBefore(4);
        roll.addCell(cell("Presenti i signori:", sfb(10.5f), Element.ALIGN_LEFT, Rectangle.NO_BORDER));
        PdfPCell ah = cell("Assenti", sfb(10.5f), Element.ALIGN_CENTER, Rectangle.BOTTOM); ah.setColspan(2); roll.addCell(ah);
        roll.addCell(cell("", sf(10), Element.ALIGN_LEFT, Rectangle.NO_BORDER));
        roll.addCell(cell("giust.", sf(9.5f), Element.ALIGN_CENTER, Rectangle.BOTTOM));
        roll.addCell(cell("ingiust.", sf(9.5f), Element.ALIGN_CENTER, Rectangle.BOTTOM));
        String[][] m = {
            {"PEDERZOLLI MARTA", "Sindaco", "", ""},
            {"BOLOGNANI FABIO", "Vicesindaco", "", ""},
            {"COMAI SILVIA", "Assessore", "", ""},
            {"CHISTÈ RENATO", "Assessore", "X", ""},
            {"TOMASI ELISA", "Assessore", "", ""}};
        for (String[] r : m) {
            roll.addCell(cell(r[0] + " - " + r[1], sf(10.5f), Element.ALIGN_LEFT, Rectangle.NO_BORDER));
            roll.addCell(cell(r[2], sf(10.5f), Element.ALIGN_CENTER, Rectangle.LEFT));
            roll.addCell(cell(r[3], sf(10.5f), Element.ALIGN_CENTER, Rectangle.LEFT | Rectangle.RIGHT));
        }
        roll.setSpacingAfter(10); d.add(roll);

        d.add(p("Assiste il Segretario comunale dott. Paolo Zanetti."));
        d.add(p("Riconosciuto legale il numero degli intervenuti, la signora Marta Pederzolli, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto suindicato."));
        d.add(c("LA GIUNTA COMUNALE", sfb(11), 6));
        d.add(p("Premesso che con deliberazione della Giunta comunale n. 41 di data 14 aprile 2026 è stato approvato il progetto di fattibilità tecnico-economica dei lavori di sistemazione e allargamento della strada comunale Vigo Cavedine – Stravino, per una spesa complessiva di euro 486.000,00;"));
        d.add(p("Visto il progetto esecutivo redatto dall'ing. Michele Bortolotti di Trento, incaricato con determinazione del Responsabile del Servizio tecnico n. 58 di data 22 maggio 2026, pervenuto al protocollo comunale n. 6127 di data 18 settembre 2026, che prevede una spesa complessiva di euro 498.500,00, di cui euro 372.400,00 per lavori a base d'asta ed euro 126.100,00 per somme a disposizione dell'Amministrazione;"));
        d.add(p("Visto il verbale di verifica e validazione del progetto esecutivo sottoscritto dal Responsabile unico del progetto in data 29 settembre 2026, ai sensi dell'art. 42 del D.Lgs. 31 marzo 2023, n. 36;"));
        d.add(p("Dato atto che la spesa trova copertura per euro 350.000,00 con il contributo concesso dalla Provincia autonoma di Trento sul Fondo per gli investimenti programmati dei Comuni e per euro 148.500,00 con fondi propri di bilancio, al capitolo 3520/0 del bilancio di previsione 2026-2028;"));
        d.add(p("Acquisiti i pareri favorevoli di regolarità tecnico-amministrativa e di regolarità contabile espressi ai sensi dell'art. 185 del Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con L.R. 3 maggio 2018, n. 2;"));
        d.add(p("Con voti favorevoli unanimi, espressi per alzata di mano,"));
        d.add(c("d e l i b e r a", sfb(11.5f), 6));
        String[] pts = {
            "di approvare, ai sensi dell'art. 41 del D.Lgs. 36/2023, il progetto esecutivo dei lavori di sistemazione e allargamento della strada comunale Vigo Cavedine – Stravino, redatto dall'ing. Michele Bortolotti, nell'importo complessivo di euro 498.500,00, secondo il quadro economico riportato in premessa;",
            "di dare atto che la spesa di euro 498.500,00 è imputata al capitolo 3520/0 del bilancio di previsione 2026-2028, esercizio 2026, e trova copertura come indicato in premessa;",
            "di incaricare il Responsabile del Servizio tecnico dell'adozione degli atti necessari all'affidamento dei lavori, nel rispetto del D.Lgs. 36/2023;",
            "di dichiarare il presente provvedimento, con separata ed unanime votazione, immediatamente eseguibile ai sensi dell'art. 183, comma 4, del Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con L.R. 3 maggio 2018, n. 2, stante l'urgenza di avviare la procedura di gara entro l'anno;",
            "di dare evidenza che avverso la presente deliberazione sono ammessi opposizione alla Giunta comunale durante il periodo di pubblicazione, ricorso al Tribunale amministrativo regionale di Trento entro 60 giorni e ricorso straordinario al Presidente della Repubblica entro 120 giorni."};
        int i = 1;
        for (String s : pts) {
            PdfPTable t = new PdfPTable(new float[]{0.06f, 0.94f}); t.setWidthPercentage(100);
            t.addCell(cell(i++ + ".", sf(11), Element.ALIGN_LEFT, Rectangle.NO_BORDER));
            PdfPCell v = new PdfPCell(new Phrase(14.2f, s, sf(11))); v.setBorder(Rectangle.NO_BORDER);
            v.setHorizontalAlignment(Element.ALIGN_JUSTIFIED); v.setPadding(3.5f); v.setLeading(14.2f, 0);
            t.addCell(v); t.setSpacingAfter(2); d.add(t);
        }
        Paragraph sp = new Paragraph("Letto, approvato e sottoscritto.", sf(11)); sp.setSpacingBefore(12); sp.setSpacingAfter(10); d.add(sp);
        PdfPTable sg = new PdfPTable(2); sg.setWidthPercentage(100);
        sg.addCell(cell("IL SINDACO\nMarta Pederzolli", sfb(10.5f), Element.ALIGN_CENTER, Rectangle.NO_BORDER));
        sg.addCell(cell("IL SEGRETARIO COMUNALE\ndott. Paolo Zanetti", sfb(10.5f), Element.ALIGN_CENTER, Rectangle.NO_BORDER));
        sg.setSpacingAfter(18); d.add(sg);
        d.add(c("RELAZIONE DI PUBBLICAZIONE", sfb(10.5f), 4));
        Paragraph rp = new Paragraph(13f, "Io sottoscritto Segretario comunale certifico che copia del presente verbale viene pubblicata il giorno 08/10/2026 all'albo telematico del Comune, ove rimarrà esposta per 10 giorni consecutivi.", sf(10));
        rp.setAlignment(Element.ALIGN_JUSTIFIED); d.add(rp);
        Paragraph rs = new Paragraph("IL SEGRETARIO COMUNALE – dott. Paolo Zanetti", sf(10)); rs.setAlignment(Element.ALIGN_RIGHT); rs.setSpacingBefore(6); d.add(rs);
        d.close();
    }
}
