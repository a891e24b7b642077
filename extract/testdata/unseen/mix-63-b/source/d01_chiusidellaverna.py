# Giunta deliberation of Chiusi della Verna (AR): Word document (python-docx), roll in prose
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT

d = Document()
s = d.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21.0)
s.left_margin = s.right_margin = Cm(2.2); s.top_margin = Cm(1.3); s.bottom_margin = Cm(1.5)
st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(3)

def P(text="", bold=False, align=None, size=None, italic=False, after=None, before=None):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if before is not None: p.paragraph_format.space_before = Pt(before)
    return p

# running foot
fp = s.footer.paragraphs[0]
fp.text = "Comune di Chiusi della Verna – Via Roma n. 1 – 52010 Chiusi della Verna (AR) – protocollo@comune.chiusidellaverna.ar.it"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER; fp.runs[0].font.size = Pt(8)

P("COMUNE DI CHIUSI DELLA VERNA", bold=True, align="c", size=16, after=0)
P("Provincia di Arezzo", align="c", size=11, italic=True, after=10)
P("COPIA", bold=True, align="r", size=10, after=6)
P("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", bold=True, align="c", size=13, after=2)
P("n. 38 del 16.4.2026", bold=True, align="c", size=12, after=10)

t = d.add_table(rows=1, cols=2); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
t.autofit = False
t.columns[0].width = Cm(2.6); t.columns[1].width = Cm(14.0)
t.cell(0, 0).width = Cm(2.6); t.cell(0, 1).width = Cm(14.0)
t.cell(0, 0).paragraphs[0].add_run("OGGETTO:").bold = True
t.cell(0, 1).paragraphs[0].add_run(
    "Approvazione del progetto di fattibilità tecnico-economica per la messa in sicurezza della "
    "strada comunale della Beccia – CUP D47H26000120004.").bold = True
P("", after=2)

J = lambda x: P(x, align="j")
J("L'anno duemilaventisei, addì sedici del mese di aprile alle ore 13:00 nella Sala delle adunanze "
  "della Residenza municipale, previa l'osservanza di tutte le formalità prescritte dalla vigente legge, "
  "si è riunita la Giunta Comunale.")
J("Sono presenti i signori: Giampaolo Tellini, Sindaco; Sara Bardelli, Vice Sindaco; Marco Ricciarini, "
  "Assessore; sono assenti i signori: Elena Checcacci, Assessore (assente giustificata).")
J("Partecipa alla seduta, con funzioni consultive, referenti, di assistenza e verbalizzazione, il "
  "Segretario Comunale dott.ssa Lucia Ferrini. Presiede il Sindaco Giampaolo Tellini, il quale, "
  "riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta e invita la Giunta a "
  "deliberare sull'oggetto sopra indicato.")
P("LA GIUNTA COMUNALE", bold=True, align="c", before=6)
for x in [
 "PREMESSO che la strada comunale della Beccia, che collega il capoluogo alla frazione di Corsalone, presenta "
 "in più punti cedimenti della scarpata di valle e lesioni del piano viabile a seguito degli eventi "
 "meteorologici dell'inverno 2025-2026;",
 "VISTO il progetto di fattibilità tecnico-economica redatto dall'Ufficio Tecnico comunale, datato 9 aprile "
 "2026, dell'importo complessivo di € 186.000,00, di cui € 142.500,00 per lavori;",
 "DATO ATTO che l'intervento è finanziato con contributo regionale di cui al decreto dirigenziale n. 6124 "
 "del 27/03/2026 per € 150.000,00 e, per la parte restante, con fondi propri di bilancio;",
 "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
 "D.Lgs. 18 agosto 2000, n. 267;",
 "CON VOTI unanimi e favorevoli resi nelle forme di legge;"]:
    J(x)
P("DELIBERA", bold=True, align="c", before=6)
for i, x in enumerate([
 "di approvare il progetto di fattibilità tecnico-economica per la messa in sicurezza della strada comunale "
 "della Beccia, dell'importo complessivo di € 186.000,00, composto dagli elaborati elencati in premessa;",
 "di dare atto che la spesa trova copertura al capitolo 2810/4 del bilancio di previsione 2026-2028, "
 "annualità 2026;",
 "di nominare Responsabile Unico del Progetto il geom. Andrea Fani, Responsabile dell'Area Tecnica;",
 "di trasmettere il presente atto alla Regione Toscana per gli adempimenti conseguenti."], 1):
    p = J(f"{i}) {x}"); p.paragraph_format.left_indent = Cm(0.8); p.paragraph_format.first_line_indent = Cm(-0.6)
J("Successivamente, con separata votazione unanime, la presente deliberazione viene dichiarata "
  "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
P("Letto, approvato e sottoscritto.", before=8)
t = d.add_table(rows=3, cols=2); t.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, (a, b, cc) in enumerate([("IL SINDACO", "F.to Giampaolo Tellini", ""), ("IL SEGRETARIO COMUNALE", "F.to dott.ssa Lucia Ferrini", "")]):
    t.cell(0, c).paragraphs[0].add_run(a).bold = True
    t.cell(1, c).paragraphs[0].add_run(b)
    for r in range(2): t.cell(r, c).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
P("", after=2)
P("Copia conforme all'originale, in carta libera per uso amministrativo. Chiusi della Verna, 17.4.2026 – "
  "Il Segretario Comunale.", size=9, italic=True)
d.save(sys.argv[1])
