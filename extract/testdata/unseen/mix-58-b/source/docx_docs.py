# python-docx sources, converted by LibreOffice: Consiglio Cercola (Advanced Systems-like), determinazione Nocera Superiore (DocuSign envelope)
import sys, os
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
OUT = sys.argv[1]
J, C, R, Lf = WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.LEFT

def base(font, size):
    d = Document()
    st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    st.paragraph_format.space_after = Pt(3); st.paragraph_format.space_before = Pt(0)
    s = d.sections[0]; s.page_height = Mm(297); s.page_width = Mm(210)
    return d

def para(d, text='', align=J, bold=False, size=None, italic=False, space=3, cont=None):
    p = cont.add_paragraph() if cont is not None else d.add_paragraph()
    p.alignment = align; p.paragraph_format.space_after = Pt(space)
    if text:
        for i, chunk in enumerate(text.split('**')):
            if not chunk: continue
            r = p.add_run(chunk); r.bold = bold or (i % 2 == 1); r.italic = italic
            if size: r.font.size = Pt(size)
    return p

def borders(table, sz=4):
    tbl = table._tbl; tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e); el.set(qn('w:val'), 'single'); el.set(qn('w:sz'), str(sz)); el.set(qn('w:color'), '000000'); b.append(el)
    tblPr.append(b)

def fixw(table, widths):
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement('w:tblLayout'); lay.set(qn('w:type'), 'fixed'); tblPr.append(lay)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), widths): gc.set(qn('w:w'), str(int(w.twips if hasattr(w,'twips') else w)))
    for row in table.rows:
        for c, w in zip(row.cells, widths): c.width = w

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement('w:shd')
    sh.set(qn('w:val'), 'clear'); sh.set(qn('w:color'), 'auto'); sh.set(qn('w:fill'), fill); tcPr.append(sh)

def page_field(p, instr):
    r = p.add_run(); f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin'); r._r.append(f1)
    r2 = p.add_run(); it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr; r2._r.append(it)
    r3 = p.add_run(); f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end'); r3._r.append(f2)

