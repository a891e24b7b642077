// Comune di Montalto di Castro - attestazione di pubblicazione (iText 7 layout, drawn like a
// .NET ComponentOne report of an Albo on line: grey label column, report footer)
import com.itextpdf.kernel.pdf.*;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.*;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.*;
import com.itextpdf.layout.borders.*;
import com.itextpdf.layout.properties.*;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;

public class Attestazione {
  public static void main(String[] a) throws Exception {
    String fdir = "/usr/share/fonts/truetype/liberation/";
    PdfWriter w = new PdfWriter(a[0]);
    PdfDocument pdf = new PdfDocument(w);
    pdf.getDocumentInfo().setTitle("Attestazione di pubblicazione 356/2026");
    pdf.getDocumentInfo().setCreator("C1.C1Report - AlboOnLine");
    PdfFont reg = PdfFontFactory.createFont(fdir + "LiberationSans-Regular.ttf", PdfEncodings.IDENTITY_H);
    PdfFont bold = PdfFontFactory.createFont(fdir + "LiberationSans-Bold.ttf", PdfEncodings.IDENTITY_H);
    PdfFont ital = PdfFontFactory.createFont(fdir + "LiberationSans-Italic.ttf", PdfEncodings.IDENTITY_H);
    Document d = new Document(pdf, PageSize.A4);
    d.setMargins(50, 50, 60, 50);
    DeviceRgb grey = new DeviceRgb(0xDD, 0xDD, 0xDD), blue = new DeviceRgb(0x1F, 0x3A, 0x5F);

    Table head = new Table(UnitValue.createPercentArray(new float[]{15, 85})).useAllAvailableWidth();
    Cell crest = new Cell().add(new Paragraph("[stemma]").setFont(ital).setFontSize(7).setTextAlignment(TextAlignment.CENTER))
        .setHeight(50).setVerticalAlignment(VerticalAlignment.MIDDLE).setBorder(new SolidBorder(blue, 1));
    head.addCell(crest);
    Cell name = new Cell().setBorder(Border.NO_BORDER).setPaddingLeft(12);
    name.add(new Paragraph("COMUNE DI MONTALTO DI CASTRO").setFont(bold).setFontSize(17).setFontColor(blue).setMargin(0));
    name.add(new Paragraph("Provincia di Viterbo").setFont(reg).setFontSize(10).setMargin(0));
    name.add(new Paragraph("Servizio Segreteria Generale – Albo Pretorio on line").setFont(reg).setFontSize(9).setMargin(0));
    head.addCell(name);
    d.add(head);
    d.add(new Paragraph("").setBorderBottom(new SolidBorder(blue, 1.5f)).setMarginBottom(18));
    d.add(new Paragraph("ATTESTAZIONE DI PUBBLICAZIONE").setFont(bold).setFontSize(14).setTextAlignment(TextAlignment.CENTER).setMarginBottom(14));

    Table t = new Table(UnitValue.createPercentArray(new float[]{30, 70})).useAllAvailableWidth();
    String[][] rows = {
      {"Registro di pubblicazione", "N. 356/2026"},
      {"Tipo atto", "Deliberazione della Giunta Comunale"},
      {"Numero atto", "38"},
      {"Data atto", "05/03/2026"},
      {"Oggetto", "CONCESSIONE IN USO TEMPORANEO DEI LOCALI DELL’EX SCUOLA ELEMENTARE DI PESCIA ROMANA ALLE ASSOCIAZIONI DI VOLONTARIATO DEL TERRITORIO. APPROVAZIONE DELLO SCHEMA DI CONVENZIONE."},
      {"Ufficio richiedente", "Segreteria Generale"},
      {"Inizio pubblicazione", "09/03/2026"},
      {"Fine pubblicazione", "24/03/2026"},
    };
    for (String[] r : rows) {
      t.addCell(new Cell().add(new Paragraph(r[0]).setFont(bold).setFontSize(9.5f)).setBackgroundColor(grey).setBorder(new SolidBorder(0.5f)).setPadding(5));
      t.addCell(new Cell().add(new Paragraph(r[1]).setFont(reg).setFontSize(10)).setBorder(new SolidBorder(0.5f)).setPadding(5));
    }
    d.add(t);
    d.add(new Paragraph("IL RESPONSABILE DELLA PUBBLICAZIONE").setFont(bold).setFontSize(10.5f).setTextAlignment(TextAlignment.CENTER).setMarginTop(22));
    d.add(new Paragraph("ATTESTA").setFont(bold).setFontSize(10.5f).setTextAlignment(TextAlignment.CENTER).setMarginBottom(8));
    d.add(new Paragraph("che la deliberazione sopra indicata è stata pubblicata all’Albo Pretorio on line del Comune, accessibile dal sito istituzionale dell’Ente, per quindici giorni consecutivi dal 09/03/2026 al 24/03/2026, ai sensi dell’art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267 e dell’art. 32, comma 1, della Legge 18 giugno 2009, n. 69, e che durante il periodo di pubblicazione non sono pervenuti reclami od opposizioni.")
        .setFont(reg).setFontSize(10.5f).setTextAlignment(TextAlignment.JUSTIFIED).setFixedLeading(15));
    d.add(new Paragraph("Montalto di Castro, 25/03/2026").setFont(reg).setFontSize(10.5f).setMarginTop(16));
    Paragraph sig = new Paragraph().setTextAlignment(TextAlignment.CENTER).setMarginLeft(260).setMarginTop(14)
        .add(new Text("Il Responsabile della Pubblicazione\n").setFont(reg).setFontSize(10))
        .add(new Text("Roberta Fanelli\n").setFont(bold).setFontSize(10.5f))
        .add(new Text("(firmato digitalmente ai sensi del D.Lgs. 82/2005)").setFont(ital).setFontSize(8));
    d.add(sig);

    PdfPage p = pdf.getFirstPage();
    PdfCanvas c = new PdfCanvas(p);
    c.setStrokeColor(grey).moveTo(50, 45).lineTo(545, 45).stroke();
    c.beginText().setFontAndSize(reg, 7.5f).moveText(50, 34).showText("AlboOnLine – Report generato il 25/03/2026 alle ore 10:14 – Utente: segreteria02").endText();
    c.beginText().setFontAndSize(reg, 7.5f).moveText(500, 34).showText("Pag. 1 di 1").endText();
    d.close();
  }
}
