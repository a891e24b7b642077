import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d=Document(); s=d.sections[0]; s.left_margin=s.right_margin=Cm(2.4)
st=d.styles["Normal"]; st.font.name="Liberation Serif"; st.font.size=Pt(11)
t=s.header.add_table(1,2,Cm(16)); c0,c1=t.rows[0].cells
r=c0.paragraphs[0].add_run("COMUNE DI VILLA MINOZZO"); r.bold=True; r.font.size=Pt(13)
c0.add_paragraph("Provincia di Reggio Emilia")
c1.paragraphs[0].add_run("SETTORE AFFARI GENERALI\nUfficio Cultura, Turismo e Sport").font.size=Pt(9); c1.paragraphs[0].alignment=A.RIGHT
s.footer.paragraphs[0].add_run("Piazza della Pace, 1 – 42030 Villa Minozzo (RE) – www.comune.villa-minozzo.re.it").font.size=Pt(8)
def P(x,b=False,al=A.JUSTIFY,sz=None):
    p=d.add_paragraph(); r=p.add_run(x); r.bold=b; p.alignment=al
    if sz: r.font.size=Pt(sz)
P("Prot. n. 2315 del 18/03/2026",al=A.LEFT)
P("AVVISO PUBBLICO N. 2/2026",True,A.CENTER,14)
P("PER LA CONCESSIONE IN GESTIONE DEL RIFUGIO ESCURSIONISTICO COMUNALE “CA' DI SCATOLA” PER LE STAGIONI 2026-2029",True,A.CENTER)
P("IL RESPONSABILE DEL SETTORE AFFARI GENERALI",True,A.CENTER)
P("in esecuzione della deliberazione della Giunta comunale n. 29 del 10/03/2026 e della determinazione n. 74 del 17/03/2026,")
P("RENDE NOTO",True,A.CENTER)
P("che il Comune di Villa Minozzo intende affidare in concessione la gestione del rifugio escursionistico comunale “Ca' di Scatola”, posto lungo il sentiero CAI 605 nel Parco Nazionale dell'Appennino Tosco-Emiliano, alle condizioni di seguito indicate.")
for h,x in [("Art. 1 – Oggetto","La concessione riguarda l'immobile, gli arredi e le attrezzature del rifugio, con 18 posti letto e servizio di somministrazione di alimenti e bevande."),
("Art. 2 – Durata","La concessione ha durata di quattro stagioni, dal 1° maggio 2026 al 31 ottobre 2029."),
("Art. 3 – Canone","Il canone annuo a base di gara è fissato in € 3.600,00, soggetto a rialzo."),
("Art. 4 – Requisiti","Possono partecipare operatori economici, associazioni e cooperative in possesso dei requisiti di cui all'art. 94 del D.Lgs. 36/2023 e dei requisiti professionali per la somministrazione di alimenti e bevande."),
("Art. 5 – Termine","Le domande devono pervenire al protocollo comunale, anche a mezzo PEC, entro le ore 12:00 del 17 aprile 2026.")]:
    P(h,True,A.LEFT); P(x)
P("Villa Minozzo, 18/03/2026",al=A.LEFT)
P("Il Responsabile del Settore Affari Generali\ndott.ssa Giovanna Ferrari",al=A.RIGHT)
d.save(sys.argv[1])
