#!/usr/bin/env python3
"""Types the four Writer documents of the set as .docx (python-docx)."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def base(font, size, margins=(2.0, 2.0, 2.2, 2.0)):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    st.paragraph_format.space_after = Pt(3)
    s = d.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21.0)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
    return d

def para(d, text='', bold=False, align=AL.JUSTIFY, size=None, italic=False, after=None, before=None, indent=None, hanging=None):
    p = d.add_paragraph()
    p.alignment = align
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if before is not None: p.paragraph_format.space_before = Pt(before)
    if indent is not None: p.paragraph_format.left_indent = Cm(indent)
    if hanging is not None: p.paragraph_format.first_line_indent = Cm(-hanging)
    return p

def runs(d, parts, align=AL.JUSTIFY, after=None, indent=None, hanging=None):
    p = d.add_paragraph(); p.alignment = align
    for t, b in parts:
        r = p.add_run(t); r.bold = b
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if indent is not None: p.paragraph_format.left_indent = Cm(indent)
    if hanging is not None: p.paragraph_format.first_line_indent = Cm(-hanging)
    return p

def borders(table, sz=4):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e)
        el.set(qn('w:val'), 'single'); el.set(qn('w:sz'), str(sz)); el.set(qn('w:color'), '000000')
        b.append(el)
    tblPr.append(b)

def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), cms):
        gc.set(qn('w:w'), str(int(w * 567)))
    for r in table.rows:
        for c, w in zip(r.cells, cms):
            c.width = Cm(w)

def cell(c, text, bold=False, align=AL.LEFT, size=None):
    c.text = ''
    p = c.paragraphs[0]; p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)

def footer_page(d, left, font_size=8):
    """Footer: text and 'Pag. X di Y' with Writer fields."""
    f = d.sections[0].footer
    p = f.paragraphs[0]; p.alignment = AL.CENTER
    r = p.add_run(left + '   -   Pag. '); r.font.size = Pt(font_size)
    for fld in ('PAGE', None, 'NUMPAGES'):
        if fld is None:
            r = p.add_run(' di '); r.font.size = Pt(font_size); continue
        r = p.add_run(); r.font.size = Pt(font_size)
        b = OxmlElement('w:fldChar'); b.set(qn('w:fldCharType'), 'begin'); r._r.append(b)
        i = OxmlElement('w:instrText'); i.set(qn('xml:space'), 'preserve'); i.text = fld; r._r.append(i)
        s = OxmlElement('w:fldChar'); s.set(qn('w:fldCharType'), 'separate'); r._r.append(s)
        t = OxmlElement('w:t'); t.text = '1'; r._r.append(t)
        e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), 'end'); r._r.append(e)

# ---------------------------------------------------------------- 1. Giunta, Sant'Agata di Militello
d = base('Nimbus Roman', 11.5)
para(d, "COMUNE DI SANT'AGATA DI MILITELLO", bold=True, align=AL.CENTER, size=17, after=0)
para(d, "Città Metropolitana di Messina", italic=True, align=AL.CENTER, size=10.5, after=0)
para(d, "Via Medici, 297 – 98076 Sant'Agata di Militello (ME) – C.F. 84004000839", align=AL.CENTER, size=8.5, after=10)
para(d, "COPIA DI DELIBERAZIONE DELLA GIUNTA MUNICIPALE", bold=True, align=AL.CENTER, size=13, after=6)
t = d.add_table(rows=2, cols=2); borders(t, 6)
cell(t.cell(0, 0), "Deliberazione N. 164", bold=True); cell(t.cell(0, 1), "del 30/10/2025", bold=True)
cell(t.cell(1, 0), "Proposta N. 181 del 27/10/2025"); cell(t.cell(1, 1), "Settore proponente: AREA AFFARI GENERALI")
widths(t, (6.5, 10.5))
para(d, after=2)
runs(d, [("OGGETTO: ", True), ("Concessione del patrocinio gratuito e di un contributo economico all'Associazione Culturale \"Nebrodi in Musica\" per la realizzazione della rassegna \"Natale sul Lungomare 2025\".", True)], after=8)
para(d, "L'anno duemilaventicinque, addì trenta del mese di ottobre, alle ore 12:30 e seguenti, nella sala delle adunanze della Sede Municipale, si è riunita la Giunta Municipale convocata nelle forme di legge.")
para(d, "Presiede l'adunanza il Sindaco Avv. Carmelo Sanfilippo e sono rispettivamente presenti ed assenti i seguenti sigg.:")
t = d.add_table(rows=1, cols=4); borders(t); t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, h in enumerate(("Carica", "Cognome e Nome", "Presente", "Assente")):
    cell(t.rows[0].cells[i], h, bold=True, align=AL.CENTER if i > 1 else AL.LEFT)
for role, name, pres in [("Sindaco", "SANFILIPPO CARMELO", True), ("Vice Sindaco", "CALABRESE MARIA GRAZIA", True),
                         ("Assessore", "LO IACONO SALVATORE", False), ("Assessore", "RUSSO GAETANO", True),
                         ("Assessore", "CARDACI VALENTINA", True)]:
    row = t.add_row().cells
    cell(row[0], role); cell(row[1], name); cell(row[2], "X" if pres else "", align=AL.CENTER); cell(row[3], "" if pres else "X", align=AL.CENTER)
widths(t, (3.2, 7.0, 2.2, 2.2))
para(d, "Assessori presenti n. 4     Assessori assenti n. 1", size=10, after=4, align=AL.LEFT)
para(d, "Partecipa il Segretario Generale Dott.ssa Rosaria Miceli.")
para(d, "Il Presidente, constatato che gli intervenuti sono in numero legale, dichiara aperta la riunione e invita i convenuti a deliberare sulla proposta qui di seguito specificata.")
para(d, "LA GIUNTA MUNICIPALE", bold=True, align=AL.CENTER, before=6)
para(d, "Vista l'allegata proposta di deliberazione avente ad oggetto \"Concessione del patrocinio gratuito e di un contributo economico all'Associazione Culturale \"Nebrodi in Musica\" per la realizzazione della rassegna \"Natale sul Lungomare 2025\"\", corredata dei pareri di regolarità tecnica e contabile resi ai sensi dell'art. 53 della L. 142/90, come recepito dall'art. 1, comma 1, lett. i), della L.R. 48/91 e s.m.i.;")
para(d, "Premesso che l'Associazione Culturale \"Nebrodi in Musica\", con nota acquisita al prot. n. 27406 del 14/10/2025, ha chiesto il patrocinio del Comune e un contributo economico per l'organizzazione della rassegna \"Natale sul Lungomare 2025\", che si svolgerà dal 20 dicembre 2025 al 6 gennaio 2026 con concerti, spettacoli per bambini e mercatini artigianali;")
para(d, "Considerato che l'iniziativa riveste particolare interesse per la promozione turistica e culturale della città e che il programma prevede il coinvolgimento delle scuole e delle associazioni locali;")
para(d, "Visto il Regolamento comunale per la concessione di contributi, sovvenzioni e vantaggi economici, approvato con deliberazione del Consiglio Comunale n. 36 del 28/07/2017;")
para(d, "Ritenuto di concedere il patrocinio gratuito e un contributo di € 4.500,00, a fronte di una spesa preventivata di € 11.800,00;")
para(d, "Con voti unanimi favorevoli, espressi nelle forme di legge,")
para(d, "D E L I B E R A", bold=True, align=AL.CENTER, before=6, after=6)
pts = ["di approvare l'allegata proposta di deliberazione, che qui si intende integralmente riportata e trascritta;",
       "di concedere all'Associazione Culturale \"Nebrodi in Musica\", C.F. 95021870833, il patrocinio gratuito del Comune di Sant'Agata di Militello per la rassegna \"Natale sul Lungomare 2025\", con facoltà di utilizzare lo stemma comunale sul materiale promozionale;",
       "di assegnare alla medesima Associazione un contributo economico di € 4.500,00, da liquidare a presentazione del rendiconto delle spese sostenute, nel rispetto dell'art. 12 del Regolamento citato in premessa;",
       "di demandare al Responsabile dell'Area Affari Generali l'adozione degli atti gestionali conseguenti, compreso l'impegno della spesa al capitolo 1254 \"Contributi per manifestazioni culturali e turistiche\" del bilancio 2025;",
       "di dichiarare, con separata e unanime votazione, la presente deliberazione immediatamente esecutiva ai sensi dell'art. 12, comma 2, della L.R. 44/91, stante l'approssimarsi delle date della manifestazione."]
for i, x in enumerate(pts, 1):
    para(d, f"{i}.\t{x}", indent=0.8, hanging=0.8)
para(d, "Il presente verbale, previa lettura, viene approvato e sottoscritto.", before=8, after=10, align=AL.LEFT)
t = d.add_table(rows=3, cols=3)
for i, (a, b, c) in enumerate([("IL SINDACO", "L'ASSESSORE ANZIANO", "IL SEGRETARIO GENERALE"),
                               ("F.to Avv. Carmelo Sanfilippo", "F.to Maria Grazia Calabrese", "F.to Dott.ssa Rosaria Miceli"), ("", "", "")]):
    for j, v in enumerate((a, b, c)): cell(t.cell(i, j), v, bold=(i == 0), align=AL.CENTER, size=10)
para(d, "CERTIFICATO DI PUBBLICAZIONE", bold=True, align=AL.CENTER, before=14)
para(d, "Il sottoscritto Segretario Generale, su conforme attestazione del Responsabile dell'Albo, certifica che la presente deliberazione è stata pubblicata all'Albo Pretorio on line il giorno 31/10/2025 per rimanervi per quindici giorni consecutivi (Reg. n. 2210).", size=10)
para(d, "ATTESTAZIONE DI ESECUTIVITÀ", bold=True, align=AL.CENTER, before=8)
para(d, "La presente deliberazione è divenuta esecutiva il 30/10/2025 perché dichiarata immediatamente esecutiva (art. 12, comma 2, L.R. 44/91).", size=10)
para(d, "Sant'Agata di Militello, 31/10/2025                                           IL SEGRETARIO GENERALE\n                                                                                                    F.to Dott.ssa Rosaria Miceli", size=10, align=AL.LEFT)
footer_page(d, "Deliberazione G.M. n. 164 del 30/10/2025")
d.save('giunta-santagatadimilitello-writer.docx')

# ---------------------------------------------------------------- 2. Determina, Cesenatico
d = base('Nimbus Sans', 10, margins=(1.8, 2.0, 2.0, 2.0))
hdr = d.sections[0].header.paragraphs[0]; hdr.alignment = AL.RIGHT
r = hdr.add_run("Comune di Cesenatico – Determinazione n. 1012 del 10/12/2025"); r.font.size = Pt(7.5); r.italic = True
t = d.add_table(rows=1, cols=2)
cell(t.cell(0, 0), "COMUNE DI CESENATICO", bold=True, size=16)
t.cell(0, 0).add_paragraph("Provincia di Forlì-Cesena").runs[0].font.size = Pt(9)
cell(t.cell(0, 1), "SETTORE 4 - LAVORI PUBBLICI, PATRIMONIO E AMBIENTE", bold=True, align=AL.RIGHT, size=9.5)
pp = t.cell(0, 1).add_paragraph("Servizio Manutenzione Strade e Infrastrutture"); pp.alignment = AL.RIGHT; pp.runs[0].font.size = Pt(9)
para(d, after=4)
para(d, "DETERMINAZIONE N. 1012 DEL 10/12/2025", bold=True, align=AL.CENTER, size=13, after=0)
para(d, "(Registro di Settore n. 287 del 09/12/2025)", align=AL.CENTER, size=9, after=10)
t = d.add_table(rows=1, cols=2); borders(t)
cell(t.cell(0, 0), "Oggetto:", bold=True)
cell(t.cell(0, 1), "LAVORI DI MANUTENZIONE STRAORDINARIA DEI MARCIAPIEDI DI VIALE CARDUCCI E VIALE TRENTO - APPROVAZIONE DEL CERTIFICATO DI REGOLARE ESECUZIONE E LIQUIDAZIONE DEL SALDO ALLA DITTA EDIL RUBICONE S.R.L. - CUP H67H24001120004 - CIG A05C9E7B21", bold=True)
widths(t, (2.2, 14.8))
para(d, after=4)
para(d, "IL DIRIGENTE DEL SETTORE", bold=True, align=AL.CENTER, after=6)
for x in ["Richiamata la determinazione n. 412 del 22/05/2025, con la quale sono stati affidati alla ditta Edil Rubicone S.r.l., con sede in Savignano sul Rubicone (FC), via Emilia Ponente n. 88, i lavori di manutenzione straordinaria dei marciapiedi di viale Carducci e viale Trento, per l'importo contrattuale di € 118.640,00 oltre IVA al 22%;",
          "Dato atto che i lavori sono stati consegnati in data 09/06/2025 e ultimati in data 30/09/2025, come risulta dal certificato di ultimazione dei lavori, entro il termine contrattuale;",
          "Visto il certificato di regolare esecuzione emesso dal Direttore dei Lavori, Ing. Luca Bartolini, in data 14/11/2025 e confermato dal RUP, dal quale risulta un credito residuo dell'impresa di € 6.932,00 oltre IVA al 22%, pari a € 8.457,04;",
          "Vista la fattura elettronica n. 58/PA del 20/11/2025 emessa dalla ditta Edil Rubicone S.r.l.;",
          "Accertata la regolarità contributiva dell'impresa (DURC prot. INPS_48820015 con scadenza 11/03/2026);",
          "Visti l'art. 116 del D.Lgs. 36/2023, gli artt. 107 e 184 del D.Lgs. 267/2000 e il vigente Regolamento di contabilità;"]:
    para(d, x)
para(d, "DETERMINA", bold=True, align=AL.CENTER, before=6, after=6)
for i, x in enumerate(["di approvare il certificato di regolare esecuzione dei lavori di manutenzione straordinaria dei marciapiedi di viale Carducci e viale Trento, emesso in data 14/11/2025, dal quale risulta un credito residuo dell'impresa di € 6.932,00 oltre IVA;",
                       "di liquidare alla ditta Edil Rubicone S.r.l., P.IVA 04127610406, la somma di € 8.457,04 IVA compresa, a saldo della fattura n. 58/PA del 20/11/2025, con imputazione all'impegno n. 1588/2025 assunto al capitolo 20810/12 del bilancio 2025;",
                       "di svincolare la garanzia definitiva prestata dall'impresa mediante polizza fideiussoria n. 2025/13/6187942;",
                       "di dare atto che il presente provvedimento sarà pubblicato all'Albo Pretorio on line e nella sezione \"Amministrazione Trasparente\" del sito istituzionale."], 1):
    para(d, f"{i})  {x}", indent=0.7, hanging=0.7)
para(d, "Cesenatico, 10/12/2025", before=10, align=AL.LEFT)
para(d, "IL DIRIGENTE DEL SETTORE 4\nIng. Stefano Mengozzi\n(documento sottoscritto con firma digitale)", align=AL.RIGHT, before=4)
para(d, "VISTO DI REGOLARITÀ CONTABILE", bold=True, align=AL.CENTER, before=18)
para(d, "Si attesta la regolarità contabile della liquidazione di cui alla presente determinazione (art. 184, comma 4, D.Lgs. 267/2000). Liquidazione n. 4102/2025.", size=9)
para(d, "Cesenatico, 11/12/2025                                                                  Il Responsabile del Servizio Finanziario\n                                                                                                            Dott.ssa Monica Zavoli", size=9, align=AL.LEFT)
footer_page(d, "Determinazione n. 1012 del 10/12/2025", 7.5)
d.save('determina-cesenatico-writer.docx')

# ---------------------------------------------------------------- 3. Ordinanza, Colle di Val d'Elsa
d = base('P052', 11.5, margins=(2.0, 2.0, 2.5, 2.0))
para(d, "COMUNE DI COLLE DI VAL D'ELSA", bold=True, align=AL.CENTER, size=16, after=0)
para(d, "Provincia di Siena", align=AL.CENTER, size=10, after=14)
para(d, "ORDINANZA DEL SINDACO", bold=True, align=AL.CENTER, size=14, after=0)
para(d, "N. 3 DEL 08/01/2026", bold=True, align=AL.CENTER, size=12, after=12)
runs(d, [("OGGETTO: ", True), ("Chiusura temporanea della scuola primaria \"Arnolfo di Cambio\" di via Liguria nei giorni 9 e 10 gennaio 2026 per guasto all'impianto di riscaldamento.", False)], indent=2.3, hanging=2.3, after=12)
para(d, "IL SINDACO", bold=True, align=AL.CENTER, after=8)
for x in ["Vista la comunicazione della Dirigente dell'Istituto Comprensivo n. 2 \"Colle di Val d'Elsa\", acquisita al prot. n. 412 dell'08/01/2026, con la quale si segnala che alla ripresa delle attività didattiche l'impianto di riscaldamento della scuola primaria \"Arnolfo di Cambio\" di via Liguria non risulta funzionante e che la temperatura nelle aule è inferiore a 12 °C;",
          "Vista la relazione del Servizio Manutenzioni del Settore Lavori Pubblici in data 08/01/2026, dalla quale risulta la rottura dello scambiatore della centrale termica e la necessità di un intervento di sostituzione non eseguibile prima della giornata di sabato 10 gennaio 2026;",
          "Considerato che le condizioni ambientali dei locali non consentono lo svolgimento delle lezioni in sicurezza e nel rispetto della salute degli alunni e del personale scolastico;",
          "Ritenuto necessario e urgente disporre la chiusura del plesso per il tempo strettamente necessario all'esecuzione dei lavori;",
          "Visti gli artt. 50, commi 5 e 7, e 54 del D.Lgs. 18 agosto 2000, n. 267;"]:
    para(d, x)
para(d, "ORDINA", bold=True, align=AL.CENTER, before=8, after=8)
for i, x in enumerate(["la chiusura della scuola primaria \"Arnolfo di Cambio\" di via Liguria nei giorni venerdì 9 e sabato 10 gennaio 2026, con sospensione delle attività didattiche;",
                       "al Settore Lavori Pubblici di provvedere con la massima urgenza alla riparazione dell'impianto di riscaldamento e di comunicare l'esito dell'intervento alla Dirigenza scolastica entro le ore 14:00 di sabato 10 gennaio 2026;",
                       "che il servizio di trasporto e di refezione scolastica per il plesso interessato sia sospeso per le medesime giornate."], 1):
    para(d, f"{i}.  {x}", indent=0.7, hanging=0.7)
para(d, "DISPONE", bold=True, align=AL.CENTER, before=8, after=8)
para(d, "che la presente ordinanza sia pubblicata all'Albo Pretorio on line e sul sito istituzionale del Comune e trasmessa all'Istituto Comprensivo n. 2, all'Ufficio Scolastico Territoriale di Siena, al Comando di Polizia Municipale e alla Prefettura di Siena.")
para(d, "Avverso il presente provvedimento è ammesso ricorso al T.A.R. della Toscana entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.", size=10.5, before=6)
para(d, "Colle di Val d'Elsa, 08/01/2026", before=14, align=AL.LEFT)
para(d, "IL SINDACO\nAlessandro Donati\n(firmato digitalmente)", align=AL.RIGHT, before=6)
d.save('ordinanza-colledivaldelsa-writer.docx')

# ---------------------------------------------------------------- 4. Avviso of another body, filed at Tursi
d = base('C059', 10.5, margins=(1.5, 2.0, 2.0, 2.0))
para(d, "CONSORZIO DI BONIFICA DELLA BASILICATA", bold=True, align=AL.LEFT, size=15, after=0)
para(d, "Ente pubblico economico – L.R. 11 gennaio 2017, n. 1", align=AL.LEFT, size=9, after=0)
para(d, "Via Annunziatella, 64 – 75100 Matera – PEC: bonificabasilicata@pec.it", align=AL.LEFT, size=9, after=0)
para(d, "Area Amministrativa – Ufficio Catasto e Ruoli", italic=True, align=AL.LEFT, size=9, after=14)
para(d, "Prot. n. 0018734/2025                                                                                         Matera, 20/11/2025", size=10, align=AL.LEFT, after=10)
para(d, "Ai Sindaci dei Comuni del comprensorio consortile\nAl Comune di Tursi – Ufficio Albo Pretorio\nprotocollo@pec.comune.tursi.mt.it", align=AL.LEFT, indent=9.0, after=12, size=10.5)
runs(d, [("Oggetto: ", True), ("Richiesta di pubblicazione all'Albo Pretorio dell'avviso di emissione del ruolo di contribuenza consortile anno 2025.", True)], indent=2.0, hanging=2.0, after=10)
para(d, "Si trasmette, con preghiera di pubblicazione all'Albo Pretorio on line di codesto Ente per trenta giorni consecutivi, l'avviso di seguito riportato, relativo all'emissione del ruolo di contribuenza per l'anno 2025. Si chiede di restituire, a pubblicazione avvenuta, la relata con l'indicazione del periodo di affissione.")
para(d, "AVVISO", bold=True, align=AL.CENTER, size=14, before=8, after=6)
para(d, "Si rende noto che, ai sensi dell'art. 10 del R.D. 13 febbraio 1933, n. 215 e del vigente Piano di classifica degli immobili approvato con deliberazione del Consiglio dei Delegati n. 7 del 24/03/2021, il Consorzio di Bonifica della Basilicata ha emesso il ruolo di contribuenza per l'anno 2025, relativo ai contributi di bonifica (cod. tributo 630) e di irrigazione (cod. tributo 648) dovuti dai proprietari di immobili ricadenti nel comprensorio consortile, ivi compresi quelli siti nel territorio del Comune di Tursi.")
para(d, "Gli avvisi di pagamento sono in corso di recapito ai contribuenti. Il pagamento dovrà essere effettuato entro il 31 gennaio 2026 in unica soluzione, ovvero in due rate con scadenza 31 gennaio 2026 e 31 maggio 2026, tramite il circuito pagoPA.")
para(d, "Il ruolo è depositato presso la sede consortile di Matera e presso l'Ufficio periferico di Policoro (via Lazio, 12), dove i contribuenti possono prenderne visione, dal lunedì al venerdì dalle ore 9:00 alle ore 12:30, e presentare eventuali istanze di rettifica entro sessanta giorni dalla notifica dell'avviso di pagamento.")
para(d, "Per informazioni: numero verde 800 195 512 – e-mail catasto@bonificabasilicata.it.")
para(d, "IL DIRETTORE GENERALE\nDott. Ing. Rocco Lorusso\n(firma digitale ai sensi del D.Lgs. 82/2005)", align=AL.RIGHT, before=14)
d.save('avviso-tursi-writer.docx')
print('ok')
