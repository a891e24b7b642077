# Generates the 12 HTML acts of this set (record of how they were made).
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def write(name, css, body):
    html = f"""<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>{name}</title>
<style>
@page {{ size: A4; margin: 16mm 17mm 18mm 17mm; }}
body {{ margin:0; }}
{css}
</style></head><body>
{body}
</body></html>
"""
    with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
        f.write(html)

PARERI = """<p>Visto il parere favorevole di regolarità tecnica espresso dal Responsabile del Settore competente, ai sensi dell'art. 49, comma 1, del D.Lgs. 18 agosto 2000, n. 267;</p>
<p>Visto il parere favorevole di regolarità contabile espresso dal Responsabile del Settore Economico-Finanziario, ai sensi del medesimo art. 49;</p>"""

# ---------------------------------------------------------------- 1 Palazzolo (Halley)
css1 = """
body { font-family: 'Times New Roman', serif; font-size: 11.5pt; }
.top { text-align:center; }
.top .c { font-size: 17pt; font-weight:bold; letter-spacing:1px; }
.top .p { font-size: 11pt; }
.copia { text-align:right; font-weight:bold; font-size:12pt; }
.tit { text-align:center; font-weight:bold; font-size:13pt; margin-top:10px; border-top:1.5px solid #000; border-bottom:1.5px solid #000; padding:4px 0; }
.num { text-align:center; font-weight:bold; margin:6px 0 10px 0; }
.ogg { display:flex; gap:12px; border:1px solid #000; padding:6px; font-weight:bold; }
table.pres { border-collapse:collapse; margin:10px auto; width:80%; font-size:11pt; }
table.pres th, table.pres td { border:1px solid #000; padding:2px 6px; }
table.pres td.x { text-align:center; width:60px; }
p { text-align:justify; margin:5px 0; line-height:1.3; }
.centro { text-align:center; font-weight:bold; margin:10px 0; }
.firme { display:flex; justify-content:space-between; margin-top:26px; text-align:center; }
.firme div { width:45%; }
"""
body1 = """
<div class="copia">COPIA</div>
<div class="top"><div class="c">COMUNE DI PALAZZOLO SULL'OGLIO</div><div class="p">Provincia di Brescia</div></div>
<div class="tit">VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</div>
<div class="num">N. 87 del 14/05/2025</div>
<div class="ogg"><span>OGGETTO:</span><span>APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE DEL PARCO DI VIA SAN PANCRAZIO</span></div>
<p style="margin-top:12px">L'anno duemilaventicinque addì quattordici del mese di maggio alle ore 17:45 nella sala delle adunanze, previa osservanza di tutte le formalità prescritte dalla vigente legge, vennero oggi convocati a seduta i componenti la Giunta Comunale.</p>
<p>All'appello risultano:</p>
<table class="pres">
<tr><th>Cognome e Nome</th><th>Carica</th><th>Presenti</th><th>Assenti</th></tr>
<tr><td>ZANNI GIANLUCA</td><td>Sindaco</td><td class="x">X</td><td class="x"></td></tr>
<tr><td>BELOTTI ELENA</td><td>Vice Sindaco</td><td class="x">X</td><td class="x"></td></tr>
<tr><td>FACCHETTI MARCO</td><td>Assessore</td><td class="x">X</td><td class="x"></td></tr>
<tr><td>PEDRALI SILVIA</td><td>Assessore</td><td class="x"></td><td class="x">X</td></tr>
<tr><td>RUGGERI ANDREA</td><td>Assessore</td><td class="x">X</td><td class="x"></td></tr>
<tr><td>CADEI LORENA</td><td>Assessore</td><td class="x">X</td><td class="x"></td></tr>
<tr><td colspan="2" style="text-align:right">Totale</td><td class="x">5</td><td class="x">1</td></tr>
</table>
<p>Partecipa all'adunanza il Segretario Generale Dott.ssa Paola Mazzucchelli, il quale provvede alla redazione del presente verbale.</p>
<p>Essendo legale il numero degli intervenuti, il Sig. Gianluca Zanni, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.</p>
<div class="centro">LA GIUNTA COMUNALE</div>
<p>Premesso che il parco pubblico di via San Pancrazio, realizzato negli anni ottanta, presenta attrezzature ludiche obsolete, percorsi pedonali dissestati e un impianto di illuminazione non conforme alle vigenti norme sul contenimento dell'inquinamento luminoso;</p>
<p>Richiamato il Documento Unico di Programmazione 2025-2027, approvato con deliberazione del Consiglio Comunale n. 71 del 19/12/2024, che prevede tra gli obiettivi strategici la riqualificazione delle aree verdi di quartiere;</p>
<p>Visto il progetto di fattibilità tecnico-economica redatto dall'Ufficio Tecnico comunale, composto da relazione illustrativa, quadro economico ed elaborati grafici, che prevede una spesa complessiva di euro 245.000,00, di cui euro 188.500,00 per lavori;</p>
<p>Dato atto che l'intervento è inserito nel programma triennale dei lavori pubblici 2025-2027, annualità 2025;</p>
<p>Visti il D.Lgs. 31 marzo 2023, n. 36 e il D.Lgs. 18 agosto 2000, n. 267;</p>
""" + PARERI + """
<p>Con voti unanimi favorevoli espressi nelle forme di legge;</p>
<div class="centro">DELIBERA</div>
<p>1. di approvare il progetto di fattibilità tecnico-economica per la riqualificazione del parco di via San Pancrazio, per un importo complessivo di euro 245.000,00, come da quadro economico allegato;</p>
<p>2. di dare atto che la spesa trova copertura al capitolo 20810 del bilancio di previsione 2025-2027, esercizio 2025;</p>
<p>3. di nominare Responsabile Unico del Progetto l'Arch. Davide Bonetti, funzionario del Settore Lavori Pubblici;</p>
<p>4. di demandare al Responsabile del Settore Lavori Pubblici gli adempimenti conseguenti.</p>
<p>Successivamente, con separata votazione unanime, la Giunta Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.</p>
<p style="margin-top:14px">Letto, confermato e sottoscritto.</p>
<div class="firme"><div>IL SINDACO<br>F.to Gianluca Zanni</div><div>IL SEGRETARIO GENERALE<br>F.to Dott.ssa Paola Mazzucchelli</div></div>
<p style="margin-top:24px; font-size:10pt">Copia conforme all'originale, in carta libera per uso amministrativo. Palazzolo sull'Oglio, 16/05/2025</p>
"""
write("giunta-palazzolo-halley", css1, body1)

