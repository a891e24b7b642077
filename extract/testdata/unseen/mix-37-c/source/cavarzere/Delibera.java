import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

/** Cavarzere: Consiglio minute laid out like a Venis "atti" print (label grid, two-column roll, vote table). */
public class Delibera {
  static Font H = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15, java.awt.Color.BLACK);
  static Font B = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9.5f);
  static Font N = FontFactory.getFont(FontFactory.HELVETICA, 9.5f);
  static Font S = FontFactory.getFont(FontFactory.HELVETICA, 7.5f);
  static Font SB = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8f);
  static Font T = FontFactory.getFont(FontFactory.TIMES_ROMAN, 11f);
  static Font TB = FontFactory.getFont(FontFactory.TIMES_BOLD, 11f);

  static PdfPCell c(String s, Font f, java.awt.Color bg, int align) {
    PdfPCell x = new PdfPCell(new Phrase(s, f));
    if (bg != null) x.setBackgroundColor(bg);
    x.setHorizontalAlignment(align); x.setPadding(3.5f); x.setBorderColor(java.awt.Color.GRAY);
    return x;
  }
  static Paragraph p(String s) { Paragraph x = new Paragraph(s, T); x.setAlignment(Element.ALIGN_JUSTIFIED); x.setSpacingAfter(5); x.setLeading(14); return x; }
  static Paragraph pb(String lead, String s) { Paragraph x = new Paragraph(); x.add(new Chunk(lead, TB)); x.add(new Chunk(s, T)); x.setAlignment(Element.ALIGN_JUSTIFIED); x.setSpacingAfter(5); x.setLeading(14); return x; }

  public static void main(String[] a) throws Exception {
    Document d = new Document(PageSize.A4, 56, 50, 60, 60);
    PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
    w.setPageEvent(new PdfPageEventHelper() {
      public void onEndPage(PdfWriter w, Document d) {
        PdfContentByte cb = w.getDirectContent();
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Deliberazione C.C. n. 12 del 26/02/2026", S), 56, 35, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Pag. " + w.getPageNumber(), S), 545, 35, 0);
        if (w.getPageNumber() > 1)
          ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("COMUNE DI CAVARZERE - Città metropolitana di Venezia", S), 56, 810, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate", S), 297, 24, 0);
      }
    });
    d.addTitle("Deliberazione del Consiglio Comunale n. 12 del 26/02/2026");
    d.addAuthor("Comune di Cavarzere - Segreteria Generale");
    d.open();

    PdfPTable head = new PdfPTable(new float[]{1f, 5f});
    head.setWidthPercentage(100);
    PdfPCell st = new PdfPCell(new Phrase("[stemma]", S)); st.setFixedHeight(55); st.setHorizontalAlignment(Element.ALIGN_CENTER); st.setVerticalAlignment(Element.ALIGN_MIDDLE); st.setBorder(0);
    head.addCell(st);
    PdfPCell en = new PdfPCell(); en.setBorder(0);
    en.addElement(new Paragraph("COMUNE DI CAVARZERE", H));
    en.addElement(new Paragraph("Città metropolitana di Venezia", N));
    en.addElement(new Paragraph("Via Umberto I, 1 - 30014 Cavarzere (VE) - PEC protocollo.comune.cavarzere.ve@pecveneto.it", S));
    head.addCell(en);
    d.add(head);

    Paragraph t = new Paragraph("DELIBERAZIONE DEL CONSIGLIO COMUNALE", FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12.5f));
    t.setAlignment(Element.ALIGN_CENTER); t.setSpacingBefore(12); d.add(t);
    Paragraph t2 = new Paragraph("Sessione ordinaria - Seduta pubblica di prima convocazione", N); t2.setAlignment(Element.ALIGN_CENTER); t2.setSpacingAfter(8); d.add(t2);

    java.awt.Color lab = new java.awt.Color(225, 225, 225);
    PdfPTable g = new PdfPTable(new float[]{1.3f, 1f, 1.3f, 1.2f, 1.1f, 1f});
    g.setWidthPercentage(100);
    g.addCell(c("N. Registro", SB, lab, 0)); g.addCell(c("12", B, null, 0));
    g.addCell(c("Data seduta", SB, lab, 0)); g.addCell(c("26/02/2026", B, null, 0));
    g.addCell(c("Ora inizio", SB, lab, 0)); g.addCell(c("20:30", B, null, 0));
    g.addCell(c("Proposta n.", SB, lab, 0)); g.addCell(c("15", N, null, 0));
    g.addCell(c("del", SB, lab, 0)); g.addCell(c("16/02/2026", N, null, 0));
    g.addCell(c("Classifica", SB, lab, 0)); g.addCell(c("4.3", N, null, 0));
    PdfPCell l = c("Settore proponente", SB, lab, 0); g.addCell(l);
    PdfPCell v = c("Settore Economico Finanziario - Servizio Tributi", N, null, 0); v.setColspan(5); g.addCell(v);
    PdfPCell lo = c("Oggetto", SB, lab, 0); g.addCell(lo);
    PdfPCell vo = c("APPROVAZIONE DEL REGOLAMENTO PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA – MODIFICHE AGLI ARTICOLI 12, 27 E 41", B, null, 0);
    vo.setColspan(5); g.addCell(vo);
    d.add(g);

    Paragraph in = p("L'anno duemilaventisei addì ventisei del mese di febbraio alle ore 20:30 nella Sala Consiliare di Palazzo Barbiani, previa convocazione disposta nei modi di legge, si è riunito il Consiglio Comunale. Eseguito l'appello risultano:");
    in.setSpacingBefore(10); d.add(in);

    String[][] roll = {
      {"1", "FERRO GIANLUCA", "Sindaco", "P"}, {"2", "BALDIN RENZO", "Presidente", "P"}, {"3", "TOSELLO MARIKA", "Consigliere", "P"},
      {"4", "MARCHETTO ALBERTO", "Consigliere", "P"}, {"5", "ZANELLATO FEDERICA", "Consigliere", "P"}, {"6", "BELLAN STEFANO", "Consigliere", "A"},
      {"7", "CREPALDI NICOLA", "Consigliere", "P"}, {"8", "PREVIATO ELISA", "Consigliere", "P"}, {"9", "SCARPARO DANIELE", "Consigliere", "P"},
      {"10", "GIBIN VALENTINA", "Consigliere", "P"}, {"11", "ROSSETTO LUCA", "Consigliere", "P"}, {"12", "BONAFÈ ANTONELLA", "Consigliere", "P"},
      {"13", "FINOTTI MATTEO", "Consigliere", "A"}, {"14", "MANTOAN SIMONE", "Consigliere", "P"}, {"15", "VOLTAN GIULIA", "Consigliere", "P"},
      {"16", "BORELLA PAOLO", "Consigliere", "P"}, {"17", "SALMASO ENRICO", "Consigliere", "P"}};
    PdfPTable r = new PdfPTable(new float[]{0.35f, 2.2f, 1.2f, 0.4f, 0.15f, 0.35f, 2.2f, 1.2f, 0.4f});
    r.setWidthPercentage(100);
    String[] hh = {"N.", "Cognome e nome", "Carica", "P/A"};
    for (int k = 0; k < 2; k++) { for (String h : hh) r.addCell(c(h, SB, lab, 1)); if (k == 0) { PdfPCell e = new PdfPCell(); e.setBorder(0); r.addCell(e);} }
    for (int i = 0; i < 9; i++) {
      for (int k = 0; k < 2; k++) {
        int idx = i + k * 9;
        if (idx < roll.length) {
          r.addCell(c(roll[idx][0], N, null, 1)); r.addCell(c(roll[idx][1], N, null, 0)); r.addCell(c(roll[idx][2], N, null, 0)); r.addCell(c(roll[idx][3], B, null, 1));
        } else { for (int q = 0; q < 4; q++) r.addCell(c("", N, null, 0)); }
        if (k == 0) { PdfPCell e = new PdfPCell(); e.setBorder(0); r.addCell(e); }
      }
    }
    d.add(r);
    Paragraph tot = new Paragraph("Presenti n. 15 - Assenti n. 2", B); tot.setAlignment(Element.ALIGN_RIGHT); tot.setSpacingAfter(6); d.add(tot);
    d.add(p("Sono altresì presenti, senza diritto di voto, gli Assessori esterni Sigg. Donà Carlo e Pizzo Irene."));
    d.add(p("Partecipa alla seduta il Segretario Generale Dott. Michele Tagliapietra, che cura la verbalizzazione."));
    d.add(p("Il Sig. Renzo Baldin, nella sua qualità di Presidente del Consiglio, constatato il numero legale degli intervenuti, dichiara aperta la seduta e invita il Consiglio a deliberare sull'oggetto sopraindicato. Sono nominati scrutatori i Consiglieri Gibin, Voltan e Borella."));

    Paragraph cc = new Paragraph("IL CONSIGLIO COMUNALE", TB); cc.setAlignment(Element.ALIGN_CENTER); cc.setSpacingBefore(6); cc.setSpacingAfter(6); d.add(cc);
    d.add(pb("Premesso ", "che l'art. 1, commi da 816 a 836, della Legge 27 dicembre 2019, n. 160, ha istituito il canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, e che con deliberazione consiliare n. 9 del 29/03/2021 è stato approvato il relativo regolamento comunale;"));
    d.add(pb("Ritenuto ", "di modificare gli articoli 12 (esposizioni pubblicitarie temporanee), 27 (riduzioni ed esenzioni) e 41 (occupazioni per attività edilizia) per semplificare i procedimenti e aggiornare le agevolazioni per le associazioni senza scopo di lucro;"));
    d.add(pb("Visto ", "il parere favorevole dell'Organo di revisione economico-finanziaria, acquisito al protocollo n. 4187 del 19/02/2026;"));
    d.add(pb("Dato atto ", "che la proposta è stata esaminata dalla I Commissione consiliare nella seduta del 20/02/2026;"));
    d.add(pb("Acquisiti ", "i pareri favorevoli di regolarità tecnica e contabile del Dirigente del Settore Economico Finanziario, ai sensi dell'art. 49 del D.Lgs. 267/2000;"));
    d.add(p("Udita la relazione dell'Assessore al Bilancio e gli interventi dei Consiglieri, riportati nella registrazione integrale della seduta;"));
    d.add(p("Con la seguente votazione, espressa per alzata di mano e proclamata dal Presidente:"));

    PdfPTable vt = new PdfPTable(new float[]{2f, 1f});
    vt.setWidthPercentage(45); vt.setSpacingBefore(4); vt.setSpacingAfter(8);
    String[][] vv = {{"Consiglieri presenti", "15"}, {"Consiglieri votanti", "14"}, {"Voti favorevoli", "10"}, {"Voti contrari", "4"}, {"Astenuti", "1 (Salmaso)"}};
    for (String[] x : vv) { vt.addCell(c(x[0], N, null, 0)); vt.addCell(c(x[1], B, null, 1)); }
    d.add(vt);

    Paragraph dl = new Paragraph("D E L I B E R A", TB); dl.setAlignment(Element.ALIGN_CENTER); dl.setSpacingAfter(6); d.add(dl);
    d.add(p("1) di approvare le modifiche agli articoli 12, 27 e 41 del Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, nel testo allegato sub \"A\" quale parte integrante e sostanziale del presente provvedimento;"));
    d.add(p("2) di dare atto che le modifiche hanno efficacia dal 1° gennaio 2026, ai sensi dell'art. 53, comma 16, della Legge 23 dicembre 2000, n. 388;"));
    d.add(p("3) di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze mediante inserimento nel Portale del federalismo fiscale."));
    d.add(p("Successivamente, con separata votazione (presenti 15, votanti 14, favorevoli 10, contrari 4, astenuti 1), il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000."));

    PdfPTable f = new PdfPTable(2); f.setWidthPercentage(100); f.setSpacingBefore(20); f.setKeepTogether(true);
    PdfPCell f1 = new PdfPCell(); f1.setBorder(0);
    Paragraph a1 = new Paragraph("IL PRESIDENTE DEL CONSIGLIO\nRenzo Baldin\n(firmato digitalmente)", N); a1.setAlignment(Element.ALIGN_CENTER); f1.addElement(a1);
    PdfPCell f2 = new PdfPCell(); f2.setBorder(0);
    Paragraph a2 = new Paragraph("IL SEGRETARIO GENERALE\nDott. Michele Tagliapietra\n(firmato digitalmente)", N); a2.setAlignment(Element.ALIGN_CENTER); f2.addElement(a2);
    f.addCell(f1); f.addCell(f2);
    d.add(f);
    d.close();
  }
}
