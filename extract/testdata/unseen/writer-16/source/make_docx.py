#!/usr/bin/env python3
"""Writes the four .docx sources (python-docx) into ./docx/."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docx")
os.makedirs(OUT, exist_ok=True)

def base(font="Liberation Serif", size=11, margins=(2.0, 2.0, 2.2, 2.0)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(3)
    s = d.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21.0)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
    # hyphenation on
    settings = d.settings.element
    ah = OxmlElement("w:autoHyphenation"); ah.set(qn("w:val"), "true")
    settings.append(ah)
    return d

def field(par, instr, size=None, bold=False):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
    r3 = par.add_run()
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r3._r.append(f2)
    r4 = par.add_run("1")
    r5 = par.add_run()
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r5._r.append(f3)
    for r in (r, r2, r3, r4, r5):
        if size: r.font.size = Pt(size)
        r.bold = bold

def para(d, text="", bold=False, italic=False, size=None, align=None, caps=False,
         smallcaps=False, underline=False, after=None, before=None, indent=None,
         first=None, font=None, keep=False):
    p = d.add_paragraph()
    if text:
        add(p, text, bold, italic, size, caps, smallcaps, underline, font)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pf = p.paragraph_format
    if after is not None: pf.space_after = Pt(after)
    if before is not None: pf.space_before = Pt(before)
    if indent is not None: pf.left_indent = Cm(indent)
    if first is not None: pf.first_line_indent = Cm(first)
    if keep: pf.keep_with_next = True
    return p

def add(p, text, bold=False, italic=False, size=None, caps=False, smallcaps=False,
        underline=False, font=None):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size: r.font.size = Pt(size)
    if caps: r.font.all_caps = True
    if smallcaps: r.font.small_caps = True
    if underline: r.underline = True
    if font:
        r.font.name = font
        r._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    return r

def borders(table, sz=4, inside=True):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    edges = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    for e in edges:
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "single"); el.set(qn("w:sz"), str(sz)); el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)

def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        el = OxmlElement("w:" + e); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill)
    tcPr.append(s)

def cell_text(cell, text, bold=False, size=None, align=None, italic=False, caps=False, smallcaps=False):
    p = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        if i: p = cell.add_paragraph()
        add(p, line, bold, italic, size, caps, smallcaps)
        p.paragraph_format.space_after = Pt(1)
        if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p

def widths(table, cms):
    table.autofit = False
    for col, w in zip(table.columns, cms):
        col.width = Cm(w)
    for row in table.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)

def numbered(d, items, fmt="{n}.", indent=0.9, hang=0.6, start=1, align="j"):
    for i, t in enumerate(items):
        p = para(d, align=align)
        p.paragraph_format.left_indent = Cm(indent)
        p.paragraph_format.first_line_indent = Cm(-hang)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(indent))
        add(p, fmt.format(n=start + i) + "\t" + t)

def sigs3(d, cols, size=10):
    """three signature blocks across, aligned on centre tabs"""
    for row in zip(*cols):
        p = para(d, after=0, size=size)
        pf = p.paragraph_format
        for pos in (2.8, 8.5, 14.2):
            pf.tab_stops.add_tab_stop(Cm(pos), WD_TAB_ALIGNMENT.CENTER)
        add(p, "\t" + "\t".join(row), size=size)

# --------------------------------------------------------------------------
# 1. Giunta, Mottola — Halley-like: header 3x3 table, ruled roll, "COPIA" in header, Pag. x/y
def giunta_mottola():
    d = base("Liberation Sans", 10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add(hp, "COPIA", bold=True, size=14).font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add(fp, "Delibera di Giunta n. 187 del 18/11/2025 - Pag. ", size=8)
    field(fp, "PAGE", 8); add(fp, "/", size=8); field(fp, "NUMPAGES", 8)

    t = d.add_table(rows=3, cols=3); borders(t, 6)
    widths(t, [3.2, 10.0, 3.8])
    t.cell(0, 0).merge(t.cell(2, 0))
    cell_text(t.cell(0, 0), "[stemma]", italic=True, size=8, align="c")
    cell_text(t.cell(0, 1), "COMUNE DI MOTTOLA", bold=True, size=16, align="c")
    cell_text(t.cell(1, 1), "Provincia di Taranto", size=10, align="c")
    cell_text(t.cell(2, 1), "Piazza XX Settembre, 1 - 74017 Mottola (TA) - C.F. 80008950738", size=7.5, align="c")
    cell_text(t.cell(0, 2), "Codice Ente\n10913", size=8, align="c")
    cell_text(t.cell(1, 2), "Codice Materia\nAA.GG.", size=8, align="c")
    cell_text(t.cell(2, 2), "Copia", size=8, align="c", italic=True)

    para(d, "", after=2)
    para(d, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", bold=True, size=12, align="c", after=2)
    t = d.add_table(rows=1, cols=2); borders(t, 4)
    widths(t, [8.5, 8.5])
    cell_text(t.cell(0, 0), "N. 187", bold=True, size=12, align="c")
    cell_text(t.cell(0, 1), "Data 18/11/2025", bold=True, size=12, align="c")
    para(d, "", after=2)
    t = d.add_table(rows=1, cols=2); borders(t, 4)
    widths(t, [2.6, 14.4])
    cell_text(t.cell(0, 0), "OGGETTO:", bold=True)
    cell_text(t.cell(0, 1), "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE DELLA PALESTRA COMUNALE DI VIA MATERA - CUP E83D25001170004", bold=True, align="j")
    para(d, "", after=2)
    para(d, "L'anno duemilaventicinque, il giorno diciotto del mese di novembre alle ore 13:15, nella sala delle adunanze del Comune suddetto, convocata con appositi avvisi, la Giunta Comunale si è riunita con la presenza dei signori:", align="j")

    roll = [("PALMISANO LUCA", "Sindaco", "SI", ""),
            ("CARELLA ANNAMARIA", "Vice Sindaco", "SI", ""),
            ("LENTINI GIUSEPPE", "Assessore", "SI", ""),
            ("MONTEMURRO FRANCESCA", "Assessore", "", "SI"),
            ("DE FELICE ROCCO", "Assessore", "SI", "")]
    t = d.add_table(rows=1 + len(roll), cols=4); borders(t, 4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [7.0, 4.0, 2.5, 2.5])
    for i, h in enumerate(["Cognome e Nome", "Carica", "Presente", "Assente"]):
        cell_text(t.cell(0, i), h, bold=True, size=9.5, align="c"); shade(t.cell(0, i), "D9D9D9")
    for r, row in enumerate(roll, 1):
        for i, v in enumerate(row):
            cell_text(t.cell(r, i), v, size=9.5, align=None if i < 2 else "c")
    para(d, "Presenti n. 4    Assenti n. 1", size=9.5, align="r", before=2)
    para(d, "Partecipa il Segretario Generale Dott.ssa Maria Teresa Lagrotta, incaricata della redazione del verbale.", align="j")
    para(d, "Il Sindaco Avv. Luca Palmisano, constatato il numero legale degli intervenuti, dichiara aperta la riunione e li invita a deliberare sull'oggetto sopra indicato.", align="j")
    para(d, "LA GIUNTA COMUNALE", bold=True, align="c", before=6)
    for t_ in [
        "PREMESSO che l'Amministrazione comunale intende procedere alla riqualificazione funzionale ed energetica della palestra comunale di via Matera, utilizzata dalle scuole secondarie di primo grado e dalle associazioni sportive del territorio;",
        "CHE con determinazione del Responsabile dell'Area Tecnica n. 612 del 23/07/2025 è stato affidato all'Ing. Vito Scarano l'incarico di redazione del progetto di fattibilità tecnico-economica;",
        "VISTO il progetto trasmesso dal professionista con nota acquisita al prot. n. 24871 del 05/11/2025, dell'importo complessivo di € 480.000,00, di cui € 362.500,00 per lavori comprensivi degli oneri della sicurezza;",
        "DATO ATTO che l'intervento è inserito nel programma triennale dei lavori pubblici 2026/2028, adottato con deliberazione di Giunta Comunale n. 151 del 14/10/2025;",
        "VISTO il D.Lgs. 31 marzo 2023, n. 36 e, in particolare, l'art. 41 e l'allegato I.7;",
        "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000, allegati al presente atto;",
        ]:
        para(d, t_, align="j")
    para(d, "Con voti unanimi e favorevoli espressi nei modi di legge,", align="j")
    para(d, "DELIBERA", bold=True, align="c", before=4)
    numbered(d, [
        "di approvare le premesse quale parte integrante e sostanziale del presente provvedimento;",
        "di approvare il progetto di fattibilità tecnico-economica per la riqualificazione della palestra comunale di via Matera, redatto dall'Ing. Vito Scarano, dell'importo complessivo di € 480.000,00, secondo il quadro economico allegato;",
        "di dare atto che la spesa trova copertura sul capitolo 6210/3 del bilancio di previsione 2025/2027, annualità 2026, finanziato con contributo regionale;",
        "di nominare Responsabile Unico del Progetto il Geom. Pietro Rubino, istruttore tecnico dell'Area Tecnica;",
        "di trasmettere il presente atto al Responsabile dell'Area Tecnica per i successivi adempimenti.",
    ])
    para(d, "Successivamente, con separata votazione unanime, la Giunta Comunale dichiara il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", align="j", before=4)
    para(d, "Letto, confermato e sottoscritto.", before=8)
    t = d.add_table(rows=3, cols=2); no_borders(t)
    cell_text(t.cell(0, 0), "IL SINDACO", bold=True, align="c")
    cell_text(t.cell(0, 1), "IL SEGRETARIO GENERALE", bold=True, align="c")
    cell_text(t.cell(1, 0), "F.to Avv. Luca Palmisano", align="c")
    cell_text(t.cell(1, 1), "F.to Dott.ssa Maria Teresa Lagrotta", align="c")
    para(d, "")
    para(d, "CERTIFICATO DI PUBBLICAZIONE", bold=True, align="c", size=10)
    para(d, "Si certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line di questo Comune dal 20/11/2025 per 15 giorni consecutivi (Reg. Pubbl. n. 2314).", size=9.5, align="j")
    para(d, "Mottola, 20/11/2025", size=9.5)
    para(d, "IL MESSO COMUNALE\nF.to Sig. Angelo Putignano", size=9.5, align="r")
    para(d, "ESECUTIVITÀ", bold=True, align="c", size=10, before=6)
    para(d, "La presente deliberazione è divenuta esecutiva il 18/11/2025 perché dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000).", size=9.5, align="j")
    para(d, "È copia conforme all'originale per uso amministrativo.", size=9.5, italic=True, before=4)
    d.save(os.path.join(OUT, "giunta-mottola-halley.docx"))

# --------------------------------------------------------------------------
# 2. Determina, Sant'Antioco — small caps heading style, two registers in a grid, bullets across page break
def determina_santantioco():
    d = base("DejaVu Serif", 10)
    sec = d.sections[0]
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add(fp, "- ", size=9); field(fp, "PAGE", 9); add(fp, " -", size=9)
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    add(hp, "Determinazione R.G. n. 1043 del 04/12/2025", size=7.5, italic=True)

    para(d, "Comune di Sant'Antioco", bold=True, size=17, align="c", smallcaps=True, after=0)
    para(d, "Provincia del Sud Sardegna", size=10, align="c", after=0)
    para(d, "Piazzetta Italo Diana, 1 – 09017 Sant'Antioco (SU)", size=8, align="c", after=8)
    para(d, "Area dei Servizi Tecnici", bold=True, size=12, align="c", caps=True, after=0)
    para(d, "Servizio Lavori Pubblici e Manutenzioni", size=11, align="c", after=8, italic=True)
    para(d, "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", bold=True, size=12, align="c", after=4)
    t = d.add_table(rows=2, cols=4); borders(t, 4)
    widths(t, [4.25] * 4)
    for i, h in enumerate(["Registro Generale", "Data", "Registro del Servizio", "Data"]):
        cell_text(t.cell(0, i), h, size=8, align="c", smallcaps=True); shade(t.cell(0, i), "EEEEEE")
    for i, v in enumerate(["N. 1043", "04/12/2025", "N. 219", "01/12/2025"]):
        cell_text(t.cell(1, i), v, bold=True, size=10.5, align="c")
    para(d, "", after=2)
    p = para(d, align="j", indent=2.2, first=-2.2, after=8)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(2.2))
    add(p, "Oggetto:", bold=True, underline=True)
    add(p, "\tLavori di manutenzione straordinaria della passeggiata a mare di Lungomare Cristoforo Colombo. Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023 alla ditta Edil Sulcis S.r.l. e impegno di spesa. CIG B9D4E27A1C.", bold=True)
    para(d, "IL RESPONSABILE DEL SERVIZIO", bold=True, align="c", after=6)
    for t_ in [
        "Visto il decreto sindacale n. 14 del 30/06/2025, con il quale è stato conferito al sottoscritto l'incarico di Responsabile dell'Area dei Servizi Tecnici;",
        "Richiamata la deliberazione del Consiglio Comunale n. 9 del 27/02/2025 di approvazione del bilancio di previsione 2025/2027;",
        "Premesso che il tratto della passeggiata a mare compreso tra il porto turistico e la spiaggia di Maladroxia presenta estesi distacchi della pavimentazione in pietra e delle ringhiere, con pericolo per la pubblica incolumità, come accertato dal sopralluogo del tecnico comunale del 17/11/2025;",
        "Ritenuto di provvedere con urgenza al ripristino prima della stagione turistica 2026;",
        "Acquisito, tramite la piattaforma di approvvigionamento digitale SardegnaCAT, il preventivo della ditta Edil Sulcis S.r.l., con sede in Carbonia, via Roma 88, P.IVA 03541290927, per l'importo di € 38.420,00 oltre IVA di legge, ritenuto congruo;",
        "Verificato il possesso dei requisiti di ordine generale da parte dell'operatore economico e acquisito il DURC regolare, prot. INAIL_51237788;",
        "Dato atto dell'insussistenza di situazioni di conflitto di interessi ai sensi dell'art. 16 del D.Lgs. 36/2023;",
        "Visto il D.Lgs. 18 agosto 2000, n. 267 e, in particolare, gli artt. 107, 151, comma 4, e 183;",
        ]:
        para(d, t_, align="j", first=0.8)
    para(d, "DETERMINA", bold=True, align="c", before=6, after=6)
    items = [
        "di dare atto che le premesse costituiscono parte integrante e sostanziale del presente provvedimento;",
        "di affidare alla ditta Edil Sulcis S.r.l., con sede in Carbonia, i lavori di manutenzione straordinaria della passeggiata a mare di Lungomare Cristoforo Colombo, per l'importo di € 38.420,00 oltre IVA al 22%, per complessivi € 46.872,40;",
        "di impegnare la somma di € 46.872,40 sul capitolo 20810/12 “Manutenzione straordinaria aree litoranee” del bilancio 2025/2027, esercizio 2025, missione 10, programma 05;",
        "di stabilire che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
        "di nominare direttore dei lavori l'Ing. Simona Fadda, funzionario tecnico del Servizio;",
        "di trasmettere il presente atto al Servizio Finanziario per l'apposizione del visto di regolarità contabile attestante la copertura finanziaria.",
    ]
    for it in items:
        p = d.add_paragraph(style="List Bullet")
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        add(p, it)
    para(d, "", after=6)
    p = para(d, after=0)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(12.5), WD_TAB_ALIGNMENT.CENTER)
    add(p, "Sant'Antioco, 04/12/2025\tIl Responsabile del Servizio")
    p = para(d)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(12.5), WD_TAB_ALIGNMENT.CENTER)
    add(p, "\tIng. Efisio Porcu", italic=True)
    p = para(d, size=8, align="c")
    p.paragraph_format.tab_stops.add_tab_stop(Cm(12.5), WD_TAB_ALIGNMENT.CENTER)
    add(p, "\t(firmato digitalmente ai sensi del D.Lgs. 82/2005)", size=8)
    para(d, "VISTO DI REGOLARITÀ CONTABILE", bold=True, align="c", before=14, smallcaps=True)
    para(d, "Si appone il visto di regolarità contabile attestante la copertura finanziaria, ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 1788/2025.", align="j")
    p = para(d)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(12.5), WD_TAB_ALIGNMENT.CENTER)
    add(p, "Sant'Antioco, 04/12/2025\tIl Responsabile del Servizio Finanziario\n\tDott.ssa Rita Melis")
    d.save(os.path.join(OUT, "determina-santantioco-zuddas.docx"))

# --------------------------------------------------------------------------
# 3. Ordinanza, Taggia — letters a) b) c) continued across a page break, underlined headings
def ordinanza_taggia():
    d = base("Liberation Serif", 12, margins=(2.5, 2.0, 2.5, 2.5))
    sec = d.sections[0]
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add(fp, "Comune di Taggia – Via San Francesco, 441 – 18018 Taggia (IM) – Pag. ", size=8)
    field(fp, "PAGE", 8); add(fp, " di ", size=8); field(fp, "NUMPAGES", 8)
    t = d.add_table(rows=1, cols=2); no_borders(t); widths(t, [3.0, 13.0])
    cell_text(t.cell(0, 0), "[stemma\ncomunale]", italic=True, size=8, align="c")
    p = cell_text(t.cell(0, 1), "COMUNE DI TAGGIA", bold=True, size=18)
    p2 = t.cell(0, 1).add_paragraph(); add(p2, "Provincia di Imperia", size=11)
    p3 = t.cell(0, 1).add_paragraph(); add(p3, "Servizio Polizia Locale – Ufficio Viabilità", size=10, italic=True)
    para(d, "", after=6)
    para(d, "ORDINANZA SINDACALE N. 64 DEL 09/01/2026", bold=True, size=13, align="c", after=10)
    p = para(d, align="j", indent=2.4, first=-2.4, after=10)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(2.4))
    add(p, "OGGETTO:", bold=True); add(p, "\tLimitazione della circolazione dei veicoli a motore in Arma di Taggia in occasione della manifestazione “Carnevale Arma 2026” nelle giornate del 15 e 22 febbraio 2026.")
    para(d, "IL SINDACO", bold=True, align="c", after=8)
    for t_ in [
        "VISTA la nota dell'associazione Pro Loco Arma di Taggia, acquisita al prot. n. 612 del 07/01/2026, con la quale si comunica lo svolgimento della sfilata dei carri allegorici lungo via Boselli, via Lungomare e piazza Chierotti;",
        "CONSIDERATO che, per garantire la sicurezza dei partecipanti e del pubblico, è necessario vietare la circolazione e la sosta dei veicoli lungo il percorso della manifestazione e nelle vie adiacenti;",
        "SENTITO il Comando di Polizia Locale, che ha espresso parere favorevole con le prescrizioni recepite nel presente provvedimento;",
        "VISTI gli artt. 5, 6, 7 e 159 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo regolamento di esecuzione;",
        "VISTO l'art. 50 del D.Lgs. 18 agosto 2000, n. 267;",
        ]:
        para(d, t_, align="j")
    para(d, "ORDINA", bold=True, align="c", before=6, after=6, underline=True)
    para(d, "nelle giornate di domenica 15 e domenica 22 febbraio 2026:", align="j")
    numbered(d, [
        "dalle ore 12:00 alle ore 19:30 il divieto di transito, eccetto i mezzi di soccorso e di polizia, in via Boselli, via Lungomare (tratto compreso tra via Queirolo e piazza Chierotti) e in piazza Chierotti;",
        "dalle ore 8:00 alle ore 20:00 il divieto di sosta con rimozione forzata su ambo i lati delle vie indicate alla lettera a) e in via Stazione, nel tratto compreso tra via Aurelia e via Boselli;",
        "l'istituzione del doppio senso di circolazione in via Queirolo per il tempo strettamente necessario allo svolgimento della manifestazione;",
        "la deviazione delle linee del trasporto pubblico locale su via Aurelia, secondo le indicazioni che saranno impartite da Riviera Trasporti S.p.A.;",
        "all'associazione organizzatrice di provvedere alla posa della segnaletica temporanea almeno 48 ore prima dell'inizio dei divieti e alla sua rimozione al termine della manifestazione.",
    ], fmt="{n})", indent=1.0, hang=0.7)
    # relabel numbers as letters
    lettered = [p for p in d.paragraphs if p.text[:2] in ("1)", "2)", "3)", "4)", "5)")]
    for p, l in zip(lettered, "abcde"):
        r = p.runs[0]; r.text = l + r.text[1:]
    para(d, "DISPONE", bold=True, align="c", before=6, after=6, underline=True)
    para(d, "che la presente ordinanza sia resa nota mediante pubblicazione all'Albo Pretorio on line e l'apposizione della prescritta segnaletica, e che gli organi di polizia stradale di cui all'art. 12 del Codice della Strada siano incaricati di farla rispettare.", align="j")
    para(d, "AVVERTE", bold=True, align="c", before=6, after=6, underline=True)
    para(d, "che contro il presente provvedimento è ammesso ricorso al T.A.R. Liguria entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni; è altresì ammesso ricorso al Ministero delle Infrastrukture e dei Trasporti ai sensi dell'art. 37, comma 3, del Codice della Strada.".replace("Infrastrukture", "Infrastrutture"), align="j")
    para(d, "", after=6)
    p = para(d, after=0)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(12.0), WD_TAB_ALIGNMENT.CENTER)
    add(p, "Taggia, 09/01/2026\tIL SINDACO", bold=False)
    p = para(d)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(12.0), WD_TAB_ALIGNMENT.CENTER)
    add(p, "\tAndrea Ferrero")
    p = para(d, size=8)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(12.0), WD_TAB_ALIGNMENT.CENTER)
    add(p, "\tDocumento firmato digitalmente", size=8, italic=True)
    d.save(os.path.join(OUT, "ordinanza-taggia-siscom.docx"))

# --------------------------------------------------------------------------
# 4. Annex, Zevio — portrait cover, landscape section with the table
def allegato_zevio():
    d = base("Liberation Sans", 10)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add(hp, "Allegato B) alla determinazione n. 588 del 12/12/2025", size=8, italic=True)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add(fp, "Pagina ", size=8); field(fp, "PAGE", 8)
    para(d, "COMUNE DI ZEVIO", bold=True, size=15, align="c", after=0)
    para(d, "Provincia di Verona", align="c", after=0)
    para(d, "Area Servizi alla Persona – Ufficio Istruzione", align="c", size=9, after=14)
    para(d, "ALLEGATO B", bold=True, size=13, align="c")
    para(d, "GRADUATORIA DEFINITIVA DEI BENEFICIARI DEL CONTRIBUTO PER IL TRASPORTO SCOLASTICO – ANNO SCOLASTICO 2025/2026", bold=True, align="c", after=10)
    para(d, "La graduatoria è formata secondo i criteri fissati dal bando approvato con determinazione n. 431 del 23/09/2025, sulla base dell'indicatore ISEE ordinario o corrente in corso di validità e, a parità di ISEE, del numero di figli a carico in età scolare. I beneficiari sono indicati con il numero di protocollo della domanda, ai sensi del Regolamento (UE) 2016/679.", align="j")
    para(d, "Legenda: A = ammesso e finanziato; AN = ammesso non finanziato per esaurimento fondi; E = escluso (motivazione in nota).", size=9, italic=True)
    new = d.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21.0)
    new.left_margin = new.right_margin = Cm(1.8); new.top_margin = new.bottom_margin = Cm(1.8)
    rows = [
        ("1", "3871", "12/10/2025", "Primaria “G. Marconi”", "3.214,50", "2", "A", "250,00"),
        ("2", "3902", "13/10/2025", "Sec. I grado “D. Alighieri”", "4.980,12", "3", "A", "250,00"),
        ("3", "3755", "08/10/2025", "Primaria Santa Maria", "5.611,00", "1", "A", "250,00"),
        ("4", "4011", "15/10/2025", "Sec. I grado “D. Alighieri”", "6.020,77", "2", "A", "220,00"),
        ("5", "3998", "15/10/2025", "Primaria “G. Marconi”", "7.145,30", "2", "A", "220,00"),
        ("6", "3690", "06/10/2025", "Primaria Volon", "8.302,00", "1", "A", "200,00"),
        ("7", "4102", "18/10/2025", "Sec. I grado “D. Alighieri”", "9.455,61", "2", "A", "180,00"),
        ("8", "3822", "10/10/2025", "Primaria Santa Maria", "10.870,00", "3", "A", "180,00"),
        ("9", "4150", "20/10/2025", "Primaria “G. Marconi”", "12.004,18", "1", "A", "150,00"),
        ("10", "3940", "14/10/2025", "Primaria Volon", "13.760,00", "2", "AN", "0,00"),
        ("11", "4063", "17/10/2025", "Sec. I grado “D. Alighieri”", "15.118,42", "1", "AN", "0,00"),
        ("12", "4190", "23/10/2025", "Primaria Santa Maria", "—", "2", "E (1)", "0,00"),
    ]
    hdr = ["N.", "Prot. domanda", "Data domanda", "Plesso frequentato", "ISEE (€)", "Figli in età scolare", "Esito", "Contributo (€)"]
    t = d.add_table(rows=1 + len(rows) + 1, cols=8); borders(t, 4)
    widths(t, [1.2, 3.0, 3.0, 6.5, 3.0, 3.0, 2.0, 3.5])
    for i, h in enumerate(hdr):
        cell_text(t.cell(0, i), h, bold=True, size=9, align="c"); shade(t.cell(0, i), "C6D9F1")
    for r, row in enumerate(rows, 1):
        for i, v in enumerate(row):
            cell_text(t.cell(r, i), v, size=9, align="c" if i != 3 else None)
    last = len(rows) + 1
    t.cell(last, 0).merge(t.cell(last, 6))
    cell_text(t.cell(last, 0), "TOTALE CONTRIBUTI ASSEGNATI", bold=True, size=9, align="r")
    cell_text(t.cell(last, 7), "1.900,00", bold=True, size=9, align="c")
    para(d, "(1) Domanda esclusa per mancata presentazione dell'attestazione ISEE entro il termine del 31/10/2025 fissato dall'art. 5 del bando.", size=8.5, before=6)
    para(d, "Zevio, 12/12/2025", size=9, before=10)
    p = para(d, size=9)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(20.0), WD_TAB_ALIGNMENT.CENTER)
    add(p, "\tLa Responsabile dell'Area Servizi alla Persona", size=9)
    p = para(d, size=9)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(20.0), WD_TAB_ALIGNMENT.CENTER)
    add(p, "\tDott.ssa Chiara Bonomi", size=9)
    d.save(os.path.join(OUT, "allegato-zevio-dedagroup.docx"))

if __name__ == "__main__":
    giunta_mottola(); determina_santantioco(); ordinanza_taggia(); allegato_zevio()
    print("docx written")
