# ASL n. 6 del Medio Campidano - numbered avviso pubblico, from a Word template (Calibri, header table, footer)
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(1.5); sec.bottom_margin = Cm(1.8)
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(4)
hdr = sec.header
hp = hdr.paragraphs[0]
r = hp.add_run("Azienda Socio-Sanitaria Locale n. 6 del Medio Campidano"); r.bold = True; r.font.size = Pt(13); r.font.color.rgb = RGBColor(0x00, 0x5A, 0x8C)
hp2 = hdr.add_paragraph(); r = hp2.add_run("Via Ungaretti n. 9 – 09025 Sanluri (SU) – P.IVA 03990620923 – protocollo@pec.aslmediocampidano.it"); r.font.size = Pt(8)
hp3 = hdr.add_paragraph(); r = hp3.add_run("S.C. Sviluppo Risorse Umane e Relazioni Sindacali"); r.italic = True; r.font.size = Pt(9)
ft = sec.footer.paragraphs[0]; ft.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = ft.add_run("ASL Medio Campidano – Avviso pubblico n. 4/2026 – www.aslmediocampidano.it"); r.font.size = Pt(8)
def p(text="", bold=False, center=False, size=None, after=4, italic=False):
    para = d.add_paragraph(); r = para.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.JUSTIFY
    para.paragraph_format.space_after = Pt(after)
    return para
t = d.add_table(rows=1, cols=2); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.cell(0,0).text = "AVVISO PUBBLICO N. 4/2026"
t.cell(0,1).text = "Pubblicato all'Albo on line il 12/03/2026\nScadenza: 27/03/2026 ore 12:00"
for c in t.rows[0].cells:
    for r in c.paragraphs[0].runs: r.bold = True
p("", after=2)
p("AVVISO PUBBLICO", bold=True, center=True, size=13, after=2)
p("PER SOLI TITOLI E COLLOQUIO PER IL CONFERIMENTO DI N. 3 INCARICHI LIBERO-PROFESSIONALI A MEDICI PER IL SERVIZIO DI GUARDIA MEDICA TURISTICA NELLE LOCALITÀ DI ARBUS – TORRE DEI CORSARI E PISTIS – STAGIONE ESTIVA 2026", bold=True, center=True, after=10)
p("In esecuzione della deliberazione del Direttore Generale n. 187 del 05/03/2026, è indetto avviso pubblico, per soli titoli e colloquio, per il conferimento di n. 3 incarichi libero-professionali a medici per il servizio di guardia medica turistica nel periodo 15 giugno – 15 settembre 2026.")
p("Art. 1 – Requisiti di ammissione", bold=True, after=2)
p("Possono partecipare i candidati in possesso dei seguenti requisiti: a) laurea in Medicina e Chirurgia; b) abilitazione all'esercizio della professione; c) iscrizione all'Albo dell'Ordine dei Medici Chirurghi e degli Odontoiatri.")
p("Art. 2 – Compenso", bold=True, after=2)
p("Il compenso orario lordo è fissato in € 40,00, secondo quanto previsto dall'Accordo Collettivo Nazionale per la Medicina Generale vigente.")
p("Art. 3 – Modalità e termine di presentazione delle domande", bold=True, after=2)
p("Le domande, redatte secondo lo schema allegato (Allegato A), dovranno pervenire esclusivamente tramite PEC all'indirizzo protocollo@pec.aslmediocampidano.it entro le ore 12:00 del giorno 27/03/2026, indicando nell'oggetto «Avviso pubblico n. 4/2026 – Guardia medica turistica».")
p("Art. 4 – Colloquio", bold=True, after=2)
p("Il colloquio si terrà il giorno 08/04/2026 alle ore 10:00 presso la sede aziendale di Sanluri, Via Ungaretti n. 9. La pubblicazione della data sul sito aziendale ha valore di notifica a tutti gli effetti.")
p("Art. 5 – Trattamento dei dati personali", bold=True, after=2)
p("I dati personali forniti saranno trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità di gestione della procedura.")
p("Per informazioni: S.C. Sviluppo Risorse Umane, tel. 070 9359 412, dal lunedì al venerdì dalle ore 10:00 alle ore 12:00.", after=12)
p("Sanluri, 12/03/2026", after=14)
p("IL DIRETTORE DELLA S.C. SVILUPPO RISORSE UMANE E RELAZIONI SINDACALI", bold=True, center=True, after=0)
p("Dott.ssa Maria Grazia Melis", center=True, after=0)
p("(firmato digitalmente)", center=True, italic=True, size=8)
d.save(sys.argv[1])
