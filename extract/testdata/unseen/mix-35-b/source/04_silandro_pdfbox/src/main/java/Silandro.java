// Determinazione of the Marktgemeinde Schlanders / Comune di Silandro, laid out
// by hand with Apache PDFBox 2.0 as a small Java "atti" module would: bilingual
// letterhead, register box at the right margin, body in Italian, numbered
// points, bilingual page foot. Fonts: Liberation Sans/Serif, subset (Type0).
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.*;
import java.io.File;
import java.util.*;

public class Silandro {
    static PDDocument doc;
    static PDPageContentStream cs;
    static PDFont R, B, I, S, SB;
    static float y;
    static int page = 0;
    static final float L = 62f, RM = 540f, W = RM - L;
    static List<PDPage> pages = new ArrayList<>();

    public static void main(String[] a) throws Exception {
        doc = new PDDocument();
        String fd = "/usr/share/fonts/truetype/liberation/";
        R = PDType0Font.load(doc, new File(fd + "LiberationSerif-Regular.ttf"));
        B = PDType0Font.load(doc, new File(fd + "LiberationSerif-Bold.ttf"));
        I = PDType0Font.load(doc, new File(fd + "LiberationSerif-Italic.ttf"));
        S = PDType0Font.load(doc, new File(fd + "LiberationSans-Regular.ttf"));
        SB = PDType0Font.load(doc, new File(fd + "LiberationSans-Bold.ttf"));
        newPage();
        // letterhead: German left, crest caption centre, Italian right
        txt(SB, 11, L, 790, "MARKTGEMEINDE SCHLANDERS");
        txt(S, 8, L, 779, "Autonome Provinz Bozen – Südtirol");
        txtR(SB, 11, RM, 790, "COMUNE DI SILANDRO");
        txtR(S, 8, RM, 779, "Provincia autonoma di Bolzano – Alto Adige");
        cs.addRect(283, 764, 32, 38); cs.stroke();
        txtC(S, 5.5, 299, 781, "Wappen");
        txtC(S, 5.5, 299, 774, "stemma");
        txtC(S, 7, 301, 754, "Rathausplatz 1 / Piazza Municipio 1 – 39028 Schlanders / Silandro – St.Nr./C.F. 82006190219");
        cs.moveTo(L, 748); cs.lineTo(RM, 748); cs.stroke();
        // organ and office
        txt(SB, 10.5, L, 728, "AREA TECNICA – BEREICH TECHNIK");
        txt(S, 9.5, L, 715, "Servizio Lavori Pubblici e Patrimonio");
        // register box at the right margin
        cs.addRect(400, 690, 140, 46); cs.stroke();
        txt(S, 7, 405, 727, "Reg. Gen. Nr. / n.");
        txt(SB, 12, 405, 714, "112");
        txt(S, 7, 470, 727, "vom / del");
        txt(SB, 12, 470, 714, "03.03.2026");
        txt(S, 7, 405, 697, "Prot. digitale n. 3391/2026");
        y = 668;
        center(B, 12.5, "DETERMINAZIONE DEL RESPONSABILE DELL'AREA TECNICA");
        y -= 16;
        // subject
        String subj = "Affidamento diretto del servizio di manutenzione ordinaria del verde pubblico nella "
            + "frazione di Corces per l'anno 2026 alla ditta Gärtnerei Tappeiner KG – CIG B6F21A7C33 – "
            + "Impegno di spesa";
        txt(B, 10.5, L, y, "Oggetto:");
        List<String> sl = wrap(B, 10.5, subj, W - 52);
        for (String s : sl) { txt(B, 10.5, L + 52, y, s); y -= 13.5f; }
        y -= 8;
        center(B, 11, "IL RESPONSABILE DELL'AREA TECNICA");
        y -= 6;
        String[] prem = {
            "Visto il Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con L.R. 3 maggio 2018, n. 2, e in particolare l'art. 126 concernente le competenze dei responsabili di servizio;",
            "Vista la deliberazione della Giunta comunale n. 8 del 14.01.2026, con la quale è stato approvato il piano esecutivo di gestione per l'esercizio 2026 e sono state assegnate le risorse ai responsabili delle aree;",
            "Considerato che il contratto per la manutenzione del verde pubblico nelle frazioni è scaduto il 31.12.2025 e che il personale del cantiere comunale non è sufficiente a garantire gli sfalci e le potature nella frazione di Corces nel periodo da aprile a ottobre;",
            "Visto il preventivo presentato in data 20.02.2026, prot. n. 2874, dalla ditta Gärtnerei Tappeiner KG con sede in Silandro, via Vezzano 14, per un importo di € 18.450,00 oltre IVA 22%, ritenuto congruo;",
            "Visti l'art. 50, comma 1, lettera b), del D.Lgs. 31 marzo 2023, n. 36 e la L.P. 17 dicembre 2015, n. 16 in materia di affidamenti diretti;",
            "Accertata la regolarità contributiva della ditta (DURC prot. INPS_48817203, valido fino al 19.06.2026);",
        };
        for (String p : prem) para(R, 10.5, p, 0);
        y -= 4;
        center(B, 11, "DETERMINA");
        y -= 6;
        String[] pts = {
            "di affidare alla ditta Gärtnerei Tappeiner KG, con sede in Silandro, P.IVA 02984510218, il servizio di manutenzione ordinaria del verde pubblico nella frazione di Corces per l'anno 2026, per l'importo di € 18.450,00 oltre IVA 22%, per complessivi € 22.509,00;",
            "di impegnare la spesa complessiva di € 22.509,00 sul capitolo 09021.03.0150 \"Manutenzione aree verdi – prestazioni di servizi\" del bilancio di previsione 2026-2028, esercizio 2026;",
            "di dare atto che il contratto è stipulato mediante corrispondenza commerciale ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
            "di dare atto che il Responsabile unico del progetto è il geom. Lukas Gamper dell'Ufficio Patrimonio;",
            "di pubblicare il presente provvedimento all'albo pretorio digitale per dieci giorni consecutivi.",
        };
        for (int i = 0; i < pts.length; i++) para(R, 10.5, pts[i], i + 1);
        y -= 6;
        para(I, 9, "Rimedi giuridici: avverso il presente provvedimento è ammesso ricorso al Tribunale regionale di giustizia amministrativa, Sezione autonoma di Bolzano, entro 30 giorni dalla conoscenza dell'atto. / Rechtsmittelbelehrung: Gegen diese Maßnahme kann innerhalb von 30 Tagen Rekurs beim Regionalen Verwaltungsgericht, Autonome Sektion Bozen, eingelegt werden.", 0);
        y -= 14;
        need(80);
        txt(S, 10, L, y, "Schlanders / Silandro, 03.03.2026");
        txtC(SB, 10, 420, y, "Il Responsabile dell'Area Tecnica");
        y -= 13;
        txtC(S, 10, 420, y, "Der Verantwortliche des Bereichs Technik");
        y -= 13;
        txtC(R, 10.5, 420, y, "Ing. Hannes Kuppelwieser");
        y -= 11;
        txtC(I, 8, 420, y, "(digital signiert / firmato digitalmente)");
        y -= 28;
        need(70);
        cs.addRect(L, y - 44, W, 54); cs.stroke();
        txt(SB, 9, L + 6, y, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA");
        y -= 13;
        para2(S, 8.5, "Si appone il visto di regolarità contabile ai sensi dell'art. 185 della L.R. 2/2018. Impegno n. 2026/418 sul capitolo 09021.03.0150.", L + 6, W - 12);
        txt(S, 8.5, L + 6, y, "Silandro, 04.03.2026 – La Responsabile del Servizio Finanziario – Dott.ssa Karin Oberhofer");
        cs.close();
        int n = pages.size();
        for (int k = 0; k < n; k++) {
            try (PDPageContentStream c = new PDPageContentStream(doc, pages.get(k), PDPageContentStream.AppendMode.APPEND, true)) {
                c.setLineWidth(0.4f);
                c.moveTo(L, 46); c.lineTo(RM, 46); c.stroke();
                c.beginText(); c.setFont(S, 7);
                c.newLineAtOffset(L, 36);
                c.showText("Digital signiertes Dokument im Sinne des GvD 82/2005 – Documento firmato digitalmente ai sensi del D.Lgs. 82/2005");
                c.endText();
                String pg = "Seite / Pagina " + (k + 1) + " / " + n;
                c.beginText(); c.setFont(S, 7);
                c.newLineAtOffset(RM - S.getStringWidth(pg) / 1000 * 7, 26);
                c.showText(pg); c.endText();
                if (k > 0) {
                    c.beginText(); c.setFont(S, 7.5f);
                    c.newLineAtOffset(L, 805);
                    c.showText("Marktgemeinde Schlanders / Comune di Silandro – Determinazione n. 112 del 03.03.2026");
                    c.endText();
                }
            }
        }
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle("Determinazione n. 112 del 03.03.2026");
        info.setAuthor("Comune di Silandro – Area Tecnica");
        info.setCreator("Atti – modulo Java (PDFBox)");
        info.setProducer("Apache PDFBox 2.0.31");
        doc.save(a[0]);
        doc.close();
    }

    static void newPage() throws Exception {
        if (cs != null) cs.close();
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        pages.add(p);
        cs = new PDPageContentStream(doc, p);
        cs.setLineWidth(0.6f);
        y = 785;
    }

    static void need(double h) throws Exception { if (y - h < 60) newPage(); }

    static void txt(PDFont f, double s0, double x0, double yy0, String t) throws Exception {
        float s = (float) s0, x = (float) x0, yy = (float) yy0;
        cs.beginText(); cs.setFont(f, s); cs.newLineAtOffset(x, yy); cs.showText(t); cs.endText();
    }
    static void txtR(PDFont f, double s, double x, double yy, String t) throws Exception {
        txt(f, s, x - f.getStringWidth(t) / 1000 * s, yy, t);
    }
    static void txtC(PDFont f, double s, double x, double yy, String t) throws Exception {
        txt(f, s, x - f.getStringWidth(t) / 2000 * s, yy, t);
    }
    static void center(PDFont f, double s, String t) throws Exception {
        need(20); txtC(f, s, (L + RM) / 2, y, t); y -= (float) (s + 4);
    }
    static List<String> wrap(PDFont f, double s, String t, double w) throws Exception {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : t.split(" ")) {
            String cand = line.length() == 0 ? word : line + " " + word;
            if (f.getStringWidth(cand) / 1000 * s > w && line.length() > 0) {
                out.add(line.toString()); line = new StringBuilder(word);
            } else { line = new StringBuilder(cand); }
        }
        if (line.length() > 0) out.add(line.toString());
        return out;
    }
    static void para(PDFont f, double s, String t, int num) throws Exception {
        double ind = num > 0 ? 22 : 0;
        List<String> ls = wrap(f, s, t, W - ind);
        for (int i = 0; i < ls.size(); i++) {
            need(s + 4);
            if (i == 0 && num > 0) txt(f, s, L + 4, y, num + ".");
            txt(f, s, L + ind, y, ls.get(i));
            y -= (float) (s * 1.32);
        }
        y -= 4;
    }
    static void para2(PDFont f, double s, String t, double x, double w) throws Exception {
        for (String l : wrap(f, s, t, w)) { txt(f, s, x, y, l); y -= (float) (s * 1.3); }
    }
}
