# Comune di Novellara - Consiglio deliberation, imitating a SoftMaker TextMaker template.
# Built as .docx with python-docx, converted to PDF by LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2)
sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.5)
st = d.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Carlito")
st.paragraph_format.space_after = Pt(3)

def p(text="", bold=False, size=None, align=None, italic=False, after=None, before=None):
    para = d.add_paragraph()
    if text:
        r = para.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == "c": para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else: para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if after is not None: para.paragraph_format.space_after = Pt(after)
    if before is not None: para.paragraph_format.space_before = Pt(before)
    return para

def field(par, code):
    r = par.add_run(); f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r = par.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code; r._r.append(it)
    r = par.add_run(); f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end"); r._r.append(f2)

def rule(par):
    pPr = par._p.get_or_add_pPr(); b = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        e = OxmlElement("w:" + side); e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "8"); e.set(qn("w:space"), "4"); e.set(qn("w:color"), "000000"); b.append(e)
    pPr.append(b)

# header / footer
hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp.add_run("Delib. C.C. n. 21/2026 – pag. "); r.font.size = Pt(8); field(hp, "PAGE")
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Comune di Novellara – Piazzale Marconi, 1 – 42017 Novellara (RE) – tel. 0522 655400 – PEC: novellara@cert.provincia.re.it\nAtto sottoscritto con firma digitale ai sensi del D.Lgs. 82/2005; l’originale informatico è conservato negli archivi dell’Ente.")
r.font.size = Pt(7); r.italic = True

p("COMUNE DI NOVELLARA", bold=True, size=18, align="c", after=0)
p("Provincia di Reggio Emilia", size=10, align="c", after=8)
p("COPIA", bold=True, size=9, align="r", after=2)
p("DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 21 DEL 15/04/2026", bold=True, size=12.5, align="c", after=2)
p("Adunanza ordinaria di prima convocazione – Seduta pubblica", italic=True, align="c", after=6)
t = p("RENDICONTO DELLA GESTIONE PER L’ESERCIZIO FINANZIARIO 2025 – APPROVAZIONE AI SENSI DELL’ART. 227 DEL D.LGS. 267/2000", bold=True, size=11.5, align="c", after=8, before=4)
rule(t)
p("L’anno duemilaventisei, il giorno quindici del mese di aprile, alle ore 20:45, nella Sala Consiliare della Rocca dei Gonzaga, a seguito di convocazione disposta con avviso prot. n. 7734 del 08/04/2026, regolarmente notificato ai Consiglieri, si è riunito il Consiglio Comunale. All’appello nominale risultano:")

roll = [("CARLETTI STEFANO", "Sindaco", "P"), ("BONINI MARTA", "Consigliere", "P"), ("ZANICHELLI LUCA", "Consigliere", "P"),
        ("FONTANESI GIORGIA", "Consigliere", "P"), ("MAGNANI ROBERTO", "Consigliere", "A"), ("FERRETTI ILARIA", "Consigliere", "P"),
        ("CASOLI DAVIDE", "Consigliere", "P"), ("SASSI ANNALISA", "Consigliere", "P"), ("VEZZANI MATTEO", "Consigliere", "P"),
        ("BARTOLI CHIARA", "Consigliere", "P"), ("FORNACIARI ENRICO", "Consigliere", "P"), ("LUSUARDI PAOLA", "Consigliere", "A"),
        ("TIRELLI NICOLA", "Consigliere", "P"), ("MONTANARI SERENA", "Consigliere", "P"), ("GRASSELLI FABIO", "Consigliere", "P"),
        ("RIGHI ELISA", "Consigliere", "P"), ("BERTOLINI ALESSIO", "Consigliere", "A")]
left, right = roll[:9], roll[9:]
tb = d.add_table(rows=10, cols=8); tb.style = "Table Grid"; tb.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [0.8, 4.3, 2.2, 1.1] * 2
hdr = ["N.", "Componente", "Carica", "P/A"] * 2
for i, h in enumerate(hdr):
    c = tb.cell(0, i); c.text = ""; r = c.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(9)
for k in range(9):
    for side, lst, off in ((0, left, 0), (4, right, 9)):
        if k < len(lst):
            n, ro, pa = lst[k]
            vals = [str(k + 1 + off), n, ro, pa]
        else:
            vals = ["", "", "", ""]
        for j, v in enumerate(vals):
            c = tb.cell(k + 1, side + j); c.text = ""; r = c.paragraphs[0].add_run(v); r.font.size = Pt(9)
            if j in (0, 3): c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
tb.autofit = False
tblPr = tb._tbl.tblPr; mar = OxmlElement('w:tblCellMar')
for side in ('left','right'):
    e = OxmlElement('w:'+side); e.set(qn('w:w'), '40'); e.set(qn('w:type'), 'dxa'); mar.append(e)
tblPr.append(mar)
for i, col in enumerate(tb.columns): col.width = Cm(widths[i])
for row in tb.rows:
    for i, c in enumerate(row.cells): c.width = Cm(widths[i])
