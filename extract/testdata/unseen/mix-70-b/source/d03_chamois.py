# Chamois (AO): decreto del Sindaco naming the Giunta; Word model with bilingual letterhead in the header (python-docx)
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); s = d.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21.0); s.left_margin = s.right_margin = Cm(2.3); s.top_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Cambria"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.alignment = A.CENTER
r = h.add_run("COMMUNE DE CHAMOIS\t\tCOMUNE DI CHAMOIS"); r.bold = True; r.font.size = Pt(13)
h2 = s.header.add_paragraph("Région autonome Vallée d’Aoste\t\tRegione autonoma Valle d’Aosta"); h2.runs[0].font.size = Pt(9)
h3 = s.header.add_paragraph("Hameau de Corgnolaz, 11020 Chamois (AO) – Tél./Tel. 0166 47134"); h3.alignment = A.CENTER; h3.runs[0].font.size = Pt(8)
f = s.footer.paragraphs[0]; f.alignment = A.CENTER
rf = f.add_run("Décret du Syndic / Decreto del Sindaco n. 4 del 4 maggio 2026"); rf.font.size = Pt(8)
def P(t, b=False, al=A.JUSTIFY, sz=11, after=6):
    p = d.add_paragraph(); p.alignment = al; p.paragraph_format.space_after = Pt(after)
    r = p.add_run(t); r.bold = b; r.font.size = Pt(sz); return p
P("DECRETO DEL SINDACO", True, A.CENTER, 14, 2)
P("N. 4 del 4 maggio 2026", True, A.CENTER, 12, 14)
p = P("", False, A.LEFT, 11, 12); r = p.add_run("Oggetto: "); r.bold = True
r = p.add_run("Nomina dei componenti della Giunta comunale e attribuzione delle deleghe."); r.bold = True
P("IL SINDACO", True, A.CENTER, 12, 8)
for t in ["Visto il verbale dell’Ufficio centrale del 21 aprile 2026, relativo alla proclamazione degli eletti alla carica di Sindaco, di Vicesindaco e di Consigliere comunale a seguito delle elezioni comunali del 19 aprile 2026;",
          "Vista la legge regionale 7 dicembre 1998, n. 54 (Sistema delle autonomie in Valle d’Aosta), e in particolare l’art. 23, che attribuisce al Sindaco la nomina degli Assessori;",
          "Visto lo Statuto comunale, che fissa in due il numero degli Assessori oltre al Sindaco e al Vicesindaco;",
          "Acquisite le dichiarazioni di accettazione della carica e di insussistenza di cause di incandidabilità, ineleggibilità e incompatibilità;"]:
    P(t)
P("DECRETA", True, A.CENTER, 12, 8)
pts = ["di nominare componenti della Giunta comunale, oltre al Sindaco Pession Luca e al Vicesindaco Favre Monica, i signori Bich Daniele, Assessore, e Vuillermoz Elisa, Assessora;",
       "di attribuire le seguenti deleghe: al Vicesindaco Favre Monica bilancio, tributi e turismo; all’Assessore Bich Daniele lavori pubblici, funivia e impianti; all’Assessora Vuillermoz Elisa istruzione, cultura e politiche sociali;",
       "di dare atto che il presente decreto sarà comunicato al Consiglio comunale nella prima seduta utile e pubblicato all’Albo pretorio on line."]
for i, t in enumerate(pts, 1):
    P(f"{i}. {t}")
P("Chamois, 4 maggio 2026", False, A.LEFT, 11, 18)
P("IL SINDACO / LE SYNDIC", True, A.RIGHT, 11, 2)
P("Luca Pession", False, A.RIGHT, 11, 2)
P("(documento firmato digitalmente)", False, A.RIGHT, 8, 2)
d.save(sys.argv[1])
