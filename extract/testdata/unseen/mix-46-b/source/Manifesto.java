// Avviso (manifesto), Comune di Bricherasio -- iText 5.5.13 (Debian libitext5-java), absolutely positioned frames
// and colour bands as a QuarkXPress poster; DejaVu Sans Condensed / DejaVu Serif embedded
import com.itextpdf.text.*;
import com.itextpdf.text.pdf.*;
import java.io.FileOutputStream;

public class Manifesto {
    static final String D = "/usr/share/fonts/truetype/dejavu/";

    static void box(PdfContentByte cb, ColumnText ct, float llx, float lly, float urx, float ury) throws DocumentException {
        ct.setSimpleColumn(llx, lly, urx, ury);
        ct.go();
    }

    public static void main(String[] a) throws Exception {
        BaseFont cond = BaseFont.createFont(D + "DejaVuSansCondensed.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        BaseFont condB = BaseFont.createFont(D + "DejaVuSansCondensed-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        BaseFont serif = BaseFont.createFont(D + "DejaVuSerif.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        BaseColor green = new BaseColor(0x2f, 0x7d, 0x32), orange = new BaseColor(0xf5, 0x9e, 0x0b), dark = new BaseColor(0x22, 0x22, 0x22);

        Document doc = new Document(PageSize.A4, 0, 0, 0, 0);
        PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(a[0]));
        doc.addTitle("Avviso centro estivo 2026"); doc.addCreator("QuarkXPress(R) 18.6"); doc.addAuthor("Ufficio Servizi Scolastici");
        doc.open();
        PdfContentByte cb = w.getDirectContent();
        float W = PageSize.A4.getWidth(), H = PageSize.A4.getHeight();

        // top band
        cb.setColorFill(green); cb.rectangle(0, H - 110, W, 110); cb.fill();
        cb.setColorStroke(BaseColor.WHITE); cb.setLineWidth(1.2f); cb.rectangle(36, H - 96, 58, 70); cb.stroke();
        cb.beginText(); cb.setColorFill(BaseColor.WHITE);
        cb.setFontAndSize(cond, 6); cb.showTextAligned(Element.ALIGN_CENTER, "STEMMA", 65, H - 64, 0);
        cb.setFontAndSize(condB, 26); cb.showTextAligned(Element.ALIGN_LEFT, "COMUNE DI BRICHERASIO", 110, H - 58, 0);
        cb.setFontAndSize(cond, 12); cb.showTextAligned(Element.ALIGN_LEFT, "Città Metropolitana di Torino", 110, H - 78, 0);
        cb.setFontAndSize(cond, 8.5f); cb.showTextAligned(Element.ALIGN_LEFT, "Servizi Scolastici e Politiche Giovanili", 110, H - 93, 0);
        cb.endText();

        // AVVISO
        cb.beginText(); cb.setColorFill(orange); cb.setFontAndSize(condB, 64);
        cb.showTextAligned(Element.ALIGN_CENTER, "AVVISO", W / 2, H - 190, 0); cb.endText();

        ColumnText ct = new ColumnText(cb);
        Paragraph t = new Paragraph("APERTURA ISCRIZIONI AL CENTRO ESTIVO COMUNALE 2026", new Font(condB, 22, Font.NORMAL, dark));
        t.setAlignment(Element.ALIGN_CENTER); t.setLeading(26);
        ct.addElement(t);
        box(cb, ct, 50, H - 290, W - 50, H - 205);

        ct = new ColumnText(cb);
        Paragraph s = new Paragraph("per bambine e bambini dai 3 ai 14 anni - dal 15 giugno al 7 agosto 2026", new Font(serif, 12, Font.ITALIC, dark));
        s.setAlignment(Element.ALIGN_CENTER);
        ct.addElement(s);
        box(cb, ct, 50, H - 320, W - 50, H - 280);

        // three boxes
        String[][] boxes = {
            {"DOVE", "Scuola primaria \"Don Lorenzo Milani\", via Vittorio Emanuele II 27, e impianti sportivi di via Cavour. Attività all'aperto, laboratori, piscina il martedì e il giovedì."},
            {"QUANDO", "Dal lunedì al venerdì, dalle 7:45 alle 17:00, con possibilità di frequenza a settimane. Pranzo con il servizio di ristorazione scolastica."},
            {"COME", "Domanda on line sul portale dei servizi scolastici del Comune dal 20 aprile al 15 maggio 2026, con SPID o CIE. Tariffe secondo l'ISEE del nucleo familiare."},
        };
        float bw = (W - 100 - 2 * 14) / 3f, top = H - 345, bh = 190;
        for (int i = 0; i < 3; i++) {
            float x = 50 + i * (bw + 14);
            cb.setColorFill(new BaseColor(0xee, 0xf5, 0xee)); cb.rectangle(x, top - bh, bw, bh); cb.fill();
            cb.setColorFill(green); cb.rectangle(x, top - 26, bw, 26); cb.fill();
            cb.beginText(); cb.setColorFill(BaseColor.WHITE); cb.setFontAndSize(condB, 13);
            cb.showTextAligned(Element.ALIGN_CENTER, boxes[i][0], x + bw / 2, top - 18, 0); cb.endText();
            ct = new ColumnText(cb);
            Paragraph p = new Paragraph(boxes[i][1], new Font(cond, 10.5f, Font.NORMAL, dark)); p.setLeading(14);
            ct.addElement(p);
            box(cb, ct, x + 10, top - bh + 8, x + bw - 10, top - 34);
        }

        ct = new ColumnText(cb);
        Paragraph info = new Paragraph(
            "I posti disponibili sono 120 per ciascuna settimana. In caso di domande eccedenti, la graduatoria terrà conto della residenza "
            + "nel Comune di Bricherasio, della condizione lavorativa dei genitori e della presenza di fratelli iscritti. "
            + "Per i bambini con disabilità è garantito il supporto di personale educativo dedicato, previo colloquio con la famiglia.",
            new Font(serif, 10.5f, Font.NORMAL, dark));
        info.setAlignment(Element.ALIGN_JUSTIFIED); info.setLeading(15);
        ct.addElement(info);
        box(cb, ct, 50, 190, W - 50, top - bh - 16);

        ct = new ColumnText(cb);
        Paragraph inf = new Paragraph("Informazioni: Ufficio Servizi Scolastici, piazza Santa Maria 9 - tel. 0121 599209 - "
            + "scuola@comune.bricherasio.to.it - martedì e venerdì 9:00-12:30", new Font(condB, 9.5f, Font.NORMAL, green));
        inf.setAlignment(Element.ALIGN_CENTER);
        ct.addElement(inf);
        box(cb, ct, 50, 150, W - 50, 190);

        cb.beginText(); cb.setColorFill(dark); cb.setFontAndSize(cond, 10.5f);
        cb.showTextAligned(Element.ALIGN_LEFT, "Bricherasio, 13/04/2026", 50, 118, 0);
        cb.showTextAligned(Element.ALIGN_CENTER, "L'ASSESSORE ALL'ISTRUZIONE", W - 150, 118, 0);
        cb.showTextAligned(Element.ALIGN_CENTER, "Elisa Bonnet", W - 150, 103, 0);
        cb.endText();

        cb.setColorFill(orange); cb.rectangle(0, 0, W, 40); cb.fill();
        cb.beginText(); cb.setColorFill(BaseColor.WHITE); cb.setFontAndSize(cond, 8);
        cb.showTextAligned(Element.ALIGN_CENTER, "www.comune.bricherasio.to.it  -  Albo Pretorio on line", W / 2, 17, 0);
        cb.endText();
        doc.close();
    }
}
