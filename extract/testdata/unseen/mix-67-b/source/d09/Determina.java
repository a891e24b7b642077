// Comune di Bienno (BS) - determinazione of the Area Tecnica, copy bearing a "COPIA CONFORME" stamp.
// PDFBox 3: Liberation fonts embedded as Type0/Identity-H subsets; since Tw has no effect on two-byte
// codes, justified lines are drawn word by word; the register box and the stamp (a rotated Form XObject)
// are drawn before the body, the letterhead last.
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.*;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import java.io.File;
import java.util.*;

public class Determina {
    static PDDocument doc; static PDPageContentStream cs; static PDPage page;
    static PDType0Font R, B, I;
    static float L = 68, RM = 595 - 60, y; static int pageNo = 0;
    static final String FD = "/usr/share/fonts/truetype/liberation/";

    static float w(PDFont f, float sz, String s) throws Exception { return f.getStringWidth(s) / 1000f * sz; }
    static void text(PDFont f, float sz, float x, float yy, String s) throws Exception {
        cs.beginText(); cs.setFont(f, sz); cs.newLineAtOffset(x, yy); cs.showText(s); cs.endText();
    }
    static void centre(PDFont f, float sz, String s, float lead) throws Exception {
        text(f, sz, (L + RM) / 2 - w(f, sz, s) / 2, y, s); y -= lead;
    }
    static void para(String s, PDFont f, float sz, float lead, float first, float indent, boolean justify) throws Exception {
        String[] words = s.split(" "); List<List<String>> lines = new ArrayList<>(); List<String> cur = new ArrayList<>();
        for (String wd : words) {
            float ind = lines.isEmpty() ? first : indent;
            List<String> t = new ArrayList<>(cur); t.add(wd);
            if (!cur.isEmpty() && w(f, sz, String.join(" ", t)) > RM - L - ind) { lines.add(cur); cur = new ArrayList<>(); cur.add(wd); }
            else cur.add(wd);
        }
        lines.add(cur);
        for (int i = 0; i < lines.size(); i++) {
            if (y < 92) newPage();
            List<String> ln = lines.get(i); float ind = i == 0 ? first : indent; float x = L + ind;
            if (justify && i < lines.size() - 1 && ln.size() > 1) {
                float tot = 0; for (String wd : ln) tot += w(f, sz, wd);
                float gap = (RM - L - ind - tot) / (ln.size() - 1);
                cs.beginText(); cs.setFont(f, sz); cs.newLineAtOffset(x, y);
                float prev = x;
                for (int k = 0; k < ln.size(); k++) {
                    if (k > 0) { cs.newLineAtOffset(x - prev, 0); prev = x; }
                    cs.showText(ln.get(k)); x += w(f, sz, ln.get(k)) + gap;
                }
                cs.endText();
            } else text(f, sz, x, y, String.join(" ", ln));
            y -= lead;
        }
        y -= 5;
    }
    static void runningHead() throws Exception {
        cs.setNonStrokingColor(0.3f, 0.3f, 0.3f);
        text(R, 7.5f, L, 30, "Comune di Bienno – Area Tecnica – Determinazione n. 47/2026 R.G.");
        String p = "Pagina " + pageNo + " di 2"; text(R, 7.5f, RM - w(R, 7.5f, p), 30, p);
        cs.setNonStrokingColor(0f, 0f, 0f);
    }
    static void newPage() throws Exception {
        if (cs != null) { runningHead(); cs.close(); }
        page = new PDPage(PDRectangle.A4); doc.addPage(page); pageNo++;
        cs = new PDPageContentStream(doc, page); y = 842 - 70;
        if (pageNo > 1) {
            text(I, 8, L, 842 - 40, "segue determinazione n. 47/2026 R.G. del 03/03/2026");
            cs.setLineWidth(0.3f); cs.moveTo(L, 842 - 46); cs.lineTo(RM, 842 - 46); cs.stroke();
        }
    }
    static PDFormXObject stamp() throws Exception {
        PDFormXObject fx = new PDFormXObject(doc); fx.setBBox(new PDRectangle(0, 0, 270, 92));
        PDResources res = new PDResources(); fx.setResources(res);
        try (PDFormContentStream s = new PDFormContentStream(fx)) {
            s.setStrokingColor(0.72f, 0.1f, 0.12f); s.setNonStrokingColor(0.72f, 0.1f, 0.12f);
            s.setLineWidth(1.6f); s.addRect(2, 2, 266, 88); s.stroke();
            s.setLineWidth(0.6f); s.addRect(6, 6, 258, 80); s.stroke();
            String[][] rows = {{"B", "12", "COPIA CONFORME ALL'ORIGINALE"}, {"R", "7.5", "informatico sottoscritto digitalmente, ai sensi dell'art. 23,"},
                    {"R", "7.5", "comma 1, del D.Lgs. 82/2005 – Bienno, 05/03/2026"}, {"B", "7.5", "L'ISTRUTTORE AMMINISTRATIVO"}, {"I", "8", "Sara Pedersoli"}};
            float yy = 70;
            for (String[] r : rows) {
                PDType0Font f = r[0].equals("B") ? B : r[0].equals("I") ? I : R; float sz = Float.parseFloat(r[1]);
                s.beginText(); s.setFont(f, sz); s.newLineAtOffset(135 - w(f, sz, r[2]) / 2, yy); s.showText(r[2]); s.endText();
                yy -= sz + 5.5f;
            }
        }
        return fx;
    }

