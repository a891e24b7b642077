package it.seravezza;

import be.quodlibet.boxable.*;
import be.quodlibet.boxable.line.LineStyle;
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.*;
import java.awt.Color;
import java.io.File;

/** Determinazione dirigenziale, Comune di Seravezza: PDFBox + Boxable label grid. */
public class Determina {
    static PDFont R, B, I;
    static final float M = 45f;

    static Cell<PDPage> cell(Row<PDPage> r, float w, String t, float size) {
        Cell<PDPage> c = r.createCell(w, t);
        c.setFont(R); c.setFontBold(B); c.setFontSize(size);
        return c;
    }

    public static void main(String[] a) throws Exception {
        String F = "/usr/share/fonts/truetype/liberation/";
        try (PDDocument doc = new PDDocument()) {
            R = PDType0Font.load(doc, new File(F + "LiberationSans-Regular.ttf"));
            B = PDType0Font.load(doc, new File(F + "LiberationSans-Bold.ttf"));
            I = PDType0Font.load(doc, new File(F + "LiberationSans-Italic.ttf"));
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float h = page.getMediaBox().getHeight(), w = page.getMediaBox().getWidth() - 2 * M;

            // letterhead
            BaseTable head = new BaseTable(h - 40, h - 70, 60, w, M, doc, page, false, true);
            Row<PDPage> r = head.createRow(14);
            Cell<PDPage> c = cell(r, 14, "[stemma]", 7); c.setAlign(HorizontalAlignment.CENTER);
            c = cell(r, 86, "<b>COMUNE DI SERAVEZZA</b>", 16); c.setTextColor(new Color(0x6b, 0x1d, 0x1d));
            r = head.createRow(10); cell(r, 14, "", 7); cell(r, 86, "Provincia di Lucca – Via XXIV Maggio, 22 – 55047 Seravezza (LU)", 9);
            float y = head.draw() - 12;

            // label grid
            BaseTable g = new BaseTable(y, h - 70, 60, w, M, doc, page, true, true);
            Color lab = new Color(0xee, 0xe6, 0xd8);
            r = g.createRow(16);
            c = cell(r, 100, "<b>DETERMINAZIONE DIRIGENZIALE</b>", 12); c.setAlign(HorizontalAlignment.CENTER); c.setFillColor(lab);
            String[][] grid = {
                {"Registro Generale n.", "<b>301</b>", "Data adozione", "<b>09/04/2026</b>"},
                {"Numero di Settore", "<b>58</b>", "Proposta", "n. 342 del 07/04/2026"},
            };
            for (String[] gr : grid) {
                r = g.createRow(14);
                c = cell(r, 22, gr[0], 9); c.setFillColor(lab);
                cell(r, 28, gr[1], 10);
                c = cell(r, 20, gr[2], 9); c.setFillColor(lab);
                cell(r, 30, gr[3], 10);
            }
            r = g.createRow(14); c = cell(r, 22, "Settore", 9); c.setFillColor(lab);
            cell(r, 78, "<b>SETTORE 2 - RISORSE FINANZIARIE E TRIBUTI</b>", 10);
            r = g.createRow(14); c = cell(r, 22, "Servizio", 9); c.setFillColor(lab);
            cell(r, 78, "Servizio Tributi", 10);
            r = g.createRow(14); c = cell(r, 22, "Oggetto", 9); c.setFillColor(lab);
            cell(r, 78, "<b>RIMBORSO DI SOMME INDEBITAMENTE VERSATE A TITOLO DI IMU PER GLI ANNI 2022, 2023 E 2024 – CONTRIBUENTI DIVERSI – LIQUIDAZIONE (ELENCO N. 2/2026)</b>", 10);
            y = g.draw() - 14;
            page = g.getCurrentPage();

            // body as a borderless one-column table
            BaseTable b = new BaseTable(y, h - 60, 60, w, M, doc, page, false, true);
            String[] pars = {
                "<b>IL DIRIGENTE</b>",
                "Visto il decreto sindacale n. 12 del 30/12/2025, con il quale è stato conferito al sottoscritto l’incarico di direzione del Settore 2 – Risorse Finanziarie e Tributi;",
                "Premesso che alcuni contribuenti hanno presentato istanza di rimborso di somme versate in eccesso a titolo di Imposta Municipale Propria per le annualità 2022, 2023 e 2024, come da elenco istruito dal Servizio Tributi (elenco n. 2/2026);",
                "Verificato, a seguito dell’istruttoria, che i versamenti risultano eccedenti rispetto al dovuto per complessivi € 7.846,00, oltre interessi legali calcolati ai sensi dell’art. 1, comma 165, della Legge 27 dicembre 2006, n. 296, pari a € 312,48;",
                "Visti il D.Lgs. 267/2000, la Legge 160/2019 e il vigente Regolamento comunale per la disciplina dell’IMU;",
                "Attestata la regolarità tecnica e la correttezza dell’azione amministrativa ai sensi dell’art. 147-bis del D.Lgs. 267/2000;",
                "<b>DETERMINA</b>",
                "1) di disporre il rimborso ai contribuenti indicati nell’elenco n. 2/2026, conservato agli atti del Servizio Tributi e non pubblicato per ragioni di riservatezza, della somma complessiva di € 8.158,48, comprensiva di interessi;",
                "2) di imputare la spesa al capitolo 1040/5 “Rimborsi di imposte e tasse” del bilancio di previsione 2026/2028, esercizio 2026, impegno n. 688/2026;",
                "3) di trasmettere il presente atto al Servizio Ragioneria per l’emissione dei mandati di pagamento.",
                "Avverso il presente provvedimento è ammesso ricorso al TAR Toscana entro 60 giorni dalla pubblicazione.",
            };
            for (String p : pars) {
                r = b.createRow(12);
                c = cell(r, 100, p, 10);
                if (p.equals("<b>IL DIRIGENTE</b>") || p.equals("<b>DETERMINA</b>")) c.setAlign(HorizontalAlignment.CENTER);
                else c.setAlign(HorizontalAlignment.LEFT);
            }
            r = b.createRow(12); cell(r, 100, " ", 10);
            r = b.createRow(12); cell(r, 50, "Seravezza, 09/04/2026", 10);
            c = cell(r, 50, "IL DIRIGENTE<br>Dott. Luca Bertellotti<br>(firmato digitalmente)", 10); c.setAlign(HorizontalAlignment.CENTER);
            y = b.draw() - 14;
            page = b.getCurrentPage();

            BaseTable v = new BaseTable(y, h - 60, 60, w, M, doc, page, true, true);
            r = v.createRow(12);
            c = cell(r, 100, "<b>VISTO DI REGOLARITÀ CONTABILE</b> attestante la copertura finanziaria (art. 183, comma 7, D.Lgs. 267/2000) – Impegno n. 688/2026 – Seravezza, 10/04/2026 – Il Responsabile del Servizio Finanziario Rag. Sonia Lorenzoni", 8.5f);
            c.setFillColor(new Color(0xf4, 0xf4, 0xf4));
            v.draw();

            int n = doc.getNumberOfPages();
            for (int i = 0; i < n; i++) {
                PDPage p = doc.getPage(i);
                try (PDPageContentStream cs = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    cs.beginText(); cs.setFont(R, 7.5f); cs.newLineAtOffset(M, 30);
                    cs.showText("Determinazione n. 301 del 09/04/2026 – Documento firmato digitalmente ai sensi del D.Lgs. 82/2005");
                    cs.endText();
                    cs.beginText(); cs.setFont(R, 7.5f); cs.newLineAtOffset(M + w - 50, 30);
                    cs.showText("Pagina " + (i + 1) + " di " + n); cs.endText();
                }
            }
            doc.getDocumentInformation().setTitle("Determinazione dirigenziale n. 301/2026");
            doc.getDocumentInformation().setCreator("Atti amministrativi - Comune di Seravezza");
            doc.save(new File(a[0]));
        }
    }
}
