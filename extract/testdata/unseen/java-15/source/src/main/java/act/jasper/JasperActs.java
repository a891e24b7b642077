package act.jasper;

import net.sf.jasperreports.engine.*;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import java.util.*;

/** Four documents filled from a .jrxml each with JasperReports 6.21.3 (PDF export through OpenPDF 1.3.32). */
public class JasperActs {
    static String out, jr;
    static List<Map<String, ?>> rows;
    static void r(String kind, String... c) { Map<String, Object> m = new HashMap<>(); m.put("kind", kind); for (int i = 0; i < 4; i++) m.put("c" + (i + 1), i < c.length ? c[i] : ""); rows.add(m); }
    static void fill(String layout, Map<String, Object> p, String file) throws Exception {
        JasperReport rep = JasperCompileManager.compileReport(jr + "/" + layout + ".jrxml");
        JasperPrint print = JasperFillManager.fillReport(rep, p, new JRMapCollectionDataSource(rows));
        JasperExportManager.exportReportToPdfFile(print, out + "/" + file);
    }
    public static void main(String[] a) throws Exception {
        out = a[0]; jr = a[1];
        siniscola(); piombino(); sapri(); pesaro();
    }

    static void siniscola() throws Exception {
        rows = new ArrayList<>(); Map<String, Object> p = new HashMap<>();
        p.put("MUN", "COMUNE DI SINISCOLA"); p.put("PROV", "Provincia di Nuoro"); p.put("NUM", "162"); p.put("DATA", "15/12/2025");
        p.put("PROP", "n. 171 del 10/12/2025 - Settore Servizi Socio-Culturali e Pubblica Istruzione");
        p.put("OGG", "INDIRIZZI PER LA GESTIONE DEL SERVIZIO DI TRASPORTO SCOLASTICO A.S. 2025/2026 - ISTITUZIONE DELLE NUOVE FERMATE IN LOCALITÀ LA CALETTA E SANTA LUCIA");
        p.put("INTRO", "L'anno duemilaventicinque, addì quindici del mese di dicembre, alle ore 12:30, nella sala delle adunanze della Casa Comunale, previa osservanza di tutte le formalità prescritte dalla vigente legge, vennero convocati a seduta i componenti della Giunta Comunale. All'appello risultano:");
        r("ROLLHEAD");
        String[][] roll = {{"PIRAS GIOVANNI MARIA", "Sindaco", "Presente"}, {"CARTA ROSSANA", "Vice Sindaco", "Presente"}, {"MULAS FRANCESCO", "Assessore", "Presente"},
            {"DEIANA PAOLA", "Assessore", "Assente"}, {"FLORIS ANTONIO", "Assessore", "Presente"}, {"SANNA MICHELA", "Assessore", "Presente"}};
        for (String[] x : roll) r("ROLL", x);
        r("ROLLTOT", "Presenti: 5     Assenti: 1");
        r("GAP");
        r("PARA", "Assume la presidenza il Sindaco Sig. Giovanni Maria Piras. Partecipa il Segretario Comunale Dott. Salvatore Mele, il quale provvede alla redazione del presente verbale.");
        r("PARA", "Il Presidente, constatato che gli intervenuti sono in numero legale, dichiara aperta la riunione e invita i convenuti a deliberare sull'oggetto sopra indicato.");
        r("HEAD", "LA GIUNTA COMUNALE");
        r("PARA", "Premesso che il Comune di Siniscola assicura il servizio di trasporto scolastico per gli alunni delle scuole dell'infanzia, primarie e secondarie di primo grado residenti nelle frazioni e nei nuclei abitati sparsi, ai sensi della L.R. n. 31/1984 e del vigente Regolamento comunale approvato con deliberazione del Consiglio Comunale n. 22 del 30/06/2021;");
        r("PARA", "Viste le istanze presentate dalle famiglie residenti in località La Caletta (zona Sa Petra Ruja) e Santa Lucia (via dei Gigli), acquisite al protocollo n. 21877 del 14/10/2025 e n. 22410 del 21/10/2025, con le quali si chiede l'istituzione di nuove fermate in prossimità delle abitazioni;");
        r("PARA", "Vista la relazione del Responsabile del Settore Servizi Socio-Culturali e Pubblica Istruzione del 09/12/2025, dalla quale risulta che l'istituzione delle due nuove fermate non comporta variazioni dei tempi di percorrenza superiori a dieci minuti né maggiori oneri per l'Ente, nell'ambito del contratto in essere con la ditta Autolinee Baronia S.r.l.;");
        r("PARA", "Acquisito il parere favorevole di regolarità tecnica espresso dal Responsabile del Settore ai sensi dell'art. 49 del D.Lgs. n. 267/2000, dando atto che il presente provvedimento non comporta riflessi diretti o indiretti sulla situazione economico-finanziaria dell'Ente;");
        r("PARA", "Con votazione unanime, espressa in forma palese,");
        r("HEAD", "DELIBERA");
        r("POINT", "1.", "di istituire, a decorrere dal 07/01/2026, le nuove fermate del servizio di trasporto scolastico in località La Caletta, incrocio via Sa Petra Ruja, e in località Santa Lucia, via dei Gigli, come individuate nella planimetria allegata alla relazione del Responsabile del Settore;");
        r("POINT", "2.", "di dare mandato al Responsabile del Settore Servizi Socio-Culturali e Pubblica Istruzione di comunicare le nuove fermate alla ditta affidataria e alle famiglie interessate e di aggiornare il piano annuale dei percorsi;");
        r("POINT", "3.", "di dare atto che dal presente provvedimento non derivano maggiori oneri a carico del bilancio comunale.");
        r("PARA", "Inoltre, con separata votazione unanime, la Giunta Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, al fine di consentire l'attivazione delle fermate alla ripresa delle lezioni.");
        r("GAP");
        r("PARA", "Letto, approvato e sottoscritto.");
        r("SIG", "IL SINDACO\nSig. Giovanni Maria Piras", "IL SEGRETARIO COMUNALE\nDott. Salvatore Mele");
        r("GAP");
        r("HEAD", "CERTIFICATO DI PUBBLICAZIONE");
        r("PARA", "Il sottoscritto Segretario Comunale certifica che copia della presente deliberazione è pubblicata all'Albo Pretorio on line del Comune dal 17/12/2025 per quindici giorni consecutivi (registro pubblicazioni n. 2398) ed è stata trasmessa in elenco ai Capigruppo consiliari con nota prot. n. 26590 del 17/12/2025.");
        r("SIG", "Siniscola, 17/12/2025", "IL SEGRETARIO COMUNALE\nDott. Salvatore Mele");
        fill("giunta_sicraweb", p, "giunta-siniscola-sicraweb.pdf");
    }

