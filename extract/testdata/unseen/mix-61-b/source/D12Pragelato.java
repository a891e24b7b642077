// Comune di Pragelato (TO): numbered public notice (bando) printed by OpenPDF 1.3.30.
// Letterhead and footer are drawn by a page event on every page; the Albo stamp is set
// rotated 90 degrees up the left margin of the first page; articles in a justified flow.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class D12Pragelato {
    static Font f(int style, float size) { return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, size, style); }

    static class Ev extends PdfPageEventHelper {
        PdfTemplate total;
        public void onOpenDocument(PdfWriter w, Document d) { total = w.getDirectContent().createTemplate(30, 12); }
        public void onEndPage(PdfWriter w, Document d) {
            try {
                PdfContentByte cb = w.getDirectContent();
                BaseFont hb = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, false);
                BaseFont hr = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, false);
                float cx = (d.left() + d.right()) / 2;
                cb.beginText();
                cb.setFontAndSize(hb, 15); cb.showTextAligned(Element.ALIGN_CENTER, "COMUNE DI PRAGELATO", cx, 800, 0);
                cb.setFontAndSize(hr, 8.5f); cb.showTextAligned(Element.ALIGN_CENTER, "Città Metropolitana di Torino", cx, 788, 0);
                cb.showTextAligned(Element.ALIGN_CENTER, "Piazza Lantelme 1 – 10060 Pragelato (TO) – protocollo@pec.comune.pragelato.to.it", cx, 777, 0);
                cb.setFontAndSize(hb, 9); cb.showTextAligned(Element.ALIGN_CENTER, "AREA TECNICA – Servizio Patrimonio, Boschi e Pascoli", cx, 763, 0);
                cb.endText();
                cb.setLineWidth(0.8f); cb.moveTo(d.left(), 757); cb.lineTo(d.right(), 757); cb.stroke();
                cb.setLineWidth(0.4f); cb.moveTo(d.left(), 48); cb.lineTo(d.right(), 48); cb.stroke();
                cb.beginText(); cb.setFontAndSize(hr, 7.5f);
                cb.showTextAligned(Element.ALIGN_LEFT, "Bando pubblico n. 3/2026 – Affitto dei pascoli comunali", d.left(), 38, 0);
                String p = "Pag. " + w.getPageNumber() + " di ";
                cb.showTextAligned(Element.ALIGN_LEFT, p, d.right() - 50, 38, 0);
                cb.endText();
                cb.addTemplate(total, d.right() - 50 + hr.getWidthPoint(p, 7.5f), 38);
                if (w.getPageNumber() == 1) {
                    cb.saveState();
                    cb.setRGBColorStroke(30, 60, 140); cb.setRGBColorFill(30, 60, 140);
                    cb.rectangle(22, 330, 22, 330); cb.stroke();
                    cb.beginText(); cb.setFontAndSize(hb, 7.5f);
                    cb.showTextAligned(Element.ALIGN_CENTER, "ALBO PRETORIO ON LINE – PUBBLICATO DAL 11/05/2026 AL 10/06/2026 – REG. N. 298", 36, 495, 90);
                    cb.endText(); cb.restoreState();
                }
            } catch (Exception e) { throw new RuntimeException(e); }
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            try {
                BaseFont hr = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, false);
                total.beginText(); total.setFontAndSize(hr, 7.5f); total.setTextMatrix(0, 0);
                total.showText(String.valueOf(w.getPageNumber() - 1)); total.endText();
            } catch (Exception e) { throw new RuntimeException(e); }
        }
    }

    static Paragraph par(String s, Font fo, int align, float after) {
        Paragraph p = new Paragraph(s, fo); p.setAlignment(align); p.setSpacingAfter(after); p.setLeading(fo.getSize() * 1.35f); return p;
    }

    public static void main(String[] a) throws Exception {
        Document d = new Document(PageSize.A4, 62, 62, 100, 66);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Ev());
        d.addTitle("Bando pubblico n. 3/2026"); d.addCreator("GeoAlbo Patrimonio 5");
        d.open();
        Font body = f(Font.NORMAL, 10.5f), bold = f(Font.BOLD, 10.5f), big = f(Font.BOLD, 13);
        d.add(par("Prot. n. 2417 del 11/05/2026", f(Font.NORMAL, 9), Element.ALIGN_RIGHT, 14));
        d.add(par("BANDO PUBBLICO N. 3/2026", big, Element.ALIGN_CENTER, 4));
        d.add(par("PER L'ASSEGNAZIONE IN AFFITTO DEI PASCOLI COMUNALI DELL'ALPE DEL BEAL E DELL'ALPE LAVAL PER LE STAGIONI MONTICATORIE 2026–2031", bold, Element.ALIGN_CENTER, 14));
        d.add(par("IL RESPONSABILE DELL'AREA TECNICA", bold, Element.ALIGN_CENTER, 8));
        d.add(par("In esecuzione della deliberazione della Giunta Comunale n. 31 del 23/04/2026 e della propria determinazione n. 64 del 08/05/2026, ai sensi della L. 3 maggio 1982, n. 203, e della L.R. Piemonte 2 novembre 1982, n. 32,", body, Element.ALIGN_JUSTIFIED, 8));
        d.add(par("RENDE NOTO", bold, Element.ALIGN_CENTER, 8));
        d.add(par("che è indetta una procedura ad evidenza pubblica per l'assegnazione in affitto, mediante offerta economica in aumento sul canone a base d'asta, dei pascoli comunali di seguito descritti.", body, Element.ALIGN_JUSTIFIED, 10));
        String[][] art = {
            {"Art. 1 – Oggetto", "Lotto 1: Alpe del Beal, superficie pascoliva di ettari 182,40, carico massimo 95 UBA, canone annuo a base d'asta euro 6.800,00. Lotto 2: Alpe Laval, superficie pascoliva di ettari 126,75, carico massimo 64 UBA, canone annuo a base d'asta euro 4.900,00. I fabbricati d'alpeggio sono concessi nello stato di fatto in cui si trovano."},
            {"Art. 2 – Durata", "L'affitto ha durata di sei stagioni monticatorie, dal 1° giugno 2026 al 31 ottobre 2031; il periodo di monticazione è compreso tra il 1° giugno e il 15 ottobre di ciascun anno, salvo diverse disposizioni del piano pastorale."},
            {"Art. 3 – Requisiti di partecipazione", "Possono partecipare gli imprenditori agricoli professionali e i coltivatori diretti, singoli o associati, iscritti alla C.C.I.A.A. e titolari di un codice aziendale zootecnico attivo, che non abbiano debiti nei confronti del Comune di Pragelato."},
            {"Art. 4 – Modalità e termine di presentazione delle offerte", "Le offerte, in plico chiuso e controfirmato sui lembi di chiusura, dovranno pervenire all'Ufficio Protocollo del Comune entro le ore 12:00 del giorno 29 maggio 2026. Il plico dovrà contenere la domanda di partecipazione (modello A), la dichiarazione sostitutiva dei requisiti (modello B) e l'offerta economica in busta separata (modello C)."},
            {"Art. 5 – Criterio di aggiudicazione", "Ciascun lotto sarà aggiudicato al concorrente che avrà offerto il canone annuo più alto. A parità di offerta sarà data preferenza ai giovani agricoltori di età inferiore a 41 anni e, in subordine, alle aziende con sede nel Comune di Pragelato. L'apertura dei plichi avverrà in seduta pubblica il giorno 3 giugno 2026 alle ore 10:00."},
            {"Art. 6 – Obblighi dell'affittuario", "L'affittuario è tenuto al rispetto del piano pastorale, alla manutenzione ordinaria dei fabbricati, delle recinzioni e degli abbeveratoi, al decespugliamento annuale di almeno due ettari per lotto e alla stipula di una polizza di responsabilità civile verso terzi."},
            {"Art. 7 – Trattamento dei dati personali", "I dati forniti saranno trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente bando. Responsabile del procedimento è il geom. Luca Perron Cabus (tel. 0122 78844)."},
        };
        for (String[] x : art) {
            d.add(par(x[0], bold, Element.ALIGN_LEFT, 2));
            d.add(par(x[1], body, Element.ALIGN_JUSTIFIED, 9));
        }
        d.add(par("Il presente bando è pubblicato all'Albo Pretorio on line e sul sito istituzionale del Comune per trenta giorni consecutivi.", body, Element.ALIGN_JUSTIFIED, 16));
        d.add(par("Pragelato, 11 maggio 2026", body, Element.ALIGN_LEFT, 18));
        d.add(par("IL RESPONSABILE DELL'AREA TECNICA", body, Element.ALIGN_RIGHT, 2));
        d.add(par("geom. Luca Perron Cabus", body, Element.ALIGN_RIGHT, 2));
        d.add(par("(firmato digitalmente ai sensi del D.Lgs. 82/2005)", f(Font.ITALIC, 8.5f), Element.ALIGN_RIGHT, 2));
        d.close();
    }
}
