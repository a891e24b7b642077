import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
import java.awt.Color;

/* Imita la stampa di un verbale di Consiglio prodotta da un gestionale atti
   (report Jasper/iText): griglia di etichette, appello in tabella, votazione in tabella. */
public class DeliberaMonfalcone {
  static BaseFont SANS, SANSB;
  static Font f(float s){return new Font(SANS,s);}
  static Font fb(float s){return new Font(SANSB,s);}

  static class Piede extends PdfPageEventHelper {
    PdfTemplate tot;
    public void onOpenDocument(PdfWriter w, Document d){ tot = w.getDirectContent().createTemplate(30,12); }
    public void onEndPage(PdfWriter w, Document d){
      PdfContentByte cb = w.getDirectContent();
      cb.saveState();
      cb.setLineWidth(0.4f); cb.moveTo(42,50); cb.lineTo(553,50); cb.stroke();
      cb.beginText(); cb.setFontAndSize(SANS,7.5f);
      cb.setTextMatrix(42,40); cb.showText("Atto n. 12 del 24/02/2026 - Consiglio Comunale - Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate");
      String p = "Pagina " + w.getPageNumber() + " di ";
      float x = 553 - SANS.getWidthPoint(p + "00", 7.5f);
      cb.setTextMatrix(x,28); cb.showText(p); cb.endText();
      cb.addTemplate(tot, x + SANS.getWidthPoint(p,7.5f), 28);
      // running head from page 2
      if (w.getPageNumber() > 1) {
        cb.beginText(); cb.setFontAndSize(SANS,7.5f);
        cb.setTextMatrix(42,815); cb.showText("COMUNE DI MONFALCONE - Deliberazione del Consiglio Comunale n. 12 del 24/02/2026");
        cb.endText();
        cb.moveTo(42,810); cb.lineTo(553,810); cb.stroke();
      }
      cb.restoreState();
    }
    public void onCloseDocument(PdfWriter w, Document d){
      tot.beginText(); tot.setFontAndSize(SANS,7.5f); tot.setTextMatrix(0,0);
      tot.showText(String.valueOf(w.getPageNumber() - 1)); tot.endText();
    }
  }

  static PdfPCell cell(String s, Font fo, int align, Color bg, int border){
    PdfPCell c = new PdfPCell(new Phrase(s, fo));
    c.setHorizontalAlignment(align); c.setPadding(3f); c.setBorder(border);
    if (bg != null) c.setBackgroundColor(bg);
    return c;
  }
  static Paragraph par(String s, Font fo, int align, float before){
    Paragraph p = new Paragraph(s, fo); p.setAlignment(align); p.setSpacingBefore(before); p.setLeading(fo.getSize()*1.35f); return p;
  }

