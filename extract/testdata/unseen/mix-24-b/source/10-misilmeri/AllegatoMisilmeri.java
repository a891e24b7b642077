import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
import java.awt.Color;
import java.util.Random;

/* Allegato tabellare nello stile di una stampa JasperReports di un gestionale (bande di colonna,
   intestazione di pagina ripetuta, piede con data di stampa, utente e "Pagina x di y"). Orizzontale. */
public class AllegatoMisilmeri {
  static BaseFont R, B;
  static class Ev extends PdfPageEventHelper {
    PdfTemplate tot;
    public void onOpenDocument(PdfWriter w, Document d){ tot = w.getDirectContent().createTemplate(30, 10); }
    public void onStartPage(PdfWriter w, Document d){
      PdfContentByte cb = w.getDirectContent(); float W = d.getPageSize().getWidth(), H = d.getPageSize().getHeight();
      cb.beginText(); cb.setFontAndSize(B, 11); cb.showTextAligned(Element.ALIGN_LEFT, "COMUNE DI MISILMERI", 36, H-34, 0);
      cb.setFontAndSize(R, 8); cb.showTextAligned(Element.ALIGN_LEFT, "Città Metropolitana di Palermo", 36, H-45, 0);
      cb.showTextAligned(Element.ALIGN_RIGHT, "Area 1 – Affari Generali e Servizi al Cittadino – Servizio Pubblica Istruzione", W-36, H-34, 0);
      cb.showTextAligned(Element.ALIGN_RIGHT, "ALLEGATO \"A\" alla determinazione n. 198 del 09/03/2026", W-36, H-45, 0);
      cb.endText();
      cb.setLineWidth(0.8f); cb.moveTo(36, H-52); cb.lineTo(W-36, H-52); cb.stroke();
    }
    public void onEndPage(PdfWriter w, Document d){
      PdfContentByte cb = w.getDirectContent(); float W = d.getPageSize().getWidth();
      cb.setLineWidth(0.4f); cb.moveTo(36, 34); cb.lineTo(W-36, 34); cb.stroke();
      cb.beginText(); cb.setFontAndSize(R, 7);
      cb.showTextAligned(Element.ALIGN_LEFT, "Stampato il 09/03/2026 alle 10:42 – utente: mtranchina – rpt_beneficiari_contributi.jasper", 36, 24, 0);
      String p = "Pagina " + w.getPageNumber() + " di ";
      float x = W - 36 - R.getWidthPoint(p + "0", 7);
      cb.showTextAligned(Element.ALIGN_LEFT, p, x, 24, 0); cb.endText();
      cb.addTemplate(tot, x + R.getWidthPoint(p, 7), 24);
    }
    public void onCloseDocument(PdfWriter w, Document d){
      tot.beginText(); tot.setFontAndSize(R, 7); tot.setTextMatrix(0, 0); tot.showText(String.valueOf(w.getPageNumber() - 1)); tot.endText();
    }
  }
  static PdfPCell c(String s, Font f, int al, Color bg){ PdfPCell x = new PdfPCell(new Phrase(s, f)); x.setHorizontalAlignment(al); x.setPadding(2.5f);
    x.setBorderWidth(0.3f); x.setBorderColor(new Color(170,170,170)); if (bg != null) x.setBackgroundColor(bg); return x; }

