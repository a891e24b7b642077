# python-docx Word template (roll in a two-column-group table, header/footer) -> LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
d = Document(); s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.text = "COMUNE DI COMEGLIANS – Ente di decentramento regionale di Udine"; h.alignment = AL.CENTER
f = s.footer.paragraphs[0]; f.text = "Deliberazione del Consiglio comunale n. 6 del 24.2.2026"; f.alignment = AL.CENTER
def P(t, b=False, al=None, sz=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if sz: r.font.size = Pt(sz)
    p.alignment = al if al is not None else AL.JUSTIFY; return p
P("COMUNE DI COMEGLIANS", True, AL.CENTER, 16)
P("Regione Autonoma Friuli Venezia Giulia", False, AL.CENTER)
P("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", True, AL.CENTER, 12)
P("Adunanza ordinaria di prima convocazione – seduta pubblica", False, AL.CENTER)
P("N. 6 del 24.2.2026", True, AL.CENTER, 12)
P("OGGETTO: Approvazione del Regolamento per la concessione in uso delle malghe e dei pascoli di proprietà comunale.", True)
P("L'anno duemilaventisei, il giorno ventiquattro del mese di febbraio alle ore 20:00, nella sala consiliare, a seguito di convocazione disposta con avvisi notificati ai singoli consiglieri, si è riunito il Consiglio comunale. Fatto l'appello nominale risultano:")
roll = [("Tamussin Flavio","Sindaco","P"),("De Stalis Anna","Consigliere","P"),("Puschiasis Marco","Consigliere","P"),("Vidale Giulia","Consigliere","A.G."),("Sbrizzai Renato","Consigliere","P"),
        ("Gracco Lucia","Consigliere","P"),("Solari Ivan","Consigliere","P"),("Candotti Elisa","Consigliere","A"),("Morassi Daniele","Consigliere","P"),("Fabiani Carla","Consigliere","P")]
t = d.add_table(rows=6, cols=6); t.style = "Table Grid"
for i, x in enumerate(["Componente","Carica","P/A"]*2): t.cell(0, i).text = x
for i, (n, r, pa) in enumerate(roll):
    row = 1 + i % 5; o = 0 if i < 5 else 3
    t.cell(row, o).text = n; t.cell(row, o+1).text = r; t.cell(row, o+2).text = pa
for col, w in zip(range(6), [4.4, 2.6, 1.3]*2):
    for c in t.columns[col].cells: c.width = Cm(w)
from docx.oxml.ns import qn
for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), [4.4, 2.6, 1.3]*2): gc.set(qn("w:w"), str(int(w*567)))
P("Presenti n. 8 – Assenti n. 2 (P = presente; A = assente; A.G. = assente giustificato)")
P("Assiste il Segretario comunale dott. Fabio Di Centa. Il sig. Tamussin Flavio, nella sua qualità di Sindaco, assume la presidenza e, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta.")
P("IL CONSIGLIO COMUNALE", True, AL.CENTER)
for x in ["PREMESSO che il Comune è proprietario delle malghe Valsecca, Tuglia e Bordaglia e dei relativi pascoli, gravati in parte da uso civico;",
          "RITENUTO opportuno disciplinare in modo organico le modalità di concessione, i canoni e gli obblighi di manutenzione a carico dei concessionari;",
          "VISTA la L.R. 5 dicembre 2005, n. 29 e la L.R. 23 aprile 2007, n. 9 in materia di risorse forestali;",
          "UDITA la relazione del Sindaco e gli interventi dei consiglieri riportati nel resoconto della seduta;",
          "CON VOTI favorevoli n. 6, contrari n. 1 (Morassi), astenuti n. 1 (Fabiani), espressi per alzata di mano da n. 8 consiglieri presenti, di cui n. 7 votanti;"]:
    P(x)
P("DELIBERA", True, AL.CENTER)
for i, x in enumerate(["di approvare il Regolamento per la concessione in uso delle malghe e dei pascoli di proprietà comunale, composto da 18 articoli, allegato alla presente quale parte integrante e sostanziale;",
                       "di stabilire che il Regolamento entra in vigore il quindicesimo giorno successivo alla pubblicazione all'Albo pretorio;",
                       "di abrogare il precedente regolamento approvato con deliberazione consiliare n. 31 del 29.11.2004."], 1):
    P(f"{i}. {x}")
P("Il presente atto non viene dichiarato immediatamente eseguibile.")
t2 = d.add_table(rows=2, cols=2)
t2.cell(0,0).text = "IL PRESIDENTE"; t2.cell(0,1).text = "IL SEGRETARIO COMUNALE"
t2.cell(1,0).text = "Flavio Tamussin"; t2.cell(1,1).text = "dott. Fabio Di Centa"
d.save(sys.argv[1])
