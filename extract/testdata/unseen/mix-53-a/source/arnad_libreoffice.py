#!/usr/bin/env python3
"""Commune d'Arnad / Comune di Arnad - verbale di deliberazione del Consiglio
comunale n. 12 del 26/03/2026. Written as .docx, printed to PDF by
LibreOffice Writer (build.sh). Italian text with the French one under it
for headings, subject, opening and signatures, as Valdostan offices do."""
import sys
sys.path.insert(0, __file__.rsplit('/', 1)[0])
from docxhelp import *
from docx.shared import Pt, Mm

out = sys.argv[1]
d = new('Liberation Sans', 10.5)
hdr = d.sections[0].header
t = hdr.add_table(rows=1, cols=3, width=Mm(170))
cell_text(t.cell(0, 0), "COMMUNE D'ARNAD", True, Lf, 12)
p(t.cell(0, 0), "Région Autonome Vallée d'Aoste", Lf, size=7.5, after=0)
cell_text(t.cell(0, 1), '\u2756', False, C, 22)
cell_text(t.cell(0, 2), 'COMUNE DI ARNAD', True, Rt, 12)
p(t.cell(0, 2), "Regione Autonoma Valle d'Aosta", Rt, size=7.5, after=0)
hp = hdr.add_paragraph()
border_bottom(hp, 12)
ftr = d.sections[0].footer
fp = p(ftr, 'Deliberazione del Consiglio comunale n. 12 del 26/03/2026 - pag. ', C, size=7.5)
field(fp, 'PAGE', 7.5)

p(d, 'VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE', C, True, size=13, after=0, before=6)
p(d, 'PROCÈS-VERBAL DE DÉLIBÉRATION DU CONSEIL COMMUNAL', C, False, True, size=10.5, after=8)
tb = d.add_table(rows=2, cols=2)
tb.style = 'Table Grid'
tb.alignment = WD_TABLE_ALIGNMENT.CENTER
cell_text(tb.cell(0, 0), 'N. / N°', True, C, 9)
cell_text(tb.cell(0, 1), 'Data / Date', True, C, 9)
cell_text(tb.cell(1, 0), '12', True, C, 12)
cell_text(tb.cell(1, 1), '26/03/2026', True, C, 12)
widths(tb, [40, 50])
p(d, '', after=4)
par = p(d, '', Lf, after=2)
run(par, 'OGGETTO: ', True)
run(par, "APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L'ESERCIZIO FINANZIARIO 2025.", True)
par = p(d, '', Lf, after=8)
run(par, 'OBJET : ', False, True, 9.5)
run(par, "APPROBATION DU COMPTE DE GESTION DE L'EXERCICE 2025.", False, True, 9.5)

p(d, "L'anno duemilaventisei, il giorno ventisei del mese di marzo, alle ore 20:30, nella sala consiliare del "
     "Municipio, convocato con avvisi scritti recapitati a norma di legge, si è riunito in sessione ordinaria ed in "
     "seduta pubblica di prima convocazione il Consiglio comunale, nelle persone dei Signori:", after=2)
p(d, "L'an deux mille vingt-six, le vingt-six mars, à 20 h 30, dans la salle du Conseil de la Maison communale, "
     "le Conseil communal s'est réuni en séance ordinaire et publique, en première convocation, en la personne de "
     "Mesdames et Messieurs :", italic=True, size=9, after=6)

roll = [
    ('BERTOLIN IVO', 'Sindaco / Syndic', True),
    ('CHAMPRÉTAVY MARIE-CLAIRE', 'Vicesindaco / Vice-syndic', True),
    ('BIONAZ DIDIER', 'Consigliere / Conseiller', True),
    ('CRÉTIER ALESSANDRO', 'Consigliere / Conseiller', True),
    ('DUJANY ELISA', 'Consigliera / Conseillère', False),
    ('FAVRE ROBERTO', 'Consigliere / Conseiller', True),
    ('GONTHIER LUCA', 'Consigliere / Conseiller', True),
    ('JUNOD NATHALIE', 'Consigliera / Conseillère', True),
    ('PERRIN MARCO', 'Consigliere / Conseiller', True),
    ('THOMAIN SILVIA', 'Consigliera / Conseillère', True),
    ('VALLET PAOLO', 'Consigliere / Conseiller', True),
]
rt = d.add_table(rows=1 + len(roll), cols=4)
rt.style = 'Table Grid'
for i, h in enumerate(['Cognome e nome / Nom et prénom', 'Carica / Fonction', 'Presente / Présent', 'Assente / Absent']):
    cell_text(rt.cell(0, i), h, True, C, 8.5)
    shade(rt.cell(0, i), 'D9D9D9')
for r, (n, q, pr) in enumerate(roll, 1):
    cell_text(rt.cell(r, 0), n, False, Lf, 9.5)
    cell_text(rt.cell(r, 1), q, False, Lf, 9.5)
    cell_text(rt.cell(r, 2), 'X' if pr else '', False, C, 9.5)
    cell_text(rt.cell(r, 3), '' if pr else 'X', False, C, 9.5)
