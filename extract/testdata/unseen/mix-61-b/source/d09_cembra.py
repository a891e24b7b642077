# Comunità della Valle di Cembra (TN): determinazione of the Servizio Socio-Assistenziale.
# python-docx .docx (Word template: letterhead in the header, register line and page x of y as
# fields in the footer, repeated on every page), converted to PDF by LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.3); sec.top_margin = Cm(3.6); sec.bottom_margin = Cm(2.4)
sec.header_distance = Cm(1.0); sec.footer_distance = Cm(1.0)

def field(run, code):
    a = OxmlElement("w:fldChar"); a.set(qn("w:fldCharType"), "begin")
    b = OxmlElement("w:instrText"); b.set(qn("xml:space"), "preserve"); b.text = code
    c = OxmlElement("w:fldChar"); c.set(qn("w:fldCharType"), "end")
    run._r.append(a); run._r.append(b); run._r.append(c)

h = sec.header
p = h.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("COMUNITÀ DELLA VALLE DI CEMBRA"); r.bold = True; r.font.size = Pt(14)
p = h.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Provincia autonoma di Trento – Piazza San Rocco 9 – 38034 Cembra Lisignago (TN)"); r.font.size = Pt(8)
p = h.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("SERVIZIO SOCIO-ASSISTENZIALE"); r.bold = True; r.font.size = Pt(9.5)
r = p.add_run("  ·  Ufficio Politiche Familiari e Giovanili"); r.font.size = Pt(9.5)
pPr = p._p.get_or_add_pPr(); bdr = OxmlElement("w:pBdr"); bt = OxmlElement("w:bottom")
for k, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "4"), ("w:color", "000000")): bt.set(qn(k), v)
bdr.append(bt); pPr.append(bdr)

f = sec.footer
p = f.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Determinazione n. 87 di data 12 maggio 2026 – Registro generale n. 311 – pag. "); r.font.size = Pt(8)
r = p.add_run(); r.font.size = Pt(8); field(r, "PAGE")
r = p.add_run(" di "); r.font.size = Pt(8)
r = p.add_run(); r.font.size = Pt(8); field(r, "NUMPAGES")

def P(text="", bold=False, center=False, size=None, after=6, italic=False, indent=None, spacing=None):
    p = d.add_paragraph(); p.paragraph_format.space_after = Pt(after)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent); p.paragraph_format.first_line_indent = Cm(-0.7)
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if spacing:
        rPr = r._r.get_or_add_rPr(); sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), str(spacing)); rPr.append(sp)
    return p

P("DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", bold=True, center=True, size=12, after=2)
P("N. 87 DI DATA 12 MAGGIO 2026", bold=True, center=True, size=12, after=2)
P("(proposta n. 95 del 08/05/2026)", center=True, size=9, after=14, italic=True)
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY; p.paragraph_format.space_after = Pt(14)
p.paragraph_format.left_indent = Cm(2.2); p.paragraph_format.first_line_indent = Cm(-2.2)
r = p.add_run("OGGETTO:\t"); r.bold = True
r = p.add_run("Concessione dei contributi per la frequenza dei servizi estivi per minori – estate 2026: approvazione della graduatoria e impegno di spesa."); r.bold = True
P("IL RESPONSABILE DEL SERVIZIO", bold=True, center=True, after=8)
for t in [
 "Premesso che con deliberazione del Comitato esecutivo n. 19 di data 3 marzo 2026 sono stati approvati i criteri per la concessione di contributi alle famiglie residenti nella Valle di Cembra per la frequenza, da parte dei figli minori di età compresa tra 3 e 14 anni, di servizi estivi di conciliazione famiglia-lavoro;",
 "dato atto che l'avviso pubblico è rimasto aperto dal 16 marzo al 17 aprile 2026 e che entro il termine sono pervenute 143 domande, di cui 137 ammissibili e 6 escluse per mancanza dei requisiti di residenza o per indicatore ICEF superiore a 0,40;",
 "vista la graduatoria predisposta dall'Ufficio Politiche Familiari e Giovanili sulla base dell'indicatore ICEF e del numero di figli minori, nella quale i richiedenti sono identificati dal solo numero di protocollo della domanda nel rispetto della normativa sulla protezione dei dati personali;",
 "accertato che la spesa complessiva, pari a euro 61.650,00, trova copertura al capitolo 12050.104.0310 \u201cContributi alle famiglie per servizi di conciliazione\u201d del bilancio di previsione 2026-2028, finanziato per euro 50.000,00 con il contributo della Provincia autonoma di Trento di cui alla L.P. 2 marzo 2011, n. 1;",
 "visti il Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con L.R. 3 maggio 2018, n. 2, la L.P. 16 giugno 2006, n. 3, il D.Lgs. 23 giugno 2011, n. 118 e il regolamento di contabilità della Comunità;",
 "visto il decreto del Presidente n. 4 di data 29 dicembre 2025, con il quale è stato conferito al sottoscritto l'incarico di Responsabile del Servizio Socio-Assistenziale;",
]: P(t)
P("d e t e r m i n a", bold=True, center=True, after=8)
pts = [
 "di approvare la graduatoria dei beneficiari dei contributi per la frequenza dei servizi estivi per minori – estate 2026, allegata alla presente quale parte integrante e sostanziale, comprendente 137 domande ammesse;",
 "di escludere le 6 domande indicate nell'elenco allegato B, per le motivazioni ivi riportate, dandone comunicazione agli interessati ai sensi dell'art. 27 bis della L.P. 30 novembre 1992, n. 23;",
 "di impegnare la spesa complessiva di euro 61.650,00 al capitolo 12050.104.0310 del bilancio di previsione 2026-2028, esercizio 2026, che presenta la necessaria disponibilità;",
 "di accertare l'entrata di euro 50.000,00 al capitolo 20101.02.0150 quale contributo della Provincia autonoma di Trento;",
 "di dare atto che avverso il presente provvedimento è ammesso ricorso al Tribunale Regionale di Giustizia Amministrativa di Trento entro 60 giorni o, in alternativa, ricorso straordinario al Presidente della Repubblica entro 120 giorni.",
]
for i, t in enumerate(pts, 1):
    P("%d.\t%s" % (i, t), indent=0.7)
P("", after=10)
P("Cembra Lisignago, 12 maggio 2026", after=18)
for t in ["IL RESPONSABILE DEL SERVIZIO SOCIO-ASSISTENZIALE", "dott.ssa Federica Pojer", "(firmato digitalmente)"]:
    p = P(t, center=False, after=0); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
P("", after=14)
P("VISTO DI REGOLARITÀ CONTABILE", bold=True, center=True, after=4, size=9.5)
P("Si attesta la copertura finanziaria della spesa ai sensi dell'art. 185, comma 9, della L.R. 3 maggio 2018, n. 2. Impegno n. 612/2026. Cembra Lisignago, 12 maggio 2026. Il Responsabile del Servizio Finanziario – dott. Nicola Casagranda.", size=9.5)
d.save(sys.argv[1])
