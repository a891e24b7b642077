# Comune di Uggiano la Chiesa (LE) - numbered AVVISO PUBBLICO written with python-docx (Word template with
# letterhead table in the page header and a footer), converted to PDF by LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
d = Document(); s = d.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21); s.left_margin = s.right_margin = Cm(2.2); s.top_margin = Cm(3.2)
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
h = s.header; t = h.add_table(1, 2, Cm(16.6)); t.style = "Table Grid"
c0, c1 = t.rows[0].cells
p = c0.paragraphs[0]; r = p.add_run("COMUNE DI UGGIANO LA CHIESA"); r.bold = True; r.font.size = Pt(15)
c0.add_paragraph("Provincia di Lecce").runs[0].italic = True
p = c1.paragraphs[0]; r = p.add_run("AREA AMMINISTRATIVA"); r.bold = True; r.font.size = Pt(9)
c1.add_paragraph("Servizi Sociali e Pubblica Istruzione").runs[0].font.size = Pt(9)
c1.add_paragraph("Prot. n. 2215 del 20/03/2026").runs[0].font.size = Pt(9)
f = s.footer.paragraphs[0]; f.alignment = A.CENTER
r = f.add_run("Via Dante Alighieri, 2 – 73020 Uggiano la Chiesa (LE) – tel. 0836 812005 – protocollo.comune.uggianolachiesa@pec.rupar.puglia.it"); r.font.size = Pt(7.5)
def P(text, bold=False, al=A.JUSTIFY, size=None, after=6):
    p = d.add_paragraph(); p.alignment = al; p.paragraph_format.space_after = Pt(after); r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    return p
P("AVVISO PUBBLICO N. 4/2026", True, A.CENTER, 16, 2)
P("CONTRIBUTI PER IL TRASPORTO DEGLI STUDENTI PENDOLARI FREQUENTANTI GLI ISTITUTI SUPERIORI – ANNO SCOLASTICO 2025/2026", True, A.CENTER, 12, 14)
P("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", True, A.CENTER)
P("In esecuzione della deliberazione della Giunta Comunale n. 14 del 27/02/2026 e della propria determinazione n. 61/2026 R.G.,")
P("RENDE NOTO", True, A.CENTER)
for h2, body in [("Art. 1 – Destinatari", "Possono presentare domanda gli studenti residenti nel Comune di Uggiano la Chiesa iscritti, per l'anno scolastico 2025/2026, ad un istituto di istruzione secondaria di secondo grado con sede fuori dal territorio comunale, che utilizzano il trasporto pubblico di linea."),
                 ("Art. 2 – Requisiti", "Il nucleo familiare dello studente deve possedere un ISEE in corso di validità non superiore a euro 15.000,00."),
                 ("Art. 3 – Entità del contributo", "Il contributo è pari al 50% della spesa documentata per l'abbonamento, fino ad un massimo di euro 300,00 per studente, nei limiti dello stanziamento di euro 12.000,00."),
                 ("Art. 4 – Modalità e termini di presentazione", "Le domande, redatte sul modello disponibile sul sito istituzionale, dovranno pervenire all'Ufficio Protocollo entro le ore 12,00 del 30 aprile 2026, corredate dagli abbonamenti o dalle ricevute di pagamento."),
                 ("Art. 5 – Trattamento dei dati", "I dati personali saranno trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso.")]:
    P(h2, True, A.LEFT, after=2); P(body)
P("Uggiano la Chiesa, 20/03/2026", al=A.LEFT, after=18)
P("IL RESPONSABILE DELL'AREA AMMINISTRATIVA\ndott.ssa Anna Rita Pisanò", al=A.RIGHT)
d.save(sys.argv[1])
