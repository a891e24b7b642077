// Comune di Fosdinovo (MS): deliberazione del Consiglio comunale printed by a report engine on PDFBox 3.0.3.
// Every glyph (spaces included) gets its own text matrix (Tm) and Tj; justified lines are made by moving
// glyphs; a two-column grid of labels carries number, date, session and hour; the roll of 13 is in two
// side-by-side blocks; a running head and foot with the act's number are on every page; a note
// "Documento firmato digitalmente ..." runs up the left margin, rotated 90 degrees, on every page.
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.*;
import org.apache.pdfbox.util.Matrix;
import java.awt.Color;
import java.util.*;

public class D03Fosdinovo {
    static PDFont TR, TB, HR, HB;
    static final float LM = 70, RM = 530, W = 595, H = 842;
    static PDDocument doc;
    static PDPageContentStream cs;
    static int pageNo = 0;
    static int PAGES = 0;
    static float y;

    static float width(PDFont f, float size, String s) throws Exception { return f.getStringWidth(s) / 1000f * size; }

    // one glyph at a time: BT, then Tm + Tj per glyph, ET
    static void glyphs(PDFont f, float size, float x, float yy, String s, float extraGap) throws Exception {
        cs.beginText(); cs.setFont(f, size);
        float cx = x;
        for (int i = 0; i < s.length(); i++) {
            String ch = s.substring(i, i + 1);
            cs.setTextMatrix(Matrix.getTranslateInstance(cx, yy));
            cs.showText(ch);
            cx += width(f, size, ch) + (ch.equals(" ") ? extraGap : 0);
        }
        cs.endText();
    }
    static void text(PDFont f, float size, float x, float yy, String s) throws Exception { glyphs(f, size, x, yy, s, 0); }
    static void centre(PDFont f, float size, float yy, String s) throws Exception { text(f, size, (W - width(f, size, s)) / 2, yy, s); }

    static void para(String s, PDFont f, float size, float lead, float x0, float x1, boolean justify) throws Exception {
        String[] words = s.split(" ");
        List<String> line = new ArrayList<>();
        List<List<String>> lines = new ArrayList<>();
        for (String w : words) {
            List<String> trial = new ArrayList<>(line); trial.add(w);
            if (!line.isEmpty() && width(f, size, String.join(" ", trial)) > x1 - x0) { lines.add(line); line = new ArrayList<>(); line.add(w); }
            else line = trial;
        }
        if (!line.isEmpty()) lines.add(line);
        for (int i = 0; i < lines.size(); i++) {
            if (y < 80) newPage();
            String ls = String.join(" ", lines.get(i));
            float extra = 0;
            if (justify && i < lines.size() - 1 && lines.get(i).size() > 1)
                extra = (x1 - x0 - width(f, size, ls)) / (lines.get(i).size() - 1);
            glyphs(f, size, x0, y, ls, extra);
            y -= lead;
        }
    }
    static void p(String s) throws Exception { para(s, TR, 11, 14.5f, LM, RM, true); y -= 4; }

    static void rule(float x1, float y1, float x2, float y2, float w) throws Exception {
        cs.setLineWidth(w); cs.moveTo(x1, y1); cs.lineTo(x2, y2); cs.stroke();
    }

    static void newPage() throws Exception {
        if (cs != null) cs.close();
        PDPage page = new PDPage(PDRectangle.A4); doc.addPage(page); pageNo++;
        cs = new PDPageContentStream(doc, page);
        cs.setStrokingColor(new Color(60, 60, 60));
        // running head
        text(HR, 8, LM, 812, "Comune di Fosdinovo");
        String rh = "Deliberazione del Consiglio comunale n. 41 del 29/09/2026";
        text(HR, 8, RM - width(HR, 8, rh), 812, rh);
        rule(LM, 806, RM, 806, 0.4f);
        // running foot
        rule(LM, 50, RM, 50, 0.4f);
        text(HR, 7.5f, LM, 40, "Piazza Garibaldi 1 - 54035 Fosdinovo (MS) - www.comune.fosdinovo.ms.it");
        String pg = "Pagina " + pageNo + " di " + PAGES;
        text(HR, 7.5f, RM - width(HR, 7.5f, pg), 40, pg);
        // rotated margin note
        cs.beginText(); cs.setFont(HR, 7);
        cs.setNonStrokingColor(new Color(90, 90, 90));
        String note = "Documento firmato digitalmente da GIANNA BERTOLUCCI e CHIARA BENEDETTI ai sensi dell'art. 24 del D.Lgs. 82/2005";
        cs.setTextMatrix(new Matrix(0, 1, -1, 0, 40, 160));
        cs.showText(note);
        cs.endText();
        cs.setNonStrokingColor(Color.BLACK);
        y = 786;
    }