# ---------------------------------------------------------------- 2 Este (Sicraweb, prose)
css2 = """
body { font-family: Arial, Helvetica, sans-serif; font-size: 10.5pt; }
.hdr { display:flex; align-items:center; border-bottom:2px solid #444; padding-bottom:6px; }
.stemma { width:46px; height:56px; border:1px solid #888; border-radius:0 0 23px 23px; margin-right:14px; }
.hdr .n { font-size:16pt; font-weight:bold; }
.hdr .s { font-size:9.5pt; color:#333; }
.box { border:1px solid #000; margin-top:12px; }
.box .r1 { background:#e6e6e6; font-weight:bold; padding:4px 8px; border-bottom:1px solid #000; }
.box .r2 { padding:6px 8px; }
.box .r2 b { display:inline-block; width:80px; vertical-align:top; }
.box .r2 span { display:inline-block; width:calc(100% - 90px); font-weight:bold; }
p { text-align:justify; line-height:1.35; margin:6px 0; }
h3 { text-align:center; font-size:11pt; margin:12px 0 6px; }
.firme { margin-top:24px; display:flex; justify-content:space-around; text-align:center; }
.foot { font-size:8pt; color:#555; margin-top:20px; border-top:1px solid #aaa; padding-top:3px; }
"""
body2 = """
<div class="hdr"><div class="stemma"></div><div><div class="n">COMUNE DI ESTE</div><div class="s">Provincia di Padova</div></div></div>
<div class="box"><div class="r1">DELIBERAZIONE DELLA GIUNTA COMUNALE N. 112 DEL 22/07/2025</div>
<div class="r2"><b>OGGETTO:</b> <span>Concessione di contributo economico alla Pro Loco di Este per l'organizzazione della Fiera di Settembre 2025</span></div></div>
<p style="margin-top:12px">L'anno 2025, il giorno ventidue del mese di luglio, alle ore diciotto e trenta, nella Residenza Municipale, convocata nei modi di legge, si è riunita la Giunta Comunale.</p>
<p>Presiede la seduta il Vice Sindaco Avv. Federica Borile, in sostituzione del Sindaco assente.</p>
<p>Sono presenti i Signori: BORILE FEDERICA (Vice Sindaco), TOFFANIN LUCA (Assessore), SCARPARO NICOLA (Assessore), BERTIN MONICA (Assessore).</p>
<p>Risultano assenti: MARCHETTI ROBERTO (Sindaco), GALLO CHIARA (Assessore).</p>
<p>Partecipa alla seduta il Vice Segretario Dott. Stefano Menin, incaricato della redazione del verbale.</p>
<p>Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta e invita la Giunta a deliberare sull'oggetto sopra indicato.</p>
<h3>LA GIUNTA COMUNALE</h3>
<p>Premesso che la Fiera di Settembre costituisce da oltre un secolo uno dei principali appuntamenti della vita cittadina, con rilevanti ricadute sul commercio locale e sull'attrattività turistica del centro storico;</p>
<p>Vista la nota prot. n. 18734 del 30/06/2025 con la quale la Pro Loco di Este ha presentato il programma della manifestazione, che si svolgerà dal 5 al 14 settembre 2025, chiedendo un contributo di euro 12.000,00 a parziale copertura delle spese;</p>
<p>Visto il Regolamento comunale per la concessione di contributi e vantaggi economici, approvato con deliberazione del Consiglio Comunale n. 9 del 28/02/2019;</p>
<p>Ritenuto di sostenere l'iniziativa con un contributo di euro 10.000,00, tenuto conto delle disponibilità di bilancio;</p>
""" + PARERI + """
<p>Con voti unanimi favorevoli, resi in forma palese;</p>
<h3>DELIBERA</h3>
<p>1) di concedere alla Pro Loco di Este un contributo economico di euro 10.000,00 per l'organizzazione della Fiera di Settembre 2025;</p>
<p>2) di stabilire che il contributo sarà liquidato a presentazione del rendiconto delle spese sostenute, corredato dalla relativa documentazione;</p>
<p>3) di incaricare il Responsabile del Settore Cultura e Turismo dell'adozione degli atti gestionali conseguenti.</p>
<p>La presente deliberazione diverrà esecutiva decorsi dieci giorni dalla sua pubblicazione all'Albo Pretorio on line, ai sensi dell'art. 134, comma 3, del D.Lgs. 267/2000.</p>
<div class="firme"><div>IL VICE SINDACO<br>Avv. Federica Borile</div><div>IL VICE SEGRETARIO<br>Dott. Stefano Menin</div></div>
<div class="foot">Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate.</div>
"""
write("giunta-este-prosa", css2, body2)

# ---------------------------------------------------------------- 3 Finale Emilia (J-Iride)
css3 = """
body { font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 9.8pt; }
.h { text-align:center; }
.h .a { font-size:14pt; font-weight:bold; }
.h .b { font-size:9pt; }
.fr { display:flex; justify-content:space-between; margin-top:12px; font-weight:bold; font-size:10.5pt; border:1px solid #000; padding:4px 8px; }
.ogg { margin-top:8px; }
.ogg .l { font-weight:bold; text-decoration:underline; }
table.t { border-collapse:collapse; width:100%; margin:10px 0 4px; }
table.t th { background:#ddd; border:1px solid #666; padding:3px; font-size:9pt; }
table.t td { border:1px solid #666; padding:2px 5px; }
table.t td.c { text-align:center; }
.nota { font-size:8.5pt; font-style:italic; }
p { text-align:justify; line-height:1.35; margin:5px 0; }
.cc { text-align:center; font-weight:bold; margin:10px 0 4px; }
table.f { width:100%; margin-top:22px; text-align:center; }
"""
body3 = """
<div class="h"><div class="a">COMUNE DI FINALE EMILIA</div><div class="b">PROVINCIA DI MODENA</div></div>
<div class="fr"><span>DELIBERAZIONE DELLA GIUNTA COMUNALE</span><span>Numero 58 &nbsp; Data 03/04/2025</span></div>
<div class="ogg"><span class="l">Oggetto:</span> ADESIONE AL PROGETTO REGIONALE "SCUOLE APERTE" - ANNO SCOLASTICO 2025/2026 - APPROVAZIONE SCHEMA DI ACCORDO</div>
<p style="margin-top:10px">L'anno duemilaventicinque il giorno tre del mese di aprile alle ore 12.15 in Finale Emilia, presso la Sede Municipale, in seguito a regolare convocazione si è riunita la Giunta Comunale nelle persone dei Signori:</p>
<table class="t">
<tr><th>Componente</th><th>Carica</th><th>Presenza</th></tr>
<tr><td>POLETTI CLAUDIO</td><td>Sindaco</td><td class="c">P</td></tr>
<tr><td>GARUTI SARA</td><td>Vice Sindaco</td><td class="c">P</td></tr>
<tr><td>MALAGOLI DAVIDE</td><td>Assessore</td><td class="c">P (*)</td></tr>
<tr><td>BERGAMINI IRENE</td><td>Assessore</td><td class="c">A</td></tr>
<tr><td>VERONESI TOMMASO</td><td>Assessore</td><td class="c">P</td></tr>
</table>
<div class="nota">(*) collegato in videoconferenza ai sensi del Regolamento per lo svolgimento delle sedute degli organi collegiali in modalità telematica.</div>
<p>Presenti: 4 &nbsp;&nbsp; Assenti: 1</p>
<p>Assiste il Segretario Comunale Dott. Giuseppe Cantelli, che provvede alla redazione del presente verbale.</p>
<p>Assume la presidenza il Sindaco Claudio Poletti il quale, riconosciuta la validità della seduta, dichiara aperta la discussione sull'argomento in oggetto.</p>
<div class="cc">LA GIUNTA COMUNALE</div>
<p>PREMESSO che la Regione Emilia-Romagna, con deliberazione della Giunta Regionale n. 412 del 10/03/2025, ha approvato il progetto "Scuole aperte", finalizzato all'utilizzo degli edifici scolastici in orario extracurricolare per attività educative, sportive e culturali rivolte ai minori;</p>
<p>CONSIDERATO che l'Istituto Comprensivo "Elvira Castelfranchi" ha manifestato la disponibilità a mettere a disposizione i propri plessi nei pomeriggi dal lunedì al venerdì;</p>
<p>VISTO lo schema di accordo tra il Comune, l'Istituto Comprensivo e le associazioni del territorio, allegato alla presente quale parte integrante e sostanziale;</p>
<p>DATO ATTO che il progetto non comporta oneri a carico del bilancio comunale, essendo interamente finanziato con il contributo regionale di euro 18.400,00;</p>
<p>VISTO il parere favorevole di regolarità tecnica reso dal Responsabile del Settore Servizi alla Persona ai sensi dell'art. 49 del D.Lgs. 267/2000;</p>
<p>CON VOTI favorevoli unanimi, espressi in forma palese;</p>
<div class="cc">D E L I B E R A</div>
<p>1. DI ADERIRE al progetto regionale "Scuole aperte" per l'anno scolastico 2025/2026;</p>
<p>2. DI APPROVARE lo schema di accordo allegato alla presente deliberazione;</p>
<p>3. DI AUTORIZZARE il Sindaco alla sottoscrizione dell'accordo, con facoltà di apportare modifiche non sostanziali;</p>
<p>4. DI ACCERTARE il contributo regionale di euro 18.400,00 al capitolo di entrata 2010.05 del bilancio 2025;</p>
<p>5. DI TRASMETTERE copia del presente atto all'Istituto Comprensivo e alle associazioni aderenti.</p>
<p>Inoltre, con separata votazione e con voti favorevoli unanimi, DICHIARA il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, stante l'urgenza di avviare le attività.</p>
<table class="f"><tr><td>Il Sindaco<br>Claudio Poletti</td><td>Il Segretario Comunale<br>Dott. Giuseppe Cantelli</td></tr>
<tr><td colspan="2" style="font-size:8pt; padding-top:8px">(documento sottoscritto con firma digitale)</td></tr></table>
"""
write("giunta-finale-jiride", css3, body3)

