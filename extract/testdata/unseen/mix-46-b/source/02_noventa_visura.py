# Deliberazione di Consiglio, Comune di Noventa Padovana -- layout in the manner of a Visura print
# Producer: python-docx writes a .docx (Arial / Times New Roman -> Liberation metric fonts), LibreOffice converts it
import sys
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
st.paragraph_format.space_after = Pt(4)

def para(text='', bold=False, size=None, align=None, italic=False, font=None, after=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if font: r.font.name = font
    if align is not None: p.alignment = align
    else: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

def fixw(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), widths):
        gc.set(qn('w:w'), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

def field(run, instr):
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate')
    t = OxmlElement('w:t'); t.text = '1'
    f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end')
    for e in (f1, it, f2, t, f3): run._r.append(e)

# running head and foot
hp = sec.header.paragraphs[0]
r = hp.add_run('Comune di Noventa Padovana - Deliberazione di Consiglio Comunale n. 12 del 31/03/2026'); r.font.size = Pt(8); r.font.name = 'Arial'; r.italic = True
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Pag. '); r.font.size = Pt(8); r.font.name = 'Arial'
r = fp.add_run(); r.font.size = Pt(8); r.font.name = 'Arial'; field(r, 'PAGE')
r = fp.add_run(' di '); r.font.size = Pt(8); r.font.name = 'Arial'
r = fp.add_run(); r.font.size = Pt(8); r.font.name = 'Arial'; field(r, 'NUMPAGES')
fp2 = sec.footer.add_paragraph(); fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp2.add_run('Atto firmato digitalmente ai sensi del D.Lgs. 82/2005 (Codice dell\'Amministrazione Digitale)'); r.font.size = Pt(7); r.font.name = 'Arial'

para('COMUNE DI NOVENTA PADOVANA', bold=True, size=18, align=WD_ALIGN_PARAGRAPH.CENTER, font='Arial', after=0)
para('PROVINCIA DI PADOVA', size=10, align=WD_ALIGN_PARAGRAPH.CENTER, font='Arial', after=10)
para('COPIA', bold=True, size=9, align=WD_ALIGN_PARAGRAPH.LEFT, font='Arial', after=2)
para('VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE', bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, font='Arial', after=0)
para('N. 12 DEL 31/03/2026', bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, font='Arial', after=2)
para('Sessione ordinaria - Seduta pubblica di prima convocazione', italic=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)

t = d.add_table(rows=1, cols=2); t.style = 'Table Grid'
c0, c1 = t.rows[0].cells
fixw(t, [Mm(26), Mm(140)])
c0.paragraphs[0].add_run('OGGETTO:').bold = True
c1.paragraphs[0].add_run("APPROVAZIONE DEL REGOLAMENTO PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI CONCESSIONE, "
                         "AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA. MODIFICHE.").bold = True
para(after=4)
para("L'anno duemilaventisei, il giorno trentuno del mese di marzo alle ore 20:30, nella Sala Consiliare del Municipio, "
     "in seguito a convocazione disposta con avvisi recapitati nei modi e termini di legge, si è riunito il Consiglio Comunale. "
     "Eseguito l'appello nominale risultano:")

members = [('BIASIO MARCO', 'Sindaco', 'P'), ('FAVARO GIORGIA', 'Consigliere', 'P'), ('ZANELLA TOMMASO', 'Consigliere', 'P'),
           ('SCHIAVON ILARIA', 'Consigliere', 'P'), ('MENEGHETTI LUCA', 'Consigliere', 'P'), ('TONIOLO FEDERICA', 'Consigliere', 'AG'),
           ('BORTOLIN MATTEO', 'Consigliere', 'P'), ('MASIERO ANNA', 'Consigliere', 'P'), ('DALLA COSTA PIETRO', 'Consigliere', 'P'),
           ('RIZZO VALENTINA', 'Consigliere', 'P'), ('PEGORARO SIMONE', 'Consigliere', 'P'), ('CECCHINATO LAURA', 'Consigliere', 'P'),
           ('GALLO ENRICO', 'Consigliere', 'P'), ('BERTIN MARTINA', 'Consigliere', 'A'), ('FORNASIERO DAVIDE', 'Consigliere', 'P'),
           ('CAZZARO ELISA', 'Consigliere', 'P'), ('NALETTO RICCARDO', 'Consigliere', 'P')]
left, right = members[:9], members[9:]
rt = d.add_table(rows=10, cols=6); rt.style = 'Table Grid'; rt.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = ['Componente', 'Carica', 'P/A', 'Componente', 'Carica', 'P/A']
for i, h in enumerate(hdr):
    rr = rt.rows[0].cells[i].paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(9); rr.font.name = 'Arial'
for k in range(9):
    for off, lst in ((0, left), (3, right)):
        if k < len(lst):
            n, role, pa = lst[k]
            for j, v in enumerate((n, role, pa)):
                rr = rt.rows[k + 1].cells[off + j].paragraphs[0].add_run(v); rr.font.size = Pt(9); rr.font.name = 'Arial'
widths = [Mm(44), Mm(25), Mm(12), Mm(44), Mm(25), Mm(12)]
fixw(rt, widths)
para('Presenti n. 15 - Assenti n. 2 (di cui giustificati n. 1)', bold=True, size=10, align=WD_ALIGN_PARAGRAPH.RIGHT, after=2)
para('Legenda: P = presente; A = assente; AG = assente giustificato.', italic=True, size=8, align=WD_ALIGN_PARAGRAPH.LEFT)
para("Partecipa alla seduta il Segretario Comunale Dott. Fabio Zanon. Il Sig. Marco Biasio, nella sua qualità di Sindaco, "
     "assume la presidenza e, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta. "
     "Sono nominati scrutatori i Consiglieri Masiero Anna, Bortolin Matteo e Gallo Enrico.")

para('IL CONSIGLIO COMUNALE', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
for p in [
    "Premesso che l'art. 1, commi da 816 a 836, della legge 27 dicembre 2019, n. 160 ha istituito il canone patrimoniale di concessione, "
    "autorizzazione o esposizione pubblicitaria, in sostituzione dei previgenti prelievi sull'occupazione di spazi ed aree pubbliche e sulla diffusione dei messaggi pubblicitari;",
    "Richiamata la propria deliberazione n. 7 del 29/03/2021, con la quale è stato approvato il regolamento comunale per la disciplina del canone, successivamente modificato con deliberazione n. 41 del 28/11/2023;",
    "Ritenuto di adeguare il regolamento alle nuove esigenze di gestione delle occupazioni temporanee per cantieri edili e dei dehors dei pubblici esercizi, "
    "come illustrato dall'Assessore al Bilancio nel corso della seduta;",
    "Dato atto che la proposta è stata esaminata dalla Commissione consiliare Bilancio nella seduta del 23/03/2026;",
    "Visto il parere favorevole dell'Organo di revisione economico-finanziaria, acquisito al protocollo n. 5127 del 25/03/2026;",
    "Visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    "Uditi gli interventi riportati nel resoconto integrale della seduta, conservato agli atti;",
    "Con la seguente votazione, espressa per alzata di mano: presenti n. 15, astenuti n. 1 (Gallo), votanti n. 14, "
    "voti favorevoli n. 11, voti contrari n. 3 (Rizzo, Pegoraro, Cecchinato);"]:
    para(p)
para('DELIBERA', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
for i, p in enumerate([
    "di approvare le modifiche al regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, "
    "secondo il testo allegato sub A) quale parte integrante e sostanziale del presente provvedimento;",
    "di dare atto che le modifiche entrano in vigore dal 1° gennaio 2026, ai sensi dell'art. 53, comma 16, della legge 23 dicembre 2000, n. 388;",
    "di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze - Dipartimento delle Finanze, secondo le modalità previste dalla normativa vigente."], 1):
    pp = para('%d) %s' % (i, p))
    pp.paragraph_format.left_indent = Mm(7); pp.paragraph_format.first_line_indent = Mm(-7)
para("Successivamente, con separata votazione espressa per alzata di mano che dà il seguente esito: presenti n. 15, astenuti n. 1, votanti n. 14, "
     "favorevoli n. 11, contrari n. 3, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
para('Letto, approvato e sottoscritto.', after=10)
st2 = d.add_table(rows=3, cols=2); fixw(st2, [Mm(83), Mm(83)])
for i, (a, b) in enumerate([('IL SINDACO', 'IL SEGRETARIO COMUNALE'), ('Marco Biasio', 'Dott. Fabio Zanon'),
                            ('(documento firmato digitalmente)', '(documento firmato digitalmente)')]):
    for j, v in enumerate((a, b)):
        pr = st2.rows[i].cells[j].paragraphs[0]; pr.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = pr.add_run(v); rr.font.size = Pt(8 if i == 2 else 11); rr.bold = (i == 0)
d.core_properties.author = 'Segreteria'; d.core_properties.title = 'Delibera CC 12/2026'
d.save(out)
