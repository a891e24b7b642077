# Comunità Montana della Lessinia: certificate of publication, python-docx (Word template) -> LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
d = Document(); s = d.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21); s.left_margin = s.right_margin = Cm(2.5)
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.alignment = AL.CENTER
r = h.add_run("COMUNITÀ MONTANA\nDELLA LESSINIA"); r.bold = True; r.font.size = Pt(14)
h2 = s.header.add_paragraph("Piazza della Chiesa 34 – 37021 Bosco Chiesanuova (VR) – Servizi associati dei Comuni della Lessinia"); h2.alignment = AL.CENTER; h2.runs[0].font.size = Pt(8)
f = s.footer.paragraphs[0]; f.alignment = AL.CENTER; f.add_run("Ufficio Segreteria – Albo on line").font.size = Pt(8)
def P(t, b=False, al=None, sz=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if sz: r.font.size = Pt(sz)
    if al is not None: p.alignment = al
    return p
P("CERTIFICATO DI PUBBLICAZIONE", True, AL.CENTER, 14)
P("Determinazione del Direttore", False, AL.CENTER)
t = d.add_table(rows=3, cols=2); t.style = "Table Grid"
for i, (a, b) in enumerate([("Registro Generale dell'Unione", "n. 52"), ("Data di adozione", "10.03.2026"), ("Servizio", "Servizio associato Ecologia e Ambiente")]):
    t.cell(i, 0).text = a; t.cell(i, 1).text = b
P("")
p = P("Oggetto dell'atto: ", True); p.add_run("Approvazione del piano di intervento per il contenimento della processionaria del pino nelle aree boscate dei Comuni associati – stagione 2026.").bold = False
P("Il sottoscritto Segretario-Direttore, su conforme attestazione del responsabile della pubblicazione,", al=AL.JUSTIFY)
P("CERTIFICA", True, AL.CENTER)
P("che copia della determinazione sopra indicata è stata pubblicata all'Albo on line della Comunità Montana al n. 219 del registro delle pubblicazioni, per quindici giorni consecutivi dal 12.03.2026 al 27.03.2026, e che contro di essa non sono pervenuti reclami od opposizioni.", al=AL.JUSTIFY)
P("")
P("Bosco Chiesanuova, 30.03.2026")
P("IL SEGRETARIO-DIRETTORE\ndott.ssa Elisa Tommasi", al=AL.RIGHT)
d.save(sys.argv[1])