# ---------------------------------------------------------------- 4 Castelfiorentino (Civilia Next, presence after name)
css4 = """
body { font-family: Calibri, Carlito, Arial, sans-serif; font-size: 11pt; }
.hd { text-align:center; border-bottom:1px solid #000; padding-bottom:6px; }
.hd .a { font-size:15pt; font-weight:bold; font-variant:small-caps; }
.hd .b { font-size:10pt; }
table.meta { width:100%; margin-top:10px; border-collapse:collapse; }
table.meta td { padding:3px 4px; vertical-align:top; }
.lab { font-weight:bold; width:130px; white-space:nowrap; }
.roll { margin:8px 0 8px 40px; line-height:1.5; }
p { text-align:justify; line-height:1.35; margin:5px 0; }
.c { text-align:center; font-weight:bold; margin:10px 0 4px; }
.firme { margin-top:20px; width:100%; }
.firme td { width:50%; text-align:center; }
"""
body4 = """
<div class="hd"><div class="a">Comune di Castelfiorentino</div><div class="b">Città Metropolitana di Firenze</div></div>
<table class="meta">
<tr><td class="lab">Giunta Comunale</td><td>Deliberazione n. 141 del 09/09/2025</td></tr>
<tr><td class="lab">Oggetto:</td><td><b>Approvazione delle tariffe per l'utilizzo degli impianti sportivi comunali per la stagione 2025/2026</b></td></tr>
</table>
<p style="margin-top:10px">L'anno duemilaventicinque e questo giorno nove del mese di settembre alle ore 9:00 nella Sala della Giunta del Palazzo Comunale si è riunita la Giunta Comunale, regolarmente convocata, con l'intervento dei Signori:</p>
<div class="roll">
CIAMPOLINI ALESSANDRO, Sindaco – presente<br>
GIGLIOLI FRANCESCA, Vice Sindaco – presente<br>
MANNUCCI PAOLO, Assessore – assente<br>
BAGNOLI ELISA, Assessore – presente<br>
TADDEI RICCARDO, Assessore – presente<br>
NERI COSTANZA, Assessore – presente
</div>
<p>Presiede il Sindaco Ing. Alessandro Ciampolini.</p>
<p>Partecipa il Segretario Generale Dott. Lorenzo Pecchioli, incaricato della redazione del verbale.</p>
<p>Il Presidente, constatato che gli intervenuti sono in numero legale, dichiara aperta la seduta.</p>
<div class="c">LA GIUNTA COMUNALE</div>
<p>Premesso che il Comune è proprietario di sei impianti sportivi, tra cui il palazzetto dello sport "Vallesi", lo stadio comunale e le palestre scolastiche, concessi in uso a società e associazioni sportive del territorio;</p>
<p>Richiamata la propria deliberazione n. 118 del 29/08/2024, con la quale sono state approvate le tariffe per la stagione 2024/2025;</p>
<p>Considerato l'aumento dei costi delle utenze energetiche e ritenuto di adeguare le tariffe orarie nella misura media del 4 per cento, mantenendo invariate le agevolazioni per le attività giovanili e per le persone con disabilità;</p>
<p>Visto il prospetto delle tariffe predisposto dal Servizio Sport, allegato al presente atto sotto la lettera "A";</p>
""" + PARERI + """
<p>Con voti favorevoli n. 4 e astenuti n. 1 (Assessore Bagnoli), espressi in forma palese dai n. 5 presenti;</p>
<div class="c">DELIBERA</div>
<p>1. Di approvare le tariffe per l'utilizzo degli impianti sportivi comunali per la stagione 2025/2026, come riportate nell'allegato "A";</p>
<p>2. Di stabilire che le nuove tariffe si applicano dal 1° ottobre 2025;</p>
<p>3. Di dare mandato al Responsabile del Servizio Sport di comunicare le nuove tariffe ai soggetti concessionari.</p>
<p>Quindi, con successiva votazione unanime, la Giunta dichiara il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.</p>
<table class="firme"><tr><td>Il Sindaco<br>Ing. Alessandro Ciampolini</td><td>Il Segretario Generale<br>Dott. Lorenzo Pecchioli</td></tr></table>
"""
write("giunta-castelfiorentino-civilia", css4, body4)

# ---------------------------------------------------------------- 5 Putignano (Word, two-column numbered roll with SI/NO)
css5 = """
body { font-family: 'Book Antiqua', 'Palatino Linotype', Georgia, serif; font-size: 11pt; }
.t { text-align:center; }
.t .a { font-size:18pt; font-weight:bold; }
.t .b { font-style:italic; }
.orig { text-align:right; font-size:10pt; }
.dn { text-align:center; font-size:12.5pt; font-weight:bold; margin-top:12px; }
.og { margin:10px 0; font-weight:bold; }
table.roll { width:100%; border-collapse:collapse; margin:8px 0; font-size:9.5pt; font-family: Arial, sans-serif; }
table.roll td { padding:2px 4px; }
table.roll th { font-size:9.5pt; border-bottom:1px solid #000; }
table.roll td.s { text-align:center; width:40px; }
table.roll td.sep { width:20px; }
p { text-align:justify; line-height:1.35; margin:5px 0; }
.c { text-align:center; font-weight:bold; letter-spacing:3px; margin:10px 0 4px; }
.f { display:flex; justify-content:space-between; margin-top:22px; text-align:center; }
.f div { width:45%; }
"""
body5 = """
<div class="orig">ORIGINALE</div>
<div class="t"><div class="a">COMUNE DI PUTIGNANO</div><div class="b">Città Metropolitana di Bari</div></div>
<div class="dn">DELIBERAZIONE DELLA GIUNTA COMUNALE<br>N. 203 DEL 18.11.2025</div>
<div class="og">OGGETTO: PROGRAMMAZIONE DEL FABBISOGNO DI PERSONALE 2026-2028. AGGIORNAMENTO.</div>
<p>L'anno duemilaventicinque, il giorno diciotto del mese di novembre, alle ore 13,30, nella Casa Comunale, si è riunita la Giunta Comunale con la presenza dei Signori:</p>
<table class="roll">
<tr><th></th><th style="text-align:left">Componenti</th><th>Presente</th><td class="sep"></td><th></th><th style="text-align:left">Componenti</th><th>Presente</th></tr>
<tr><td>1.</td><td>LOFANO DOMENICO - Sindaco</td><td class="s">SI</td><td class="sep"></td><td>4.</td><td>DE MICHELE ANNALISA - Assessore</td><td class="s">SI</td></tr>
<tr><td>2.</td><td>INTINI ROSANNA - Vice Sindaco</td><td class="s">SI</td><td class="sep"></td><td>5.</td><td>NOTARNICOLA PIETRO - Assessore</td><td class="s">NO</td></tr>
<tr><td>3.</td><td>GENCO VITO - Assessore</td><td class="s">SI</td><td class="sep"></td><td>6.</td><td>CAMPANELLA TERESA - Assessore</td><td class="s">SI</td></tr>
</table>
<p>Presiede la seduta il Sindaco Avv. Domenico Lofano.</p>
<p>Partecipa il Vice Segretario Generale Dott.ssa Marilena Scatigna, con funzioni di assistenza giuridico-amministrativa e di verbalizzazione.</p>
<p>Il Presidente, accertato il numero legale, dichiara aperta la seduta ed invita i presenti a deliberare sull'argomento in oggetto.</p>
<div class="c">LA GIUNTA COMUNALE</div>
<p>Premesso che, ai sensi dell'art. 6 del D.Lgs. 30 marzo 2001, n. 165, le amministrazioni pubbliche adottano il piano triennale dei fabbisogni di personale in coerenza con la pianificazione pluriennale delle attività e della performance;</p>
<p>Richiamata la sezione "Organizzazione e capitale umano" del Piano Integrato di Attività e Organizzazione 2025-2027;</p>
<p>Rilevata la necessità di aggiornare la programmazione a seguito delle cessazioni intervenute nel corso dell'anno 2025 (n. 3 unità dell'Area degli Istruttori e n. 1 unità dell'Area dei Funzionari);</p>
<p>Verificato il rispetto dei limiti di spesa di personale di cui all'art. 33, comma 2, del D.L. 34/2019, come da prospetto redatto dal Servizio Personale;</p>
<p>Acquisito il parere favorevole del Collegio dei Revisori dei Conti, verbale n. 27 del 12/11/2025;</p>
""" + PARERI + """
<p>Con voti unanimi, espressi nei modi di legge;</p>
<div class="c">DELIBERA</div>
<p>1. di aggiornare la programmazione del fabbisogno di personale per il triennio 2026-2028 come da prospetto allegato sub "A";</p>
<p>2. di dare atto che la spesa di personale rispetta i limiti previsti dalla normativa vigente;</p>
<p>3. di trasmettere il presente atto alle organizzazioni sindacali per la dovuta informazione.</p>
<p>Di dichiarare, con successiva e unanime votazione, il presente provvedimento immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del T.U.E.L.</p>
<div class="f"><div>IL SINDACO<br>Avv. Domenico Lofano</div><div>IL VICE SEGRETARIO GENERALE<br>Dott.ssa Marilena Scatigna</div></div>
"""
write("giunta-putignano-word", css5, body5)

