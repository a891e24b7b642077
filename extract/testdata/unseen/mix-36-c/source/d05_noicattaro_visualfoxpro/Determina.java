// Determinazione dirigenziale, Comune di Noicattaro (BA): imitates a Visual FoxPro
// report (Courier-like register box, boxed sector heading, "FRX" footer).
// Producer: OpenPDF (com.github.librepdf:openpdf), compiled by build.sh.
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class Determina {
    static Font f(String fam, float size, int style) { return FontFactory.getFont(fam, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style); }
    public static void main(String[] a) throws Exception {
        Document doc = new Document(PageSize.A4, 50, 50, 46, 60);
        PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(a[0]));
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document d) {
                PdfContentByte cb = wr.getDirectContent();
                Font ff = f(FontFactory.COURIER, 7, Font.NORMAL);
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("DETERMINE.FRX - Comune di Noicattaro - Reg. Gen. 412/2026", ff), 50, 34, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Pag. " + wr.getPageNumber(), ff), 545, 34, 0);
                cb.moveTo(50, 42); cb.lineTo(545, 42); cb.setLineWidth(0.4f); cb.stroke();
            }
        });
        doc.addTitle("Determinazione Settore III n. 98/2026");
        doc.addCreator("Microsoft Visual FoxPro 9.0 - Gestione Atti");
        doc.open();
        Font hb = f(FontFactory.HELVETICA, 15, Font.BOLD), h = f(FontFactory.HELVETICA, 9, Font.NORMAL);
        Font cb = f(FontFactory.COURIER, 9.5f, Font.BOLD), cr = f(FontFactory.COURIER, 9.5f, Font.NORMAL);
        Font tb = f(FontFactory.TIMES_ROMAN, 10.5f, Font.BOLD), tr = f(FontFactory.TIMES_ROMAN, 10.5f, Font.NORMAL);

        PdfPTable head = new PdfPTable(new float[]{1f, 5f});
        head.setWidthPercentage(100);
        PdfPCell crest = new PdfPCell(new Phrase("[stemma]", f(FontFactory.HELVETICA, 7, Font.ITALIC)));
        crest.setFixedHeight(56); crest.setHorizontalAlignment(Element.ALIGN_CENTER); crest.setVerticalAlignment(Element.ALIGN_MIDDLE);
        head.addCell(crest);
        Paragraph e = new Paragraph();
        e.add(new Chunk("COMUNE DI NOICATTARO\n", hb));
        e.add(new Chunk("Città Metropolitana di Bari\nVia Pietro Nenni n. 11 - 70016 Noicattaro (BA) - www.comune.noicattaro.bari.it", h));
        PdfPCell ec = new PdfPCell(e); ec.setBorder(Rectangle.NO_BORDER); ec.setPaddingLeft(10);
        head.addCell(ec);
        doc.add(head);
        doc.add(new Paragraph(" ", h));

        PdfPTable sett = new PdfPTable(1); sett.setWidthPercentage(100);
        PdfPCell sc = new PdfPCell(new Phrase("SETTORE III - LAVORI PUBBLICI, MANUTENZIONI E AMBIENTE\nServizio Ambiente e Igiene Urbana", f(FontFactory.HELVETICA, 10.5f, Font.BOLD)));
        sc.setHorizontalAlignment(Element.ALIGN_CENTER); sc.setPadding(5); sc.setGrayFill(0.9f);
        sett.addCell(sc);
        doc.add(sett);
        doc.add(new Paragraph(" ", h));

        PdfPTable reg = new PdfPTable(new float[]{3f, 2f, 2f});
        reg.setWidthPercentage(100);
        String[][] r = {{"DETERMINAZIONE DIRIGENZIALE", "", ""},
                        {"Registro Generale", "N. 412", "del 17/04/2026"},
                        {"Registro di Settore", "N. 98", "del 15/04/2026"}};
        for (int i = 0; i < r.length; i++) for (int j = 0; j < 3; j++) {
            if (i == 0 && j > 0) continue;
            PdfPCell c = new PdfPCell(new Phrase(r[i][j], i == 0 ? cb : (j == 0 ? cr : cb)));
            if (i == 0) { c.setColspan(3); c.setHorizontalAlignment(Element.ALIGN_CENTER); }
            c.setPadding(4); reg.addCell(c);
        }
        doc.add(reg);
        doc.add(new Paragraph(" ", h));

        PdfPTable og = new PdfPTable(new float[]{1.1f, 6f}); og.setWidthPercentage(100);
        PdfPCell o1 = new PdfPCell(new Phrase("OGGETTO:", tb)); o1.setBorder(Rectangle.TOP | Rectangle.BOTTOM); o1.setPadding(5);
        PdfPCell o2 = new PdfPCell(new Phrase("Liquidazione fattura n. 37/PA del 31/03/2026 alla ditta Ecologica Pugliese S.r.l. per il servizio di rimozione dei rifiuti abbandonati sul territorio comunale – mese di marzo 2026. CIG B3F07A2C91.", tb));
        o2.setBorder(Rectangle.TOP | Rectangle.BOTTOM); o2.setPadding(5);
        og.addCell(o1); og.addCell(o2);
        doc.add(og);
        doc.add(new Paragraph(" ", h));

        Paragraph ti = new Paragraph("IL DIRIGENTE DEL SETTORE III", tb); ti.setAlignment(Element.ALIGN_CENTER); ti.setSpacingAfter(6);
        doc.add(ti);
        String[] prem = {
            "PREMESSO che con determinazione dirigenziale R.G. n. 96 del 05/02/2026 è stato affidato alla ditta Ecologica Pugliese S.r.l., con sede in Modugno (BA), il servizio di rimozione, trasporto e conferimento dei rifiuti abbandonati sul territorio comunale per il periodo febbraio – luglio 2026, per l'importo mensile di € 4.950,00 oltre IVA;",
            "VISTA la fattura elettronica n. 37/PA del 31/03/2026, acquisita al protocollo n. 7794 del 02/04/2026, dell'importo di € 4.950,00 oltre IVA al 10 % pari a € 495,00, per complessivi € 5.445,00;",
            "ACCERTATA la regolare esecuzione del servizio, come da attestazione del Responsabile del Servizio Ambiente del 14/04/2026;",
            "ACQUISITO il DURC regolare, prot. INAIL_52877391 con scadenza 11/07/2026, e verificata l'assenza di inadempienze ai sensi dell'art. 48-bis del D.P.R. 602/1973;",
            "VISTO il decreto sindacale n. 4 del 09/01/2026 di conferimento dell'incarico di direzione del Settore III;",
            "VISTI il D.Lgs. 18 agosto 2000, n. 267 e il vigente Regolamento comunale di contabilità;",
        };
        for (String s : prem) { Paragraph p = new Paragraph(s, tr); p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingAfter(4); doc.add(p); }
        Paragraph dt = new Paragraph("D E T E R M I N A", tb); dt.setAlignment(Element.ALIGN_CENTER); dt.setSpacingBefore(4); dt.setSpacingAfter(6);
        doc.add(dt);
        String[] pts = {
            "di liquidare alla ditta Ecologica Pugliese S.r.l., P.IVA 07218460729, la somma di € 4.950,00, a saldo della fattura n. 37/PA del 31/03/2026, mediante bonifico sul conto corrente dedicato ai sensi della L. 136/2010;",
            "di versare all'Erario l'IVA pari a € 495,00 secondo il meccanismo della scissione dei pagamenti di cui all'art. 17-ter del D.P.R. 633/1972;",
            "di imputare la spesa complessiva di € 5.445,00 alla Missione 09, Programma 03, capitolo 1736 del bilancio 2026, impegno n. 2026/211;",
            "di trasmettere il presente provvedimento al Settore II - Servizi Finanziari per l'emissione del mandato di pagamento.",
        };
        com.lowagie.text.List l = new com.lowagie.text.List(com.lowagie.text.List.ORDERED);
        l.setIndentationLeft(6); l.setSymbolIndent(18);
        for (String s : pts) { ListItem li = new ListItem(s, tr); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setSpacingAfter(4); l.add(li); }
        doc.add(l);
        Paragraph fi = new Paragraph("Noicattaro, 17/04/2026\n\nIL DIRIGENTE DEL SETTORE III\nIng. Nicola Lamanna", tr);
        fi.setAlignment(Element.ALIGN_RIGHT); fi.setSpacingBefore(14); doc.add(fi);
        Paragraph fd = new Paragraph("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005", f(FontFactory.HELVETICA, 7.5f, Font.ITALIC));
        fd.setAlignment(Element.ALIGN_RIGHT); doc.add(fd);
        doc.add(new Paragraph(" ", h));

        PdfPTable vis = new PdfPTable(1); vis.setWidthPercentage(100);
        PdfPCell vc = new PdfPCell();
        vc.addElement(new Paragraph("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", f(FontFactory.HELVETICA, 8.5f, Font.BOLD)));
        vc.addElement(new Paragraph("Ai sensi dell'art. 184, comma 4, del D.Lgs. 267/2000 si attesta la regolarità contabile. Liquidazione n. 1033 del 17/04/2026.\nIL DIRIGENTE DEL SETTORE II - Dott.ssa Angela Loiacono", f(FontFactory.HELVETICA, 8.5f, Font.NORMAL)));
        vc.setPadding(6); vis.addCell(vc);
        doc.add(vis);
        doc.add(new Paragraph(" ", h));
        PdfPTable pub = new PdfPTable(1); pub.setWidthPercentage(100);
        PdfPCell pc = new PdfPCell(new Phrase("PUBBLICAZIONE: la presente determinazione è pubblicata all'Albo Pretorio on line dal 20/04/2026 al 05/05/2026 (n. 1177 del registro).", f(FontFactory.COURIER, 8, Font.NORMAL)));
        pc.setPadding(5); pub.addCell(pc);
        doc.add(pub);
        doc.close();
    }
}
