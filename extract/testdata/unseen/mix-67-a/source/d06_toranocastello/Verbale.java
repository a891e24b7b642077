// Comune di Torano Castello (CS) - Consiglio Comunale n. 14 del 11-06-2026.
// A report engine on OpenPDF 1.3.30 that places every glyph with its own text matrix (Tm + Tj per glyph,
// no space characters), justifying by moving the glyphs. The roll is a ruled three-column table
// (CONSIGLIERE | CARICA | PRESENTE/ASSENTE, marks P/A); the Albo stamp runs up the left margin, rotated
// 90 degrees, and is written before anything else on page 1; the foot is written before the body.
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.io.FileOutputStream;
import java.util.ArrayList;
import java.util.List;

public class Verbale {
  static final String FD = "/usr/share/fonts/truetype/liberation/";
  static BaseFont SR, SB, SI, HR, HB;
  static PdfContentByte cb;
  static Document doc;
  static final float L = 72, RM = 595 - 56, TOP = 842 - 56, BOT = 74;
  static float y;
  static int page = 1;

  static float w(BaseFont f, String s, float sz) { return f.getWidthPoint(s, sz); }

  static void glyphs(BaseFont f, float sz, float x, float yy, String s, float extra) {
    cb.beginText();
    cb.setFontAndSize(f, sz);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == ' ') { x += w(f, " ", sz) + extra; continue; }
      String g = String.valueOf(ch);
      cb.setTextMatrix(x, yy);
      cb.showText(g);
      x += w(f, g, sz);
    }
    cb.endText();
  }

  static void centre(BaseFont f, float sz, String s, float yy) { glyphs(f, sz, (L + RM) / 2 - w(f, s, sz) / 2, yy, s, 0); }

  static void foot() {
    cb.setLineWidth(0.5f);
    cb.moveTo(L, 58); cb.lineTo(RM, 58); cb.stroke();
    glyphs(HR, 7.5f, L, 47, "Comune di Torano Castello - Deliberazione del Consiglio Comunale n. 14 del 11-06-2026", 0);
    String p = "Pagina " + page + " di 2";
    glyphs(HR, 7.5f, RM - w(HR, p, 7.5f), 47, p, 0);
  }

  static void stamp() {
    // rotated 90 degrees, bottom to top, in the left margin
    cb.saveState();
    cb.setLineWidth(0.8f);
    cb.rectangle(26, 300, 30, 250); cb.stroke();
    cb.beginText();
    cb.setFontAndSize(HB, 7.5f);
    String a = "ALBO PRETORIO ON LINE - Reg. n. 356/2026";
    String b = "Pubblicata dal 12/06/2026 al 27/06/2026";
    float x = 300 + 8;
    for (int i = 0; i < a.length(); i++) {
      String g = String.valueOf(a.charAt(i));
      cb.setTextMatrix(0, 1, -1, 0, 38, x);
      if (!g.equals(" ")) cb.showText(g);
      x += w(HB, g, 7.5f);
    }
    cb.setFontAndSize(HR, 7.5f);
    x = 300 + 8;
    for (int i = 0; i < b.length(); i++) {
      String g = String.valueOf(b.charAt(i));
      cb.setTextMatrix(0, 1, -1, 0, 50, x);
      if (!g.equals(" ")) cb.showText(g);
      x += w(HR, g, 7.5f);
    }
    cb.endText();
    cb.restoreState();
  }

  static void newPage() {
    doc.newPage(); page++;
    foot();
    y = TOP;
  }

  static void need(float h) { if (y - h < BOT) newPage(); }

  static void para(BaseFont f, float sz, String text, float indent, float lead, boolean justify, float after) {
    String[] words = text.split(" ");
    List<String> line = new ArrayList<>();
    float width = RM - L - indent;
    for (int i = 0; i <= words.length; i++) {
      boolean end = i == words.length;
      String cand = end ? null : String.join(" ", line) + (line.isEmpty() ? "" : " ") + words[i];
      if (end || (w(f, cand, sz) > width && !line.isEmpty())) {
        String s = String.join(" ", line);
        float extra = 0;
        if (justify && !end && line.size() > 1) extra = (width - w(f, s, sz)) / (line.size() - 1);
        need(lead);
        glyphs(f, sz, L + indent, y, s, extra);
        y -= lead;
        line.clear();
        if (end) break;
      }
      line.add(words[i]);
    }
    y -= after;
  }

  static void body(String s) { para(SR, 11, s, 0, 14.5f, true, 4); }

  static void point(String n, String s) {
    need(15);
    glyphs(SB, 11, L + 4, y, n, 0);
    para(SR, 11, s, 22, 14.5f, true, 3);
  }

  public static void main(String[] args) throws Exception {
    SR = BaseFont.createFont(FD + "LiberationSerif-Regular.ttf", BaseFont.CP1252, BaseFont.EMBEDDED);
    SB = BaseFont.createFont(FD + "LiberationSerif-Bold.ttf", BaseFont.CP1252, BaseFont.EMBEDDED);
    SI = BaseFont.createFont(FD + "LiberationSerif-Italic.ttf", BaseFont.CP1252, BaseFont.EMBEDDED);
    HR = BaseFont.createFont(FD + "LiberationSans-Regular.ttf", BaseFont.CP1252, BaseFont.EMBEDDED);
    HB = BaseFont.createFont(FD + "LiberationSans-Bold.ttf", BaseFont.CP1252, BaseFont.EMBEDDED);
    doc = new Document(PageSize.A4);
    PdfWriter wr = PdfWriter.getInstance(doc, new FileOutputStream(args[0]));
    doc.addTitle("Delibera C.C. n. 14/2026");
    doc.addCreator("AttiWeb Report Engine 3.4");
    doc.open();
    cb = wr.getDirectContent();

    stamp();
    foot();
    // letterhead
    cb.setLineWidth(0.9f);
    cb.rectangle(L, TOP - 56, 42, 52); cb.stroke();
    glyphs(HR, 5.5f, L + 9, TOP - 32, "STEMMA", 0);
    glyphs(SB, 18, L + 56, TOP - 20, "COMUNE DI TORANO CASTELLO", 0);
    glyphs(SI, 10.5f, L + 56, TOP - 35, "Provincia di Cosenza", 0);
    glyphs(HR, 8, L + 56, TOP - 48, "Via Municipio n. 1 - 87010 Torano Castello (CS) - Codice Ente 078147", 0);
    cb.setLineWidth(1.3f); cb.moveTo(L, TOP - 64); cb.lineTo(RM, TOP - 64); cb.stroke();
    y = TOP - 90;
    centre(SB, 13.5f, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", y); y -= 18;
    centre(SB, 12, "DELIBERAZIONE N. 14 DEL 11-06-2026", y); y -= 14;
    centre(SI, 10, "Adunanza ordinaria di prima convocazione - seduta pubblica", y); y -= 22;

    glyphs(HB, 10, L, y, "OGGETTO:", 0);
    String subj = "Riconoscimento della legittimità del debito fuori bilancio derivante dalla sentenza del "
        + "Giudice di Pace di Cosenza n. 412/2026, ai sensi dell’art. 194, comma 1, lett. a), del D.Lgs. n. 267/2000.";
    float yy = y;
    // subject, bold, hanging after the label
    {
      String[] ws = subj.split(" ");
      List<String> ln = new ArrayList<>();
      float width = RM - L - 62;
      for (int i = 0; i <= ws.length; i++) {
        boolean end = i == ws.length;
        String cand = end ? null : String.join(" ", ln) + (ln.isEmpty() ? "" : " ") + ws[i];
        if (end || (w(SB, cand, 11) > width && !ln.isEmpty())) {
          String s = String.join(" ", ln);
          float extra = (!end && ln.size() > 1) ? (width - w(SB, s, 11)) / (ln.size() - 1) : 0;
          glyphs(SB, 11, L + 62, yy, s, extra);
          yy -= 14;
          ln.clear();
          if (end) break;
        }
        ln.add(ws[i]);
      }
    }
    y = yy - 10;

    body("L’anno duemilaventisei, il giorno undici del mese di giugno, alle ore 18:05, nella sala consiliare del "
        + "Palazzo Municipale, in seguito a convocazione del Presidente prot. n. 4021 del 04/06/2026, notificata ai "
        + "consiglieri nei termini di regolamento, si è riunito il Consiglio Comunale. All’appello risultano:");
    y -= 2;
    // roll table
    String[][] roll = {
      {"FERRARO Ernesto", "Sindaco", "P"}, {"GENCARELLI Lucia", "Consigliere", "P"},
      {"BRUNO Francesco", "Consigliere", "P"}, {"SPOSATO Marianna", "Consigliere", "P"},
      {"DE ROSE Antonio", "Consigliere", "A"}, {"MAZZUCA Silvia", "Consigliere", "P"},
      {"PERRI Giovanni", "Consigliere", "P"}, {"IUELE Rosanna", "Consigliere", "P"},
      {"CARUSO Domenico", "Consigliere", "A"}, {"FALCONE Nicola", "Consigliere", "P"},
      {"OLIVETI Carmine", "Consigliere", "P"}};
    float tx0 = L + 20, tx1 = L + 215, tx2 = L + 335, tx3 = RM - 20, rh = 15.5f;
    float top = y + 4;
    int n = roll.length + 1;
    cb.setLineWidth(0.6f);
    cb.rectangle(tx0, top - rh * n, tx3 - tx0, rh * n); cb.stroke();
    for (int i = 1; i < n; i++) { cb.moveTo(tx0, top - rh * i); cb.lineTo(tx3, top - rh * i); cb.stroke(); }
    for (float x : new float[]{tx1, tx2}) { cb.moveTo(x, top); cb.lineTo(x, top - rh * n); cb.stroke(); }
    glyphs(HB, 8.5f, tx0 + 6, top - 11, "CONSIGLIERE", 0);
    glyphs(HB, 8.5f, tx1 + 6, top - 11, "CARICA", 0);
    glyphs(HB, 8.5f, tx2 + 6, top - 11, "PRESENTE / ASSENTE", 0);
    for (int i = 0; i < roll.length; i++) {
      float ry = top - rh * (i + 2) + 4.5f;
      glyphs(SR, 10.5f, tx0 + 6, ry, roll[i][0], 0);
      glyphs(SR, 10.5f, tx1 + 6, ry, roll[i][1], 0);
      glyphs(SB, 10.5f, (tx2 + tx3) / 2 - 3, ry, roll[i][2], 0);
    }
    y = top - rh * n - 14;
    glyphs(SB, 10.5f, tx0, y, "Assegnati n. 11 - In carica n. 11 - Presenti n. 9 - Assenti n. 2", 0);
    glyphs(SI, 9, tx3 - w(SI, "(P = presente; A = assente)", 9), y, "(P = presente; A = assente)", 0);
    y -= 20;
    body("Presiede il Sindaco, dott. Ernesto Ferraro. Partecipa, con funzioni di assistenza giuridico-amministrativa e "
        + "di verbalizzazione, il Segretario Comunale, dott.ssa Francesca Intrieri. Il Presidente, accertato il numero "
        + "legale, dichiara aperta la seduta e pone in discussione il punto 3 dell’ordine del giorno.");
    y -= 4;
    need(24);
    centre(SB, 11.5f, "IL CONSIGLIO COMUNALE", y); y -= 18;
    body("PREMESSO che con sentenza n. 412/2026, depositata il 17/03/2026, il Giudice di Pace di Cosenza ha condannato "
        + "il Comune al risarcimento dei danni subiti da un veicolo a causa di una buca sulla strada comunale Torano "
        + "Scalo - Sartano, liquidando la somma di euro 2.980,00 oltre interessi e spese di lite per complessivi "
        + "euro 4.312,47;");
    body("CONSIDERATO che, ai sensi dell’art. 194, comma 1, lett. a), del D.Lgs. n. 267/2000, il Consiglio riconosce la "
        + "legittimità dei debiti fuori bilancio derivanti da sentenze esecutive, e che il riconoscimento non comporta "
        + "acquiescenza alla pronuncia;");
    body("VISTI la relazione del Responsabile dell’Area Tecnica, i pareri favorevoli di regolarità tecnica e contabile "
        + "resi ai sensi dell’art. 49 del D.Lgs. n. 267/2000 e il parere dell’Organo di revisione n. 9 del 05/06/2026;");
    body("UDITI gli interventi dei consiglieri Gencarelli e Bruno, i quali dichiarano voto contrario;");
    body("Con voti favorevoli n. 7, contrari n. 2 (Gencarelli, Bruno), astenuti n. 0, espressi per alzata di mano dai "
        + "n. 9 consiglieri presenti e votanti,");
    need(24);
    y -= 2;
    centre(SB, 11.5f, "D E L I B E R A", y); y -= 18;
    point("1.", "di riconoscere, ai sensi dell’art. 194, comma 1, lett. a), del D.Lgs. n. 267/2000, la legittimità del "
        + "debito fuori bilancio di euro 4.312,47 derivante dalla sentenza del Giudice di Pace di Cosenza n. 412/2026;");
    point("2.", "di finanziare la spesa con le risorse stanziate alla missione 1, programma 11, capitolo 1058 del bilancio "
        + "2026/2028, esercizio 2026;");
    point("3.", "di trasmettere il presente atto alla competente Procura regionale della Corte dei conti, ai sensi "
        + "dell’art. 23, comma 5, della L. n. 289/2002.");
    y -= 4;
    body("Successivamente, con separata votazione, con voti favorevoli n. 7 e contrari n. 2 (Gencarelli, Bruno), il "
        + "Consiglio Comunale dichiara il presente atto immediatamente eseguibile ai sensi dell’art. 134, comma 4, del "
        + "D.Lgs. n. 267/2000.");
    y -= 10;
    need(60);
    glyphs(SR, 10.5f, L, y, "Letto, confermato e sottoscritto.", 0);
    y -= 24;
    glyphs(SB, 10, L + 30, y, "IL PRESIDENTE", 0);
    glyphs(SB, 10, RM - 190, y, "IL SEGRETARIO COMUNALE", 0);
    y -= 14;
    glyphs(SI, 10, L + 30, y, "dott. Ernesto Ferraro", 0);
    glyphs(SI, 10, RM - 190, y, "dott.ssa Francesca Intrieri", 0);
    doc.close();
  }
}
