// Determinazione dirigenziale of the Città di Cisterna di Latina, in the manner of a Bluenext
// (gestione atti) print: label grid for the registers, subject in a box, Helvetica, PDFBox 2.0.
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.*;
import java.util.*;

public class G05Cisterna {
    static PDDocument doc; static PDPageContentStream cs; static PDPage page;
    static float y; static int pageNo = 0;
    static final float L = 56, R = 539, W = R - L;
    static PDFont REG = PDType1Font.HELVETICA, BOLD = PDType1Font.HELVETICA_BOLD, OBL = PDType1Font.HELVETICA_OBLIQUE;

    static void text(PDFont f, float size, float x, float yy, String s) throws Exception {
        cs.beginText(); cs.setFont(f, size); cs.newLineAtOffset(x, yy); cs.showText(s); cs.endText();
    }
    static float width(PDFont f, float size, String s) throws Exception { return f.getStringWidth(s) / 1000 * size; }
    static void newPage() throws Exception {
        if (cs != null) { footer(); cs.close(); }
        page = new PDPage(PDRectangle.A4); doc.addPage(page); pageNo++;
        cs = new PDPageContentStream(doc, page);
        // running head
        cs.setLineWidth(0.6f);
        text(BOLD, 13, L + 52, 800, "CITTÀ DI CISTERNA DI LATINA");
        text(REG, 8.5f, L + 52, 788, "Provincia di Latina");
        text(REG, 8.5f, L + 52, 777, "Via Zanella, 2 - 04012 Cisterna di Latina (LT)");
        cs.addRect(L, 770, 42, 42); cs.stroke();
        text(REG, 5, L + 7, 772, "STEMMA");
        text(OBL, 7.5f, R - width(OBL, 7.5f, "Reg. Gen. 687/2026"), 800, "Reg. Gen. 687/2026");
        cs.moveTo(L, 764); cs.lineTo(R, 764); cs.stroke();
        y = 748;
    }
    static void footer() throws Exception {
        cs.moveTo(L, 48); cs.lineTo(R, 48); cs.stroke();
        text(REG, 7, L, 38, "Documento informatico firmato digitalmente ai sensi del testo unico D.P.R. 28 dicembre 2000, n. 445, del D.Lgs. 7 marzo 2005, n. 82 e norme collegate.");
        String pg = "Pag. " + pageNo;
        text(REG, 7, R - width(REG, 7, pg), 28, pg);
        text(OBL, 6.5f, L, 28, "Bluenext - Atti amministrativi");
    }
    static List<String> wrap(PDFont f, float size, String s, float w) throws Exception {
        List<String> out = new ArrayList<>(); StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            String t = line.length() == 0 ? word : line + " " + word;
            if (width(f, size, t) > w && line.length() > 0) { out.add(line.toString()); line = new StringBuilder(word); }
            else { line = new StringBuilder(t); }
        }
        if (line.length() > 0) out.add(line.toString());
        return out;
    }
    static void para(PDFont f, float size, String s, float indent, float hang) throws Exception {
        List<String> lines = wrap(f, size, s, W - indent - hang);
        for (int i = 0; i < lines.size(); i++) {
            if (y < 70) newPage();
            text(f, size, L + indent + (i == 0 ? 0 : hang), y, lines.get(i)); y -= size * 1.42f;
        }
        y -= 4;
    }
    static void center(PDFont f, float size, String s) throws Exception {
        text(f, size, L + (W - width(f, size, s)) / 2, y, s); y -= size * 1.6f;
    }

    public static void main(String[] a) throws Exception {
        doc = new PDDocument();
        doc.getDocumentInformation().setTitle("Determinazione dirigenziale n. 687 del 15/04/2026");
        doc.getDocumentInformation().setCreator("Bluenext Atti");
        newPage();
        center(BOLD, 10.5f, "SETTORE 3 - SERVIZI SOCIALI, PUBBLICA ISTRUZIONE E CULTURA");
        center(REG, 10, "Servizio Pubblica Istruzione");
        y -= 4;
        center(BOLD, 14, "DETERMINAZIONE DIRIGENZIALE");
        y -= 2;
        // label grid
        String[][] grid = {{"Registro Generale", "N. 687", "Data", "15/04/2026"},
                           {"Registro di Settore", "N. 98", "Data", "14/04/2026"},
                           {"Proposta", "N. 1204", "Data", "13/04/2026"}};
        float[] cw = {130, 110, 80, 163}; float rh = 17;
        float top = y + 4;
        for (int r = 0; r < grid.length; r++) {
            float x = L;
            for (int c = 0; c < 4; c++) {
                if (c % 2 == 0) { cs.setNonStrokingColor(0.88f, 0.90f, 0.94f); cs.addRect(x, top - rh * (r + 1), cw[c], rh); cs.fill(); cs.setNonStrokingColor(0f, 0f, 0f); }
                cs.addRect(x, top - rh * (r + 1), cw[c], rh); cs.stroke();
                text(c % 2 == 0 ? BOLD : REG, 9.5f, x + 5, top - rh * (r + 1) + 5, grid[r][c]);
                x += cw[c];
            }
        }
        y = top - rh * 3 - 18;
        // subject box
        String subj = "Servizio di refezione scolastica a.s. 2025/2026 – Liquidazione fatture relative al mese di marzo 2026 in favore della ditta “Ristorazione Pontina S.r.l.” – CIG A04F2B9C11.";
        List<String> sl = wrap(BOLD, 10, subj, W - 70);
        float bh = sl.size() * 14 + 10;
        cs.addRect(L, y - bh + 14, W, bh); cs.stroke();
        text(BOLD, 10, L + 6, y, "OGGETTO:");
        for (String s : sl) { text(BOLD, 10, L + 64, y, s); y -= 14; }
        y -= 18;
        center(BOLD, 11, "IL DIRIGENTE");
        para(REG, 10, "Visto il decreto sindacale n. 11 del 30/01/2026 con il quale è stato conferito alla sottoscritta l’incarico di direzione del Settore 3 - Servizi Sociali, Pubblica Istruzione e Cultura;", 0, 0);
        para(REG, 10, "Richiamata la determinazione dirigenziale n. 1129 del 29/08/2025 con la quale è stato aggiudicato il servizio di refezione scolastica per l’anno scolastico 2025/2026 alla ditta “Ristorazione Pontina S.r.l.”, con sede in Latina, per l’importo di € 4,38 a pasto oltre IVA 4%, ed è stato assunto il relativo impegno di spesa n. 2025/1877;", 0, 0);
        para(REG, 10, "Viste le fatture elettroniche n. 212/PA del 02/04/2026 di € 61.284,96 e n. 213/PA del 02/04/2026 di € 3.912,48, relative ai pasti erogati nel mese di marzo 2026 agli alunni delle scuole dell’infanzia e primarie del territorio comunale;", 0, 0);
        para(REG, 10, "Accertata la regolarità contributiva della ditta mediante DURC on line prot. INPS_49877211, con scadenza 18/07/2026;", 0, 0);
        para(REG, 10, "Attestata la regolarità tecnica e la correttezza dell’azione amministrativa ai sensi dell’art. 147-bis del D.Lgs. 267/2000;", 0, 0);
        y -= 2;
        center(BOLD, 11, "DETERMINA");
        String[] pts = {
            "di liquidare alla ditta “Ristorazione Pontina S.r.l.” la somma complessiva di € 65.197,44, IVA compresa, a saldo delle fatture n. 212/PA e n. 213/PA del 02/04/2026;",
            "di imputare la spesa sull’impegno n. 2025/1877, Missione 04, Programma 06, capitolo 1450/10 del bilancio 2026, gestione residui;",
            "di applicare il meccanismo della scissione dei pagamenti di cui all’art. 17-ter del D.P.R. 633/1972, versando all’Erario l’IVA pari a € 2.507,59;",
            "di trasmettere il presente provvedimento al Settore Finanziario per l’emissione dei mandati di pagamento."};
        for (int i = 0; i < pts.length; i++) para(REG, 10, (i + 1) + ") " + pts[i], 0, 16);
        y -= 16;
        if (y < 140) newPage();
        text(BOLD, 10, 330, y, "IL DIRIGENTE DEL SETTORE 3"); y -= 14;
        text(REG, 10, 330, y, "Dott.ssa Francesca Marchetti"); y -= 30;
        cs.addRect(L, y - 32, W, 44); cs.stroke();
        text(BOLD, 8.5f, L + 6, y, "PUBBLICAZIONE");
        text(REG, 8.5f, L + 6, y - 12, "La presente determinazione è pubblicata all’Albo Pretorio on line dal 16/04/2026 al 01/05/2026 - Reg. Pubbl. n. 1533.");
        text(REG, 8.5f, L + 6, y - 24, "Il Messo Comunale - Sig. Roberto Zaccheo");
        footer(); cs.close();
        doc.save(a[0]); doc.close();
    }
}
