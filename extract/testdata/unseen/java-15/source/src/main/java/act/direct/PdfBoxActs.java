package act.direct;

import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.*;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import java.io.File;
import java.util.ArrayList;
import java.util.List;

/** Four documents drawn by hand with PDFBox 3.0.8, each field its own text object at fixed x, as report engines do. */
public class PdfBoxActs {
    static final String DJ = "/usr/share/fonts/truetype/dejavu/";
    static String out;

    /** A tiny band-oriented writer: labels and values at fixed x, wrapped paragraphs, page break, footer afterwards. */
    static class Sheet {
        final PDDocument doc = new PDDocument(); PDPageContentStream cs; PDPage page; float y;
        final float left = 56, right = 539, top = 790, bottom = 70;
        Sheet() throws Exception { newPage(); }
        void newPage() throws Exception { if (cs != null) cs.close(); page = new PDPage(PDRectangle.A4); doc.addPage(page); cs = new PDPageContentStream(doc, page); y = top; }
        void text(PDFont f, float size, float x, float yy, String s) throws Exception { cs.beginText(); cs.setFont(f, size); cs.newLineAtOffset(x, yy); cs.showText(s); cs.endText(); }
        void centre(PDFont f, float size, String s, float lead) throws Exception { need(lead); float w = f.getStringWidth(s) / 1000 * size; text(f, size, (left + right - w) / 2, y, s); y -= lead; }
        void rightText(PDFont f, float size, float xr, float yy, String s) throws Exception { float w = f.getStringWidth(s) / 1000 * size; text(f, size, xr - w, yy, s); }
        void need(float h) throws Exception { if (y - h < bottom) { newPage(); } }
        void line(float x1, float y1, float x2, float y2, float w) throws Exception { cs.setLineWidth(w); cs.moveTo(x1, y1); cs.lineTo(x2, y2); cs.stroke(); }
        void rect(float x, float yy, float w, float h) throws Exception { cs.setLineWidth(0.6f); cs.addRect(x, yy, w, h); cs.stroke(); }
        List<String> wrap(PDFont f, float size, String s, float width) throws Exception {
            List<String> lines = new ArrayList<>(); StringBuilder cur = new StringBuilder();
            for (String word : s.split(" ")) {
                String t = cur.length() == 0 ? word : cur + " " + word;
                if (f.getStringWidth(t) / 1000 * size > width && cur.length() > 0) { lines.add(cur.toString()); cur = new StringBuilder(word); } else { cur = new StringBuilder(t); }
            }
            if (cur.length() > 0) lines.add(cur.toString()); return lines;
        }
        void save(String file, PDFont f, String footFmt, String footLeft) throws Exception {
            cs.close(); int n = doc.getNumberOfPages();
            for (int i = 0; i < n; i++) {
                try (PDPageContentStream c = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                    c.setLineWidth(0.4f); c.moveTo(left, 52); c.lineTo(right, 52); c.stroke();
                    String s = String.format(footFmt, i + 1, n); float w = f.getStringWidth(s) / 1000 * 7.5f;
                    c.beginText(); c.setFont(f, 7.5f); c.newLineAtOffset(right - w, 42); c.showText(s); c.endText();
                    if (footLeft != null) { c.beginText(); c.setFont(f, 7.5f); c.newLineAtOffset(left, 42); c.showText(footLeft); c.endText(); }
                }
            }
            doc.save(new File(out + "/" + file)); doc.close();
        }
    }

    public static void main(String[] a) throws Exception {
        out = a[0];
        orvieto(); tricase(); ragusa(); siderno();
    }

    /** justified paragraph helper with x fixed (the inner loop mutates a copy) */
    static void p(Sheet s, PDFont f, float size, float x, float w, String t, float lead, float after) throws Exception {
        List<String> ls = s.wrap(f, size, t, w);
        for (int i = 0; i < ls.size(); i++) {
            s.need(lead); String l = ls.get(i);
            if (i < ls.size() - 1) {
                String[] ws = l.split(" "); float tw = f.getStringWidth(l.replace(" ", "")) / 1000 * size;
                float gap = ws.length > 1 ? (w - tw) / (ws.length - 1) : 0; float xx = x;
                s.cs.beginText(); s.cs.setFont(f, size); s.cs.newLineAtOffset(x, s.y);
                float prev = x;
                for (int k = 0; k < ws.length; k++) { if (k > 0) { s.cs.newLineAtOffset(xx - prev, 0); prev = xx; } s.cs.showText(ws[k]); xx = prev + f.getStringWidth(ws[k]) / 1000 * size + gap; }
                s.cs.endText();
            } else s.text(f, size, x, s.y, l);
            s.y -= lead;
        }
        s.y -= after;
    }