# ------------------------------------------------------------------ Cercola
def cercola():
    d = base('Times New Roman', 11.5)
    s = d.sections[0]; s.left_margin = Mm(22); s.right_margin = Mm(20); s.top_margin = Mm(15); s.bottom_margin = Mm(18)
    ft = s.footer.paragraphs[0]; ft.alignment = C
    r = ft.add_run('Deliberazione di C.C. n. 9 del 27/02/2026 – pag. '); r.font.size = Pt(8)
    page_field(ft, 'PAGE')
    para(d, '[stemma]', C, size=7, italic=True, space=0)
    para(d, 'COMUNE DI CERCOLA', C, bold=True, size=17, space=0)
    para(d, 'Città Metropolitana di Napoli', C, size=10.5, italic=True, space=8)
    para(d, 'COPIA DI DELIBERAZIONE DEL CONSIGLIO COMUNALE', C, bold=True, size=13, space=6)
    t = d.add_table(rows=2, cols=4); borders(t, 6); t.alignment = WD_TABLE_ALIGNMENT.CENTER; fixw(t, [Mm(25), Mm(65), Mm(20), Mm(58)])
    vals = [('Numero', '9', 'Data', '27/02/2026'), ('Seduta', 'Ordinaria – prima convocazione', 'Ora', '10:00')]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            c = t.cell(i, j); c.text = ''; pp = c.paragraphs[0]; rr = pp.add_run(v); rr.font.size = Pt(10)
            if j % 2 == 0: rr.bold = True; shade(c, 'D9D9D9')
    para(d, '', space=4)
    p = para(d, '', Lf, space=10)
    r = p.add_run('OGGETTO: '); r.bold = True
    r = p.add_run('Approvazione del Regolamento comunale per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria – Modifiche.'); r.bold = True
    para(d, "L'anno **duemilaventisei**, il giorno **ventisette** del mese di **febbraio**, alle ore **10:00**, nella sala delle adunanze consiliari della Casa Comunale, si è riunito il Consiglio Comunale, convocato con avviso prot. n. 3088 del 20/02/2026 notificato a norma di legge, in sessione ordinaria ed in seduta pubblica di prima convocazione.")
    para(d, 'Al momento della trattazione del presente argomento risultano presenti ed assenti i seguenti componenti:', space=4)
    left = [('1', 'ESPOSITO GIORGIO', 'Sindaco', 'P'), ('2', 'RUSSO ANNALISA', 'Presidente', 'P'), ('3', 'DE LUCA FRANCESCO', 'Consigliere', 'P'),
            ('4', 'IZZO CARMELA', 'Consigliere', 'P'), ('5', 'PERNA SALVATORE', 'Consigliere', 'A'), ('6', 'CAPASSO MARIA ROSARIA', 'Consigliere', 'P'),
            ('7', 'SERRAO VINCENZO', 'Consigliere', 'P')]
    right = [('8', 'AMBROSIO LUIGI', 'Consigliere', 'P'), ('9', 'NAPOLITANO TERESA', 'Consigliere', 'P'), ('10', "D'ALESSIO GENNARO", 'Consigliere', 'A'),
             ('11', 'FUSCO ANTONIO', 'Consigliere', 'P'), ('12', 'LAEZZA ROBERTA', 'Consigliere', 'P'), ('13', 'MAIONE CIRO', 'Consigliere', 'P'), ('', '', '', '')]
    t = d.add_table(rows=8, cols=8); borders(t, 4)
    hdr = ['N.', 'Cognome e Nome', 'Carica', 'P/A'] * 2
    for j, h in enumerate(hdr):
        c = t.cell(0, j); c.text = ''; rr = c.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(9); shade(c, 'EDEDED')
    for i in range(7):
        for j, v in enumerate(left[i] + right[i]):
            c = t.cell(i + 1, j); c.text = ''; rr = c.paragraphs[0].add_run(v); rr.font.size = Pt(9)
    fixw(t, [Mm(7), Mm(46), Mm(22), Mm(9)] * 2)
    para(d, 'Presenti n. 11 – Assenti n. 2', R, bold=True, size=10, space=6)
    para(d, "Presiede la seduta il Presidente del Consiglio **Avv. Annalisa Russo**. Partecipa con funzioni consultive, referenti e di assistenza e ne cura la verbalizzazione il Segretario Generale **Dott. Raffaele Cuomo**.")
    para(d, 'Il Presidente, riconosciuta la validità del numero legale, dichiara aperta la discussione sull\'argomento indicato in oggetto, iscritto al punto 3 dell\'ordine del giorno.')
    para(d, 'IL CONSIGLIO COMUNALE', C, bold=True, space=6)
    for t_ in [
        "Vista la proposta di deliberazione n. 12 del 10/02/2026 del Settore Economico-Finanziario, corredata dei pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
        "Richiamata la propria deliberazione n. 14 del 29/04/2021, con la quale è stato approvato il Regolamento per l'applicazione del canone patrimoniale di cui all'art. 1, commi 816 e seguenti, della Legge 27 dicembre 2019, n. 160;",
        "Ritenuto di dover aggiornare gli articoli 18, 24 e 31 del Regolamento, al fine di disciplinare le occupazioni per dehors stagionali e le riduzioni per le attività commerciali interessate da cantieri pubblici;",
        "Acquisito il parere favorevole del Revisore dei Conti, verbale n. 5 del 16/02/2026;",
        "Uditi gli interventi dei Consiglieri, riportati nel resoconto integrale della seduta;",
        "Con votazione espressa per alzata di mano, che dà il seguente risultato: presenti n. 11, votanti n. 11, voti favorevoli n. 8, voti contrari n. 3 (Fusco, Laezza, Maione), astenuti n. 0;"]:
        para(d, t_)
    para(d, 'DELIBERA', C, bold=True, space=6)
    for i, t_ in enumerate([
        "di approvare le modifiche agli articoli 18, 24 e 31 del Regolamento comunale per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, nel testo allegato sub A) al presente atto;",
        "di dare atto che le modifiche entrano in vigore dal 1° gennaio 2026, ai sensi dell'art. 53, comma 16, della Legge 23 dicembre 2000, n. 388;",
        "di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze mediante inserimento nel Portale del federalismo fiscale."], 1):
        para(d, f'{i}. {t_}')
    para(d, "Successivamente, il Consiglio Comunale, con separata votazione dal medesimo esito (presenti n. 11, favorevoli n. 8, contrari n. 3), dichiara il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
    para(d, 'Del che è verbale, letto, confermato e sottoscritto.', space=10)
    t = d.add_table(rows=1, cols=2)
    for j, v in enumerate(['IL PRESIDENTE DEL CONSIGLIO\nF.to Avv. Annalisa Russo', 'IL SEGRETARIO GENERALE\nF.to Dott. Raffaele Cuomo']):
        c = t.cell(0, j); c.text = ''; pp = c.paragraphs[0]; pp.alignment = C; pp.add_run(v)
    para(d, '', space=10)
    para(d, 'ATTESTATO DI PUBBLICAZIONE', C, bold=True, size=10, space=2)
    para(d, "Si attesta che copia della presente deliberazione è stata pubblicata all'Albo Pretorio on line in data 04/03/2026 e vi rimarrà per quindici giorni consecutivi (art. 124 D.Lgs. 267/2000). Reg. n. 377. Il Messo Comunale F.to Gennaro Sannino.", size=9.5)
    d.core_properties.title = 'Deliberazione di Consiglio Comunale n. 9 del 27/02/2026'
    d.save(os.path.join(OUT, 'deliberazione-cercola-advancedsystems.docx'))

# ------------------------------------------------------------------ Nocera Superiore (DocuSign envelope)
def nocera():
    d = base('Arial', 10.5)
    s = d.sections[0]; s.left_margin = Mm(20); s.right_margin = Mm(20); s.top_margin = Mm(18); s.bottom_margin = Mm(18); s.header_distance = Mm(6)
    hp = s.header.paragraphs[0]; hp.alignment = Lf
    r = hp.add_run('Docusign Envelope ID: 4F8A2C1E-7B3D-4E92-A6C1-9D05E7B2F318'); r.font.size = Pt(7.5); r.font.name = 'Arial'
    fp = s.footer.paragraphs[0]; fp.alignment = R
    r = fp.add_run('Det. R.G. n. 312/2026 – pagina '); r.font.size = Pt(8); page_field(fp, 'PAGE')
    t = d.add_table(rows=1, cols=2)
    fixw(t, [Mm(25), Mm(145)])
    c0 = t.cell(0, 0); c0.text = ''; rr = c0.paragraphs[0].add_run('[stemma]'); rr.font.size = Pt(7); rr.italic = True
    c1 = t.cell(0, 1); c1.text = ''
    rr = c1.paragraphs[0].add_run('COMUNE DI NOCERA SUPERIORE'); rr.bold = True; rr.font.size = Pt(16)
    pp = c1.add_paragraph(); rr = pp.add_run('Provincia di Salerno'); rr.font.size = Pt(10)
    pp = c1.add_paragraph(); rr = pp.add_run('Piazza Municipio, 1 – 84015 Nocera Superiore (SA) – protocollo@pec.comune.nocera-superiore.sa.it'); rr.font.size = Pt(7.5)
    para(d, '', space=4)
    para(d, 'AREA AFFARI GENERALI', C, bold=True, size=12, space=0)
    para(d, 'Servizio Personale', C, size=10.5, space=10)
    para(d, "DETERMINAZIONE N. 312 DEL 23/03/2026 (Registro Generale) – Determinazione di Settore n. 58 del 19/03/2026", C, bold=True, size=10.5, space=10)
    t = d.add_table(rows=1, cols=1); borders(t, 8)
    c = t.cell(0, 0); c.text = ''; pp = c.paragraphs[0]; pp.alignment = J
    r = pp.add_run('OGGETTO: '); r.bold = True
    r = pp.add_run('Approvazione graduatoria finale del concorso pubblico, per esami, per la copertura di n. 2 posti di Istruttore Amministrativo – Area degli Istruttori – a tempo pieno e indeterminato.'); r.bold = True
    para(d, '', space=4)
    para(d, 'IL RESPONSABILE DELL\'AREA AFFARI GENERALI', C, bold=True, space=6)
    for t_ in [
        "Visto il decreto sindacale n. 11 del 30/12/2025, di conferimento dell'incarico di Elevata Qualificazione dell'Area Affari Generali;",
        "Richiamata la deliberazione della Giunta Comunale n. 21 del 06/02/2025, di approvazione del PIAO 2025-2027, sezione Piano triennale dei fabbisogni di personale;",
        "Richiamata la propria determinazione R.G. n. 701 del 18/07/2025, con la quale è stato indetto il concorso pubblico in oggetto, il cui bando è stato pubblicato sul Portale inPA e, per estratto, nella Gazzetta Ufficiale – 4ª Serie speciale Concorsi ed esami n. 62 del 05/08/2025;",
        "Visti i verbali della Commissione esaminatrice nominata con determinazione R.G. n. 1002 del 14/10/2025, trasmessi dal Presidente della Commissione con nota prot. n. 7311 del 12/03/2026, dai quali risulta la graduatoria di merito dei candidati;",
        "Verificata la regolarità del procedimento e dato atto che non sussistono situazioni di conflitto di interessi ai sensi dell'art. 6-bis della L. 241/1990;"]:
        para(d, t_)
    para(d, 'DETERMINA', C, bold=True, space=6)
    for i, t_ in enumerate([
        "di prendere atto dei verbali della Commissione esaminatrice del concorso pubblico in oggetto, che, pur non materialmente allegati, sono depositati agli atti del Servizio Personale;",
        "di approvare la graduatoria finale di merito, come da prospetto allegato sub A), composta da n. 14 candidati idonei;",
        "di dichiarare vincitori i candidati Sig.ra Alfonsina Pepe e Sig. Gerardo Citarella, classificati rispettivamente al primo e al secondo posto;",
        "di dare atto che la graduatoria rimane efficace per un termine di due anni dalla data di approvazione, ai sensi dell'art. 35, comma 5-ter, del D.Lgs. 165/2001;",
        "di disporre la pubblicazione della graduatoria all'Albo Pretorio on line e sul Portale inPA."], 1):
        p = para(d, f'{i}) {t_}'); p.paragraph_format.left_indent = Mm(6); p.paragraph_format.first_line_indent = Mm(-6)
    para(d, '', space=10)
    t = d.add_table(rows=1, cols=2)
    c = t.cell(0, 1); c.text = ''; pp = c.paragraphs[0]; pp.alignment = C
    pp.add_run("Il Responsabile dell'Area Affari Generali\n").bold = False
    pp.add_run('Dott.ssa Carmela Sessa\n')
    r = pp.add_run('Firmato da: Carmela Sessa\nSigned by: 7C2D9A41B3E84F05…\n23/03/2026 | 11:42 CET'); r.font.size = Pt(7.5); r.font.color.rgb = RGBColor(0x33, 0x33, 0x99)
    d.core_properties.title = 'Determinazione R.G. 312/2026'
    d.save(os.path.join(OUT, 'determinazione-nocerasuperiore-docusign.docx'))

cercola(); nocera()
