# Typewriter-like Word document (python-docx, Courier New 11pt), converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
st = doc.styles['Normal']
st.font.name = 'Courier New'
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.line_spacing = 1.0

def P(text='', bold=False, center=False, underline=False):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = bold
    r.underline = underline
    return p

# running foot
fp = sec.footer.paragraphs[0]
fp.text = "Det. n. 112/2026 - Area Tecnica - pag. "
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
for r in fp.runs: r.font.size = Pt(9)
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
def add_field(par, instr):
    r = par.add_run(); r.font.size = Pt(9)
    b = OxmlElement('w:fldChar'); b.set(qn('w:fldCharType'), 'begin'); r._r.append(b)
    r2 = par.add_run(); r2.font.size = Pt(9)
    t = OxmlElement('w:instrText'); t.set(qn('xml:space'), 'preserve'); t.text = instr; r2._r.append(t)
    r3 = par.add_run(); r3.font.size = Pt(9)
    e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), 'end'); r3._r.append(e)
add_field(fp, 'PAGE')

P("COMUNE DI PIAZZOLA SUL BRENTA", bold=True, center=True)
P("Provincia di Padova", center=True)
P("Viale Silvestro Camerini n. 3 - 35016 Piazzola sul Brenta", center=True)
P("_______________________________________________________________")
P()
P("AREA TECNICA", bold=True)
P("Servizio Lavori Pubblici e Manutenzioni")
P()
P("DETERMINAZIONE  N. 112  DEL  05/03/2026          (Registro Generale)", bold=True)
P("                N.  38                           (Registro dell'Area)")
P()
P("OGGETTO: LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA SCUOLA")
P("         SECONDARIA DI PRIMO GRADO \"CAMERINI\". AFFIDAMENTO DIRETTO ALLA")
P("         DITTA EDILBRENTA S.R.L. AI SENSI DELL'ART. 50, COMMA 1, LETT. A),")
P("         DEL D.LGS. N. 36/2023 E IMPEGNO DI SPESA. CIG B7A2C41D19.")
P("_______________________________________________________________")
P()
P("                     IL RESPONSABILE DELL'AREA TECNICA", bold=True)
P()
body = [
"Richiamato il decreto del Sindaco n. 4 del 09/01/2026, con il quale al sottoscritto sono state attribuite le funzioni di Responsabile dell'Area Tecnica fino al 31/12/2026;",
"Vista la deliberazione del Consiglio Comunale n. 6 del 19/02/2026, esecutiva, di approvazione del bilancio di previsione 2026/2028;",
"Vista la deliberazione della Giunta Comunale n. 21 del 26/02/2026, di approvazione del Piano Esecutivo di Gestione 2026/2028;",
"Premesso che a seguito delle precipitazioni dello scorso mese di febbraio si sono verificate infiltrazioni d'acqua nelle aule del secondo piano della scuola secondaria di primo grado \"Camerini\", come da verbale di sopralluogo dell'ufficio in data 16/02/2026;",
"Ritenuto necessario provvedere con urgenza al rifacimento del manto impermeabile e alla sostituzione dei canali di gronda, al fine di garantire la regolare prosecuzione dell'attivita' didattica;",
"Visto il preventivo presentato dalla ditta EDILBRENTA S.R.L., con sede in Campo San Martino (PD), P.IVA 04418290283, acquisito al protocollo n. 3911 del 27/02/2026, per l'importo di euro 36.480,00 oltre IVA 22%, ritenuto congruo;",
"Verificato il possesso dei requisiti generali in capo all'operatore economico e acquisito il DURC regolare;",
"Visti il D.Lgs. 18/08/2000, n. 267 e il D.Lgs. 31/03/2023, n. 36;",
]
for t in body:
    p = P(t)
    p.paragraph_format.first_line_indent = Cm(1.25)
    P()
P("                             D E T E R M I N A", bold=True)
P()
pts = [
"1) di affidare, per le motivazioni esposte in premessa, alla ditta EDILBRENTA S.R.L. di Campo San Martino (PD) i lavori di manutenzione straordinaria della copertura della scuola secondaria di primo grado \"Camerini\", per l'importo di euro 36.480,00 oltre IVA 22%, per complessivi euro 44.505,60;",
"2) di impegnare la somma di euro 44.505,60 alla Missione 04, Programma 02, cap. 2150/10 \"Manutenzione straordinaria edifici scolastici\" del bilancio 2026/2028, esercizio 2026;",
"3) di dare atto che il Responsabile Unico del Progetto e' il geom. Paolo Bertin;",
"4) di dare atto che il contratto sara' stipulato mediante corrispondenza secondo l'uso commerciale;",
"5) di trasmettere il presente provvedimento al Servizio Finanziario per l'apposizione del visto di regolarita' contabile.",
]
for t in pts:
    p = P(t)
    p.paragraph_format.left_indent = Cm(0.8)
    p.paragraph_format.first_line_indent = Cm(-0.8)
    P()
P("Piazzola sul Brenta, 05/03/2026")
P()
P("                            IL RESPONSABILE DELL'AREA TECNICA")
P("                                   geom. Paolo Bertin")
P("                           (firmato digitalmente ai sensi")
P("                            del D.Lgs. n. 82/2005)")
P()
P("_______________________________________________________________")
P("VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", bold=True)
P("(art. 151, comma 4, D.Lgs. n. 267/2000)")
P()
P("Impegno n. 412/2026          Importo euro 44.505,60")
P()
P("Piazzola sul Brenta, 06/03/2026")
P("                        IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA")
P("                                 dott.ssa Michela Zanon")
doc.save(sys.argv[1])