    // ------------------------------------------------ E. Orvieto, Consiglio Comunale, Halley style
    static void orvieto() throws Exception {
        Sheet s = new Sheet();
        PDFont tr = new PDType1Font(FontName.TIMES_ROMAN), tb = new PDType1Font(FontName.TIMES_BOLD), cr = new PDType1Font(FontName.COURIER), hb = new PDType1Font(FontName.HELVETICA_BOLD), hv = new PDType1Font(FontName.HELVETICA);
        float L = s.left, W = s.right - s.left;
        s.centre(tb, 15, "COMUNE DI ORVIETO", 16); s.centre(tr, 10, "PROVINCIA DI TERNI", 20);
        s.rightText(hb, 10, s.right, s.top + 18, "COPIA");
        s.centre(tb, 12, "DELIBERAZIONE DEL CONSIGLIO COMUNALE", 20);
        s.rect(L, s.y - 6, W, 22); s.text(tb, 11, L + 8, s.y, "Numero"); s.text(tb, 11, L + 70, s.y, "74"); s.text(tb, 11, L + 300, s.y, "Del"); s.text(tb, 11, L + 330, s.y, "27-11-2025"); s.y -= 34;
        s.text(tb, 10.5f, L, s.y, "Oggetto:");
        float sy = s.y; p(s, tb, 10.5f, L + 52, W - 52, "VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2025/2027 AI SENSI DELL'ART. 175, COMMA 2, DEL D.LGS. N. 267/2000 E CONTESTUALE VERIFICA DEL PERMANERE DEGLI EQUILIBRI GENERALI DI BILANCIO.", 13, 8);
        s.line(L, s.y + 4, s.right, s.y + 4, 0.6f); s.y -= 8;
        p(s, tr, 10.5f, L, W, "L'anno duemilaventicinque il giorno ventisette del mese di novembre alle ore 17:00, nella sala consiliare del Palazzo Comunale, in seguito a convocazione disposta con avviso prot. n. 38412 del 20-11-2025, si è riunito il Consiglio Comunale in sessione Ordinaria in Prima convocazione in seduta Pubblica.", 13, 4);
        p(s, tr, 10.5f, L, W, "Dei Signori Consiglieri assegnati a questo Comune e in carica:", 13, 6);
        String[][] roll = {{"GUIDI SIMONE", "P"}, {"BARBANERA LORENZO", "P"}, {"PETRANGELI CHIARA", "P"}, {"MATTEUCCI ROBERTO", "A"}, {"CORTONI ELISA", "P"},
            {"FELICIANI DAVIDE", "P"}, {"SFORZINI MARTA", "P"}, {"TOMASSINI GIACOMO", "P"}, {"LUCIANI VALERIA", "P"}, {"MORETTI FRANCESCO", "A"},
            {"PAGLIACCIA ROSSELLA", "P"}, {"BRONZETTI ALESSIO", "P"}, {"CONTICELLI MARIA GRAZIA", "P"}, {"SANTOPADRE NICOLA", "P"}, {"ROSSETTI LUCIA", "A"},
            {"ZEPPARELLI MARCO", "P"}, {"MAGALOTTI IRENE", "P"}};
        for (int i = 0; i < roll.length; i += 2) {
            s.text(cr, 9.5f, L + 10, s.y, roll[i][0]); s.text(cr, 9.5f, L + 200, s.y, roll[i][1]);
            if (i + 1 < roll.length) { s.text(cr, 9.5f, L + 260, s.y, roll[i + 1][0]); s.text(cr, 9.5f, L + 450, s.y, roll[i + 1][1]); }
            s.y -= 12;
        }
        s.y -= 6;
        s.text(tr, 10.5f, L, s.y, "ne risultano presenti n.   14 e assenti n.    3."); s.y -= 18;
        p(s, tr, 10.5f, L, W, "Assume la presidenza il Signor BARBANERA LORENZO in qualità di PRESIDENTE DEL CONSIGLIO assistito dal SEGRETARIO GENERALE Dott.ssa Sabrina Pacelli. Il Presidente, accertato il numero legale per la validità dell'adunanza, dichiara aperta la seduta ed invita il Consiglio a deliberare sull'oggetto sopra indicato, previa nomina degli scrutatori nelle persone dei Signori:", 13, 2);
        s.text(cr, 9.5f, L + 10, s.y, "CORTONI ELISA"); s.text(cr, 9.5f, L + 180, s.y, "LUCIANI VALERIA"); s.text(cr, 9.5f, L + 350, s.y, "ZEPPARELLI MARCO"); s.y -= 22;
        s.centre(tb, 11, "IL CONSIGLIO COMUNALE", 18);
        String[] prem = {
            "PREMESSO che con deliberazione consiliare n. 12 del 27-02-2025 è stato approvato il bilancio di previsione finanziario 2025/2027 e con deliberazione consiliare n. 41 del 29-07-2025 è stata approvata la salvaguardia degli equilibri di bilancio e l'assestamento generale;",
            "VISTE le richieste di variazione pervenute dai Settori dell'Ente, conservate agli atti del Servizio Finanziario, relative in particolare al maggior gettito dell'imposta di soggiorno (€ 85.000,00), al contributo regionale per il trasporto pubblico locale della funicolare Orvieto-Rupe (€ 120.000,00) e all'incremento della spesa per utenze energetiche degli edifici scolastici (€ 64.000,00);",
            "VISTI i prospetti allegati alla presente deliberazione (Allegati A, B e C) quale parte integrante e sostanziale, dai quali risulta il permanere degli equilibri di bilancio e il rispetto dei vincoli di finanza pubblica;",
            "ACQUISITO il parere favorevole dell'Organo di revisione economico-finanziaria, verbale n. 31 del 21-11-2025, ai sensi dell'art. 239, comma 1, lett. b), del D.Lgs. n. 267/2000;",
            "VISTO il parere favorevole della I Commissione consiliare permanente \"Bilancio e Affari Generali\" espresso nella seduta del 24-11-2025;",
            "UDITA la relazione dell'Assessore al Bilancio e gli interventi dei Consiglieri, riportati nel resoconto integrale della seduta;",
            "Con la seguente votazione, espressa per alzata di mano:"};
        for (String t : prem) p(s, tr, 10.5f, L, W, t, 13, 4);
        s.need(16); s.text(tb, 10.5f, L + 20, s.y, "Presenti n. 14   Votanti n. 13   Favorevoli n. 10   Contrari n. 3   Astenuti n. 1"); s.y -= 13;
        p(s, tr, 10.5f, L, W, "(contrari i Consiglieri Matteucci, Pagliaccia e Santopadre; astenuto il Consigliere Bronzetti)", 13, 6);
        s.centre(tb, 11, "D E L I B E R A", 18);
        String[] pts = {
            "1) DI APPROVARE, ai sensi dell'art. 175, comma 2, del D.Lgs. n. 267/2000, le variazioni al bilancio di previsione finanziario 2025/2027 riportate negli Allegati A (entrate) e B (spese);",
            "2) DI DARE ATTO che, a seguito delle variazioni, permangono gli equilibri generali di bilancio come risulta dal prospetto Allegato C;",
            "3) DI APPORTARE le conseguenti modifiche al Documento Unico di Programmazione 2025/2027;",
            "4) DI TRASMETTERE il presente atto al Tesoriere comunale ai sensi dell'art. 216 del D.Lgs. n. 267/2000."};
        for (String t : pts) p(s, tr, 10.5f, L + 14, W - 14, t, 13, 4);
        p(s, tr, 10.5f, L, W, "Successivamente, stante l'urgenza di provvedere, con separata votazione che riporta il medesimo esito (Presenti n. 14, Votanti n. 13, Favorevoli n. 10, Contrari n. 3, Astenuti n. 1), il Consiglio Comunale DICHIARA il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", 13, 14);
        s.need(110);
        s.text(tr, 10.5f, L, s.y, "Letto, approvato e sottoscritto a norma di legge."); s.y -= 22;
        s.text(tb, 10, L + 20, s.y, "IL PRESIDENTE DEL CONSIGLIO"); s.text(tb, 10, L + 300, s.y, "IL SEGRETARIO GENERALE"); s.y -= 13;
        s.text(tr, 10, L + 20, s.y, "F.to BARBANERA LORENZO"); s.text(tr, 10, L + 300, s.y, "F.to Dott.ssa Sabrina Pacelli"); s.y -= 30;
        s.need(120);
        s.centre(tb, 11, "CERTIFICATO DI PUBBLICAZIONE", 16);
        p(s, tr, 10, L, W, "Della suestesa deliberazione viene iniziata oggi la pubblicazione all'Albo Pretorio on line per quindici giorni consecutivi dal 02-12-2025 al 17-12-2025 (n. 2714 del registro delle pubblicazioni), ai sensi dell'art. 124, comma 1, del D.Lgs. n. 267/2000.", 12.5f, 6);
        s.text(tr, 10, L, s.y, "Orvieto, 02-12-2025"); s.text(tb, 10, L + 300, s.y, "IL SEGRETARIO GENERALE"); s.y -= 12; s.text(tr, 10, L + 300, s.y, "F.to Dott.ssa Sabrina Pacelli"); s.y -= 24;
        s.centre(tb, 11, "CERTIFICATO DI ESECUTIVITA'", 16);
        p(s, tr, 10, L, W, "La presente deliberazione è divenuta esecutiva il 27-11-2025 perché dichiarata immediatamente eseguibile (art. 134, comma 4, del D.Lgs. n. 267/2000).", 12.5f, 6);
        s.text(tr, 10, L, s.y, "Orvieto, 02-12-2025"); s.text(tb, 10, L + 300, s.y, "IL SEGRETARIO GENERALE"); s.y -= 12; s.text(tr, 10, L + 300, s.y, "F.to Dott.ssa Sabrina Pacelli"); s.y -= 20;
        s.text(hv, 7.5f, L, s.y, "Copia conforme all'originale, in carta libera per uso amministrativo.");
        s.save("consiglio-orvieto-halley.pdf", hv, "Pag. %d di %d", "DELIBERAZIONE DEL CONSIGLIO COMUNALE n. 74 del 27-11-2025 - COMUNE DI ORVIETO");
    }

