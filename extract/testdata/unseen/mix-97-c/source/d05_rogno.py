# Avviso di gara n. 2/2026, Rogno: Word template with Area/Servizio/Ufficio in the running head (python-docx -> LibreOffice)
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); s = d.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21); s.left_margin = s.right_margin = Cm(2.2); s.top_margin = Cm(3.6)
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
h = s.header
p = h.paragraphs[0]; r = p.add_run("COMUNE DI ROGNO"); r.bold = True; r.font.size = Pt(14); p.alignment = A.CENTER
for t in ["Provincia di Bergamo", "AREA TECNICA", "Servizio Lavori Pubblici", "Ufficio Gare e Contratti"]:
    q = h.add_paragraph(t); q.alignment = A.CENTER; q.runs[0].font.size = Pt(9)
fp = s.footer.paragraphs[0]; fp.text = "Comune di Rogno – Via Nazionale, 2 – 24060 Rogno (BG) – PEC: comune.rogno@pec.regione.lombardia.it"; fp.alignment = A.CENTER; fp.runs[0].font.size = Pt(8)
def P(t, b=False, al=A.JUSTIFY, sz=11):
    q = d.add_paragraph(); r = q.add_run(t); r.bold = b; r.font.size = Pt(sz); q.alignment = al; return q
P("Prot. n. 2693 del 16/03/2026", al=A.RIGHT)
P("AVVISO DI GARA N. 2/2026", True, A.CENTER, 15)
P("Procedura aperta per l'affidamento dei lavori di riqualificazione energetica della scuola primaria di via Nazionale – CUP D27H25000990006 – CIG B8F2C41A95", True, A.CENTER)
P("IL RESPONSABILE DELL'AREA TECNICA", True, A.CENTER)
P("In esecuzione della determinazione a contrarre n. 41 del 13/03/2026 (Registro Generale n. 118), rende noto che il Comune di Rogno indice procedura aperta ai sensi dell'art. 71 del D.Lgs. 31 marzo 2023, n. 36, con il criterio dell'offerta economicamente più vantaggiosa, per l'affidamento dei lavori in oggetto.")
items = [("1. Stazione appaltante", "Comune di Rogno, Via Nazionale 2, 24060 Rogno (BG) – RUP: arch. Giorgio Bettoni, Responsabile dell'Area Tecnica."),
         ("2. Oggetto e importo", "Sostituzione dei serramenti, isolamento a cappotto e installazione di pompa di calore. Importo a base di gara € 612.480,00, di cui € 18.900,00 per oneri della sicurezza non soggetti a ribasso. Categoria prevalente OG1, classifica II."),
         ("3. Termine di esecuzione", "240 giorni naturali e consecutivi dalla data del verbale di consegna dei lavori."),
         ("4. Modalità di presentazione", "Le offerte devono pervenire esclusivamente tramite la piattaforma telematica Sintel di ARIA S.p.A. entro le ore 12:00 del giorno 14/04/2026."),
         ("5. Apertura delle offerte", "La prima seduta pubblica telematica si terrà il giorno 15/04/2026 alle ore 10:00."),
         ("6. Documentazione", "Il disciplinare di gara e gli elaborati progettuali sono disponibili sulla piattaforma Sintel e sul profilo del committente, sezione Amministrazione Trasparente – Bandi di gara e contratti.")]
for a, b in items:
    q = d.add_paragraph(); q.alignment = A.JUSTIFY; r = q.add_run(a + ": "); r.bold = True; q.add_run(b)
P("Il presente avviso è pubblicato all'Albo Pretorio on line del Comune e sulla Banca Dati Nazionale dei Contratti Pubblici.")
P("Rogno, 16 marzo 2026", al=A.LEFT)
P("Il Responsabile dell'Area Tecnica\narch. Giorgio Bettoni\n(firmato digitalmente)", al=A.RIGHT)
d.save(sys.argv[1])
