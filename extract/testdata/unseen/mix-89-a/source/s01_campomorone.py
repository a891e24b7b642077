# Comune di Campomorone (GE): Giunta deliberation, cover page (frontespizio) + act from page 2; python-docx -> LibreOffice
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
d = Document()
st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
def P(t, b=False, c=False, sz=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if sz: r.font.size = Pt(sz)
    if c: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p
P("COMUNE DI CAMPOMORONE", True, True, 16); P("Città Metropolitana di Genova", False, True)
P("FRONTESPIZIO DELL'ATTO", True, True, 13)
t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
for a, b in [("Tipo atto", "DELIBERAZIONE DELLA GIUNTA COMUNALE"), ("Numero registro generale", "27"), ("Data", "24/02/2026"),
             ("Settore", "SETTORE TECNICO - LAVORI PUBBLICI"),
             ("Oggetto", "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DEL MURO DI SOSTEGNO DI VIA GAVINO - CUP C77H26000120004"),
             ("Data esecutività", "24/02/2026"), ("Pubblicazione", "dal 26/02/2026 al 13/03/2026 - Reg. Pubbl. n. 211")]:
    r = t.add_row().cells; r[0].text = a; r[1].text = b
    r[0].paragraphs[0].runs[0].bold = True
P(""); P("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005.", sz=9)
d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
P("COMUNE DI CAMPOMORONE", True, True, 14)
P("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", True, True)
P("N. 27 del 24.2.2026", True, True)
P("OGGETTO: APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DEL MURO DI SOSTEGNO DI VIA GAVINO - CUP C77H26000120004", True)
P("L'anno duemilaventisei, addì ventiquattro del mese di febbraio alle ore 17:30, nella sala delle adunanze, si è riunita la Giunta Comunale. Sono presenti i Signori:")
t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
for i, h in enumerate(["Cognome e Nome", "Carica", "Presente/Assente"]): t.rows[0].cells[i].text = h
roll = [("PERSICO Giovanni", "Sindaco", "P"), ("ODONE Marta", "Vice Sindaco", "P"), ("CAVIGLIA Stefano", "Assessore", "A"), ("REPETTO Luisa", "Assessore", "P"), ("BRUZZONE Andrea", "Assessore", "P")]
for n, c, p in roll:
    r = t.add_row().cells; r[0].text = n; r[1].text = c; r[2].text = p
r = t.add_row().cells; m = r[0].merge(r[1]); m.text = "Presenti"; r[2].text = "4"
r = t.add_row().cells; m = r[0].merge(r[1]); m.text = "Assenti"; r[2].text = "1"
P("Partecipa il Segretario Comunale dott.ssa Paola Ghiglione, che cura la redazione del presente verbale. Il Sindaco Giovanni Persico, constatato il numero legale, dichiara aperta la seduta.")
P("LA GIUNTA COMUNALE")
P("Premesso che il muro di sostegno di via Gavino presenta fessurazioni e spanciamenti segnalati dall'Ufficio Tecnico; visto il progetto redatto dall'ing. Lorenzo Parodi; visti i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;")
P("Con voti unanimi e favorevoli espressi in forma palese,")
P("DELIBERA", True, True)
P("1. di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza del muro di sostegno di via Gavino, per un importo complessivo di € 185.000,00;")
P("2. di dare atto che la spesa trova copertura al capitolo 21010 del bilancio 2026-2028;")
P("3. di nominare Responsabile Unico del Progetto il geom. Marco Traverso.")
P("Successivamente, con separata votazione unanime, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
P("IL SINDACO                                                          IL SEGRETARIO COMUNALE")
P("Giovanni Persico                                                    dott.ssa Paola Ghiglione")
d.save(sys.argv[1])
