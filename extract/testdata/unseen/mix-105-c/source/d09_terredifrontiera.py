# Unnumbered AVVISO of the Unione di Comuni Lombarda Terre di Frontiera: python-docx
# (Word template: the Unione's name over the member Comune's in the page header, office in
# the footer); converted to PDF by LibreOffice in build.sh.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document()
s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.2); s.top_margin = Cm(3.2)
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
h = s.header
p = h.paragraphs[0]; p.alignment = A.CENTER
r = p.add_run("UNIONE DI COMUNI LOMBARDA TERRE DI FRONTIERA"); r.bold = True; r.font.size = Pt(15); r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
p = h.add_paragraph(); p.alignment = A.CENTER
r = p.add_run("Comune di Faloppio – Comune di Uggiate con Ronago"); r.font.size = Pt(10); r.italic = True
p = h.add_paragraph(); p.alignment = A.CENTER
r = p.add_run("Provincia di Como – Via Roma 15, 22020 Faloppio (CO)"); r.font.size = Pt(9)
f = s.footer.paragraphs[0]; f.alignment = A.CENTER
r = f.add_run("Servizio associato Servizi Sociali – Ufficio di Piano – tel. 031 991012 – servizisociali@terredifrontiera.co.it"); r.font.size = Pt(8)
def para(t, bold=False, al=A.JUSTIFY, size=11, after=6):
    p = d.add_paragraph(); p.alignment = al; p.paragraph_format.space_after = Pt(after)
    r = p.add_run(t); r.bold = bold; r.font.size = Pt(size); return p
para("Prot. n. 2214", al=A.LEFT, after=0); para("Faloppio, 27 marzo 2026", al=A.LEFT)
para("AVVISO", True, A.CENTER, 20, 2)
para("CONTRIBUTI PER IL SOSTEGNO AL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNO 2026", True, A.CENTER, 12.5, 12)
para("Il Responsabile del Servizio associato Servizi Sociali dell'Unione di Comuni Lombarda Terre di Frontiera, in attuazione della D.G.R. Lombardia n. XII/1840 del 02/02/2026 e della determinazione Reg. Gen. Unione n. 58 del 20/03/2026,")
para("RENDE NOTO", True, A.CENTER)
para("che dal 1° aprile 2026 al 15 maggio 2026 i cittadini residenti nei Comuni aderenti all'Unione possono presentare domanda per l'assegnazione di un contributo a sostegno del pagamento del canone di locazione dell'abitazione principale.")
para("Requisiti", True, A.LEFT, 11.5, 3)
for t in ["residenza in uno dei Comuni aderenti all'Unione da almeno un anno;",
          "titolarità di un contratto di locazione regolarmente registrato, non relativo ad alloggi di edilizia residenziale pubblica;",
          "ISEE ordinario o corrente non superiore a € 26.000,00;",
          "assenza di titolarità di diritti di proprietà su alloggi adeguati al nucleo familiare in Lombardia."]:
    p = d.add_paragraph(t, style="List Bullet"); p.paragraph_format.space_after = Pt(2)
para("Modalità di presentazione", True, A.LEFT, 11.5, 3)
para("Le domande devono essere presentate esclusivamente on line tramite il portale dell'Unione, oppure con l'assistenza degli sportelli sociali comunali nei giorni di apertura al pubblico. Il contributo massimo erogabile è pari a € 1.500,00 per nucleo familiare e sarà corrisposto direttamente al proprietario dell'alloggio.")
para("Per informazioni è possibile rivolgersi all'Ufficio di Piano dell'Unione, dal lunedì al venerdì, dalle ore 9:00 alle ore 12:30.")
p = para("Il Responsabile del Servizio associato\ndott.ssa Chiara Bernasconi", al=A.RIGHT); p.paragraph_format.space_before = Pt(18)
d.save(sys.argv[1])
