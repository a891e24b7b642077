// Determinazione of the Comune di Pasian di Prato (UD), laid out like a
// Finmatica/Vesta atti print: running head with number and date, Area and
// Servizio heading, subject as a title block (no "Oggetto" label), table of
// accounting movements, signature footer. OpenPDF 1.3.x (iText 4 fork).
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
import java.awt.Color;

public class Determina {
    static Font f(int style, float size) { return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, false, size, style); }
    static Font NORMAL = f(Font.NORMAL, 9.5f), BOLD = f(Font.BOLD, 9.5f), SMALL = f(Font.NORMAL, 7.5f), SMALLB = f(Font.BOLD, 8f);

    static class Events extends PdfPageEventHelper {
        PdfTemplate total; BaseFont bf;
        public void onOpenDocument(PdfWriter w, Document d) {
            total = w.getDirectContent().createTemplate(30, 12);
            try { bf = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, false); } catch (Exception e) { throw new RuntimeException(e); }
        }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            cb.beginText(); cb.setFontAndSize(bf, 7.5f);
            cb.showTextAligned(Element.ALIGN_LEFT, "Comune di Pasian di Prato - Determinazione n. 143 del 11/03/2026", 50, 810, 0);
            cb.showTextAligned(Element.ALIGN_RIGHT, "Area Tecnica e Tecnico-Manutentiva", 545, 810, 0);
            cb.endText();
            cb.setLineWidth(0.4f); cb.moveTo(50, 805); cb.lineTo(545, 805); cb.stroke();
            cb.moveTo(50, 42); cb.lineTo(545, 42); cb.stroke();
            String s = "Pagina " + w.getPageNumber() + " di ";
            cb.beginText(); cb.setFontAndSize(bf, 7.5f);
            cb.showTextAligned(Element.ALIGN_LEFT, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.", 50, 32, 0);
            float x = 545 - bf.getWidthPoint(s + "9", 7.5f);
            cb.showTextAligned(Element.ALIGN_LEFT, s, x, 32, 0);
            cb.endText();
            cb.addTemplate(total, x + bf.getWidthPoint(s, 7.5f), 32);
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText(); total.setFontAndSize(bf, 7.5f);
            total.showText(String.valueOf(w.getPageNumber() - 1)); total.endText();
        }
    }

    static Paragraph p(String t, Font fo, int align, float after) {
        Paragraph x = new Paragraph(t, fo); x.setAlignment(align); x.setSpacingAfter(after); x.setLeading(12.5f); return x;
    }
    static PdfPCell cell(String t, Font fo, Color bg, int align) {
        PdfPCell c = new PdfPCell(new Phrase(t, fo)); c.setPadding(4); c.setHorizontalAlignment(align);
        if (bg != null) c.setBackgroundColor(bg); return c;
    }

    public static void main(String[] a) throws Exception {
        Document d = new Document(PageSize.A4, 50, 50, 55, 60);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Events());
        d.addTitle("Determinazione n. 143 del 11/03/2026"); d.addAuthor("Comune di Pasian di Prato"); d.addCreator("Vesta - Atti amministrativi");
        d.open();
        PdfPTable lh = new PdfPTable(new float[]{1f, 6f}); lh.setWidthPercentage(100);
        PdfPCell crest = new PdfPCell(new Phrase("stemma", SMALL)); crest.setFixedHeight(48); crest.setHorizontalAlignment(Element.ALIGN_CENTER); crest.setVerticalAlignment(Element.ALIGN_MIDDLE);
        lh.addCell(crest);
        PdfPCell t = new PdfPCell(); t.setBorder(Rectangle.NO_BORDER); t.setPaddingLeft(10);
        t.addElement(new Paragraph("COMUNE DI PASIAN DI PRATO", f(Font.BOLD, 16)));
        t.addElement(new Paragraph("Regione Autonoma Friuli Venezia Giulia", f(Font.ITALIC, 9)));
        t.addElement(new Paragraph("Via Roma, 46 - 33037 Pasian di Prato (UD) - C.F. 80008550302", f(Font.NORMAL, 8)));
        lh.addCell(t);
        d.add(lh);
        d.add(p(" ", NORMAL, Element.ALIGN_LEFT, 4));
        PdfPTable hd = new PdfPTable(1); hd.setWidthPercentage(100);
        Color g = new Color(225, 231, 238);
        PdfPCell h1 = cell("AREA TECNICA E TECNICO-MANUTENTIVA", f(Font.BOLD, 11), g, Element.ALIGN_CENTER); hd.addCell(h1);
        hd.addCell(cell("Servizio Manutenzioni e Patrimonio", f(Font.NORMAL, 9.5f), null, Element.ALIGN_CENTER));
        d.add(hd);
        d.add(p(" ", NORMAL, Element.ALIGN_LEFT, 2));
        d.add(p("DETERMINAZIONE N. 143 DEL 11/03/2026", f(Font.BOLD, 12.5f), Element.ALIGN_CENTER, 2));
        d.add(p("Proposta n. 171 del 05/03/2026", f(Font.NORMAL, 8.5f), Element.ALIGN_CENTER, 10));
        PdfPTable st = new PdfPTable(1); st.setWidthPercentage(100);
        PdfPCell sc = new PdfPCell(new Phrase("LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA PALESTRA COMUNALE DI VIA SANT'ANTONIO. "
            + "APPROVAZIONE CERTIFICATO DI REGOLARE ESECUZIONE E LIQUIDAZIONE SALDO. CUP D37B24000310006 – CIG B3F4D87A21.", f(Font.BOLD, 10.5f)));
        sc.setPadding(7); sc.setBorderWidth(1.2f); sc.setHorizontalAlignment(Element.ALIGN_JUSTIFIED);
        st.addCell(sc); d.add(st);
        d.add(p(" ", NORMAL, Element.ALIGN_LEFT, 2));
        d.add(p("IL TITOLARE DI INCARICO DI ELEVATA QUALIFICAZIONE", BOLD, Element.ALIGN_CENTER, 8));
        String[] prem = {
            "Richiamato il decreto del Sindaco n. 2 del 08/01/2026 di conferimento dell'incarico di Elevata Qualificazione dell'Area Tecnica e Tecnico-Manutentiva;",
            "Richiamata la propria determinazione n. 512 del 14/10/2025 con la quale i lavori di manutenzione straordinaria della copertura della palestra comunale di Via Sant'Antonio sono stati affidati all'impresa Coperture Friulane S.r.l. di Martignacco (UD) per l'importo di € 61.840,00 oltre IVA, compresi oneri per la sicurezza;",
            "Visto il certificato di regolare esecuzione emesso dal Direttore dei Lavori, geom. Daniele Zanin, in data 27/02/2026, dal quale risulta un credito residuo dell'impresa di € 11.309,60 oltre IVA al 10%;",
            "Vista la fattura elettronica n. 14/PA del 03/03/2026 dell'importo di € 12.440,56 IVA compresa;",
            "Accertata la regolarità contributiva dell'impresa (DURC prot. INPS_49310225, valido fino al 22/06/2026);",
            "Visti il D.Lgs. 31 marzo 2023, n. 36, la L.R. 31 maggio 2002, n. 14 e il D.Lgs. 18 agosto 2000, n. 267;",
        };
        for (String s : prem) d.add(p(s, NORMAL, Element.ALIGN_JUSTIFIED, 5));
        d.add(p("DETERMINA", BOLD, Element.ALIGN_CENTER, 6));
        String[] pts = {
            "di approvare il certificato di regolare esecuzione dei lavori in oggetto emesso in data 27/02/2026 dal Direttore dei Lavori;",
            "di liquidare all'impresa Coperture Friulane S.r.l. la somma di € 12.440,56 (di cui € 1.130,96 per IVA in regime di split payment) a saldo dei lavori, come da prospetto contabile sotto riportato;",
            "di svincolare la garanzia definitiva prestata dall'impresa mediante polizza fideiussoria n. 2025/50/2217934;",
            "di dare atto che il presente provvedimento è soggetto agli obblighi di pubblicazione di cui al D.Lgs. 33/2013.",
        };
        List l = new List(List.ORDERED, 16); 
        for (String s : pts) { ListItem li = new ListItem(12.5f, s, NORMAL); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setSpacingAfter(4); l.add(li); }
        d.add(l);
        d.add(p(" ", NORMAL, Element.ALIGN_LEFT, 4));
        d.add(p("MOVIMENTI CONTABILI", SMALLB, Element.ALIGN_LEFT, 3));
        PdfPTable mv = new PdfPTable(new float[]{1.3f, 1f, 1.2f, 3.2f, 1.6f}); mv.setWidthPercentage(100);
        String[] hh = {"Tipo", "Anno", "Numero", "Capitolo / Descrizione", "Importo €"};
        for (String s : hh) mv.addCell(cell(s, SMALLB, g, Element.ALIGN_CENTER));
        String[][] rows = {{"Liquidazione", "2026", "388", "2760/3 - Manutenzione straordinaria impianti sportivi", "12.440,56"}};
        for (String[] r : rows) for (int i = 0; i < r.length; i++) mv.addCell(cell(r[i], SMALL, null, i == 4 ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT));
        d.add(mv);
        d.add(p(" ", NORMAL, Element.ALIGN_LEFT, 10));
        PdfPTable sg = new PdfPTable(new float[]{1f, 1f}); sg.setWidthPercentage(100);
        PdfPCell e = new PdfPCell(new Phrase("Pasian di Prato, 11/03/2026", NORMAL)); e.setBorder(Rectangle.NO_BORDER); sg.addCell(e);
        PdfPCell s2 = new PdfPCell(); s2.setBorder(Rectangle.NO_BORDER);
        Paragraph a1 = p("IL TITOLARE DI INCARICO DI E.Q.", BOLD, Element.ALIGN_CENTER, 0); s2.addElement(a1);
        s2.addElement(p("arch. Federica Tosolini", NORMAL, Element.ALIGN_CENTER, 0));
        sg.addCell(s2); d.add(sg);
        d.add(p(" ", NORMAL, Element.ALIGN_LEFT, 14));
        PdfPTable vb = new PdfPTable(1); vb.setWidthPercentage(100); vb.setKeepTogether(true);
        vb.addCell(cell("VISTO DI REGOLARITÀ CONTABILE", SMALLB, g, Element.ALIGN_CENTER));
        vb.addCell(cell("Si attesta la regolarità contabile del presente provvedimento ai sensi dell'art. 184, comma 4, del D.Lgs. 267/2000 e la registrazione della liquidazione n. 388/2026 sul capitolo 2760/3.\nPasian di Prato, 11/03/2026 - Il Titolare di incarico di E.Q. dell'Area Economico-Finanziaria - dott.ssa Marina Cecotti", SMALL, null, Element.ALIGN_LEFT));
        vb.addCell(cell("PUBBLICAZIONE", SMALLB, g, Element.ALIGN_CENTER));
        vb.addCell(cell("Il presente atto viene pubblicato all'Albo pretorio on line dal 12/03/2026 al 27/03/2026 (registro pubblicazioni n. 301/2026).\nL'impiegato responsabile - Sabrina Del Frate", SMALL, null, Element.ALIGN_LEFT));
        d.add(vb);
        d.close();
    }
}
