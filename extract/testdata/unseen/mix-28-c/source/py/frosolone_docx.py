#!/usr/bin/env python3
"""Numbered avviso pubblico of the Comune di Frosolone written as a Word .docx
(python-docx) in the manner of a Proxima template, then converted to PDF by
LibreOffice. Letterhead in the page header, protocol line, title block with
the number, OGGETTO, articles with headings, requirements as a lettered list,
running foot with page field."""
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_height = Cm(29.7); sec.page_width = Cm(21)
sec.left_margin = Cm(2.3); sec.right_margin = Cm(2.0); sec.top_margin = Cm(3.6); sec.bottom_margin = Cm(2.2)
sec.header_distance = Cm(1.0); sec.footer_distance = Cm(1.0)
st = d.styles["Normal"]; st.font.name = "Cambria"; st.font.size = Pt(11.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Cambria")
st.paragraph_format.space_after = Pt(4)

def field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r._r.append(it)
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r._r.append(f2)
    t = OxmlElement("w:t"); t.text = "1"; r._r.append(t)
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r._r.append(f3)

# header: letterhead
h = sec.header
hp = h.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("COMUNE DI FROSOLONE"); r.bold = True; r.font.size = Pt(18); r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
hp2 = h.add_paragraph(); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp2.add_run("Provincia di Isernia"); r.italic = True; r.font.size = Pt(10.5)
hp3 = h.add_paragraph(); hp3.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp3.add_run("Area Amministrativa – Servizi Sociali"); r.bold = True; r.font.size = Pt(10)
pPr = hp3._p.get_or_add_pPr(); bdr = OxmlElement("w:pBdr"); b = OxmlElement("w:bottom")
b.set(qn("w:val"), "single"); b.set(qn("w:sz"), "8"); b.set(qn("w:space"), "4"); b.set(qn("w:color"), "1F3A5F"); bdr.append(b); pPr.append(bdr)

# footer
f = sec.footer
fp = f.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Comune di Frosolone – Corso Garibaldi – 86095 Frosolone (IS) – Avviso pubblico n. 4/2026 – pag. "); r.font.size = Pt(8)
field(fp, "PAGE")
r = fp.add_run(" di "); r.font.size = Pt(8)
field(fp, "NUMPAGES")

def P(text="", bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=None, italic=False, before=0, after=4, indent=None):
    p = d.add_paragraph(); p.alignment = align
    p.paragraph_format.space_before = Pt(before); p.paragraph_format.space_after = Pt(after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent[0]); p.paragraph_format.first_line_indent = Cm(indent[1])
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return p

p = P(); p.alignment = WD_ALIGN_PARAGRAPH.LEFT
r = p.add_run("Prot. n. 1873"); r.font.size = Pt(10)
r = p.add_run("\t\t\t\t\t\t\tFrosolone, 20/03/2026"); r.font.size = Pt(10)

t = d.add_table(rows=1, cols=1); t.alignment = WD_TABLE_ALIGNMENT.CENTER; t.style = "Table Grid"
c = t.rows[0].cells[0]
cp = c.paragraphs[0]; cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = cp.add_run("AVVISO PUBBLICO N. 4/2026"); r.bold = True; r.font.size = Pt(15)
shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:fill"), "DCE6F1"); c._tc.get_or_add_tcPr().append(shd)

p = P(before=10, after=8)
r = p.add_run("OGGETTO: "); r.bold = True
r = p.add_run("Concessione di contributi economici a sostegno del pagamento dei canoni di locazione – Annualità 2025. Apertura dei termini per la presentazione delle domande."); r.bold = True

P("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=4, after=6)
P("In esecuzione della deliberazione della Giunta Comunale n. 27 del 12/03/2026 e della propria determinazione n. 58 del 18/03/2026, con la quale è stato approvato lo schema del presente avviso;")
P("Visti l'art. 11 della Legge 9 dicembre 1998, n. 431, e la deliberazione della Giunta Regionale del Molise di riparto del Fondo per il sostegno all'accesso alle abitazioni in locazione per l'annualità 2025;")
P("RENDE NOTO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=4, after=6)
P("che dal 20/03/2026 al 20/04/2026 i cittadini in possesso dei requisiti di seguito indicati possono presentare domanda per l'assegnazione di contributi economici ad integrazione dei canoni di locazione corrisposti nell'anno 2025.")

def art(n, title, paras):
    P(f"Art. {n} – {title}", bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, before=6, after=3)
    for x in paras:
        if isinstance(x, tuple):
            P(f"{x[0]})\t{x[1]}", indent=(1.0, -0.6), after=2)
        else:
            P(x)

art(1, "Requisiti di ammissione", [
    "Possono presentare domanda i nuclei familiari che, alla data di pubblicazione del presente avviso, sono in possesso dei seguenti requisiti:",
    ("a", "residenza anagrafica nel Comune di Frosolone e nell'alloggio oggetto del contratto di locazione;"),
    ("b", "titolarità di un contratto di locazione ad uso abitativo regolarmente registrato, relativo ad alloggio non appartenente alle categorie catastali A/1, A/8 e A/9;"),
    ("c", "valore ISEE ordinario o corrente del nucleo familiare non superiore a € 16.500,00;"),
    ("d", "incidenza del canone annuo, al netto degli oneri accessori, sul valore ISE non inferiore al 24%;"),
    ("e", "assenza di titolarità, da parte di tutti i componenti del nucleo, di diritti di proprietà, usufrutto, uso o abitazione su altro alloggio adeguato alle esigenze del nucleo nell'ambito della Regione Molise."),
])
art(2, "Entità del contributo", [
    "Il contributo è determinato in misura pari alla differenza tra il canone annuo effettivamente corrisposto e il 24% del valore ISE, fino ad un massimo di € 2.300,00 per nucleo familiare, ed è ridotto proporzionalmente qualora le risorse assegnate dalla Regione non siano sufficienti a soddisfare tutte le domande ammesse.",
])
art(3, "Modalità e termini di presentazione delle domande", [
    "La domanda, redatta esclusivamente sul modello allegato al presente avviso e disponibile presso l'Ufficio Servizi Sociali e sul sito istituzionale dell'Ente, deve essere presentata entro le ore 12:00 del 20/04/2026 con una delle seguenti modalità: consegna a mano all'Ufficio Protocollo; invio tramite posta elettronica certificata all'indirizzo istituzionale del Comune; raccomandata con avviso di ricevimento (non fa fede il timbro postale).",
    "Alla domanda devono essere allegati: copia del documento di identità del richiedente, copia del contratto di locazione registrato, attestazione ISEE in corso di validità e copia delle ricevute di pagamento dei canoni relativi all'anno 2025.",
])
art(4, "Istruttoria e graduatoria", [
    "L'Ufficio Servizi Sociali procede all'istruttoria delle domande e alla formazione dell'elenco degli aventi diritto, che sarà pubblicato all'Albo Pretorio on line per quindici giorni consecutivi. Entro tale termine gli interessati possono presentare opposizione motivata.",
])
art(5, "Trattamento dei dati personali", [
    "I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità connesse al presente procedimento. Titolare del trattamento è il Comune di Frosolone.",
])
art(6, "Responsabile del procedimento", [
    "Responsabile del procedimento è la dott.ssa Angela Fazioli, assistente sociale, presso la quale è possibile ottenere informazioni nei giorni di martedì e giovedì dalle ore 9:00 alle ore 12:30.",
])
P("", after=8)
t2 = d.add_table(rows=1, cols=2)
a, b = t2.rows[0].cells
ap = a.paragraphs[0]; ap.add_run("")
bp = b.paragraphs[0]; bp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = bp.add_run("IL RESPONSABILE DELL'AREA AMMINISTRATIVA\n"); r.bold = True; r.font.size = Pt(10.5)
r = bp.add_run("Dott. Nicola Iacovone\n"); r.font.size = Pt(11)
r = bp.add_run("Firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005"); r.italic = True; r.font.size = Pt(8)
d.core_properties.title = "Avviso pubblico n. 4/2026 - Contributi locazione"
d.core_properties.author = "Proxima - Ufficio Servizi Sociali"
d.save(out)
