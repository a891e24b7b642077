# Giunta deliberation of Carpineti (RE): python-docx .docx (converted by LibreOffice Writer in build.sh).
# Page 1: header, proposal and office above the subject, premises, dispositive part; page 2: the sitting's roll and votes.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
d = Document()
s = d.styles["Normal"]; s.font.name = "Arial"; s.font.size = Pt(10.5)
for sec in d.sections:
    sec.top_margin = sec.bottom_margin = Cm(2); sec.left_margin = sec.right_margin = Cm(2.2)
    f = sec.footer.paragraphs[0]; f.text = "Deliberazione di Giunta Comunale n. 27/2026 – documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005"
    f.alignment = WD_ALIGN_PARAGRAPH.CENTER; f.runs[0].font.size = Pt(7.5)
def P(t, b=False, c=False, sz=None, j=True):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if sz: r.font.size = Pt(sz)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if c else (WD_ALIGN_PARAGRAPH.JUSTIFY if j else WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.space_after = Pt(4); return p
P("COMUNE DI CARPINETI", True, True, 16); P("Provincia di Reggio Emilia", False, True, 9)
P("DELIBERAZIONE DELLA GIUNTA COMUNALE", True, True, 12)
P("N. 27 del 17/03/2026", True, True, 12)
t = d.add_table(rows=2, cols=2); t.style = "Table Grid"
t.cell(0, 0).text = "Proposta n."; t.cell(0, 1).text = "33/2026"
t.cell(1, 0).text = "Servizio proponente"; t.cell(1, 1).text = "Servizio Finanziario e Tributi"
P("")
P("OGGETTO: Variazione d'urgenza al bilancio di previsione 2026-2028 ai sensi dell'art. 175, comma 4, del D.Lgs. n. 267/2000.", True, j=True)
P("LA GIUNTA COMUNALE", True, True)
for x in ["Richiamata la deliberazione consiliare n. 58 del 19/12/2025, con la quale è stato approvato il bilancio di previsione finanziario 2026-2028;",
 "Vista la comunicazione della Regione Emilia-Romagna del 6 marzo 2026 con la quale è stato concesso al Comune un contributo di € 48.000,00 per il ripristino della viabilità danneggiata dagli eventi franosi dell'autunno 2025;",
 "Ritenuto necessario iscrivere in bilancio il contributo e la corrispondente spesa, al fine di consentire l'avvio immediato degli interventi, e che ricorrono pertanto i presupposti d'urgenza previsti dall'art. 175, comma 4, del D.Lgs. n. 267/2000;",
 "Visto il parere favorevole dell'Organo di revisione economico-finanziaria, verbale n. 4 del 14/03/2026;",
 "Acquisiti i pareri favorevoli di regolarità tecnica e contabile del Responsabile del Servizio Finanziario e Tributi;"]:
    P(x)
P("DELIBERA", True, True)
for i, x in enumerate(["di apportare al bilancio di previsione 2026-2028, annualità 2026, le variazioni di entrata e di spesa riportate nel prospetto allegato sub A), per complessivi € 48.000,00;",
 "di dare atto che, a seguito della variazione, permangono gli equilibri di bilancio e il rispetto dei vincoli di finanza pubblica;",
 "di sottoporre la presente deliberazione a ratifica del Consiglio Comunale entro i termini di legge;",
 "di trasmettere copia del presente atto al Tesoriere comunale."], 1):
    P("%d) %s" % (i, x))
d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
P("VERBALE DELLA SEDUTA", True, True, 12)
P("L'anno duemilaventisei, addì diciassette del mese di marzo alle ore 18:00, nella residenza municipale, si è riunita la Giunta Comunale, con la partecipazione in presenza e in collegamento da remoto dei componenti sotto indicati:")
r = [("Cognome e Nome", "Qualifica", "Presente", "Assente", "Da remoto"),
 ("Tiziano Borghi", "Sindaco", "P", "", ""), ("Giulia Ferretti", "Vice Sindaco", "P", "", ""),
 ("Lorenzo Canovi", "Assessore", "P", "", "X"), ("Maria Grazia Baroni", "Assessore esterno", "", "A", "")]
t = d.add_table(rows=len(r), cols=5); t.style = "Table Grid"; t.autofit = False
for j, w in enumerate([5.2, 4.2, 2.2, 2.2, 2.6]): t.columns[j].width = Cm(w)
for i, row in enumerate(r):
    for j, v in enumerate(row):
        t.cell(i, j).text = v; t.cell(i, j).width = Cm([5.2, 4.2, 2.2, 2.2, 2.6][j])
        if i == 0: t.cell(i, j).paragraphs[0].runs[0].bold = True
P("")
P("Totale presenti: 3 (di cui 1 da remoto) – Totale assenti: 1")
P("Partecipa il Segretario Generale Dott. Avv. Massimo Ganapini, il quale provvede alla redazione del presente verbale. Il Sig. Tiziano Borghi, nella sua qualità di Sindaco, assume la presidenza e, constatato il numero legale, dichiara aperta la seduta.")
P("La Giunta Comunale, esaminata la proposta riportata in prima pagina, con voti favorevoli unanimi resi in forma palese, la approva all'unanimità.")
P("Indi, con separata e successiva votazione, all'unanimità, dichiara la presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")
P("Letto, approvato e sottoscritto.")
t = d.add_table(rows=2, cols=2)
t.cell(0, 0).text = "IL SINDACO"; t.cell(0, 1).text = "IL SEGRETARIO GENERALE"
t.cell(1, 0).text = "Tiziano Borghi"; t.cell(1, 1).text = "Dott. Avv. Massimo Ganapini"
for c in t._cells: c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
d.save(sys.argv[1])
