# python-docx (Word template with header/footer) -> LibreOffice; French heading lines, Italian body
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
d = Document(); st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(10.5)
sec = d.sections[0]
h = sec.header.paragraphs[0]; h.text = "COMUNE DI TORGNON – COMMUNE DE TORGNON\nRégion autonome Vallée d'Aoste – Regione autonoma Valle d'Aosta"
f = sec.footer.paragraphs[0]; f.text = "Deliberazione del Consiglio comunale n. 18 del 26/05/2026 – Délibération du Conseil communal n° 18"
def P(t, b=False, al=None, it=False):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b; r.italic = it
    if al: p.alignment = al
    return p
P("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", True, AL.CENTER)
P("PROCÈS-VERBAL DE DÉLIBÉRATION DU CONSEIL COMMUNAL", False, AL.CENTER, True)
P("N. 18", True, AL.CENTER)
P("OGGETTO: Approvazione del rendiconto della gestione per l'esercizio finanziario 2025.", True)
P("OBJET : Approbation du compte de gestion de l'exercice 2025.", False, None, True)
P("L'anno duemilaventisei addì ventisei del mese di maggio alle ore venti e trenta, nella sala consiliare del Municipio, convocato con avvisi scritti, si è riunito in seduta ordinaria di prima convocazione il Consiglio comunale, nelle persone dei signori:")
t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
for c, x in zip(t.rows[0].cells, ["Cognome e nome / Nom et prénom", "Carica / Fonction", "P / A"]): c.text = x
for n, r, pa in [("PERRON Ivo", "Sindaco", "P"), ("MACHET Denise", "Vicesindaco", "P"), ("BARMASSE Luca", "Consigliere", "P"),
                 ("CIGNETTI Sara", "Consigliere", "A"), ("FOUDON Pierre", "Consigliere", "P"), ("GORRET Alessia", "Consigliere", "P"),
                 ("MAQUIGNAZ Ennio", "Consigliere", "P"), ("PESSION Marta", "Consigliere", "A"), ("VUILLERMOZ Dario", "Consigliere", "P")]:
    cs = t.add_row().cells; cs[0].text = n; cs[1].text = r; cs[2].text = pa
P("Totale presenti: 7 – Totale assenti: 2 (P = presente, A = assente)")
P("Assiste il Segretario comunale dott.ssa Chantal Bionaz. Il Sig. PERRON Ivo, nella sua qualità di Sindaco, assume la presidenza e, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta.")
P("IL CONSIGLIO COMUNALE", True, AL.CENTER)
P("Visto il rendiconto della gestione 2025 approvato dalla Giunta comunale con deliberazione n. 41 del 28/04/2026; visto il parere favorevole del revisore dei conti;")
P("Con voti favorevoli n. 6, contrari n. 0, astenuti n. 1 (Vuillermoz), espressi in forma palese dai n. 7 consiglieri presenti e votanti,")
P("DELIBERA", True, AL.CENTER)
for i, x in enumerate(["di approvare il rendiconto della gestione per l'esercizio 2025, che chiude con un avanzo di amministrazione di euro 412.736,18;",
                       "di dare atto che il rendiconto sarà trasmesso alla banca dati delle amministrazioni pubbliche (BDAP);",
                       "di dichiarare la presente deliberazione immediatamente eseguibile ai sensi dell'art. 52 ter della L.R. 54/1998."], 1):
    P(f"{i}) {x}")
t2 = d.add_table(rows=2, cols=2)
t2.rows[0].cells[0].text = "IL PRESIDENTE / LE PRÉSIDENT"; t2.rows[0].cells[1].text = "IL SEGRETARIO COMUNALE / LE SECRÉTAIRE"
t2.rows[1].cells[0].text = "PERRON Ivo"; t2.rows[1].cells[1].text = "dott.ssa Chantal Bionaz"
d.save(sys.argv[1])
