// Unione dei Comuni della Planargia e del Montiferru Occidentale - Giunta dell'Unione.
// Drawn like a Swing desktop application's print (Java2D), rendered to PDF by pdfbox-graphics2d.
import java.awt.*;
import java.io.File;
import java.util.*;
import java.util.List;
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import de.rototor.pdfbox.graphics2d.*;

public class Delibera {
    static PDDocument doc; static PdfBoxGraphics2D g; static PdfBoxGraphics2DFontTextDrawer ftd;
    static float y; static int page = 0; static final int TOTAL = 1;
    static final float L = 56, R = 539, W = R - L;
    static Font reg = new Font("Liberation Sans", Font.PLAIN, 10), bold = new Font("Liberation Sans", Font.BOLD, 10);

    static void newPage() throws Exception {
        if (g != null) finish();
        page++;
        g = new PdfBoxGraphics2D(doc, 595, 842); g.setFontTextDrawer(ftd);
        g.setColor(new Color(225, 225, 225)); g.fillRect(40, 30, 515, 46);
        g.setColor(Color.DARK_GRAY); g.drawRect(40, 30, 515, 46);
        g.setColor(Color.BLACK); g.setFont(new Font("Liberation Sans", Font.BOLD, 12));
        g.drawString("UNIONE DEI COMUNI DELLA PLANARGIA E DEL MONTIFERRU OCCIDENTALE", 50, 48);
        g.setFont(F(Font.PLAIN, 8.5f));
        g.drawString("Provincia di Oristano – Sede: Via Roma, 20 – 08013 Bosa (OR) – C.F. 91011230956", 50, 61);
        g.drawString("Bosa · Flussio · Magomadas · Modolo · Montresta · Sagama · Suni · Tinnura · Tresnuraghes", 50, 71);
        g.setFont(F(Font.PLAIN, 7.5f));
        g.drawLine(40, 800, 555, 800);
        g.drawString("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.", 40, 810);
        g.drawString("Stampato il 09/04/2026 10:42 – utente: fmele", 40, 819);
        String p = "Pag. " + page + "/" + TOTAL;
        g.drawString(p, 555 - g.getFontMetrics().stringWidth(p), 810);
        y = 100;
    }
    static void finish() throws Exception {
        g.dispose();
        PDPage pg = new PDPage(PDRectangle.A4); doc.addPage(pg);
        PDFormXObject x = g.getXFormObject();
        PDPageContentStream cs = new PDPageContentStream(doc, pg); cs.drawForm(x); cs.close();
        g = null;
    }
    static List<String> wrap(String t, Font f, float w) {
        FontMetrics fm = g.getFontMetrics(f); List<String> out = new ArrayList<>(); StringBuilder line = new StringBuilder();
        for (String word : t.split(" ")) {
            String cand = line.length() == 0 ? word : line + " " + word;
            if (fm.stringWidth(cand) > w && line.length() > 0) { out.add(line.toString()); line = new StringBuilder(word); }
            else { line = new StringBuilder(cand); }
        }
        if (line.length() > 0) out.add(line.toString());
        return out;
    }
    static void para(String t, Font f, float indent, float lead) throws Exception {
        for (String ln : wrap(t, f, W - indent)) {
            if (y > 780) newPage();
            g.setFont(f); g.drawString(ln, L + indent, y); y += lead;
        }
        y += 4;
    }
    static void center(String t, Font f) throws Exception {
        if (y > 770) newPage();
        g.setFont(f); int w = g.getFontMetrics().stringWidth(t); g.drawString(t, L + (W - w) / 2, y); y += 16;
    }
    static void cell(String label, String val, float x, float w, float yy) {
        g.setColor(new Color(240, 240, 240)); g.fillRect((int) x, (int) yy, (int) (w * 0.42), 18);
        g.setColor(Color.GRAY); g.drawRect((int) x, (int) yy, (int) w, 18);
        g.setColor(Color.BLACK); g.setFont(F(Font.PLAIN, 8.5f)); g.drawString(label, x + 4, yy + 12);
        g.setFont(bold); g.drawString(val, x + w * 0.42f + 5, yy + 13);
    }

    static Font F(int st, float sz) { return new Font("Liberation Sans", st, 10).deriveFont(sz); }

