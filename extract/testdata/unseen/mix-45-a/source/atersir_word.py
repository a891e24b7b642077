# ATERSIR - unnumbered avviso on the Agency's Word letter template (Carlito/Calibri,
# logo block in the header, address footer), exported by LibreOffice from .docx.
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

doc = Document()
s = doc.sections[0]
s.page_width, s.page_height = Cm(21), Cm(29.7)
s.left_margin = s.right_margin = Cm(2.5); s.top_margin = Cm(3.2); s.bottom_margin = Cm(2.4)
s.header_distance = Cm(1.0)
st = doc.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Carlito")
st.paragraph_format.space_after = Pt(6); st.paragraph_format.line_spacing = 1.1
BLUE = RGBColor(0x00, 0x5A, 0x9C)
hp = s.header.paragraphs[0]
r = hp.add_run("ATERSIR"); r.bold = True; r.font.size = Pt(20); r.font.color.rgb = BLUE
hp2 = s.header.add_paragraph()
r = hp2.add_run("Agenzia territoriale dell'Emilia-Romagna per i servizi idrici e rifiuti")
r.font.size = Pt(9.5); r.font.color.rgb = BLUE
fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Via Cairoli 8/F – 40121 Bologna – tel. 051 6373411 – C.F. 91342750378 – "
               "dgatersir@pec.atersir.emr.it – www.atersir.it"); r.font.size = Pt(8)

def p(t="", b=False, a=None, size=None, after=None, i=False):
    x = doc.add_paragraph(); rr = x.add_run(t); rr.bold = b; rr.italic = i
    if size: rr.font.size = Pt(size)
    if a == "c": x.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif a == "r": x.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else: x.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if after is not None: x.paragraph_format.space_after = Pt(after)
    return x
p("Bologna, 16 marzo 2026", a="r", after=0)
p("Prot. PG.AT/2026/0001873", a="r", size=9.5)
p()
TITLE = ("AVVISO DI DEPOSITO DELLA PROPOSTA DI AGGIORNAMENTO DEL PIANO D'AMBITO DEL SERVIZIO "
         "IDRICO INTEGRATO PER IL BACINO TERRITORIALE DI FERRARA E DI AVVIO DELLA CONSULTAZIONE "
         "PUBBLICA")
p(TITLE, b=True, a="c", size=12)
p()
p("Si rende noto che il Consiglio d'Ambito di ATERSIR, con deliberazione n. 14 del 9 marzo 2026, "
  "ha adottato la proposta di aggiornamento del Piano d'Ambito del servizio idrico integrato per "
  "il bacino territoriale di Ferrara, relativa al periodo regolatorio 2026-2029, comprensiva del "
  "programma degli interventi, del piano economico-finanziario e della relazione di "
  "accompagnamento, ai sensi dell'art. 149 del D.Lgs. 3 aprile 2006, n. 152 e dell'art. 13 della "
  "L.R. 23 dicembre 2011, n. 23.")
p("La documentazione è depositata presso la sede dell'Agenzia, in Bologna, via Cairoli 8/F, ed è "
  "consultabile sul sito istituzionale www.atersir.it, sezione \"Servizio idrico – Pianificazione\", "
  "nonché presso le sedi dei Comuni del bacino territoriale, ai quali il presente avviso è "
  "trasmesso per la pubblicazione ai rispettivi Albi pretori on line.")
p("Chiunque vi abbia interesse può presentare osservazioni scritte entro 45 (quarantacinque) giorni "
  "dalla data di pubblicazione del presente avviso nel Bollettino Ufficiale della Regione "
  "Emilia-Romagna, con una delle seguenti modalità:")
for t in ["posta elettronica certificata all'indirizzo dgatersir@pec.atersir.emr.it, indicando "
          "nell'oggetto \"Osservazioni Piano d'Ambito SII Ferrara\";",
          "consegna a mano all'Ufficio protocollo dell'Agenzia, nei giorni feriali dalle ore 9:00 "
          "alle ore 13:00."]:
    x = doc.add_paragraph(t, style="List Bullet"); x.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p("Il responsabile del procedimento è l'Ing. Chiara Bassi, Area Servizio Idrico Integrato "
  "(tel. 051 6373452).")
p()
p("Il Direttore", a="c", after=0)
p("Ing. Davide Mazzoni", b=True, a="c", after=0)
p("(documento firmato digitalmente)", a="c", size=8.5, i=True)
doc.save("atersir.docx")