# ---------------------------------------------------------------- 6 Vittoria (Sicilia, Giunta Municipale, Si/No)
css6 = """
body { font-family: 'Times New Roman', serif; font-size: 11.5pt; }
.i { text-align:center; line-height:1.25; }
.i .a { font-size:20pt; font-weight:bold; font-family: Georgia, serif; }
.i .b { font-size:10.5pt; }
.v { text-align:center; font-size:12pt; font-weight:bold; margin-top:14px; }
.nd { display:flex; justify-content:center; gap:40px; font-weight:bold; margin:6px 0 10px; }
.ogg { border-top:1px solid #000; border-bottom:1px solid #000; padding:5px 0; }
table.p { border-collapse:collapse; margin:8px auto; font-size:11pt; }
table.p td, table.p th { border:1px solid #000; padding:2px 10px; }
table.p td.m { text-align:center; }
p { text-align:justify; line-height:1.35; margin:5px 0; }
.c { text-align:center; font-weight:bold; margin:10px 0 4px; }
.ff { margin-top:24px; display:flex; justify-content:space-between; text-align:center; }
.ff div { width:33%; }
.ff div:last-child { white-space:nowrap; }
"""
body6 = """
<div class="i"><div class="a">CITTÀ DI VITTORIA</div><div class="b">Libero Consorzio Comunale di Ragusa</div></div>
<div class="v">VERBALE DI DELIBERAZIONE DELLA GIUNTA MUNICIPALE</div>
<div class="nd"><span>N. 96</span><span>del 05/06/2025</span></div>
<div class="ogg"><b>OGGETTO:</b> ATTO DI INDIRIZZO PER L'AFFIDAMENTO DEL SERVIZIO DI TRASPORTO SOCIALE PER PERSONE CON DISABILITÀ - ANNO 2025</div>
<p style="margin-top:10px">L'anno duemilaventicinque addì cinque del mese di giugno alle ore dieci e minuti quindici e segg., nella sala delle adunanze del Palazzo di Città, si è riunita la Giunta Municipale, convocata nelle forme di legge. Sono presenti ed assenti i Signori:</p>
<table class="p">
<tr><th></th><th>Nominativo</th><th>Carica</th><th>Presente</th></tr>
<tr><td>1</td><td>CANNIZZO SALVATORE</td><td>Sindaco</td><td class="m">Sì</td></tr>
<tr><td>2</td><td>DI PIETRO LUCIA</td><td>Vice Sindaco</td><td class="m">Sì</td></tr>
<tr><td>3</td><td>GURRIERI ANTONINO</td><td>Assessore</td><td class="m">Sì</td></tr>
<tr><td>4</td><td>MIGLIORISI CARMELA</td><td>Assessore</td><td class="m">No</td></tr>
<tr><td>5</td><td>IACONO FABRIZIO</td><td>Assessore</td><td class="m">Sì</td></tr>
<tr><td>6</td><td>NICOSIA GRAZIA</td><td>Assessore</td><td class="m">Sì</td></tr>
<tr><td>7</td><td>BUSCEMA EMANUELE</td><td>Assessore</td><td class="m">No</td></tr>
</table>
<p>Assume la Presidenza il Sindaco Dott. Salvatore Cannizzo.</p>
<p>Partecipa il Segretario Generale Dott.ssa Rosalba Gulino.</p>
<p>Il Presidente, constatato che gli intervenuti sono in numero legale, dichiara aperta la riunione e li invita a deliberare sull'oggetto sopraindicato.</p>
<div class="c">LA GIUNTA MUNICIPALE</div>
<p>Vista l'allegata proposta di deliberazione del Dirigente della Direzione Politiche Sociali, avente ad oggetto quanto sopra specificato;</p>
<p>Premesso che il Comune garantisce, ai sensi della L. 5 febbraio 1992, n. 104 e della L.R. 9 maggio 1986, n. 22, il trasporto delle persone con disabilità verso i centri di riabilitazione, le scuole e i centri diurni del territorio;</p>
<p>Considerato che il contratto in essere scadrà il 30/06/2025 e che occorre assicurare la continuità del servizio, che interessa attualmente n. 74 utenti;</p>
<p>Ritenuto di fornire al Dirigente competente gli indirizzi per l'affidamento del servizio per il periodo 1° luglio - 31 dicembre 2025;</p>
<p>Visti i pareri favorevoli espressi ai sensi dell'art. 53 della L. 142/90, come recepito dalla L.R. 48/91 e s.m.i.;</p>
<p>Ad unanimità di voti, espressi nei modi di legge;</p>
<div class="c">D E L I B E R A</div>
<p>1) Di approvare la superiore proposta di deliberazione, che qui si intende integralmente riportata;</p>
<p>2) Di demandare al Dirigente della Direzione Politiche Sociali l'avvio della procedura di affidamento del servizio di trasporto sociale per il periodo 1° luglio - 31 dicembre 2025, nel rispetto del D.Lgs. 36/2023;</p>
<p>3) Di stabilire che il servizio dovrà essere svolto con mezzi attrezzati per il trasporto di persone in carrozzina e con personale di accompagnamento;</p>
<p>4) Di prenotare la spesa presunta di euro 96.000,00 sul capitolo 1420 del bilancio 2025.</p>
<p>Di dichiarare il presente atto immediatamente esecutivo ai sensi dell'art. 12, comma 2, della L.R. 44/91, con separata votazione unanime.</p>
<p style="margin-top:12px">Il presente verbale, previa lettura, viene approvato e sottoscritto.</p>
<div class="ff"><div>L'ASSESSORE ANZIANO<br>Antonino Gurrieri</div><div>IL SINDACO<br>Dott. Salvatore Cannizzo</div><div>IL SEGRETARIO GENERALE<br>Dott.ssa Rosalba Gulino</div></div>
"""
write("giunta-vittoria-sicilia", css6, body6)

