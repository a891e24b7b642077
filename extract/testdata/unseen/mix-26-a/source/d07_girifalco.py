# D07 Comune (Calabria), ordinanza sindacale typed in a typewriter-like Word document (Courier New -> Liberation Mono
# in LibreOffice), ragged right, underlined headings, spaced O R D I N A; python-docx -> soffice
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxkit import *; import kit
from docx.shared import Pt, Cm
d = new('Courier New', 11.5, margins=(2.0, 2.0, 2.5, 2.0))
sec = d.sections[0]
f = sec.footer; fp = f.paragraphs[0]; fp.alignment = AL.CENTER
r = fp.add_run('- '); page_field(fp); fp.add_run(' -')
para(d, 'COMUNE DI GIRIFALCO', bold=True, size=14, align='c')
para(d, '(Provincia di Catanzaro)', align='c')
para(d, 'Piazza Umberto I - 88024 Girifalco (CZ) - Tel. 0968/749011', size=9.5, align='c', after=4)
para(d, '_' * 62, align='c', after=12)
para(d, 'Prot. n. 4127                          Girifalco, li 14/05/2026', after=14)
para(d, 'ORDINANZA SINDACALE N. 14 DEL 14/05/2026', bold=True, align='c', underline=True, after=12)
para(d, 'OGGETTO: Divieto di accensione di fuochi e di abbruciamento di residui vegetali nel periodo di massima pericolosità per gli incendi boschivi - anno 2026.', bold=True, indent=2.4, first=-2.4, after=14)
para(d, 'I L   S I N D A C O', bold=True, align='c', after=12)
prem = ['PREMESSO che il territorio comunale, per la presenza di estese superfici boscate e di aree agricole incolte in località Monte Covello e Pietra Spaccata, è esposto a elevato rischio di incendi nel periodo estivo;',
 'VISTA la Legge 21 novembre 2000, n. 353 "Legge quadro in materia di incendi boschivi";',
 'VISTO il Piano regionale per la programmazione delle attività di previsione, prevenzione e lotta attiva contro gli incendi boschivi della Regione Calabria per l\'anno 2026, che individua il periodo di massima pericolosità dal 15 giugno al 30 settembre;',
 'VISTO l\'art. 182, comma 6-bis, del D.Lgs. 3 aprile 2006, n. 152;',
 'RITENUTO necessario, a tutela della pubblica incolumità, adottare misure di prevenzione sull\'intero territorio comunale;',
 'VISTI gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267;']
for s in prem: para(d, s, after=8)
para(d, 'O R D I N A', bold=True, align='c', before=4, after=12)
para(d, 'dal 15 giugno al 30 settembre 2026, su tutto il territorio comunale:', after=8)
pts = ['è vietato accendere fuochi di ogni genere, bruciare stoppie, sterpaglie e residui vegetali di qualunque natura;',
 'i proprietari e i conduttori di terreni incolti, di aree a verde e di lotti interclusi nel centro abitato devono provvedere, entro il 14 giugno 2026, alla pulizia dei fondi e alla realizzazione di fasce parafuoco di larghezza non inferiore a metri 5 lungo i confini;',
 'è vietato l\'uso di apparecchi a fiamma o elettrici che producano faville nelle zone boscate e nelle aree agricole ad esse adiacenti;',
 'è vietato gettare mozziconi di sigarette o fiammiferi accesi dai veicoli in transito lungo le strade comunali e provinciali.']
for i, s in enumerate(pts, 1): para(d, f'{i}) {s}', indent=0.9, first=-0.9, after=8)
para(d, 'AVVERTE', bold=True, align='c', before=4, after=8)
para(d, 'che le violazioni alla presente ordinanza, salvo che il fatto costituisca reato, sono punite con la sanzione amministrativa pecuniaria da euro 50,00 a euro 500,00 ai sensi dell\'art. 7-bis del D.Lgs. 267/2000.', after=8)
para(d, 'DISPONE', bold=True, align='c', before=4, after=8)
para(d, 'che la presente ordinanza sia pubblicata all\'Albo Pretorio on line e resa nota mediante affissione di manifesti; che copia sia trasmessa alla Prefettura di Catanzaro, alla Stazione Carabinieri di Girifalco, al Comando Regione Carabinieri Forestale "Calabria" e al Comando di Polizia Locale, incaricati della vigilanza.', after=8)
para(d, 'Avverso la presente ordinanza è ammesso ricorso al T.A.R. Calabria entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.', after=20)
para(d, '                                          IL SINDACO', bold=True)
para(d, '                                   (Dott. Rocco Amelio Scerbo)')
src = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'd07_girifalco.docx'); d.save(src)
kit.docx_to_pdf(src, 'ordinanza-girifalco-word.pdf')
