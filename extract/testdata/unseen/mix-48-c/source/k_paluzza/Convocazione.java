// Convocation of the Consiglio Comunale, Comune di Paluzza - iText 7.2.5 ("javafx" desktop-app print layout)
import com.itextpdf.kernel.pdf.*;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.font.*;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.layout.*;
import com.itextpdf.layout.element.*;
import com.itextpdf.layout.properties.*;
import com.itextpdf.layout.borders.*;
import com.itextpdf.kernel.colors.*;

public class Convocazione {
  public static void main(String[] a) throws Exception {
    String F="/usr/share/fonts/truetype/liberation/";
    PdfFont reg=PdfFontFactory.createFont(F+"LiberationSerif-Regular.ttf",PdfEncodings.IDENTITY_H);
    PdfFont bold=PdfFontFactory.createFont(F+"LiberationSerif-Bold.ttf",PdfEncodings.IDENTITY_H);
    PdfFont ital=PdfFontFactory.createFont(F+"LiberationSerif-Italic.ttf",PdfEncodings.IDENTITY_H);
    PdfDocument pdf=new PdfDocument(new PdfWriter(a[0]));
    pdf.getDocumentInfo().setTitle("Convocazione Consiglio Comunale 27/03/2026"); pdf.getDocumentInfo().setAuthor("Comune di Paluzza");
    Document d=new Document(pdf,PageSize.A4); d.setMargins(50,60,60,60); d.setFont(reg).setFontSize(11);
    Table lh=new Table(UnitValue.createPercentArray(new float[]{18,82})).useAllAvailableWidth();
    lh.addCell(new Cell().add(new Paragraph("[stemma]\nComune di\nPaluzza").setFontSize(7).setTextAlignment(TextAlignment.CENTER)).setBorder(new SolidBorder(0.5f)).setPadding(8));
    lh.addCell(new Cell().setBorder(Border.NO_BORDER).setPaddingLeft(10)
      .add(new Paragraph("COMUNE DI PALUZZA").setFont(bold).setFontSize(17).setMargin(0))
      .add(new Paragraph("COMUN DI PALUCE").setFont(ital).setFontSize(10).setMargin(0))
      .add(new Paragraph("Regione Autonoma Friuli Venezia Giulia").setFontSize(9).setMargin(0))
      .add(new Paragraph("Piazza XXI-XXII Luglio 1944, 1 – 33026 Paluzza (UD) – tel. 0433 775120").setFontSize(8.5f).setMargin(0)));
    d.add(lh);
    d.add(new LineSeparator(new com.itextpdf.kernel.pdf.canvas.draw.SolidLine(1f)).setMarginTop(4).setMarginBottom(10));
    Table pr=new Table(UnitValue.createPercentArray(new float[]{50,50})).useAllAvailableWidth();
    pr.addCell(new Cell().setBorder(Border.NO_BORDER).add(new Paragraph("Prot. n. 2044\nPaluzza, 20 marzo 2026").setFontSize(10)));
    pr.addCell(new Cell().setBorder(Border.NO_BORDER).add(new Paragraph("Ai Signori Consiglieri Comunali\ne p.c. al Revisore dei Conti\nal Segretario Comunale\nLORO SEDI").setFontSize(10)));
    d.add(pr);
    d.add(new Paragraph("CONVOCAZIONE DEL CONSIGLIO COMUNALE").setFont(bold).setFontSize(14).setTextAlignment(TextAlignment.CENTER).setMarginTop(16));
    d.add(new Paragraph("Seduta ordinaria – prima convocazione").setFont(ital).setTextAlignment(TextAlignment.CENTER).setMarginTop(0));
    d.add(new Paragraph("Ai sensi dell’art. 39 del D.Lgs. 18 agosto 2000, n. 267, e dell’art. 12 del vigente Regolamento per il funzionamento del Consiglio Comunale, la S.V. è invitata a partecipare alla seduta del Consiglio Comunale che si terrà nella Sala consiliare del Municipio il giorno").setTextAlignment(TextAlignment.JUSTIFIED).setMarginTop(10));
    d.add(new Paragraph("VENERDÌ 27 MARZO 2026 ALLE ORE 20:00").setFont(bold).setTextAlignment(TextAlignment.CENTER));
    d.add(new Paragraph("per la trattazione del seguente").setTextAlignment(TextAlignment.JUSTIFIED));
    d.add(new Paragraph("ORDINE DEL GIORNO").setFont(bold).setTextAlignment(TextAlignment.CENTER));
    String[] odg={"Lettura e approvazione dei verbali della seduta precedente.",
      "Comunicazioni del Sindaco.",
      "Approvazione del Rendiconto della gestione per l’esercizio finanziario 2025.",
      "Variazione al bilancio di previsione 2026/2028 – ratifica della deliberazione della Giunta Comunale n. 22 del 05/03/2026.",
      "Approvazione della convenzione con il Comune di Cercivento per la gestione associata del servizio di biblioteca.",
      "Mozione del gruppo consiliare “Paluzza Futura” sulla viabilità della S.S. 52 bis."};
    Table t=new Table(UnitValue.createPercentArray(new float[]{6,94})).useAllAvailableWidth();
    for(int i=0;i<odg.length;i++){ t.addCell(new Cell().setBorder(Border.NO_BORDER).add(new Paragraph((i+1)+".")));
      t.addCell(new Cell().setBorder(Border.NO_BORDER).add(new Paragraph(odg[i]).setTextAlignment(TextAlignment.JUSTIFIED))); }
    d.add(t);
    d.add(new Paragraph("Qualora non fosse raggiunto il numero legale, la seduta in seconda convocazione è fissata per il giorno lunedì 30 marzo 2026 alle ore 20:00, nella stessa sede. Gli atti relativi agli argomenti iscritti all’ordine del giorno sono depositati presso l’Ufficio Segreteria e consultabili negli orari d’ufficio.").setTextAlignment(TextAlignment.JUSTIFIED).setMarginTop(8));
    d.add(new Paragraph("La seduta è pubblica.").setMarginTop(4));
    d.add(new Paragraph("IL SINDACO\nErica Puntel").setTextAlignment(TextAlignment.CENTER).setMarginLeft(240).setMarginTop(20));
    d.add(new Paragraph("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005").setFont(ital).setFontSize(7.5f).setTextAlignment(TextAlignment.CENTER).setMarginLeft(240));
    d.close();
  }
}