# ---------------------------------------------------------------- 7 Sinnai (Hypersic, Presente/Assente/da remoto)
css7 = """
body { font-family: Tahoma, 'DejaVu Sans', sans-serif; font-size: 9.8pt; }
table.h { width:100%; border-collapse:collapse; border:1px solid #000; }
table.h td { padding:6px; vertical-align:middle; }
.cn { font-size:15pt; font-weight:bold; }
.sub { font-size:9pt; }
.tipo { text-align:right; font-size:9pt; }
table.id { width:100%; border-collapse:collapse; margin-top:8px; }
table.id td { border:1px solid #000; padding:4px 6px; vertical-align:top; }
table.id td.k { background:#eee; font-weight:bold; width:90px; }
table.at { width:100%; border-collapse:collapse; margin:8px 0; }
table.at th { border:1px solid #000; background:#eee; padding:3px; text-align:left; }
table.at td { border:1px solid #000; padding:2px 6px; }
p { text-align:justify; line-height:1.4; margin:5px 0; }
.c { text-align:center; font-weight:bold; margin:10px 0 4px; font-size:10.5pt; }
table.vt { border-collapse:collapse; margin:4px 0 8px 0; }
table.vt td { border:1px solid #000; padding:2px 10px; text-align:center; }
table.fi { width:100%; margin-top:20px; }
table.fi td { text-align:center; width:50%; }
"""
body7 = """
<table class="h"><tr><td><div class="cn">COMUNE DI SINNAI</div><div class="sub">Città Metropolitana di Cagliari</div></td>
<td class="tipo">Verbale di deliberazione<br>della Giunta Comunale</td></tr></table>
<table class="id">
<tr><td class="k">Numero</td><td>74</td><td class="k">Data</td><td>07/10/2025</td></tr>
<tr><td class="k">Oggetto</td><td colspan="3"><b>Destinazione dei proventi delle sanzioni amministrative pecuniarie per violazioni al Codice della Strada - Anno 2026</b></td></tr>
</table>
<p style="margin-top:10px">L'anno 2025 il giorno 7 del mese di ottobre, con inizio alle ore 16:00, nella Sala Giunta del Comune, si è riunita la Giunta Comunale, anche in modalità telematica ai sensi del vigente regolamento, con l'intervento dei Signori:</p>
<table class="at">
<tr><th>Nome</th><th>Qualifica</th><th>Presenza</th></tr>
<tr><td>PISANO ANDREA</td><td>Sindaco</td><td>Presente</td></tr>
<tr><td>MELIS ROBERTA</td><td>Vice Sindaco</td><td>Presente</td></tr>
<tr><td>CONGIU FRANCESCO</td><td>Assessore</td><td>Presente da remoto</td></tr>
<tr><td>ATZORI MARTINA</td><td>Assessore</td><td>Presente</td></tr>
<tr><td>USAI PIERPAOLO</td><td>Assessore</td><td>Assente</td></tr>
<tr><td>LOI VALENTINA</td><td>Assessore</td><td>Presente</td></tr>
</table>
<p>Totale presenti: 5 &nbsp;&nbsp; Totale assenti: 1</p>
<p>Presiede il Sindaco, Andrea Pisano.</p>
<p>Assiste il Vice Segretario Comunale, Dott.ssa Ilaria Porcu, che cura la verbalizzazione.</p>
<div class="c">LA GIUNTA COMUNALE</div>
<p>Premesso che l'art. 208 del D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada) dispone che una quota pari al 50 per cento dei proventi delle sanzioni amministrative pecuniarie spettanti agli enti locali sia destinata alle finalità ivi indicate;</p>
<p>Considerato che i proventi previsti per l'anno 2026 ammontano a euro 140.000,00 e che la quota vincolata è pertanto pari a euro 70.000,00;</p>
<p>Vista la proposta del Comandante della Polizia Locale in merito alla ripartizione della quota vincolata tra segnaletica stradale, potenziamento dei controlli e interventi di sicurezza stradale;</p>
""" + PARERI + """
<p>Con la seguente votazione, resa in forma palese:</p>
<table class="vt"><tr><td>Presenti</td><td>Votanti</td><td>Favorevoli</td><td>Contrari</td><td>Astenuti</td></tr>
<tr><td>5</td><td>5</td><td>5</td><td>0</td><td>0</td></tr></table>
<div class="c">DELIBERA</div>
<p>1. Di destinare la quota del 50 per cento dei proventi delle sanzioni per violazioni al Codice della Strada previsti per l'anno 2026, pari a euro 70.000,00, secondo la ripartizione di cui al prospetto allegato;</p>
<p>2. Di dare atto che la presente destinazione costituisce allegato al bilancio di previsione 2026-2028;</p>
<p>3. Di disporre che il rendiconto dei proventi sia trasmesso al Ministero dell'Interno entro il 31 maggio dell'anno successivo;</p>
<p>4. Di trasmettere copia del presente atto al Comandante della Polizia Locale e al Responsabile del Servizio Finanziario.</p>
<table class="fi"><tr><td>Il Sindaco<br>Andrea Pisano</td><td>Il Vice Segretario Comunale<br>Dott.ssa Ilaria Porcu</td></tr></table>
<p style="margin-top:16px; font-size:8.5pt">La presente deliberazione diverrà esecutiva decorsi dieci giorni dalla pubblicazione, ai sensi dell'art. 134, comma 3, del D.Lgs. 267/2000.</p>
"""
write("giunta-sinnai-hypersic", css7, body7)

# ---------------------------------------------------------------- 8 Lonato del Garda (Halley Consiglio, two columns unnumbered)
css8 = """
body { font-family: 'Times New Roman', serif; font-size: 11pt; }
.top { text-align:center; }
.top .c { font-size:17pt; font-weight:bold; }
.top .p { font-size:10.5pt; }
.tit { text-align:center; font-weight:bold; font-size:12.5pt; margin-top:8px; }
.sub { text-align:center; font-size:10pt; }
.num { display:flex; justify-content:space-between; border:1px solid #000; padding:3px 8px; margin:8px 0; font-weight:bold; }
.ogg { display:flex; gap:10px; margin-bottom:8px; }
.ogg b:first-child { white-space:nowrap; }
table.r { width:100%; border-collapse:collapse; font-size:10.5pt; }
table.r th, table.r td { border:1px solid #000; padding:1px 5px; }
table.r td.x { text-align:center; width:34px; }
table.r td.g { border:none; width:14px; }
p { text-align:justify; margin:5px 0; line-height:1.3; }
.centro { text-align:center; font-weight:bold; margin:9px 0; }
.firme { display:flex; justify-content:space-between; margin-top:22px; text-align:center; }
.firme div { width:45%; }
"""
def lonato_rows():
    left = [("TREBESCHI ROBERTO", True), ("ABENI GIULIA", True), ("BAZZOLI MARCO", True), ("BERTAZZI ANNA", True),
            ("BONTEMPI LUCA", False), ("CAVAGNINI SERGIO", True), ("FERRARI CHIARA", True), ("GHIDINI PAOLO", True),
            ("LOMBARDI MARTA", True)]
    right = [("MOMBELLI DARIO", True), ("PEZZOTTI ELISA", True), ("RIZZI FABIO", False), ("SALVADORI IRENE", True),
             ("TONONI LAURA", True), ("VENTURELLI NICOLA", True), ("ZAMBONI ENRICO", True), ("ZANOLA SARA", True), ("", None)]
    out = []
    for (ln, lp), (rn, rp) in zip(left, right):
        def cells(n, p):
            if p is None:
                return "<td></td><td class='x'></td><td class='x'></td>"
            return f"<td>{n}</td><td class='x'>{'X' if p else ''}</td><td class='x'>{'' if p else 'X'}</td>"
        out.append("<tr>" + cells(ln, lp) + "<td class='g'></td>" + cells(rn, rp) + "</tr>")
    return "\n".join(out)
