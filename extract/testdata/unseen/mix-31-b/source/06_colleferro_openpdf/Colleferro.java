// Comune di Colleferro - determinazione n. 187 (Settore II, Ufficio Tributi)
// Producer: OpenPDF 1.3.43 (com.lowagie), embedded Liberation Sans / Liberation Serif, Code 128 protocol barcode.
// Imitates a Java ERP print: label grid with the numbers, OGGETTO row, unnumbered "DETERMINA" paragraphs,
// a table of refunds, running foot with page number.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

public class Colleferro {
    static final String FD = "/usr/share/fonts/truetype/liberation/";
    static BaseFont sans, sansB, serif, serifB, serifI;

    static Font f(BaseFont b, float s) { return new Font(b, s); }

    static PdfPCell cell(String t, Font fo, Color bg, int align) {
        PdfPCell c = new PdfPCell(new Phrase(t, fo));
        if (bg != null) c.setBackgroundColor(bg);
        c.setHorizontalAlignment(align);
        c.setPadding(4);
        c.setBorderWidth(0.6f);
        return c;
    }

    public static void main(String[] a) throws Exception {
        String out = a.length > 0 ? a[0] : "determinazione-colleferro-openpdf.pdf";
        sans = BaseFont.createFont(FD + "LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        sansB = BaseFont.createFont(FD + "LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        serif = BaseFont.createFont(FD + "LiberationSerif-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        serifB = BaseFont.createFont(FD + "LiberationSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        serifI = BaseFont.createFont(FD + "LiberationSerif-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);

        Document doc = new Document(PageSize.A4, 56, 50, 48, 60);
        PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(out));
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document d) {
                PdfContentByte cb = wr.getDirectContent();
                cb.beginText();
                cb.setFontAndSize(sans, 7.5f);
                cb.showTextAligned(Element.ALIGN_LEFT,
                    "Comune di Colleferro - Determinazione Settore II n. 187 del 11/03/2026", 56, 34, 0);
                cb.showTextAligned(Element.ALIGN_RIGHT, "Pagina " + wr.getPageNumber(), 545, 34, 0);
                cb.showTextAligned(Element.ALIGN_LEFT,
                    "Atto sottoscritto con firma digitale ai sensi dell'art. 21 del D.Lgs. 82/2005", 56, 25, 0);
                cb.endText();
                cb.setLineWidth(0.5f);
                cb.moveTo(56, 44); cb.lineTo(545, 44); cb.stroke();
            }
        });
        doc.addTitle("Determinazione n. 187/2026");
        doc.addAuthor("Comune di Colleferro - Settore II");
        doc.addCreator("Sistema contabile - stampa atti (OpenPDF)");
        doc.open();

        // protocol barcode with caption, top right
        PdfContentByte cb = w.getDirectContent();
        Barcode128 bc = new Barcode128();
        bc.setCode("COLDET2026000187");
        bc.setBarHeight(22f);
        bc.setFont(null);
        Image bi = bc.createImageWithBarcode(cb, null, null);
        bi.setAbsolutePosition(400, 770);
        doc.add(bi);
        cb.beginText();
        cb.setFontAndSize(sans, 6.5f);
        cb.showTextAligned(Element.ALIGN_LEFT, "Prot. n. 0006931/2026 del 11/03/2026 - Uscita", 400, 762, 0);
        cb.endText();

        Paragraph h = new Paragraph("COMUNE DI COLLEFERRO", f(serifB, 18));
        doc.add(h);
        doc.add(new Paragraph("Città Metropolitana di Roma Capitale", f(serifI, 10)));
        Paragraph s2 = new Paragraph("SETTORE II – SERVIZI FINANZIARI E TRIBUTI", f(sansB, 10));
        s2.setSpacingBefore(10);
        doc.add(s2);
        doc.add(new Paragraph("Ufficio Tributi", f(sans, 9.5f)));

        Paragraph t = new Paragraph("DETERMINAZIONE", f(sansB, 13));
        t.setAlignment(Element.ALIGN_CENTER);
        t.setSpacingBefore(12);
        t.setSpacingAfter(6);
        doc.add(t);