    public static void main(String[] a) throws Exception {
        build(null);                     // first pass counts the pages for "Pagina X di Y"
        PAGES = doc.getNumberOfPages(); doc.close(); pageNo = 0; cs = null;
        build(a[0]);
    }

    static void build(String out) throws Exception {
        doc = new PDDocument();
        TR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        TB = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
        HR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        HB = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        newPage();
        centre(TB, 17, y, "COMUNE DI FOSDINOVO"); y -= 16;
        centre(TR, 10, y, "Provincia di Massa-Carrara"); y -= 24;
        centre(TB, 13, y, "DELIBERAZIONE DEL CONSIGLIO COMUNALE"); y -= 14;
        centre(TR, 9.5f, y, "ORIGINALE"); y -= 12;
        // two-column header grid
        float gx = LM, gw = RM - LM, rowh = 20, gy = y;
        cs.setLineWidth(0.6f);
        cs.addRect(gx, gy - 2 * rowh, gw, 2 * rowh); cs.stroke();
        rule(gx, gy - rowh, gx + gw, gy - rowh, 0.4f);
        float mid = gx + gw * 0.66f;
        rule(mid, gy, mid, gy - 2 * rowh, 0.4f);
        text(HB, 8.5f, gx + 6, gy - 13, "Numero:");   text(TB, 11, gx + 70, gy - 14, "41");
        text(HB, 8.5f, mid + 6, gy - 13, "Data:");    text(TB, 11, mid + 60, gy - 14, "29/09/2026");
        text(HB, 8.5f, gx + 6, gy - rowh - 13, "Seduta:"); text(TR, 10.5f, gx + 70, gy - rowh - 14, "ordinaria, pubblica, di prima convocazione");
        text(HB, 8.5f, mid + 6, gy - rowh - 13, "Ore:");  text(TR, 10.5f, mid + 60, gy - rowh - 14, "21:00");
        y = gy - 2 * rowh - 22;
        text(TB, 11, LM, y, "OGGETTO:");
        para("Approvazione del Regolamento comunale per la gestione e la valorizzazione dei castagneti di proprietà comunale.", TB, 11, 14.5f, LM + 68, RM, false);
        y -= 8;
        p("L'anno duemilaventisei, il giorno ventinove del mese di settembre, alle ore 21:00, nella Sala consiliare del Palazzo comunale, convocato nei modi di legge, si è riunito il Consiglio comunale in sessione ordinaria, seduta pubblica di prima convocazione. All'appello nominale risultano:");
        String[][] m = {
            {"1", "BERTOLUCCI Gianna", "Sindaco", "P"}, {"2", "AMBROSINI Luca", "Consigliere", "P"}, {"3", "TONELLI Sara", "Consigliere", "P"},
            {"4", "BACCIOLI Marco", "Consigliere", "P"}, {"5", "FRANCHINI Elisa", "Consigliere", "A"}, {"6", "GIROMINI Paolo", "Consigliere", "P"},
            {"7", "LAZZERINI Chiara", "Consigliere", "P"}, {"8", "MARCHETTI Stefano", "Consigliere", "P"}, {"9", "NERI Valentina", "Consigliere", "P"},
            {"10", "PAOLINI Andrea", "Consigliere", "A"}, {"11", "RICCI Federico", "Consigliere", "P"}, {"12", "BELLOTTI Monica", "Consigliere", "P"},
            {"13", "VANNUCCI Roberto", "Consigliere", "P"}};
        float top = y - 4;
        for (int col = 0; col < 2; col++) {
            float x = col == 0 ? LM : LM + 235;
            float yy = top;
            text(HB, 8, x + 18, yy, "Componente"); text(HB, 8, x + 132, yy, "Carica"); text(HB, 8, x + 198, yy, "P/A");
            rule(x, yy - 4, x + 220, yy - 4, 0.4f);
            yy -= 16;
            int from = col == 0 ? 0 : 7, to = col == 0 ? 7 : 13;
            for (int i = from; i < to; i++) {
                text(TR, 10, x, yy, m[i][0]); text(TR, 10, x + 18, yy, m[i][1]); text(TR, 10, x + 132, yy, m[i][2]); text(TB, 10, x + 202, yy, m[i][3]);
                yy -= 14;
            }
        }
        y = top - 16 - 7 * 14 - 8;
        text(TR, 11, LM, y, "Presenti n. 11                Assenti n. 2"); y -= 14.5f;
        p("Risultano assenti giustificati i consiglieri Franchini e Paolini.");
        p("Presiede la seduta il Sindaco avv. Gianna Bertolucci. Partecipa e cura la verbalizzazione il Segretario comunale dott.ssa Chiara Benedetti.");
        p("Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta e invita il Consiglio a deliberare sull'argomento in oggetto.");
        y -= 4; centre(TB, 11.5f, y, "IL CONSIGLIO COMUNALE"); y -= 18;
        p("Premesso che il Comune di Fosdinovo è proprietario di superfici boscate a castagneto da frutto, in parte abbandonate, nelle località Pulica, Giucano, Tendola e Posterla, per una superficie complessiva di circa 38 ettari;");
        p("Considerato che la castanicoltura costituisce un elemento identitario del paesaggio della Lunigiana e che il recupero dei castagneti di proprietà pubblica può favorire il presidio del territorio e la prevenzione del dissesto idrogeologico e degli incendi boschivi;");
        p("Vista la Legge Regionale Toscana 21 marzo 2000, n. 39 (Legge forestale della Toscana) e il relativo regolamento di attuazione;");
        p("Visto lo schema di regolamento predisposto dal Servizio Patrimonio, composto da n. 18 articoli, esaminato dalla Commissione consiliare Ambiente e Territorio nella seduta del 15 settembre 2026;");
        p("Acquisiti i pareri favorevoli in ordine alla regolarità tecnica e contabile, espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;");
        p("Uditi gli interventi dei consiglieri, riportati nel resoconto della seduta conservato agli atti;");
        p("Con la seguente votazione, espressa per alzata di mano: presenti n. 11, votanti n. 10, astenuti n. 1 (Bellotti), voti favorevoli n. 8, voti contrari n. 2 (Ricci, Vannucci);");
        y -= 2; if (y < 150) newPage();
        centre(TB, 11.5f, y, "D E L I B E R A"); y -= 18;
        String[] pts = {
            "di approvare il Regolamento comunale per la gestione e la valorizzazione dei castagneti di proprietà comunale, composto da n. 18 articoli, allegato alla presente deliberazione quale parte integrante e sostanziale;",
            "di stabilire che il Regolamento entra in vigore il quindicesimo giorno successivo alla pubblicazione all'Albo pretorio on line della presente deliberazione;",
            "di demandare al Responsabile del Settore Tecnico la predisposizione dell'avviso pubblico per l'assegnazione in concessione dei lotti di castagneto;",
            "di pubblicare il Regolamento nella sezione Amministrazione trasparente del sito istituzionale dell'Ente."};
        for (int i = 0; i < pts.length; i++) {
            if (y < 100) newPage();
            text(TR, 11, LM + 6, y, (i + 1) + ".");
            para(pts[i], TR, 11, 14.5f, LM + 24, RM, true); y -= 4;
        }
        y -= 4;
        p("Successivamente, con separata votazione, espressa per alzata di mano, con voti favorevoli n. 8, contrari n. 2 (Ricci, Vannucci), astenuti n. 1 (Bellotti), il Consiglio comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.");
        y -= 10;
        if (y < 200) newPage();
        text(TR, 11, LM, y, "Letto, confermato e sottoscritto."); y -= 28;
        text(TB, 10.5f, LM + 40, y, "IL SINDACO"); text(TB, 10.5f, LM + 270, y, "IL SEGRETARIO COMUNALE"); y -= 14;
        text(TR, 10.5f, LM + 22, y, "avv. Gianna Bertolucci"); text(TR, 10.5f, LM + 276, y, "dott.ssa Chiara Benedetti"); y -= 40;
        rule(LM, y + 14, RM, y + 14, 0.4f);
        centre(TB, 10.5f, y, "CERTIFICATO DI PUBBLICAZIONE"); y -= 18;
        para("Si certifica che la presente deliberazione è pubblicata all'Albo pretorio on line del Comune per quindici giorni consecutivi dal 02/10/2026 al 17/10/2026, ai sensi dell'art. 124 del D.Lgs. 267/2000.", TR, 10.5f, 13.5f, LM, RM, true);
        y -= 8;
        text(TR, 10.5f, LM, y, "Fosdinovo, 02/10/2026"); text(TR, 10.5f, LM + 270, y, "IL SEGRETARIO COMUNALE"); y -= 13;
        text(TR, 10.5f, LM + 276, y, "dott.ssa Chiara Benedetti");
        cs.close();
        if (out == null) return;
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setProducer("Apache PDFBox 3.0.3"); info.setCreator("SIGEL Atti - stampa deliberazioni");
        info.setTitle("Delibera C.C. n. 41 del 29/09/2026");
        doc.save(out); doc.close();
    }
}