body8 = """
<div class="top"><div class="c">COMUNE DI LONATO DEL GARDA</div><div class="p">Provincia di Brescia</div></div>
<div class="tit">VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE</div>
<div class="sub">Adunanza ordinaria di prima convocazione - seduta pubblica</div>
<div class="num"><span>N. 34</span><span>del 28/07/2025</span></div>
<div class="ogg"><b>OGGETTO:</b><b>VARIAZIONE DI ASSESTAMENTO GENERALE E SALVAGUARDIA DEGLI EQUILIBRI DI BILANCIO PER L'ESERCIZIO 2025 (ART. 175, COMMA 8 E ART. 193 DEL D.LGS. 267/2000)</b></div>
<p>L'anno duemilaventicinque addì ventotto del mese di luglio alle ore 20:30 nella sala consiliare del Palazzo Municipale, previa l'osservanza di tutte le formalità prescritte dalla vigente legge, vennero oggi convocati a seduta i Consiglieri Comunali. All'appello risultano:</p>
<table class="r">
<tr><th>Cognome e Nome</th><th>Pres.</th><th>Ass.</th><td class="g"></td><th>Cognome e Nome</th><th>Pres.</th><th>Ass.</th></tr>
""" + lonato_rows() + """
</table>
<p style="text-align:right"><b>Totale presenti: 15 &nbsp; Totale assenti: 2</b></p>
<p>Partecipa all'adunanza il Segretario Generale Dott. Alberto Comini, il quale provvede alla redazione del presente verbale.</p>
<p>Essendo legale il numero degli intervenuti, la Sig.ra Laura Tononi, nella sua qualità di Presidente del Consiglio Comunale, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.</p>
<div class="centro">IL CONSIGLIO COMUNALE</div>
<p>Udita la relazione dell'Assessore al Bilancio, il cui intervento e il successivo dibattito sono riportati nella registrazione audio-video della seduta, conservata agli atti;</p>
<p>Premesso che con deliberazione del Consiglio Comunale n. 62 del 18/12/2024 è stato approvato il bilancio di previsione finanziario 2025-2027;</p>
<p>Visto l'art. 175, comma 8, del D.Lgs. 267/2000, che prevede che mediante la variazione di assestamento generale, da deliberarsi entro il 31 luglio di ciascun anno, si attui la verifica generale di tutte le voci di entrata e di uscita;</p>
<p>Visto l'art. 193 del medesimo decreto, in materia di salvaguardia degli equilibri di bilancio;</p>
<p>Viste le comunicazioni dei Responsabili di Settore in merito all'assenza di debiti fuori bilancio e all'andamento delle entrate e delle spese;</p>
<p>Visto il parere favorevole dell'Organo di revisione economico-finanziaria, verbale n. 14 del 21/07/2025;</p>
""" + PARERI + """
<p>Con voti favorevoli n. 11, contrari n. 4 (Cavagnini, Mombelli, Salvadori, Zanola), espressi per alzata di mano dai n. 15 Consiglieri presenti e votanti;</p>
<div class="centro">DELIBERA</div>
<p>1. di approvare la variazione di assestamento generale al bilancio di previsione 2025-2027, come risultante dagli allegati prospetti contabili;</p>
<p>2. di dare atto del permanere degli equilibri di bilancio per l'esercizio 2025, come da prospetto allegato;</p>
<p>3. di dare atto che non sussistono debiti fuori bilancio da riconoscere;</p>
<p>4. di allegare la presente deliberazione al rendiconto dell'esercizio 2025.</p>
<p>Successivamente, con voti favorevoli n. 11, contrari n. 4 (Cavagnini, Mombelli, Salvadori, Zanola), resi per alzata di mano, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.</p>
<p style="margin-top:12px">Letto, confermato e sottoscritto.</p>
<div class="firme"><div>IL PRESIDENTE DEL CONSIGLIO<br>F.to Laura Tononi</div><div>IL SEGRETARIO GENERALE<br>F.to Dott. Alberto Comini</div></div>
"""
write("consiglio-lonato-halley", css8, body8)

# ---------------------------------------------------------------- 9 Montagnana (Dedagroup-like table, remote)
css9 = """
body { font-family: Arial, sans-serif; font-size: 10pt; }
.cp { text-align:right; font-weight:bold; }
.h { text-align:center; }
.h .a { font-size:16pt; font-weight:bold; }
.h .b { font-size:9.5pt; }
.d { text-align:center; font-weight:bold; font-size:12pt; margin-top:14px; }
.og { margin:12px 0; font-weight:bold; }
table.a { width:100%; border-collapse:collapse; margin:6px 0; }
table.a th { font-size:9pt; text-align:left; border-bottom:1px solid #000; padding:2px 4px; }
table.a td { padding:1px 4px; }
table.a td.c, table.a th.c { text-align:center; }
p { text-align:justify; line-height:1.35; margin:5px 0; }
.z { text-align:center; font-weight:bold; margin:10px 0 4px; }
.fi { display:flex; justify-content:space-between; margin-top:22px; text-align:center; }
.fi div { width:45%; }
.pie { font-size:7.5pt; text-align:center; color:#444; margin-top:18px; }
"""
mont = [("BORTOLAMI GIANNI", "SINDACO", "p"), ("ZANELLATO MARTA", "VICE SINDACO", "p"), ("FAVARO PIETRO", "CONSIGLIERE", "p"),
        ("BEGGIATO LISA", "CONSIGLIERE", "r"), ("CAPUZZO MATTEO", "CONSIGLIERE", "r"), ("RIZZATO ELENA", "CONSIGLIERE", "p"),
        ("MANTOAN GIORGIO", "CONSIGLIERE", "p"), ("SPINELLO ALICE", "CONSIGLIERE", "p"), ("CREMA DAVIDE", "CONSIGLIERE", "p"),
        ("SGARAVATTO LUIGI", "CONSIGLIERE", "a"), ("TREVISAN CARLA", "CONSIGLIERE", "p"), ("BONATO FILIPPO", "CONSIGLIERE", "p"),
        ("LAZZARIN SONIA", "CONSIGLIERE", "p")]
rows9 = "\n".join(
    f"<tr><td>{n}</td><td>{r}</td><td class='c'>{'Sì' if s in 'pr' else ''}</td><td class='c'>{'Sì' if s=='a' else ''}</td><td class='c'>{'Sì' if s=='r' else ''}</td></tr>"
    for n, r, s in mont)
body9 = """
<div class="cp">COPIA</div>
<div class="h"><div class="a">COMUNE DI MONTAGNANA</div><div class="b">(Provincia di Padova)</div></div>
<div class="d">DELIBERAZIONE DEL CONSIGLIO COMUNALE<br>N° 21 del 29/04/2025</div>
<div class="og">OGGETTO: Approvazione del rendiconto della gestione per l'esercizio finanziario 2024</div>
<p>L'anno duemilaventicinque, il giorno ventinove del mese di aprile, alle ore diciannove, nella sala consiliare di Castel San Zeno, in seguito a convocazione, previa osservanza di tutte le formalità prescritte dalle norme di legge e dallo Statuto, si è riunito il Consiglio Comunale in sessione ordinaria, in seduta pubblica di prima convocazione, anche in modalità mista. Risultano all'appello nominale:</p>
<table class="a">
<tr><th>Nominativo</th><th>Ruolo</th><th class="c">Presente</th><th class="c">Assente</th><th class="c">Da remoto</th></tr>
""" + rows9 + """
<tr><td></td><td></td><td class="c"><b>Tot. 12</b></td><td class="c"><b>Tot. 1</b></td><td></td></tr>
</table>
<p>Presiede il SINDACO Dott. Gianni Bortolami.</p>
<p>Partecipa e ne cura la verbalizzazione il VICE SEGRETARIO COMUNALE Dott.ssa Chiara Lunardi.</p>
<p>Il Presidente, riconosciuto legale il numero dei Consiglieri intervenuti, dichiara aperta la seduta.</p>
<div class="z">IL CONSIGLIO COMUNALE</div>
<p>Premesso che l'art. 227 del D.Lgs. 267/2000 prevede che il rendiconto della gestione sia deliberato dall'organo consiliare entro il 30 aprile dell'anno successivo a quello di riferimento;</p>
<p>Vista la deliberazione della Giunta Comunale n. 44 del 27/03/2025, con la quale è stato approvato lo schema di rendiconto per l'esercizio 2024 e la relazione sulla gestione;</p>
<p>Dato atto che il rendiconto chiude con un risultato di amministrazione di euro 2.316.482,17, di cui parte disponibile euro 412.905,60;</p>
<p>Vista la relazione dell'Organo di revisione, resa con verbale n. 6 del 10/04/2025;</p>
""" + PARERI + """
<p>Con la seguente votazione, resa per appello nominale:</p>
<p>Presenti n. 12 – Voti favorevoli n. 12 – Voti contrari n. 0 – Astenuti n. 0</p>
<div class="z">DELIBERA</div>
<p>1. Di approvare il rendiconto della gestione per l'esercizio finanziario 2024, composto dal conto del bilancio, dal conto economico e dallo stato patrimoniale;</p>
<p>2. Di dare atto che il risultato di amministrazione al 31/12/2024 ammonta a euro 2.316.482,17;</p>
<p>3. Di pubblicare il rendiconto sul sito istituzionale nella sezione "Amministrazione trasparente".</p>
<p>Con successiva votazione, all'unanimità dei 12 presenti, il presente atto è dichiarato immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.</p>
<div class="fi"><div>IL SINDACO<br>Dott. Gianni Bortolami</div><div>IL VICE SEGRETARIO COMUNALE<br>Dott.ssa Chiara Lunardi</div></div>
<div class="pie">Via Carrarese n. 14 - 35044 Montagnana (PD) - Tel. 0429 81247</div>
"""
write("consiglio-montagnana-dedagroup", css9, body9)

