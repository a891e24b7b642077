# Monteparano: decreto sindacale, python-docx (Word template, letterhead and number box in the page header) -> LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
d = Document()
st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11.5)
sec = d.sections[0]; sec.page_height = Cm(29.7); sec.page_width = Cm(21); sec.left_margin = sec.right_margin = Cm(2.4)
ht = sec.header.add_table(rows=1, cols=2, width=Cm(16.2)); ht.style = "Table Grid"
a = ht.cell(0, 0).paragraphs[0]; r = a.add_run("COMUNE DI MONTEPARANO"); r.bold = True; r.font.size = Pt(15)
ht.cell(0, 0).add_paragraph("Provincia di Taranto – Ufficio del Sindaco").runs[0].font.size = Pt(9)
b = ht.cell(0, 1).paragraphs[0]; b.alignment = AL.CENTER; rb = b.add_run("DECRETO SINDACALE\nN. 9 / 2026"); rb.bold = True; rb.font.size = Pt(11)
ht.cell(0, 0).width = Cm(11.2); ht.cell(0, 1).width = Cm(5)
fp = sec.footer.paragraphs[0]; fp.alignment = AL.CENTER
fr = fp.add_run("Via Vittorio Emanuele III, 20 – 74020 Monteparano (TA) – C.F. 80011130730"); fr.font.size = Pt(8)
def P(text="", bold=False, align=AL.JUSTIFY, size=None, after=6, italic=False):
    p = d.add_paragraph(); p.alignment = align; p.paragraph_format.space_after = Pt(after)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return p
p = P(); r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run("Designazione del Responsabile della Protezione dei Dati personali (RPD/DPO) ai sensi dell'art. 37 del Regolamento (UE) 2016/679 per il biennio 2026-2027."); r.bold = True
P("IL SINDACO", bold=True, align=AL.CENTER, size=12)
for s in ["Visto il Regolamento (UE) 2016/679 del Parlamento europeo e del Consiglio del 27 aprile 2016, relativo alla protezione delle persone fisiche con riguardo al trattamento dei dati personali, e in particolare gli artt. 37, 38 e 39;",
          "Considerato che il Comune, in qualità di titolare del trattamento, è tenuto a designare un Responsabile della protezione dei dati, che può essere un dipendente o un soggetto esterno che assolve i suoi compiti in base a un contratto di servizi;",
          "Vista la determinazione del Responsabile del Settore Affari Generali n. 88 del 28/04/2026, con la quale il servizio di RPD per il biennio 2026-2027 è stato affidato alla società Privacy Sud S.r.l. di Taranto;",
          "Preso atto che la predetta società ha indicato quale referente per lo svolgimento dei compiti di RPD l'avv. Giovanna Marinò, in possesso di adeguata conoscenza specialistica della normativa e della prassi in materia;"]:
    P(s)
P("D E C R E T A", bold=True, align=AL.CENTER, size=12)
for i, s in enumerate(["di designare la società Privacy Sud S.r.l., nella persona dell'avv. Giovanna Marinò, quale Responsabile della Protezione dei Dati personali del Comune di Monteparano per il periodo dal 6 maggio 2026 al 31 dicembre 2027;",
                       "di stabilire che il RPD svolge i compiti di cui all'art. 39 del Regolamento (UE) 2016/679 e che i suoi dati di contatto sono pubblicati sul sito istituzionale e comunicati al Garante per la protezione dei dati personali;",
                       "di disporre la notifica del presente decreto all'interessata e la sua pubblicazione all'Albo Pretorio on line."], 1):
    P("%d) %s" % (i, s))
P()
P("Dalla Residenza municipale, addì sei maggio duemilaventisei", align=AL.LEFT)
P("IL SINDACO", align=AL.RIGHT, after=0); P("avv. Tommaso Caforio", align=AL.RIGHT)
d.save(sys.argv[1])
