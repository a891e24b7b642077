// Comune di Varzi (PV): BANDO N. 2/2026, Java + OpenPDF 1.3.30. Letterhead and a foot with the page
// number are drawn by a page event on every page; Area/Servizio under the letterhead; articles.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

public class D12Varzi {
    static BaseFont bf, bfb, bfi;
    static class Head extends PdfPageEventHelper {
        PdfTemplate total;
        public void onOpenDocument(PdfWriter w, Document d) { total = w.getDirectContent().createTemplate(30, 12); }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            float L = d.left(), R = d.right(), T = d.getPageSize().getHeight();
            cb.setColorStroke(new Color(0x55, 0x2a, 0x10)); cb.setLineWidth(0.8f);
            cb.rectangle(L, T - 86, 40, 50); cb.stroke();
            cb.beginText(); cb.setFontAndSize(bf, 5); cb.showTextAligned(Element.ALIGN_CENTER, "stemma", L + 20, T - 63, 0); cb.endText();
            cb.beginText(); cb.setFontAndSize(bfb, 16); cb.showTextAligned(Element.ALIGN_LEFT, "COMUNE DI VARZI", L + 52, T - 52, 0);
            cb.setFontAndSize(bf, 9); cb.showTextAligned(Element.ALIGN_LEFT, "Provincia di Pavia", L + 52, T - 65, 0);
            cb.setFontAndSize(bf, 7.5f); cb.showTextAligned(Element.ALIGN_LEFT, "Piazza Umberto I, 1 – 27057 Varzi (PV) – tel. 0383 52042 – www.comune.varzi.pv.it", L + 52, T - 77, 0);
            cb.endText();
            cb.moveTo(L, T - 92); cb.lineTo(R, T - 92); cb.stroke();
            cb.setLineWidth(0.3f); cb.moveTo(L, 44); cb.lineTo(R, 44); cb.stroke();
            cb.beginText(); cb.setFontAndSize(bf, 7);
            cb.showTextAligned(Element.ALIGN_LEFT, "Bando n. 2/2026 – Borse di studio a.s. 2025/2026 – OltrepòNet Atti", L, 34, 0);
            String s = "Pagina " + w.getPageNumber() + " di ";
            float sw = bf.getWidthPoint(s, 7);
            cb.showTextAligned(Element.ALIGN_LEFT, s, R - sw - 10, 34, 0);
            cb.endText();
            cb.addTemplate(total, R - 10, 34);
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText(); total.setFontAndSize(bf, 7); total.showText(String.valueOf(w.getPageNumber() - 1)); total.endText();
        }
    }
    static Paragraph p(String t, Font f, int align, float after) { Paragraph x = new Paragraph(t, f); x.setAlignment(align); x.setSpacingAfter(after); x.setLeading(14f); return x; }
    public static void main(String[] a) throws Exception {
        String F = "/usr/share/fonts/truetype/liberation/";
        bf = BaseFont.createFont(F + "LiberationSerif-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfb = BaseFont.createFont(F + "LiberationSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        bfi = BaseFont.createFont(F + "LiberationSerif-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Font n = new Font(bf, 11), b = new Font(bfb, 11), big = new Font(bfb, 15), it = new Font(bfi, 9), small = new Font(bf, 9.5f);
        Document d = new Document(PageSize.A4, 64, 58, 116, 64);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Head());
        d.addTitle("Bando n. 2/2026 - Borse di studio"); d.addAuthor("Comune di Varzi"); d.addCreator("OltrepòNet Atti 1.8");
        d.open();
        d.add(p("AREA AMMINISTRATIVA", b, Element.ALIGN_LEFT, 0));
        d.add(p("Servizi Scolastici, Culturali e Sportivi", n, Element.ALIGN_LEFT, 2));
        d.add(p("Prot. n. 2688 – Varzi, 10/06/2026", small, Element.ALIGN_LEFT, 14));
        d.add(p("BANDO N. 2/2026", big, Element.ALIGN_CENTER, 6));
        Paragraph t = p("ASSEGNAZIONE DI BORSE DI STUDIO COMUNALI A STUDENTI MERITEVOLI\nRESIDENTI FREQUENTANTI LE SCUOLE SECONDARIE – A.S. 2025/2026", b, Element.ALIGN_CENTER, 6);
        d.add(t);
        d.add(p("(approvato con determinazione n. 96 del 09/06/2026)", it, Element.ALIGN_CENTER, 14));
        d.add(p("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", b, Element.ALIGN_CENTER, 8));
        d.add(p("In esecuzione della deliberazione della Giunta comunale n. 47 del 26/05/2026, con la quale sono stati stabiliti i criteri per l'assegnazione delle borse di studio intitolate alla memoria del maestro Giovanni Bertorelli, e della propria determinazione n. 96 del 09/06/2026,", n, Element.ALIGN_JUSTIFIED, 8));
        d.add(p("RENDE NOTO", b, Element.ALIGN_CENTER, 8));
        d.add(p("che è indetto un bando pubblico per l'assegnazione di borse di studio a studenti residenti nel Comune di Varzi, secondo quanto disposto dagli articoli che seguono.", n, Element.ALIGN_JUSTIFIED, 10));
        String[][] art = {
            {"Art. 1 – Oggetto e importi", "Sono messe a concorso n. 6 borse di studio da euro 400,00 ciascuna per gli studenti che nell'anno scolastico 2025/2026 hanno concluso la scuola secondaria di primo grado con votazione non inferiore a 9/10, e n. 5 borse di studio da euro 600,00 ciascuna per gli studenti delle scuole secondarie di secondo grado con media non inferiore a 8/10."},
            {"Art. 2 – Requisiti", "Possono partecipare gli studenti residenti nel Comune di Varzi alla data di pubblicazione del presente bando, il cui nucleo familiare abbia un indicatore ISEE in corso di validità non superiore a euro 30.000,00."},
            {"Art. 3 – Domanda di partecipazione", "La domanda, redatta sul modulo allegato e sottoscritta dallo studente, se maggiorenne, o da chi esercita la responsabilità genitoriale, deve pervenire al protocollo del Comune entro le ore 12:00 del 31 luglio 2026, a mano, a mezzo posta elettronica certificata o tramite lo sportello telematico dell'Ente."},
            {"Art. 4 – Formazione della graduatoria", "Le graduatorie, distinte per ordine di scuola, sono formate sommando il punteggio di merito e il punteggio economico secondo i criteri dell'allegato A. A parità di punteggio prevale lo studente con l'indicatore ISEE inferiore."},
            {"Art. 5 – Erogazione", "Le borse di studio sono consegnate nel corso di una cerimonia pubblica entro il mese di ottobre 2026 e liquidate mediante accredito sul conto corrente indicato nella domanda."},
            {"Art. 6 – Trattamento dei dati personali", "I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente bando. Titolare del trattamento è il Comune di Varzi."},
            {"Art. 7 – Informazioni", "Il responsabile del procedimento è la sig.ra Paola Barbieri, Servizi Scolastici (tel. 0383 52042 int. 4). Il bando e il modulo di domanda sono pubblicati all'Albo Pretorio on line e sul sito istituzionale."},
        };
        for (String[] x : art) { d.add(p(x[0], b, Element.ALIGN_LEFT, 2)); d.add(p(x[1], n, Element.ALIGN_JUSTIFIED, 9)); }
        d.add(p("Varzi, 10/06/2026", n, Element.ALIGN_LEFT, 12));
        d.add(p("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", n, Element.ALIGN_RIGHT, 0));
        d.add(p("dott.ssa Cristina Draghi", n, Element.ALIGN_RIGHT, 0));
        d.add(p("(firmato digitalmente)", it, Element.ALIGN_RIGHT, 0));
        d.close();
    }
}
