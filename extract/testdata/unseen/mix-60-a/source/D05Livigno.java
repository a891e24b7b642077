// Comune di Livigno: ordinanza contingibile e urgente printed by an in-house Java app with OpenPDF 1.3.30:
// running head and "Pagina X di Y" foot written by a page event on every page; the last page is the
// digital-signature block alone, appended after the act.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
import java.awt.Color;

public class D05Livigno {
    static Font f(int style, float size) { return FontFactory.getFont(FontFactory.HELVETICA, size, style); }
    static Font t(int style, float size) { return FontFactory.getFont(FontFactory.TIMES_ROMAN, size, style); }

    static class Events extends PdfPageEventHelper {
        PdfTemplate total; BaseFont bf;
        public void onOpenDocument(PdfWriter w, Document d) {
            total = w.getDirectContent().createTemplate(30, 12);
            try { bf = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false); } catch (Exception e) { throw new RuntimeException(e); }
        }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            cb.saveState();
            cb.setColorStroke(new Color(0, 84, 147)); cb.setLineWidth(1.2f);
            cb.moveTo(56, 790); cb.lineTo(539, 790); cb.stroke();
            cb.beginText(); cb.setFontAndSize(bf, 13); cb.setColorFill(new Color(0, 84, 147));
            cb.showTextAligned(Element.ALIGN_LEFT, "COMUNE DI LIVIGNO", 56, 806, 0);
            cb.setFontAndSize(bf, 8); cb.setColorFill(Color.DARK_GRAY);
            cb.showTextAligned(Element.ALIGN_RIGHT, "Provincia di Sondrio - Area Vigilanza e Protezione Civile", 539, 806, 0);
            cb.endText();
            cb.setLineWidth(0.5f); cb.moveTo(56, 50); cb.lineTo(539, 50); cb.stroke();
            cb.beginText(); cb.setFontAndSize(bf, 7.5f); cb.setColorFill(Color.DARK_GRAY);
            cb.showTextAligned(Element.ALIGN_LEFT, "Plaza dal Comun 93 - 23041 Livigno (SO) - Ufficio Protocollo", 56, 38, 0);
            String s = "Pagina " + w.getPageNumber() + " di ";
            cb.showTextAligned(Element.ALIGN_RIGHT, s, 524, 38, 0);
            cb.endText();
            cb.addTemplate(total, 524, 38);
            cb.restoreState();
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText(); total.setFontAndSize(bf, 7.5f); total.setColorFill(Color.DARK_GRAY);
            total.showText(String.valueOf(w.getPageNumber() - 1)); total.endText();
        }
    }

    static Paragraph p(String s) { Paragraph x = new Paragraph(s, t(Font.NORMAL, 11)); x.setAlignment(Element.ALIGN_JUSTIFIED); x.setSpacingAfter(5); x.setLeading(14.5f); return x; }
    static Paragraph c(String s, Font fn, float after) { Paragraph x = new Paragraph(s, fn); x.setAlignment(Element.ALIGN_CENTER); x.setSpacingAfter(after); return x; }

    public static void main(String[] a) throws Exception {
        Document d = new Document(PageSize.A4, 56, 56, 72, 70);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new Events());
        d.addCreator("AttiWeb Livigno 3.2 (OpenPDF)"); d.addTitle("Ordinanza n. 22/2026");
        d.open();
        PdfPTable box = new PdfPTable(new float[]{1.6f, 1f}); box.setWidthPercentage(100);
        PdfPCell c1 = new PdfPCell(new Phrase("ORDINANZA CONTINGIBILE E URGENTE\nN. 22 DEL 22/04/2026", f(Font.BOLD, 12)));
        c1.setBackgroundColor(new Color(228, 238, 247)); c1.setPadding(8); c1.setBorderColor(new Color(0, 84, 147));
        PdfPCell c2 = new PdfPCell(new Phrase("Prot. n. 7415 del 22/04/2026\nClassificazione 6.7 - Fascicolo 2026/14", f(Font.NORMAL, 9)));
        c2.setPadding(8); c2.setHorizontalAlignment(Element.ALIGN_RIGHT); c2.setBorderColor(new Color(0, 84, 147));
        box.addCell(c1); box.addCell(c2); box.setSpacingAfter(12); d.add(box);
        PdfPTable og = new PdfPTable(new float[]{0.16f, 0.84f}); og.setWidthPercentage(100);
        PdfPCell l = new PdfPCell(new Phrase("OGGETTO:", f(Font.BOLD, 10))); l.setBorder(Rectangle.NO_BORDER); l.setPaddingTop(2);
        PdfPCell v = new PdfPCell(new Phrase("Chiusura temporanea al transito veicolare e pedonale della strada comunale della Val Federia e del percorso ciclopedonale \"Alpisella\" per pericolo di distacco di masse nevose.", t(Font.BOLD, 11)));
        v.setBorder(Rectangle.NO_BORDER); v.setLeading(0, 1.25f);
        og.addCell(l); og.addCell(v); og.setSpacingAfter(10); d.add(og);
        d.add(c("IL SINDACO", f(Font.BOLD, 11), 8));
        d.add(p("PREMESSO che il bollettino nivometeorologico regionale n. 112/2026 del 21/04/2026 indica per la zona Alta Valtellina un grado di pericolo valanghe 4 - forte, in conseguenza del rapido rialzo termico e delle precipitazioni degli ultimi giorni;"));
        d.add(p("VISTA la relazione del Servizio di Polizia Locale e del referente della Commissione locale valanghe, acquisita al protocollo n. 7398 del 22/04/2026, nella quale si segnala il pericolo concreto di distacco spontaneo di masse nevose sui versanti che sovrastano la strada comunale della Val Federia, nel tratto compreso tra la località Pemont e la località Baita Federia;"));
        d.add(p("RITENUTO necessario, a tutela della pubblica incolumità, disporre con immediatezza la chiusura della strada e del percorso ciclopedonale \"Alpisella\" fino al venir meno delle condizioni di pericolo;"));
        d.add(p("VISTI l'art. 54, comma 4, del D.Lgs. 18 agosto 2000, n. 267, e l'art. 7 del D.Lgs. 30 aprile 1992, n. 285 (Codice della strada);"));
        d.add(c("O R D I N A", f(Font.BOLD, 11), 8));
        String[] pts = {
            "la chiusura al transito veicolare e pedonale della strada comunale della Val Federia, dalla località Pemont alla località Baita Federia, dalle ore 14:00 del 22/04/2026 fino alla revoca della presente ordinanza;",
            "la chiusura, per il medesimo periodo, del percorso ciclopedonale \"Alpisella\" nel tratto che si sviluppa nel territorio comunale;",
            "al Servizio Tecnico comunale di provvedere all'apposizione delle transenne e della segnaletica di divieto all'inizio dei tratti interdetti;",
            "ai proprietari e conduttori degli immobili serviti dalla strada di concordare con la Polizia Locale ogni eventuale accesso indifferibile." };
        List ol = new List(List.ORDERED); ol.setIndentationLeft(8); ol.setSymbolIndent(18);
        for (String s : pts) { ListItem li = new ListItem(14.5f, s, t(Font.NORMAL, 11)); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setSpacingAfter(4); ol.add(li); }
        d.add(ol);
        d.add(c("D I S P O N E", f(Font.BOLD, 11), 8));
        d.add(p("che la presente ordinanza sia pubblicata all'Albo Pretorio on line, resa nota mediante la segnaletica prevista dal Codice della strada e trasmessa alla Prefettura di Sondrio, alla Stazione Carabinieri di Livigno e al Soccorso Alpino - Stazione di Livigno."));
        d.add(c("A V V E R T E", f(Font.BOLD, 11), 8));
        d.add(p("che i trasgressori saranno puniti ai sensi dell'art. 7-bis del D.Lgs. 267/2000 e che contro il presente provvedimento è ammesso ricorso al T.A.R. della Lombardia entro 60 giorni dalla pubblicazione, o ricorso straordinario al Presidente della Repubblica entro 120 giorni."));
        Paragraph sig = new Paragraph("Livigno, 22/04/2026\n\nIL SINDACO\nRemo Galli\n(documento firmato digitalmente)", t(Font.NORMAL, 11));
        sig.setAlignment(Element.ALIGN_RIGHT); sig.setSpacingBefore(14); d.add(sig);
        // last page: the signature block alone
        d.newPage();
        d.add(c("ATTESTAZIONE DI FIRMA DIGITALE", f(Font.BOLD, 12), 4));
        d.add(c("Informazioni sulle firme apposte al documento - art. 24 del D.Lgs. 7 marzo 2005, n. 82 (CAD)", f(Font.NORMAL, 8.5f), 14));
        PdfPTable s = new PdfPTable(new float[]{0.34f, 0.66f}); s.setWidthPercentage(92);
        String[][] rows = {
            {"Documento", "ORD_2026_000022_Val_Federia.pdf.p7m"},
            {"Formato della firma", "CAdES-BES (PKCS#7) - busta .p7m"},
            {"Firmatario", "GALLI REMO"},
            {"Codice fiscale", "TINIT-GLLRME71C18E621K"},
            {"Ruolo", "Sindaco pro tempore del Comune di Livigno"},
            {"Emesso da", "InfoCert Qualified Electronic Signature CA 3"},
            {"Numero di serie del certificato", "5A 3C 91 07 E2 44 0B 7D"},
            {"Validità del certificato", "dal 14/06/2024 al 14/06/2027"},
            {"Data e ora della firma", "22/04/2026 13:41:07 (UTC+02:00)"},
            {"Esito della verifica", "Firma valida - certificato non revocato alla data della firma"},
            {"Impronta SHA-256 del documento", "9f41c0d2e7b85a3316c4e0af72d1b98e5c03a6f4d2197b0e8c5f6a1d34e7b920"} };
        for (String[] r : rows) {
            PdfPCell k = new PdfPCell(new Phrase(r[0], f(Font.BOLD, 9))); k.setBackgroundColor(new Color(238, 238, 238)); k.setPadding(5);
            PdfPCell x = new PdfPCell(new Phrase(r[1], FontFactory.getFont(FontFactory.COURIER, 9))); x.setPadding(5);
            s.addCell(k); s.addCell(x);
        }
        d.add(s);
        Paragraph n = new Paragraph("Il presente documento informatico è stato sottoscritto con firma digitale ai sensi dell'art. 21 del D.Lgs. 82/2005 e sostituisce il documento cartaceo e la firma autografa. L'originale è conservato negli archivi informatici del Comune di Livigno.", f(Font.ITALIC, 8.5f));
        n.setSpacingBefore(14); n.setAlignment(Element.ALIGN_JUSTIFIED); d.add(n);
        d.close();
    }
}
