#!/usr/bin/env python3
"""Unione Val d'Enza - deliberazione della Giunta dell'Unione n. 21 del
19/02/2026. A Word template (Calibri-metric Carlito, shaded title band,
proposal box, roll written as prose), printed to PDF by LibreOffice."""
import sys
sys.path.insert(0, __file__.rsplit('/', 1)[0])
from docxhelp import *
from docx.shared import Pt, Mm

out = sys.argv[1]
d = new('Carlito', 11, margins=(18, 18, 22, 22))
hdr = d.sections[0].header
hp = p(hdr, '', C, after=0)
run(hp, "UNIONE VAL D'ENZA", True, size=16, color='1F4E79')
p(hdr, "Comuni di Bibbiano, Campegine, Canossa, Cavriago, Gattatico, Montecchio Emilia, San Polo d'Enza, "
       "Sant'Ilario d'Enza", C, size=8, after=0, color='404040')
hp = p(hdr, 'Provincia di Reggio Emilia', C, italic=True, size=8, after=2)
border_bottom(hp, 10)
ftr = d.sections[0].footer
fp = p(ftr, "Unione Val d'Enza - Deliberazione di Giunta n. 21 del 19/02/2026 - Pagina ", Rt, size=8)
field(fp, 'PAGE', 8)
run(fp, ' di ', size=8)
field(fp, 'NUMPAGES', 8)

tb = d.add_table(rows=1, cols=1)
cell_text(tb.cell(0, 0), 'DELIBERAZIONE DELLA GIUNTA DELL\'UNIONE', True, C, 14)
shade(tb.cell(0, 0), 'DEEAF6')
p(tb.cell(0, 0), 'N. 21 DEL 19/02/2026', C, True, size=12, after=2)
p(d, '', after=2)
box = d.add_table(rows=2, cols=2)
box.style = 'Table Grid'
cell_text(box.cell(0, 0), 'Proposta n.', True, Lf, 9)
cell_text(box.cell(0, 1), '34 del 12/02/2026', False, Lf, 9)
cell_text(box.cell(1, 0), 'Settore proponente', True, Lf, 9)
cell_text(box.cell(1, 1), 'Servizio Sociale Unificato', False, Lf, 9)
widths(box, [45, 129])
par = p(d, '', Lf, before=8, after=8)
run(par, 'OGGETTO: ', True)
run(par, "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'AZIENDA USL DI REGGIO EMILIA PER LA GESTIONE INTEGRATA "
         "DEL PUNTO UNICO DI ACCESSO SOCIO-SANITARIO - ANNI 2026-2028", True)
p(d, "L'anno duemilaventisei, il giorno diciannove del mese di febbraio alle ore 15:00 presso la sede dell'Unione in "
     "Montecchio Emilia, convocata nei modi di legge, si è riunita la Giunta dell'Unione.")
p(d, "Risultano presenti i Signori: COLLI MATTEO (Presidente), GUIDETTI SARA (Vicepresidente), MONTANARI ENRICO "
     "(Assessore), BERTOLINI PAOLA (Assessore), FONTANESI LUCA (Assessore), RINALDINI GIORGIA (Assessore).")
p(d, "Risultano assenti giustificati i Signori: CATELLANI DAVIDE (Assessore), ZANNI ROBERTA (Assessore).")
p(d, "Presenti n. 6 - Assenti n. 2.", bold=True)
p(d, "Partecipa il Segretario Generale, Dott.ssa Chiara Gazzotti, incaricato della redazione del verbale. Presiede la "
     "seduta il Presidente, Matteo Colli, il quale, riconosciuta la validità dell'adunanza, invita la Giunta a "
     "deliberare sull'argomento in oggetto.")
p(d, 'LA GIUNTA DELL\'UNIONE', C, True, before=6, after=4)
for t_ in [
    "Premesso che con deliberazione del Consiglio dell'Unione n. 18 del 30 settembre 2014 i Comuni aderenti hanno "
    "conferito all'Unione la funzione relativa alla progettazione e gestione del sistema locale dei servizi sociali;",
    "Richiamata la convenzione tra l'Unione e l'Azienda USL di Reggio Emilia per la gestione del Punto Unico di "
    "Accesso socio-sanitario (PUA), scaduta il 31 dicembre 2025 e prorogata tecnicamente fino al 31 marzo 2026;",
    "Visto lo schema di convenzione per il triennio 2026-2028 condiviso in sede di Comitato di Distretto nella seduta "
    "del 3 febbraio 2026, allegato quale parte integrante e sostanziale del presente atto (Allegato A);",
    "Dato atto che la spesa a carico dell'Unione, pari a euro 96.000,00 annui, trova copertura al capitolo 10430 "
    "\"Trasferimenti all'AUSL per servizi integrati\" del bilancio di previsione 2026-2028;",
    "Visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto "
    "2000, n. 267, dalla Responsabile del Servizio Sociale Unificato e dal Responsabile del Servizio Finanziario;",
]:
    p(d, t_)
p(d, "All'unanimità dei presenti, con voti espressi in forma palese,", before=4)
p(d, 'DELIBERA', C, True, before=4, after=4)
pts = [
    "di approvare lo schema di convenzione con l'Azienda USL di Reggio Emilia per la gestione integrata del Punto "
    "Unico di Accesso socio-sanitario per gli anni 2026-2028, allegato sub A) alla presente deliberazione;",
    "di autorizzare la Responsabile del Servizio Sociale Unificato, Dott.ssa Emanuela Ferretti, alla sottoscrizione "
    "della convenzione, con facoltà di apportarvi le modifiche non sostanziali che si rendessero necessarie;",
    "di dare atto che la spesa di euro 96.000,00 annui trova copertura al capitolo 10430 del bilancio di previsione "
    "2026-2028, annualità 2026, 2027 e 2028;",
    "di trasmettere copia del presente atto all'Azienda USL di Reggio Emilia - Distretto di Montecchio Emilia;",
    "di dichiarare, con successiva e separata votazione unanime, la presente deliberazione immediatamente eseguibile "
    "ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, stante l'imminente scadenza della proroga tecnica.",
]
for k, t_ in enumerate(pts, 1):
    p(d, '%d) %s' % (k, t_), indent=8, first=-7)
p(d, 'Letto, approvato e sottoscritto', Lf, italic=True, before=12, after=6)
sg = d.add_table(rows=3, cols=2)
cell_text(sg.cell(0, 0), 'IL PRESIDENTE', True, C, 10)
cell_text(sg.cell(0, 1), 'IL SEGRETARIO GENERALE', True, C, 10)
cell_text(sg.cell(1, 0), 'Matteo Colli', False, C, 11)
cell_text(sg.cell(1, 1), 'Dott.ssa Chiara Gazzotti', False, C, 11)
cell_text(sg.cell(2, 0), 'Documento firmato digitalmente', False, C, 7.5, True)
cell_text(sg.cell(2, 1), 'Documento firmato digitalmente', False, C, 7.5, True)
d.core_properties.author = 'Segreteria Generale'
d.core_properties.title = 'Delibera di Giunta Unione'
d.save(out)
