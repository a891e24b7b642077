#!/usr/bin/env python3
"""Writes the four flat-ODF (.fodt) sources into ./fodt/."""
import os
from fodt_lib import p, raw_p, table, olist, footnote, build, rich

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fodt")
os.makedirs(OUT, exist_ok=True)
PN = '<text:page-number text:select-page="current">1</text:page-number>'
PC = '<text:page-count>1</text:page-count>'

# 1. Consiglio, Nocera Inferiore — Sicraweb-like
def consiglio_nocera():
    roll = [("ORLANDO PAOLO", "Sindaco", True), ("FERRAIOLI ANTONIO", "Presidente del Consiglio", True),
            ("ANGRISANI CARMELA", "Consigliere", True), ("BARBA ROBERTO", "Consigliere", True),
            ("CALABRESE FILOMENA", "Consigliere", False), ("CASCONE ALFONSO", "Consigliere", True),
            ("D'ALESSANDRO MARIA ROSARIA", "Consigliere", True), ("DE PRISCO VINCENZO", "Consigliere", True),
            ("FIORILLO GENNARO", "Consigliere", True), ("GAMBARDELLA LUIGI", "Consigliere", False),
            ("IANNONE TERESA", "Consigliere", True), ("LANZARA SALVATORE", "Consigliere", True),
            ("MANZO DANIELA", "Consigliere", True), ("MILITERNI PASQUALE", "Consigliere", True),
            ("NAPOLI ANNA", "Consigliere", False), ("PAGANO DOMENICO", "Consigliere", True),
            ("PETRUZZIELLO MARCO", "Consigliere", True), ("RUGGIERO ELENA", "Consigliere", True),
            ("SORRENTINO CIRO", "Consigliere", False), ("VICIDOMINI FRANCESCO", "Consigliere", True),
            ("ZAMPELLA GIOVANNA", "Consigliere", True)]
    rows = [["N.", "Cognome e Nome", "Qualifica", "Presente", "Assente"]]
    for i, (n, q, pr) in enumerate(roll, 1):
        rows.append([(str(i), "TPC"), n, q, ("X" if pr else "", "TPC"), ("" if pr else "X", "TPC")])
    npres = sum(1 for r in roll if r[2])
    assert npres == 17
    parts = [
        p("Città di Nocera Inferiore", "Head1"),
        p("Provincia di Salerno", "Head2"),
        p("", "C"),
        table("hdr", [8.5, 8.5], [["COPIA", "Proposta n. 96 del 12/11/2025\n\nSettore proponente: Settore Programmazione e Gestione Finanziaria"]], cellstyle="CellNone"),
        p("DELIBERAZIONE DEL CONSIGLIO COMUNALE", "Title"),
        p("**N. 58 del 27/11/2025**", "C"),
        p("Seduta pubblica di prima convocazione – Sessione straordinaria", "C"),
        p("", "C"),
        raw_p('<text:span text:style-name="B">OGGETTO:</text:span><text:tab/>' + rich("**VARIAZIONE AL BILANCIO DI PREVISIONE 2025/2027 AI SENSI DELL'ART. 175, COMMA 2, DEL D.LGS. 267/2000 E APPLICAZIONE DI QUOTA DELL'AVANZO DI AMMINISTRAZIONE VINCOLATO**"), "Hang"),
        p("L'anno duemilaventicinque il giorno ventisette del mese di novembre alle ore 18:30, nella sala consiliare “Giovanni Falcone” del Palazzo di Città, a seguito di avviso di convocazione prot. n. 71822 del 20/11/2025, regolarmente notificato, si è riunito il Consiglio Comunale. All'appello nominale risultano:"),
        table("roll", [1.0, 6.6, 5.0, 2.2, 2.2], rows, header_rows=1),
        p("Presenti n. 17 – Assenti n. 4", "R"),
        p("Presiede la seduta il Presidente del Consiglio Dott. Antonio Ferraioli. Partecipa, con funzioni di assistenza giuridico-amministrativa e di verbalizzazione, il Segretario Generale Avv. Giovanna Di Lorenzo." + footnote(1, "Art. 97, comma 4, lett. a), del D.Lgs. 18 agosto 2000, n. 267.")),
        p("Il Presidente, riconosciuta la validità della seduta, invita il Consiglio a trattare l'argomento iscritto al punto 3 dell'ordine del giorno."),
        p("IL CONSIGLIO COMUNALE", "CB"),
        p("PREMESSO che con deliberazione consiliare n. 12 del 28/03/2025 è stato approvato il bilancio di previsione finanziario 2025/2027 e con deliberazione n. 31 del 29/05/2025 il rendiconto della gestione 2024, che presenta un avanzo di amministrazione vincolato di € 1.284.377,19;", "PI"),
        p("CONSIDERATO che il Settore Lavori Pubblici ha richiesto l'applicazione di una quota di € 420.000,00 dell'avanzo vincolato derivante da trasferimenti regionali per la messa in sicurezza degli edifici scolastici, e che il Settore Politiche Sociali ha segnalato maggiori entrate per € 96.500,00 sul Fondo nazionale politiche sociali;", "PI"),
        p("VISTO il prospetto delle variazioni allegato sub A) alla presente deliberazione, che ne costituisce parte integrante e sostanziale;", "PI"),
        p("DATO ATTO che con la presente variazione sono rispettati gli equilibri di bilancio di cui all'art. 193 del D.Lgs. 267/2000" + footnote(2, "Come da prospetto di verifica degli equilibri allegato sub B).") + ";", "PI"),
        p("ACQUISITO il parere favorevole dell'Organo di revisione economico-finanziaria, verbale n. 41 del 19/11/2025, ai sensi dell'art. 239, comma 1, lett. b), del D.Lgs. 267/2000;", "PI"),
        p("VISTI i pareri favorevoli di regolarità tecnica e contabile resi dal Dirigente del Settore Programmazione e Gestione Finanziaria ai sensi dell'art. 49 del D.Lgs. 267/2000;", "PI"),
        p("UDITA la relazione dell'Assessore al Bilancio e gli interventi dei consiglieri, riportati nel resoconto integrale della seduta;", "PI"),
        p("Con la seguente votazione, espressa per alzata di mano e proclamata dal Presidente: presenti n. 17, votanti n. 16, voti favorevoli n. 12, voti contrari n. 4 (Calabrese assente, Barba, Iannone, Manzo, Ruggiero), astenuti n. 1 (Pagano);".replace("(Calabrese assente, Barba", "(Barba"), "P"),
        p("DELIBERA", "CB"),
        olist([
            "di approvare, ai sensi dell'art. 175, comma 2, del D.Lgs. 267/2000, la variazione al bilancio di previsione 2025/2027 di cui al prospetto allegato sub A);",
            "di applicare al bilancio dell'esercizio 2025 la quota di € 420.000,00 dell'avanzo di amministrazione vincolato, destinata agli interventi di messa in sicurezza degli edifici scolastici;",
            "di dare atto del permanere degli equilibri di bilancio, come risulta dal prospetto allegato sub B);",
            "di trasmettere il presente atto al Tesoriere comunale ai sensi dell'art. 216 del D.Lgs. 267/2000.",
        ]),
        p("Successivamente, con separata votazione (presenti n. 17, favorevoli n. 13, contrari n. 4), il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000."),
        p("Letto, approvato e sottoscritto.", "L"),
        p("", "L"),
        p("\tIL PRESIDENTE\t\tIL SEGRETARIO GENERALE", "Sig"),
        p("\tf.to Dott. Antonio Ferraioli\t\tf.to Avv. Giovanna Di Lorenzo", "Sig"),
        p("", "L"),
        p("**ATTESTATO DI PUBBLICAZIONE**", "C"),
        p("Si attesta che la presente deliberazione è pubblicata all'Albo Pretorio on line dal 02/12/2025 al 17/12/2025 (n. 3907 del Registro delle pubblicazioni).", "Small"),
        p("\t\t\tIL RESPONSABILE DELLA PUBBLICAZIONE\n\t\t\tf.to Sig.ra Luisa Pepe", "Sig"),
    ]
    build(os.path.join(OUT, "consiglio-nocera-sicraweb.fodt"), parts,
          font="Liberation Serif", size="11pt",
          header=p("Deliberazione C.C. n. 58 del 27/11/2025", "HFR"),
          footer=raw_p("- " + PN + " -", "HF"))

