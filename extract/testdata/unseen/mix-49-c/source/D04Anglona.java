// Determinazione, Unione dei Comuni dell'Anglona e della Bassa Valle del Coghinas
// iText 7 (layout), imitating a DynamicReports-style label grid
import com.itextpdf.kernel.pdf.*;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.font.*;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.*;
import com.itextpdf.kernel.events.*;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.*;
import com.itextpdf.layout.element.*;
import com.itextpdf.layout.borders.*;
import com.itextpdf.layout.properties.*;

public class D04Anglona {
  static PdfFont R, B, I;
  public static void main(String[] a) throws Exception {
    String F = "/usr/share/fonts/truetype/liberation/";
    PdfWriter w = new PdfWriter(a[0]);
    PdfDocument pdf = new PdfDocument(w);
    pdf.getDocumentInfo().setTitle("Determinazione n. 112/2026").setAuthor("Unione dei Comuni dell'Anglona e della Bassa Valle del Coghinas");
    R = PdfFontFactory.createFont(F+"LiberationSerif-Regular.ttf", PdfEncodings.IDENTITY_H);
    B = PdfFontFactory.createFont(F+"LiberationSerif-Bold.ttf", PdfEncodings.IDENTITY_H);
    I = PdfFontFactory.createFont(F+"LiberationSerif-Italic.ttf", PdfEncodings.IDENTITY_H);
    PdfFont S = PdfFontFactory.createFont(F+"LiberationSans-Regular.ttf", PdfEncodings.IDENTITY_H);
    pdf.addEventHandler(PdfDocumentEvent.END_PAGE, ev -> {
      PdfDocumentEvent de = (PdfDocumentEvent) ev;
      PdfCanvas c = new PdfCanvas(de.getPage());
      int n = pdf.getPageNumber(de.getPage());
      c.beginText().setFontAndSize(S, 7.5f).moveText(50, 28)
       .showText("Unione dei Comuni dell'Anglona e della Bassa Valle del Coghinas - Determinazione Reg. Gen. n. 112 del 05/03/2026 - pag. " + n).endText();
      c.setStrokeColor(ColorConstants.GRAY).moveTo(50, 38).lineTo(545, 38).stroke();
    });
    Document d = new Document(pdf, PageSize.A4);
    d.setMargins(40, 50, 55, 50);
    d.setFont(R).setFontSize(11);

    Table head = new Table(UnitValue.createPercentArray(new float[]{18, 82})).useAllAvailableWidth();
    Cell crest = new Cell().add(new Paragraph("[logo Unione]").setFont(S).setFontSize(7).setTextAlignment(TextAlignment.CENTER))
        .setHeight(60).setVerticalAlignment(VerticalAlignment.MIDDLE).setBorder(new SolidBorder(ColorConstants.GRAY, 0.5f));
    head.addCell(crest);
    Cell ht = new Cell().setBorder(Border.NO_BORDER).setPaddingLeft(10);
    ht.add(new Paragraph("UNIONE DEI COMUNI DELL'ANGLONA E DELLA BASSA VALLE DEL COGHINAS").setFont(B).setFontSize(13).setMarginBottom(1));
    ht.add(new Paragraph("Bulzi - Chiaramonti - Erula - Laerru - Martis - Nulvi - Perfugas - Santa Maria Coghinas - Sedini - Tergu - Valledoria - Viddalba").setFont(S).setFontSize(7.5f).setMarginBottom(1));
    ht.add(new Paragraph("Provincia di Sassari - Sede legale: Via Giovanni XXIII - 07034 Perfugas (SS)").setFont(S).setFontSize(8));
    head.addCell(ht);
    d.add(head);
    d.add(new Paragraph("SETTORE TECNICO").setFont(B).setFontSize(12).setTextAlignment(TextAlignment.CENTER).setMarginTop(12).setMarginBottom(0));
    d.add(new Paragraph("Servizio Igiene Urbana e Ambiente").setFont(I).setTextAlignment(TextAlignment.CENTER).setMarginTop(0));

    Table g = new Table(UnitValue.createPercentArray(new float[]{30, 20, 30, 20})).useAllAvailableWidth().setMarginTop(6);
    String[][] cells = {{"DETERMINAZIONE", "", "", ""},
        {"Registro Generale n.", "112", "del", "05/03/2026"},
        {"Registro di Settore n.", "27", "del", "04/03/2026"}};
    g.addCell(new Cell(1,4).add(new Paragraph("DETERMINAZIONE DEL RESPONSABILE DEL SETTORE").setFont(B)).setBackgroundColor(new DeviceRgb(230,230,230)).setTextAlignment(TextAlignment.CENTER));
    for (int r = 1; r < 3; r++) for (int k = 0; k < 4; k++) {
      Paragraph p = new Paragraph(cells[r][k]).setFont(k%2==1 ? B : R).setFontSize(10.5f);
      g.addCell(new Cell().add(p).setTextAlignment(k%2==1 ? TextAlignment.CENTER : TextAlignment.LEFT));
    }
    d.add(g);
    Table o = new Table(UnitValue.createPercentArray(new float[]{15, 85})).useAllAvailableWidth().setMarginTop(10);
    o.addCell(new Cell().add(new Paragraph("Oggetto:").setFont(B)).setBorder(Border.NO_BORDER));
    o.addCell(new Cell().add(new Paragraph("Servizio associato di raccolta e trasporto dei rifiuti urbani – Liquidazione canone mese di gennaio 2026 alla ditta Ecoservizi Anglona S.r.l. – CIG B1A2C3D4E5.").setFont(B)).setBorder(Border.NO_BORDER));
    d.add(o);
    d.add(new Paragraph("IL RESPONSABILE DEL SETTORE").setFont(B).setTextAlignment(TextAlignment.CENTER).setMarginTop(8));
    String[] prem = {
      "VISTO il decreto del Presidente dell'Unione n. 3 del 15/01/2026, con il quale è stato attribuito al sottoscritto l'incarico di Responsabile del Settore Tecnico;",
      "RICHIAMATA la deliberazione dell'Assemblea dell'Unione n. 4 del 12/02/2026, di approvazione del bilancio di previsione 2026/2028;",
      "RICHIAMATO il contratto rep. n. 18 del 22/06/2023, con il quale è stato affidato alla ditta Ecoservizi Anglona S.r.l., con sede in Valledoria, il servizio associato di raccolta e trasporto dei rifiuti urbani nei Comuni aderenti, per la durata di anni sette;",
      "VISTA la fattura elettronica n. 14/PA del 03/02/2026, acquisita al prot. n. 611 del 04/02/2026, dell'importo di € 96.140,00 oltre IVA al 10% per € 9.614,00, per complessivi € 105.754,00;",
      "ACCERTATA la regolare esecuzione del servizio, come da attestazione del direttore dell'esecuzione del contratto in data 02/03/2026;",
      "ACQUISITO il DURC on line prot. INAIL_51876412, regolare, con scadenza al 18/06/2026;",
      "VISTI il D.Lgs. n. 267/2000, il D.Lgs. n. 36/2023 e il vigente Regolamento di contabilità dell'Unione;"};
    for (String p : prem) d.add(new Paragraph(p).setTextAlignment(TextAlignment.JUSTIFIED).setMarginBottom(4));
    d.add(new Paragraph("D E T E R M I N A").setFont(B).setTextAlignment(TextAlignment.CENTER).setMarginTop(6));
    String[] pts = {
      "di liquidare alla ditta Ecoservizi Anglona S.r.l. la somma di € 96.140,00 a titolo di imponibile della fattura n. 14/PA del 03/02/2026, relativa al canone del mese di gennaio 2026;",
      "di versare all'Erario la somma di € 9.614,00 a titolo di IVA, secondo il meccanismo della scissione dei pagamenti di cui all'art. 17-ter del D.P.R. n. 633/1972;",
      "di imputare la spesa complessiva di € 105.754,00 sul capitolo 9503.1 del bilancio 2026/2028, esercizio 2026, impegno n. 31/2026;",
      "di trasmettere il presente atto al Servizio Finanziario per l'emissione dei mandati di pagamento."};
    com.itextpdf.layout.element.List l = new com.itextpdf.layout.element.List(ListNumberingType.DECIMAL); l.setPostSymbolText(")"); l.setSymbolIndent(14);
    for (String p : pts) l.add((ListItem) new ListItem(p).setTextAlignment(TextAlignment.JUSTIFIED).setMarginBottom(4));
    d.add(l);
    d.add(new Paragraph("Perfugas, 05/03/2026").setMarginTop(12));
    d.add(new Paragraph("Il Responsabile del Settore\nIng. Paolo Sanna\n(firmato digitalmente)").setTextAlignment(TextAlignment.RIGHT).setMarginRight(30));
    Table v = new Table(1).useAllAvailableWidth().setMarginTop(14);
    v.addCell(new Cell().add(new Paragraph("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA").setFont(B).setFontSize(9.5f))
       .add(new Paragraph("Si attesta la regolarità contabile e la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000. Impegno n. 31/2026 - Cap. 9503.1.\nPerfugas, 05/03/2026   Il Responsabile del Servizio Finanziario - Dott.ssa Giovanna Fadda").setFontSize(9.5f)));
    d.add(v);
    d.add(new Paragraph("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.").setFont(I).setFontSize(8).setTextAlignment(TextAlignment.CENTER).setMarginTop(8));
    d.close();
  }
}
