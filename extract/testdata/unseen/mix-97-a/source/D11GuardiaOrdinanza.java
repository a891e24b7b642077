// Guardia Perticara, ordinanza 6/2026: OpenPDF (Java), number and date in the letterhead table's right cell,
// body in Helvetica, running foot with page event
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
public class D11GuardiaOrdinanza {
  public static void main(String[] a) throws Exception {
    Document d = new Document(PageSize.A4, 60, 60, 50, 60);
    PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
    w.setPageEvent(new PdfPageEventHelper() { public void onEndPage(PdfWriter w, Document d) {
      ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_CENTER, new Phrase("APKAPPA Hypersic - Ordinanze - Comune di Guardia Perticara - pagina " + w.getPageNumber(), FontFactory.getFont(FontFactory.HELVETICA, 7)), 297, 30, 0); }});
    d.addCreator("APKAPPA Hypersic"); d.addTitle("Ordinanza n. 6 del 24-03-2026");
    d.open();
    Font b14 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14), b11 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11), n = FontFactory.getFont(FontFactory.HELVETICA, 10.5f), b = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10.5f);
    PdfPTable t = new PdfPTable(new float[]{65, 35}); t.setWidthPercentage(100);
    PdfPCell c1 = new PdfPCell(); c1.setBorder(Rectangle.BOTTOM);
    c1.addElement(new Paragraph("COMUNE DI GUARDIA PERTICARA", b14)); c1.addElement(new Paragraph("Provincia di Potenza - Ufficio del Sindaco", n));
    PdfPCell c2 = new PdfPCell(); c2.setBorder(Rectangle.BOX); c2.setHorizontalAlignment(Element.ALIGN_CENTER);
    Paragraph q = new Paragraph("ORDINANZA\nN. 6 DEL 24-03-2026", b11); q.setAlignment(Element.ALIGN_CENTER); c2.addElement(q);
    t.addCell(c1); t.addCell(c2); d.add(t);
    Paragraph o = new Paragraph(); o.setSpacingBefore(14); o.add(new Chunk("OGGETTO: ", b)); o.add(new Chunk("Ordinanza contingibile e urgente di messa in sicurezza del fabbricato pericolante sito in via Roma n. 14 (Foglio 12, Particella 318).", b)); d.add(o);
    Paragraph s = new Paragraph("IL SINDACO", b11); s.setAlignment(Element.ALIGN_CENTER); s.setSpacingBefore(10); s.setSpacingAfter(6); d.add(s);
    String[] pre = {"VISTO il verbale di sopralluogo dell'Ufficio Tecnico comunale del 23-03-2026, dal quale risulta che il cornicione e parte della copertura del fabbricato sito in via Roma n. 14 presentano lesioni e distacchi di materiale sulla pubblica via;",
      "ACCERTATO che il fabbricato risulta di proprietà dei sigg. Egidio e Teresa Mastrangelo, residenti fuori Comune;",
      "RITENUTO che sussistono le condizioni di pericolo grave e imminente per la pubblica incolumità che richiedono l'adozione di un provvedimento contingibile e urgente;",
      "VISTI gli artt. 50 e 54 del D.Lgs. 267/2000;"};
    for (String p : pre) { Paragraph x = new Paragraph(p, n); x.setAlignment(Element.ALIGN_JUSTIFIED); x.setSpacingAfter(4); d.add(x); }
    Paragraph or = new Paragraph("O R D I N A", b11); or.setAlignment(Element.ALIGN_CENTER); or.setSpacingBefore(6); or.setSpacingAfter(6); d.add(or);
    Paragraph ai = new Paragraph("ai sigg. Egidio e Teresa Mastrangelo, in qualità di proprietari:", n); ai.setSpacingAfter(4); d.add(ai);
    List l = new List(List.ORDERED); l.setIndentationLeft(10);
    l.add(new ListItem("di provvedere entro 48 ore dalla notifica alla rimozione delle parti pericolanti del cornicione e della copertura;", n));
    l.add(new ListItem("di eseguire entro 30 giorni, a mezzo di tecnico abilitato, i lavori di messa in sicurezza definitiva del fabbricato;", n));
    l.add(new ListItem("di comunicare all'Ufficio Tecnico comunale l'avvenuta esecuzione dei lavori, con attestazione del tecnico incaricato.", n));
    d.add(l);
    Paragraph av = new Paragraph("In caso di inottemperanza si procederà d'ufficio con addebito delle spese ai proprietari. Avverso la presente è ammesso ricorso al T.A.R. Basilicata entro 60 giorni o ricorso straordinario al Presidente della Repubblica entro 120 giorni.", n);
    av.setSpacingBefore(8); av.setAlignment(Element.ALIGN_JUSTIFIED); d.add(av);
    Paragraph dt = new Paragraph("Dalla Residenza Municipale, 24-03-2026", n); dt.setSpacingBefore(14); d.add(dt);
    Paragraph f = new Paragraph("IL SINDACO\navv. Giuseppe Laurino", b); f.setAlignment(Element.ALIGN_RIGHT); f.setSpacingBefore(8); d.add(f);
    d.close();
  }
}
