// Giunta deliberation, Comune di Calangianus - JFreePDF (Graphics2D -> PDF), hand-made layout
import org.jfree.pdf.*;
import java.awt.*;
import java.awt.geom.*;
import java.io.File;
import java.util.*;

public class D03Calangianus {
  static PDFDocument doc; static PDFGraphics2D g; static int pageNo = 0; static double y;
  static final double L = 62, R = 533, W = R - L;
  static Font serif(int st, int sz) { return new Font("Serif", st, sz); }
  static final java.awt.image.BufferedImage BI = new java.awt.image.BufferedImage(1,1,java.awt.image.BufferedImage.TYPE_INT_RGB);
  // measure with Liberation Serif (metric-compatible with the Times-Roman the PDF gets)
  static FontMetrics fm(Font f) { return BI.createGraphics().getFontMetrics(new Font("Liberation Serif", f.getStyle(), f.getSize())); }
  static void newPage() {
    Page p = doc.createPage(new Rectangle(595, 842)); g = p.getGraphics2D(); pageNo++;
    g.setColor(Color.BLACK);
    g.setFont(serif(Font.PLAIN, 8));
    ds("Comune di Calangianus - Deliberazione della Giunta Comunale n. 29 del 05/03/2026", (float) L, 30f);
    ds("pag. " + pageNo, (float) (R - 30), 30f);
    g.draw(new Line2D.Double(L, 34, R, 34));
    ds("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.", (float) L, 815f);
    y = 60;
  }
  // JFreePDF 2.0.1 writes strings into PDF literals without escaping parentheses
  static void ds(String s, float x, float yy) { g.drawString(s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"), x, yy); }
  static void ensure(double h) { if (y + h > 790) newPage(); }
  static void center(String s, Font f) { g.setFont(f); ensure(16); int w = fm(f).stringWidth(s); ds(s, (float) (L + (W - w) / 2), (float) y); y += f.getSize() + 5; }
  static void para(String s, Font f, double indent, String label) {
    g.setFont(f); FontMetrics fm = fm(f); double lh = f.getSize() * 1.3;
    String[] words = s.split(" "); StringBuilder line = new StringBuilder(); boolean first = true;
    for (String w : words) {
      String t = line.length() == 0 ? w : line + " " + w;
      if (fm.stringWidth(t) > W - indent) { ensure(lh); if (first && label != null) ds(label, (float) L, (float) y); ds(line.toString(), (float) (L + indent), (float) y); y += lh; line = new StringBuilder(w); first = false; }
      else line = new StringBuilder(t);
    }
    ensure(lh); if (first && label != null) ds(label, (float) L, (float) y);
    ds(line.toString(), (float) (L + indent), (float) y); y += lh + 4;
  }
  public static void main(String[] a) throws Exception {
    doc = new PDFDocument(); doc.setTitle("Deliberazione G.C. n. 29/2026"); doc.setAuthor("Comune di Calangianus");
    newPage();
    center("COMUNE DI CALANGIANUS", serif(Font.BOLD, 16));
    center("Provincia di Sassari", serif(Font.ITALIC, 10));
    center("Via Sant'Antonio, 2 - 07023 Calangianus - Tel. 079 6600400", serif(Font.PLAIN, 8));
    y += 10;
    g.setStroke(new BasicStroke(1.2f)); g.draw(new Rectangle2D.Double(L, y - 12, W, 24));
    center("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE N. 29 DEL 05/03/2026", serif(Font.BOLD, 11));
    y += 12;
    para("Concessione in uso temporaneo e gratuito dei locali dell'ex Caserma Forestale all'Associazione \"Gallura Sughero e Tradizioni\" per l'allestimento della mostra \"Il sughero e le sue arti\" - Approvazione schema di convenzione.", serif(Font.BOLD, 11), 62, "OGGETTO:");
    y += 4;
    Font n = serif(Font.PLAIN, 11);
    para("L'anno duemilaventisei, il giorno cinque del mese di marzo, alle ore 13.15, nella Casa Comunale, si e' riunita la Giunta Comunale, convocata nelle forme di legge.", n, 0, null);
    para("Sono presenti i Sigg.: PES GIOVANNI ANDREA (Sindaco), MURRIGHILE FRANCESCA (Vice Sindaco), SANNA ANTONELLO (Assessore), DEGORTES MARIA LUISA (Assessore).", n, 0, null);
    para("E' assente il Sig.: FRESI PIETRO (Assessore).", n, 0, null);
    para("Presiede la seduta il Sindaco Avv. Giovanni Andrea Pes. Partecipa con funzioni consultive, referenti e di assistenza il Segretario Comunale Dott. Salvatore Cossu, che cura la redazione del verbale.", n, 0, null);
    para("Il Presidente, constatato il numero legale, dichiara aperta la seduta e invita la Giunta a deliberare sull'argomento in oggetto.", n, 0, null);
    center("LA GIUNTA COMUNALE", serif(Font.BOLD, 11));
    para("PREMESSO che l'Associazione \"Gallura Sughero e Tradizioni\", con nota prot. n. 2214 del 18/02/2026, ha chiesto l'uso dei locali del piano terra dell'ex Caserma Forestale di via Nazionale dal 1 aprile al 30 giugno 2026 per una mostra dedicata alla lavorazione artigianale del sughero;", n, 0, null);
    para("RITENUTO che l'iniziativa concorra alla promozione turistica e culturale del territorio e che sussistano i presupposti previsti dal vigente Regolamento comunale per la concessione in uso dei beni immobili, approvato con deliberazione del Consiglio Comunale n. 12 del 27/04/2022;", n, 0, null);
    para("VISTI i pareri favorevoli di regolarita' tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000;", n, 0, null);
    para("Con la seguente votazione, espressa in forma palese:", n, 0, null);
    // vote table
    String[] hd = {"Presenti", "Votanti", "Favorevoli", "Contrari", "Astenuti"}; String[] vv = {"4", "4", "4", "0", "0"};
    double cw = W / 5; ensure(40); g.setStroke(new BasicStroke(0.6f)); g.setFont(serif(Font.BOLD, 10));
    for (int i = 0; i < 5; i++) { g.draw(new Rectangle2D.Double(L + i * cw, y - 11, cw, 16)); g.draw(new Rectangle2D.Double(L + i * cw, y + 5, cw, 16));
      ds(hd[i], (float) (L + i * cw + 8), (float) y); }
    g.setFont(serif(Font.PLAIN, 10)); for (int i = 0; i < 5; i++) ds(vv[i], (float) (L + i * cw + cw / 2 - 3), (float) (y + 16));
    y += 40;
    center("D E L I B E R A", serif(Font.BOLD, 11));
    para("di concedere in uso temporaneo e gratuito all'Associazione \"Gallura Sughero e Tradizioni\" i locali del piano terra dell'ex Caserma Forestale, dal 1 aprile al 30 giugno 2026;", n, 14, "-");
    para("di approvare lo schema di convenzione allegato, che disciplina gli obblighi delle parti, le coperture assicurative e la riconsegna dei locali;", n, 14, "-");
    para("di demandare al Responsabile dell'Area Tecnica la sottoscrizione della convenzione e ogni adempimento conseguente.", n, 14, "-");
    para("Inoltre, con separata e unanime votazione, la Giunta dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", n, 0, null);
    y += 10; ensure(60); g.setFont(n);
    ds("IL SINDACO", (float) (L + 40), (float) y); ds("IL SEGRETARIO COMUNALE", (float) (L + 290), (float) y); y += 15;
    ds("Avv. Giovanni Andrea Pes", (float) (L + 20), (float) y); ds("Dott. Salvatore Cossu", (float) (L + 300), (float) y); y += 30;
    ensure(80); g.draw(new Rectangle2D.Double(L, y, W, 58)); y += 14;
    g.setFont(serif(Font.BOLD, 9)); ds("CERTIFICATO DI PUBBLICAZIONE", (float) (L + 8), (float) y); y += 13; g.setFont(serif(Font.PLAIN, 9));
    ds("La presente deliberazione e' pubblicata all'Albo Pretorio on line dal 06/03/2026 per 15 giorni consecutivi (reg. pubbl. n. 188).", (float) (L + 8), (float) y); y += 12;
    ds("Calangianus, 06/03/2026                                          Il Segretario Comunale - Dott. Salvatore Cossu", (float) (L + 8), (float) y);
    doc.writeToFile(new File(a[0]));
  }
}
