# Avviso pubblico n. 4/2026 of Castiglione in Teverina (VT): python-docx with header/footer, converted by LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); s = d.sections[0]; s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.text = "COMUNE DI CASTIGLIONE IN TEVERINA\nProvincia di Viterbo\nArea Amministrativa – Servizi Sociali"; h.alignment = A.CENTER
for r in h.runs: r.bold = True
f = s.footer.paragraphs[0]; f.text = "Piazza Vittorio Emanuele, 1 – 01024 Castiglione in Teverina (VT) – protocollo@comune.castiglioneinteverina.vt.it"; f.alignment = A.CENTER
for r in f.runs: r.font.size = Pt(8)
def P(t, b=False, al=A.JUSTIFY, sz=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b; p.alignment = al
    if sz: r.font.size = Pt(sz)
    return p
P("Prot. n. 1377 del 18/03/2026", al=A.RIGHT)
P("AVVISO PUBBLICO N. 4/2026", True, A.CENTER, 16)
P("PER LA CONCESSIONE DI CONTRIBUTI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNO 2026", True, A.CENTER, 12)
P("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", True, A.CENTER)
P("In esecuzione della deliberazione della Giunta comunale n. 17 del 5/03/2026 e della propria determinazione n. 39 del 16/03/2026,")
P("RENDE NOTO", True, A.CENTER)
for t in ["Art. 1 – Finalità. Il Comune di Castiglione in Teverina concede contributi integrativi per il pagamento dei canoni di locazione ai nuclei familiari in possesso dei requisiti di cui al presente avviso, nei limiti delle risorse regionali assegnate.",
          "Art. 2 – Requisiti. Possono presentare domanda i cittadini residenti titolari di un contratto di locazione regolarmente registrato, con ISEE ordinario non superiore a € 15.000,00.",
          "Art. 3 – Termini. Le domande, redatte sul modello allegato, devono pervenire all'Ufficio Protocollo entro le ore 12:00 del 30/04/2026.",
          "Art. 4 – Informazioni. Responsabile del procedimento: dott.ssa Cinzia Moscatelli, tel. 0761 948005."]:
    P(t)
P("Castiglione in Teverina, 18/03/2026")
P("Il Responsabile dell'Area Amministrativa\ndott.ssa Cinzia Moscatelli", al=A.RIGHT)
d.save(sys.argv[1])