    public static void main(String[] a) throws Exception {
        doc = new PDDocument();
        R = PDType0Font.load(doc, new File(FD + "LiberationSerif-Regular.ttf"));
        B = PDType0Font.load(doc, new File(FD + "LiberationSerif-Bold.ttf"));
        I = PDType0Font.load(doc, new File(FD + "LiberationSerif-Italic.ttf"));
        PDType0Font S = PDType0Font.load(doc, new File(FD + "LiberationSans-Regular.ttf"));
        PDType0Font SB = PDType0Font.load(doc, new File(FD + "LiberationSans-Bold.ttf"));
        doc.getDocumentInformation().setTitle("Determinazione 47/2026 R.G. - copia conforme");
        doc.getDocumentInformation().setCreator("Ufficio Tecnico - modello determina");
        newPage();
        // register box, drawn first
        float bx = RM - 170, by = 842 - 150;
        cs.setLineWidth(0.8f); cs.addRect(bx, by, 170, 92); cs.stroke();
        cs.setNonStrokingColor(0.9f, 0.9f, 0.9f); cs.addRect(bx, by + 74, 170, 18); cs.fill(); cs.setNonStrokingColor(0f, 0f, 0f);
        text(SB, 9, bx + 8, by + 79, "DETERMINAZIONE");
        text(SB, 11, bx + 8, by + 58, "N. 47/2026 R.G.");
        text(S, 9, bx + 8, by + 43, "del 03/03/2026");
        text(S, 8.5f, bx + 8, by + 27, "Reg. Area Tecnica n. 9");
        text(S, 8.5f, bx + 8, by + 12, "Proposta n. 58 del 02/03/2026");
        // heading and body
        y = 842 - 178;
        text(SB, 10.5f, L, y, "AREA TECNICA"); y -= 13;
        text(S, 9.5f, L, y, "Servizio Lavori Pubblici e Patrimonio"); y -= 26;
        centre(B, 12, "DETERMINAZIONE DEL RESPONSABILE DELL'AREA TECNICA", 24);
        text(B, 11, L, y, "OGGETTO:");
        para("Affidamento diretto dei lavori di manutenzione straordinaria della ruota idraulica e del maglio della Fucina Museo di via Glere – CIG B6F3A18D92 – Impegno di spesa.", B, 11, 14, 62, 62, true);
        y -= 6;
        centre(B, 11, "IL RESPONSABILE DELL'AREA TECNICA", 18);
        String[] prem = {
            "Visto il decreto del Sindaco n. 3 del 2 gennaio 2026, con il quale al sottoscritto è stato conferito l'incarico di Responsabile dell'Area Tecnica con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, n. 267;",
            "Richiamata la deliberazione del Consiglio comunale n. 48 del 19 dicembre 2025, esecutiva, con la quale è stato approvato il bilancio di previsione finanziario 2026-2028;",
            "Premesso che la ruota idraulica che aziona il maglio della Fucina Museo presenta un marcato deterioramento delle pale in legno di larice e dell'albero di trasmissione, tale da impedirne il funzionamento durante le visite guidate e le dimostrazioni di battitura del ferro;",
            "Visto il preventivo presentato dalla ditta Officine Meccaniche Camune s.n.c., con sede in Breno, acquisito al protocollo n. 1624 del 24 febbraio 2026, per l'importo di euro 12.850,00 oltre IVA, ritenuto congruo in rapporto alla qualità della prestazione e ai prezzi di mercato;",
            "Visto l'art. 50, comma 1, lettera a), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto dei lavori di importo inferiore a 150.000 euro;",
            "Accertata la regolarità contributiva dell'operatore economico (DURC prot. INAIL_51873402, valido fino al 18 giugno 2026);"};
        for (String s : prem) para(s, R, 11, 14, 0, 0, true);
        centre(B, 11.5f, "D E T E R M I N A", 18);
        String[] pts = {
            "di affidare alla ditta Officine Meccaniche Camune s.n.c. di Breno i lavori di manutenzione straordinaria della ruota idraulica e del maglio della Fucina Museo di via Glere, per l'importo di euro 12.850,00 oltre IVA 22%, per complessivi euro 15.677,00;",
            "di impegnare la spesa di euro 15.677,00 alla Missione 05, Programma 01, Titolo 2, capitolo 2540/1 \"Manutenzione straordinaria beni di interesse storico\" del bilancio 2026-2028, esercizio 2026;",
            "di dare atto che il CIG attribuito all'affidamento è B6F3A18D92 e che il Responsabile Unico del Progetto è il sottoscritto;",
            "di trasmettere la presente determinazione al Servizio Finanziario per l'apposizione del visto di regolarità contabile attestante la copertura finanziaria."};
        for (int i = 0; i < pts.length; i++) {
            if (y < 110) newPage();
            text(R, 11, L, y, (i + 1) + ".");
            para(pts[i], R, 11, 14, 18, 18, true);
        }
        y -= 4;
        text(R, 11, L, y, "Bienno, 03/03/2026"); y -= 22;
        String t1 = "IL RESPONSABILE DELL'AREA TECNICA", t2 = "geom. Fabio Bontempi", t3 = "(firmato digitalmente)";
        float cx = RM - 110;
        text(B, 10.5f, cx - w(B, 10.5f, t1) / 2, y, t1); y -= 14;
        text(R, 10.5f, cx - w(R, 10.5f, t2) / 2, y, t2); y -= 12;
        text(I, 8, cx - w(I, 8, t3) / 2, y, t3); y -= 40;
        // page 2: the visto of the financial service, then the stamp of conformity
        newPage();
        y -= 10;
        centre(B, 11, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", 14);
        centre(R, 9.5f, "(art. 183, comma 7, del D.Lgs. 18 agosto 2000, n. 267)", 22);
        para("Il Responsabile del Servizio Finanziario, esaminata la determinazione in oggetto, appone il visto di regolarità contabile attestante la copertura finanziaria della spesa, registrata come segue:", R, 11, 14, 0, 0, true);
        float[] cols = {L, L + 70, L + 170, L + 290, RM};
        String[][] tab = {{"Esercizio", "Impegno n.", "Capitolo", "Importo (euro)"}, {"2026", "188/2026", "2540/1", "15.677,00"}};
        cs.setLineWidth(0.5f);
        for (String[] r : tab) {
            cs.addRect(L, y - 5, RM - L, 17); cs.stroke();
            for (int k = 0; k < 4; k++) text(r == tab[0] ? SB : S, 9.5f, cols[k] + 6, y, r[k]);
            y -= 17;
        }
        for (int k = 1; k < 4; k++) { cs.moveTo(cols[k], y + 12); cs.lineTo(cols[k], y + 46); cs.stroke(); }
        y -= 16;
        text(R, 11, L, y, "Bienno, 04/03/2026"); y -= 22;
        String v1 = "IL RESPONSABILE DEL SERVIZIO FINANZIARIO", v2 = "dott.ssa Monica Morandini";
        text(B, 10.5f, cx - w(B, 10.5f, v1) / 2 - 20, y, v1); y -= 14;
        text(R, 10.5f, cx - w(R, 10.5f, v2) / 2 - 20, y, v2); y -= 12;
        text(I, 8, cx - w(I, 8, t3) / 2 - 20 + 0, y, t3); y -= 30;
        para("La presente determinazione è pubblicata all'Albo Pretorio on line per quindici giorni consecutivi ed è esecutiva dalla data di apposizione del visto di regolarità contabile.", I, 9.5f, 12, 0, 0, true);
        y -= 20;
        // the stamp: a Form XObject, rotated, in the free space under the text
        PDFormXObject fx = stamp();
        cs.saveGraphicsState();
        cs.transform(Matrix.getTranslateInstance(L + 150, y - 120));
        cs.transform(Matrix.getRotateInstance(Math.toRadians(8), 0, 0));
        cs.drawForm(fx);
        cs.restoreGraphicsState();
        runningHead(); cs.close();
        // letterhead last, on page 1
        PDPage p1 = doc.getPage(0);
        try (PDPageContentStream h = new PDPageContentStream(doc, p1, PDPageContentStream.AppendMode.APPEND, true, true)) {
            cs = h;
            cs.setNonStrokingColor(0.1f, 0.25f, 0.45f);
            text(B, 18, L, 842 - 68, "COMUNE DI BIENNO");
            cs.setNonStrokingColor(0f, 0f, 0f);
            text(I, 10, L, 842 - 83, "Provincia di Brescia");
            text(S, 8, L, 842 - 96, "Piazza Liberazione, 1 – 25040 Bienno (BS) – C.F. 81001410178");
            text(S, 8, L, 842 - 106, "protocollo@pec.comune.bienno.bs.it");
            cs.setLineWidth(1.2f); cs.moveTo(L, 842 - 160); cs.lineTo(RM, 842 - 160); cs.stroke();
        }
        doc.save(a[0]); doc.close();
    }
}
