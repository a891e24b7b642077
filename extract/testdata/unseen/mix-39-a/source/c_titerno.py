# Comunità Montana Titerno e Alto Tammaro - deliberazione della Giunta Esecutiva
# Word template (python-docx) converted by LibreOffice Writer: c_titerno.docx -> PDF
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin = sec.right_margin = Mm(22); sec.top_margin = Mm(15); sec.bottom_margin = Mm(18)
st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(11.5)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
st.paragraph_format.space_after = Pt(3)

def para(text='', bold=False, size=None, align=None, italic=False, after=None, before=None):
    p = d.add_paragraph()
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if before is not None: p.paragraph_format.space_before = Pt(before)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return p

def runs(parts, align='j'):
    p = para(align=align)
    for t, b in parts:
        r = p.add_run(t); r.bold = b
    return p

# header in the page header (repeated)
hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run('COMUNITÀ MONTANA TITERNO E ALTO TAMMARO'); r.bold = True; r.font.size = Pt(15); r.font.name = 'Times New Roman'
hp2 = sec.header.add_paragraph(); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp2.add_run('Zona “Titerno e Alto Tammaro” – Piazza Vittorio Emanuele, 82032 Cerreto Sannita (BN)\nC.F. 81001970628 – PEC: protocollo@pec.cmtiterno.it'); r.font.size = Pt(8.5)
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Deliberazione della Giunta Esecutiva n. 18 del 12/03/2026 – pag. '); r.font.size = Pt(8)
# page field
for tag, txt in (('begin', None), (None, 'PAGE'), ('end', None)):
    rr = fp.add_run(); rr.font.size = Pt(8)
    if tag:
        fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), tag); rr._r.append(fc)
    else:
        it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = txt; rr._r.append(it)

para('ORIGINALE', bold=True, align='r', size=10)
para('VERBALE DI DELIBERAZIONE DELLA GIUNTA ESECUTIVA', bold=True, size=13, align='c', after=0)
para('N. 18 del 12/03/2026', bold=True, size=13, align='c', after=8)

para("L'anno duemilaventisei il giorno dodici del mese di marzo alle ore 11:00 nella sede dell'Ente, a seguito di regolare convocazione, si è riunita la Giunta Esecutiva nelle persone dei Sigg.:", align='j')
roll = [('1)', 'DI LORENZO ANTONIO', 'Presidente', 'presente'),
        ('2)', 'MASTROCINQUE GIUSEPPINA', 'Assessore', 'presente'),
        ('3)', 'PETRUCCI NICOLA', 'Assessore', 'presente'),
        ('4)', 'FUSCO CARMINE', 'Assessore', 'assente'),
        ('5)', 'SANTAGATA ROSARIA', 'Assessore', 'presente'),
        ('6)', 'CIARLO DOMENICO', 'Assessore', 'presente')]
for n, name, role, pres in roll:
    p = para(after=0)
    p.paragraph_format.left_indent = Mm(12)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(20)); p.paragraph_format.tab_stops.add_tab_stop(Mm(90)); p.paragraph_format.tab_stops.add_tab_stop(Mm(130))
    p.add_run(f'{n}\t{name}\t{role}\t{pres}')
para('Presenti n. 5 – Assenti n. 1', bold=True, before=4)
para("Partecipa il Segretario Generale dell'Ente Dott. Raffaele Iannotti, incaricato della redazione del verbale.", align='j')
para("Il Presidente, Dott. Antonio Di Lorenzo, constatato il numero legale, dichiara aperta la seduta e invita la Giunta a deliberare sulla proposta n. 21 del 05/03/2026 del Settore Tecnico – Servizio Forestazione e Bonifica Montana, avente ad", align='j')
runs([('OGGETTO: ', True), ('Forestazione e bonifica montana – Approvazione del Piano annuale degli interventi 2026 ai sensi della L.R. 7 maggio 1996, n. 11 e ss.mm.ii.', True)])
para('LA GIUNTA ESECUTIVA', bold=True, align='c', before=6)
for t in [
 "Premesso che la Regione Campania, con Decreto Dirigenziale della Direzione Generale per le Politiche Agricole, Alimentari e Forestali, ha ripartito tra gli Enti delegati le risorse per l'attuazione del Piano Forestale Generale per l'annualità 2026;",
 "Considerato che a questa Comunità Montana è stato assegnato l'importo di € 1.946.300,00 per la realizzazione degli interventi di forestazione, sistemazione idraulico-forestale e prevenzione degli incendi boschivi nei Comuni del comprensorio;",
 "Visto il Piano annuale degli interventi 2026 predisposto dal Servizio Forestazione e Bonifica Montana, composto da relazione tecnica, elenco dei cantieri e quadro economico;",
 "Visti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. n. 267/2000 dal Responsabile del Settore Tecnico e dal Responsabile del Settore Finanziario;",
 "Con voti favorevoli n. 4 e n. 1 astenuto (Mastrocinque), espressi nei modi di legge;"]:
    para(t, align='j')
para('D E L I B E R A', bold=True, align='c', before=4)
for i, t in enumerate([
 "di approvare il Piano annuale degli interventi di forestazione e bonifica montana per l'anno 2026, allegato al presente atto quale parte integrante e sostanziale;",
 "di dare atto che la spesa complessiva di € 1.946.300,00 trova copertura sui fondi regionali assegnati, capitolo 9010 del bilancio 2026-2028;",
 "di demandare al Responsabile del Settore Tecnico l'adozione degli atti gestionali conseguenti, ivi compresa l'assunzione degli operai idraulico-forestali stagionali;",
 "di trasmettere copia del presente atto alla Regione Campania – UOD Servizio Territoriale Provinciale di Benevento;",
 "di dichiarare, con successiva votazione unanime, il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000."], 1):
    p = para(f'{i}. {t}', align='j'); p.paragraph_format.left_indent = Mm(8); p.paragraph_format.first_line_indent = Mm(-6)

para('Letto, confermato e sottoscritto.', before=10)
t = d.add_table(rows=3, cols=2)
cells = [('IL PRESIDENTE', 'IL SEGRETARIO GENERALE'), ('Dott. Antonio Di Lorenzo', 'Dott. Raffaele Iannotti'), ('(firma digitale)', '(firma digitale)')]
for i, (a, b) in enumerate(cells):
    for j, txt in enumerate((a, b)):
        c = t.cell(i, j); c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = c.paragraphs[0].add_run(txt); rr.bold = (i == 0)
para('', after=6)
para('CERTIFICATO DI PUBBLICAZIONE', bold=True, align='c', size=10, before=10)
para("Si certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line della Comunità Montana per quindici giorni consecutivi a partire dal 16/03/2026 (reg. pubbl. n. 219).", align='j', size=10)
para('Il Messo – Sig. Vincenzo Pacelli', align='r', size=10)
d.save('c_titerno.docx')
