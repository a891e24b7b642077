// Comune di Bonarcado (OR) - ordinanza sindacale contingibile e urgente (Blue Tongue), PDFBox 3.0.
// The letterhead is a Form XObject; the page is written out of reading order (foot, signature and closing
// line, points bottom-up, premises, number box, heading, letterhead last); every justified line carries its
// own Tw, headings are letter-spaced with Tc. The number stands only in the box, the date only in words.
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.*;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import java.util.*;

public class BonarcadoOrdinanza {
    static PDFont TR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    static PDFont TB = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    static PDFont TI = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);
    static PDFont HB = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static PDFont HR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final float L = 70, R = 530;

    // a laid-out line: where it goes and how
    static class Line { float x, y, tw, tc, size; PDFont font; String s;
        Line(float x, float y, PDFont f, float size, String s, float tw, float tc) { this.x = x; this.y = y; this.font = f; this.size = size; this.s = s; this.tw = tw; this.tc = tc; } }
    static float w(PDFont f, float size, String s) throws Exception { return f.getStringWidth(s) / 1000f * size; }

    // break a paragraph into justified lines starting at y; returns the lines
    static List<Line> para(String text, PDFont f, float size, float lead, float x0, float first, float[] y, boolean justify) throws Exception {
        List<Line> out = new ArrayList<>();
        String[] words = text.split(" ");
        List<String> cur = new ArrayList<>(); boolean firstLine = true;
        List<List<String>> lines = new ArrayList<>();
        for (String wd : words) {
            float ind = lines.isEmpty() ? first : 0;
            List<String> t = new ArrayList<>(cur); t.add(wd);
            if (!cur.isEmpty() && w(f, size, String.join(" ", t)) > R - x0 - ind) { lines.add(cur); cur = new ArrayList<>(); }
            cur.add(wd);
        }
        lines.add(cur);
        for (int i = 0; i < lines.size(); i++) {
            float ind = i == 0 ? first : 0;
            String s = String.join(" ", lines.get(i));
            float tw = 0;
            if (justify && i < lines.size() - 1 && lines.get(i).size() > 1)
                tw = (R - x0 - ind - w(f, size, s)) / (lines.get(i).size() - 1);
            out.add(new Line(x0 + ind, y[0], f, size, s, tw, 0));
            y[0] -= lead;
        }
        return out;
    }
    static void draw(PDPageContentStream cs, List<Line> ls) throws Exception {
        for (Line l : ls) {
            cs.beginText(); cs.setFont(l.font, l.size);
            cs.setWordSpacing(l.tw); cs.setCharacterSpacing(l.tc);
            cs.newLineAtOffset(l.x, l.y); cs.showText(l.s); cs.endText();
        }
    }
    static Line centred(String s, PDFont f, float size, float y, float tc) throws Exception {
        float wd = w(f, size, s) + tc * (s.length() - 1);
        return new Line((L + R) / 2 - wd / 2, y, f, size, s, 0, tc);
    }

    public static void main(String[] a) throws Exception {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4); doc.addPage(page);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle("Ordinanza contingibile e urgente - Blue Tongue"); info.setAuthor("Comune di Bonarcado");
        info.setCreator("Zuddas Atti - modulo ordinanze"); info.setProducer("PDFBox 3.0.3");
        // letterhead as a Form XObject
        PDFormXObject lh = new PDFormXObject(doc); lh.setBBox(new PDRectangle(0, 0, 595, 110)); lh.setResources(new PDResources());
        try (PDFormContentStream x = new PDFormContentStream(lh)) {
            x.setStrokingColor(0.15f, 0.35f, 0.2f); x.setLineWidth(1.2f);
            x.addRect(L, 30, 44, 56); x.stroke();
            x.beginText(); x.setFont(HR, 6); x.newLineAtOffset(L + 8, 55); x.showText("stemma"); x.endText();
            x.setNonStrokingColor(0.15f, 0.35f, 0.2f);
            x.beginText(); x.setFont(TB, 19); x.setCharacterSpacing(1.5f); x.newLineAtOffset(L + 58, 70); x.showText("COMUNE DI BONARCADO"); x.endText();
            x.setNonStrokingColor(0f, 0f, 0f);
            x.beginText(); x.setFont(TI, 11); x.setCharacterSpacing(0); x.newLineAtOffset(L + 58, 54); x.showText("Provincia di Oristano"); x.endText();
            x.beginText(); x.setFont(HR, 8); x.newLineAtOffset(L + 58, 40); x.showText("Via Vittorio Emanuele, 3 - 09070 Bonarcado (OR) - tel. 0783 56713 - protocollo@pec.comune.bonarcado.or.it"); x.endText();
            x.moveTo(L, 24); x.lineTo(R, 24); x.stroke();
        }
        float[] y = {0};
        // lay out in reading order first (top-down), then write the blocks in another order
        List<Line> head = new ArrayList<>(), box = new ArrayList<>(), prem = new ArrayList<>(), sign = new ArrayList<>(), foot = new ArrayList<>();
        List<List<Line>> points = new ArrayList<>();
        y[0] = 842 - 150;
        // number box at the right (drawn separately)
        float by = y[0];
        box.add(new Line(R - 118, by + 4, HB, 8, "ORDINANZA", 0, 1.2f));
        box.add(new Line(R - 118, by - 14, TB, 15, "n. 16", 0, 0));
        head.add(new Line(L, by, TB, 16, "IL SINDACO", 0, 2.5f));
        y[0] -= 48;
        head.add(new Line(L, y[0], TB, 11.5f, "Oggetto:", 0, 0));
        head.addAll(para("Misure urgenti di profilassi per il contenimento della febbre catarrale degli ovini (Blue Tongue) nel territorio comunale.", TB, 11.5f, 14, L + 50, 0, y, true));
        y[0] -= 10;
        String[][] pr = {
            {"PREMESSO", "che il Servizio Veterinario di Sanità Animale della ASL n. 5 di Oristano, con nota prot. n. 55102 del 17/07/2026, ha comunicato la conferma di focolai di febbre catarrale degli ovini (sierotipo BTV-3) in due allevamenti ovini ubicati nel territorio comunale, in località Sa Mitza e Pranu Maiori;"},
            {"VISTO", "il Regolamento di Polizia Veterinaria approvato con D.P.R. 8 febbraio 1954, n. 320, e in particolare gli artt. 1, 2 e 10;"},
            {"VISTI", "il Regolamento (UE) 2016/429 e il Regolamento delegato (UE) 2020/689, nonché le disposizioni regionali in materia di vaccinazione e di disinfestazione contro i vettori della malattia;"},
            {"RITENUTO", "di dover adottare con urgenza le misure proposte dal Servizio Veterinario, al fine di limitare la diffusione della malattia e di tutelare il patrimonio zootecnico del territorio;"},
            {"VISTO", "l'art. 50, comma 5, del D.Lgs. 18 agosto 2000, n. 267;"}};
        for (String[] p : pr) { prem.addAll(para(p[0] + " " + p[1], TR, 11, 13.8f, L, 0, y, true)); y[0] -= 4; }
        y[0] -= 6;
        Line ordina = centred("ORDINA", TB, 12.5f, y[0], 6f); y[0] -= 20;
        String[] pts = {
            "agli allevatori di ovini e caprini delle aziende indicate e di quelle ricadenti nel raggio di 20 km dai focolai di sottoporre gli animali a vaccinazione obbligatoria secondo il calendario del Servizio Veterinario;",
            "il divieto di movimentazione degli ovini e dei caprini dalle aziende sede di focolaio, salvo l'invio diretto al macello previa autorizzazione del Servizio Veterinario;",
            "a tutti gli allevatori di eseguire trattamenti di disinfestazione contro gli insetti vettori (Culicoides) nei ricoveri e sugli animali, con cadenza almeno quindicinale, e di eliminare i ristagni d'acqua nelle aree aziendali;",
            "la segnalazione immediata al Servizio Veterinario di ogni caso sospetto e lo smaltimento delle carcasse tramite ditte autorizzate ai sensi del Regolamento (CE) n. 1069/2009;",
            "che le presenti misure restino in vigore fino a revoca disposta su parere del Servizio Veterinario della ASL di Oristano."};
        for (int i = 0; i < pts.length; i++) {
            List<Line> pl = new ArrayList<>();
            pl.add(new Line(L, y[0], TR, 11, (i + 1) + ".", 0, 0));
            pl.addAll(para(pts[i], TR, 11, 13.8f, L + 18, 0, y, true)); y[0] -= 3;
            points.add(pl);
        }
        y[0] -= 4;
        Line dispone = centred("DISPONE", TB, 12, y[0], 5f); y[0] -= 18;
        List<Line> disp = para("che la presente ordinanza sia pubblicata all'Albo Pretorio on line, notificata agli allevatori interessati a cura della Polizia Locale e trasmessa alla Prefettura di Oristano, alla ASL n. 5 di Oristano - Servizio Veterinario, alla Stazione Carabinieri di Bonarcado e all'Agenzia LAORE Sardegna. Avverso la presente è ammesso ricorso al T.A.R. Sardegna entro 60 giorni o ricorso straordinario al Presidente della Repubblica entro 120 giorni.", TR, 11, 13.8f, L, 0, y, true);
        y[0] -= 10;
        sign.add(new Line(L, y[0], TR, 11, "Dalla Casa comunale, Bonarcado, lì venti luglio duemilaventisei", 0, 0)); y[0] -= 26;
        sign.add(new Line(R - 140, y[0], TB, 11, "IL SINDACO", 0, 1f)); y[0] -= 14;
        sign.add(new Line(R - 168, y[0], TR, 11, "Giovanni Antonio Pische", 0, 0)); y[0] -= 12;
        sign.add(new Line(R - 190, y[0], TI, 8.5f, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)", 0, 0));
        foot.add(new Line(L, 40, HR, 7, "Comune di Bonarcado - Ufficio del Sindaco - documento pubblicato all'Albo Pretorio on line ai sensi dell'art. 32 della L. 69/2009", 0, 0));

        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            draw(cs, foot);
            cs.setLineWidth(0.4f); cs.moveTo(L, 50); cs.lineTo(R, 50); cs.stroke();
            draw(cs, sign);
            draw(cs, disp); draw(cs, List.of(dispone));
            for (int i = points.size() - 1; i >= 0; i--) draw(cs, points.get(i));
            draw(cs, List.of(ordina));
            draw(cs, prem);
            cs.setLineWidth(1f); cs.addRect(R - 126, by - 22, 126, 40); cs.stroke();
            draw(cs, box);
            draw(cs, head);
            cs.saveGraphicsState(); cs.transform(new org.apache.pdfbox.util.Matrix(1, 0, 0, 1, 0, 842 - 120)); cs.drawForm(lh); cs.restoreGraphicsState();
        }
        doc.save(a[0]); doc.close();
    }
}