    static void piombino() throws Exception {
        rows = new ArrayList<>(); Map<String, Object> p = new HashMap<>();
        p.put("MUN", "COMUNE DI PIOMBINO"); p.put("PROV", "Provincia di Livorno - Via Ferruccio, 4 - 57025 Piombino (LI)");
        p.put("SETTORE", "SETTORE PROGRAMMAZIONE TERRITORIALE ED ECONOMICA"); p.put("SERVIZIO", "Servizio Attività Produttive e SUAP");
        p.put("NUM", "1398"); p.put("DATA", "19/12/2025"); p.put("NSETT", "96"); p.put("DSETT", "18/12/2025"); p.put("PROP", "DT-1521-2025");
        p.put("OGG", "Bando per l'assegnazione dei posteggi liberi nel mercato settimanale del mercoledì di via Lombroso - Approvazione della graduatoria definitiva e assegnazione delle concessioni decennali.");
        r("HEAD", "IL DIRIGENTE");
        r("PARA", "Visto il decreto del Sindaco n. 27 del 01/07/2025, con il quale è stato conferito al sottoscritto l'incarico di direzione del Settore Programmazione Territoriale ed Economica;");
        r("PARA", "Vista la L.R. Toscana 23 novembre 2018, n. 62 \"Codice del Commercio\" e il vigente Regolamento comunale per il commercio su aree pubbliche, approvato con deliberazione del Consiglio Comunale n. 54 del 27/04/2022;");
        r("PARA", "Richiamata la propria determinazione n. 1012 del 22/09/2025, con la quale è stato approvato il bando per l'assegnazione di n. 7 posteggi liberi nel mercato settimanale del mercoledì di via Lombroso, pubblicato sul Bollettino Ufficiale della Regione Toscana n. 40 del 01/10/2025;");
        r("PARA", "Dato atto che entro il termine del 31/10/2025 sono pervenute n. 11 domande, istruite dal Servizio Attività Produttive e SUAP secondo i criteri di priorità dell'art. 41 della L.R. n. 62/2018, e che la graduatoria provvisoria, approvata con determinazione n. 1287 del 25/11/2025, è stata pubblicata all'Albo Pretorio per quindici giorni senza che siano pervenute osservazioni;");
        r("PARA", "Ritenuto pertanto di approvare la graduatoria definitiva e di procedere al rilascio delle concessioni decennali dei posteggi;");
        r("PARA", "Attestata la regolarità tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del D.Lgs. n. 267/2000;");
        r("HEAD", "DETERMINA");
        r("POINT", "1)", "di approvare la graduatoria definitiva del bando per l'assegnazione dei posteggi liberi nel mercato settimanale del mercoledì di via Lombroso, allegata al presente atto quale parte integrante e sostanziale (Allegato A);");
        r("POINT", "2)", "di assegnare in concessione per dieci anni, con decorrenza 01/02/2026, i posteggi nn. 4, 9, 15, 22, 23, 31 e 38 agli operatori collocati utilmente in graduatoria, subordinatamente alla verifica della regolarità contributiva;");
        r("POINT", "3)", "di dare atto che il presente provvedimento non comporta impegno di spesa e che avverso lo stesso è ammesso ricorso al TAR della Toscana entro sessanta giorni dalla pubblicazione all'Albo Pretorio.");
        r("GAP");
        r("SIG", "Piombino, 19/12/2025", "IL DIRIGENTE\nArch. Stefano Niccolini\n(firmato digitalmente)");
        fill("determina_civilia", p, "determina-piombino-civilia.pdf");
    }

