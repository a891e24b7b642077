// Comune di Rapolla - convocazione del Consiglio Comunale (letter), OpenPDF;
// layout of a Word letter re-saved from a PDF editor (PDFelement-style).
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class Rapolla {
  public static void main(String[] a) throws Exception {
    String F = "/usr/share/fonts/truetype/crosextra/";
    BaseFont reg = BaseFont.createFont(F + "Carlito-Regular.ttf", BaseFont.CP1252, BaseFont.EMBEDDED);
    BaseFont bld = BaseFont.createFont(F + "Carlito-Bold.ttf", BaseFont.CP1252, BaseFont.EMBEDDED);
    BaseFont itl = BaseFont.createFont(F + "Carlito-Italic.ttf", BaseFont.CP1252, BaseFont.EMBEDDED);
    Font n = new Font(reg, 11.5f), b = new Font(bld, 11.5f), i9 = new Font(itl, 8.5f);
    Document d = new Document(PageSize.A4, 70, 60, 120, 60);
    PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
    w.setPageEvent(new PdfPageEventHelper() {
      public void onEndPage(PdfWriter wr, Document doc) {
        PdfContentByte cb = wr.getDirectContent();
        cb.beginText();
        cb.setFontAndSize(itl, 7); cb.showTextAligned(Element.ALIGN_LEFT, "[stemma]", 72, 790, 0);
        cb.setFontAndSize(bld, 18); cb.showTextAligned(Element.ALIGN_LEFT, "COMUNE DI RAPOLLA", 130, 792, 0);
        cb.setFontAndSize(reg, 10); cb.showTextAligned(Element.ALIGN_LEFT, "Provincia di Potenza", 130, 778, 0);
        cb.setFontAndSize(reg, 8); cb.showTextAligned(Element.ALIGN_LEFT, "Corso Giustino Fortunato – 85027 Rapolla (PZ) – protocollo@pec.comune.rapolla.pz.it", 130, 766, 0);
        cb.setFontAndSize(itl, 7.5f);
        cb.showTextAligned(Element.ALIGN_CENTER, "Pagina " + wr.getPageNumber(), 297, 30, 0);
        cb.endText();
        cb.setRGBColorStroke(0, 70, 140); cb.setLineWidth(1.5f); cb.moveTo(70, 758); cb.lineTo(535, 758); cb.stroke();
      }
    });
    d.addCreator("Wondershare PDFelement");
    d.addTitle("Convocazione Consiglio Comunale 20 marzo 2026");
    d.open();
    Paragraph p = new Paragraph("Prot. n. 2154 del 13/03/2026", n); d.add(p);
    p = new Paragraph("Ai Sigg. Consiglieri Comunali\nLORO SEDI", b); p.setIndentationLeft(260); p.setSpacingBefore(10); d.add(p);
    p = new Paragraph("e, p.c.:\nAl Segretario Comunale\nAl Revisore dei Conti\nAl Comando Stazione Carabinieri di Rapolla\nA S.E. il Prefetto di Potenza", n); p.setIndentationLeft(260); p.setSpacingBefore(6); d.add(p);
    p = new Paragraph(); p.setSpacingBefore(16);
    p.add(new Chunk("OGGETTO: ", b));
    p.add(new Chunk("Convocazione del Consiglio Comunale in sessione ordinaria – seduta del 20 marzo 2026.", b));
    d.add(p);
    String[] body = {
      "Ai sensi dell'art. 50, comma 2, del D.Lgs. 18 agosto 2000, n. 267, dello Statuto comunale e del vigente Regolamento per il funzionamento del Consiglio Comunale, le SS.LL. sono invitate a partecipare alla seduta del Consiglio Comunale, in sessione ordinaria e in prima convocazione, che si terrà presso la Sala consiliare del Palazzo municipale il giorno venerdì 20 marzo 2026 alle ore 18:00, ed occorrendo in seconda convocazione il giorno lunedì 23 marzo 2026 alla stessa ora, per la trattazione del seguente",
    };
    for (String s : body) { p = new Paragraph(s, n); p.setAlignment(Element.ALIGN_JUSTIFIED); p.setLeading(16); p.setSpacingBefore(10); d.add(p); }
    p = new Paragraph("ORDINE DEL GIORNO", b); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingBefore(8); p.setSpacingAfter(6); d.add(p);
    String[] odg = {
      "Lettura e approvazione dei verbali della seduta precedente.",
      "Comunicazioni del Sindaco.",
      "Ratifica della deliberazione della Giunta Comunale n. 22 del 26/02/2026 avente ad oggetto “Variazione d'urgenza al bilancio di previsione 2026/2028 (art. 175, comma 4, D.Lgs. 267/2000)”.",
      "Approvazione del Regolamento comunale per la disciplina del servizio di trasporto scolastico.",
      "Approvazione del Piano comunale di protezione civile – aggiornamento 2026.",
      "Mozione presentata dal gruppo consiliare “Rapolla Futura” in materia di viabilità della S.P. 8."
    };
    List l = new List(List.ORDERED, 20);
    for (String s : odg) { ListItem li = new ListItem(16, s, n); li.setAlignment(Element.ALIGN_JUSTIFIED); l.add(li); }
    d.add(l);
    p = new Paragraph("Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio di Segreteria e consultabili dai Consiglieri negli orari di apertura al pubblico a partire dalla data di notifica della presente.", n);
    p.setAlignment(Element.ALIGN_JUSTIFIED); p.setLeading(16); p.setSpacingBefore(10); d.add(p);
    p = new Paragraph("La seduta è pubblica e sarà trasmessa in diretta streaming sul canale istituzionale dell'Ente.", n); p.setLeading(16); p.setSpacingBefore(4); d.add(p);
    p = new Paragraph("Rapolla, 13/03/2026", n); p.setSpacingBefore(16); d.add(p);
    p = new Paragraph("IL SINDACO\nGeom. Rocco Santomauro", b); p.setAlignment(Element.ALIGN_CENTER); p.setIndentationLeft(240); d.add(p);
    p = new Paragraph("Firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2, del D.Lgs. 39/1993", i9); p.setAlignment(Element.ALIGN_CENTER); p.setIndentationLeft(240); d.add(p);
    d.close();
  }
}
