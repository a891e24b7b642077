// Comune di Barumini (SU) - Consiglio comunale n. 8 del 24-04-2026.
// A report engine of the kind municipal Java packages embed, on OpenPDF 1.3.30: it lays out the text
// itself and writes every glyph with its own text matrix (Tm + Tj per glyph, no space characters),
// justifying lines by moving the words. The roll is two boxes side by side, "PRESENTI" and "ASSENTI".
// On every page the margin note and the foot are drawn first, the letterhead last.
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.io.FileOutputStream;
import java.util.ArrayList;
import java.util.List;

public class Delibera {
  static final String FD = "/usr/share/fonts/truetype/liberation/";
  static BaseFont R, B, I, S, SB;
  static PdfContentByte cb;
  static Document doc;
  static final float L = 64, RM = 595 - 58, TOP = 842 - 60, BOT = 70;
  static float y;
  static int page = 1;

  static float w(BaseFont f, String s, float sz) { return f.getWidthPoint(s, sz); }

  // one glyph per text matrix
  static void glyphs(BaseFont f, float sz, float x, float yy, String s, float extraPerSpace) {
    cb.beginText();
    cb.setFontAndSize(f, sz);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') { x += w(f, " ", sz) + extraPerSpace; continue; }
      String g = String.valueOf(c);
      cb.setTextMatrix(x, yy);
      cb.showText(g);
      x += w(f, g, sz);
    }
    cb.endText();
  }

  static void centre(BaseFont f, float sz, String s, float yy) {
    glyphs(f, sz, (L + RM) / 2 - w(f, s, sz) / 2, yy, s, 0);
  }

  static void letterhead() {
    // a crest outline and the name of the body, written after the body text of page 1
    cb.setLineWidth(1f);
    cb.roundRectangle(L, TOP - 58, 44, 54, 10); cb.stroke();
    glyphs(S, 6, L + 9, TOP - 33, "STEMMA", 0);
    glyphs(SB, 19, L + 60, TOP - 22, "COMUNE DI BARUMINI", 0);
    glyphs(S, 9.5f, L + 60, TOP - 37, "Provincia del Sud Sardegna", 0);
    glyphs(S, 8, L + 60, TOP - 49, "Piazza Giovanni XXIII - 09021 Barumini (SU) - tel. 070 9368024", 0);
    cb.setLineWidth(1.2f); cb.moveTo(L, TOP - 66); cb.lineTo(RM, TOP - 66); cb.stroke();
  }

  static void newPage() {
    if (page == 1) letterhead();
    doc.newPage(); page++;
    decorate();
    y = TOP;
  }

  static void need(float h) { if (y - h < BOT) newPage(); }

  static void para(BaseFont f, float sz, String text, float indent, float lead, boolean justify) {
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
    y -= 3.5f;
  }

  static void point(String n, String text) {
    need(14);
    glyphs(R, 11, L, y, n, 0);
    para(R, 11, text, 24, 14, true);
  }

  static void decorate() {
    // drawn first on every page: the margin note, then the foot
    cb.saveState();
    cb.beginText();
    cb.setFontAndSize(S, 6.8f);
    cb.setTextMatrix(0, 1, -1, 0, 34, 180);
    cb.showText("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i. - copia per la pubblicazione all'Albo Pretorio on line");
    cb.endText();
    cb.restoreState();
    cb.setLineWidth(0.4f);
    cb.moveTo(L, 52); cb.lineTo(RM, 52); cb.stroke();
    glyphs(S, 7.5f, L, 42, "Comune di Barumini - Deliberazione C.C. n. 8 del 24-04-2026", 0);
    String p = "pagina " + page;
    glyphs(S, 7.5f, RM - w(S, p, 7.5f), 42, p, 0);
  }

  public static void main(String[] a) throws Exception {
    R = BaseFont.createFont(FD + "LiberationSerif-Regular.ttf", BaseFont.CP1252, BaseFont.EMBEDDED);
    B = BaseFont.createFont(FD + "LiberationSerif-Bold.ttf", BaseFont.CP1252, BaseFont.EMBEDDED);
    I = BaseFont.createFont(FD + "LiberationSerif-Italic.ttf", BaseFont.CP1252, BaseFont.EMBEDDED);
    S = BaseFont.createFont(FD + "LiberationSans-Regular.ttf", BaseFont.CP1252, BaseFont.EMBEDDED);
    SB = BaseFont.createFont(FD + "LiberationSans-Bold.ttf", BaseFont.CP1252, BaseFont.EMBEDDED);
    doc = new Document(PageSize.A4);
    PdfWriter wr = PdfWriter.getInstance(doc, new FileOutputStream(a[0]));
    doc.addTitle("Deliberazione del Consiglio Comunale n. 8 del 24-04-2026");
    doc.addCreator("SiDeA Atti - motore di stampa 2.7");
    doc.open();
    cb = wr.getDirectContent();
    decorate();

    // body first ...
    y = TOP - 118;
    centre(B, 13, "DELIBERAZIONE DEL CONSIGLIO COMUNALE", y); y -= 17;
    centre(B, 11.5f, "Numero 8 del 24-04-2026", y); y -= 14;
    centre(I, 9.5f, "Adunanza ordinaria di prima convocazione - seduta pubblica", y); y -= 20;
    cb.setLineWidth(0.8f);
    float oy = y + 12;
    glyphs(B, 11, L + 6, y, "OGGETTO:", 0);
    String ogg = "Approvazione dello schema di convenzione tra i Comuni di Barumini e Las Plassas per la gestione in forma associata del servizio di Segreteria comunale.";
    float save = y;
    // subject wrapped beside its label
    String[] ws = ogg.split(" "); StringBuilder ln = new StringBuilder(); float sx = L + 74, sw = RM - 6 - sx;
    for (String wd : ws) {
      String c = ln.length() == 0 ? wd : ln + " " + wd;
      if (w(B, c, 11) > sw) { glyphs(B, 11, sx, y, ln.toString(), 0); y -= 14; ln = new StringBuilder(wd); }
      else ln = new StringBuilder(c);
    }
    glyphs(B, 11, sx, y, ln.toString(), 0);
    y -= 8;
    cb.rectangle(L, y, RM - L, oy - y); cb.stroke();
    y -= 22;

    para(R, 11, "L'anno duemilaventisei, il giorno ventiquattro del mese di aprile, alle ore 18 e minuti 30, nella sala consiliare del Comune, convocato con avvisi scritti recapitati a norma di legge, si è riunito il Consiglio Comunale in sessione ordinaria e in seduta pubblica di prima convocazione.", 0, 14, true);
    para(R, 11, "Fatto l'appello nominale, risultano:", 0, 14, false);

    // two boxes side by side
    String[] pres = {"LILLIU Emanuele - Sindaco", "PISANO Giovanni", "CADEDDU Franca", "ATZORI Marco", "MELIS Roberta",
                     "MURGIA Stefano", "ORRÙ Daniela", "SERRA Luigi", "PUSCEDDU Nicola"};
    String[] ass = {"GARAU Alessandra (giustificata)", "FLORIS Mauro"};
    float bx1 = L, bx2 = (L + RM) / 2 + 6, bw = (RM - L) / 2 - 6, top = y + 4;
    glyphs(SB, 9.5f, bx1 + 8, y - 10, "CONSIGLIERI PRESENTI", 0);
    glyphs(SB, 9.5f, bx2 + 8, y - 10, "CONSIGLIERI ASSENTI", 0);
    float ry = y - 27;
    for (int i = 0; i < pres.length; i++) glyphs(R, 10.5f, bx1 + 8, ry - i * 13.5f, (i + 1) + ". " + pres[i], 0);
    for (int i = 0; i < ass.length; i++) glyphs(R, 10.5f, bx2 + 8, ry - i * 13.5f, (i + 1) + ". " + ass[i], 0);
    float bottom = ry - (pres.length - 1) * 13.5f - 24;
    cb.setLineWidth(0.6f);
    cb.rectangle(bx1, bottom, bw, top - bottom); cb.rectangle(bx2, bottom, bw, top - bottom);
    cb.moveTo(bx1, y - 15); cb.lineTo(bx1 + bw, y - 15); cb.moveTo(bx2, y - 15); cb.lineTo(bx2 + bw, y - 15);
    cb.stroke();
    glyphs(B, 10.5f, bx1 + 8, bottom + 8, "Totale presenti: 9", 0);
    glyphs(B, 10.5f, bx2 + 8, bottom + 8, "Totale assenti: 2", 0);
    y = bottom - 20;

    para(R, 11, "Presiede la seduta il Sindaco, geom. Emanuele Lilliu, il quale, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta. Partecipa il Segretario Comunale, dott.ssa Maria Bonaria Piras, con funzioni consultive, referenti e di assistenza e con il compito della redazione del verbale.", 0, 14, true);
    y -= 4;
    need(20); centre(B, 11.5f, "IL CONSIGLIO COMUNALE", y); y -= 18;
    String[] prem = {
      "Premesso che l'art. 98, comma 3, del D.Lgs. 18 agosto 2000, n. 267 consente ai Comuni di stipulare convenzioni per l'ufficio di segreteria comunale, e che la convenzione in essere tra i Comuni di Barumini, Las Plassas e Villanovafranca scade il 30 aprile 2026 per effetto del recesso di quest'ultimo Comune;",
      "Vista la deliberazione del Consiglio Comunale di Las Plassas n. 5 del 16/04/2026, con la quale è stato approvato lo schema di convenzione per la gestione associata del servizio di segreteria tra i due Comuni, con Barumini capofila;",
      "Visto lo schema di convenzione composto da 11 articoli, che prevede la ripartizione dell'orario di servizio e degli oneri nella misura del 65 per cento a carico del Comune di Barumini e del 35 per cento a carico del Comune di Las Plassas, per la durata di cinque anni;",
      "Acquisiti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
      "Con voti favorevoli n. 9 su n. 9 Consiglieri presenti e votanti, espressi per alzata di mano;"
    };
    for (String p : prem) para(R, 11, p, 0, 14, true);
    y -= 2;
    need(20); centre(B, 11.5f, "DELIBERA", y); y -= 18;
    point("1)", "di approvare lo schema di convenzione tra i Comuni di Barumini e Las Plassas per la gestione in forma associata del servizio di Segreteria comunale, con decorrenza dal 1° maggio 2026, che si allega al presente atto per farne parte integrante e sostanziale;");
    point("2)", "di individuare il Comune di Barumini quale ente capofila e di autorizzare il Sindaco alla sottoscrizione della convenzione;");
    point("3)", "di trasmettere la presente deliberazione al Comune di Las Plassas e alla Prefettura di Cagliari - Albo dei Segretari comunali e provinciali, sezione regionale della Sardegna.");
    para(R, 11, "Inoltre, con separata votazione che riporta voti favorevoli n. 9 su n. 9 Consiglieri presenti e votanti, il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante la scadenza della convenzione in essere.", 0, 14, true);
    y -= 6;
    para(R, 11, "Letto, approvato e sottoscritto.", 0, 14, false);
    need(50); y -= 6;
    glyphs(B, 10.5f, L + 40, y, "IL PRESIDENTE", 0);
    glyphs(B, 10.5f, L + 270, y, "IL SEGRETARIO COMUNALE", 0); y -= 14;
    glyphs(R, 10.5f, L + 30, y, "geom. Emanuele Lilliu", 0);
    glyphs(R, 10.5f, L + 266, y, "dott.ssa Maria Bonaria Piras", 0);

    // ... the letterhead of page 1 last
    if (page == 1) letterhead();
    doc.close();
  }
}