    static void sapri() throws Exception {
        rows = new ArrayList<>(); Map<String, Object> p = new HashMap<>();
        p.put("MUN", "COMUNE DI SAPRI"); p.put("PROV", "Provincia di Salerno"); p.put("ADDR", "Piazza Plebiscito, 1 - 84073 Sapri (SA) - Tel. 0973 605011 - protocollo.sapri@asmepec.it");
        p.put("NUM", "4"); p.put("DATA", "22/01/2026");
        p.put("OGG", "Chiusura temporanea al transito veicolare e pedonale della strada comunale Sapri-Timpone, dal km 0+800 al km 1+350, per caduta massi e pericolo per la pubblica incolumità.");
        r("HEAD", "IL SINDACO");
        r("PARA", "Premesso che nella notte tra il 20 e il 21 gennaio 2026, a seguito delle intense precipitazioni, si è verificato il distacco di materiale roccioso dal costone sovrastante la strada comunale Sapri-Timpone, con invasione della carreggiata nel tratto compreso tra il km 0+800 e il km 1+350;");
        r("PARA", "Vista la relazione del Responsabile dell'Area Tecnica, Geom. Carmine Lamberti, prot. n. 1142 del 21/01/2026, redatta a seguito di sopralluogo congiunto con il Comando di Polizia Municipale e i Vigili del Fuoco del Distaccamento di Sapri, nella quale si evidenzia il permanere di condizioni di instabilità del versante e il rischio di ulteriori crolli;");
        r("PARA", "Ritenuto necessario e urgente adottare provvedimenti a tutela della pubblica incolumità, nelle more dell'esecuzione degli interventi di messa in sicurezza;");
        r("PARA", "Visti gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267, e gli artt. 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada);");
        r("HEAD", "O R D I N A");
        r("POINT", "1.", "la chiusura al transito veicolare e pedonale della strada comunale Sapri-Timpone, nel tratto compreso tra il km 0+800 e il km 1+350, con decorrenza immediata e fino al completamento degli interventi di messa in sicurezza del versante;");
        r("POINT", "2.", "che il traffico diretto alla località Timpone sia deviato sul percorso alternativo di via Kennedy e della strada provinciale SP 16, con la posa della prescritta segnaletica a cura dell'Area Tecnica;");
        r("POINT", "3.", "che sia consentito il transito ai soli mezzi di soccorso, delle forze dell'ordine e delle ditte incaricate dei lavori, previa autorizzazione del Comando di Polizia Municipale;");
        r("POINT", "4.", "al Responsabile dell'Area Tecnica di provvedere con urgenza alla rimozione del materiale franato e alla progettazione degli interventi di consolidamento del costone roccioso.");
        r("PARA", "La Polizia Municipale e le altre Forze dell'ordine sono incaricate della vigilanza sull'osservanza della presente ordinanza. La presente ordinanza è pubblicata all'Albo Pretorio on line e trasmessa alla Prefettura di Salerno, alla Stazione Carabinieri di Sapri e al Distaccamento dei Vigili del Fuoco.");
        r("PARA", "Avverso il presente provvedimento è ammesso ricorso al T.A.R. Campania - Sezione di Salerno entro sessanta giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro centoventi giorni.");
        r("GAP");
        r("SIG", "Dalla Residenza Municipale, 22/01/2026", "IL SINDACO\nAvv. Gianluca Lamboglia");
        fill("ordinanza_studiok", p, "ordinanza-sapri-studiok.pdf");
    }

