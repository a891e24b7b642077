// Comune di Giaveno - determinazione, InfoCamere PROAC-like layout; iText 7 (kernel/layout 7.2.5)
import com.itextpdf.kernel.pdf.*;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.events.*;
import com.itextpdf.kernel.geom.*;
import com.itextpdf.kernel.font.*;
import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.*;
import com.itextpdf.layout.*;
import com.itextpdf.layout.element.*;
import com.itextpdf.layout.properties.*;
import com.itextpdf.layout.borders.*;

public class Giaveno {
  static PdfFont R, B, I;
  public static void main(String[] a) throws Exception {
    String fdir = "/usr/share/fonts/truetype/liberation/";
    R = PdfFontFactory.createFont(fdir + "LiberationSerif-Regular.ttf", PdfEncodings.IDENTITY_H);
    B = PdfFontFactory.createFont(fdir + "LiberationSerif-Bold.ttf", PdfEncodings.IDENTITY_H);
    I = PdfFontFactory.createFont(fdir + "LiberationSerif-Italic.ttf", PdfEncodings.IDENTITY_H);
    PdfFont H = PdfFontFactory.createFont(StandardFonts.HELVETICA);
    PdfDocument pdf = new PdfDocument(new PdfWriter(a[0]));
    pdf.getDocumentInfo().setTitle("Determinazione 187/2026");
    pdf.getDocumentInfo().setCreator("InfoCamere - gestione atti");
    pdf.addEventHandler(PdfDocumentEvent.END_PAGE, ev -> {
      PdfDocumentEvent de = (PdfDocumentEvent) ev;
      PdfPage pg = de.getPage(); int n = pdf.getPageNumber(pg);
      Rectangle ps = pg.getPageSize();
      PdfCanvas c = new PdfCanvas(pg);
      c.beginText().setFontAndSize(H, 7.5f).moveText(56, ps.getTop() - 30)
       .showText("Comune di Giaveno  -  Determinazione n. 187 del 12/03/2026  -  Area Tecnica").endText();
      c.beginText().setFontAndSize(H, 7.5f).moveText(ps.getRight() - 100, ps.getTop() - 30).showText("Pagina " + n).endText();
      c.setLineWidth(0.4f).moveTo(56, ps.getTop() - 34).lineTo(ps.getRight() - 56, ps.getTop() - 34).stroke();
      c.beginText().setFontAndSize(H, 6.5f).moveText(56, 28)
       .showText("Documento informatico sottoscritto con firma digitale ai sensi dell'art. 24 del D.Lgs. 82/2005 (CAD). Copia analogica ai sensi dell'art. 23 CAD.").endText();
      c.release();
    });
    Document d = new Document(pdf, PageSize.A4);
    d.setMargins(60, 56, 50, 56);
    d.setFont(R).setFontSize(10.5f);

    Table lh = new Table(UnitValue.createPercentArray(new float[]{15, 85})).useAllAvailableWidth();
    lh.addCell(new Cell().add(new Paragraph("stemma").setFontSize(6).setFontColor(ColorConstants.GRAY)).setHeight(52).setTextAlignment(TextAlignment.CENTER).setVerticalAlignment(VerticalAlignment.MIDDLE).setBorder(new SolidBorder(ColorConstants.GRAY, 0.5f)));
    Cell t = new Cell().setBorder(Border.NO_BORDER).setPaddingLeft(10);
    t.add(new Paragraph("COMUNE DI GIAVENO").setFont(B).setFontSize(17).setMargin(0));
    t.add(new Paragraph("Città Metropolitana di Torino").setFontSize(9.5f).setMargin(0));
    t.add(new Paragraph("Piazza Papa Giovanni XXIII, 1 - 10094 Giaveno (TO) - tel. 011 9326400").setFontSize(8).setMargin(0));
    lh.addCell(t);
    d.add(lh);
    d.add(new Paragraph("AREA TECNICA").setFont(B).setFontSize(12).setTextAlignment(TextAlignment.CENTER).setMarginTop(12).setMarginBottom(0));
    d.add(new Paragraph("Servizio Lavori Pubblici e Manutenzioni").setFontSize(10.5f).setTextAlignment(TextAlignment.CENTER).setMarginTop(0));

    Table fr = new Table(UnitValue.createPercentArray(new float[]{30, 20, 30, 20})).useAllAvailableWidth().setMarginTop(6);
    String[][] rows = {{"DETERMINAZIONE N.", "187", "DATA", "12/03/2026"}, {"N. REGISTRO DI AREA", "41", "PROPOSTA N.", "203 del 10/03/2026"}};
    for (String[] r : rows) for (int i = 0; i < 4; i++) {
      Cell c = new Cell().add(new Paragraph(r[i]).setFont(i % 2 == 0 ? R : B).setFontSize(i % 2 == 0 ? 8.5f : 10.5f)).setPadding(3);
      if (i % 2 == 0) c.setBackgroundColor(new DeviceRgb(240, 240, 240));
      fr.addCell(c);
    }
    d.add(fr);
    Paragraph og = new Paragraph().setMarginTop(10).setPadding(5).setBorder(new SolidBorder(0.8f));
    og.add(new Text("OGGETTO: ").setFont(B));
    og.add(new Text("AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 DEL SERVIZIO DI SGOMBERO NEVE E TRATTAMENTO ANTIGHIACCIO SULLE STRADE COMUNALI – INTEGRAZIONE IMPEGNO DI SPESA – CIG B7A2C41E90").setFont(B));
    d.add(og);
    d.add(new Paragraph("IL RESPONSABILE DELL'AREA TECNICA").setFont(B).setTextAlignment(TextAlignment.CENTER).setMarginTop(8));
    String[] prem = {
      "Premesso che con determinazione n. 612 del 14/11/2025 è stato affidato alla ditta Movimento Terra Val Sangone S.r.l., con sede in Coazze (TO), il servizio di sgombero neve e trattamento antighiaccio sulle strade comunali per la stagione invernale 2025/2026, per un importo di euro 48.000,00 oltre IVA;",
      "Considerato che le precipitazioni nevose verificatesi nei mesi di gennaio e febbraio 2026, eccezionali per intensità e durata, hanno comportato un numero di interventi superiore alle previsioni, come risulta dai rapportini di servizio vistati dal tecnico comunale;",
      "Ritenuto necessario integrare l'impegno di spesa per l'importo di euro 14.500,00 oltre IVA 22%, pari a complessivi euro 17.690,00, entro il limite di cui all'art. 120, comma 9, del D.Lgs. 36/2023;",
      "Visti il D.Lgs. 267/2000, in particolare gli artt. 107, 147-bis e 183, e il vigente Regolamento di contabilità;"};
    for (String s : prem) d.add(new Paragraph(s).setTextAlignment(TextAlignment.JUSTIFIED).setMarginBottom(3));
    d.add(new Paragraph("DETERMINA").setFont(B).setTextAlignment(TextAlignment.CENTER).setCharacterSpacing(2).setMarginTop(6));
    String[] pts = {
      "di integrare l'affidamento del servizio di sgombero neve e trattamento antighiaccio alla ditta Movimento Terra Val Sangone S.r.l. per l'importo di euro 14.500,00 oltre IVA;",
      "di impegnare la spesa complessiva di euro 17.690,00 alla Missione 10, Programma 05, capitolo 2340 \"Servizio sgombero neve\" del bilancio 2026;",
      "di dare atto che il CIG resta invariato e che la ditta ha presentato la dichiarazione di tracciabilità dei flussi finanziari;",
      "di accertare, ai sensi dell'art. 147-bis del D.Lgs. 267/2000, la regolarità tecnica del presente provvedimento;",
      "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione Amministrazione Trasparente."};
    com.itextpdf.layout.element.List l = new com.itextpdf.layout.element.List(ListNumberingType.DECIMAL);
    l.setPostSymbolText("."); l.setSymbolIndent(12);
    for (String s : pts) l.add((ListItem) new ListItem().add(new Paragraph(s).setTextAlignment(TextAlignment.JUSTIFIED).setMarginBottom(2)));
    d.add(l);
    d.add(new Paragraph("Giaveno, 12/03/2026").setMarginTop(14));
    d.add(new Paragraph("IL RESPONSABILE DELL'AREA TECNICA\nIng. Marco Rolando\n(firmato digitalmente)").setTextAlignment(TextAlignment.RIGHT).setMarginRight(20));
    d.add(new Paragraph("VISTO DI REGOLARITÀ CONTABILE").setFont(B).setFontSize(9).setMarginTop(20).setBorderTop(new SolidBorder(0.5f)));
    d.add(new Paragraph("Si attesta la copertura finanziaria ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 452/2026.\nLa Responsabile dell'Area Finanziaria - Dott.ssa Laura Giai - 12/03/2026").setFont(I).setFontSize(9));
    d.close();
  }
}
