// Comune di Partanna (TP) - ordinanza sindacale contingibile e urgente n. 9 del 15/04/2026.
// Apache PDFBox 1.8: every line placed at fixed coordinates, paragraphs justified with Tw, headings
// letter-spaced with Tc; the page is written out of reading order (foot, rotated Albo stamp, signature,
// dispositive part, premises, and the heading last).
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.edit.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

public class D07Partanna {
    static final float L = 70, R = 530;
    static PDPageContentStream cs;

    static float w(String s, PDFont f, float size) throws Exception { return f.getStringWidth(s) / 1000f * size; }

    static void text(String s, float x, float y, PDFont f, float size) throws Exception {
        cs.beginText(); cs.setFont(f, size); cs.moveTextPositionByAmount(x, y); cs.drawString(s); cs.endText();
    }
    static void spaced(String s, float y, PDFont f, float size, float tc) throws Exception {
        float width = w(s, f, size) + tc * (s.length() - 1);
        cs.beginText(); cs.setFont(f, size); cs.appendRawCommands(tc + " Tc\n");
        cs.moveTextPositionByAmount((L + R) / 2 - width / 2, y); cs.drawString(s);
        cs.appendRawCommands("0 Tc\n"); cs.endText();
    }
    static List<String> wrap(String t, PDFont f, float size, float width) throws Exception {
        List<String> out = new ArrayList<>(); StringBuilder cur = new StringBuilder();
        for (String word : t.split(" ")) {
            String tryS = cur.length() == 0 ? word : cur + " " + word;
            if (cur.length() > 0 && w(tryS, f, size) > width) { out.add(cur.toString()); cur = new StringBuilder(word); }
            else { cur = new StringBuilder(tryS); }
        }
        out.add(cur.toString());
        return out;
    }
    /** justified paragraph, one line per BT/ET, word spacing set with Tw; returns the y below it */
    static float para(String t, float y, PDFont f, float size, float lead, float indent, String label) throws Exception {
        List<String> lines = wrap(t, f, size, R - L - indent);
        if (label != null) text(label, L, y, f, size);
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i);
            int spaces = s.length() - s.replace(" ", "").length();
            float tw = 0;
            if (i < lines.size() - 1 && spaces > 0) tw = (R - L - indent - w(s, f, size)) / spaces;
            cs.beginText(); cs.setFont(f, size); cs.appendRawCommands(String.format(java.util.Locale.ROOT, "%.3f Tw\n", tw));
            cs.moveTextPositionByAmount(L + indent, y); cs.drawString(s); cs.appendRawCommands("0 Tw\n"); cs.endText();
            y -= lead;
        }
        return y;
    }
    static float height(String t, PDFont f, float size, float lead, float indent) throws Exception {
        return wrap(t, f, size, R - L - indent).size() * lead;
    }

    public static void main(String[] a) throws Exception {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage(PDPage.PAGE_SIZE_A4);
        doc.addPage(page);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle("Ordinanza contingibile e urgente n. 9/2026"); info.setCreator("ALBO-ATTI Sicilia 2.0"); info.setAuthor("segreteria.sindaco");
        cs = new PDPageContentStream(doc, page);
        PDFont rom = PDType1Font.TIMES_ROMAN, bold = PDType1Font.TIMES_BOLD, ital = PDType1Font.TIMES_ITALIC, hel = PDType1Font.HELVETICA;
        float size = 11f, lead = 13.8f;

        String[] premises = {
            "PREMESSO che nella mattinata del 14 aprile 2026 si è verificato il crollo parziale della copertura e del solaio di sottotetto dell'edificio sito in via Vittorio Emanuele angolo vicolo Sant'Anna, distinto in catasto al foglio 18, particella 412, con caduta di materiale sulla pubblica via;",
            "VISTO il verbale di sopralluogo congiunto del Comando dei Vigili del Fuoco di Trapani, distaccamento di Castelvetrano, e dell'Ufficio Tecnico comunale, prot. n. 6021 del 14/04/2026, dal quale risulta che le strutture residue versano in condizioni di grave instabilità e che sussiste pericolo per la pubblica e privata incolumità;",
            "ACCERTATO che l'immobile risulta di proprietà dei sigg. Giuseppe Bonanno e Rosa Bonanno, residenti in Partanna, e che due unità abitative adiacenti sono occupate da nuclei familiari;",
            "RITENUTO che ricorrano i presupposti di contingibilità e urgenza per l'adozione di un provvedimento a tutela dell'incolumità pubblica, non essendo possibile fronteggiare la situazione con gli strumenti ordinari;",
            "VISTI l'art. 50, comma 5, e l'art. 54, comma 4, del D.Lgs. 18 agosto 2000, n. 267, come recepiti nell'ordinamento regionale, e la L.R. 7 settembre 1998, n. 23;",
        };
        String[] points = {
            "lo sgombero immediato e l'interdizione all'uso dell'edificio sito in via Vittorio Emanuele angolo vicolo Sant'Anna e delle due unità abitative adiacenti, fino all'accertamento del venir meno delle condizioni di pericolo;",
            "ai proprietari, sigg. Giuseppe Bonanno e Rosa Bonanno, di provvedere entro 48 ore dalla notifica, a propria cura e spese e sotto la direzione di un tecnico abilitato, alla rimozione delle parti pericolanti e alla messa in sicurezza dell'immobile;",
            "la chiusura al transito veicolare e pedonale del vicolo Sant'Anna e del tratto di via Vittorio Emanuele compreso tra i civici 150 e 172, con la collocazione della relativa segnaletica a cura del Comando di Polizia Municipale;",
            "che, in caso di inottemperanza, si provvederà d'ufficio con addebito delle spese ai proprietari, fatta salva la denuncia ai sensi dell'art. 650 del codice penale.",
        };
        String oggetto = "Sgombero immediato e interdizione all'uso dell'edificio sito in via Vittorio Emanuele angolo vicolo Sant'Anna a seguito del crollo parziale della copertura.";

        // layout pass: compute where each block stands (top to bottom)
        float yHead = 790;
        float yTitle = yHead - 78;
        float yOgg = yTitle - 44;
        float yIlS = yOgg - height(oggetto, bold, size, lead, 66) - 10;
        float yPrem = yIlS - 20;
        float[] yp = new float[premises.length];
        float y = yPrem;
        for (int i = 0; i < premises.length; i++) { yp[i] = y; y -= height(premises[i], rom, size, lead, 0) + 5; }
        float yOrd = y - 6;
        y = yOrd - 20;
        float[] yo = new float[points.length];
        for (int i = 0; i < points.length; i++) { yo[i] = y; y -= height(points[i], rom, size, lead, 20) + 5; }
        float yAvv = y - 4;
        String avv = "Avverso la presente ordinanza è ammesso ricorso al T.A.R. Sicilia - Palermo entro 60 giorni dalla notifica, ovvero ricorso straordinario al Presidente della Regione Siciliana entro 120 giorni.";
        float ySig = yAvv - height(avv, ital, 10, 12.5f, 0) - 14;

        // 1. foot
        cs.setStrokingColor(Color.GRAY); cs.setLineWidth(0.5f); cs.drawLine(L, 50, R, 50);
        text("Comune di Partanna - Ufficio di Gabinetto del Sindaco - Via Vittorio Emanuele, 18 - 91028 Partanna (TP)", L, 40, hel, 7);
        // 2. Albo stamp rotated 90 degrees in the left margin
        cs.setStrokingColor(new Color(0x1a, 0x3c, 0x8c)); cs.setNonStrokingColor(new Color(0x1a, 0x3c, 0x8c));
        cs.addRect(30, 200, 26, 430); cs.stroke();
        cs.beginText(); cs.setFont(PDType1Font.HELVETICA_BOLD, 7.5f); cs.setTextRotation(Math.PI / 2, 41, 206);
        cs.drawString("ALBO PRETORIO ON LINE - Reg. n. 688 - pubblicata dal 15/04/2026 al 30/04/2026"); cs.endText();
        cs.beginText(); cs.setFont(hel, 7f); cs.setTextRotation(Math.PI / 2, 51, 206);
        cs.drawString("Il Responsabile della pubblicazione - Comune di Partanna"); cs.endText();
        cs.setNonStrokingColor(Color.BLACK); cs.setStrokingColor(Color.BLACK);
        // 3. signature
        text("Dalla Residenza Municipale, 15/04/2026", L, ySig, rom, size);
        text("IL SINDACO", 400, ySig, bold, size);
        text("dott. Vincenzo Catalanotto", 372, ySig - 14, rom, size);
        text("(firmato digitalmente)", 388, ySig - 26, ital, 9);
        // 4. dispositive part, last point first
        for (int i = points.length - 1; i >= 0; i--) para(points[i], yo[i], rom, size, lead, 20, (i + 1) + ".");
        para(avv, yAvv, ital, 10, 12.5f, 0, null);
        spaced("ORDINA", yOrd, bold, 12, 3.5f);
        // 5. premises, bottom up
        for (int i = premises.length - 1; i >= 0; i--) para(premises[i], yp[i], rom, size, lead, 0, null);
        spaced("IL SINDACO", yIlS, bold, 12, 2f);
        // 6. heading last
        para(oggetto, yOgg, bold, size, lead, 66, "OGGETTO:");
        cs.addRect(L + 40, yTitle - 24, R - L - 80, 44); cs.stroke();
        spaced("ORDINANZA SINDACALE CONTINGIBILE E URGENTE", yTitle + 4, bold, 12.5f, 0.8f);
        spaced("N. 9 DEL 15/04/2026", yTitle - 14, bold, 12, 0.4f);
        spaced("COMUNE DI PARTANNA", yHead, bold, 18, 2.5f);
        spaced("Libero Consorzio Comunale di Trapani", yHead - 16, ital, 11, 0.3f);
        spaced("IL SINDACO", yHead - 30, rom, 9, 1.5f);
        cs.setLineWidth(1f); cs.drawLine(L, yHead - 38, R, yHead - 38);
        cs.close();
        doc.save(a[0]);
        doc.close();
    }
}