    // ------------------------------------------------ F. Tricase, determinazione, Siscom style (DejaVu via PDType0Font)
    static void tricase() throws Exception {
        Sheet s = new Sheet();
        PDFont n = PDType0Font.load(s.doc, new File(DJ + "DejaVuSans.ttf")), b = PDType0Font.load(s.doc, new File(DJ + "DejaVuSans-Bold.ttf"));
        float L = s.left, W = s.right - s.left;
        s.text(b, 14, L + 70, s.y, "COMUNE DI TRICASE"); s.y -= 14;
        s.text(n, 8.5f, L + 70, s.y, "Provincia di Lecce"); s.y -= 11;
        s.text(n, 7.5f, L + 70, s.y, "Piazza Giuseppe Pisanelli - 73039 Tricase (LE) - C.F. 81001890758"); s.rect(L, s.y - 4, 58, 44); s.text(n, 7, L + 10, s.y + 16, "STEMMA"); s.y -= 26;
        s.line(L, s.y + 8, s.right, s.y + 8, 1.2f);
        s.text(b, 11, L, s.y - 6, "AREA TECNICA"); s.y -= 20;
        s.text(n, 9.5f, L, s.y, "Servizio Lavori Pubblici e Manutenzioni"); s.y -= 24;
        s.rect(L, s.y - 28, W, 44);
        s.centre(b, 12, "DETERMINAZIONE", 18);
        s.text(n, 9, L + 10, s.y, "Registro Generale"); s.text(b, 9, L + 110, s.y, "N. 612"); s.text(n, 9, L + 170, s.y, "del"); s.text(b, 9, L + 192, s.y, "09/12/2025");
        s.text(n, 9, L + 250, s.y, "Registro di Area"); s.text(b, 9, L + 335, s.y, "N. 187"); s.text(n, 9, L + 380, s.y, "del"); s.text(b, 9, L + 400, s.y, "05/12/2025"); s.y -= 40;
        s.text(b, 9.5f, L, s.y, "OGGETTO:");
        p(s, b, 9.5f, L + 62, W - 62, "Lavori di manutenzione straordinaria della copertura della scuola primaria di via Gorizia. Approvazione dello stato finale e del certificato di regolare esecuzione. Liquidazione del saldo alla ditta Edil Salento S.r.l. - CIG A0C93E21F5 - CUP D37H24001120004.", 12.5f, 10);
        s.line(L, s.y + 4, s.right, s.y + 4, 0.5f); s.y -= 10;
        s.centre(b, 10, "IL RESPONSABILE DELL'AREA TECNICA", 16);
        String[] prem = {
            "Visto il decreto sindacale n. 18 del 30/12/2024, con il quale è stata attribuita al sottoscritto la responsabilità dell'Area Tecnica con le funzioni di cui all'art. 107 del D.Lgs. n. 267/2000;",
            "Richiamata la propria determinazione R.G. n. 289 del 13/06/2025, con la quale i lavori di manutenzione straordinaria della copertura della scuola primaria di via Gorizia sono stati affidati alla ditta Edil Salento S.r.l., con sede in Tricase, per l'importo contrattuale di € 96.420,00 oltre IVA, contratto rep. n. 1204 del 03/07/2025;",
            "Dato atto che i lavori, consegnati in data 14/07/2025, sono stati ultimati in data 29/08/2025, come da certificato di ultimazione, entro il termine contrattuale e prima dell'avvio dell'anno scolastico;",
            "Visti lo stato finale dei lavori e il certificato di regolare esecuzione redatti dal Direttore dei Lavori, Ing. Vito Ciardo, in data 24/11/2025, dai quali risulta un credito residuo dell'impresa di € 12.853,40 oltre IVA al 10%;",
            "Acquisiti il DURC regolare (prot. INPS_48107733 con scadenza 18/03/2026) e la fattura elettronica n. 41/PA del 27/11/2025 dell'importo di € 14.138,74 IVA compresa;",
            "Accertata la regolarità tecnica del presente atto ai sensi dell'art. 147-bis del D.Lgs. n. 267/2000;"};
        for (String t : prem) p(s, n, 9.5f, L, W, t, 12.5f, 4);
        s.need(30); s.centre(b, 10.5f, "D E T E R M I N A", 18);
        String[] pts = {
            "di approvare lo stato finale dei lavori e il certificato di regolare esecuzione redatti dal Direttore dei Lavori in data 24/11/2025, dai quali risulta un credito residuo dell'impresa di € 12.853,40 oltre IVA;",
            "di liquidare alla ditta Edil Salento S.r.l. (P.IVA 04417280755) la somma di € 12.853,40, mentre l'IVA pari a € 1.285,34 sarà versata all'Erario ai sensi dell'art. 17-ter del D.P.R. n. 633/1972 (split payment);",
            "di imputare la spesa complessiva di € 14.138,74 al capitolo 20410.1 \"Manutenzione straordinaria edifici scolastici\", impegno n. 812/2025;",
            "di svincolare la cauzione definitiva prestata dall'impresa mediante polizza fideiussoria n. 2025/13/6218847."};
        int k = 1; for (String t : pts) { s.need(13); s.text(n, 9.5f, L + 6, s.y, (k++) + "."); p(s, n, 9.5f, L + 22, W - 22, t, 12.5f, 4); }
        s.y -= 10; s.need(60);
        s.text(n, 9.5f, L, s.y, "Tricase, 09/12/2025"); s.text(b, 9.5f, L + 290, s.y, "IL RESPONSABILE DELL'AREA TECNICA"); s.y -= 13;
        s.text(n, 9.5f, L + 320, s.y, "Ing. Antonio Scarascia"); s.y -= 12; s.text(n, 7.5f, L + 290, s.y, "(firmato digitalmente ai sensi del D.Lgs. n. 82/2005)"); s.y -= 28;
        s.need(90);
        s.centre(b, 10, "VISTO DI REGOLARITÀ CONTABILE", 14);
        p(s, n, 9, L, W, "Si attesta la regolarità contabile e la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000. Liquidazione n. 2311 del 09/12/2025 - impegno n. 812/2025 - capitolo 20410.1.", 12, 6);
        s.text(n, 9, L, s.y, "Tricase, 09/12/2025"); s.text(b, 9, L + 290, s.y, "IL RESPONSABILE DELL'AREA FINANZIARIA"); s.y -= 12; s.text(n, 9, L + 320, s.y, "Dott.ssa Maria Rosaria Panico");
        s.save("determina-tricase-siscom.pdf", n, "Pagina %d di %d", "Determinazione Area Tecnica n. 187 del 05/12/2025 - R.G. n. 612 del 09/12/2025");
    }