widths(rt, [62, 52, 28, 28])
p(d, 'Totale presenti / Total des présents: 10 - Totale assenti / Total des absents: 1', Rt, size=8.5, before=3)
p(d, "Assume la presidenza il Sindaco, sig. Ivo Bertolin. Partecipa alla seduta, con funzioni di verbalizzazione, il "
     "Segretario comunale, dott.ssa Sabrina Vevey. Il Presidente, constatato il numero legale, dichiara aperta la "
     "seduta e invita il Consiglio a deliberare sull'oggetto sopra indicato.", before=4)
p(d, 'IL CONSIGLIO COMUNALE', C, True, before=6, after=4)
for t_ in [
    "VISTA la legge regionale 7 dicembre 1998, n. 54 (Sistema delle autonomie in Valle d'Aosta) e, in particolare, "
    "l'art. 21 concernente le competenze del Consiglio comunale;",
    "VISTO il decreto legislativo 23 giugno 2011, n. 118, e in particolare l'art. 18, che fissa al 30 aprile "
    "dell'anno successivo il termine per l'approvazione del rendiconto della gestione;",
    "VISTA la deliberazione della Giunta comunale n. 21 del 5 marzo 2026, con la quale è stato approvato lo schema "
    "del rendiconto della gestione 2025 e la relazione sulla gestione;",
    "VISTA la relazione dell'Organo di revisione economico-finanziaria, acquisita al protocollo n. 1462 del 12 marzo "
    "2026, con parere favorevole;",
    "DATO ATTO che il rendiconto chiude con un risultato di amministrazione di euro 812.436,57, di cui euro "
    "214.980,00 accantonati, euro 96.712,40 vincolati, euro 61.300,00 destinati agli investimenti ed euro "
    "439.444,17 disponibili;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi dal responsabile del servizio "
    "finanziario ai sensi dell'art. 49 bis della L.R. n. 54/1998;",
    "UDITI gli interventi dei consiglieri, riportati nella registrazione della seduta conservata agli atti;",
]:
    p(d, t_)
p(d, "Con la seguente votazione, espressa per alzata di mano:", before=4, after=1)
p(d, "presenti n. 10 - votanti n. 8 - favorevoli n. 7 - contrari n. 1 (Vallet Paolo) - astenuti n. 2 "
     "(Gonthier Luca, Perrin Marco)", indent=10, bold=True, after=4)
p(d, 'D E L I B E R A', C, True, before=4, after=4)
pts = [
    "di approvare il rendiconto della gestione per l'esercizio finanziario 2025, composto dal conto del bilancio, "
    "dal conto economico e dallo stato patrimoniale, con i relativi allegati, che costituiscono parte integrante "
    "della presente deliberazione;",
    "di approvare la relazione sulla gestione della Giunta comunale e di accertare il risultato di amministrazione "
    "al 31 dicembre 2025 in euro 812.436,57, così composto come indicato in premessa;",
    "di trasmettere i dati del rendiconto alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro trenta "
    "giorni dalla presente approvazione.",
]
for k, t_ in enumerate(pts, 1):
    p(d, '%d. %s' % (k, t_), indent=8, first=-6)
p(d, "Successivamente, con voti favorevoli unanimi dei 10 consiglieri presenti e votanti, espressi per alzata di mano,",
  before=6)
p(d, 'D E L I B E R A', C, True)
p(d, "di dichiarare la presente deliberazione immediatamente eseguibile, ai sensi dell'art. 52 ter della L.R. "
     "7 dicembre 1998, n. 54.")
p(d, 'Letto, approvato e sottoscritto. / Lu, approuvé et signé.', Lf, italic=True, before=10, after=6)
sg = d.add_table(rows=3, cols=2)
cell_text(sg.cell(0, 0), 'IL PRESIDENTE / LE PRÉSIDENT', True, C, 9.5)
cell_text(sg.cell(0, 1), 'IL SEGRETARIO COMUNALE / LE SECRÉTAIRE COMMUNAL', True, C, 9.5)
cell_text(sg.cell(1, 0), 'Ivo Bertolin', False, C, 10.5)
cell_text(sg.cell(1, 1), 'Sabrina Vevey', False, C, 10.5)
cell_text(sg.cell(2, 0), '(firmato digitalmente / signé numériquement)', False, C, 7.5)
cell_text(sg.cell(2, 1), '(firmato digitalmente / signé numériquement)', False, C, 7.5)
p(d, '', after=8)
box = d.add_table(rows=1, cols=1)
box.style = 'Table Grid'
cc = box.cell(0, 0)
cell_text(cc, 'REFERTO DI PUBBLICAZIONE / RAPPORT DE PUBLICATION', True, C, 9)
p(cc, "Il sottoscritto Segretario comunale certifica che la presente deliberazione è pubblicata all'Albo pretorio "
      "on line dal 30/03/2026 per quindici giorni consecutivi, ai sensi dell'art. 52 bis della L.R. n. 54/1998.",
  J, size=8.5, after=1)
p(cc, "Le secrétaire communal soussigné certifie que la présente délibération est publiée au tableau d'affichage "
      "en ligne à compter du 30/03/2026 pendant quinze jours consécutifs.", J, italic=True, size=8, after=1)
p(cc, 'Arnad, 30/03/2026                                        Il Segretario comunale - Sabrina Vevey', Lf,
  size=8.5, after=2)
d.core_properties.author = 'Segreteria - Comune di Arnad'
d.core_properties.title = 'Delibera CC 12-2026'
d.save(out)
