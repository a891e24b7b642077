package act.direct;

import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

/** Four documents printed with OpenPDF 2.0.5 (Document / PdfPTable / page events). */
public class OpenPdfActs {
    static final String DJ = "/usr/share/fonts/truetype/dejavu/";
    static String out;

    /** Running head and "Pagina X di Y" foot, as J-Iride / Dedagroup prints have. */
    static class Pager extends PdfPageEventHelper {
        final String head; final Font f; PdfTemplate tot; final BaseFont bf; final String fmt;
        Pager(String head, BaseFont bf, String fmt) { this.head = head; this.bf = bf; this.f = new Font(bf, 7.5f); this.fmt = fmt; }
        public void onOpenDocument(PdfWriter w, Document d) { tot = w.getDirectContent().createTemplate(30, 12); }
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            if (head != null && w.getPageNumber() > 1) {
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(head, f), d.left(), d.top() + 18, 0);
                cb.setLineWidth(0.4f); cb.moveTo(d.left(), d.top() + 14); cb.lineTo(d.right(), d.top() + 14); cb.stroke();
            }
            String s = String.format(fmt, w.getPageNumber());
            float wdt = bf.getWidthPoint(s, 7.5f);
            cb.beginText(); cb.setFontAndSize(bf, 7.5f); cb.setTextMatrix(d.right() - wdt - 14, d.bottom() - 20); cb.showText(s); cb.endText();
            cb.addTemplate(tot, d.right() - 14, d.bottom() - 20);
        }
        public void onCloseDocument(PdfWriter w, Document d) {
            tot.beginText(); tot.setFontAndSize(bf, 7.5f); tot.setTextMatrix(0, 0); tot.showText(String.valueOf(w.getPageNumber() - 1)); tot.endText();
        }
    }

    static PdfPCell cell(String s, Font f, int align, float pad, int border) {
        PdfPCell c = new PdfPCell(new Phrase(s, f)); c.setHorizontalAlignment(align); c.setPadding(pad); c.setBorder(border); return c;
    }
    static Paragraph par(String s, Font f, int align, float before, float after) {
        Paragraph p = new Paragraph(s, f); p.setAlignment(align); p.setSpacingBefore(before); p.setSpacingAfter(after); p.setLeading(f.getSize() * 1.35f); return p;
    }

    public static void main(String[] a) throws Exception {
        out = a[0];
        novara(); vigevano(); monselice(); scanno();
    }

    // ---------------------------------------------------------------- A. Novara, Giunta, J-Iride style
    static void novara() throws Exception {
        BaseFont hel = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false);
        BaseFont helB = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, false);
        Font n = new Font(hel, 10), b = new Font(helB, 10), small = new Font(hel, 8), big = new Font(helB, 15), mid = new Font(helB, 11.5f);
        Document d = new Document(PageSize.A4, 56, 56, 60, 60);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(out + "/giunta-novara-jiride.pdf"));
        w.setPageEvent(new Pager("Città di Novara - Deliberazione della Giunta Comunale n. 287 del 18/11/2025", hel, "Pagina %d di "));
        d.addTitle("Deliberazione G.C. 287/2025"); d.addCreator("J-Iride Atti Amministrativi");
        d.open();
        d.add(par("CITTÀ DI NOVARA", big, Element.ALIGN_CENTER, 0, 0));
        d.add(par("Medaglia d'Oro al Valor Militare per la Guerra di Liberazione", small, Element.ALIGN_CENTER, 0, 14));
        d.add(par("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", mid, Element.ALIGN_CENTER, 0, 8));
        PdfPTable reg = new PdfPTable(new float[]{1, 1, 1.4f}); reg.setWidthPercentage(100);
        reg.addCell(cell("N. 287", b, Element.ALIGN_LEFT, 5, Rectangle.BOX));
        reg.addCell(cell("Data: 18/11/2025", b, Element.ALIGN_LEFT, 5, Rectangle.BOX));
        reg.addCell(cell("Proposta n. 312 del 12/11/2025", n, Element.ALIGN_LEFT, 5, Rectangle.BOX));
        PdfPCell prop = cell("Settore proponente: Settore Lavori Pubblici e Manutenzioni", n, Element.ALIGN_LEFT, 5, Rectangle.BOX); prop.setColspan(3); reg.addCell(prop);
        d.add(reg);
        PdfPTable ogg = new PdfPTable(new float[]{1, 5.2f}); ogg.setWidthPercentage(100); ogg.setSpacingBefore(8);
        ogg.addCell(cell("OGGETTO:", b, Element.ALIGN_LEFT, 4, Rectangle.NO_BORDER));
        ogg.addCell(cell("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE DEI GIARDINI PUBBLICI DI VIALE DANTE ALIGHIERI - CUP F17H25000910004", b, Element.ALIGN_JUSTIFIED, 4, Rectangle.NO_BORDER));
        d.add(ogg);
        d.add(par("L'anno duemilaventicinque, il giorno diciotto del mese di novembre alle ore 15:30, nella sala delle adunanze del Palazzo Municipale, si è riunita la Giunta Comunale, convocata nei modi di legge. Sono presenti i Signori:", n, Element.ALIGN_JUSTIFIED, 10, 6));
        String[][] roll = {
            {"FERRANDI PAOLO", "Sindaco", "X", ""}, {"GALLAROTTI SILVIA", "Vice Sindaco", "X", ""},
            {"BOSSI ANDREA", "Assessore", "X", ""}, {"CERUTTI MARTA", "Assessore", "", "X"},
            {"DE PAOLI STEFANO", "Assessore", "X", ""}, {"ZANETTA ILARIA", "Assessore", "X", ""},
            {"PIROVANO LUCA", "Assessore", "X", ""}, {"VERCELLOTTI ANNA", "Assessore", "X", ""}};
        PdfPTable r = new PdfPTable(new float[]{3.2f, 2.2f, 1, 1}); r.setWidthPercentage(86);
        for (String h : new String[]{"Cognome e Nome", "Carica", "Presente", "Assente"}) { PdfPCell c = cell(h, b, Element.ALIGN_CENTER, 3, Rectangle.BOX); c.setBackgroundColor(new Color(225, 225, 225)); r.addCell(c); }
        for (String[] row : roll) { r.addCell(cell(row[0], n, Element.ALIGN_LEFT, 3, Rectangle.BOX)); r.addCell(cell(row[1], n, Element.ALIGN_LEFT, 3, Rectangle.BOX)); r.addCell(cell(row[2], n, Element.ALIGN_CENTER, 3, Rectangle.BOX)); r.addCell(cell(row[3], n, Element.ALIGN_CENTER, 3, Rectangle.BOX)); }
        PdfPCell t = cell("Totale presenti: 7        Totale assenti: 1", b, Element.ALIGN_RIGHT, 3, Rectangle.BOX); t.setColspan(4); r.addCell(t);
        d.add(r);
        d.add(par("Presiede il Sindaco Dott. Paolo Ferrandi. Partecipa il Segretario Generale Dott.ssa Elena Moietta, che cura la redazione del presente verbale.", n, Element.ALIGN_JUSTIFIED, 8, 4));
        d.add(par("Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta e invita la Giunta a deliberare sull'oggetto sopra indicato.", n, Element.ALIGN_JUSTIFIED, 0, 8));
        d.add(par("LA GIUNTA COMUNALE", b, Element.ALIGN_CENTER, 4, 6));
        String[] prem = {
            "Premesso che con deliberazione del Consiglio Comunale n. 96 del 19/12/2024 è stato approvato il Documento Unico di Programmazione 2025/2027, che nel programma triennale delle opere pubbliche prevede l'intervento di riqualificazione dei giardini pubblici di viale Dante Alighieri per un importo complessivo di € 780.000,00;",
            "Richiamata la deliberazione della Giunta Comunale n. 142 del 10/06/2025 con la quale è stato approvato il documento di indirizzo alla progettazione;",
            "Visto il progetto di fattibilità tecnico-economica redatto dal Servizio Progettazione del Settore Lavori Pubblici e Manutenzioni, acquisito agli atti in data 07/11/2025, composto dagli elaborati elencati nell'allegato A, con il seguente quadro economico: lavori a base d'asta € 590.000,00, oneri per la sicurezza € 18.000,00, somme a disposizione dell'Amministrazione € 172.000,00;",
            "Visto il rapporto di verifica del progetto sottoscritto dal Responsabile Unico del Progetto, Arch. Chiara Bellotti, in data 10/11/2025, ai sensi dell'art. 42 del D.Lgs. 31 marzo 2023, n. 36;",
            "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267, allegati al presente atto quale parte integrante;",
            "Con voti unanimi espressi nelle forme di legge;"};
        for (String s : prem) d.add(par(s, n, Element.ALIGN_JUSTIFIED, 0, 5));
        d.add(par("DELIBERA", b, Element.ALIGN_CENTER, 6, 6));
        String[] pts = {
            "di approvare il progetto di fattibilità tecnico-economica per la riqualificazione dei giardini pubblici di viale Dante Alighieri, per un importo complessivo di € 780.000,00, secondo il quadro economico riportato in premessa;",
            "di dare atto che la spesa trova copertura al capitolo 2090101 \"Manutenzione straordinaria aree verdi\" del bilancio di previsione 2025/2027, annualità 2026, finanziato con avanzo di amministrazione destinato;",
            "di confermare quale Responsabile Unico del Progetto l'Arch. Chiara Bellotti, funzionaria del Settore Lavori Pubblici e Manutenzioni;",
            "di demandare al Dirigente del Settore Lavori Pubblici e Manutenzioni l'adozione degli atti conseguenti, ivi compreso l'avvio della progettazione esecutiva."};
        List l = new List(List.ORDERED, 18); l.setListSymbol(new Chunk("", n));
        int i = 1; for (String s : pts) { ListItem li = new ListItem(s, n); li.setAlignment(Element.ALIGN_JUSTIFIED); li.setListSymbol(new Chunk(i++ + ")", n)); li.setSpacingAfter(4); li.setLeading(13.5f); l.add(li); }
        d.add(l);
        d.add(par("Successivamente, con separata votazione unanime, la Giunta Comunale DICHIARA il presente provvedimento immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, stante l'urgenza di avviare la progettazione esecutiva entro l'anno.", n, Element.ALIGN_JUSTIFIED, 8, 14));
        d.add(par("Letto, confermato e sottoscritto.", n, Element.ALIGN_LEFT, 0, 8));
        PdfPTable sig = new PdfPTable(2); sig.setWidthPercentage(100); sig.setKeepTogether(true);
        sig.addCell(cell("IL SINDACO\nDott. Paolo Ferrandi\n(documento firmato digitalmente)", n, Element.ALIGN_CENTER, 4, Rectangle.NO_BORDER));
        sig.addCell(cell("IL SEGRETARIO GENERALE\nDott.ssa Elena Moietta\n(documento firmato digitalmente)", n, Element.ALIGN_CENTER, 4, Rectangle.NO_BORDER));
        d.add(sig);
        d.add(par("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 (CAD) e norme collegate, il quale sostituisce il documento cartaceo e la firma autografa.", small, Element.ALIGN_LEFT, 16, 0));
        d.close();
    }

    // ---------------------------------------------------------------- B. Vigevano, determinazione, Dedagroup style
    static void vigevano() throws Exception {
        BaseFont dj = BaseFont.createFont(DJ + "DejaVuSansCondensed.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        BaseFont djB = BaseFont.createFont(DJ + "DejaVuSansCondensed-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Font n = new Font(dj, 9.5f), b = new Font(djB, 9.5f), s8 = new Font(dj, 7.5f), h = new Font(djB, 14), h2 = new Font(djB, 11);
        Document d = new Document(PageSize.A4, 50, 50, 62, 58);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(out + "/determina-vigevano-dedagroup.pdf"));
        w.setPageEvent(new Pager("Comune di Vigevano - Determinazione R.G. n. 1452 del 24/11/2025", dj, "Pag. %d di "));
        d.addCreator("Civilia Open - Dedagroup Public Services");
        d.open();
        PdfPTable head = new PdfPTable(new float[]{1, 4}); head.setWidthPercentage(100);
        PdfPCell stemma = cell("[stemma]", s8, Element.ALIGN_CENTER, 10, Rectangle.BOX); stemma.setRowspan(2); stemma.setVerticalAlignment(Element.ALIGN_MIDDLE); head.addCell(stemma);
        head.addCell(cell("COMUNE DI VIGEVANO", h, Element.ALIGN_LEFT, 4, Rectangle.NO_BORDER));
        head.addCell(cell("Provincia di Pavia\nCorso Vittorio Emanuele II, 25 - 27029 Vigevano (PV)", s8, Element.ALIGN_LEFT, 4, Rectangle.NO_BORDER));
        d.add(head);
        d.add(par(" ", s8, Element.ALIGN_LEFT, 0, 4));
        PdfPTable box = new PdfPTable(new float[]{1.3f, 2.7f}); box.setWidthPercentage(100);
        PdfPCell c1 = cell("SETTORE SERVIZI ALLA PERSONA", h2, Element.ALIGN_CENTER, 5, Rectangle.BOX); c1.setColspan(2); c1.setBackgroundColor(new Color(232, 236, 242)); box.addCell(c1);
        PdfPCell c2 = cell("Servizio Politiche Sociali", b, Element.ALIGN_CENTER, 4, Rectangle.BOX); c2.setColspan(2); box.addCell(c2);
        PdfPCell c3 = cell("DETERMINAZIONE DIRIGENZIALE", h2, Element.ALIGN_CENTER, 6, Rectangle.BOX); c3.setColspan(2); box.addCell(c3);
        box.addCell(cell("Registro Generale", n, Element.ALIGN_LEFT, 4, Rectangle.BOX));
        box.addCell(cell("N. 1452 del 24/11/2025", b, Element.ALIGN_LEFT, 4, Rectangle.BOX));
        box.addCell(cell("Registro di Settore", n, Element.ALIGN_LEFT, 4, Rectangle.BOX));
        box.addCell(cell("N. 218 del 21/11/2025", n, Element.ALIGN_LEFT, 4, Rectangle.BOX));
        d.add(box);
        PdfPTable ogg = new PdfPTable(new float[]{0.9f, 5}); ogg.setWidthPercentage(100); ogg.setSpacingBefore(10);
        ogg.addCell(cell("OGGETTO:", b, Element.ALIGN_LEFT, 4, Rectangle.TOP | Rectangle.BOTTOM | Rectangle.LEFT));
        ogg.addCell(cell("Affidamento del servizio di trasporto disabili verso i centri diurni per il periodo 01/01/2026 - 31/12/2026 alla Cooperativa Sociale Il Ponte s.c.s. - Impegno di spesa. CIG B8F2A41C7D", b, Element.ALIGN_JUSTIFIED, 4, Rectangle.TOP | Rectangle.BOTTOM | Rectangle.RIGHT));
        d.add(ogg);
        d.add(par("IL DIRIGENTE", b, Element.ALIGN_CENTER, 10, 6));
        String[] prem = {
            "Visto il decreto sindacale n. 31 del 28/06/2024 di conferimento dell'incarico di direzione del Settore Servizi alla Persona;",
            "Richiamate la deliberazione del Consiglio Comunale n. 88 del 20/12/2024, di approvazione del bilancio di previsione 2025/2027, e la deliberazione della Giunta Comunale n. 14 del 23/01/2025, di approvazione del Piano Esecutivo di Gestione;",
            "Premesso che il Comune garantisce il trasporto delle persone con disabilità verso i centri diurni del territorio (CDD \"Il Girasole\" e CSE \"Arcobaleno\") e che l'attuale affidamento scade il 31/12/2025;",
            "Dato atto che, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023, è stata svolta sulla piattaforma Sintel di ARIA S.p.A. una procedura di affidamento diretto previa consultazione di tre operatori (identificativo procedura 212457810), all'esito della quale la Cooperativa Sociale Il Ponte s.c.s., con sede in Mortara (PV), ha offerto un ribasso del 4,20% sull'importo stimato;",
            "Verificato il possesso dei requisiti di ordine generale dell'operatore economico tramite il Fascicolo Virtuale dell'Operatore Economico e acquisito il DURC regolare (prot. INAIL_50418822, scadenza 12/02/2026);",
            "Accertata la regolarità tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del D.Lgs. n. 267/2000;"};
        for (String s : prem) d.add(par(s, n, Element.ALIGN_JUSTIFIED, 0, 4));
        d.add(par("DETERMINA", b, Element.ALIGN_CENTER, 8, 6));
        String[] pts = {
            "di affidare alla Cooperativa Sociale Il Ponte s.c.s. (P.IVA 01984520183) il servizio di trasporto disabili verso i centri diurni per il periodo 01/01/2026 - 31/12/2026, per l'importo di € 128.544,00 oltre IVA al 5%, per complessivi € 134.971,20;",
            "di impegnare la spesa di € 134.971,20 al capitolo 1204.03.1320 \"Trasporto disabili - prestazioni di servizi\" del bilancio 2025/2027, esercizio 2026;",
            "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi dell'art. 18, comma 1, del D.Lgs. n. 36/2023;",
            "di nominare Responsabile Unico del Progetto la Dott.ssa Francesca Invernizzi, funzionaria del Servizio Politiche Sociali;",
            "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione \"Amministrazione trasparente\" del sito istituzionale."};
        int i = 1; for (String s : pts) {
            PdfPTable t = new PdfPTable(new float[]{0.35f, 9}); t.setWidthPercentage(100);
            t.addCell(cell(i++ + ".", n, Element.ALIGN_LEFT, 2, Rectangle.NO_BORDER)); t.addCell(cell(s, n, Element.ALIGN_JUSTIFIED, 2, Rectangle.NO_BORDER)); d.add(t); }
        d.add(par("Vigevano, 24/11/2025", n, Element.ALIGN_LEFT, 14, 0));
        d.add(par("IL DIRIGENTE DEL SETTORE\nDott. Luca Ferrario\n(firmato digitalmente)", n, Element.ALIGN_RIGHT, 0, 18));
        PdfPTable v = new PdfPTable(1); v.setWidthPercentage(100); v.setKeepTogether(true);
        v.addCell(cell("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", b, Element.ALIGN_CENTER, 5, Rectangle.BOX));
        v.addCell(cell("Ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000 si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa.\n\nImpegno n. 2026/318   Capitolo 1204.03.1320   Importo € 134.971,20\n\nVigevano, 24/11/2025                                                    IL DIRIGENTE DEL SETTORE FINANZIARIO\n                                                                                               Dott.ssa Roberta Colombo", n, Element.ALIGN_LEFT, 6, Rectangle.BOX));
        d.add(v);
        d.close();
    }

    // ---------------------------------------------------------------- C. Monselice, avviso pubblico numerato, APKappa style
    static void monselice() throws Exception {
        Font n = new Font(Font.TIMES_ROMAN, 11), b = new Font(Font.TIMES_ROMAN, 11, Font.BOLD), i = new Font(Font.TIMES_ROMAN, 9, Font.ITALIC),
             h = new Font(Font.TIMES_ROMAN, 16, Font.BOLD), h2 = new Font(Font.TIMES_ROMAN, 12, Font.BOLD);
        Document d = new Document(PageSize.A4, 64, 64, 56, 64);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(out + "/avviso-monselice-apkappa.pdf"));
        HeaderFooter foot = new HeaderFooter(new Phrase("Comune di Monselice - Piazza San Marco, 1 - 35043 Monselice (PD) - pec: monselice.pd@cert.ip-veneto.net - pagina ", new Font(Font.TIMES_ROMAN, 8)), true);
        foot.setAlignment(Element.ALIGN_CENTER); foot.setBorder(Rectangle.TOP); d.setFooter(foot);
        d.addCreator("APKappa - Hypersic Atti");
        d.open();
        d.add(par("COMUNE DI MONSELICE", h, Element.ALIGN_CENTER, 0, 0));
        d.add(par("Provincia di Padova", i, Element.ALIGN_CENTER, 0, 6));
        d.add(par("AREA SERVIZI AL CITTADINO", h2, Element.ALIGN_CENTER, 0, 0));
        d.add(par("Ufficio Cultura, Turismo e Associazionismo", n, Element.ALIGN_CENTER, 0, 4));
        LineSeparatorLine(d);
        PdfPTable prot = new PdfPTable(2); prot.setWidthPercentage(100);
        prot.addCell(cell("Prot. n. 1893 / 2026", n, Element.ALIGN_LEFT, 2, Rectangle.NO_BORDER));
        prot.addCell(cell("Monselice, 16/01/2026", n, Element.ALIGN_RIGHT, 2, Rectangle.NO_BORDER));
        d.add(prot);
        d.add(par("AVVISO PUBBLICO N. 3 DEL 16/01/2026", h2, Element.ALIGN_CENTER, 14, 4));
        d.add(par("PER LA CONCESSIONE DI CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI CULTURALI, TURISTICHE E DI PROMOZIONE DEL TERRITORIO - ANNO 2026", b, Element.ALIGN_CENTER, 0, 12));
        d.add(par("IL RESPONSABILE DELL'AREA SERVIZI AL CITTADINO", b, Element.ALIGN_CENTER, 0, 6));
        d.add(par("in esecuzione della deliberazione della Giunta Comunale n. 4 del 13/01/2026 e della propria determinazione n. 21 del 15/01/2026, e visto il vigente Regolamento comunale per la concessione di contributi e vantaggi economici approvato con deliberazione del Consiglio Comunale n. 37 del 28/07/2022,", n, Element.ALIGN_JUSTIFIED, 0, 6));
        d.add(par("RENDE NOTO", b, Element.ALIGN_CENTER, 4, 6));
        d.add(par("che sono aperti i termini per la presentazione delle domande di contributo ordinario per l'anno 2026 da parte delle associazioni senza scopo di lucro che svolgono attività culturali, turistiche e di promozione del territorio nel Comune di Monselice.", n, Element.ALIGN_JUSTIFIED, 0, 8));
        String[][] art = {
            {"Art. 1 - Risorse disponibili", "Le risorse destinate al presente avviso ammontano complessivamente a € 42.000,00, stanziate al capitolo 5021 \"Contributi ad associazioni culturali\" del bilancio di previsione 2026/2028."},
            {"Art. 2 - Soggetti beneficiari", "Possono presentare domanda le associazioni iscritte al Registro comunale delle associazioni o al Registro Unico Nazionale del Terzo Settore (RUNTS), con sede o attività prevalente nel territorio comunale, che non abbiano ricevuto per la medesima attività altri contributi comunali nel corso dell'anno."},
            {"Art. 3 - Attività finanziabili", "Sono finanziabili le attività ordinarie programmate per l'anno 2026, con particolare riguardo alla valorizzazione della Rocca e del centro storico, alle manifestazioni della Giostra della Rocca, alla promozione dei Colli Euganei e alle iniziative rivolte ai giovani."},
            {"Art. 4 - Modalità e termini di presentazione", "La domanda, redatta sul modulo allegato (Allegato 1) e sottoscritta dal legale rappresentante, deve pervenire entro le ore 12:00 del giorno 27/02/2026 a mezzo PEC all'indirizzo monselice.pd@cert.ip-veneto.net oppure mediante consegna all'Ufficio Protocollo. Alla domanda vanno allegati il programma delle attività, il bilancio preventivo 2026 e il rendiconto 2025."},
            {"Art. 5 - Criteri di valutazione", "Le domande saranno valutate da una commissione interna secondo i criteri dell'art. 9 del Regolamento: rilevanza per la comunità (fino a 30 punti), continuità dell'attività (fino a 20 punti), coinvolgimento di giovani e volontari (fino a 20 punti), cofinanziamento (fino a 15 punti), collaborazione con altre associazioni (fino a 15 punti)."},
            {"Art. 6 - Trattamento dei dati personali", "I dati personali saranno trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso. Titolare del trattamento è il Comune di Monselice."},
            {"Art. 7 - Informazioni", "Responsabile del procedimento è la Dott.ssa Giulia Businaro. Informazioni: Ufficio Cultura, tel. 0429 786911, e-mail cultura@comune.monselice.padova.it."}};
        for (String[] x : art) { d.add(par(x[0], b, Element.ALIGN_LEFT, 4, 2)); d.add(par(x[1], n, Element.ALIGN_JUSTIFIED, 0, 4)); }
        d.add(par("IL RESPONSABILE DELL'AREA\nSERVIZI AL CITTADINO\nDott. Marco Sartori", n, Element.ALIGN_RIGHT, 16, 4));
        d.add(par("Documento firmato digitalmente ai sensi dell'art. 21 del D.Lgs. n. 82/2005", i, Element.ALIGN_RIGHT, 0, 0));
        d.close();
    }
    static void LineSeparatorLine(Document d) throws DocumentException {
        PdfPTable t = new PdfPTable(1); t.setWidthPercentage(100); PdfPCell c = new PdfPCell(new Phrase(" ", new Font(Font.HELVETICA, 2))); c.setBorder(Rectangle.BOTTOM); c.setBorderWidth(1.2f); t.addCell(c); t.setSpacingAfter(6); d.add(t);
    }

    // ---------------------------------------------------------------- D. Scanno, convocazione del Consiglio, Word-template style letter
    static void scanno() throws Exception {
        BaseFont se = BaseFont.createFont(DJ + "DejaVuSerif.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        BaseFont seB = BaseFont.createFont(DJ + "DejaVuSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Font n = new Font(se, 10), b = new Font(seB, 10), h = new Font(seB, 14), s = new Font(se, 8);
        Document d = new Document(PageSize.A4, 70, 62, 50, 50);
        PdfWriter.getInstance(d, new FileOutputStream(out + "/convocazione-scanno-word.pdf"));
        d.addCreator("Microsoft® Word per Microsoft 365"); d.open();
        d.add(par("COMUNE DI SCANNO", h, Element.ALIGN_CENTER, 0, 0));
        d.add(par("Provincia dell'Aquila", n, Element.ALIGN_CENTER, 0, 0));
        d.add(par("Piazza Santa Maria della Valle, 12 - 67038 Scanno (AQ) - Tel. 0864 74545 - protocollo@pec.comune.scanno.aq.it", s, Element.ALIGN_CENTER, 0, 14));
        PdfPTable t = new PdfPTable(new float[]{1, 1}); t.setWidthPercentage(100);
        t.addCell(cell("Prot. n. 4127", n, Element.ALIGN_LEFT, 1, Rectangle.NO_BORDER));
        t.addCell(cell("Scanno, 3 dicembre 2025", n, Element.ALIGN_RIGHT, 1, Rectangle.NO_BORDER));
        d.add(t);
        Paragraph to = par("Ai Signori Consiglieri Comunali\nLORO SEDI\n\nAl Revisore dei Conti\nAl Segretario Comunale\nAlla Prefettura - U.T.G. dell'Aquila\nAl Comando Stazione Carabinieri di Scanno", n, Element.ALIGN_LEFT, 12, 14);
        to.setIndentationLeft(250); d.add(to);
        Paragraph o = new Paragraph(); o.setLeading(13.5f); o.add(new Chunk("Oggetto: ", b));
        o.add(new Chunk("Convocazione del Consiglio Comunale in sessione straordinaria - seduta del 11 dicembre 2025.", b)); o.setSpacingAfter(10); d.add(o);
        d.add(par("Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267, e degli artt. 12 e 14 del vigente Regolamento per il funzionamento del Consiglio Comunale, le SS.LL. sono invitate a partecipare alla seduta del Consiglio Comunale, in sessione straordinaria e in prima convocazione, che si terrà presso la Sala consiliare del Palazzo municipale il giorno", n, Element.ALIGN_JUSTIFIED, 0, 6));
        d.add(par("GIOVEDÌ 11 DICEMBRE 2025 alle ore 18:00", b, Element.ALIGN_CENTER, 2, 6));
        d.add(par("per la trattazione del seguente", n, Element.ALIGN_LEFT, 0, 4));
        d.add(par("ORDINE DEL GIORNO", b, Element.ALIGN_CENTER, 2, 6));
        String[] odg = {
            "Lettura e approvazione dei verbali della seduta precedente.",
            "Ratifica della deliberazione della Giunta Comunale n. 98 del 13/11/2025 avente ad oggetto \"Variazione d'urgenza al bilancio di previsione 2025/2027 ai sensi dell'art. 175, comma 4, del D.Lgs. n. 267/2000\".",
            "Revisione periodica delle partecipazioni pubbliche ex art. 20 del D.Lgs. n. 175/2016 - situazione al 31/12/2024.",
            "Approvazione del regolamento comunale per l'utilizzo degli impianti sciistici e delle aree di Passo Godi in concessione.",
            "Convenzione con il Comune di Villalago per la gestione associata del servizio di polizia locale - approvazione schema.",
            "Comunicazioni del Sindaco."};
        int k = 1; for (String x : odg) { Paragraph p = par(k++ + ". " + x, n, Element.ALIGN_JUSTIFIED, 0, 3); p.setIndentationLeft(18); p.setFirstLineIndent(-14); d.add(p); }
        d.add(par("La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso l'Ufficio di Segreteria e consultabile dai Consiglieri negli orari di apertura al pubblico a partire dalla data di notifica della presente.", n, Element.ALIGN_JUSTIFIED, 10, 6));
        d.add(par("In caso di mancanza del numero legale, la seduta in seconda convocazione è fissata per venerdì 12 dicembre 2025 alla stessa ora e nello stesso luogo.", n, Element.ALIGN_JUSTIFIED, 0, 18));
        d.add(par("IL SINDACO\nPresidente del Consiglio Comunale\nGiovanni Di Cesare", n, Element.ALIGN_RIGHT, 0, 0));
        d.add(par("Firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2, del D.Lgs. n. 39/1993", s, Element.ALIGN_RIGHT, 4, 0));
        d.close();
    }
}