p("Presenti n. 14 – Assenti n. 3 (Magnani, Lusuardi, Bertolini)", italic=True, align="r", before=3)
p("Assume la presidenza il Sindaco Stefano Carletti. Partecipa alla seduta, con funzioni consultive, referenti e di assistenza e ne cura la verbalizzazione, il Vice Segretario Comunale Dott. Gianluca Ferrari. Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta e nomina scrutatori i Consiglieri Sassi, Vezzani e Grasselli.")
p("Sono presenti, senza diritto di voto, gli Assessori esterni Corradini Patrizia e Mussini Loris.")
p("IL CONSIGLIO COMUNALE", bold=True, align="c", before=4)
for t in [
 "Premesso che l’art. 227 del D.Lgs. 18 agosto 2000, n. 267 dispone che la dimostrazione dei risultati di gestione avviene mediante il rendiconto, il quale comprende il conto del bilancio, il conto economico e lo stato patrimoniale, e che lo stesso è deliberato dall’organo consiliare entro il 30 aprile dell’anno successivo;",
 "Richiamata la deliberazione della Giunta Comunale n. 46 del 26/03/2026, con la quale è stato approvato lo schema di rendiconto per l’esercizio 2025 e la relazione illustrativa sulla gestione di cui all’art. 151, comma 6, del D.Lgs. 267/2000;",
 "Richiamata altresì la deliberazione della Giunta Comunale n. 39 del 12/03/2026 di riaccertamento ordinario dei residui attivi e passivi al 31/12/2025;",
 "Vista la relazione dell’Organo di revisione economico-finanziaria, acquisita al protocollo n. 7415 del 03/04/2026, con la quale si esprime parere favorevole all’approvazione del rendiconto;",
 "Dato atto che il rendiconto chiude con un risultato di amministrazione di € 3.418.927,46, di cui parte accantonata € 1.962.104,18, parte vincolata € 612.330,95, parte destinata agli investimenti € 148.000,00 e parte disponibile € 696.492,33;",
 "Udita l’illustrazione dell’Assessore al Bilancio e gli interventi dei Consiglieri, integralmente registrati e conservati agli atti ai sensi del vigente Regolamento del Consiglio Comunale;",
 "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi dal Responsabile del Settore Finanziario ai sensi dell’art. 49 del D.Lgs. 267/2000;",
 "Con la seguente votazione, espressa in forma palese per alzata di mano e proclamata dal Presidente:"]:
    p(t)
vt = d.add_table(rows=2, cols=5); vt.style = "Table Grid"; vt.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, (h, v) in enumerate([("Presenti", "14"), ("Votanti", "13"), ("Favorevoli", "10"), ("Contrari", "3"), ("Astenuti", "1")]):
    a = vt.cell(0, i); a.text = ""; r = a.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(9.5); a.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    b = vt.cell(1, i); b.text = ""; r = b.paragraphs[0].add_run(v); r.font.size = Pt(9.5); b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
p("(contrari i Consiglieri Tirelli, Montanari e Righi; astenuto il Consigliere Grasselli)", italic=True, align="c", size=9)
p("DELIBERA", bold=True, align="c", before=4)
for letter, t in zip("abcd", [
 "di approvare il Rendiconto della gestione per l’esercizio finanziario 2025, composto dal conto del bilancio, dal conto economico e dallo stato patrimoniale, corredato degli allegati previsti dall’art. 11, comma 4, del D.Lgs. 118/2011, depositati agli atti del Settore Finanziario;",
 "di approvare il risultato di amministrazione al 31/12/2025 nell’importo di € 3.418.927,46, con la composizione indicata in premessa;",
 "di dare atto che l’Ente non si trova in condizioni strutturalmente deficitarie secondo i parametri di cui al D.M. 4 agosto 2023 e che non sussistono debiti fuori bilancio da riconoscere;",
 "di disporre la trasmissione dei dati del rendiconto alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro trenta giorni dall’approvazione."]):
    para = p(); r = para.add_run(letter + ") "); r.bold = True; para.add_run(t)
    para.paragraph_format.left_indent = Cm(0.6); para.paragraph_format.first_line_indent = Cm(-0.6)
p("Successivamente, con separata votazione palese dal seguente esito: presenti 14, votanti 13, favorevoli 10, contrari 3, astenuti 1, il Consiglio Comunale dichiara il presente atto immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000, stante l’imminente scadenza del termine di legge.")
p("Letto, approvato e sottoscritto.", before=8)
sg = d.add_table(rows=3, cols=2); sg.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, (a, b) in enumerate([("IL SINDACO – PRESIDENTE", "IL VICE SEGRETARIO COMUNALE"), ("Stefano Carletti", "Dott. Gianluca Ferrari"), ("(firmato digitalmente)", "(firmato digitalmente)")]):
    for j, v in enumerate((a, b)):
        c = sg.cell(i, j); c.text = ""; r = c.paragraphs[0].add_run(v); r.bold = (i == 0); r.font.size = Pt(10); c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
d.save(sys.argv[1])
