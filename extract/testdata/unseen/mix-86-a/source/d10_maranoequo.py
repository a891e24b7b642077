# python-docx (Word template) -> LibreOffice: R.G. only in a bordered box in the page footer
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from acts import A, PREM
a = A["maranoequo"]; d = Document()
s = d.styles["Normal"]; s.font.name = "Calibri"; s.font.size = Pt(11)
sec = d.sections[0]; sec.page_height = Cm(29.7); sec.page_width = Cm(21); sec.left_margin = sec.right_margin = Cm(2.2)
def par(text, bold=False, al=None, size=None, doc=d):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if al is not None: p.alignment = al
    return p
h = sec.header; hp = h.paragraphs[0]; r = hp.add_run(a["muni"].upper()); r.bold = True; r.font.size = Pt(16); hp.alignment = AL.CENTER
par(a["prov"], al=AL.CENTER, size=9, doc=h)
f = sec.footer; t = f.add_table(rows=1, cols=2, width=Cm(16.6)); t.style = "Table Grid"
t.cell(0, 0).text = "REGISTRO GENERALE\nN. %d/2026 R.G." % a["rg"]
t.cell(0, 1).text = "Data di registrazione: %s\nEsecutiva dalla data del visto contabile" % a["rgdate"]
par(a["organ"], bold=True); par(a["office"])
par("DETERMINAZIONE N. %d DEL %s" % (a["sec"], a["secdate"]), bold=True, al=AL.CENTER, size=13)
par("Proposta di determinazione n. %d del %s" % (a["prop"], a["propdate"]), al=AL.CENTER, size=10)
p = d.add_paragraph(); r = p.add_run("OGGETTO: "); r.bold = True; r = p.add_run(a["subj"]); r.bold = True
par("LA RESPONSABILE DELL'AREA", bold=True, al=AL.CENTER)
for x in PREM + ["PREMESSO che occorre provvedere all'acquisto dei registri di stato civile per l'anno 2027 e del materiale di cancelleria per le prossime consultazioni elettorali;",
                 "VERIFICATO che il prodotto è presente sul Mercato Elettronico della Pubblica Amministrazione e che la ditta Maggioli S.p.A. offre le condizioni più convenienti;"]:
    par(x, al=AL.JUSTIFY)
par("DETERMINA", bold=True, al=AL.CENTER)
for i, x in enumerate(a["pts"], 1): par("%d. %s" % (i, x), al=AL.JUSTIFY)
par(a["sign"] + "\n" + a["signer"], al=AL.RIGHT)
d.save(sys.argv[1])
