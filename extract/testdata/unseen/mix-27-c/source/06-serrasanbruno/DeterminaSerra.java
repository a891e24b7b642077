// Determinazione of the Comune di Serra San Bruno as printed by an in-house Alfresco-based document system
// (Java report with OpenPDF 1.3.43): running head carrying number/date, Area heading, subject as a boxed title
// block without label, dash-bulleted operative points, Alfresco node reference in the foot.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class DeterminaSerra {
    static final String DV = "/usr/share/fonts/truetype/dejavu/";
    static BaseFont bf, bfb, bfi;

    static Paragraph p(String s, Font f, int align, float after) {
        Paragraph x = new Paragraph(s, f);
        x.setAlignment(align);
        x.setSpacingAfter(after);
        x.setLeading(f.getSize() * 1.35f);
        return x;
    }

    public static void main(String[] a) throws Exception {
        bf = BaseFont.createFont(DV + "DejaVuSerif.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfb = BaseFont.createFont(DV + "DejaVuSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfi = BaseFont.createFont(DV + "DejaVuSerif-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        final BaseFont sans = BaseFont.createFont(DV + "DejaVuSansCondensed.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Font n = new Font(bf, 10), b = new Font(bfb, 10), big = new Font(bfb, 15), it = new Font(bfi, 8.5f), sm = new Font(bf, 8.5f);

        Document doc = new Document(PageSize.A4, 62, 56, 92, 60);
        PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(a[0]));
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document d) {
                PdfContentByte cb = wr.getDirectContent();
                cb.beginText();
                cb.setFontAndSize(sans, 8);
                cb.showTextAligned(Element.ALIGN_LEFT, "Comune di Serra San Bruno", 62, 805, 0);
                cb.showTextAligned(Element.ALIGN_RIGHT, "Det. n. 133 del 07/05/2026 – Reg. Area n. 41", 539, 805, 0);
                cb.setFontAndSize(sans, 7);
                cb.showTextAligned(Element.ALIGN_LEFT, "workspace://SpacesStore/3f2a9c1e-77b4-4d0e-9a51-c0e2d7b41a83 – v. 1.2", 62, 34, 0);
                cb.showTextAligned(Element.ALIGN_RIGHT, "pag. " + wr.getPageNumber(), 539, 34, 0);
                cb.endText();
                cb.setLineWidth(0.5f);
                cb.moveTo(62, 800); cb.lineTo(539, 800); cb.stroke();
                cb.moveTo(62, 44); cb.lineTo(539, 44); cb.stroke();
            }
        });
        doc.addCreator("Alfresco – Gestione Atti (modulo Determine)");
        doc.addTitle("Determinazione n. 133/2026");
        doc.open();

        PdfPTable lh = new PdfPTable(new float[]{1f, 5f});
        lh.setWidthPercentage(100);
        PdfPCell crest = new PdfPCell(new Phrase("[stemma]", it));
        crest.setFixedHeight(52); crest.setHorizontalAlignment(Element.ALIGN_CENTER); crest.setVerticalAlignment(Element.ALIGN_MIDDLE);
        lh.addCell(crest);
        PdfPCell t = new PdfPCell();
        t.setBorder(Rectangle.NO_BORDER); t.setPaddingLeft(10);
        t.addElement(p("COMUNE DI SERRA SAN BRUNO", big, Element.ALIGN_LEFT, 0));
        t.addElement(p("Provincia di Vibo Valentia", n, Element.ALIGN_LEFT, 0));
        t.addElement(p("Corso Umberto I, 1 – 89822 Serra San Bruno (VV) – protocollo.serrasanbruno@asmepec.it", sm, Element.ALIGN_LEFT, 0));
        lh.addCell(t);
        doc.add(lh);
        doc.add(p(" ", n, Element.ALIGN_LEFT, 4));
        doc.add(p("AREA AMMINISTRATIVA", new Font(bfb, 12), Element.ALIGN_CENTER, 0));
        doc.add(p("Servizio Gestione Risorse Umane", n, Element.ALIGN_CENTER, 10));
        doc.add(p("DETERMINAZIONE", new Font(bfb, 13), Element.ALIGN_CENTER, 6));

        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        PdfPCell sc = new PdfPCell(p("Liquidazione dei compensi ai componenti della Commissione esaminatrice del concorso pubblico, per esami, "
                + "per la copertura di n. 1 posto di Istruttore Amministrativo a tempo pieno e indeterminato – Area degli Istruttori.", b, Element.ALIGN_JUSTIFIED, 0));
        sc.setPadding(8); sc.setBackgroundColor(new java.awt.Color(240, 240, 240));
        box.addCell(sc);
        doc.add(box);
        doc.add(p(" ", n, Element.ALIGN_LEFT, 2));

        doc.add(p("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", b, Element.ALIGN_CENTER, 6));
        String[] prem = {
            "Richiamata la propria determinazione n. 412 del 18/11/2025, con la quale è stato indetto il concorso pubblico, per esami, per la copertura di n. 1 posto di Istruttore Amministrativo a tempo pieno e indeterminato, Area degli Istruttori, del vigente CCNL Funzioni Locali;",
            "Richiamata altresì la determinazione n. 38 del 10/02/2026, con la quale è stata nominata la Commissione esaminatrice, composta da un Presidente e da due componenti esperti esterni all'Ente, nonché da un segretario verbalizzante dipendente dell'Ente;",
            "Dato atto che la Commissione ha concluso i propri lavori in data 14/04/2026, come risulta dai verbali trasmessi al Servizio Gestione Risorse Umane, e che la graduatoria finale di merito è stata approvata con determinazione n. 109 del 21/04/2026;",
            "Visto il D.P.C.M. 24 aprile 2020, che disciplina i compensi da corrispondere ai componenti delle commissioni esaminatrici dei concorsi pubblici, e ritenuto di liquidare a ciascun componente esterno il compenso base di € 1.400,00, oltre al compenso integrativo di € 1,00 per ciascun elaborato corretto (n. 47 elaborati), oltre al rimborso delle spese di viaggio documentate;",
            "Dato atto che al segretario verbalizzante, dipendente dell'Ente, non spetta alcun compenso, essendo l'attività svolta durante l'orario di servizio;",
            "Visto il decreto sindacale n. 3 del 08/01/2026, di conferimento dell'incarico di Elevata Qualificazione dell'Area Amministrativa;",
            "Vista la deliberazione del Consiglio Comunale n. 5 del 27/02/2026, di approvazione del bilancio di previsione finanziario 2026/2028;",
            "Accertata l'insussistenza di situazioni di conflitto di interessi ai sensi dell'art. 6-bis della Legge 241/1990;",
        };
        for (String s : prem) doc.add(p(s, n, Element.ALIGN_JUSTIFIED, 4));
        doc.add(p("D E T E R M I N A", b, Element.ALIGN_CENTER, 6));
        String[] pts = {
            "di liquidare ai componenti esterni della Commissione esaminatrice i compensi spettanti, come di seguito indicato: Presidente Dott. Raffaele Tassone € 1.447,00 oltre rimborso spese di viaggio di € 86,40; componente Dott.ssa Caterina Pungitore € 1.447,00; componente Avv. Bruno Zaffino € 1.447,00 oltre rimborso spese di viaggio di € 54,20;",
            "di imputare la spesa complessiva di € 4.481,60 sul Capitolo 1036 “Spese per concorsi” del bilancio 2026/2028, esercizio 2026, impegno n. 2026/97 assunto con la determinazione n. 38 del 10/02/2026;",
            "di trasmettere il presente atto al Servizio Finanziario per l'emissione dei relativi mandati di pagamento e di disporne la pubblicazione all'Albo Pretorio on line per quindici giorni consecutivi.",
        };
        List l = new List(false, 14);
        l.setListSymbol(new Chunk("–", n));
        for (String s : pts) {
            ListItem li = new ListItem(s, n);
            li.setAlignment(Element.ALIGN_JUSTIFIED);
            li.setSpacingAfter(4);
            li.setLeading(13.5f);
            l.add(li);
        }
        doc.add(l);
        doc.add(p(" ", n, Element.ALIGN_LEFT, 6));
        doc.add(p("Serra San Bruno, 07/05/2026", n, Element.ALIGN_LEFT, 10));
        PdfPTable sig = new PdfPTable(new float[]{1f, 1f});
        sig.setWidthPercentage(100);
        PdfPCell e = new PdfPCell(new Phrase(" ")); e.setBorder(Rectangle.NO_BORDER); sig.addCell(e);
        PdfPCell s = new PdfPCell();
        s.setBorder(Rectangle.NO_BORDER);
        s.addElement(p("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", b, Element.ALIGN_CENTER, 0));
        s.addElement(p("Dott.ssa Maria Teresa Pisani", n, Element.ALIGN_CENTER, 0));
        s.addElement(p("(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)", it, Element.ALIGN_CENTER, 0));
        sig.addCell(s);
        doc.add(sig);
        doc.add(p(" ", n, Element.ALIGN_LEFT, 10));
        PdfPTable vc = new PdfPTable(1);
        vc.setWidthPercentage(100);
        PdfPCell v = new PdfPCell();
        v.setPadding(6);
        v.addElement(p("VISTO DI REGOLARITÀ CONTABILE", b, Element.ALIGN_LEFT, 2));
        v.addElement(p("Si appone il visto di regolarità contabile attestante la copertura finanziaria ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Serra San Bruno, 07/05/2026. Il Responsabile dell'Area Economico-Finanziaria, Rag. Vincenzo Chiera.", sm, Element.ALIGN_JUSTIFIED, 0));
        vc.addCell(v);
        doc.add(vc);
        doc.close();
    }
}
