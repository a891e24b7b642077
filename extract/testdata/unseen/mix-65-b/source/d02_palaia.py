# Comune di Palaia: bando in a Word document whose body is a two-column section (python-docx -> LibreOffice)
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
d = Document()
st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(10.5)
s0 = d.sections[0]
s0.page_height, s0.page_width = Cm(29.7), Cm(21.0)
s0.left_margin = s0.right_margin = Cm(2); s0.top_margin = Cm(1.6); s0.bottom_margin = Cm(1.8)
def P(text="", bold=False, size=None, align=None, italic=False, after=4):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    return p
C = WD_ALIGN_PARAGRAPH.CENTER; J = WD_ALIGN_PARAGRAPH.JUSTIFY
hp = s0.header.paragraphs[0]; hp.text = "Comune di Palaia – Settore 2 Servizi al Cittadino – Ufficio Servizi Sociali"; hp.alignment = C
hp.runs[0].font.size = Pt(8)
fp = s0.footer.paragraphs[0]; fp.text = "Piazza della Repubblica 56 – 56036 Palaia (PI) – tel. 0587 621411 – PEC comune.palaia@postacert.toscana.it"; fp.alignment = C
fp.runs[0].font.size = Pt(8)
P("COMUNE DI PALAIA", True, 18, C, after=0)
P("Provincia di Pisa", False, 11, C, after=2)
P("SETTORE 2 – SERVIZI AL CITTADINO", True, 10, C, after=0)
P("Ufficio Servizi Sociali", False, 10, C, after=10)
P("Prot. n. 3318                                                                                Palaia, 9 marzo 2026", False, 10, after=10)
P("BANDO N. 3/2026", True, 14, C, after=2)
P("BANDO PER L'ASSEGNAZIONE DI ORTI SOCIALI COMUNALI IN LOCALITÀ FORCOLI – ANNO 2026", True, 12, C, after=8)
# two-column continuous section
sec = d.add_section(WD_SECTION.CONTINUOUS)
cols = sec._sectPr.xpath("./w:cols")
c = cols[0] if cols else OxmlElement("w:cols")
c.set(qn("w:num"), "2"); c.set(qn("w:space"), "567"); c.set(qn("w:sep"), "1")
if not cols: sec._sectPr.append(c)
body = [
("IL RESPONSABILE DEL SETTORE 2", True, C),
("In esecuzione della deliberazione della Giunta comunale n. 28 del 24 febbraio 2026 e della propria determinazione n. 61 del 5 marzo 2026,", False, J),
("RENDE NOTO", True, C),
("che è indetto un bando pubblico per l'assegnazione in comodato gratuito di n. 14 orti sociali situati nell'area comunale di via Ettore Ferrari in località Forcoli.", False, J),
("Art. 1 – Destinatari", True, None),
("Possono partecipare i cittadini residenti nel Comune di Palaia che abbiano compiuto sessanta anni di età, i nuclei familiari con figli minori e le associazioni di volontariato iscritte al Registro unico nazionale del Terzo settore.", False, J),
("Art. 2 – Durata dell'assegnazione", True, None),
("L'orto è assegnato per tre anni, dal 1° maggio 2026 al 30 aprile 2029, e non è rinnovabile tacitamente. L'assegnatario non può cedere l'orto a terzi.", False, J),
("Art. 3 – Criteri di assegnazione", True, None),
("La graduatoria è formata secondo i seguenti punteggi: età superiore a settanta anni, punti 3; reddito ISEE inferiore a euro 12.000,00, punti 4; assenza di altro terreno coltivabile nella disponibilità del nucleo, punti 2; residenza nella frazione di Forcoli, punti 1. A parità di punteggio prevale la domanda presentata per prima.", False, J),
("Art. 4 – Obblighi dell'assegnatario", True, None),
("L'assegnatario coltiva l'orto personalmente, con metodi rispettosi dell'ambiente e senza uso di prodotti fitosanitari di sintesi, e partecipa alle spese per l'acqua nella misura di euro 40,00 annui.", False, J),
("Art. 5 – Presentazione delle domande", True, None),
("Le domande, redatte sul modulo disponibile presso l'Ufficio Servizi Sociali e sul sito istituzionale, devono pervenire entro le ore 12:00 del 10 aprile 2026 a mano all'Ufficio Protocollo oppure via PEC.", False, J),
("Art. 6 – Trattamento dei dati", True, None),
("I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente bando. Responsabile del procedimento è la sig.ra Marta Gronchi.", False, J),
]
for t, b, a in body: P(t, b, None, a, after=3)
sec2 = d.add_section(WD_SECTION.CONTINUOUS)
P("", after=6)
P("IL RESPONSABILE DEL SETTORE 2", True, 10, WD_ALIGN_PARAGRAPH.RIGHT, after=0)
P("dott.ssa Chiara Bertelli", False, 10, WD_ALIGN_PARAGRAPH.RIGHT, after=0)
P("(documento firmato digitalmente)", False, 8, WD_ALIGN_PARAGRAPH.RIGHT, italic=True)
d.save(sys.argv[1])
