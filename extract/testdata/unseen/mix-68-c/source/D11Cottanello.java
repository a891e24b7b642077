// Comune di Cottanello (RI) - ATTESTAZIONE DI PUBBLICAZIONE of Giunta deliberation 23 of 04/06/2026.
// PDFBox 3.0.3, standard 14 fonts (WinAnsi, not embedded), every string placed at fixed coordinates as a
// form program would; drawn out of reading order: the filled-in values first (bottom to top), then the
// pre-printed labels and rules, the letterhead last; a "PUBBLICATO" stamp rotated 15 degrees over the
// right margin and a "Registro n." box.
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.*;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.apache.pdfbox.util.Matrix;
import java.awt.Color;
import java.io.File;
import java.util.*;

public class D11Cottanello {
    static PDFont TR = new PDType1Font(FontName.TIMES_ROMAN), TB = new PDType1Font(FontName.TIMES_BOLD),
                  TI = new PDType1Font(FontName.TIMES_ITALIC), HV = new PDType1Font(FontName.HELVETICA),
                  HB = new PDType1Font(FontName.HELVETICA_BOLD), CO = new PDType1Font(FontName.COURIER_BOLD);
    static PDPageContentStream cs;
    static void text(PDFont f, float size, float x, float y, String s) throws Exception {
        cs.beginText(); cs.setFont(f, size); cs.newLineAtOffset(x, y); cs.showText(s); cs.endText();
    }
    static void centre(PDFont f, float size, float y, String s) throws Exception {
        float w = f.getStringWidth(s) / 1000 * size; text(f, size, (595 - w) / 2, y, s);
    }
    static List<String> wrap(String s, PDFont f, float size, float width) throws Exception {
        List<String> out = new ArrayList<>(); StringBuilder cur = new StringBuilder();
        for (String w : s.split(" ")) {
            String t = cur.length() == 0 ? w : cur + " " + w;
            if (f.getStringWidth(t) / 1000 * size > width && cur.length() > 0) { out.add(cur.toString()); cur = new StringBuilder(w); }
            else { cur = new StringBuilder(t); }
        }
        out.add(cur.toString()); return out;
    }
    static void line(float x1, float y1, float x2, float y2, float w) throws Exception {
        cs.setLineWidth(w); cs.moveTo(x1, y1); cs.lineTo(x2, y2); cs.stroke();
    }

    public static void main(String[] a) throws Exception {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4); doc.addPage(page);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle("Attestazione pubblicazione DG 23-2026"); info.setCreator("AlboWeb Lazio - modulo attestazioni"); info.setProducer("PDFBox 3.0.3");
        cs = new PDPageContentStream(doc, page);

        String subject = "Atto di indirizzo per l'affidamento in concessione della gestione del campo sportivo comunale di localit\u00e0 Santa Maria \u2013 Approvazione dello schema di avviso pubblico.";
        List<String> subj = wrap(subject, CO, 10, 318);

        // ---- 1. filled-in values (Courier, as typed into the form), bottom to top ----
        cs.setNonStrokingColor(new Color(0x10, 0x20, 0x60));
        text(CO, 10, 150, 186, "08/06/2026");
        text(CO, 10, 372, 186, "Fabrizio Sebastiani");
        text(CO, 10, 384, 310, "23/06/2026");
        text(CO, 10, 206, 310, "08/06/2026");
        text(CO, 10, 206, 330, "187/2026");
        for (int i = subj.size() - 1; i >= 0; i--) text(CO, 10, 206, 440 - 14 * i, subj.get(i));
        text(CO, 10, 206, 462, "04/06/2026");
        text(CO, 10, 206, 484, "23");
        text(CO, 10, 206, 506, "Deliberazione della Giunta Comunale");
        text(CO, 12, 203, 373, "X");
        cs.setNonStrokingColor(Color.BLACK);

        // ---- 2. pre-printed labels, rules and text ----
        text(TR, 9, 488, 62, "Mod. ALB/3");
        line(60, 72, 535, 72, 0.4f);
        text(HV, 7, 60, 62, "Comune di Cottanello \u2013 Servizio Affari Generali \u2013 Albo Pretorio on line");
        text(TB, 10.5f, 372, 206, "IL MESSO COMUNALE");
        text(TB, 10.5f, 90, 206, "Cottanello,");
        line(148, 183, 260, 183, 0.3f); line(370, 183, 520, 183, 0.3f);
        text(TI, 8, 360, 170, "(firma autografa sostituita a mezzo stampa ai sensi");
        text(TI, 8, 360, 161, "dell'art. 3, comma 2, del D.Lgs. 39/1993)");
        List<String> att = wrap("che la deliberazione sopra indicata viene pubblicata all'Albo Pretorio on line di questo Comune, accessibile dal sito istituzionale, per quindici giorni consecutivi, ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267 e dell'art. 32, comma 1, della L. 18 giugno 2009, n. 69.", TR, 11, 455);
        for (int i = 0; i < att.size(); i++) text(TR, 11, 70, 262 - 14 * i, att.get(i));
        centre(TB, 12, 285, "A T T E S T A");
        text(TR, 11, 70, 330, "Registro pubblicazioni n.");
        text(TR, 11, 70, 310, "Pubblicata dal");
        text(TR, 11, 340, 310, "al");
        cs.addRect(201, 370, 12, 12); cs.stroke();
        text(TR, 10.5f, 70, 373, "Esecutivit\u00e0:");
        List<String> ie = wrap("dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000", TR, 10.5f, 300);
        for (int i = 0; i < ie.size(); i++) text(TR, 10.5f, 220, 373 - 13 * i, ie.get(i));
        text(TR, 11, 70, 440, "Oggetto:");
        text(TR, 11, 70, 462, "Data:");
        text(TR, 11, 70, 484, "Numero:");
        text(TR, 11, 70, 506, "Atto:");
        cs.addRect(60, 352, 475, 176); cs.stroke();
        line(60, 500, 535, 500, 0.3f); line(60, 478, 535, 478, 0.3f); line(60, 456, 535, 456, 0.3f); line(60, 390, 535, 390, 0.3f);
        line(195, 352, 195, 528, 0.3f);
        centre(TB, 14, 560, "ATTESTAZIONE DI PUBBLICAZIONE");
        centre(TR, 10.5f, 544, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267)");

        // ---- 3. letterhead, drawn last ----
        centre(TB, 18, 770, "COMUNE DI COTTANELLO");
        centre(TI, 11, 754, "Provincia di Rieti");
        centre(HV, 8, 741, "Via Roma, 2 \u2013 02040 Cottanello (RI) \u2013 Servizio Affari Generali");
        line(60, 732, 535, 732, 1.0f); line(60, 729, 535, 729, 0.3f);

        // ---- 4. rotated stamp ----
        cs.saveGraphicsState();
        cs.setStrokingColor(new Color(0x9A, 0x1C, 0x1C)); cs.setNonStrokingColor(new Color(0x9A, 0x1C, 0x1C));
        cs.transform(Matrix.getRotateInstance(Math.toRadians(15), 420, 610));
        cs.setLineWidth(1.6f); cs.addRect(0, 0, 120, 44); cs.stroke();
        cs.setLineWidth(0.6f); cs.addRect(3, 3, 114, 38); cs.stroke();
        text(HB, 13, 17, 24, "PUBBLICATO");
        text(HV, 7.5f, 14, 10, "ALBO ON LINE n. 187/2026");
        cs.restoreGraphicsState();
        cs.close();
        doc.save(new File(a[0])); doc.close();
    }
}