        Color g = new Color(235, 235, 235);
        PdfPTable grid = new PdfPTable(new float[]{26, 24, 26, 24});
        grid.setWidthPercentage(100);
        Font lf = f(sans, 8.5f), vf = f(sansB, 10);
        grid.addCell(cell("Numero Generale", lf, g, Element.ALIGN_LEFT));
        grid.addCell(cell("187", vf, null, Element.ALIGN_LEFT));
        grid.addCell(cell("Data", lf, g, Element.ALIGN_LEFT));
        grid.addCell(cell("11/03/2026", vf, null, Element.ALIGN_LEFT));
        grid.addCell(cell("Numero di Settore", lf, g, Element.ALIGN_LEFT));
        grid.addCell(cell("34", vf, null, Element.ALIGN_LEFT));
        grid.addCell(cell("Proposta", lf, g, Element.ALIGN_LEFT));
        grid.addCell(cell("202 del 09/03/2026", vf, null, Element.ALIGN_LEFT));
        doc.add(grid);

        String subject = "Rimborso ai contribuenti di somme versate e non dovute a titolo di IMU per gli anni d’imposta 2021-2024 – Impegno e liquidazione.";
        PdfPTable ob = new PdfPTable(new float[]{16, 84});
        ob.setWidthPercentage(100);
        ob.setSpacingBefore(8);
        PdfPCell oc = cell("OGGETTO:", f(sansB, 10), null, Element.ALIGN_LEFT);
        oc.setBorder(Rectangle.TOP | Rectangle.BOTTOM | Rectangle.LEFT);
        PdfPCell ov = cell(subject, f(serifB, 11), null, Element.ALIGN_LEFT);
        ov.setBorder(Rectangle.TOP | Rectangle.BOTTOM | Rectangle.RIGHT);
        ob.addCell(oc);
        ob.addCell(ov);
        doc.add(ob);

