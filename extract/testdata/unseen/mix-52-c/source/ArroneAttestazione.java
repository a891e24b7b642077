// Comune di Arrone - Attestazione di avvenuta pubblicazione (Albo Pretorio on line, reg. n. 187/2026)
// imitates the report of a JSF/RichFaces "Albo on line" back office; drawn with Apache PDFBox 2.0 (low-level content streams)
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.*;
import java.io.File;
import java.util.*;

public class ArroneAttestazione {
    static PDType0Font R, B, I;
    static PDPageContentStream cs;
    static void text(PDFont f, float size, float x, float y, String s) throws Exception {
        cs.beginText(); cs.setFont(f, size); cs.newLineAtOffset(x, y); cs.showText(s); cs.endText();
    }
    static List<String> wrap(PDFont f, float size, String s, float width) throws Exception {
        List<String> out = new ArrayList<>(); StringBuilder line = new StringBuilder();
        for (String w : s.split(" ")) {
            String t = line.length() == 0 ? w : line + " " + w;
            if (f.getStringWidth(t) / 1000 * size > width && line.length() > 0) { out.add(line.toString()); line = new StringBuilder(w); }
            else { line = new StringBuilder(t); }
        }
        out.add(line.toString()); return out;
    }
    public static void main(String[] a) throws Exception {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4); doc.addPage(page);
        String fd = "/usr/share/fonts/truetype/dejavu/";
        R = PDType0Font.load(doc, new File(fd + "DejaVuSans.ttf"));
        B = PDType0Font.load(doc, new File(fd + "DejaVuSans-Bold.ttf"));
        I = PDType0Font.load(doc, new File(fd + "DejaVuSans-Oblique.ttf"));
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle("Attestazione di avvenuta pubblicazione - Reg. 187/2026"); info.setCreator("AlboOnLine (JSF)"); info.setProducer("Apache PDFBox");
        cs = new PDPageContentStream(doc, page);
        float W = PDRectangle.A4.getWidth(), y = 790;
        // crest placeholder and letterhead
        cs.setLineWidth(1f); cs.addRect(50, 752, 38, 46); cs.stroke();
        text(I, 6, 55, 772, "stemma");
        text(B, 16, 100, 782, "COMUNE DI ARRONE");
        text(R, 9.5f, 100, 768, "Provincia di Terni");
        text(R, 8, 100, 756, "Albo Pretorio on line - Servizio Segreteria");
        cs.setNonStrokingColor(0.2f, 0.35f, 0.55f); cs.addRect(50, 735, W - 100, 3); cs.fill(); cs.setNonStrokingColor(0f, 0f, 0f);
        y = 705;
        String title = "ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE";
        float tw = B.getStringWidth(title) / 1000 * 13;
        text(B, 13, (W - tw) / 2, y, title);
        y -= 30;
        String[][] rows = {
            {"N. registro pubblicazioni", "187/2026"},
            {"Tipo atto", "Deliberazione di Giunta Comunale"},
            {"Numero atto", "22"},
            {"Data atto", "04/03/2026"},
            {"Oggetto", "Concessione in uso temporaneo della Sala Polivalente “Valnerina” alle associazioni locali – Approvazione delle tariffe per l’anno 2026."},
            {"Ufficio richiedente", "Servizio Segreteria e Affari Generali"},
            {"Data inizio pubblicazione", "06/03/2026"},
            {"Data fine pubblicazione", "21/03/2026"},
            {"Giorni di pubblicazione", "15"}};
        float x0 = 50, x1 = 200, x2 = W - 50;
        cs.setLineWidth(0.5f);
        for (String[] r : rows) {
            List<String> lines = wrap(R, 9.5f, r[1], x2 - x1 - 12);
            float h = 8 + 13 * lines.size();
            cs.setNonStrokingColor(0.92f, 0.93f, 0.95f); cs.addRect(x0, y - h, x1 - x0, h); cs.fill(); cs.setNonStrokingColor(0f, 0f, 0f);
            cs.addRect(x0, y - h, x2 - x0, h); cs.stroke(); cs.moveTo(x1, y); cs.lineTo(x1, y - h); cs.stroke();
            text(B, 8.5f, x0 + 5, y - 13, r[0]);
            float yy = y - 13;
            for (String l : lines) { text(R, 9.5f, x1 + 6, yy, l); yy -= 13; }
            y -= h;
        }
        y -= 28;
        String body = "Il sottoscritto Messo Comunale, responsabile della tenuta dell’Albo Pretorio on line, visti gli atti d’ufficio, ATTESTA che l’atto sopra indicato è stato pubblicato all’Albo Pretorio on line di questo Comune, accessibile dal sito istituzionale www.comune.arrone.tr.it, per quindici giorni consecutivi, dal 06/03/2026 al 21/03/2026, ai sensi dell’art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267 e dell’art. 32 della Legge 18 giugno 2009, n. 69, e che durante il periodo di pubblicazione non sono pervenuti reclami od opposizioni.";
        for (String l : wrap(R, 10, body, W - 100)) { text(R, 10, 50, y, l); y -= 15; }
        y -= 20;
        text(R, 10, 50, y, "Arrone, 23/03/2026");
        text(B, 10, 360, y, "IL MESSO COMUNALE");
        y -= 15;
        text(R, 10, 362, y, "Sig. Marco Sabatini");
        y -= 13;
        text(I, 7.5f, 345, y, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)");
        cs.setLineWidth(0.4f); cs.moveTo(50, 50); cs.lineTo(W - 50, 50); cs.stroke();
        text(R, 7, 50, 40, "Stampa generata il 23/03/2026 alle ore 10:14 - Albo on line del Comune di Arrone");
        text(R, 7, W - 100, 40, "Pagina 1 di 1");
        cs.close();
        doc.save(a[0]); doc.close();
    }
}