# 2. Determina, Varallo — J-Iride-like: sector/office grid, dispositivo in a one-cell box
def determina_varallo():
    box = "".join([
        p("**DETERMINA**", "C"),
        p("1)\tdi approvare le risultanze dell'attività di accertamento dell'Imposta Municipale Propria per l'annualità 2020, come da elenco conservato agli atti del Servizio Tributi, per un importo complessivo di € 86.214,00 tra imposta, sanzioni e interessi;", "Hang2"),
        p("2)\tdi accertare la somma di € 86.214,00 al capitolo di entrata 1015/1 “Recupero evasione IMU” del bilancio 2025/2027, esercizio 2025;", "Hang2"),
        p("3)\tdi affidare alla società Maggioli Tributi S.p.A. il servizio di stampa, imbustamento e notifica dei relativi avvisi di accertamento esecutivi, per l'importo di € 3.950,00 oltre IVA, impegnando la spesa complessiva di € 4.819,00 al capitolo 1040/3 del medesimo bilancio – CIG B8F1123D90;", "Hang2"),
        p("4)\tdi dare atto che il presente provvedimento è rilevante ai fini dell'amministrazione trasparente ai sensi del D.Lgs. 33/2013.", "Hang2"),
    ])
    box_tbl = ('<table:table table:name="box" table:style-name="TblBox"><table:table-column table:style-name="box.C0"/>'
               '<table:table-row><table:table-cell table:style-name="CellBox" office:value-type="string">' + box +
               '</table:table-cell></table:table-row></table:table>',
               '<style:style style:name="TblBox" style:family="table"><style:table-properties style:width="17cm" table:align="center"/></style:style>'
               '<style:style style:name="box.C0" style:family="table-column"><style:table-column-properties style:column-width="17cm"/></style:style>')
    extra = '''<style:style style:name="Hang2" style:family="paragraph" style:parent-style-name="P">
  <style:paragraph-properties fo:margin-left="0.8cm" fo:text-indent="-0.8cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>'''
    parts = [
        table("lh", [3.0, 14.0], [[("[logo]", "TPC"), ("**COMUNE DI VARALLO**\n\nProvincia di Vercelli\n\nCorso Roma, 31 – 13019 Varallo (VC) – tel. 0163 562711", "TP")]], cellstyle="CellNone"),
        p("", "L"),
        table("reg", [8.5, 8.5], [
            ["SETTORE ECONOMICO-FINANZIARIO", "DETERMINAZIONE N. 412"],
            ["Servizio Tributi", "del 03/12/2025"],
            ["Numero di settore: 88", "Data esecutività: 05/12/2025"],
        ]),
        p("", "L"),
        table("ogg", [2.5, 14.5], [[("**OGGETTO:**", "TP"), ("ACCERTAMENTO IMU ANNUALITÀ 2020. APPROVAZIONE DELLE RISULTANZE, ACCERTAMENTO DI ENTRATA E AFFIDAMENTO DEL SERVIZIO DI STAMPA E NOTIFICA DEGLI AVVISI. CIG B8F1123D90.", "TPJ")]]),
        p("", "L"),
        p("IL RESPONSABILE DEL SETTORE", "CB"),
        p("Richiamato il decreto del Sindaco n. 7 del 02/01/2025 di nomina del Responsabile del Settore Economico-Finanziario;", "P"),
        p("Visti la legge 27 dicembre 2019, n. 160, art. 1, commi 738-783, e l'art. 1, commi 161 e seguenti, della legge 27 dicembre 2006, n. 296, in materia di accertamento dei tributi locali;", "P"),
        p("Considerato che il Servizio Tributi ha concluso le verifiche sulle posizioni dei contribuenti per l'annualità d'imposta 2020, incrociando la banca dati comunale con i dati catastali e con le dichiarazioni di successione, e che il termine di decadenza per la notifica degli avvisi scade il 31/12/2025" + footnote(1, "Termine prorogato ai sensi dell'art. 67, comma 1, del D.L. 17 marzo 2020, n. 18, e dell'art. 12, comma 2, del D.Lgs. 24 settembre 2015, n. 159.") + ";", "P"),
        p("Ritenuto di affidare il servizio di stampa e notifica a un operatore specializzato, tenuto conto del numero degli avvisi (n. 312) e dei tempi ristretti;", "P"),
        p("Visto il preventivo della società Maggioli Tributi S.p.A. acquisito al prot. n. 15533 del 25/11/2025, ritenuto congruo in relazione ai prezzi di mercato;", "P"),
        p("Visti gli artt. 107, 179 e 183 del D.Lgs. 18 agosto 2000, n. 267;", "P"),
        box_tbl,
        p("", "L"),
        p("Varallo, 03/12/2025\tIL RESPONSABILE DEL SETTORE", "Sig1"),
        p("\tRag. Daniela Ferraris", "Sig1"),
        p("\t//(documento firmato digitalmente)//", "Sig1"),
        p("", "L"),
        p("**VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA**", "C"),
        p("Impegno n. 1402/2025 – Accertamento n. 611/2025. Favorevole. Varallo, 05/12/2025 – Il Responsabile del Settore Economico-Finanziario, Rag. Daniela Ferraris.", "Small"),
    ]
    build(os.path.join(OUT, "determina-varallo-jiride.fodt"), parts, font="DejaVu Sans", size="9.5pt",
          extra_styles=extra,
          footer=raw_p("Determinazione n. 412 del 03/12/2025 – Pag. " + PN + "/" + PC, "HFR"))

