// Comune di Porto Viro - determinazione del Responsabile di Area, printed with
// OpenPDF in the label-grid manner of SAP Smart Forms prints (boxed fields,
// grey captions, running head and page counter).
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;
import java.awt.Color;

public class PortoViro {
    static BaseFont R, B, I;
    static Font f(BaseFont bf, float s) { return new Font(bf, s); }

    static PdfPCell lab(String t) {
        PdfPCell c = new PdfPCell(new Phrase(t, f(R, 7.5f)));
        c.setBackgroundColor(new Color(225, 225, 225)); c.setPadding(3); return c;
    }
    static PdfPCell val(String t) {
        PdfPCell c = new PdfPCell(new Phrase(t, f(B, 9.5f))); c.setPadding(3); return c;
    }
    static Paragraph p(String t) {
        Paragraph x = new Paragraph(t, f(R, 10)); x.setAlignment(Element.ALIGN_JUSTIFIED);
        x.setSpacingAfter(4); x.setLeading(13.5f); return x;
    }

    public static void main(String[] a) throws Exception {
        String fd = "/usr/share/fonts/truetype/liberation/";
        R = BaseFont.createFont(fd + "LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        B = BaseFont.createFont(fd + "LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        I = BaseFont.createFont(fd + "LiberationSans-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document d = new Document(PageSize.A4, 50, 50, 70, 60);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new PdfPageEventHelper() {
            PdfTemplate tot;
            public void onOpenDocument(PdfWriter wr, Document doc) { tot = wr.getDirectContent().createTemplate(30, 12); }
            public void onEndPage(PdfWriter wr, Document doc) {
                PdfContentByte cb = wr.getDirectContent();
                cb.beginText(); cb.setFontAndSize(R, 7.5f);
                cb.showTextAligned(Element.ALIGN_LEFT, "Comune di Porto Viro – Determinazione n. 187 del 05/03/2026", 50, 810, 0);
                cb.showTextAligned(Element.ALIGN_RIGHT, "Pagina " + wr.getPageNumber() + " di", 532, 810, 0);
                cb.setFontAndSize(I, 7);
                cb.showTextAligned(Element.ALIGN_CENTER, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate. Stampa del 05/03/2026 ore 12:41 – Utente: mbellan", 297, 30, 0);
                cb.endText();
                cb.addTemplate(tot, 534, 810);
                cb.setLineWidth(0.4f); cb.moveTo(50, 805); cb.lineTo(545, 805); cb.stroke();
            }
            public void onCloseDocument(PdfWriter wr, Document doc) {
                tot.beginText(); tot.setFontAndSize(R, 7.5f); tot.showText(String.valueOf(wr.getPageNumber() - 1)); tot.endText();
            }
        });
        d.open();
        PdfPTable h = new PdfPTable(new float[]{1.3f, 4f});
        h.setWidthPercentage(100);
        PdfPCell crest = new PdfPCell(new Phrase("[stemma]\nComune di\nPorto Viro", f(I, 7)));
        crest.setBorder(0); crest.setHorizontalAlignment(Element.ALIGN_CENTER);
        h.addCell(crest);
        Paragraph hp = new Paragraph();
        hp.add(new Chunk("COMUNE DI PORTO VIRO\n", f(B, 16)));
        hp.add(new Chunk("Provincia di Rovigo\n", f(R, 9.5f)));
        hp.add(new Chunk("Piazza della Repubblica, 23 – 45014 Porto Viro (RO) – P.IVA 00979650295", f(R, 8)));
        PdfPCell hc = new PdfPCell(hp); hc.setBorder(0); h.addCell(hc);
        d.add(h);
        d.add(new Paragraph(" ", f(R, 4)));

        PdfPTable g = new PdfPTable(new float[]{1.6f, 2.2f, 1.6f, 2.2f});
        g.setWidthPercentage(100);
        PdfPCell area = lab("AREA"); g.addCell(area);
        PdfPCell av = val("AREA LAVORI PUBBLICI E PATRIMONIO"); av.setColspan(3); g.addCell(av);
        g.addCell(lab("SERVIZIO"));
        PdfPCell sv = val("Servizio Manutenzioni"); sv.setColspan(3); g.addCell(sv);
        g.addCell(lab("TIPO ATTO")); PdfPCell tv = val("DETERMINAZIONE DEL RESPONSABILE DI AREA"); tv.setColspan(3); g.addCell(tv);
        g.addCell(lab("Registro Generale n.")); g.addCell(val("187"));
        g.addCell(lab("Data registrazione")); g.addCell(val("05/03/2026"));
        g.addCell(lab("Registro di Area n.")); g.addCell(val("42"));
        g.addCell(lab("Data adozione")); g.addCell(val("04/03/2026"));
        g.addCell(lab("Proposta n.")); g.addCell(val("55"));
        g.addCell(lab("Data proposta")); g.addCell(val("03/03/2026"));
        d.add(g);
        d.add(new Paragraph(" ", f(R, 4)));
        PdfPTable o = new PdfPTable(new float[]{1f, 5f}); o.setWidthPercentage(100);
        PdfPCell ol = new PdfPCell(new Phrase("OGGETTO:", f(B, 10))); ol.setBorder(Rectangle.TOP | Rectangle.BOTTOM); ol.setPadding(5);
        PdfPCell ov = new PdfPCell(new Phrase("LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA SCUOLA PRIMARIA “G. MARCONI” DI DONADA. AFFIDAMENTO DIRETTO AI SENSI DELL’ART. 50, COMMA 1, LETT. A), DEL D.LGS. 36/2023 ALLA DITTA EDIL DELTA S.R.L. – CIG B7C2E41A09.", f(B, 10)));
        ov.setBorder(Rectangle.TOP | Rectangle.BOTTOM); ov.setPadding(5);
        o.addCell(ol); o.addCell(ov); d.add(o);
        Paragraph t = new Paragraph("IL RESPONSABILE DELL’AREA", f(B, 10.5f)); t.setAlignment(Element.ALIGN_CENTER); t.setSpacingBefore(8); t.setSpacingAfter(6); d.add(t);
        d.add(p("Richiamato il decreto sindacale n. 4 del 09/01/2026 con il quale è stato conferito al sottoscritto l’incarico di Elevata Qualificazione dell’Area Lavori Pubblici e Patrimonio;"));
        d.add(p("Richiamate la deliberazione del Consiglio Comunale n. 58 del 19/12/2025 di approvazione del bilancio di previsione 2026/2028 e la deliberazione della Giunta Comunale n. 2 del 08/01/2026 di approvazione del Piano Esecutivo di Gestione;"));
        d.add(p("Premesso che a seguito del sopralluogo del 18/02/2026 è emersa la necessità di intervenire con urgenza sulla copertura della scuola primaria “G. Marconi” di Donada, interessata da infiltrazioni d’acqua nelle aule del primo piano;"));
        d.add(p("Visto il preventivo presentato dalla ditta EDIL DELTA S.R.L., con sede in Taglio di Po (RO), acquisito al protocollo n. 4471 del 26/02/2026, per un importo di € 18.950,00 oltre IVA 22%, ritenuto congruo rispetto ai prezzi del prezzario regionale vigente;"));
        d.add(p("Visto l’art. 50, comma 1, lett. a), del D.Lgs. 31 marzo 2023, n. 36, che consente l’affidamento diretto dei lavori di importo inferiore a € 150.000,00;"));
        d.add(p("Accertata la regolarità contributiva della ditta (DURC prot. INAIL_52230917, scadenza 17/06/2026);"));
        Paragraph dt = new Paragraph("D E T E R M I N A", f(B, 10.5f)); dt.setAlignment(Element.ALIGN_CENTER); dt.setSpacingBefore(6); dt.setSpacingAfter(6); d.add(dt);
        String[] pts = {
            "di affidare alla ditta EDIL DELTA S.R.L., P.IVA 01523870291, i lavori di manutenzione straordinaria della copertura della scuola primaria “G. Marconi” di Donada, per l’importo di € 18.950,00 oltre IVA 22%, per complessivi € 23.119,00;",
            "di impegnare la spesa complessiva di € 23.119,00 alla Missione 04, Programma 02, Capitolo 21410 “Manutenzione straordinaria edifici scolastici” del bilancio 2026/2028, esercizio 2026;",
            "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l’uso commerciale, ai sensi dell’art. 18, comma 1, del D.Lgs. 36/2023;",
            "di dare atto che il Responsabile Unico del Progetto è il Geom. Alessia Crepaldi;",
            "di trasmettere il presente provvedimento al Servizio Finanziario per l’apposizione del visto di regolarità contabile attestante la copertura finanziaria."
        };
        List l = new List(List.ORDERED, 18);
        for (String s : pts) { ListItem li = new ListItem(13.5f, s, f(R, 10)); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setSpacingAfter(3); l.add(li); }
        d.add(l);
        Paragraph sg = new Paragraph("Porto Viro, 04/03/2026\n\nIL RESPONSABILE DELL’AREA\nLAVORI PUBBLICI E PATRIMONIO\nIng. Marco Bellan\n(firmato digitalmente)", f(R, 10));
        sg.setAlignment(Element.ALIGN_RIGHT); sg.setSpacingBefore(14); d.add(sg);
        PdfPTable v = new PdfPTable(1); v.setWidthPercentage(100); v.setSpacingBefore(16);
        PdfPCell vc = new PdfPCell(); vc.setPadding(6);
        vc.addElement(new Paragraph("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", f(B, 9)));
        vc.addElement(new Paragraph("Ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto favorevole. Impegno n. 412/2026 – Capitolo 21410 – € 23.119,00.\nPorto Viro, 05/03/2026            IL RESPONSABILE DELL’AREA ECONOMICO-FINANZIARIA  Dott.ssa Paola Ferro", f(R, 9)));
        v.addCell(vc); d.add(v);
        d.close();
    }
}
