// ASP "Daniele Moro" (Codroipo, UD, Friuli Venezia Giulia): avviso pubblico di mobilità esterna, unnumbered,
// protocol 1482 of 11/05/2026. OpenPDF 1.3.30: letterhead and foot written by a page event on every page,
// body in Paragraphs, the articles in a two-column table without borders.
// Run: java -cp openpdf-1.3.30.jar D09DanieleMoro.java OUT.pdf
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

public class D09DanieleMoro {
    static final Color BLUE = new Color(0x24, 0x4a, 0x8a);
    static Font f(int style, float size) { return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, false, size, style, Color.BLACK); }
    static Font fc(int style, float size, Color c) { return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, false, size, style, c); }

    public static void main(String[] a) throws Exception {
        Document doc = new Document(PageSize.A4, 62, 56, 118, 64);
        PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(a[0]));
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document d) {
                PdfContentByte cb = wr.getDirectContent();
                float top = d.getPageSize().getHeight();
                cb.setColorFill(BLUE); cb.circle(84, top - 68, 20); cb.fill();
                ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("DM", fc(Font.BOLD, 13, Color.WHITE)), 84, top - 72, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Azienda Pubblica di Servizi alla Persona \u201cDaniele Moro\u201d", fc(Font.BOLD, 14, BLUE)), 114, top - 62, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Codroipo (UD)  \u2013  Casa per anziani e servizi semiresidenziali", f(Font.NORMAL, 8.5f)), 114, top - 75, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Area Amministrativa \u2013 Ufficio Personale", fc(Font.ITALIC, 9, BLUE)), 114, top - 88, 0);
                cb.setColorStroke(BLUE); cb.setLineWidth(0.8f); cb.moveTo(62, top - 98); cb.lineTo(d.getPageSize().getWidth() - 56, top - 98); cb.stroke();
                cb.setLineWidth(0.3f); cb.moveTo(62, 46); cb.lineTo(d.getPageSize().getWidth() - 56, 46); cb.stroke();
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Ente pubblico della Regione Autonoma Friuli Venezia Giulia (L.R. n. 19/2003)", f(Font.NORMAL, 7)), 62, 36, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Pagina " + wr.getPageNumber(), f(Font.NORMAL, 7)), d.getPageSize().getWidth() - 56, 36, 0);
            }
        });
        doc.addTitle("Avviso mobilita OSS 2026"); doc.addCreator("Ufficio Personale"); doc.addAuthor("ASP Daniele Moro");
        doc.open();
        PdfPTable prot = new PdfPTable(2); prot.setWidthPercentage(100);
        PdfPCell c1 = new PdfPCell(new Phrase("Prot. n. 1482 / Pers.", f(Font.NORMAL, 9.5f))); c1.setBorder(0);
        PdfPCell c2 = new PdfPCell(new Phrase("Codroipo, 11/05/2026", f(Font.NORMAL, 9.5f))); c2.setBorder(0); c2.setHorizontalAlignment(Element.ALIGN_RIGHT);
        prot.addCell(c1); prot.addCell(c2); doc.add(prot);

        Paragraph h = new Paragraph("AVVISO PUBBLICO", f(Font.BOLD, 15)); h.setAlignment(Element.ALIGN_CENTER); h.setSpacingBefore(16); doc.add(h);
        Paragraph t = new Paragraph("MOBILIT\u00c0 ESTERNA VOLONTARIA PER LA COPERTURA DI N. 2 POSTI DI OPERATORE SOCIO SANITARIO, CATEGORIA B, A TEMPO PIENO E INDETERMINATO",
                f(Font.BOLD, 11)); t.setAlignment(Element.ALIGN_CENTER); t.setSpacingBefore(4); t.setSpacingAfter(12); doc.add(t);
        Paragraph d0 = new Paragraph("IL DIRETTORE", f(Font.BOLD, 10.5f)); d0.setAlignment(Element.ALIGN_CENTER); d0.setSpacingAfter(6); doc.add(d0);
        Paragraph p = new Paragraph("in esecuzione della propria determinazione n. 96 del 07/05/2026, visto l'art. 30 del D.Lgs. 30 marzo 2001, n. 165, e l'art. 23 della L.R. 9 dicembre 2016, n. 18, in materia di mobilit\u00e0 nel Comparto unico del pubblico impiego regionale e locale del Friuli Venezia Giulia,", f(Font.NORMAL, 10));
        p.setAlignment(Element.ALIGN_JUSTIFIED); p.setLeading(14); doc.add(p);
        Paragraph rn = new Paragraph("RENDE NOTO", f(Font.BOLD, 10.5f)); rn.setAlignment(Element.ALIGN_CENTER); rn.setSpacingBefore(8); rn.setSpacingAfter(6); doc.add(rn);
        Paragraph p2 = new Paragraph("che \u00e8 indetta una procedura di mobilit\u00e0 esterna volontaria, per titoli e colloquio, per la copertura di n. 2 posti di Operatore Socio Sanitario, categoria B, posizione economica di accesso B1, a tempo pieno e indeterminato, da assegnare ai nuclei residenziali della Casa per anziani.", f(Font.NORMAL, 10));
        p2.setAlignment(Element.ALIGN_JUSTIFIED); p2.setLeading(14); p2.setSpacingAfter(8); doc.add(p2);

        String[][] arts = {
            {"Art. 1\nRequisiti", "Possono partecipare i dipendenti a tempo indeterminato di pubbliche amministrazioni inquadrati nella categoria B con il profilo di Operatore Socio Sanitario o equivalente, in possesso dell'attestato di qualifica di O.S.S. e del nulla osta preventivo dell'amministrazione di appartenenza."},
            {"Art. 2\nDomanda", "La domanda, redatta sul modello allegato e sottoscritta, deve pervenire entro le ore 12:00 del giorno 10/06/2026 mediante PEC, raccomandata con avviso di ricevimento o consegna a mano all'Ufficio Protocollo dell'Azienda."},
            {"Art. 3\nValutazione", "La commissione dispone di 30 punti: 10 per i titoli di servizio e di formazione, 20 per il colloquio, che verter\u00e0 sulle tecniche di assistenza alla persona anziana non autosufficiente e sull'organizzazione dei servizi residenziali."},
            {"Art. 4\nColloquio", "Il calendario del colloquio \u00e8 pubblicato sul sito istituzionale dell'Azienda almeno dieci giorni prima; la pubblicazione ha valore di notifica a tutti gli effetti."},
            {"Art. 5\nInformazioni", "Responsabile del procedimento \u00e8 la sig.ra Michela Zanin, Ufficio Personale, dal luned\u00ec al venerd\u00ec dalle 9:00 alle 12:00."},
        };
        PdfPTable at = new PdfPTable(new float[]{1.1f, 5f}); at.setWidthPercentage(100);
        for (String[] r : arts) {
            PdfPCell l = new PdfPCell(new Phrase(r[0], f(Font.BOLD, 9.5f))); l.setBorder(0); l.setPaddingBottom(8);
            PdfPCell rr = new PdfPCell(new Phrase(r[1], f(Font.NORMAL, 10))); rr.setBorder(0); rr.setPaddingBottom(8);
            rr.setHorizontalAlignment(Element.ALIGN_JUSTIFIED); rr.setLeading(0, 1.35f);
            at.addCell(l); at.addCell(rr);
        }
        doc.add(at);
        Paragraph p3 = new Paragraph("Il presente avviso \u00e8 pubblicato all'Albo on line dell'Azienda e sul sito istituzionale, sezione Amministrazione Trasparente \u2013 Bandi di concorso, per trenta giorni consecutivi.", f(Font.NORMAL, 10));
        p3.setAlignment(Element.ALIGN_JUSTIFIED); p3.setSpacingBefore(6); doc.add(p3);
        Paragraph s = new Paragraph("IL DIRETTORE\ndott.ssa Francesca Tosoni\n(documento firmato digitalmente)", f(Font.NORMAL, 10));
        s.setAlignment(Element.ALIGN_RIGHT); s.setSpacingBefore(24); s.setIndentationRight(20); doc.add(s);
        doc.close();
    }
}