# 3. Avviso pubblico numbered, Oliena — Word-template style
def bando_oliena():
    extra = '''<style:style style:name="ArtH" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
 <style:style style:name="Big" style:family="paragraph" style:parent-style-name="C">
  <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/>
  <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'''
    parts = [
        p("COMUNE DI OLIENA", "Head1"),
        p("Provincia di Nuoro", "Head2"),
        p("Area Socio-Assistenziale, Culturale e Pubblica Istruzione", "C"),
        p("Via Cavour, 1 – 08025 Oliena (NU) – PEC: protocollo@pec.comune.oliena.nu.it", "SmallC"),
        p("", "C"),
        p("AVVISO PUBBLICO N. 3/2026", "Big"),
        p("**CONCESSIONE DI CONTRIBUTI INTEGRATIVI PER IL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNUALITÀ 2026 (LEGGE 9 DICEMBRE 1998, N. 431, ART. 11)**", "C"),
        p("", "C"),
        p("LA RESPONSABILE DELL'AREA", "CB"),
        p("In esecuzione della propria determinazione n. 21 del 13/01/2026 e della deliberazione della Giunta Regionale della Sardegna n. 48/22 del 10/12/2025" + footnote(1, "Pubblicata sul B.U.R.A.S. n. 61 del 18/12/2025, parte I e II.") + ",", "P"),
        p("RENDE NOTO", "CB"),
        p("che dal 15 gennaio 2026 al 16 febbraio 2026 i cittadini in possesso dei requisiti sotto indicati possono presentare domanda per l'assegnazione dei contributi integrativi per il pagamento dei canoni di locazione relativi all'anno 2026.", "P"),
        p("Art. 1 – Destinatari", "ArtH"),
        p("Possono presentare domanda i titolari di un contratto di locazione ad uso abitativo regolarmente registrato, relativo a un alloggio di proprietà privata sito nel Comune di Oliena e occupato a titolo di abitazione principale, con esclusione degli immobili appartenenti alle categorie catastali A1, A8 e A9.", "P"),
        p("Art. 2 – Requisiti economici", "ArtH"),
        p("Il nucleo familiare del richiedente deve possedere, alla data di presentazione della domanda, un ISEE ordinario o corrente non superiore a € 16.500,00 e rientrare in una delle seguenti fasce:", "P"),
        olist(["Fascia A: ISEE non superiore all'importo di due pensioni minime INPS (€ 15.658,86), con incidenza del canone sull'ISEE superiore al 14%;",
               "Fascia B: ISEE non superiore a € 16.500,00, con incidenza del canone sull'ISEE superiore al 24%."], "LDash"),
        p("Art. 3 – Entità del contributo", "ArtH"),
        p("Il contributo non può superare € 3.098,74 annui per la fascia A ed € 2.320,00 annui per la fascia B ed è calcolato sulla base delle mensilità di canone effettivamente pagate e documentate. In caso di insufficienza delle risorse trasferite dalla Regione, i contributi saranno ridotti in misura proporzionale.", "P"),
        p("Art. 4 – Modalità e termini di presentazione", "ArtH"),
        p("La domanda deve essere redatta sul modulo disponibile presso l'Ufficio Servizi Sociali e sul sito istituzionale dell'Ente e presentata entro le ore 13:00 del 16 febbraio 2026, a mano all'Ufficio Protocollo o via PEC all'indirizzo sopra indicato, corredata da copia del contratto di locazione, dell'attestazione ISEE e di un documento di identità in corso di validità.", "P"),
        p("Art. 5 – Controlli e trattamento dei dati", "ArtH"),
        p("L'Amministrazione effettuerà controlli a campione sulla veridicità delle dichiarazioni ai sensi dell'art. 71 del D.P.R. 445/2000. I dati personali saranno trattati esclusivamente per le finalità del presente avviso, nel rispetto del Regolamento (UE) 2016/679.", "P"),
        p("Per informazioni: Ufficio Servizi Sociali, tel. 0784 280214, dal lunedì al venerdì dalle 10:00 alle 12:30.", "P"),
        p("", "L"),
        p("Oliena, 14/01/2026", "L"),
        p("\tLa Responsabile dell'Area", "Sig1"),
        p("\tDott.ssa Antonella Sanna", "Sig1"),
    ]
    build(os.path.join(OUT, "bando-oliena-word.fodt"), parts, font="Liberation Serif", size="11.5pt", extra_styles=extra,
          header=p("//Comune di Oliena – Avviso pubblico n. 3/2026//", "HFR"),
          footer=raw_p("Pagina " + PN + " di " + PC, "HF"))