    public static void main(String[] a) throws Exception {
        doc = new PDDocument();
        ftd = new PdfBoxGraphics2DFontTextDrawer();
        String F = "/usr/share/fonts/truetype/liberation2/";
        ftd.registerFont("Liberation Sans", new File(F + "LiberationSans-Regular.ttf"));
        ftd.registerFont("Liberation Sans Bold", new File(F + "LiberationSans-Bold.ttf"));
        newPage();
        g.setFont(new Font("Liberation Sans", Font.BOLD, 11));
        center("DELIBERAZIONE DELLA GIUNTA DELL'UNIONE", new Font("Liberation Sans", Font.BOLD, 12));
        y += 2;
        cell("Numero", "14", L, 120, y); cell("Data", "08/04/2026", L + 126, 170, y); cell("Originale / Copia", "COPIA", L + 302, 181, y);
        y += 34;
        // subject as a title block
        g.setColor(new Color(246, 246, 246)); g.fillRect((int) L, (int) y - 12, (int) W, 48);
        g.setColor(Color.GRAY); g.drawRect((int) L, (int) y - 12, (int) W, 48); g.setColor(Color.BLACK);
        Font sf = F(Font.BOLD, 10.5f);
        List<String> sl = wrap("Servizio associato di Polizia Locale. Approvazione del piano operativo per la stagione estiva 2026 e riparto dei costi tra i Comuni aderenti.", sf, W - 12);
        for (String s : sl) { g.setFont(sf); g.drawString(s, L + 6, y + 2); y += 14; }
        y += 30 - 14 * (sl.size() - 1) + 6;
        para("L'anno duemilaventisei il giorno otto del mese di aprile alle ore 16:00 nella sede dell'Unione in Bosa, convocata nei modi di legge, si è riunita la Giunta dell'Unione.", reg, 0, 13);
        para("Sono presenti i Sigg.: MURA ALESSANDRO, Presidente; SECHI MARIA ANTONIETTA, Vice Presidente; PIREDDA FRANCESCO, componente; CARTA GIOVANNI ANTONIO, componente. Sono assenti i Sigg.: DEIANA PAOLO, componente.", reg, 0, 13);
        para("Presiede la seduta il Presidente dell'Unione, Dott. Alessandro Mura. Assiste il Segretario dell'Unione, Dott.ssa Giovanna Maria Fadda, che cura la redazione del presente verbale.", reg, 0, 13);
        y += 4; center("LA GIUNTA DELL'UNIONE", bold); y += 2;
        String[] prem = {
            "Premesso che con deliberazione dell'Assemblea n. 3 del 27/02/2026 è stata approvata la convenzione per la gestione in forma associata del servizio di Polizia Locale tra i Comuni aderenti all'Unione;",
            "Considerato che nel periodo estivo la presenza turistica lungo il litorale di Bosa Marina, Porto Alabe e Turas richiede un rafforzamento dei servizi di vigilanza stradale, ambientale e commerciale;",
            "Visto il piano operativo predisposto dal Comandante del Servizio associato, che prevede l'impiego di n. 9 operatori, di cui n. 3 assunti a tempo determinato per il periodo dal 15 giugno al 15 settembre 2026;",
            "Dato atto che il costo complessivo del piano è stimato in € 84.300,00 e che lo stesso è ripartito tra i Comuni secondo i criteri dell'art. 8 della convenzione (60% popolazione residente, 40% presenze turistiche registrate nell'anno 2025);",
            "Acquisiti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
            "Con voti unanimi, espressi in forma palese,"};
        for (String p : prem) para(p, reg, 0, 13);
        center("DELIBERA", bold);
        String[] pts = {
            "di approvare il piano operativo del Servizio associato di Polizia Locale per la stagione estiva 2026, allegato al presente atto per farne parte integrante;",
            "di approvare il riparto dei costi tra i Comuni aderenti, come da prospetto allegato, per una spesa complessiva di € 84.300,00;",
            "di trasmettere copia del presente atto ai Comuni aderenti per l'assunzione dei rispettivi impegni di spesa."};
        for (String p : pts) {
            List<String> ls = wrap(p, reg, W - 16);
            for (int i = 0; i < ls.size(); i++) { if (y > 780) newPage(); g.setFont(reg); if (i == 0) g.drawString("–", L + 4, y); g.drawString(ls.get(i), L + 16, y); y += 13; }
            y += 4;
        }
        para("La presente deliberazione, non essendo stata dichiarata immediatamente eseguibile, diventa esecutiva decorsi dieci giorni dalla sua pubblicazione all'Albo pretorio on line, ai sensi dell'art. 134, comma 3, del D.Lgs. 267/2000.", reg, 0, 13);
        if (y > 690) newPage();
        y += 10; para("Letto, confermato e sottoscritto.", reg, 0, 13); y += 4;
        g.setFont(bold); g.drawString("IL PRESIDENTE", L + 40, y); g.drawString("IL SEGRETARIO", L + 300, y); y += 14;
        g.setFont(reg); g.drawString("Dott. Alessandro Mura", L + 40, y); g.drawString("Dott.ssa Giovanna Maria Fadda", L + 300, y); y += 30;
        g.setColor(Color.GRAY); g.drawRect((int) L, (int) y - 12, (int) W, 56); g.setColor(Color.BLACK);
        g.setFont(new Font("Liberation Sans", Font.BOLD, 9)); g.drawString("RELATA DI PUBBLICAZIONE", L + 6, y + 2); y += 14;
        Font sm = F(Font.PLAIN, 8.5f);
        for (String s : wrap("Si certifica che la presente deliberazione è pubblicata all'Albo pretorio on line dell'Unione dal 09/04/2026 al 24/04/2026 con il n. 96 del registro delle pubblicazioni. Bosa, 09/04/2026 – Il Responsabile della pubblicazione, Francesca Mele", sm, W - 12)) { g.setFont(sm); g.drawString(s, L + 6, y); y += 11; }
        finish();
        doc.getDocumentInformation().setTitle("Deliberazione Giunta dell'Unione n. 14/2026");
        doc.save(a[0]); doc.close();
    }
}