  public static void main(String[] a) throws Exception {
    R = BaseFont.createFont("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    B = BaseFont.createFont("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    Document d = new Document(PageSize.A4.rotate(), 36, 36, 62, 44);
    PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0])); w.setPageEvent(new Ev());
    d.addTitle("Allegato A - Elenco beneficiari"); d.addCreator("JasperReports Library version 6.20.0");
    d.open();
    Font t = new Font(B, 10), h = new Font(B, 7.5f, Font.NORMAL, Color.WHITE), r = new Font(R, 7.5f), rb = new Font(B, 7.5f);
    Paragraph tit = new Paragraph("ELENCO DEGLI AVENTI DIRITTO AL RIMBORSO DELLE SPESE DI TRASPORTO SCOLASTICO – STUDENTI PENDOLARI – A.S. 2025/2026 – I TRIMESTRE (SETTEMBRE–DICEMBRE 2025)", t);
    tit.setAlignment(Element.ALIGN_CENTER); tit.setSpacingAfter(4); d.add(tit);
    Paragraph nt = new Paragraph("L.R. 26 maggio 1973, n. 24 e s.m.i. – I nominativi sono sostituiti dal codice pratica ai sensi del Regolamento (UE) 2016/679; l'elenco nominativo è depositato agli atti dell'Ufficio.", new Font(R, 7.5f));
    nt.setAlignment(Element.ALIGN_CENTER); nt.setSpacingAfter(8); d.add(nt);
    PdfPTable tb = new PdfPTable(new float[]{0.5f, 1.4f, 1.3f, 3.4f, 1.6f, 1.2f, 1.1f, 1.1f, 1.2f});
    tb.setWidthPercentage(100); tb.setHeaderRows(1);
    Color hd = new Color(60, 84, 120), band = new Color(238, 242, 248);
    for (String s : new String[]{"N.", "Codice pratica", "Prot. domanda", "Istituto frequentato", "Comune sede", "Vettore", "Abbon. mensile €", "Mesi", "Importo €"})
      tb.addCell(c(s, h, Element.ALIGN_CENTER, hd));
    String[][] ist = {{"I.I.S.S. \"Ugo Mursia\" – Liceo Scientifico", "Palermo", "AST"}, {"I.T.E.T. \"Pio La Torre\"", "Palermo", "AMAT"},
      {"Liceo Classico \"Umberto I\"", "Palermo", "AST"}, {"I.P.S.S.A.R. \"Paolo Borsellino\"", "Palermo", "AST"},
      {"I.I.S. \"Benedetto Croce\" – Liceo Linguistico", "Palermo", "AST"}, {"Liceo Artistico \"Damiani Almeyda\"", "Palermo", "AMAT"},
      {"I.T.I. \"Vittorio Emanuele III\"", "Palermo", "AST"}, {"I.I.S.S. \"Don Calogero Di Vincenti\"", "Bisacquino", "AST"},
      {"Liceo Scientifico \"Santi Savarino\"", "Partinico", "AST"}, {"I.P.S.I.A. \"Enrico Ascione\"", "Palermo", "AST"}};
    Random rnd = new Random(198);
    double tot = 0; int n = 0;
    for (int i = 1; i <= 46; i++) {
      String[] s = ist[rnd.nextInt(ist.length)];
      double ab = s[2].equals("AMAT") ? 35.00 : (rnd.nextBoolean() ? 58.50 : 64.00);
      int mesi = rnd.nextInt(10) < 8 ? 4 : 3;
      double imp = ab * mesi; tot += imp; n++;
      Color bg = (i % 2 == 0) ? band : null;
      tb.addCell(c(String.valueOf(i), r, Element.ALIGN_RIGHT, bg));
      tb.addCell(c(String.format("TS25-%04d", 100 + rnd.nextInt(900)), r, Element.ALIGN_CENTER, bg));
      tb.addCell(c(String.format("%d/2025", 21400 + rnd.nextInt(3200)), r, Element.ALIGN_CENTER, bg));
      tb.addCell(c(s[0], r, Element.ALIGN_LEFT, bg));
      tb.addCell(c(s[1], r, Element.ALIGN_LEFT, bg));
      tb.addCell(c(s[2], r, Element.ALIGN_CENTER, bg));
      tb.addCell(c(String.format(java.util.Locale.ITALY, "%,.2f", ab), r, Element.ALIGN_RIGHT, bg));
      tb.addCell(c(String.valueOf(mesi), r, Element.ALIGN_CENTER, bg));
      tb.addCell(c(String.format(java.util.Locale.ITALY, "%,.2f", imp), r, Element.ALIGN_RIGHT, bg));
    }
    PdfPCell tl = c("TOTALE (" + n + " aventi diritto)", rb, Element.ALIGN_RIGHT, new Color(220,220,220)); tl.setColspan(8); tb.addCell(tl);
    tb.addCell(c(String.format(java.util.Locale.ITALY, "%,.2f", tot), rb, Element.ALIGN_RIGHT, new Color(220,220,220)));
    d.add(tb);
    Paragraph f = new Paragraph("Il Responsabile del Servizio Pubblica Istruzione – Dott.ssa Giuseppina Lo Bue (firmato digitalmente)", new Font(R, 8));
    f.setAlignment(Element.ALIGN_RIGHT); f.setSpacingBefore(10); d.add(f);
    d.close();
  }
}