# 4. Convocazione del Consiglio, Voghera — Kibernetes-like letter
def convocazione_voghera():
    parts = [
        table("lh", [2.5, 14.5], [[("[stemma]", "TPC"), ("**CITTÀ DI VOGHERA**\n\nProvincia di Pavia\n\n//Presidenza del Consiglio Comunale//", "TP")]], cellstyle="CellNone"),
        p("", "L"),
        p("Prot. n. 3187\t\t\tVoghera, 19/01/2026", "Sig"),
        p("", "L"),
        p("\t\t\tAi Signori Consiglieri Comunali\n\t\t\tAl Signor Sindaco\n\t\t\tAgli Assessori comunali\n\t\t\tAl Segretario Generale\n\t\t\tAl Collegio dei Revisori dei Conti\n\t\t\te p.c. Al Signor Prefetto di Pavia", "Sig"),
        p("", "L"),
        raw_p('<text:span text:style-name="B">Oggetto:</text:span><text:tab/>' + rich("Convocazione del Consiglio Comunale in seduta ordinaria pubblica – martedì 27 gennaio 2026, ore 20:30."), "Hang"),
        p("Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267, dello Statuto comunale e degli artt. 12 e 14 del Regolamento per il funzionamento del Consiglio Comunale, le SS.LL. sono invitate a partecipare alla seduta del Consiglio Comunale che si terrà, in prima convocazione, **martedì 27 gennaio 2026 alle ore 20:30** presso la Sala Consiliare di Palazzo Gounela, piazza Duomo, per la trattazione del seguente", "P"),
        p("ORDINE DEL GIORNO", "CB"),
        olist([
            "Comunicazioni del Presidente del Consiglio e del Sindaco.",
            "Approvazione dei verbali delle sedute del 25 novembre e del 16 dicembre 2025.",
            "Interrogazione del consigliere Bassi in merito alla manutenzione dei sottopassi ferroviari di via Emilia.",
            "Ratifica della deliberazione della Giunta Comunale n. 262 del 22/12/2025 avente ad oggetto “Variazione d'urgenza al bilancio di previsione 2025/2027”.",
            "Approvazione del Regolamento comunale per l'assegnazione e la gestione degli orti urbani.",
            "Adeguamento degli oneri di urbanizzazione e del costo di costruzione per l'anno 2026.",
            "Mozione del gruppo consiliare “Voghera al Centro” sull'istituzione della consulta comunale dei giovani.",
        ]),
        p("In caso di mancanza del numero legale, la seduta di seconda convocazione è fissata per **giovedì 29 gennaio 2026 alle ore 20:30**, nello stesso luogo, con il medesimo ordine del giorno." + footnote(1, "Art. 15, comma 3, del Regolamento del Consiglio Comunale: in seconda convocazione la seduta è valida con la presenza di almeno un terzo dei consiglieri assegnati, senza computare il Sindaco."), "P"),
        p("La documentazione relativa agli argomenti iscritti è depositata presso l'Ufficio di Presidenza ed è consultabile dai consiglieri, negli orari d'ufficio, a partire dal giorno successivo alla notifica del presente avviso, nonché nell'area riservata del portale istituzionale.", "P"),
        p("La seduta sarà trasmessa in diretta streaming sul canale istituzionale dell'Ente.", "P"),
        p("Distinti saluti.", "L"),
        p("", "L"),
        p("\t\t\tIL PRESIDENTE DEL CONSIGLIO COMUNALE", "Sig"),
        p("\t\t\tAvv. Nicola Affronti", "Sig"),
        p("\t\t\t//(firmato digitalmente)//", "Sig"),
    ]
    build(os.path.join(OUT, "convocazione-voghera-kibernetes.fodt"), parts, font="Liberation Sans", size="10.5pt",
          footer=p("Città di Voghera – Piazza Duomo, 1 – 27058 Voghera (PV) – www.comune.voghera.pv.it", "HF"))

if __name__ == "__main__":
    consiglio_nocera(); determina_varallo(); bando_oliena(); convocazione_voghera()
    print("fodt written")