# ---------------------------------------------------------------- 10 Correggio (prose attendance, counted majority, no IE)
css10 = """
body { font-family: Garamond, 'EB Garamond', Georgia, serif; font-size: 11.5pt; }
.h { text-align:center; border-bottom:3px double #000; padding-bottom:6px; }
.h .a { font-size:18pt; letter-spacing:2px; }
.h .b { font-size:10pt; }
.k { margin-top:12px; }
.k div { margin:2px 0; }
p { text-align:justify; line-height:1.4; margin:6px 0; }
.c { text-align:center; font-weight:bold; margin:10px 0 4px; }
.fi { display:flex; justify-content:space-between; margin-top:22px; text-align:center; }
.fi div { width:45%; }
"""
body10 = """
<div class="h"><div class="a">COMUNE DI CORREGGIO</div><div class="b">Provincia di Reggio Emilia</div></div>
<div class="k">
<div><b>Verbale di deliberazione del Consiglio Comunale n. 67 del 27/11/2025</b></div>
<div><b>Oggetto:</b> MODIFICA DEL REGOLAMENTO COMUNALE PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA</div>
</div>
<p style="margin-top:12px">L'anno duemilaventicinque, addì ventisette del mese di novembre, alle ore 20.45, nella Sala del Consiglio del Palazzo Municipale, si è riunito il Consiglio Comunale, convocato con avviso prot. n. 31562 del 20/11/2025, in sessione ordinaria e seduta pubblica.</p>
<p>Sono presenti il Sindaco ORLANDINI STEFANO e i Consiglieri: BONACINI ANNA, CATELLANI LUCA (Presidente del Consiglio), DAVOLI MARINA, FONTANESI PAOLO, GIBERTI SERENA, IOTTI ROBERTO, LUSUARDI GIADA, MAGNANI ENRICO, PRANDI VALERIA, RINALDI MATTEO, SACCANI FRANCESCA, TEDESCHI GIANLUCA, VIGNALI ELENA, ZANICHELLI ALESSIO.</p>
<p>Risultano assenti giustificati i Consiglieri: FERRETTI DANIELE, BARILLI LAURA.</p>
<p>Presenti n. 15, assenti n. 2.</p>
<p>Presiede la seduta il Presidente del Consiglio Comunale Luca Catellani, che, constatata la presenza del numero legale, la dichiara aperta.</p>
<p>Assiste il Segretario Generale Dott.ssa Stefania Morini, che redige il presente verbale.</p>
<p>Sono presenti, senza diritto di voto, gli Assessori esterni Carla Rossi e Mauro Spaggiari.</p>
<div class="c">IL CONSIGLIO COMUNALE</div>
<p>Premesso che con deliberazione del Consiglio Comunale n. 18 del 30/03/2021 è stato approvato il Regolamento per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, istituito dall'art. 1, comma 816, della L. 27 dicembre 2019, n. 160;</p>
<p>Ritenuto necessario modificare gli articoli 12, 27 e 41 del Regolamento, al fine di semplificare il procedimento di rilascio delle concessioni temporanee per i dehors e di introdurre una riduzione per le occupazioni connesse a cantieri di riqualificazione energetica degli edifici;</p>
<p>Dato atto che la proposta è stata esaminata dalla Commissione consiliare Bilancio nella seduta del 18/11/2025;</p>
<p>Acquisito il parere favorevole dell'Organo di revisione, ai sensi dell'art. 239 del D.Lgs. 267/2000;</p>
""" + PARERI + """
<p>Con la seguente votazione, espressa in forma palese mediante sistema elettronico: presenti 15, votanti 13, favorevoli 10, contrari 3 (Fontanesi, Iotti, Vignali), astenuti 2 (Giberti, Tedeschi);</p>
<div class="c">DELIBERA</div>
<p>1) di approvare le modifiche agli articoli 12, 27 e 41 del Regolamento comunale per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, come riportate nel testo allegato;</p>
<p>2) di dare atto che le modifiche hanno efficacia dal 1° gennaio 2026;</p>
<p>3) di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze secondo le modalità previste dalla normativa vigente.</p>
<div class="fi"><div>IL PRESIDENTE DEL CONSIGLIO<br>Luca Catellani</div><div>IL SEGRETARIO GENERALE<br>Dott.ssa Stefania Morini</div></div>
<p style="margin-top:18px; font-size:9pt">Atto sottoscritto digitalmente ai sensi del D.Lgs. 82/2005.</p>
"""
write("consiglio-correggio-prosa", css10, body10)

# ---------------------------------------------------------------- 11 San Miniato (Studio K, numbered two columns, P/A)
css11 = """
body { font-family: 'Courier New', 'Liberation Mono', monospace; font-size: 9.8pt; }
.h { text-align:center; }
.h .a { font-size:14pt; font-weight:bold; }
.h .b { font-size:9.5pt; }
.t { text-align:center; font-weight:bold; margin-top:10px; }
.t2 { text-align:center; margin-bottom:8px; }
.og { border:1px solid #000; padding:4px 6px; margin-bottom:8px; }
table.r { width:100%; border-collapse:collapse; margin:6px 0; }
table.r td { padding:1px 3px; }
table.r td.n { width:24px; text-align:right; }
table.r td.m { width:26px; text-align:center; }
p { text-align:justify; line-height:1.35; margin:5px 0; }
.c { text-align:center; font-weight:bold; margin:9px 0 4px; }
.fi { display:flex; justify-content:space-between; margin-top:20px; text-align:center; }
.fi div { width:45%; }
"""
sm = [("CECCHI DANIELE", "P"), ("MARTINI CRISTINA", "P"), ("BACCI FILIPPO", "P"), ("PAOLI ELEONORA", "P"),
      ("GUERRINI MASSIMO", "P"), ("LAZZERINI CHIARA", "P*"), ("FIASCHI GABRIELE", "P"), ("BALDINI SIMONA", "P"),
      ("NICCOLAI ENRICO", "A"), ("ROSSI VALENTINA", "P"), ("MORELLI PIETRO", "P"), ("BIAGINI SARA", "P"),
      ("CIONI MARCO", "P"), ("FREDIANI ELISA", "P*"), ("TADDEUCCI LUCA", "P"), ("GORI MARTINA", "P"), ("BUTI ALESSANDRO", "P")]
rows11 = []
for i in range(9):
    l = sm[i]; li = i + 1
    cl = f"<td class='n'>{li})</td><td>{l[0]}</td><td class='m'>{l[1]}</td>"
    if i + 9 < len(sm):
        r = sm[i + 9]; ri = i + 10
        cr = f"<td class='n'>{ri})</td><td>{r[0]}</td><td class='m'>{r[1]}</td>"
    else:
        cr = "<td></td><td></td><td></td>"
    rows11.append("<tr>" + cl + "<td style='width:30px'></td>" + cr + "</tr>")