    static void pesaro() throws Exception {
        rows = new ArrayList<>(); Map<String, Object> p = new HashMap<>();
        p.put("MUN", "COMUNE DI PESARO"); p.put("SERV", "Servizio Politiche Abitative e Sociali");
        p.put("ALL", "Allegato A alla determinazione dirigenziale n. 2211 del 11/12/2025");
        p.put("TIT", "FONDO PER IL SOSTEGNO ALL'ACCESSO ALLE ABITAZIONI IN LOCAZIONE - ANNO 2025\nGRADUATORIA DEFINITIVA DEI BENEFICIARI - FASCIA A");
        p.put("NOTE", "Nel rispetto del Regolamento (UE) 2016/679 i richiedenti sono identificati dal numero di protocollo e dal codice della domanda comunicati al momento della presentazione. Gli importi sono arrotondati all'euro.");
        r("TABHEAD");
        Random rnd = new Random(42); int tot = 0;
        int[] isee = new int[46]; for (int i = 0; i < isee.length; i++) isee[i] = 1200 + rnd.nextInt(13000); Arrays.sort(isee);
        for (int i = 0; i < isee.length; i++) {
            int comp = 1 + rnd.nextInt(5); int can = 3600 + rnd.nextInt(40) * 120; int contr = Math.min(3100, (int) Math.round(can * (0.55 - isee[i] / 60000.0)));
            contr = contr / 10 * 10; tot += contr;
            String prot = String.valueOf(61200 + rnd.nextInt(9000)) + "/2025";
            String cod = String.format("FA25-%04d", 100 + rnd.nextInt(800));
            r("ROW", (i + 1) + "|" + prot + "|" + cod + "|" + comp + "|" + String.format(Locale.ITALY, "%,d,%02d", isee[i], rnd.nextInt(100)) + "|" + String.format(Locale.ITALY, "%,d,00", can) + "|" + String.format(Locale.ITALY, "%,d,00", contr));
        }
        r("TOT", "TOTALE CONTRIBUTI FASCIA A", String.format(Locale.ITALY, "%,d,00", tot));
        r("GAP");
        r("PARA", "Il contributo è erogato in un'unica soluzione mediante accredito sul conto corrente indicato nella domanda, previa verifica dell'avvenuto pagamento dei canoni. Per i richiedenti morosi il contributo è erogato direttamente al locatore ai sensi dell'art. 11, comma 3, della L. n. 431/1998.");
        r("GAP");
        r("SIG", "Pesaro, 11/12/2025", "IL DIRIGENTE\nDott.ssa Laura Giacomini");
        fill("allegato_datagraph", p, "allegato-pesaro-datagraph.pdf");
    }
}
