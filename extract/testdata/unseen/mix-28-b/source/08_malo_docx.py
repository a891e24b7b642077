#!/usr/bin/env python3
"""Comune di Malo (VI) - Bando n. 3/2026, contributi per il sostegno alle locazioni.
Layout after a Pasubio Tecnologia document template: letterhead in the page header,
protocol line, bando number and title block, numbered articles, a two-column table of
ISEE brackets, signature, footer with page x of y. Written as .docx with python-docx;
build.sh converts it with LibreOffice (soffice --convert-to pdf)."""
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = sys.argv[1] if len(sys.argv) > 1 else "bando-malo-pasubiotecnologia.docx"
d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.4), Cm(1.6)
st = d.styles["Normal"]
st.font.name = "Carlito"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Carlito")
st.paragraph_format.space_after = Pt(4)

# header: letterhead
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("COMUNE DI MALO\n"); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
r = hp.add_run("Provincia di Vicenza\n"); r.italic = True; r.font.size = Pt(10)
r = hp.add_run("Via San Bernardino, 19 - 36034 Malo (VI) - C.F. 00250950246 - PEC malo.vi@cert.ip-veneto.net"); r.font.size = Pt(7.5)


def field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Area Servizi alla Persona - Ufficio Servizi Sociali - tel. 0445 585211 - Pag. "); r.font.size = Pt(7.5)
r = fp.add_run(); r.font.size = Pt(7.5); field(r, "PAGE")
r = fp.add_run(" di "); r.font.size = Pt(7.5)
r = fp.add_run(); r.font.size = Pt(7.5); field(r, "NUMPAGES")


def P(text="", bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, italic=False, after=None):
    p = d.add_paragraph()
    p.alignment = align
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p


P("AREA SERVIZI ALLA PERSONA", bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=0)
P("Ufficio Servizi Sociali", align=WD_ALIGN_PARAGRAPH.LEFT, after=0)
P("Prot. n. 4512 del 16/03/2026", align=WD_ALIGN_PARAGRAPH.RIGHT, size=9, after=10)

P("BANDO N. 3/2026", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13, after=2)
P("BANDO PUBBLICO PER L'ASSEGNAZIONE DI CONTRIBUTI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE - ANNO 2026",
  bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, after=10)

P("IL RESPONSABILE DELL'AREA SERVIZI ALLA PERSONA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
P("In esecuzione della deliberazione della Giunta Comunale n. 29 del 26/02/2026 e della propria determinazione "
  "n. 118 del 12/03/2026, con le quali sono stati approvati i criteri e lo schema del presente bando,")
P("RENDE NOTO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
P("che dal 23/03/2026 al 30/04/2026 i cittadini in possesso dei requisiti di seguito indicati possono presentare "
  "domanda per ottenere un contributo a sostegno del pagamento dei canoni di locazione relativi all'anno 2026.")

ARTS = [
    ("Art. 1 - Finalità e risorse",
     ["Il contributo è finalizzato a sostenere i nuclei familiari in condizione di disagio economico nel pagamento del "
      "canone di locazione dell'alloggio di residenza. Le risorse disponibili ammontano complessivamente ad euro "
      "42.000,00, di cui euro 30.000,00 di fondi comunali ed euro 12.000,00 di fondi regionali."]),
    ("Art. 2 - Requisiti per l'accesso",
     ["Possono presentare domanda i richiedenti che, alla data di presentazione della stessa, siano in possesso dei "
      "seguenti requisiti: a) residenza anagrafica nel Comune di Malo nell'alloggio oggetto del contratto di "
      "locazione; b) titolarità di un contratto di locazione ad uso abitativo regolarmente registrato, con "
      "esclusione degli alloggi di categoria catastale A/1, A/8 e A/9; c) indicatore ISEE ordinario o corrente in "
      "corso di validità non superiore ad euro 20.000,00; d) assenza di titolarità, da parte dei componenti del "
      "nucleo, di diritti di proprietà su alloggi adeguati nel territorio regionale."]),
    ("Art. 3 - Entità del contributo",
     ["Il contributo è determinato in misura percentuale del canone annuo, al netto degli oneri accessori, secondo "
      "le fasce ISEE riportate nella tabella seguente, e non può comunque superare l'importo di euro 1.800,00 per "
      "nucleo familiare."]),
]
for title, paras in ARTS:
    P(title, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=2)
    for t in paras:
        P(t)

t = d.add_table(rows=1, cols=2)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.rows[0].cells[0].text = "Fascia ISEE"
t.rows[0].cells[1].text = "Percentuale del canone annuo"
for a, b in [("da euro 0,00 a euro 6.000,00", "30%"), ("da euro 6.000,01 a euro 12.000,00", "22%"),
             ("da euro 12.000,01 a euro 20.000,00", "15%")]:
    row = t.add_row().cells
    row[0].text, row[1].text = a, b
for c in t.rows[0].cells:
    for r in c.paragraphs[0].runs: r.bold = True
P("", after=2)

ARTS2 = [
    ("Art. 4 - Modalità e termini di presentazione delle domande",
     ["La domanda deve essere presentata esclusivamente sul modulo predisposto dall'Ufficio Servizi Sociali, "
      "disponibile presso l'Ufficio stesso e sul sito istituzionale www.comune.malo.vi.it, entro le ore 12:00 del "
      "30/04/2026, con una delle seguenti modalità: consegna a mano all'Ufficio Protocollo; invio a mezzo PEC "
      "all'indirizzo malo.vi@cert.ip-veneto.net. Alla domanda devono essere allegati copia del contratto di "
      "locazione registrato, le ricevute di pagamento del canone e l'attestazione ISEE."]),
    ("Art. 5 - Istruttoria e graduatoria",
     ["L'Ufficio Servizi Sociali provvede all'istruttoria delle domande e alla formazione della graduatoria degli "
      "aventi diritto, ordinata per valore ISEE crescente, che sarà approvata con determinazione del Responsabile "
      "dell'Area e pubblicata all'Albo Pretorio on line, nel rispetto della normativa in materia di protezione dei "
      "dati personali. Qualora le risorse non fossero sufficienti, i contributi saranno ridotti in misura "
      "proporzionale."]),
    ("Art. 6 - Controlli",
     ["L'Amministrazione effettua controlli, anche a campione, sulla veridicità delle dichiarazioni sostitutive ai "
      "sensi dell'art. 71 del D.P.R. 28 dicembre 2000, n. 445, anche avvalendosi della collaborazione della Guardia "
      "di Finanza."]),
    ("Art. 7 - Trattamento dei dati personali e informazioni",
     ["I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679 per le sole finalità connesse al "
      "presente procedimento. Il Responsabile del procedimento è la dott.ssa Giovanna Dal Santo, Ufficio Servizi "
      "Sociali (tel. 0445 585211), a cui è possibile rivolgersi per ogni informazione."]),
]
for title, paras in ARTS2:
    P(title, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=2)
    for t2 in paras:
        P(t2)

P("Malo, 16/03/2026", align=WD_ALIGN_PARAGRAPH.LEFT, after=8)
P("IL RESPONSABILE DELL'AREA SERVIZI ALLA PERSONA", align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
P("dott. Stefano Cortiana", align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
P("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005", align=WD_ALIGN_PARAGRAPH.RIGHT, size=8, italic=True)

d.core_properties.title = "Bando n. 3/2026 - Contributi locazioni"
d.core_properties.author = "Comune di Malo - Servizi Sociali"
d.save(OUT)
