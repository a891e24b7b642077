# Praiano: python-docx (Word template with header/footer) -> LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
d = Document()
s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.text = "COMUNE DI PRAIANO\nProvincia di Salerno – Area Tecnica – Servizio Urbanistica ed Edilizia Privata"; h.alignment = AL.CENTER
f = s.footer.paragraphs[0]; f.text = "Via Umberto I n. 12 – 84010 Praiano (SA) – PEC: protocollo@pec.comune.praiano.sa.it"; f.alignment = AL.CENTER
def P(t, b=False, c=False, sz=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if sz: r.font.size = Pt(sz)
    if c: p.alignment = AL.CENTER
    else: p.alignment = AL.JUSTIFY
    return p
P("ORDINANZA N. 7 DEL 23/03/2026", True, True, 14)
P("(Registro generale delle ordinanze)", False, True, 9)
p = d.add_paragraph(); p.add_run("OGGETTO: ").bold = True
p.add_run("Ingiunzione di demolizione di opere edilizie abusive realizzate in via Gennaro Capriglione, località Vettica Maggiore (Foglio 4, particella 1187), ai sensi dell'art. 31 del D.P.R. 380/2001.")
P("IL RESPONSABILE DELL'AREA TECNICA", True, True)
P("Visto il verbale di sopralluogo n. 14 del 5 marzo 2026 redatto dalla Polizia Municipale e dal tecnico comunale, dal quale risulta la realizzazione, in assenza di permesso di costruire e di autorizzazione paesaggistica, di un manufatto in muratura di circa 28 mq con copertura in laterocemento a servizio dell'immobile di proprietà del sig. Antonio Esposito;")
P("Considerato che l'area ricade nella zona di tutela integrale del Piano Urbanistico Territoriale dell'Area Sorrentino-Amalfitana e che le opere non sono sanabili;")
P("Visti l'art. 31 del D.P.R. 6 giugno 2001, n. 380 e l'art. 167 del D.Lgs. 42/2004;")
P("INGIUNGE", True, True)
P("1. al sig. Antonio Esposito, nato a Vico Equense il 12/09/1961, in qualità di proprietario e committente, di demolire a propria cura e spese le opere abusive descritte in premessa e di ripristinare lo stato dei luoghi entro 90 giorni dalla notifica della presente;")
P("2. che, in caso di inottemperanza, il manufatto e l'area di sedime siano acquisiti di diritto gratuitamente al patrimonio del Comune, ai sensi dell'art. 31, comma 3, del D.P.R. 380/2001, e sia irrogata la sanzione pecuniaria prevista dal comma 4-bis;")
P("3. la trasmissione della presente alla Procura della Repubblica di Salerno, alla Soprintendenza ABAP di Salerno e Avellino e al Comando Stazione Carabinieri di Positano.")
P("Avverso il presente provvedimento è ammesso ricorso al T.A.R. Campania – Sezione di Salerno entro 60 giorni dalla notifica.")
P("Praiano, 23 marzo 2026")
p = P("Il Responsabile dell'Area Tecnica\ning. Carmela Di Martino"); p.alignment = AL.RIGHT
d.save(sys.argv[1])
