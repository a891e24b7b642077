// Capo d'Orlando unnumbered notice -- OpenPDF, imitating a "Golem" comunicazioni print (poster-like avviso)
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

public class AvvisoCapoOrlando {
    static final String L = "/usr/share/fonts/truetype/liberation2/";
    public static void main(String[] a) throws Exception {
        BaseFont R = BaseFont.createFont(L + "LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        BaseFont B = BaseFont.createFont(L + "LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        BaseFont SI = BaseFont.createFont(L + "LiberationSerif-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Document d = new Document(PageSize.A4, 50, 50, 40, 50);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(a[0]));
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter w, Document d) {
                PdfContentByte cb = w.getDirectContent();
                cb.setColorFill(new Color(0, 94, 140)); cb.rectangle(0, 0, 595, 26); cb.fill();
                cb.beginText(); cb.setColorFill(Color.WHITE); cb.setFontAndSize(R, 7.5f);
                cb.showTextAligned(Element.ALIGN_CENTER, "Comune di Capo d’Orlando – Via Vittorio Emanuele, 1 – 98071 Capo d’Orlando (ME) – www.comune.capodorlando.me.it – Golem Comunicazioni v.5", 297, 10, 0);
                cb.endText();
            }
        });
        d.addTitle("Avviso - ritiro ingombranti e RAEE"); d.addCreator("Golem Comunicazioni 5.1"); d.addAuthor("Comune di Capo d'Orlando - Servizio Ambiente");
        d.open();
        PdfPTable h = new PdfPTable(new float[]{1f, 5f}); h.setWidthPercentage(100);
        PdfPCell crest = new PdfPCell(); crest.setBorder(Rectangle.NO_BORDER);
        Paragraph cp = new Paragraph("[stemma]\nCittà di\nCapo d’Orlando", new Font(R, 6.5f, Font.NORMAL, Color.GRAY)); cp.setAlignment(Element.ALIGN_CENTER);
        crest.addElement(cp); h.addCell(crest);
        PdfPCell t = new PdfPCell(); t.setBorder(Rectangle.NO_BORDER);
        t.addElement(new Paragraph("COMUNE DI CAPO D’ORLANDO", new Font(B, 17, Font.NORMAL, new Color(0, 94, 140))));
        t.addElement(new Paragraph("Città Metropolitana di Messina", new Font(R, 9.5f)));
        t.addElement(new Paragraph("AREA TECNICA – Servizio Ambiente e Igiene Urbana", new Font(B, 9.5f)));
        h.addCell(t); d.add(h);
        LineSeparator(d);
        Paragraph av = new Paragraph("AVVISO", new Font(B, 34, Font.NORMAL, new Color(180, 30, 30))); av.setAlignment(Element.ALIGN_CENTER); av.setSpacingBefore(8); d.add(av);
        Paragraph sub = new Paragraph("ALLA CITTADINANZA", new Font(B, 12)); sub.setAlignment(Element.ALIGN_CENTER); sub.setSpacingAfter(10); d.add(sub);

        PdfPTable tb = new PdfPTable(1); tb.setWidthPercentage(92);
        PdfPCell tc = new PdfPCell(new Phrase("RACCOLTA DEI RIFIUTI INGOMBRANTI E DEI RAEE: NUOVO SERVIZIO DI RITIRO GRATUITO A DOMICILIO SU PRENOTAZIONE", new Font(B, 13)));
        tc.setHorizontalAlignment(Element.ALIGN_CENTER); tc.setPadding(9); tc.setBackgroundColor(new Color(230, 240, 246)); tc.setBorderColor(new Color(0, 94, 140)); tc.setBorderWidth(1.2f);
        tb.addCell(tc); d.add(tb);

        Font body = new Font(R, 11);
        String[] ps = {
            "Si informa la cittadinanza che, a decorrere da lunedì 23 marzo 2026, il servizio di ritiro dei rifiuti ingombranti (mobili, materassi, reti, elementi d’arredo) e dei rifiuti da apparecchiature elettriche ed elettroniche (RAEE: frigoriferi, lavatrici, televisori, piccoli elettrodomestici) sarà effettuato gratuitamente a domicilio, esclusivamente su prenotazione, secondo il calendario sotto riportato.",
            "La prenotazione potrà essere effettuata al Numero Verde 800 135 742 (dal lunedì al venerdì, ore 8:30 – 13:00) oppure tramite l’app “Capo d’Orlando Differenzia”, entro le ore 12:00 del giorno lavorativo precedente la data di ritiro. Ogni utenza potrà conferire fino a un massimo di 5 pezzi per ciascun ritiro.",
        };
        for (String s : ps) { Paragraph p = new Paragraph(s, body); p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingBefore(8); p.setLeading(15); d.add(p); }

