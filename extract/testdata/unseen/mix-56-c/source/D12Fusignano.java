// Unnumbered notice, Comune di Fusignano - PDFBox 3 + vandeseer easytable (whole page laid out as tables)
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.*;
import org.vandeseer.easytable.TableDrawer;
import org.vandeseer.easytable.structure.*;
import org.vandeseer.easytable.structure.cell.TextCell;
import org.vandeseer.easytable.settings.HorizontalAlignment;
import java.awt.Color;
import java.io.File;

public class D12Fusignano {
  public static void main(String[] a) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      String F = "/usr/share/fonts/truetype/liberation/";
      PDFont reg = PDType0Font.load(doc, new File(F + "LiberationSans-Regular.ttf"));
      PDFont bold = PDType0Font.load(doc, new File(F + "LiberationSans-Bold.ttf"));
      PDFont ital = PDType0Font.load(doc, new File(F + "LiberationSans-Italic.ttf"));
      doc.getDocumentInformation().setTitle("Avviso orari uffici - festività pasquali 2026");
      doc.getDocumentInformation().setAuthor("Comune di Fusignano - Servizio Segreteria");
      PDPage page = new PDPage(PDRectangle.A4); doc.addPage(page);
      float W = 495f;
      Table head = Table.builder().addColumnsOfWidth(W).font(reg).fontSize(10).padding(2)
        .addRow(Row.builder().add(TextCell.builder().text("COMUNE DI FUSIGNANO").font(bold).fontSize(18).horizontalAlignment(HorizontalAlignment.CENTER).textColor(new Color(0, 70, 130)).build()).build())
        .addRow(Row.builder().add(TextCell.builder().text("Provincia di Ravenna").font(ital).horizontalAlignment(HorizontalAlignment.CENTER).build()).build())
        .addRow(Row.builder().add(TextCell.builder().text("Corso Emaldi, 115 – 48034 Fusignano (RA) – www.comune.fusignano.ra.it").fontSize(8).horizontalAlignment(HorizontalAlignment.CENTER).borderWidthBottom(1f).paddingBottom(6).build()).build())
        .addRow(Row.builder().add(TextCell.builder().text("Fusignano, 16 marzo 2026").horizontalAlignment(HorizontalAlignment.RIGHT).paddingTop(14).build()).build())
        .addRow(Row.builder().add(TextCell.builder().text("AVVISO").font(bold).fontSize(22).horizontalAlignment(HorizontalAlignment.CENTER).paddingTop(16).build()).build())
        .addRow(Row.builder().add(TextCell.builder().text("APERTURA AL PUBBLICO DEGLI UFFICI COMUNALI IN OCCASIONE DELLE FESTIVITÀ PASQUALI 2026").font(bold).fontSize(13).horizontalAlignment(HorizontalAlignment.CENTER).paddingBottom(14).build()).build())
        .addRow(Row.builder().add(TextCell.builder().text("Si informa la cittadinanza che, in occasione delle festività pasquali, gli uffici comunali osserveranno i seguenti orari di apertura al pubblico:").fontSize(11).horizontalAlignment(HorizontalAlignment.JUSTIFY).paddingBottom(10).build()).build())
        .build();
      String[][] rows = {
        {"Ufficio", "Giovedì 2 aprile", "Venerdì 3 aprile", "Sabato 4 aprile", "Martedì 7 aprile"},
        {"Servizi Demografici", "8:30 – 12:30", "8:30 – 12:30", "chiuso", "8:30 – 13:00"},
        {"Protocollo e URP", "8:30 – 12:30", "8:30 – 12:30", "9:00 – 12:00", "8:30 – 13:00"},
        {"Ufficio Tecnico", "9:00 – 12:00", "chiuso", "chiuso", "9:00 – 12:00"},
        {"Servizi Sociali", "9:00 – 12:00", "9:00 – 12:00", "chiuso", "9:00 – 12:00"},
        {"Biblioteca comunale", "15:00 – 18:30", "chiuso", "9:00 – 12:30", "15:00 – 18:30"}};
      Table.TableBuilder tb = Table.builder().addColumnsOfWidth(135f, 90f, 90f, 90f, 90f).font(reg).fontSize(10).borderWidth(0.6f).padding(5);
      for (int i = 0; i < rows.length; i++) {
        Row.RowBuilder rb = Row.builder(); if (i == 0) rb.font(bold).backgroundColor(new Color(220, 230, 241));
        for (int j = 0; j < 5; j++) rb.add(TextCell.builder().text(rows[i][j]).horizontalAlignment(j == 0 ? HorizontalAlignment.LEFT : HorizontalAlignment.CENTER).build());
        tb.addRow(rb.build());
      }
      Table grid = tb.build();
      Table tail = Table.builder().addColumnsOfWidth(W).font(reg).fontSize(11).padding(3)
        .addRow(Row.builder().add(TextCell.builder().text("Nelle giornate di lunedì 6 aprile (Lunedì dell'Angelo) e sabato 25 aprile (Festa della Liberazione) tutti gli uffici resteranno chiusi. Per le denunce di morte è attivo il servizio di reperibilità dello Stato Civile al numero 0545 955611.").horizontalAlignment(HorizontalAlignment.JUSTIFY).paddingTop(12).build()).build())
        .addRow(Row.builder().add(TextCell.builder().text("Si ringrazia per la collaborazione.").paddingTop(6).build()).build())
        .addRow(Row.builder().add(TextCell.builder().text("IL SEGRETARIO COMUNALE").horizontalAlignment(HorizontalAlignment.RIGHT).paddingTop(24).build()).build())
        .addRow(Row.builder().add(TextCell.builder().text("Dott. Marco Mordenti").font(bold).horizontalAlignment(HorizontalAlignment.RIGHT).build()).build())
        .build();
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        float y = 790f;
        TableDrawer.builder().contentStream(cs).startX(50f).startY(y).table(head).build().draw(); y -= head.getHeight();
        TableDrawer.builder().contentStream(cs).startX(50f).startY(y).table(grid).build().draw(); y -= grid.getHeight();
        TableDrawer.builder().contentStream(cs).startX(50f).startY(y).table(tail).build().draw();
        cs.beginText(); cs.setFont(ital, 7.5f); cs.newLineAtOffset(50f, 40f);
        cs.showText("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 – pubblicato all'Albo Pretorio on line"); cs.endText();
      }
      doc.save(new File(a[0]));
    }
  }
}
