// Comune di Casalpusterlengo - Consiglio Comunale deliberation 9/2026.
// Layout after a Crystal Reports print of a council minute (report DelibCC.rpt):
// boxed sections, label grid for number/date/session, roll table with P/A
// columns, vote table, "Stampato il ... Pagina x di y" feet.
// Built with OpenPDF (com.github.librepdf:openpdf 1.3.43).
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.FileOutputStream;

public class DelibCC {
    static Font f(int style, float size) { return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style); }
    static final Font N = f(Font.NORMAL, 9.5f), B = f(Font.BOLD, 9.5f), S = f(Font.NORMAL, 7.5f),
            H = f(Font.BOLD, 15f), H2 = f(Font.BOLD, 11.5f), L = f(Font.NORMAL, 7f);

    static PdfPCell c(String t, Font fo, int align, boolean border, float pad) {
        PdfPCell cell = new PdfPCell(new Phrase(t, fo));
        cell.setHorizontalAlignment(align);
        cell.setPadding(pad);
        if (!border) cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    static Paragraph par(String t, Font fo, int align, float after) {
        Paragraph p = new Paragraph(t, fo);
        p.setAlignment(align);
        p.setSpacingAfter(after);
        p.setLeading(12.5f);
        return p;
    }

    static class Feet extends PdfPageEventHelper {
        PdfTemplate total;
        BaseFont bf;
        public void onOpenDocument(PdfWriter w, Document d) {
            total = w.getDirectContent().createTemplate(30, 12);
            try { bf = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, false); } catch (Exception e) { throw new RuntimeException(e); }
        }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            cb.setLineWidth(0.5f);
            cb.moveTo(36, 40); cb.lineTo(559, 40); cb.stroke();
            cb.beginText(); cb.setFontAndSize(bf, 7);
            cb.setTextMatrix(36, 30); cb.showText("DelibCC.rpt - Stampato il 17/03/2026 09:12:44 - Utente: SEGRETERIA02");
            String pg = "Pagina " + w.getPageNumber() + " di ";
            float wd = bf.getWidthPoint(pg, 7);
            cb.setTextMatrix(530 - wd, 30); cb.showText(pg);
            cb.endText();
            cb.addTemplate(total, 530, 30);
            // running head
            cb.beginText(); cb.setFontAndSize(bf, 7);
            cb.setTextMatrix(36, 818); cb.showText("Comune di Casalpusterlengo - Deliberazione del Consiglio Comunale n. 9 del 16/03/2026");
            cb.endText();
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText(); total.setFontAndSize(bf, 7); total.setTextMatrix(0, 0);
            total.showText(String.valueOf(w.getPageNumber() - 1)); total.endText();
        }
    }

    public static void main(String[] a) throws Exception {
        Document doc = new Document(PageSize.A4, 42, 42, 48, 58);
        PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(a[0]));
        w.setPageEvent(new Feet());
        doc.addTitle("Deliberazione C.C. n. 9/2026");
        doc.addCreator("Crystal Reports - DelibCC.rpt");
        doc.open();

        // letterhead: crest placeholder + name
        PdfPTable head = new PdfPTable(new float[]{1.2f, 6f, 1.8f});
        head.setWidthPercentage(100);
        PdfPCell crest = c("[stemma]\nComune di\nCasalpusterlengo", L, Element.ALIGN_CENTER, true, 6);
        crest.setFixedHeight(54);
        head.addCell(crest);
        PdfPCell name = new PdfPCell();
        name.setBorder(Rectangle.NO_BORDER);
        name.addElement(par("COMUNE DI CASALPUSTERLENGO", H, Element.ALIGN_CENTER, 1));
        name.addElement(par("Provincia di Lodi", N, Element.ALIGN_CENTER, 1));
        name.addElement(par("Piazza del Popolo, 22 - 26841 Casalpusterlengo (LO)", S, Element.ALIGN_CENTER, 0));
        head.addCell(name);
        head.addCell(c("ORIGINALE", B, Element.ALIGN_CENTER, true, 8));
        doc.add(head);
        doc.add(par(" ", S, Element.ALIGN_LEFT, 2));
        doc.add(par("DELIBERAZIONE DEL CONSIGLIO COMUNALE", H2, Element.ALIGN_CENTER, 6));

        PdfPTable grid = new PdfPTable(new float[]{1f, 1.4f, 1.6f, 1.6f, 1.6f});
        grid.setWidthPercentage(100);
        for (String s : new String[]{"Numero", "Data", "Sessione", "Seduta", "Convocazione"}) {
            PdfPCell h = c(s, S, Element.ALIGN_CENTER, true, 3); h.setGrayFill(0.88f); grid.addCell(h);
        }
        for (String s : new String[]{"9", "16/03/2026", "Ordinaria", "Pubblica", "Prima"}) grid.addCell(c(s, B, Element.ALIGN_CENTER, true, 4));
        doc.add(grid);
        doc.add(par(" ", S, Element.ALIGN_LEFT, 0));

        PdfPTable ogg = new PdfPTable(new float[]{1.1f, 8f});
        ogg.setWidthPercentage(100);
        ogg.addCell(c("OGGETTO:", B, Element.ALIGN_LEFT, false, 3));
        ogg.addCell(c("REGOLAMENTO COMUNALE PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA E DEL CANONE MERCATALE - MODIFICHE AGLI ARTICOLI 12, 27 E 41 - APPROVAZIONE.", B, Element.ALIGN_LEFT, false, 3));
        doc.add(ogg);
        doc.add(par(" ", S, Element.ALIGN_LEFT, 0));

        doc.add(par("L'anno 2026 addì 16 del mese di marzo alle ore 20:45 nella Sala Consiliare del Palazzo Municipale, previa "
                + "osservanza di tutte le formalità prescritte dalla vigente normativa, vennero oggi convocati a seduta i componenti "
                + "del Consiglio Comunale. All'appello risultano:", N, Element.ALIGN_JUSTIFIED, 6));

        String[][] roll = {
            {"BOSONI PIETRO", "Sindaco", "P"},
            {"CAPELLI MARTA", "Presidente del Consiglio", "P"},
            {"GHIDOTTI LUCA", "Consigliere", "P"},
            {"FERRARI ANNALISA", "Consigliere", "P"},
            {"DOSSENA GIORGIO", "Consigliere", "P"},
            {"ROSSETTI ELISA", "Consigliere", "A"},
            {"MARAZZI FEDERICO", "Consigliere", "P"},
            {"CODECASA SILVIA", "Consigliere", "P"},
            {"PREMOLI ANDREA", "Consigliere", "P"},
            {"BASSI LORENZA", "Consigliere", "P"},
            {"ZUCCHETTI MATTEO", "Consigliere", "P"},
            {"GUERINI PAOLA", "Consigliere", "P"},
            {"SCOTTI MASSIMO", "Consigliere", "A"},
            {"MAINARDI CRISTINA", "Consigliere", "P"},
            {"VIGORELLI STEFANO", "Consigliere", "P"},
            {"BIANCARDI ROBERTA", "Consigliere", "P"},
            {"LUNGHI DANIELE", "Consigliere", "P"},
        };
        PdfPTable rt = new PdfPTable(new float[]{0.5f, 4f, 3f, 0.7f, 0.7f});
        rt.setWidthPercentage(88);
        rt.setHeaderRows(1);
        for (String s : new String[]{"N.", "Cognome e Nome", "Carica", "P", "A"}) {
            PdfPCell h = c(s, B, Element.ALIGN_CENTER, true, 3); h.setGrayFill(0.88f); rt.addCell(h);
        }
        int i = 1, pres = 0;
        for (String[] r : roll) {
            rt.addCell(c(String.valueOf(i++), N, Element.ALIGN_RIGHT, true, 2.5f));
            rt.addCell(c(r[0], N, Element.ALIGN_LEFT, true, 2.5f));
            rt.addCell(c(r[1], N, Element.ALIGN_LEFT, true, 2.5f));
            rt.addCell(c(r[2].equals("P") ? "X" : "", N, Element.ALIGN_CENTER, true, 2.5f));
            rt.addCell(c(r[2].equals("A") ? "X" : "", N, Element.ALIGN_CENTER, true, 2.5f));
            if (r[2].equals("P")) pres++;
        }
        PdfPCell tot = c("Totale presenti: " + pres + "     Totale assenti: " + (roll.length - pres), B, Element.ALIGN_RIGHT, true, 3);
        tot.setColspan(5);
        rt.addCell(tot);
        doc.add(rt);
        doc.add(par(" ", S, Element.ALIGN_LEFT, 0));
        doc.add(par("Sono altresì presenti, senza diritto di voto, gli Assessori esterni Sig.ra Daniela Oppizzi e Sig. Carlo Groppelli.", N, Element.ALIGN_JUSTIFIED, 4));
        doc.add(par("Partecipa all'adunanza e provvede alla redazione del presente verbale il Segretario Generale Dott. Vittorio Lanzani.", N, Element.ALIGN_JUSTIFIED, 4));
        doc.add(par("Essendo legale il numero degli intervenuti, la Sig.ra Marta Capelli, nella sua qualità di Presidente del Consiglio, "
                + "assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato, iscritto al punto n. 4 dell'ordine del giorno.", N, Element.ALIGN_JUSTIFIED, 8));

        doc.add(par("IL CONSIGLIO COMUNALE", B, Element.ALIGN_CENTER, 6));
        String[] prem = {
            "UDITA la relazione dell'Assessore al Bilancio e Tributi, Sig. Luca Ghidotti, il cui intervento, unitamente alla successiva discussione, è integralmente registrato su supporto digitale conservato agli atti;",
            "RICHIAMATA la propria deliberazione n. 6 del 29/03/2021, con la quale è stato approvato il Regolamento per la disciplina del canone patrimoniale di cui all'art. 1, commi 816 e seguenti, della Legge 27 dicembre 2019, n. 160, successivamente modificato con deliberazione n. 11 del 24/04/2023;",
            "RITENUTO necessario aggiornare gli articoli 12 (Esposizione pubblicitaria temporanea), 27 (Riduzioni ed esenzioni) e 41 (Canone mercatale per le fiere straordinarie), anche al fine di adeguare le tariffe giornaliere alla nuova articolazione delle aree mercatali;",
            "VISTO il parere favorevole dell'Organo di revisione economico-finanziaria, reso ai sensi dell'art. 239, comma 1, lett. b), n. 7, del D.Lgs. n. 267/2000, acquisito al protocollo n. 6604 del 09/03/2026;",
            "VISTO l'esame della proposta da parte della Commissione consiliare Bilancio nella seduta del 10/03/2026;",
            "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000 dal Responsabile dell'Area Economico Finanziaria;",
            "Con la seguente votazione, espressa per alzata di mano e proclamata dal Presidente:",
        };
        for (String s : prem) doc.add(par(s, N, Element.ALIGN_JUSTIFIED, 4));

        PdfPTable vt = new PdfPTable(5);
        vt.setWidthPercentage(80);
        for (String s : new String[]{"Presenti", "Votanti", "Favorevoli", "Contrari", "Astenuti"}) {
            PdfPCell h = c(s, B, Element.ALIGN_CENTER, true, 3); h.setGrayFill(0.88f); vt.addCell(h);
        }
        for (String s : new String[]{"15", "14", "10", "4", "1"}) vt.addCell(c(s, N, Element.ALIGN_CENTER, true, 3));
        PdfPCell note = c("Contrari: Guerini, Mainardi, Vigorelli, Lunghi. Astenuto: Biancardi.", S, Element.ALIGN_LEFT, true, 3);
        note.setColspan(5);
        vt.addCell(note);
        doc.add(vt);
        doc.add(par(" ", S, Element.ALIGN_LEFT, 0));

        doc.add(par("DELIBERA", B, Element.ALIGN_CENTER, 6));
        String[] pts = {
            "di approvare le modifiche agli articoli 12, 27 e 41 del Regolamento comunale per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale, nel testo riportato nell'allegato prospetto comparativo, che costituisce parte integrante e sostanziale del presente atto;",
            "di dare atto che le modifiche approvate hanno efficacia dal 1° gennaio 2026, ai sensi dell'art. 53, comma 16, della Legge 23 dicembre 2000, n. 388;",
            "di disporre la pubblicazione del Regolamento, nel testo coordinato, nella sezione \"Amministrazione trasparente\" del sito istituzionale e la sua trasmissione al Ministero dell'Economia e delle Finanze secondo le modalità previste.",
        };
        i = 1;
        for (String s : pts) {
            Paragraph p = par(i++ + ") " + s, N, Element.ALIGN_JUSTIFIED, 4);
            p.setIndentationLeft(16); p.setFirstLineIndent(-16);
            doc.add(p);
        }
        doc.add(par("Successivamente, IL CONSIGLIO COMUNALE, con separata votazione che dà il seguente esito: presenti 15, votanti 14, "
                + "favorevoli 10, contrari 4 (Guerini, Mainardi, Vigorelli, Lunghi), astenuti 1 (Biancardi), dichiara il presente atto "
                + "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", N, Element.ALIGN_JUSTIFIED, 10));

        doc.add(par("Letto, confermato e sottoscritto.", N, Element.ALIGN_LEFT, 8));
        PdfPTable sig = new PdfPTable(2);
        sig.setWidthPercentage(100);
        sig.addCell(c("IL PRESIDENTE DEL CONSIGLIO\nMarta Capelli", B, Element.ALIGN_CENTER, false, 4));
        sig.addCell(c("IL SEGRETARIO GENERALE\nDott. Vittorio Lanzani", B, Element.ALIGN_CENTER, false, 4));
        sig.addCell(c("(documento firmato digitalmente)", S, Element.ALIGN_CENTER, false, 2));
        sig.addCell(c("(documento firmato digitalmente)", S, Element.ALIGN_CENTER, false, 2));
        doc.add(sig);
        doc.add(par(" ", S, Element.ALIGN_LEFT, 6));
        PdfPTable pub = new PdfPTable(1);
        pub.setWidthPercentage(100);
        pub.addCell(c("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, il quale sostituisce il documento cartaceo e la firma autografa. "
                + "Il presente verbale è pubblicato all'Albo Pretorio on line per 15 giorni consecutivi ai sensi dell'art. 124 del D.Lgs. n. 267/2000.", S, Element.ALIGN_JUSTIFIED, true, 5));
        doc.add(pub);
        doc.close();
    }
}