        Font bf = f(serif, 11);
        Paragraph ir = new Paragraph("IL RESPONSABILE DEL SETTORE II", f(serifB, 11.5f));
        ir.setAlignment(Element.ALIGN_CENTER);
        ir.setSpacingBefore(12);
        ir.setSpacingAfter(6);
        doc.add(ir);
        String[] prem = {
            "Visto il decreto del Sindaco n. 4 del 02/01/2026, con il quale è stata attribuita al sottoscritto la responsabilità del Settore II – Servizi Finanziari e Tributi, con le funzioni di cui all’art. 107 del D.Lgs. 267/2000;",
            "Viste le istanze di rimborso presentate dai contribuenti indicati nel prospetto che segue, relative a versamenti IMU eseguiti in eccedenza o non dovuti per gli anni d’imposta dal 2021 al 2024;",
            "Dato atto che l’Ufficio Tributi ha concluso l’istruttoria delle istanze, verificando la fondatezza delle richieste e l’assenza di posizioni debitorie dei richiedenti nei confronti dell’Ente, come da prospetto istruttorio prot. n. 6512 del 05/03/2026;",
            "Visto l’art. 1, comma 164, della Legge 27 dicembre 2006, n. 296, e il vigente Regolamento comunale per l’applicazione dell’IMU;",
            "Ritenuto di provvedere all’impegno e alla contestuale liquidazione della somma complessiva di € 6.842,00;",
        };
        for (String p : prem) {
            Paragraph pp = new Paragraph(p, bf);
            pp.setAlignment(Element.ALIGN_JUSTIFIED);
            pp.setSpacingAfter(4);
            pp.setLeading(14);
            doc.add(pp);
        }
        Paragraph det = new Paragraph("DETERMINA", f(serifB, 11.5f));
        det.setAlignment(Element.ALIGN_CENTER);
        det.setSpacingBefore(8);
        det.setSpacingAfter(6);
        doc.add(det);
        String[] dis = {
            "di impegnare e contestualmente liquidare, per le motivazioni espresse in premessa, la somma complessiva di € 6.842,00 a titolo di rimborso IMU in favore dei contribuenti elencati nel prospetto seguente, i cui dati identificativi sono conservati agli atti dell’Ufficio nel rispetto del Regolamento (UE) 2016/679;",
            "di imputare la spesa al capitolo 1152/0 “Sgravi e rimborsi di tributi comunali” del bilancio di previsione 2026/2028, esercizio 2026;",
            "di trasmettere il presente provvedimento al Servizio Ragioneria per l’emissione dei mandati di pagamento.",
        };
        for (String p : dis) {
            Paragraph pp = new Paragraph(p, bf);
            pp.setAlignment(Element.ALIGN_JUSTIFIED);
            pp.setSpacingAfter(4);
            pp.setLeading(14);
            doc.add(pp);
        }
        PdfPTable rt = new PdfPTable(new float[]{10, 30, 20, 20, 20});
        rt.setWidthPercentage(100);
        rt.setSpacingBefore(6);
        Font th = f(sansB, 8.5f), td = f(sans, 8.5f);
        for (String s : new String[]{"N.", "Posizione contribuente", "Anni d’imposta", "Istanza prot.", "Importo (€)"})
            rt.addCell(cell(s, th, g, Element.ALIGN_CENTER));
        String[][] rows = {
            {"1", "Cod. contr. 10234", "2021-2022", "2871/2025", "1.214,00"},
            {"2", "Cod. contr. 22817", "2023", "15402/2025", "486,00"},
            {"3", "Cod. contr. 31006", "2022-2024", "1220/2026", "2.930,00"},
            {"4", "Cod. contr. 40588", "2024", "2105/2026", "1.342,00"},
            {"5", "Cod. contr. 41190", "2021", "2399/2026", "870,00"},
        };
        for (String[] r : rows)
            for (int i = 0; i < r.length; i++)
                rt.addCell(cell(r[i], td, null, i == 4 ? Element.ALIGN_RIGHT : (i == 1 ? Element.ALIGN_LEFT : Element.ALIGN_CENTER)));
        PdfPCell tot = cell("Totale", th, g, Element.ALIGN_RIGHT);
        tot.setColspan(4);
        rt.addCell(tot);
        rt.addCell(cell("6.842,00", th, g, Element.ALIGN_RIGHT));
        doc.add(rt);

        Paragraph luogo = new Paragraph("Colleferro, 11/03/2026", bf);
        luogo.setSpacingBefore(14);
        doc.add(luogo);
        PdfPTable sg = new PdfPTable(1);
        sg.setWidthPercentage(45);
        sg.setHorizontalAlignment(Element.ALIGN_RIGHT);
        for (String[] x : new String[][]{{"Il Responsabile del Settore II", "b"}, {"Dott. Marco Proietti", "r"}, {"(firmato digitalmente)", "i"}}) {
            PdfPCell c = cell(x[0], x[1].equals("b") ? f(sansB, 9.5f) : (x[1].equals("i") ? f(serifI, 8.5f) : f(serif, 11)), null, Element.ALIGN_CENTER);
            c.setBorder(Rectangle.NO_BORDER);
            c.setPadding(1);
            sg.addCell(c);
        }
        doc.add(sg);

        PdfPTable vis = new PdfPTable(1);
        vis.setWidthPercentage(100);
        vis.setSpacingBefore(16);
        PdfPCell vh = cell("VISTO DI REGOLARITÀ CONTABILE", f(sansB, 9), g, Element.ALIGN_CENTER);
        vis.addCell(vh);
        vis.addCell(cell("Si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa (art. 183, comma 7, D.Lgs. 267/2000). Impegno n. 2026/388 – capitolo 1152/0 – esercizio 2026.\nColleferro, 11/03/2026 – Il Responsabile del Servizio Ragioneria: Rag. Daniela Cianfrocca", f(serif, 10), null, Element.ALIGN_LEFT));
        doc.add(vis);
        doc.close();
    }
}