body11 = """
<div class="h"><div class="a">COMUNE DI SAN MINIATO</div><div class="b">Provincia di Pisa</div></div>
<div class="t">DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 45</div>
<div class="t2">Seduta del 30/09/2025</div>
<div class="og">OGGETTO: Approvazione del Documento Unico di Programmazione (DUP) 2026-2028</div>
<p>L'anno duemilaventicinque, il giorno trenta del mese di settembre, alle ore 18 e minuti 10, nella Sala del Consiglio del Palazzo Comunale, previa convocazione nei modi di legge, si è riunito il Consiglio Comunale in sessione ordinaria, seduta pubblica, di prima convocazione.</p>
<p>Fatto l'appello nominale risultano:</p>
<table class="r">
""" + "\n".join(rows11) + """
</table>
<p>P = presente &nbsp; A = assente &nbsp; P* = presente in collegamento da remoto</p>
<p>Presenti n. 16 &nbsp;&nbsp; Assenti n. 1</p>
<p>Presiede l'adunanza il Presidente del Consiglio Comunale Gabriele Fiaschi.</p>
<p>Partecipa il Vice Segretario Generale Dott.ssa Manuela Bertini, incaricato della redazione del verbale.</p>
<p>Scrutatori: Baldini Simona, Cioni Marco, Buti Alessandro.</p>
<div class="c">IL CONSIGLIO COMUNALE</div>
<p>Premesso che l'art. 170 del D.Lgs. 267/2000 prevede che entro il 31 luglio di ciascun anno la Giunta presenti al Consiglio il Documento Unico di Programmazione per le conseguenti deliberazioni;</p>
<p>Vista la deliberazione della Giunta Comunale n. 128 del 24/07/2025, con la quale è stato approvato lo schema del DUP 2026-2028;</p>
<p>Preso atto che il documento è stato illustrato nella Commissione consiliare Affari Generali e Bilancio nella seduta del 22/09/2025;</p>
<p>Visto il parere favorevole dell'Organo di revisione economico-finanziaria, espresso con verbale n. 19 del 15/09/2025;</p>
""" + PARERI + """
<p>Con votazione espressa per alzata di mano, che dà il seguente risultato:</p>
<p>Presenti: 16 &nbsp; Votanti: 16 &nbsp; Favorevoli: 12 &nbsp; Contrari: 4 (Guerrini, Rossi, Biagini, Gori)</p>
<div class="c">DELIBERA</div>
<p>1) di approvare il Documento Unico di Programmazione 2026-2028, allegato alla presente quale parte integrante e sostanziale;</p>
<p>2) di dare atto che il DUP costituisce presupposto del bilancio di previsione 2026-2028;</p>
<p>3) di dare atto che il documento contiene il programma triennale delle opere pubbliche e il programma triennale degli acquisti di forniture e servizi;</p>
<p>4) di pubblicare il DUP sul sito istituzionale, sezione "Amministrazione trasparente";</p>
<p>5) di trasmettere copia della presente alla Giunta Comunale per gli adempimenti di competenza.</p>
<p>Infine, con separata votazione che dà il medesimo risultato (Presenti: 16, Votanti: 16, Favorevoli: 12, Contrari: 4), la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.</p>
<div class="fi"><div>IL PRESIDENTE DEL CONSIGLIO<br>Gabriele Fiaschi</div><div>IL VICE SEGRETARIO GENERALE<br>Dott.ssa Manuela Bertini</div></div>
"""
write("consiglio-sanminiato-studiok", css11, body11)

# ---------------------------------------------------------------- 12 Tempio Pausania (APKappa, numbered table SI/NO, Carica)
css12 = """
body { font-family: Arial, sans-serif; font-size: 10pt; }
table.hd { width:100%; border-collapse:collapse; }
table.hd td { vertical-align:middle; }
.a { font-size:16pt; font-weight:bold; }
.b { font-size:9pt; }
.bx { border:2px solid #000; padding:6px; margin-top:10px; }
.bx .x { font-weight:bold; font-size:11pt; }
table.p { border-collapse:collapse; width:85%; margin:8px auto; }
table.p th, table.p td { border:1px solid #555; padding:1px 6px; }
table.p th { background:#efefef; }
table.p td.m { text-align:center; }
p { text-align:justify; line-height:1.35; margin:5px 0; }
.c { text-align:center; font-weight:bold; margin:9px 0 4px; }
.fi { display:flex; justify-content:space-between; margin-top:22px; text-align:center; }
.fi div { width:45%; }
"""
tp = [("PIRINA SALVATORE", "Sindaco", True), ("CAREDDU MARIA GRAZIA", "Consigliere", True), ("ADDIS ROBERTO", "Consigliere", True),
      ("SANNA FRANCESCA", "Consigliere", True), ("DEIANA MICHELE", "Presidente del Consiglio", True), ("FRESI ANTONELLA", "Consigliere", True),
      ("MURGIA PAOLO", "Consigliere", True), ("PINNA SILVIA", "Consigliere", False), ("COSSU GIANFRANCO", "Consigliere", True),
      ("SOTGIU LAURA", "Consigliere", True), ("MANCA STEFANO", "Consigliere", True), ("PIRAS ELENA", "Consigliere", False),
      ("TAMPONI GAVINO", "Consigliere", True), ("SECHI MARTA", "Consigliere", True), ("DETTORI ANDREA", "Consigliere", False),
      ("SATTA CLAUDIA", "Consigliere", True), ("MOLINAS PIETRO", "Consigliere", True)]
rows12 = "\n".join(f"<tr><td class='m'>{i+1}</td><td>{n}</td><td>{r}</td><td class='m'>{'SI' if p else 'NO'}</td></tr>" for i, (n, r, p) in enumerate(tp))
body12 = """
<table class="hd"><tr><td><div class="a">COMUNE DI TEMPIO PAUSANIA</div><div class="b">Provincia di Gallura Nord-Est Sardegna</div></td>
<td style="text-align:right" class="b">Codice Ente 090070</td></tr></table>
<div class="bx"><div class="x">COPIA DI DELIBERAZIONE DEL CONSIGLIO COMUNALE</div>
<div>Numero 12 &nbsp;&nbsp;&nbsp; del 20-03-2025</div>
<div style="margin-top:4px"><b>Oggetto: APPROVAZIONE DEL PIANO ECONOMICO FINANZIARIO DEL SERVIZIO DI GESTIONE DEI RIFIUTI URBANI E DELLE TARIFFE TARI PER L'ANNO 2025</b></div></div>
<p style="margin-top:10px">L'anno duemilaventicinque il giorno venti del mese di marzo alle ore 17.30 nella sala consiliare del Palazzo degli Scolopi, convocato con appositi avvisi, si è riunito il Consiglio Comunale in sessione straordinaria, seduta pubblica, di prima convocazione.</p>
<p>Dei Consiglieri comunali sono presenti n. 14 e assenti n. 3:</p>
<table class="p">
<tr><th>N.</th><th>Cognome e Nome</th><th>Carica</th><th>Presente</th></tr>
""" + rows12 + """
</table>
<p>Presiede il Presidente del Consiglio Comunale Dott. Michele Deiana.</p>
<p>Partecipa il Segretario Generale Dott.ssa Giovanna Maria Cabras.</p>
<p>Il Presidente, accertato il numero legale per la validità dell'adunanza, dichiara aperta la seduta.</p>
<div class="c">IL CONSIGLIO COMUNALE</div>
<p>Premesso che la deliberazione ARERA n. 385/2023/R/rif ha approvato il metodo tariffario rifiuti per il secondo periodo regolatorio 2022-2025 (MTR-2);</p>
<p>Visto il piano economico finanziario per l'anno 2025 predisposto dal gestore e validato dall'Ente territorialmente competente, che determina il totale delle entrate tariffarie in euro 3.184.260,00;</p>
<p>Considerato che le tariffe della TARI devono assicurare la copertura integrale dei costi del servizio, ai sensi dell'art. 1, comma 654, della L. 147/2013;</p>
<p>Vista la proposta di articolazione tariffaria per le utenze domestiche e non domestiche, allegata sub "B";</p>
""" + PARERI + """
<p>Con votazione espressa per alzata di mano, che dà il seguente esito: Presenti 14, Votanti 14, Favorevoli 14;</p>
<div class="c">DELIBERA</div>
<p>1) Di approvare il piano economico finanziario del servizio di gestione dei rifiuti urbani per l'anno 2025, allegato sub "A";</p>
<p>2) Di approvare le tariffe TARI per l'anno 2025 come da allegato sub "B";</p>
<p>3) Di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze mediante il Portale del Federalismo Fiscale.</p>
<p>Con successiva votazione unanime dei 14 presenti, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.</p>
<div class="fi"><div>IL PRESIDENTE<br>F.to Dott. Michele Deiana</div><div>IL SEGRETARIO GENERALE<br>F.to Dott.ssa Giovanna Maria Cabras</div></div>
"""
write("consiglio-tempio-apkappa", css12, body12)
print("ok")
