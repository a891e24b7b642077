# D07 Comune (Basilicata), ordinanza sindacale as a typewriter-like Word document: Courier New (-> Liberation Mono in
# LibreOffice), 11 pt, ragged right, straight apostrophes, capitals with apostrophe accents in the headings,
# underscore rules; python-docx -> LibreOffice Writer headless; page number "- n -" in the foot
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxkit import *; import kit
from docx.shared import Pt, Cm
d = new('Courier New', 11, margins=(2.0, 2.0, 2.5, 2.0))
f = d.sections[0].footer; fp = f.paragraphs[0]; fp.alignment = AL.CENTER
fp.add_run('- '); page_field(fp); fp.add_run(' -')
para(d, 'COMUNE DI VIGGIANO', bold=True, size=14, align='c')
para(d, '(Provincia di Potenza)', align='c')
para(d, 'Corso Guglielmo Marconi - 85059 Viggiano (PZ) - tel. 0975 61142', align='c', size=9)
para(d, '_' * 62, align='c', after=10)
para(d, 'Prot. n. 6632                                 Viggiano, 06/06/2026', after=14)
para(d, 'ORDINANZA SINDACALE N. 21 DEL 06/06/2026', bold=True, align='c', underline=True, after=14)
para(d, "OGGETTO: Limitazione dell'uso dell'acqua potabile per scopi diversi da quello igienico-domestico - periodo estivo 2026.", indent=2.4, first=-2.4, after=14)
para(d, 'I L   S I N D A C O', bold=True, align='c', after=12)
prem = ["PREMESSO che Acquedotto Lucano S.p.A., gestore del servizio idrico integrato, con nota prot. n. 18226 del 03/06/2026 ha segnalato la significativa riduzione delle portate delle sorgenti che alimentano la rete idrica comunale, a causa delle scarse precipitazioni del periodo invernale e primaverile;",
 "CONSIDERATO che l'incremento dei consumi nel periodo estivo, anche per l'afflusso di turisti e di lavoratori del comparto estrattivo, puo' determinare carenze nell'erogazione, in particolare nelle contrade di Case Rosse, Pezze Lunghe e Montagnola;",
 "RITENUTO necessario, a tutela della salute e dell'igiene pubblica, garantire a tutti gli utenti l'approvvigionamento per gli usi primari, limitando gli utilizzi non essenziali;",
 "VISTI gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267;",
 "VISTO l'art. 98 del D.Lgs. 3 aprile 2006, n. 152;"]
for s in prem: para(d, s, after=8)
para(d, 'O R D I N A', bold=True, align='c', before=4, after=12)
para(d, "a tutti i cittadini residenti e domiciliati nel territorio comunale, dal 08/06/2026 al 30/09/2026:", after=8)
pts = ["il DIVIETO di utilizzare l'acqua della rete idrica pubblica per l'irrigazione di orti, giardini e prati, per il lavaggio di autoveicoli e di piazzali e per il riempimento di piscine e vasche, nella fascia oraria dalle ore 08:00 alle ore 21:00;",
 "il DIVIETO assoluto, in qualsiasi orario, dell'uso dell'acqua potabile per l'abbeveraggio di animali da allevamento e per usi agricoli e produttivi non autorizzati;",
 "ai titolari di esercizi pubblici e attivita' ricettive di adottare ogni accorgimento utile a ridurre gli sprechi e di segnalare tempestivamente eventuali perdite;",
 "a chiunque rilevi perdite sulla rete pubblica di darne immediata comunicazione al numero verde di Acquedotto Lucano 800 992 292."]
for i, s in enumerate(pts, 1): para(d, '%d) %s' % (i, s), indent=0.9, first=-0.9, after=6)
para(d, 'A V V E R T E', bold=True, align='c', before=6, after=10)
para(d, "che la violazione delle disposizioni della presente ordinanza, salvo che il fatto costituisca reato, e' punita con la sanzione amministrativa pecuniaria da euro 25,00 a euro 500,00 ai sensi dell'art. 7-bis del D.Lgs. 267/2000.", after=10)
para(d, 'D I S P O N E', bold=True, align='c', before=4, after=10)
para(d, "che la presente ordinanza sia pubblicata all'Albo Pretorio on line e sul sito istituzionale, sia resa nota mediante affissione di manifesti e sia trasmessa al Comando di Polizia Locale, alla Stazione Carabinieri di Viggiano e ad Acquedotto Lucano S.p.A. per quanto di competenza.", after=10)
para(d, "Avverso il presente provvedimento e' ammesso ricorso al T.A.R. Basilicata entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.", after=18)
para(d, 'IL SINDACO', align='r', after=0)
para(d, 'Dott. Nicola Sarli  ', align='r', after=0)
para(d, '(firmato digitalmente)', align='r', size=9)
src = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'd07_viggiano.docx'); d.save(src)
kit.docx_to_pdf(src, 'ordinanza-viggiano-word.pdf')
