# D05 Comune (Sicily), ordinanza sindacale: typewriter-like Word document (Courier New, ragged right,
# apostrophes for accents, underlined spaced headings), python-docx -> LibreOffice
import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxkit import *; import kit
F = 'Courier New'
d = new(F, 11.5, margins=(2.0, 2.0, 2.8, 2.2))
d.styles['Normal'].paragraph_format.line_spacing = 1.15
def P(t='', **k): return para(d, t, font=F, **k)
P('COMUNE DI MISTRETTA', bold=True, align='c', size=14)
P('(CITTA\' METROPOLITANA DI MESSINA)', align='c')
P('Piazza Municipio n. 1 - 98073 Mistretta - tel. 0921 381220', align='c', size=9)
P('_' * 62, align='c', after=10)
P('Prot. n. 5318                          Mistretta, li 09/05/2026', after=14)
P('O R D I N A N Z A   N.  14  DEL  09/05/2026', bold=True, align='c', underline=True, after=14)
P('OGGETTO: Divieto di transito veicolare e pedonale in via Liberta\', tratto compreso tra piazza Vittorio Veneto e via Nazionale, per lavori urgenti di messa in sicurezza di un muro di contenimento.', bold=True, indent=2.6, first=-2.6, after=14)
P('I L   S I N D A C O', bold=True, align='c', after=10)
for t in ["PREMESSO che in data 07/05/2026 il personale dell'Ufficio Tecnico Comunale, a seguito di segnalazione del Comando di Polizia Municipale, ha accertato il parziale crollo del muro di contenimento in pietrame che sostiene la sede stradale di via Liberta', nel tratto compreso tra piazza Vittorio Veneto e via Nazionale;",
          "VISTA la relazione tecnica prot. n. 5274 del 08/05/2026 con la quale il Responsabile dell'Area Tecnica ha evidenziato il pericolo di ulteriori distacchi e la necessita' di interdire il transito fino al completamento dei lavori di messa in sicurezza;",
          "RITENUTO necessario e urgente adottare provvedimenti a tutela della pubblica incolumita';",
          "VISTI gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo Regolamento di esecuzione;",
          "VISTO l'art. 54 del D.Lgs. 18 agosto 2000, n. 267 e l'O.R.EE.LL. vigente nella Regione Siciliana;"]:
    P(t, align='l', after=8)
P('O R D I N A', bold=True, align='c', before=4, after=10)
pts = ["il divieto di transito veicolare e pedonale in via Liberta', nel tratto compreso tra piazza Vittorio Veneto e via Nazionale, dalle ore 8:00 del giorno 11/05/2026 e fino al termine dei lavori di messa in sicurezza;",
       "il divieto di sosta con rimozione forzata, su entrambi i lati, in via Nazionale nel tratto di m 30 a monte dell'intersezione con via Liberta';",
       "all'Area Tecnica di provvedere alla collocazione della prescritta segnaletica e delle transenne di delimitazione dell'area interessata dal crollo;",
       "al Comando di Polizia Municipale e alle Forze dell'Ordine di vigilare sull'osservanza della presente ordinanza."]
for i, t in enumerate(pts, 1): P('%d) %s' % (i, t), indent=0.9, first=-0.9, after=6)
P("E' fatto obbligo a chiunque spetti di osservare e far osservare la presente ordinanza, che sara' resa nota mediante pubblicazione all'Albo Pretorio on line e affissione nei luoghi interessati.", before=6, after=8)
P("Avverso il presente provvedimento e' ammesso ricorso al T.A.R. Sicilia - Sezione di Catania entro 60 giorni dalla pubblicazione, oppure ricorso straordinario al Presidente della Regione Siciliana entro 120 giorni.", after=8)
P('Dalla Residenza Municipale, li 09/05/2026', after=20)
P('IL SINDACO', align='r', after=2)
P('(Avv. Sebastiano Tudisca)', align='r', after=2)
P('firmato digitalmente', align='r', size=9)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'd05_mistretta.docx'); d.save(path)
kit.docx_to_pdf(path, 'ordinanza-mistretta-docx.pdf')