  public static void main(String[] a) throws Exception {
    SANS = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    SANSB = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    Document d = new Document(PageSize.A4, 42, 42, 48, 64);
    PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
    w.setPageEvent(new Piede());
    d.addTitle("Deliberazione del Consiglio Comunale n. 12 del 24/02/2026");
    d.addCreator("JasperReports Library version 6.20.0");
    d.open();
    Color grigio = new Color(225,225,225);

    PdfPTable head = new PdfPTable(new float[]{1.2f, 5f});
    head.setWidthPercentage(100);
    PdfPCell stem = cell("[stemma]", f(7), Element.ALIGN_CENTER, null, Rectangle.NO_BORDER);
    stem.setRowspan(2); stem.setVerticalAlignment(Element.ALIGN_MIDDLE); stem.setFixedHeight(52);
    head.addCell(stem);
    head.addCell(cell("COMUNE DI MONFALCONE", fb(16), Element.ALIGN_LEFT, null, Rectangle.NO_BORDER));
    head.addCell(cell("Regione Autonoma Friuli Venezia Giulia", f(9), Element.ALIGN_LEFT, null, Rectangle.NO_BORDER));
    d.add(head);

    d.add(par("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", fb(12), Element.ALIGN_CENTER, 10));
    d.add(par("Seduta pubblica di prima convocazione - Sessione ordinaria", f(9), Element.ALIGN_CENTER, 2));

    PdfPTable grid = new PdfPTable(new float[]{1.4f, 1f, 1.4f, 1.6f, 1.2f, 1f});
    grid.setWidthPercentage(100); grid.setSpacingBefore(8);
    String[][] g = {{"N. Deliberazione","12"},{"Data seduta","24/02/2026"},{"Ora inizio","18:00"}};
    for (String[] kv : g){ grid.addCell(cell(kv[0], fb(8.5f), Element.ALIGN_LEFT, grigio, Rectangle.BOX)); grid.addCell(cell(kv[1], f(9.5f), Element.ALIGN_LEFT, null, Rectangle.BOX)); }
    d.add(grid);

    PdfPTable ogg = new PdfPTable(new float[]{1f, 6f});
    ogg.setWidthPercentage(100); ogg.setSpacingBefore(6);
    ogg.addCell(cell("OGGETTO", fb(9), Element.ALIGN_LEFT, grigio, Rectangle.BOX));
    ogg.addCell(cell("Modifica degli articoli 12, 27 e 41 del Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale. Approvazione.", fb(9.5f), Element.ALIGN_LEFT, null, Rectangle.BOX));
    d.add(ogg);

    d.add(par("L'anno 2026, il giorno 24 del mese di febbraio, alle ore 18:00, nella Sala consiliare del Palazzo municipale, a seguito di convocazione disposta dal Presidente del Consiglio con avviso prot. n. 7311 del 17/02/2026, regolarmente notificato, si e' riunito il Consiglio Comunale. Effettuato l'appello nominale, risultano:", f(9.5f), Element.ALIGN_JUSTIFIED, 8));

    String[][] roll = {
      {"VIDONI ANNA MARIA","Sindaco","P"},{"FURLAN MARCO","Presidente del Consiglio","P"},{"ZANOLLA PAOLO","Consigliere","P"},
      {"BRUMAT SILVIA","Consigliere","P"},{"CECHET DAVIDE","Consigliere","P"},{"DE MARCHI ELISA","Consigliere","A"},
      {"FABRIS LORENZO","Consigliere","P"},{"GREGORAT CHIARA","Consigliere","P"},{"JURETIG ROBERTO","Consigliere","P"},
      {"KOBAU MARTINA","Consigliere","P"},{"LUCIANI GIORGIO","Consigliere","P"},{"MIAN FEDERICA","Consigliere","P"},
      {"NORDIO ALESSANDRO","Consigliere","A"},{"PAHOR DANIELA","Consigliere","P"},{"PERTOT ENRICO","Consigliere","P"},
      {"PIZZIN STEFANO","Consigliere","P"},{"RADOVAC IVANA","Consigliere","P"},{"SANTIN MATTEO","Consigliere","P"},
      {"SPANGHERO LUCA","Consigliere","A"},{"TOMASIN GIULIA","Consigliere","P"},{"VALENTINUZ ANDREA","Consigliere","P"},
      {"VERGINELLA SARA","Consigliere","P"},{"ZORZENON MAURO","Consigliere","P"},{"ZULIANI FRANCESCO","Consigliere","A"},
      {"BERNES NICOLA","Consigliere","P"}};
    PdfPTable t = new PdfPTable(new float[]{0.5f, 4f, 3f, 1.2f});
    t.setWidthPercentage(80); t.setSpacingBefore(6); t.setHeaderRows(1);
    for (String h : new String[]{"N.","Componente","Qualifica","Presenza"}) t.addCell(cell(h, fb(8.5f), Element.ALIGN_LEFT, grigio, Rectangle.BOX));
    int i=1, pres=0;
    for (String[] r : roll){
      t.addCell(cell(String.valueOf(i++), f(8.5f), Element.ALIGN_RIGHT, null, Rectangle.BOX));
      t.addCell(cell(r[0], f(8.5f), Element.ALIGN_LEFT, null, Rectangle.BOX));
      t.addCell(cell(r[1], f(8.5f), Element.ALIGN_LEFT, null, Rectangle.BOX));
      t.addCell(cell(r[2].equals("P") ? "Presente" : "Assente", f(8.5f), Element.ALIGN_LEFT, null, Rectangle.BOX));
      if (r[2].equals("P")) pres++;
    }
    d.add(t);
    d.add(par("Presenti n. " + pres + " - Assenti n. " + (roll.length - pres), fb(9), Element.ALIGN_RIGHT, 4));
    d.add(par("Partecipa il Segretario Generale dott. Stefano Bertossi. Assume la presidenza il Presidente del Consiglio comunale sig. Marco Furlan, il quale, constatato il numero legale degli intervenuti, dichiara aperta la seduta e invita il Consiglio a trattare l'argomento in oggetto. Sono nominati scrutatori i consiglieri Gregorat, Pertot e Verginella.", f(9.5f), Element.ALIGN_JUSTIFIED, 6));

    d.newPage();
    d.add(par("IL CONSIGLIO COMUNALE", fb(11), Element.ALIGN_CENTER, 4));
    String[] prem = {
      "PREMESSO che con deliberazione consiliare n. 9 del 29/03/2021 e' stato approvato il Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale, istituito ai sensi dell'art. 1, commi 816 e seguenti, della legge 27 dicembre 2019, n. 160;",
      "RILEVATA la necessita' di aggiornare gli articoli 12 (dichiarazione per particolari fattispecie), 27 (riduzioni ed esenzioni) e 41 (mercati settimanali e fiere) alla luce delle nuove modalita' di occupazione del suolo pubblico introdotte nell'area del mercato di Piazza della Repubblica;",
      "VISTO il testo delle modifiche predisposto dall'Ufficio Tributi ed esaminato dalla competente Commissione consiliare nella seduta del 12/02/2026;",
      "VISTI i pareri favorevoli di regolarita' tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000 e il parere dell'Organo di revisione economico-finanziaria, verbale n. 4 del 13/02/2026;",
      "UDITA la relazione dell'Assessore al Bilancio e gli interventi dei consiglieri, riportati nella registrazione integrale della seduta conservata agli atti;"};
    for (String s : prem) d.add(par(s, f(9.5f), Element.ALIGN_JUSTIFIED, 4));
    d.add(par("Con la seguente votazione, espressa per alzata di mano e accertata dagli scrutatori:", f(9.5f), Element.ALIGN_JUSTIFIED, 6));
    PdfPTable v = new PdfPTable(5); v.setWidthPercentage(70); v.setSpacingBefore(4);
    for (String h : new String[]{"Presenti","Votanti","Favorevoli","Contrari","Astenuti"}) v.addCell(cell(h, fb(8.5f), Element.ALIGN_CENTER, grigio, Rectangle.BOX));
    for (String h : new String[]{"21","20","14","6","1"}) v.addCell(cell(h, f(9.5f), Element.ALIGN_CENTER, null, Rectangle.BOX));
    d.add(v);
    d.add(par("(astenuto il consigliere Radovac)", f(8.5f), Element.ALIGN_CENTER, 2));
    d.add(par("D E L I B E R A", fb(11), Element.ALIGN_CENTER, 8));
    String[] pts = {
      "1) di approvare le modifiche agli articoli 12, 27 e 41 del Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale, nel testo allegato sub A) quale parte integrante e sostanziale del presente atto;",
      "2) di dare atto che le modifiche approvate hanno efficacia dal 1 aprile 2026;",
      "3) di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze - Dipartimento delle Finanze, secondo le modalita' previste dalla normativa vigente."};
    for (String s : pts){ Paragraph p = par(s, f(9.5f), Element.ALIGN_JUSTIFIED, 4); p.setIndentationLeft(18); p.setFirstLineIndent(-14); d.add(p); }
    d.add(par("Successivamente, con separata votazione (presenti 21, votanti 20, favorevoli 14, contrari 6, astenuti 1), il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 1, comma 19, della L.R. 11 dicembre 2003, n. 21.", f(9.5f), Element.ALIGN_JUSTIFIED, 8));

    d.add(par("Letto, approvato e sottoscritto.", f(9.5f), Element.ALIGN_LEFT, 14));
    PdfPTable fi = new PdfPTable(2); fi.setWidthPercentage(100); fi.setSpacingBefore(6);
    fi.addCell(cell("IL PRESIDENTE DEL CONSIGLIO\nMarco Furlan", f(9.5f), Element.ALIGN_CENTER, null, Rectangle.NO_BORDER));
    fi.addCell(cell("IL SEGRETARIO GENERALE\ndott. Stefano Bertossi", f(9.5f), Element.ALIGN_CENTER, null, Rectangle.NO_BORDER));
    d.add(fi);

    PdfPTable pub = new PdfPTable(1); pub.setWidthPercentage(100); pub.setSpacingBefore(18);
    pub.addCell(cell("ATTESTATO DI INIZIO PUBBLICAZIONE", fb(9), Element.ALIGN_CENTER, grigio, Rectangle.BOX));
    pub.addCell(cell("La presente deliberazione viene pubblicata all'Albo pretorio on line dal 27/02/2026 al 13/03/2026 compreso, ai sensi dell'art. 1, comma 15, della L.R. 21/2003. Registro pubblicazioni n. 688/2026.\nMonfalcone, 27/02/2026 - L'incaricato: Tiziana Pecorari", f(8.5f), Element.ALIGN_LEFT, null, Rectangle.BOX));
    d.add(pub);
    d.close();
  }
}
