// Commune de Saint-Pierre / Comune di Saint-Pierre (AO): numbered public selection notice,
// French and Italian one under the other (French in italics first), printed by OpenPDF 1.3.30.
// Letterhead and footer come from a page event on every page; the label/value grid at the top
// is a PdfPTable; the date of the notice is written in French words beside the Italian ones.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class D10SaintPierre {
    static Font f(int style, float size) { return FontFactory.getFont(FontFactory.TIMES_ROMAN, BaseFont.CP1252, size, style); }
    static class Ev extends PdfPageEventHelper {
        public void onEndPage(PdfWriter w, Document d) {
            try {
                PdfContentByte cb = w.getDirectContent();
                BaseFont b = BaseFont.createFont(BaseFont.TIMES_BOLD, BaseFont.CP1252, false);
                BaseFont r = BaseFont.createFont(BaseFont.TIMES_ROMAN, BaseFont.CP1252, false);
                BaseFont i = BaseFont.createFont(BaseFont.TIMES_ITALIC, BaseFont.CP1252, false);
                cb.beginText();
                cb.setFontAndSize(b, 14); cb.showTextAligned(Element.ALIGN_LEFT, "Commune de Saint-Pierre", d.left(), 800, 0);
                cb.showTextAligned(Element.ALIGN_RIGHT, "Comune di Saint-Pierre", d.right(), 800, 0);
                cb.setFontAndSize(i, 8.5f); cb.showTextAligned(Element.ALIGN_LEFT, "Région Autonome Vallée d'Aoste", d.left(), 788, 0);
                cb.showTextAligned(Element.ALIGN_RIGHT, "Regione Autonoma Valle d'Aosta", d.right(), 788, 0);
                cb.setFontAndSize(r, 8); cb.showTextAligned(Element.ALIGN_CENTER, "Rue Corrado Gex / Via Corrado Gex 2 – 11010 Saint-Pierre (AO)", (d.left() + d.right()) / 2, 778, 0);
                cb.endText();
                cb.setLineWidth(1.2f); cb.moveTo(d.left(), 772); cb.lineTo(d.right(), 772); cb.stroke();
                cb.setLineWidth(0.4f); cb.moveTo(d.left(), 50); cb.lineTo(d.right(), 50); cb.stroke();
                cb.beginText(); cb.setFontAndSize(r, 7.5f);
                cb.showTextAligned(Element.ALIGN_LEFT, "Avis de sélection n° 2/2026 – Bando di selezione n. 2/2026", d.left(), 40, 0);
                cb.showTextAligned(Element.ALIGN_RIGHT, "Page / Pag. " + w.getPageNumber(), d.right(), 40, 0);
                cb.endText();
            } catch (Exception e) { throw new RuntimeException(e); }
        }
    }
    static Paragraph par(String s, Font fo, int align, float after) {
        Paragraph p = new Paragraph(s, fo); p.setAlignment(align); p.setSpacingAfter(after); p.setLeading(fo.getSize() * 1.3f); return p;
    }
    static PdfPCell cell(String s, Font fo, boolean grey) {
        PdfPCell c = new PdfPCell(new Phrase(s, fo)); c.setPadding(4);
        if (grey) c.setGrayFill(0.88f);
        return c;
    }
    public static void main(String[] a) throws Exception {
        Document d = new Document(PageSize.A4, 60, 60, 82, 66);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Ev());
        d.addTitle("Bando selezione 2-2026"); d.addAuthor("Bureau du personnel"); d.addCreator("Kalkun Atti 3");
        d.open();
        Font fi = f(Font.ITALIC, 10), fr = f(Font.NORMAL, 10.5f), fb = f(Font.BOLD, 10.5f), fs = f(Font.NORMAL, 9), fsb = f(Font.BOLD, 9);
        PdfPTable g = new PdfPTable(new float[]{28, 72}); g.setWidthPercentage(100);
        g.addCell(cell("Secteur / Area", fsb, true)); g.addCell(cell("Secteur administratif / Area amministrativa", fs, false));
        g.addCell(cell("Bureau / Ufficio", fsb, true)); g.addCell(cell("Bureau du personnel / Ufficio personale", fs, false));
        g.addCell(cell("Réf. / Prot. n.", fsb, true)); g.addCell(cell("5318", fs, false));
        g.setSpacingAfter(12); d.add(g);
        d.add(par("AVIS DE SÉLECTION PUBLIQUE N° 2/2026", f(Font.BOLDITALIC, 12.5f), Element.ALIGN_CENTER, 2));
        d.add(par("BANDO DI SELEZIONE PUBBLICA N. 2/2026", f(Font.BOLD, 13.5f), Element.ALIGN_CENTER, 8));
        d.add(par("Sélection publique, sur épreuves, pour le recrutement sous contrat à durée indéterminée et à plein temps d'un collaborateur (ouvrier spécialisé – conducteur de car scolaire), catégorie B, position B3.", fi, Element.ALIGN_CENTER, 5));
        d.add(par("Selezione pubblica, per esami, per l'assunzione a tempo indeterminato e pieno di un collaboratore (operaio specializzato – autista di scuolabus), categoria B, posizione B3.", fb, Element.ALIGN_CENTER, 12));
        d.add(par("LE SECRÉTAIRE COMMUNAL / IL SEGRETARIO COMUNALE", fb, Element.ALIGN_CENTER, 8));
        String[][] arts = {
            {"Art. 1 – Objet / Oggetto", "Une sélection publique est ouverte pour le recrutement d'un collaborateur à affecter au service de transport scolaire et à l'entretien du patrimoine communal.", "È indetta una selezione pubblica, per esami, per l'assunzione a tempo indeterminato e pieno di un collaboratore (operaio specializzato – autista di scuolabus), categoria B, posizione B3, del comparto unico regionale, da assegnare al servizio di trasporto scolastico e alla manutenzione del patrimonio comunale."},
            {"Art. 2 – Conditions requises / Requisiti", "Les candidats doivent être titulaires du permis de conduire de catégorie D et de la carte de qualification du conducteur (CQC).", "Per l'ammissione sono richiesti: diploma di istruzione secondaria di primo grado; patente di guida di categoria D e carta di qualificazione del conducente (CQC) per il trasporto di persone; conoscenza della lingua francese o italiana, accertata secondo le modalità previste dalla normativa regionale."},
            {"Art. 3 – Dépôt des dossiers / Presentazione delle domande", "Les actes de candidature doivent parvenir au Bureau du personnel au plus tard le 12 juin 2026, à 12 heures.", "Le domande di ammissione, redatte sul modulo allegato, devono pervenire all'Ufficio personale del Comune entro le ore 12:00 del 12 giugno 2026, mediante consegna a mano, PEC all'indirizzo protocollo@pec.comune.saint-pierre.ao.it o raccomandata con avviso di ricevimento."},
            {"Art. 4 – Épreuves / Prove d'esame", "Le concours comporte une épreuve pratique et une épreuve orale, précédées de la vérification de la connaissance de la langue.", "Le prove consistono in una prova pratica di guida e di manutenzione di base dei mezzi comunali e in una prova orale sulle materie indicate nel disciplinare, precedute dall'accertamento della conoscenza della lingua francese o italiana."},
            {"Art. 5 – Dispositions finales / Disposizioni finali", "Pour tout renseignement, les intéressés peuvent s'adresser au Bureau du personnel (tél. 0165 927811).", "Il presente bando è pubblicato all'albo pretorio on line del Comune e sul Bollettino ufficiale della Regione. Per informazioni rivolgersi all'Ufficio personale (tel. 0165 927811). Il responsabile del procedimento è il Segretario comunale."}
        };
        for (String[] ar : arts) {
            d.add(par(ar[0], fsb, Element.ALIGN_LEFT, 2));
            d.add(par(ar[1], f(Font.ITALIC, 9.5f), Element.ALIGN_JUSTIFIED, 2));
            d.add(par(ar[2], fr, Element.ALIGN_JUSTIFIED, 8));
        }
        PdfPTable dt = new PdfPTable(2); dt.setWidthPercentage(100); dt.setSpacingBefore(6);
        PdfPCell c1 = new PdfPCell(new Phrase("Saint-Pierre, le douze mai deux mille vingt-six", fi)); c1.setBorder(0);
        PdfPCell c2 = new PdfPCell(new Phrase("Saint-Pierre, dodici maggio duemilaventisei", fr)); c2.setBorder(0); c2.setHorizontalAlignment(Element.ALIGN_RIGHT);
        dt.addCell(c1); dt.addCell(c2); d.add(dt);
        d.add(par(" ", fr, Element.ALIGN_LEFT, 6));
        d.add(par("Le Secrétaire communal / Il Segretario comunale", fr, Element.ALIGN_RIGHT, 2));
        d.add(par("dott. Hervé Vallet", fb, Element.ALIGN_RIGHT, 2));
        d.add(par("(signé numériquement / firmato digitalmente)", f(Font.ITALIC, 8), Element.ALIGN_RIGHT, 2));
        d.close();
    }
}
