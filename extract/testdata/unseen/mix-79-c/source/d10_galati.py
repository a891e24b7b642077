# Giunta Municipale deliberation: python-docx (Word template, header with register box, footer) -> LibreOffice
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
d = Document(); st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
sec = d.sections[0]
h = sec.header.paragraphs[0]; h.text = "COMUNE DI GALATI MAMERTINO\nCittà Metropolitana di Messina"; h.alignment = AL.CENTER
f = sec.footer.paragraphs[0]; f.text = "Deliberazione di Giunta Municipale n. 45 del 31 marzo 2026"; f.alignment = AL.CENTER
def P(t, b=False, al=AL.JUSTIFY):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b; p.alignment = al; return p
P("VERBALE DI DELIBERAZIONE DELLA GIUNTA MUNICIPALE", True, AL.CENTER)
t = d.add_table(rows=2, cols=3); t.style = "Table Grid"
for i, v in enumerate(["N. 45", "del 31 marzo 2026", "Proposta n. 52 del 27.3.2026"]): t.cell(0, i).text = v
m = t.cell(1, 0).merge(t.cell(1, 2)); m.text = "OGGETTO: Approvazione del progetto \"Estate Galatese 2026\" e richiesta di contributo all'Assessorato Regionale del Turismo, dello Sport e dello Spettacolo."
P("")
P("L'anno duemilaventisei addì trentuno del mese di marzo alle ore 12,30 e seguenti, nella sala delle adunanze del Palazzo Municipale, si è riunita la Giunta Municipale, convocata nelle forme di legge, con l'intervento dei signori: dott. Vincenzo Amadore, Sindaco, presente; sig.ra Antonina Mola, Vice Sindaco, presente; avv. Salvatore Natoli Russo, Assessore, presente; ing. Carmelo Briguglio, Assessore, assente; sig.ra Giuseppina Ricciardi, Assessore, presente.")
P("Presiede il Sindaco dott. Vincenzo Amadore. Partecipa il Vice Segretario dott. Calogero Librizzi, in sostituzione del Segretario Generale dott.ssa Francesca Sidoti, impedita.")
P("LA GIUNTA MUNICIPALE", True, AL.CENTER)
P("Vista la proposta di deliberazione n. 52 del 27.3.2026 dell'Area Amministrativa; Visto l'avviso dell'Assessorato Regionale del Turismo pubblicato nella G.U.R.S. n. 9 del 27 febbraio 2026; Visti i pareri resi ai sensi dell'art. 53 della L. 142/1990 come recepito dalla L.R. 48/1991; Con voti unanimi espressi in forma palese;")
P("DELIBERA", True, AL.CENTER)
for i, t_ in enumerate(["di approvare il progetto \"Estate Galatese 2026\" per un costo complessivo di euro 38.000,00;",
    "di chiedere all'Assessorato Regionale del Turismo un contributo di euro 30.400,00 pari all'80% della spesa;",
    "di dare atto che la quota di cofinanziamento comunale di euro 7.600,00 trova copertura al capitolo 1423 del bilancio 2026;",
    "di dichiarare la presente immediatamente esecutiva ai sensi dell'art. 12, comma 2, della L.R. 44/1991."], 1):
    P(f"{i}. {t_}")
t2 = d.add_table(rows=2, cols=2)
t2.cell(0, 0).text = "IL SINDACO"; t2.cell(0, 1).text = "IL VICE SEGRETARIO"
t2.cell(1, 0).text = "dott. Vincenzo Amadore"; t2.cell(1, 1).text = "dott. Calogero Librizzi"
d.save(sys.argv[1])