    // ------------------------------------------------ G. Ragusa, certificato di esecutività, Hypersic style
    static void ragusa() throws Exception {
        Sheet s = new Sheet();
        PDFont h = new PDType1Font(FontName.HELVETICA), hb = new PDType1Font(FontName.HELVETICA_BOLD), hi = new PDType1Font(FontName.HELVETICA_OBLIQUE);
        float L = s.left, W = s.right - s.left;
        s.centre(hb, 15, "COMUNE DI RAGUSA", 16); s.centre(h, 9, "Libero Consorzio Comunale di Ragusa", 12); s.centre(h, 8, "Corso Italia, 72 - 97100 Ragusa - www.comune.ragusa.it", 26);
        s.line(L, s.y + 12, s.right, s.y + 12, 0.8f);
        s.centre(hb, 12.5f, "CERTIFICATO DI ESECUTIVITÀ", 16);
        s.centre(h, 9, "(art. 12 della L.R. 3 dicembre 1991, n. 44)", 26);
        float bx = L, bw = W; float y0 = s.y;
        String[][] f = {{"Tipo atto", "Deliberazione della Giunta Municipale"}, {"Numero", "431"}, {"Data", "02/12/2025"}, {"Proponente", "Settore VI - Cultura, Turismo e Spettacolo"}};
        for (String[] r : f) { s.rect(bx, s.y - 6, 130, 20); s.rect(bx + 130, s.y - 6, bw - 130, 20); s.text(hb, 9.5f, bx + 6, s.y, r[0]); s.text(h, 9.5f, bx + 136, s.y, r[1]); s.y -= 20; }
        float top = s.y;
        s.text(hb, 9.5f, bx + 6, s.y, "Oggetto");
        List<String> ls = s.wrap(h, 9.5f, "Concessione del patrocinio gratuito e dell'utilizzo del Teatro Concordia per la rassegna \"Ragusa Jazz Winter 2025\" organizzata dall'Associazione Culturale Ibla Sound APS.", bw - 142);
        for (String l : ls) { s.text(h, 9.5f, bx + 136, s.y, l); s.y -= 12.5f; }
        s.rect(bx, s.y + 6, 130, top - s.y + 8); s.rect(bx + 130, s.y + 6, bw - 130, top - s.y + 8);
        s.y -= 26;
        s.centre(hb, 11, "IL SEGRETARIO GENERALE", 18);
        s.text(hb, 10, L, s.y, "Visti gli atti d'ufficio,"); s.y -= 16;
        s.centre(hb, 11, "CERTIFICA", 18);
        p(s, h, 10, L, W, "che la deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi dal 03/12/2025 al 18/12/2025, con il numero 5120 del registro delle pubblicazioni, e che avverso la stessa non sono pervenuti reclami od opposizioni;", 13.5f, 6);
        p(s, h, 10, L, W, "che la stessa è divenuta ESECUTIVA in data 13/12/2025, decorsi dieci giorni dall'inizio della pubblicazione, ai sensi dell'art. 12, comma 1, della L.R. n. 44/1991.", 13.5f, 24);
        s.text(h, 10, L, s.y, "Ragusa, 19/12/2025"); s.text(hb, 10, L + 300, s.y, "IL SEGRETARIO GENERALE"); s.y -= 13;
        s.text(h, 10, L + 315, s.y, "Dott. Vito Vittorio Scalogna"); s.y -= 40;
        s.text(hi, 7.5f, L, s.y, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005. Generato da Hypersic - Gestione Atti Amministrativi.");
        s.save("certificato-ragusa-hypersic.pdf", h, "Pagina %d di %d", "Comune di Ragusa - Ufficio Deliberazioni");
    }

    // ------------------------------------------------ H. Consorzio di Bonifica, avviso published at Siderno
    static void siderno() throws Exception {
        Sheet s = new Sheet();
        PDFont n = PDType0Font.load(s.doc, new File(DJ + "DejaVuSerif.ttf")), b = PDType0Font.load(s.doc, new File(DJ + "DejaVuSerif-Bold.ttf")), sm = PDType0Font.load(s.doc, new File(DJ + "DejaVuSans.ttf"));
        float L = s.left, W = s.right - s.left;
        s.text(b, 13, L, s.y, "CONSORZIO DI BONIFICA DELLA CALABRIA"); s.y -= 14;
        s.text(sm, 8, L, s.y, "Ente di diritto pubblico economico - L.R. n. 39/2022"); s.y -= 11;
        s.text(sm, 8, L, s.y, "Sede legale: Via S. Nicola, 8 - 88100 Catanzaro - pec: protocollo@pec.consorziobonificacalabria.it"); s.y -= 11;
        s.text(b, 8.5f, L, s.y, "Unità Operativa Territoriale Jonio Reggino - Siderno"); s.y -= 8;
        s.line(L, s.y, s.right, s.y, 0.8f); s.y -= 22;
        s.text(n, 9.5f, L, s.y, "Prot. n. 1187/2026"); s.rightText(n, 9.5f, s.right, s.y, "Siderno, 14/01/2026"); s.y -= 26;
        String[] to = {"Al Comune di Siderno", "Al Comune di Locri", "Al Comune di Agnana Calabra", "per la pubblicazione all'Albo Pretorio on line"};
        for (String t : to) { s.text(n, 9.5f, L + 280, s.y, t); s.y -= 12.5f; }
        s.y -= 16;
        s.centre(b, 13, "AVVISO", 20);
        s.text(b, 9.5f, L, s.y, "Oggetto:");
        p(s, b, 9.5f, L + 52, W - 52, "Lavori di pulizia e risagomatura dell'alveo del torrente Novito nel tratto compreso tra il ponte della S.S. 106 e la foce - Accesso ai fondi privati ai sensi dell'art. 138 del R.D. n. 368/1904.", 12.5f, 10);
        String[] body = {
            "IL DIRETTORE DELL'AREA TECNICA del Consorzio di Bonifica della Calabria",
            "premesso che con delibera del Commissario Straordinario n. 211 del 19/12/2025 è stato approvato il programma degli interventi di manutenzione ordinaria del reticolo idrografico per la stagione invernale 2025/2026, finanziato dalla Regione Calabria nell'ambito del Piano di Difesa del Suolo;",
            "considerato che l'intervento in oggetto richiede l'accesso dei mezzi d'opera attraverso i fondi privati confinanti con l'alveo del torrente Novito, in sinistra e in destra idraulica, nei fogli di mappa n. 21, 22 e 27 del Comune di Siderno;",
            "RENDE NOTO",
            "ai proprietari e ai conduttori dei fondi interessati che, a partire dal giorno 26/01/2026 e per una durata stimata di quaranta giorni lavorativi, il personale del Consorzio e dell'impresa esecutrice Calabria Scavi S.r.l. accederà ai terreni per l'esecuzione dei lavori, limitatamente alle fasce strettamente necessarie. Eventuali danni alle colture saranno accertati in contraddittorio e indennizzati ai sensi di legge.",
            "Gli interessati possono prendere visione degli elaborati progettuali presso l'Unità Operativa Territoriale di Siderno, via Matteotti 44, dal lunedì al venerdì dalle ore 9:00 alle ore 12:00, e presentare osservazioni entro il 23/01/2026 all'indirizzo pec sopra indicato.",
            "I Comuni in indirizzo sono pregati di pubblicare il presente avviso nel proprio Albo Pretorio on line fino al 10/03/2026 e di restituire la relata di avvenuta pubblicazione."};
        for (String t : body) { if (t.equals("RENDE NOTO")) { s.centre(b, 10.5f, t, 16); } else p(s, n, 9.5f, L, W, t, 13, 6); }
        s.y -= 10;
        s.text(n, 9.5f, L, s.y, "Il Responsabile del procedimento"); s.text(b, 9.5f, L + 290, s.y, "IL DIRETTORE DELL'AREA TECNICA"); s.y -= 12.5f;
        s.text(n, 9.5f, L, s.y, "Geom. Francesco Zappia"); s.text(n, 9.5f, L + 300, s.y, "Ing. Domenico Spanò"); s.y -= 12;
        s.text(sm, 7, L + 290, s.y, "Firmato digitalmente ai sensi dell'art. 24 del D.Lgs. 82/2005");
        s.save("avviso-siderno-consorzio.pdf", sm, "pag. %d/%d", "Consorzio di Bonifica della Calabria - UOT Jonio Reggino");
    }
}
