import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document(); s = d.sections[0]; s.page_height = Mm(297); s.page_width = Mm(210); s.bottom_margin = Mm(40); s.footer_distance = Mm(10)
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
f = s.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = f.add_run("COMUNE DI CINTO EUGANEO\n"); r.bold = True; r.font.size = Pt(13)
f.add_run("Provincia di Padova – Piazza Roma, 12 – 35030 Cinto Euganeo (PD)\nArea Servizi alla Persona – Ufficio Servizi Sociali – tel. 0429 94046").font.size = Pt(9)
def P(t, b=False, c=False, sz=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if sz: r.font.size = Pt(sz)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if c else WD_ALIGN_PARAGRAPH.JUSTIFY; return p
P("BANDO N. 1/2026", True, True, 18)
P("Prot. n. 1902 del 16/03/2026", False, True)
P("BANDO PER L'ASSEGNAZIONE DI CONTRIBUTI ECONOMICI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNO 2026", True, True)
P("In esecuzione della deliberazione della Giunta Comunale n. 14 del 5 marzo 2026 e della determinazione del Responsabile dell'Area Servizi alla Persona n. 33 del 12 marzo 2026, è indetto il bando per l'assegnazione di contributi economici ai nuclei familiari in locazione in alloggi privati, residenti nel Comune di Cinto Euganeo.")
P("Art. 1 – Requisiti", True)
P("Possono presentare domanda i cittadini residenti titolari di un contratto di locazione regolarmente registrato, con un ISEE ordinario non superiore a € 15.000,00, che non siano titolari di diritti reali su alloggi adeguati nel territorio regionale.")
P("Art. 2 – Entità del contributo", True)
P("Il contributo è pari al 30% del canone annuo effettivamente corrisposto e non può superare l'importo di € 1.800,00 per nucleo familiare. Le risorse disponibili ammontano a € 24.000,00.")
P("Art. 3 – Presentazione delle domande", True)
P("Le domande, redatte sul modulo disponibile presso l'Ufficio Servizi Sociali e sul sito istituzionale, devono pervenire entro le ore 12.00 del 17 aprile 2026 a mano, tramite PEC o raccomandata con avviso di ricevimento.")
P("Art. 4 – Trattamento dei dati personali", True)
P("I dati personali saranno trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente bando.")
P("Cinto Euganeo, 16 marzo 2026")
p = P("La Responsabile dell'Area Servizi alla Persona\ndott.ssa Federica Sinigaglia"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
d.save(sys.argv[1])
