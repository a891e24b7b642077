// Convocazione del Consiglio comunale, Comune di Jesolo (VE): in-house Java print ("SegreteriaNet"), Apache PDFBox
// 1.8 (Debian jar), base-14 fonts. Protocol stamp rotated 90 degrees along the left margin (drawn first),
// heading letter-spaced with Tc, lines placed one by one.
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.edit.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.*;
import java.util.*;

public class Convocazione {
  static PDPageContentStream cs;
  static PDFont R = PDType1Font.TIMES_ROMAN, B = PDType1Font.TIMES_BOLD, H = PDType1Font.HELVETICA, HB = PDType1Font.HELVETICA_BOLD;
  static float y = 0;
  static void text(PDFont f, float size, float x, float yy, String s) throws Exception {
    cs.beginText(); cs.setFont(f, size); cs.moveTextPositionByAmount(x, yy); cs.drawString(s); cs.endText();
  }
  static float w(PDFont f, float size, String s) throws Exception { return f.getStringWidth(s) / 1000f * size; }
  static void para(PDFont f, float size, float x, float width, float lead, String s) throws Exception {
    String[] words = s.split(" "); StringBuilder line = new StringBuilder();
    for (String wd : words) {
      String cand = line.length() == 0 ? wd : line + " " + wd;
      if (w(f, size, cand) > width && line.length() > 0) { text(f, size, x, y, line.toString()); y -= lead; line = new StringBuilder(wd); }
      else line = new StringBuilder(cand);
    }
    if (line.length() > 0) { text(f, size, x, y, line.toString()); y -= lead; }
  }
  public static void main(String[] a) throws Exception {
    PDDocument doc = new PDDocument();
    PDPage page = new PDPage(PDPage.PAGE_SIZE_A4); doc.addPage(page);
    cs = new PDPageContentStream(doc, page);
    // rotated protocol stamp in the left margin
    cs.setNonStrokingColor(40, 60, 140);
    cs.beginText(); cs.setFont(H, 7.5f); cs.setTextRotation(Math.PI / 2, 30, 110);
    cs.drawString("COMUNE DI JESOLO - Protocollo Generale N. 0031244 del 11/05/2026 - USCITA - Classif. 02.03"); cs.endText();
    cs.setNonStrokingColor(0, 0, 0);
    // letterhead
    text(HB, 17, 70, 790, "COMUNE DI JESOLO");
    text(H, 9, 70, 776, "Città Metropolitana di Venezia");
    text(H, 8, 70, 765, "Via Sant'Antonio, 11 - 30016 Jesolo (VE) - protocollo.comune.jesolo.ve@pecveneto.it");
    text(HB, 9, 70, 748, "Ufficio di Presidenza del Consiglio comunale");
    cs.setLineWidth(0.8f); cs.drawLine(70, 742, 530, 742);
    text(R, 11, 70, 718, "Prot. n. 31244");
    String d = "Jesolo, 11 maggio 2026"; text(R, 11, 530 - w(R, 11, d), 718, d);
    y = 690;
    for (String s : new String[]{"Ai Signori Consiglieri comunali", "Al Sindaco", "Al Segretario Generale", "e, p.c.  Al Prefetto di Venezia", "Al Comandante della Polizia Locale"}) {
      text(R, 11, 330, y, s); y -= 14;
    }
    y -= 14;
    // letter-spaced heading (Tc)
    String head = "CONVOCAZIONE DEL CONSIGLIO COMUNALE";
    cs.appendRawCommands("2.2 Tc\n");
    float hw = w(B, 13, head) + 2.2f * (head.length() - 1);
    text(B, 13, (595 - hw) / 2, y, head);
    cs.appendRawCommands("0 Tc\n");
    y -= 26;
    text(B, 11, 70, y, "OGGETTO:");
    float sx = 70 + w(B, 11, "OGGETTO: ");
    para(B, 11, sx, 460 - (sx - 70), 14, "Convocazione del Consiglio comunale in seduta ordinaria per il giorno martedì 19 maggio 2026.");
    y -= 8;
    para(R, 11, 70, 460, 15, "Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267 e degli articoli 12 e 13 del vigente Regolamento del Consiglio comunale, la S.V. è invitata a partecipare alla seduta ordinaria, pubblica, di prima convocazione del Consiglio comunale, che si terrà nella Sala consiliare del Municipio");
    y -= 4;
    String dd = "martedì 19 maggio 2026, alle ore 18:30";
    text(B, 12, (595 - w(B, 12, dd)) / 2, y, dd); y -= 20;
    para(R, 11, 70, 460, 15, "per la trattazione del seguente");
    y -= 2;
    text(B, 11, 70, y, "ORDINE DEL GIORNO"); y -= 18;
    String[] odg = {
      "Comunicazioni del Presidente del Consiglio e del Sindaco.",
      "Approvazione dei verbali della seduta del 28 aprile 2026.",
      "Rendiconto della gestione per l'esercizio 2025: approvazione.",
      "Variazione al bilancio di previsione 2026-2028 e applicazione di quota dell'avanzo di amministrazione.",
      "Regolamento per la disciplina dell'imposta di soggiorno: modifiche agli articoli 4 e 9.",
      "Mozione presentata dal gruppo consiliare \"Jesolo Bene Comune\" sulla sicurezza della pista ciclabile di via Equilio."};
    for (int i = 0; i < odg.length; i++) {
      text(R, 11, 78, y, (i + 1) + ".");
      para(R, 11, 96, 434, 14, odg[i]); y -= 3;
    }
    y -= 6;
    para(R, 11, 70, 460, 15, "In caso di mancanza del numero legale, la seduta di seconda convocazione si terrà il giorno giovedì 21 maggio 2026 alle ore 18:30, nello stesso luogo. La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso l'Ufficio di Presidenza e consultabile nell'area riservata del portale.");
    y -= 22;
    text(B, 11, 340, y, "IL PRESIDENTE DEL CONSIGLIO COMUNALE"); y -= 15;
    text(R, 11, 395, y, "avv. Lucia Pavanetto"); y -= 13;
    text(R, 8, 375, y, "(documento firmato digitalmente)");
    cs.setLineWidth(0.4f); cs.drawLine(70, 48, 530, 48);
    text(H, 7, 70, 38, "La seduta è trasmessa in diretta streaming sul sito istituzionale www.comune.jesolo.ve.it");
    cs.close();
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle("Convocazione Consiglio comunale 19/05/2026"); info.setCreator("SegreteriaNet 5"); info.setProducer("Apache PDFBox 1.8.16");
    doc.save(a[0]); doc.close();
  }
}
