#!/usr/bin/env python3
# Numbered public notice of a national park authority on an office Word template (Calibri, header/footer
# with page fields, letterhead table, numbered articles), written with python-docx, converted by LibreOffice.
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
d = Document()
s = d.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21.0)
s.left_margin = s.right_margin = Cm(2.0); s.top_margin = Cm(2.6); s.bottom_margin = Cm(2.0); s.header_distance = Cm(1.0)
st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Calibri')
st.paragraph_format.space_after = Pt(4)
GREEN = RGBColor(0x2E, 0x5E, 0x2A)
def field(run, code):
    for t, txt in (('begin', None), (None, code), ('end', None)):
        if t: e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), t)
        else: e = OxmlElement('w:instrText'); e.set(qn('xml:space'), 'preserve'); e.text = txt
        run._r.append(e)
hp = s.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp.add_run('Ente Parco Nazionale Gran Paradiso – Avviso pubblico n. 3/2026'); r.font.size = Pt(8); r.font.color.rgb = GREEN
fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('Via Pio VII, 9 – 10135 Torino – tel. 011 8606211 – parcogranparadiso@pec.pngp.it – Pag. '); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, 'PAGE')
r = fp.add_run(' di '); r.font.size = Pt(8)
r = fp.add_run(); r.font.size = Pt(8); field(r, 'NUMPAGES')
t = d.add_table(rows=1, cols=2); t.alignment = WD_TABLE_ALIGNMENT.CENTER
a, b = t.rows[0].cells
t.autofit = False
for col, w in zip(t.columns, (Cm(3.0), Cm(14.0))):
    col.width = w
    for cell in col.cells: cell.width = w
pa = a.paragraphs[0]; ra = pa.add_run('▲▲'); ra.font.size = Pt(30); ra.font.color.rgb = GREEN
pb = b.paragraphs[0]; rb = pb.add_run('ENTE PARCO NAZIONALE GRAN PARADISO'); rb.bold = True; rb.font.size = Pt(15); rb.font.color.rgb = GREEN
pb2 = b.add_paragraph(); rb = pb2.add_run('Ente di diritto pubblico istituito con R.D.L. 3 dicembre 1922, n. 1584'); rb.font.size = Pt(8.5); rb.italic = True
def P(text='', bold=False, align=None, size=None, after=None, italic=False):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    p.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'j': WD_ALIGN_PARAGRAPH.JUSTIFY, 'r': WD_ALIGN_PARAGRAPH.RIGHT, None: None}[align]
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p
P()
P('Prot. n. 1187/2026', size=10, after=0)
P('Torino, 12 marzo 2026', size=10)
P('AVVISO PUBBLICO N. 3/2026', True, 'c', 14, 2)
P('CONTRIBUTI A SOSTEGNO DELLE ATTIVITÀ AGRO-SILVO-PASTORALI TRADIZIONALI NEI COMUNI DEL PARCO – ANNO 2026', True, 'c', 11.5, 10)
P('IL DIRETTORE', True, 'c', 11.5)
P('in esecuzione della deliberazione del Consiglio Direttivo n. 4 del 26 febbraio 2026 e del proprio provvedimento n. 88 del 10 marzo 2026, con il quale è stato approvato lo schema del presente avviso,', align='j')
P('RENDE NOTO', True, 'c', 11.5)
P('che sono aperti i termini per la presentazione delle domande di contributo per l\'anno 2026, secondo le disposizioni che seguono.', align='j')
arts = [
 ('Art. 1 – Finalità', 'L\'Ente Parco, in attuazione del Piano del Parco e del Piano pluriennale economico e sociale, sostiene le attività agro-silvo-pastorali tradizionali che contribuiscono alla conservazione del paesaggio e della biodiversità, con particolare riguardo all\'alpeggio, allo sfalcio dei prati stabili e alla manutenzione dei muretti a secco.'),
 ('Art. 2 – Beneficiari', 'Possono presentare domanda gli imprenditori agricoli, singoli o associati, con sede operativa o terreni condotti nei Comuni di Aymavilles, Cogne, Introd, Rhêmes-Notre-Dame, Rhêmes-Saint-Georges, Valsavarenche e Villeneuve (Valle d\'Aosta) e di Ceresole Reale, Locana, Noasca, Ribordone e Valprato Soana (Piemonte).'),
 ('Art. 3 – Interventi ammissibili e misura del contributo', 'Sono ammissibili: a) la monticazione di bovini e ovicaprini negli alpeggi ricadenti nel Parco; b) lo sfalcio tardivo dei prati permanenti; c) il ripristino di muretti a secco e di canalizzazioni irrigue tradizionali (rus). Il contributo è concesso nella misura massima del 70% della spesa ammissibile e, comunque, per un importo non superiore a € 6.000,00 per beneficiario. La dotazione complessiva dell\'avviso è di € 180.000,00.'),
 ('Art. 4 – Modalità e termini di presentazione', 'Le domande, redatte sul modulo allegato, devono pervenire entro le ore 12:00 del giorno 30 aprile 2026 esclusivamente a mezzo PEC all\'indirizzo parcogranparadiso@pec.pngp.it, ovvero mediante consegna a mano presso la sede di Torino o le sedi operative di Aosta e di Noasca.'),
 ('Art. 5 – Istruttoria e graduatoria', 'Le domande sono istruite dal Servizio Gestione Tecnica e Pianificazione del Territorio. La graduatoria è approvata con provvedimento del Direttore entro il 15 giugno 2026 e pubblicata all\'Albo on line dell\'Ente.'),
 ('Art. 6 – Responsabile del procedimento e informazioni', 'Responsabile del procedimento è il dott. agr. Luca Jaccod, funzionario del Servizio Gestione Tecnica (tel. 011 8606233). Il trattamento dei dati personali avviene ai sensi del Regolamento (UE) 2016/679, secondo l\'informativa allegata.'),
]
for h, txt in arts:
    P(h, True, after=1); P(txt, align='j')
P()
P('IL DIRETTORE', True, 'r', after=0)
P('Dott. Pietro Chabod', align='r', after=0)
P('(documento firmato digitalmente)', align='r', size=8.5, italic=True)
d.save('/tmp/08_granparadiso.docx')
