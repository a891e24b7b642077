// Comune di Caltavuturo: Giunta municipale deliberation, "COPIA" watermark drawn diagonally on every page (OpenPDF 1.3.30)
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
public class D08Caltavuturo {
  static Font fN = FontFactory.getFont(FontFactory.TIMES_ROMAN, "Cp1252", 11);
  static Font fB = FontFactory.getFont(FontFactory.TIMES_BOLD, "Cp1252", 11);
  static Font fH = FontFactory.getFont(FontFactory.TIMES_BOLD, "Cp1252", 16);
  static Font fS = FontFactory.getFont(FontFactory.TIMES_ITALIC, "Cp1252", 9);
  static Paragraph p(String s, Font f, int al) { Paragraph x = new Paragraph(s, f); x.setAlignment(al); x.setSpacingAfter(4); x.setLeading(14); return x; }
  static Paragraph pj(String bold, String rest) { Paragraph x = new Paragraph(); x.add(new Chunk(bold, fB)); x.add(new Chunk(rest, fN)); x.setAlignment(Element.ALIGN_JUSTIFIED); x.setSpacingAfter(4); x.setLeading(14); return x; }
  public static void main(String[] a) throws Exception {
    Document d = new Document(PageSize.A4, 56, 56, 50, 56);
    PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
    w.setPageEvent(new PdfPageEventHelper() {
      public void onEndPage(PdfWriter w, Document d) {
        try {
          PdfContentByte u = w.getDirectContentUnder();
          BaseFont bf = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, false);
          PdfGState gs = new PdfGState(); gs.setFillOpacity(0.18f); u.saveState(); u.setGState(gs);
          u.beginText(); u.setFontAndSize(bf, 150); u.setRGBColorFill(120, 120, 120);
          u.showTextAligned(Element.ALIGN_CENTER, "COPIA", 297, 421, 45); u.endText(); u.restoreState();
          PdfContentByte c = w.getDirectContent();
          BaseFont fr = BaseFont.createFont(BaseFont.TIMES_ROMAN, BaseFont.CP1252, false);
          c.beginText(); c.setFontAndSize(fr, 8);
          c.showTextAligned(Element.ALIGN_CENTER, "Copia conforme all'originale informatico – pag. " + w.getPageNumber(), 297, 30, 0); c.endText();
        } catch (Exception e) { throw new RuntimeException(e); }
      }
    });
    d.addTitle("Deliberazione G.M. n. 34/2026"); d.addCreator("Halley Informatica – Atti Amministrativi");
    d.open();
    d.add(p("COMUNE DI CALTAVUTURO", fH, Element.ALIGN_CENTER));
    d.add(p("Città Metropolitana di Palermo", fN, Element.ALIGN_CENTER));
    Paragraph sp = new Paragraph(" "); d.add(sp);
    d.add(p("COPIA DI DELIBERAZIONE DELLA GIUNTA MUNICIPALE", fB, Element.ALIGN_CENTER));
    d.add(p("N. 34 del 26/03/2026", fB, Element.ALIGN_CENTER));
    PdfPTable o = new PdfPTable(1); o.setWidthPercentage(100);
    Paragraph op = new Paragraph(); op.add(new Chunk("OGGETTO: ", fB)); op.add(new Chunk("Approvazione dello schema di convenzione con l'Istituto Comprensivo \"Giuseppe Giusino\" per l'utilizzo della palestra comunale di contrada Santa Venera – anno scolastico 2026/2027.", fN));
    PdfPCell oc = new PdfPCell(op); oc.setPadding(6); o.addCell(oc); o.setSpacingBefore(6); o.setSpacingAfter(8); d.add(o);
    d.add(p("L'anno duemilaventisei addì ventisei del mese di marzo alle ore 12,30 e seguenti, nella sala delle adunanze della sede municipale, si è riunita la Giunta Municipale con l'intervento dei signori:", fN, Element.ALIGN_JUSTIFIED));
    PdfPTable r = new PdfPTable(new float[]{46, 30, 12, 12}); r.setWidthPercentage(92); r.setSpacingBefore(4); r.setSpacingAfter(6);
    String[][] R = {{"Cognome e nome", "Carica", "P", "A"}, {"Giunta Domenico", "Sindaco", "X", ""}, {"Lo Bue Antonina", "Vice Sindaco", "X", ""},
      {"Cirrito Salvatore", "Assessore", "", "X"}, {"Terranova Giuseppa", "Assessore", "X", ""}, {"Oddo Calogero", "Assessore", "X", ""}};
    for (int i = 0; i < R.length; i++) for (String s : R[i]) { PdfPCell c = new PdfPCell(new Phrase(s, i == 0 ? fB : fN)); c.setPadding(3); if (i == 0) c.setGrayFill(0.88f); r.addCell(c); }
    d.add(r);
    d.add(p("Assume la presidenza il Sindaco dott. Domenico Giunta. Partecipa il Segretario Comunale dott.ssa Rosalia Sciortino. Il Presidente, constatato che gli intervenuti sono in numero legale, dichiara aperta la riunione e invita i convenuti a deliberare sull'argomento in oggetto.", fN, Element.ALIGN_JUSTIFIED));
    d.add(p("LA GIUNTA MUNICIPALE", fB, Element.ALIGN_CENTER));
    d.add(pj("Vista ", "la proposta di deliberazione del Responsabile dell'Area Amministrativa, che si allega al presente atto per farne parte integrante;"));
    d.add(pj("Premesso ", "che l'Istituto Comprensivo \"Giuseppe Giusino\" non dispone di una palestra idonea nel plesso di via Vittorio Emanuele e che il Comune è proprietario della palestra di contrada Santa Venera, recentemente ristrutturata;"));
    d.add(pj("Ritenuto ", "di disciplinare l'utilizzo dell'impianto da parte dell'Istituto mediante apposita convenzione, a titolo gratuito, con oneri di pulizia a carico dell'Istituto;"));
    d.add(pj("Visti ", "i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 53 della legge 142/1990, come recepito dalla L.R. 48/1991, e l'O.R.EE.LL. vigente nella Regione Siciliana;"));
    d.add(p("Con voti unanimi espressi nei modi di legge,", fN, Element.ALIGN_JUSTIFIED));
    d.add(p("DELIBERA", fB, Element.ALIGN_CENTER));
    d.add(p("1) di approvare lo schema di convenzione con l'Istituto Comprensivo \"Giuseppe Giusino\" per l'utilizzo della palestra comunale di contrada Santa Venera per l'anno scolastico 2026/2027, composto da dieci articoli;", fN, Element.ALIGN_JUSTIFIED));
    d.add(p("2) di autorizzare il Responsabile dell'Area Amministrativa alla sottoscrizione della convenzione;", fN, Element.ALIGN_JUSTIFIED));
    d.add(p("3) di dare atto che dal presente provvedimento non derivano oneri a carico del bilancio comunale.", fN, Element.ALIGN_JUSTIFIED));
    d.add(p("Con successiva e separata votazione unanime la Giunta dichiara la presente deliberazione immediatamente esecutiva ai sensi dell'art. 12, comma 2, della L.R. 44/1991.", fN, Element.ALIGN_JUSTIFIED));
    d.add(sp);
    PdfPTable s = new PdfPTable(3); s.setWidthPercentage(100);
    String[] sg = {"IL SINDACO", "L'ASSESSORE ANZIANO", "IL SEGRETARIO COMUNALE", "F.to dott. Domenico Giunta", "F.to Antonina Lo Bue", "F.to dott.ssa Rosalia Sciortino"};
    for (int i = 0; i < 6; i++) { PdfPCell c = new PdfPCell(new Phrase(sg[i], i < 3 ? fB : fN)); c.setBorder(0); c.setHorizontalAlignment(Element.ALIGN_CENTER); s.addCell(c); }
    d.add(s);
    d.add(sp);
    d.add(p("Per copia conforme all'originale per uso amministrativo. Caltavuturo, lì 27/03/2026. Il Segretario Comunale", fS, Element.ALIGN_LEFT));
    d.close();
  }
}
