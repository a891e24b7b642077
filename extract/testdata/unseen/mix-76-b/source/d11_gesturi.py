# Gesturi (SU): convocation of the Consiglio comunale, Word template (python-docx) with header and footer,
# converted by LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
out = sys.argv[1]
d = Document(); s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h.add_run("COMUNE DI GESTURI\n"); r.bold = True; r.font.size = Pt(15)
h.add_run("Provincia del Sud Sardegna – Via Municipio, 11 – 09020 Gesturi (SU)\nUfficio di Presidenza del Consiglio comunale").font.size = Pt(9)
f = s.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
f.add_run("Tel. 070 9369002 – PEC protocollo.gesturi@pec.comunas.it – C.F. 82001950927").font.size = Pt(8)
def P(t="", b=False, al=None, size=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if size: r.font.size = Pt(size)
    if al == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if al == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if al == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p
P("Prot. n. 1288                                                                          Gesturi, 13/03/2026")
P("Ai Signori Consiglieri comunali\nAl Revisore dei conti\nAl Segretario comunale\nAlla Prefettura di Cagliari – UTG\nLORO SEDI", al="r")
p = P(); r = p.add_run("OGGETTO: "); r.bold = True; p.add_run("Convocazione del Consiglio Comunale in seduta ordinaria – lunedì 23 marzo 2026.").bold = True
P("Ai sensi dell'art. 39 del D.Lgs. 267/2000 e del vigente Regolamento per il funzionamento del Consiglio comunale, le SS.LL. sono invitate a partecipare alla seduta ordinaria, pubblica, del Consiglio Comunale che si terrà presso la sala consiliare del Municipio il giorno", al="j")
P("lunedì 23 marzo 2026 alle ore 18:30 in prima convocazione", b=True, al="c")
P("e, occorrendo, il giorno martedì 24 marzo 2026 alla stessa ora in seconda convocazione, per la trattazione del seguente", al="j")
P("ORDINE DEL GIORNO", b=True, al="c")
for i, t in enumerate(["Lettura e approvazione dei verbali della seduta precedente;",
                       "Comunicazioni del Sindaco;",
                       "Ratifica della deliberazione della Giunta comunale n. 12 del 20/02/2026 avente ad oggetto \"Variazione d'urgenza al bilancio di previsione 2026/2028\";",
                       "Approvazione delle aliquote IMU per l'anno 2026;",
                       "Adesione alla Comunità energetica rinnovabile della Marmilla – approvazione dello statuto;",
                       "Mozione del gruppo consiliare \"Gesturi Bene Comune\" sulla viabilità rurale della Giara."], 1):
    P(f"{i}. {t}", al="j")
P("Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio di Segreteria e sono consultabili dai Consiglieri nelle ore d'ufficio.", al="j")
P("Il Presidente del Consiglio comunale\nGiorgio Pisano", al="r")
d.save(out)
