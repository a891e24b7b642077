# AVVISO PUBBLICO N. 6/2026, Molazzana: python-docx (header with Area/Ufficio and footer on every page, ranking table) -> LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.5)
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11.5)
h = s.header.paragraphs[0]; h.alignment = A.CENTER
r = h.add_run("COMUNE DI MOLAZZANA\n"); r.bold = True; r.font.size = Pt(15)
r = h.add_run("Provincia di Lucca\nArea Amministrativa – Ufficio Servizi Sociali"); r.font.size = Pt(9.5)
f = s.footer.paragraphs[0]; f.alignment = A.CENTER; r = f.add_run("Piazza Aldo Moro, 1 – 55020 Molazzana (LU) – tel. 0583 760012 – comune.molazzana@postacert.toscana.it"); r.font.size = Pt(8)
def P(t, b=False, al=A.JUSTIFY, sz=None):
    p = d.add_paragraph(); p.alignment = al; r = p.add_run(t); r.bold = b
    if sz: r.font.size = Pt(sz)
    return p
P("AVVISO PUBBLICO N. 6/2026", True, A.CENTER, 14)
P("GRADUATORIA DEFINITIVA DEI BENEFICIARI DEL CONTRIBUTO INTEGRATIVO PER IL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNO 2026", True, A.CENTER)
P("Vista la legge 9 dicembre 1998, n. 431, art. 11; vista la deliberazione della Giunta regionale toscana n. 402 del 31.3.2026; richiamato il bando comunale approvato con determinazione n. 19 del 14.4.2026 – Reg. Gen. 67; richiamata la graduatoria provvisoria pubblicata all'Albo pretorio on line dal 27.4.2026 al 7.5.2026;")
P("Dato atto che nel termine assegnato è pervenuto un solo ricorso, relativo alla domanda prot. 1022, accolto con l'attribuzione della fascia A;")
P("SI RENDE NOTA", True, A.CENTER)
P("la graduatoria definitiva dei richiedenti ammessi al contributo integrativo per il pagamento dei canoni di locazione per l'anno 2026, formata secondo le fasce e i punteggi previsti dal bando:")
rows = [("1", "1022", "A", "9", "ammesso"), ("2", "0987", "A", "8", "ammesso"), ("3", "1041", "A", "7", "ammesso"), ("4", "1003", "A", "6", "ammesso"),
        ("5", "0966", "B", "8", "ammesso"), ("6", "1058", "B", "6", "ammesso"), ("7", "1012", "B", "5", "ammesso"), ("8", "1077", "B", "3", "ammesso"),
        ("9", "0991", "—", "—", "escluso: canone non registrato"), ("10", "1065", "—", "—", "escluso: ISEE superiore al limite")]
t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
for c, v in zip(t.rows[0].cells, ["Pos.", "Prot. domanda", "Fascia", "Punti", "Esito"]): c.text = v; c.paragraphs[0].runs[0].bold = True
for r_ in rows:
    cells = t.add_row().cells
    for c, v in zip(cells, r_): c.text = v
P("")
P("L'entità del contributo spettante a ciascun beneficiario sarà determinata in proporzione alle risorse effettivamente trasferite dalla Regione Toscana, ripartite fra le fasce A e B secondo le percentuali stabilite dal bando. L'erogazione avverrà previa presentazione delle ricevute di pagamento del canone relative all'anno 2026.")
P("Modalità di erogazione", True, A.LEFT)
P("Le ricevute dei canoni pagati devono essere consegnate all'Ufficio Servizi Sociali entro il 31 gennaio 2027, a mano negli orari di apertura al pubblico oppure a mezzo posta elettronica certificata. In caso di mancata presentazione il contributo non sarà erogato.")
P("Ricorsi", True, A.LEFT)
P("Avverso la presente graduatoria è ammesso ricorso al T.A.R. della Toscana entro sessanta giorni, oppure ricorso straordinario al Presidente della Repubblica entro centoventi giorni dalla pubblicazione.")
P("Trattamento dei dati personali", True, A.LEFT)
P("Ai sensi del Regolamento UE 2016/679 i richiedenti sono indicati con il numero di protocollo della domanda. Titolare del trattamento è il Comune di Molazzana.")
P("Molazzana, 19 maggio 2026", al=A.LEFT)
P("Il Responsabile dell'Ufficio\ndott.ssa Elena Pieroni", al=A.RIGHT)
d.save(sys.argv[1])
