# Unione Montana Alta Val Tanaro - Giunta dell'Unione: python-docx (header and footer repeated on every page),
# converted by LibreOffice Writer. The subject is printed twice: in the heading box and in the body.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
d = Document()
st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
sec = d.sections[0]; sec.page_height = Cm(29.7); sec.page_width = Cm(21)
sec.left_margin = sec.right_margin = Cm(2.3); sec.top_margin = Cm(1.6); sec.bottom_margin = Cm(1.8)
def par(cont, text="", bold=False, size=None, align=None, italic=False, after=4):
    p = cont.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    p.paragraph_format.space_after = Pt(after); return p
h = sec.header
h.paragraphs[0].text = ""
r = h.paragraphs[0].add_run("UNIONE MONTANA ALTA VAL TANARO"); r.bold = True; r.font.size = Pt(15); h.paragraphs[0].alignment = AL.CENTER
par(h, "Provincia di Cuneo – Comuni di Alto, Bagnasco, Caprauna, Garessio, Nucetto, Ormea, Perlo, Priola", size=8.5, align=AL.CENTER, italic=True, after=2)
def border(p):
    pPr = p._p.get_or_add_pPr(); b = OxmlElement("w:pBdr"); e = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", "8"), ("space", "1"), ("color", "000000")): e.set(qn("w:" + k), v)
    b.append(e); pPr.append(b)
border(h.paragraphs[-1])
f = sec.footer
fp = f.paragraphs[0]; fp.alignment = AL.CENTER
rr = fp.add_run("Deliberazione della Giunta dell'Unione n. 22 del 21/04/2026 – pagina "); rr.font.size = Pt(8)
def field(p, code):
    r = p.add_run(); r.font.size = Pt(8)
    a = OxmlElement("w:fldChar"); a.set(qn("w:fldCharType"), "begin"); r._r.append(a)
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = code; r._r.append(t)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "end"); r._r.append(b)
field(fp, "PAGE")
par(d, "VERBALE DI DELIBERAZIONE DELLA GIUNTA DELL'UNIONE", bold=True, size=13, align=AL.CENTER, after=2)
par(d, "N. 22 del 21/04/2026", bold=True, size=12, align=AL.CENTER, after=10)
t = d.add_table(rows=1, cols=1); t.style = "Table Grid"
c = t.rows[0].cells[0]; c.paragraphs[0].text = ""
r = c.paragraphs[0].add_run("OGGETTO: "); r.bold = True
r = c.paragraphs[0].add_run("ADESIONE AL BANDO REGIONALE PER IL SOSTEGNO DEI SERVIZI DI TRASPORTO A CHIAMATA NELLE AREE MONTANE – APPROVAZIONE DEL PROGETTO \"TANARO BUS 2026\" E DELLA QUOTA DI COFINANZIAMENTO."); r.bold = True
par(d, "", after=4)
par(d, "L'anno duemilaventisei, addì ventuno del mese di aprile, alle ore diciotto e trenta, nella sala delle adunanze della sede dell'Unione, convocata nei modi di legge, si è riunita la Giunta dell'Unione nelle persone dei signori:", align=AL.JUSTIFY)
roll = [("FERRARI Luca", "Presidente", "Sì"), ("BRUNO Annalisa", "Vicepresidente", "Sì"), ("GIACCHELLO Piero", "Assessore", "Sì"), ("ODDO Marina", "Assessore", "No"), ("CANAVESE Sergio", "Assessore", "Sì")]
t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
for i, s in enumerate(("Cognome e nome", "Carica", "Presente")):
    t.rows[0].cells[i].paragraphs[0].add_run(s).bold = True
for row in roll:
    cs = t.add_row().cells
    for i, s in enumerate(row): cs[i].text = s
for row in t.rows:
    row.cells[0].width = Cm(7); row.cells[1].width = Cm(5.5); row.cells[2].width = Cm(3.5)
par(d, "Totale presenti: 4 – Totale assenti: 1", italic=True, size=10, after=6)
par(d, "Partecipa alla seduta il Segretario dell'Unione dott. Gianfranco Ravera, il quale provvede alla redazione del presente verbale. Essendo legale il numero degli intervenuti, il sig. Luca Ferrari, nella sua qualità di Presidente, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.", align=AL.JUSTIFY)
par(d, "LA GIUNTA DELL'UNIONE", bold=True, align=AL.CENTER)
par(d, "Vista la proposta di deliberazione avente ad oggetto: «Adesione al bando regionale per il sostegno dei servizi di trasporto a chiamata nelle aree montane – approvazione del progetto \"Tanaro Bus 2026\" e della quota di cofinanziamento», predisposta dal Responsabile del Servizio Trasporti e Mobilità;", align=AL.JUSTIFY)
for s in ["Premesso che la Regione Piemonte, con determinazione dirigenziale del Settore Trasporti, ha approvato un bando per il sostegno di servizi sperimentali di trasporto a chiamata nei territori montani a domanda debole;",
          "Considerato che i Comuni dell'Unione, per la dispersione degli abitati e la limitata frequenza delle corse di linea, presentano un fabbisogno di collegamento con i servizi sanitari di Ceva e Mondovì e con la stazione ferroviaria di Garessio;",
          "Visto il progetto \"Tanaro Bus 2026\", che prevede un servizio a prenotazione con due veicoli da nove posti per diciotto mesi, per un costo complessivo di euro 214.600,00, di cui euro 171.680,00 a carico del contributo regionale ed euro 42.920,00 a carico dell'Unione;",
          "Visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
          "Con voti unanimi e favorevoli espressi nelle forme di legge,"]:
    par(d, s, align=AL.JUSTIFY)
par(d, "D E L I B E R A", bold=True, align=AL.CENTER)
for i, s in enumerate(["di aderire al bando regionale per il sostegno dei servizi di trasporto a chiamata nelle aree montane;",
          "di approvare il progetto \"Tanaro Bus 2026\" nell'importo complessivo di euro 214.600,00;",
          "di impegnarsi a cofinanziare il progetto con la quota di euro 42.920,00, che sarà stanziata nel bilancio di previsione 2026/2028 dell'Unione;",
          "di incaricare il Responsabile del Servizio Trasporti e Mobilità, geom. Davide Michelis, della presentazione della domanda e degli adempimenti conseguenti."], 1):
    p = par(d, "%d) %s" % (i, s), align=AL.JUSTIFY); p.paragraph_format.left_indent = Cm(0.8); p.paragraph_format.first_line_indent = Cm(-0.8)
par(d, "Successivamente, con separata votazione unanime, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante la scadenza del bando fissata al 30 aprile 2026.", align=AL.JUSTIFY, after=14)
t = d.add_table(rows=3, cols=2)
for i, (a, b) in enumerate((("IL PRESIDENTE", "IL SEGRETARIO DELL'UNIONE"), ("Luca Ferrari", "dott. Gianfranco Ravera"), ("(firmato digitalmente)", "(firmato digitalmente)"))):
    for j, s in enumerate((a, b)):
        c = t.rows[i].cells[j]; c.paragraphs[0].alignment = AL.CENTER; r = c.paragraphs[0].add_run(s); r.bold = (i == 0)
d.core_properties.author = "Unione Montana Alta Val Tanaro"; d.core_properties.title = "Delibera GU 22/2026"
d.save(sys.argv[1])