        PdfPTable cal = new PdfPTable(new float[]{2.2f, 4.8f, 2f}); cal.setWidthPercentage(100); cal.setSpacingBefore(10);
        String[][] rows = {{"Zona", "Quartieri e contrade", "Giorno di ritiro"},
            {"Zona 1", "Centro urbano, Lungomare Andrea Doria, Via Piave, Piazza Matteotti", "Lunedì"},
            {"Zona 2", "San Gregorio, Testa di Monaco, Bruca, Forno Alto", "Mercoledì"},
            {"Zona 3", "Piscittina, Certari, Malvicino, Tavola Grande", "Giovedì"},
            {"Zona 4", "Scafa, Catutè, Muscale, Vina, Santa Lucia", "Venerdì"}};
        for (int i = 0; i < rows.length; i++) for (String v : rows[i]) {
            PdfPCell c = new PdfPCell(new Phrase(v, new Font(i == 0 ? B : R, 10))); c.setPadding(5);
            if (i == 0) c.setBackgroundColor(new Color(0, 94, 140)); if (i == 0) c.setPhrase(new Phrase(v, new Font(B, 10, Font.NORMAL, Color.WHITE)));
            cal.addCell(c);
        }
        d.add(cal);
        String[] ps2 = {
            "I rifiuti dovranno essere collocati a cura dell’utente, entro le ore 6:00 del giorno concordato, sul marciapiede antistante la propria abitazione, in modo da non costituire intralcio alla circolazione pedonale e veicolare. È in ogni caso possibile conferire gratuitamente i rifiuti presso il Centro Comunale di Raccolta di contrada Muscale, aperto dal lunedì al sabato dalle ore 7:30 alle ore 12:30.",
            "Si ricorda che l’abbandono di rifiuti su suolo pubblico è vietato ed è sanzionato ai sensi dell’art. 255 del D.Lgs. 152/2006 e del vigente Regolamento comunale per la gestione dei rifiuti urbani.",
        };
        for (String s : ps2) { Paragraph p = new Paragraph(s, body); p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingBefore(8); p.setLeading(15); d.add(p); }
        Paragraph dt = new Paragraph("Capo d’Orlando, 16/03/2026", body); dt.setSpacingBefore(14); d.add(dt);
        Paragraph f1 = new Paragraph("IL RESPONSABILE DELL’AREA TECNICA", new Font(B, 10.5f)); f1.setAlignment(Element.ALIGN_RIGHT); f1.setSpacingBefore(4); d.add(f1);
        Paragraph f2 = new Paragraph("Ing. Giuseppe Lo Presti", body); f2.setAlignment(Element.ALIGN_RIGHT); d.add(f2);
        Paragraph f3 = new Paragraph("L’ASSESSORE ALL’AMBIENTE", new Font(B, 10.5f)); f3.setAlignment(Element.ALIGN_LEFT); f3.setSpacingBefore(-28); d.add(f3);
        Paragraph f4 = new Paragraph("Dott.ssa Carmela Sidoti", body); f4.setAlignment(Element.ALIGN_LEFT); d.add(f4);
        Paragraph fs = new Paragraph("Firma autografa sostituita a mezzo stampa ai sensi dell’art. 3, comma 2, del D.Lgs. 39/1993", new Font(SI, 8.5f)); fs.setAlignment(Element.ALIGN_CENTER); fs.setSpacingBefore(12); d.add(fs);
        d.close();
    }
    static void LineSeparator(Document d) throws DocumentException {
        PdfPTable l = new PdfPTable(1); l.setWidthPercentage(100);
        PdfPCell c = new PdfPCell(new Phrase(" ", new Font(Font.HELVETICA, 2))); c.setBorder(Rectangle.BOTTOM); c.setBorderWidthBottom(1.5f); c.setBorderColorBottom(new Color(0, 94, 140));
        l.addCell(c); d.add(l);
    }
}
