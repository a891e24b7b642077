// Ente Parco Nazionale delle Foreste Casentinesi - BANDO n. 4/2026 (OpenPDF 1.3.30).
// Letterhead and foot drawn by a page event on every page; Albo stamp rotated 90 degrees in the left margin.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
import java.awt.Color;

public class D09ForesteCasentinesi {
    static final Color GREEN = new Color(38, 92, 52);
    static BaseFont SANS, SANSB, SERIF, SERIFB, SERIFI;

    static class Events extends PdfPageEventHelper {
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            float W = d.getPageSize().getWidth(), H = d.getPageSize().getHeight();
            // tree logo
            cb.setColorFill(GREEN);
            cb.moveTo(70, H - 82); cb.lineTo(88, H - 40); cb.lineTo(106, H - 82); cb.closePath(); cb.fill();
            cb.rectangle(85, H - 92, 6, 10); cb.fill();
            cb.beginText();
            cb.setFontAndSize(SANSB, 13); cb.setTextMatrix(118, H - 54);
            cb.showText("Ente Parco Nazionale delle Foreste Casentinesi,");
            cb.setTextMatrix(118, H - 70); cb.showText("Monte Falterona e Campigna");
            cb.setColorFill(Color.DARK_GRAY); cb.setFontAndSize(SANS, 8);
            cb.setTextMatrix(118, H - 84);
            cb.showText("Via Guido Brocchi 7 – 52015 Pratovecchio Stia (AR) – www.parcoforestecasentinesi.it");
            cb.endText();
            cb.setColorStroke(GREEN); cb.setLineWidth(0.8f); cb.moveTo(60, H - 98); cb.lineTo(W - 60, H - 98); cb.stroke();
            cb.moveTo(60, 50); cb.lineTo(W - 60, 50); cb.stroke();
            cb.beginText(); cb.setColorFill(Color.DARK_GRAY); cb.setFontAndSize(SANS, 7.5f);
            cb.showTextAligned(Element.ALIGN_LEFT, "Bando n. 4/2026 – Contributi per il recupero dei castagneti da frutto", 60, 38, 0);
            cb.showTextAligned(Element.ALIGN_RIGHT, "pag. " + w.getPageNumber(), W - 60, 38, 0);
            cb.endText();
            if (w.getPageNumber() == 1) {
                cb.setColorStroke(new Color(30, 60, 150)); cb.setLineWidth(1);
                cb.rectangle(22, 330, 26, 260); cb.stroke();
                cb.beginText(); cb.setColorFill(new Color(30, 60, 150)); cb.setFontAndSize(SANSB, 7.5f);
                cb.showTextAligned(Element.ALIGN_CENTER, "ALBO ON LINE – Pubblicato dal 17/06/2026 al 17/07/2026", 32, 460, 90);
                cb.setFontAndSize(SANS, 7);
                cb.showTextAligned(Element.ALIGN_CENTER, "Reg. pubbl. n. 288 – Il Responsabile della pubblicazione", 42, 460, 90);
                cb.endText();
            }
        }
    }

    static Paragraph p(String t, Font f, int align, float after) {
        Paragraph x = new Paragraph(t, f); x.setAlignment(align); x.setSpacingAfter(after); x.setLeading(14f); return x;
    }

    public static void main(String[] a) throws Exception {
        SANS = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        SANSB = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Font body = new Font(BaseFont.createFont(BaseFont.TIMES_ROMAN, BaseFont.CP1252, BaseFont.NOT_EMBEDDED), 11);
        Font bold = new Font(BaseFont.createFont(BaseFont.TIMES_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED), 11);
        Font h = new Font(SANSB, 13, Font.NORMAL, GREEN);
        Font hs = new Font(SANSB, 10.5f);
        Document d = new Document(PageSize.A4, 68, 60, 118, 70);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Events());
        d.addTitle("Bando n. 4/2026"); d.addCreator("Protocollo Informatico - Ente Parco");
        d.open();
        PdfPTable reg = new PdfPTable(new float[]{1.1f, 2f, 1.1f, 2f}); reg.setWidthPercentage(100);
        String[][] c = {{"Servizio", "Servizio Promozione, Conservazione, Ricerca e Divulgazione della Natura", "Prot.", "n. 3127 del 16/06/2026"}};
        for (String[] r : c) for (int i = 0; i < 4; i++) {
            PdfPCell k = new PdfPCell(new Phrase(r[i], i % 2 == 0 ? new Font(SANSB, 8.5f) : new Font(SANS, 8.5f)));
            k.setPadding(4); if (i % 2 == 0) k.setBackgroundColor(new Color(230, 240, 230)); reg.addCell(k);
        }
        d.add(reg);
        d.add(p(" ", body, Element.ALIGN_CENTER, 4));
        d.add(p("BANDO N. 4/2026", h, Element.ALIGN_CENTER, 4));
        d.add(p("CONCESSIONE DI CONTRIBUTI PER IL RECUPERO E LA MANUTENZIONE DEI CASTAGNETI DA FRUTTO TRADIZIONALI NEL TERRITORIO DEL PARCO – ANNUALITÀ 2026", hs, Element.ALIGN_CENTER, 10));
        d.add(p("IL DIRETTORE", bold, Element.ALIGN_CENTER, 6));
        d.add(p("in esecuzione della deliberazione del Consiglio Direttivo n. 19 del 28 maggio 2026, con la quale sono stati approvati i criteri per la concessione di contributi a sostegno della castanicoltura tradizionale, e della propria determinazione n. 241 del 15 giugno 2026,", body, Element.ALIGN_JUSTIFIED, 6));
        d.add(p("RENDE NOTO", bold, Element.ALIGN_CENTER, 6));
        String[][] art = {
            {"Art. 1 – Finalità e dotazione", "L'Ente Parco concede contributi in conto capitale per interventi di recupero, potatura, ripulitura e innesto dei castagneti da frutto tradizionali ricadenti nei Comuni del Parco, nel limite della dotazione complessiva di € 180.000,00 a valere sul bilancio 2026, capitolo 11420."},
            {"Art. 2 – Beneficiari", "Possono presentare domanda le imprese agricole, singole o associate, e i proprietari o conduttori di castagneti da frutto con superficie non inferiore a 0,5 ettari, situati all'interno del perimetro del Parco o nelle aree contigue."},
            {"Art. 3 – Misura del contributo", "Il contributo è pari al 60% della spesa ammissibile, elevato al 70% per i giovani agricoltori, con un massimo di € 8.000,00 per beneficiario. Sono ammissibili le spese sostenute dal 1° luglio 2026 al 30 giugno 2027."},
            {"Art. 4 – Presentazione delle domande", "Le domande, redatte sul modello allegato, devono pervenire entro le ore 12:00 del 31 luglio 2026 esclusivamente a mezzo PEC all'indirizzo protocollo@pec.parcoforestecasentinesi.it, con la documentazione indicata nel modello."},
            {"Art. 5 – Istruttoria e graduatoria", "Le domande sono istruite dal Servizio Promozione, Conservazione, Ricerca e Divulgazione della Natura, che forma la graduatoria secondo i criteri di priorità approvati dal Consiglio Direttivo; la graduatoria è approvata con determinazione del Direttore e pubblicata all'Albo on line dell'Ente."},
            {"Art. 6 – Trattamento dei dati personali", "I dati forniti sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente bando. Titolare del trattamento è l'Ente Parco Nazionale delle Foreste Casentinesi, Monte Falterona e Campigna."},
            {"Art. 7 – Responsabile del procedimento", "Responsabile del procedimento è il dott. for. Filippo Mengozzi; informazioni al numero 0575 50301."},
        };
        for (String[] r : art) { d.add(p(r[0], bold, Element.ALIGN_LEFT, 2)); d.add(p(r[1], body, Element.ALIGN_JUSTIFIED, 8)); }
        d.add(p("Pratovecchio Stia, 17/06/2026", body, Element.ALIGN_LEFT, 14));
        d.add(p("IL DIRETTORE\ndott. Marco Bartolini\n(firmato digitalmente)", body, Element.ALIGN_RIGHT, 0));
        d.close();
    }
}
