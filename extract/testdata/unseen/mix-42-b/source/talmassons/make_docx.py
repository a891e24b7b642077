#!/usr/bin/env python3
"""Talmassons: the Segreteria's Word template for convocations, filled with
docxtpl (Jinja tags in the .docx). make_template() writes the template with
python-docx (as the office's .dotx would look); render() fills it."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docxtpl import DocxTemplate

def fld(par, instr):
    r = par.add_run(); f = OxmlElement('w:fldSimple'); f.set(qn('w:instr'), instr)
    rr = OxmlElement('w:r'); t = OxmlElement('w:t'); t.text = "1"; rr.append(t); f.append(rr); par._p.append(f)

def make_template(path):
    d = Document()
    st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Calibri')
    s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21)
    s.left_margin = s.right_margin = Cm(2.2); s.top_margin = Cm(1.6); s.bottom_margin = Cm(1.8)
    hp = s.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("COMUNE DI TALMASSONS"); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    hp2 = s.header.add_paragraph(); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp2.add_run("Comun di Talmassons\nRegione Autonoma Friuli Venezia Giulia\nPiazza Roma – 33030 Talmassons (UD) – tel. 0432 000811 – PEC comune.talmassons@certgov.example.it")
    r.font.size = Pt(8.5)
    fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Ufficio Segreteria – Responsabile del procedimento: {{ rup }}   |   pag. "); r.font.size = Pt(8)
    fld(fp, "PAGE")
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    p.add_run("Prot. n. {{ prot }}").font.size = Pt(10)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("{{ luogo_data }}")
    p = d.add_paragraph(); p.paragraph_format.left_indent = Cm(9)
    p.add_run("Ai Signori Consiglieri comunali\nAl Revisore dei conti\nAl Segretario comunale\ne, p.c., alla Stazione dei Carabinieri di Talmassons\nLORO SEDI").font.size = Pt(10.5)
    d.add_paragraph()
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("{{ titolo }}"); r.bold = True; r.font.size = Pt(13)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run("{{ corpo }}")
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("ORDINE DEL GIORNO"); r.bold = True
    t = d.add_table(rows=1, cols=2); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.rows[0].cells[0].text = "N."; t.rows[0].cells[1].text = "Argomento"
    for c in t.rows[0].cells:
        for rr in c.paragraphs[0].runs: rr.bold = True
    row = t.add_row().cells
    row[0].text = "{%tr for p in punti %}"
    row = t.add_row().cells
    row[0].text = "{{ loop.index }}"; row[1].text = "{{ p }}"
    row = t.add_row().cells
    row[0].text = "{%tr endfor %}"
    t.autofit = False
    t.columns[0].width = Cm(1.2); t.columns[1].width = Cm(15.4)
    for r_ in t.rows:
        r_.cells[0].width = Cm(1.2); r_.cells[1].width = Cm(15.4)
    d.add_paragraph()
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run("{{ chiusa }}")
    d.add_paragraph()
    p = d.add_paragraph(); p.paragraph_format.left_indent = Cm(9); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("IL SINDACO\n")
    p.add_run("{{ sindaco }}").bold = True
    p.add_run("\n(documento firmato digitalmente)").font.size = Pt(8)
    d.save(path)

def render(tpl, out):
    doc = DocxTemplate(tpl)
    doc.render({
      "rup": "Chiara Tonizzo",
      "prot": "2451",
      "luogo_data": "Talmassons, 6 marzo 2026",
      "titolo": "AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE",
      "corpo": ("Ai sensi dell’art. 39 del D.Lgs. 18 agosto 2000, n. 267, dello Statuto comunale e del vigente "
                "Regolamento per il funzionamento del Consiglio comunale, le SS.LL. sono invitate a partecipare alla seduta "
                "del Consiglio comunale, in sessione ordinaria, pubblica, di prima convocazione, che si terrà nella sala "
                "consiliare del Municipio il giorno giovedì 12 marzo 2026 alle ore 20:00, ed occorrendo in seconda "
                "convocazione il giorno venerdì 13 marzo 2026 alla stessa ora, per la trattazione del seguente"),
      "punti": [
        "Lettura e approvazione dei verbali della seduta precedente del 18 dicembre 2025.",
        "Comunicazioni del Sindaco.",
        "Approvazione del Documento Unico di Programmazione (DUP) 2026-2028 e del bilancio di previsione finanziario 2026-2028.",
        "Regolamento per l’applicazione dell’imposta municipale propria (IMU) – Modifiche.",
        "Convenzione con il Comune di Castions di Strada per la gestione associata del servizio di polizia locale – Approvazione.",
        "Mozione presentata dal gruppo consiliare “Talmassons Futura” in materia di sicurezza stradale nella frazione di Flambro.",
      ],
      "chiusa": ("La documentazione relativa agli argomenti iscritti all’ordine del giorno è depositata presso l’Ufficio "
                 "Segreteria ed è consultabile dai Consiglieri durante l’orario di apertura al pubblico, a partire dalle "
                 "48 ore precedenti la seduta. La seduta sarà trasmessa in diretta sul canale istituzionale del Comune."),
      "sindaco": "Fabrizio Pitton",
    })
    doc.save(out)

if __name__ == "__main__":
    make_template("modello_convocazione.docx")
    render("modello_convocazione.docx", "convocazione_cc_12_03_2026.docx")
