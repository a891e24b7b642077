// Certificate of publication of the Comune di Geraci Siculo, in the look of
// the Albo module of a regional (Sicilia Digitale-style) platform: title band,
// label/value grid, wrapped subject, two signature slots, generated-by line.
// Written with Apache PDFBox 2.0 (standard 14 fonts, WinAnsi).
//   java -cp pdfbox-2.0.31.jar:fontbox-2.0.31.jar:commons-logging-1.2.jar Attestazione.java out.pdf
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.*;
import java.util.*;

public class Attestazione {
    static PDPageContentStream cs;
    static final PDFont R = PDType1Font.TIMES_ROMAN, B = PDType1Font.TIMES_BOLD, I = PDType1Font.TIMES_ITALIC, H = PDType1Font.HELVETICA;

    static void text(PDFont f, float size, float x, float y, String s) throws Exception {
        cs.beginText(); cs.setFont(f, size); cs.newLineAtOffset(x, y); cs.showText(s); cs.endText();
    }
    static void center(PDFont f, float size, float y, String s) throws Exception {
        float w = f.getStringWidth(s) / 1000 * size; text(f, size, (595 - w) / 2, y, s);
    }
    static List<String> wrap(PDFont f, float size, String s, float width) throws Exception {
        List<String> out = new ArrayList<>(); String cur = "";
        for (String w : s.split(" ")) {
            String t = cur.isEmpty() ? w : cur + " " + w;
            if (f.getStringWidth(t) / 1000 * size > width) { out.add(cur); cur = w; } else cur = t;
        }
        out.add(cur); return out;
    }
    static float para(PDFont f, float size, float x, float y, float width, String s, float lead) throws Exception {
        for (String l : wrap(f, size, s, width)) { text(f, size, x, y, l); y -= lead; }
        return y;
    }

    public static void main(String[] a) throws Exception {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4); doc.addPage(page);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle("Attestazione di pubblicazione"); info.setAuthor("Comune di Geraci Siculo"); info.setCreator("Albo Pretorio on line - modulo Certificazioni");
        cs = new PDPageContentStream(doc, page);
        // crest outline and caption
        cs.setLineWidth(1.2f); cs.addRect(60, 752, 34, 40); cs.stroke();
        text(H, 5.5f, 58, 744, "Stemma del Comune");
        text(B, 18, 110, 775, "COMUNE DI GERACI SICULO");
        text(R, 10, 110, 761, "Città Metropolitana di Palermo");
        text(I, 8.5f, 110, 749, "Ufficio Albo Pretorio – Servizio Messi Comunali");
        cs.setLineWidth(0.8f); cs.moveTo(50, 736); cs.lineTo(545, 736); cs.stroke();

        cs.setNonStrokingColor(0.88f, 0.88f, 0.88f); cs.addRect(50, 700, 495, 24); cs.fill(); cs.setNonStrokingColor(0f, 0f, 0f);
        center(B, 13, 708, "ATTESTAZIONE DI PUBBLICAZIONE");

        String[][] grid = {
            {"Tipo atto", "Deliberazione del Consiglio Comunale"},
            {"Numero", "9"},
            {"Data atto", "29/04/2026"},
            {"N. registro pubblicazioni", "318"},
            {"Periodo di pubblicazione", "dal 05/05/2026 al 20/05/2026"}};
        float y = 680;
        cs.setLineWidth(0.5f);
        for (String[] r : grid) {
            cs.addRect(50, y - 6, 170, 20); cs.addRect(220, y - 6, 325, 20); cs.stroke();
            text(B, 10, 56, y, r[0]); text(R, 10.5f, 226, y, r[1]); y -= 20;
        }
        String subj = "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA DISCIPLINA DELL'IMPOSTA DI SOGGIORNO – MODIFICHE AGLI ARTICOLI 4, 6 E 9";
        List<String> sl = wrap(R, 10.5f, subj, 315);
        float hgt = 8 + 13 * sl.size();
        cs.addRect(50, y + 14 - hgt, 170, hgt); cs.addRect(220, y + 14 - hgt, 325, hgt); cs.stroke();
        text(B, 10, 56, y, "Oggetto");
        for (String l : sl) { text(R, 10.5f, 226, y, l); y -= 13; }
        y -= 24;

        center(B, 11, y, "IL SOTTOSCRITTO MESSO COMUNALE"); y -= 20;
        y = para(R, 11, 60, y, 475, "visti gli atti d'ufficio e le risultanze del registro delle pubblicazioni on line, ai sensi dell'art. 32 della Legge 18 giugno 2009, n. 69 e dell'art. 11 della L.R. 3 dicembre 1991, n. 44 e s.m.i.,", 15);
        y -= 6; center(B, 11, y, "ATTESTA"); y -= 20;
        y = para(R, 11, 60, y, 475, "che la deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi, dal 05/05/2026 al 20/05/2026, e che durante il periodo di pubblicazione non sono pervenuti reclami od opposizioni.", 15);
        y -= 16;
        text(R, 11, 60, y, "Geraci Siculo, 21/05/2026"); y -= 36;
        text(B, 10, 70, y, "IL MESSO COMUNALE"); text(B, 10, 330, y, "IL SEGRETARIO COMUNALE"); y -= 15;
        text(R, 10.5f, 70, y, "Sig. Vincenzo Macaluso"); text(R, 10.5f, 330, y, "Dott.ssa Giuseppina Ilardo"); y -= 13;
        text(I, 8, 70, y, "(firma autografa sostituita a mezzo stampa"); text(I, 8, 330, y, "(firmato digitalmente)"); y -= 10;
        text(I, 8, 70, y, "ai sensi dell'art. 3 del D.Lgs. 39/1993)");

        cs.setLineWidth(0.4f); cs.moveTo(50, 52); cs.lineTo(545, 52); cs.stroke();
        text(H, 6.5f, 50, 42, "Certificato generato dal sistema Albo Pretorio on line - id. pubblicazione 2026/318 - hash SHA-256: 7c41e0...b92f");
        text(H, 6.5f, 50, 33, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.");
        text(H, 6.5f, 500, 33, "Pag. 1 di 1");
        cs.close();
        doc.save(a[0]); doc.close();
    }
}
