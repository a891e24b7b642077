# Builds three Word documents with python-docx; converted to PDF by LibreOffice (build.sh)
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def base(font='Liberation Serif', size=11):
    d = Document()
    s = d.styles['Normal']; s.font.name = font; s.font.size = Pt(size)
    s.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    s.paragraph_format.space_after = Pt(3)
    sec = d.sections[0]
    sec.page_height = Mm(297); sec.page_width = Mm(210)
    sec.left_margin = sec.right_margin = Mm(20); sec.top_margin = Mm(15); sec.bottom_margin = Mm(18)
    return d

def para(d, text='', bold=False, size=None, align=None, italic=False, after=None, before=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if before is not None: p.paragraph_format.space_before = Pt(before)
    return p

def borders(table, sz=6):
    tbl = table._tbl; tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top','left','bottom','right','insideH','insideV'):
        el = OxmlElement('w:'+e); el.set(qn('w:val'),'single'); el.set(qn('w:sz'),str(sz)); el.set(qn('w:color'),'000000'); b.append(el)
    tblPr.append(b)

def add_page_number_footer(sec, prefix):
    p = sec.footer.paragraphs[0]; p.alignment = AL.CENTER
    r = p.add_run(prefix); r.font.size = Pt(8)
    for kind, txt in (('begin',None),(None,'PAGE'),('end',None)):
        r = p.add_run(); r.font.size = Pt(8)
        if kind:
            f = OxmlElement('w:fldChar'); f.set(qn('w:fldCharType'), kind); r._r.append(f)
        else:
            t = OxmlElement('w:instrText'); t.set(qn('xml:space'),'preserve'); t.text = txt; r._r.append(t)

def cellText(c, text, bold=False, align=None, size=None):
    c.text = ''
    p = c.paragraphs[0]; r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    p.paragraph_format.space_after = Pt(1)

# ---------------- 1. Sedilo, Giunta (Zuddas-like Word print) ----------------
d = base('Liberation Serif', 11)
sec = d.sections[0]
hp = sec.header.paragraphs[0]; hp.alignment = AL.RIGHT
r = hp.add_run('COPIA CONFORME ALL\'ORIGINALE'); r.font.size = Pt(8); r.italic = True
add_page_number_footer(sec, 'Deliberazione G.C. n. 104 del 18/12/2025 - pag. ')
para(d, 'COMUNE DI SEDILO', True, 18, AL.CENTER, after=0)
para(d, 'PROVINCIA DI ORISTANO', False, 10, AL.CENTER, after=0)
para(d, 'Corso Eleonora, 1 - 09076 Sedilo (OR) - Tel. 0785 560000', False, 8.5, AL.CENTER, italic=True, after=8)
t = d.add_table(rows=2, cols=2); borders(t, 8); t.alignment = WD_TABLE_ALIGNMENT.CENTER
m = t.cell(0,0).merge(t.cell(0,1)); cellText(m, 'VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE', True, AL.CENTER, 12)
cellText(t.cell(1,0), 'N. 104', True, AL.CENTER, 12); cellText(t.cell(1,1), 'Data 18/12/2025', True, AL.CENTER, 12)
para(d, '', after=2)
t = d.add_table(rows=1, cols=2); borders(t, 4); t.autofit = False
cellText(t.cell(0,0), 'OGGETTO:', True)
cellText(t.cell(0,1), 'Assegnazione delle risorse per il servizio civico comunale anno 2026 e approvazione dei criteri di accesso - Programma regionale di contrasto alle povertà (L.R. n. 18/2016).', True)
t.columns[0].width = Mm(25); t.columns[1].width = Mm(145)
t.cell(0,0).width = Mm(25); t.cell(0,1).width = Mm(145)
para(d, '', after=2)
p = para(d, "L'anno duemilaventicinque, addì diciotto del mese di dicembre, alle ore 12:30, nella Casa Comunale, si è riunita la Giunta Comunale, convocata nei modi di legge, con la presenza dei Signori:", align=AL.JUSTIFY)
roll = [('PES SALVATORE','Sindaco','SI'),('MANCA GIOVANNA MARIA','Vice Sindaco','SI'),('FADDA ANTONELLO','Assessore','NO'),('CHESSA ROBERTA','Assessore','SI')]
t = d.add_table(rows=1+len(roll), cols=3); borders(t, 4); t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i,h in enumerate(('Componente','Qualifica','Presente')): cellText(t.cell(0,i), h, True, AL.CENTER, 10)
for j,(n,q,pr) in enumerate(roll,1):
    cellText(t.cell(j,0), n, size=10); cellText(t.cell(j,1), q, size=10); cellText(t.cell(j,2), pr, align=AL.CENTER, size=10)
para(d, 'Presenti: 3     Assenti: 1', False, 10, AL.RIGHT, before=2)
para(d, "Partecipa il Segretario Comunale Dott. Giovanni Mario Sanna, il quale provvede alla redazione del presente verbale.", align=AL.JUSTIFY)
para(d, "Il Sindaco Salvatore Pes, constatato il numero legale degli intervenuti, assume la presidenza e dichiara aperta la seduta.", align=AL.JUSTIFY)
para(d, 'LA GIUNTA COMUNALE', True, 11.5, AL.CENTER, before=6)
for s in [
 "VISTA la L.R. 2 agosto 2016, n. 18, recante \"Reddito di inclusione sociale - Fondo regionale per il reddito di inclusione sociale - Agiudu torrau\", e le relative linee guida approvate dalla Giunta Regionale;",
 "CONSIDERATO che tra le misure di contrasto alla povertà rientra il servizio civico comunale, finalizzato all'inserimento in attività di utilità collettiva di persone in condizione di disagio economico;",
 "VISTA la nota della RAS - Assessorato dell'Igiene e Sanità e dell'Assistenza Sociale prot. n. 15873 del 21/11/2025, con la quale è stata comunicata al Comune di Sedilo l'assegnazione di € 38.420,00 per l'annualità 2026;",
 "VISTA la proposta dell'Ufficio Servizi Sociali e ritenuto di approvarla;",
 "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
 "CON VOTAZIONE unanime, espressa in forma palese,"]:
    para(d, s, align=AL.JUSTIFY)
para(d, 'DELIBERA', True, 11.5, AL.CENTER, before=4)
for s in [
 "1) Di destinare la somma di € 38.420,00, assegnata dalla Regione Autonoma della Sardegna, all'attivazione del servizio civico comunale per l'anno 2026;",
 "2) Di approvare i criteri di accesso al servizio indicati nel documento allegato, che forma parte integrante del presente atto, prevedendo un compenso orario di € 8,50 per un impegno massimo di 80 ore mensili;",
 "3) Di dare mandato al Responsabile del Servizio Socio-Assistenziale per la predisposizione del bando pubblico e di tutti gli atti gestionali conseguenti."]:
    para(d, s, align=AL.JUSTIFY)
para(d, "Con separata e unanime votazione, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", align=AL.JUSTIFY, before=4)
p = para(d, 'Letto, confermato e sottoscritto', italic=True, before=10); p.paragraph_format.keep_with_next = True
p = para(d, '\tIL PRESIDENTE\tIL SEGRETARIO COMUNALE', True); p.paragraph_format.keep_with_next = True
p.paragraph_format.tab_stops.add_tab_stop(Mm(40), 1); p.paragraph_format.tab_stops.add_tab_stop(Mm(130), 1)
p = para(d, '\tF.to Salvatore Pes\tF.to Dott. Giovanni Mario Sanna')
p.paragraph_format.tab_stops.add_tab_stop(Mm(40), 1); p.paragraph_format.tab_stops.add_tab_stop(Mm(130), 1)
para(d, '', after=6)
t = d.add_table(rows=1, cols=1); borders(t, 4)
cellText(t.cell(0,0), 'CERTIFICATO DI PUBBLICAZIONE', True, AL.CENTER, 10)
p = t.cell(0,0).add_paragraph("Si certifica che la presente deliberazione è stata pubblicata all'Albo Pretorio on line in data 19/12/2025 per quindici giorni consecutivi (n. 947 del registro) ed è stata trasmessa ai capigruppo consiliari con nota prot. n. 7712 del 19/12/2025.\nSedilo, 19/12/2025                                        Il Responsabile della pubblicazione F.to Maria Antonietta Porcu")
for r in p.runs: r.font.size = Pt(9.5)
d.save('giunta-sedilo-zuddas.docx')

# ---------------- 2. Salò, ordinanza (Word template of the Polizia Locale) ----------------
d = base('Liberation Sans', 10.5)
sec = d.sections[0]
add_page_number_footer(sec, 'Comune di Salò - Settore Polizia Locale - Lungolago Zanardelli, 55 - 25087 Salò (BS) - pag. ')
t = d.add_table(rows=1, cols=2)
cellText(t.cell(0,0), '[stemma]', align=AL.CENTER, size=8)
c = t.cell(0,1); cellText(c, 'COMUNE DI SALÒ', True, size=17)
p = c.add_paragraph(); r = p.add_run('Provincia di Brescia'); r.font.size = Pt(10)
t.cell(0,0).width = Mm(25); t.cell(0,1).width = Mm(145)
para(d, 'SETTORE POLIZIA LOCALE', True, 12, AL.CENTER, before=8, after=0)
para(d, 'Ufficio Viabilità e Traffico', False, 10, AL.CENTER, italic=True, after=10)
para(d, 'ORDINANZA N. 73 del 04/12/2025', True, 13, AL.CENTER, after=8)
p = d.add_paragraph(); p.paragraph_format.left_indent = Mm(22); p.paragraph_format.first_line_indent = Mm(-22)
r = p.add_run('OGGETTO:\t'); r.bold = True
r = p.add_run('Disciplina temporanea della circolazione e della sosta in Piazza Vittoria, Via San Carlo e Lungolago Zanardelli in occasione della manifestazione "Natale a Salò - Mercatini sul Lago" dal 6 dicembre 2025 al 6 gennaio 2026.'); r.bold = True
p.alignment = AL.JUSTIFY
para(d, 'IL RESPONSABILE DEL SETTORE POLIZIA LOCALE', True, 11, AL.CENTER, before=10)
for s in [
 "VISTA la richiesta dell'Associazione Salò Eventi, pervenuta al protocollo comunale n. 28311 del 14/11/2025, finalizzata allo svolgimento della manifestazione in oggetto;",
 "VISTA la deliberazione della Giunta Comunale n. 196 del 25/11/2025, con la quale è stato concesso il patrocinio all'iniziativa;",
 "RITENUTO necessario, per garantire la sicurezza dei pedoni e degli espositori, adottare provvedimenti temporanei di limitazione della circolazione veicolare;",
 "VISTI gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 e il relativo Regolamento di esecuzione (D.P.R. 495/1992);",
 "VISTO l'art. 107 del D.Lgs. 18 agosto 2000, n. 267;"]:
    para(d, s, align=AL.JUSTIFY)
para(d, 'O R D I N A', True, 12, AL.CENTER, before=8)
para(d, 'dal 6 dicembre 2025 al 6 gennaio 2026, per le motivazioni espresse in premessa:', align=AL.JUSTIFY)
for s in [
 "l'istituzione del divieto di transito, eccetto veicoli di soccorso, forze dell'ordine e mezzi degli espositori autorizzati dalle ore 7:00 alle ore 10:00, in Piazza Vittoria e in Via San Carlo;",
 "l'istituzione del divieto di sosta con rimozione forzata, su ambo i lati, nel tratto del Lungolago Zanardelli compreso tra Piazza della Serenissima e Piazza Vittoria;",
 "la riserva di n. 4 stalli di sosta in Via Garibaldi per i veicoli al servizio di persone con disabilità munite dell'apposito contrassegno;",
 "all'Associazione Salò Eventi la posa e la rimozione della segnaletica conforme al Codice della Strada, almeno 48 ore prima dell'inizio dei divieti."]:
    p = d.add_paragraph(s, style='List Bullet'); p.alignment = AL.JUSTIFY
para(d, "La Polizia Locale e gli altri organi di cui all'art. 12 del Codice della Strada sono incaricati di far rispettare la presente ordinanza. Avverso il presente provvedimento è ammesso ricorso al T.A.R. Lombardia - Sezione di Brescia entro 60 giorni dalla pubblicazione, ovvero, entro 60 giorni, ricorso al Ministero delle Infrastrutture e dei Trasporti ai sensi dell'art. 37, comma 3, del D.Lgs. 285/1992.", align=AL.JUSTIFY, before=6)
para(d, 'Salò, 04/12/2025', before=10)
para(d, 'IL RESPONSABILE DEL SETTORE\nCommissario Capo Andrea Bonetti\n(firmato digitalmente)', align=AL.RIGHT)
d.save('ordinanza-salo-word.docx')

# ---------------- 3. Racconigi, annex (tariff table) ----------------
d = base('Liberation Sans', 10)
sec = d.sections[0]
hp = sec.header.paragraphs[0]; hp.alignment = AL.RIGHT
r = hp.add_run('Allegato A) alla deliberazione G.C. n. 152 del 02/12/2025'); r.font.size = Pt(8.5); r.bold = True
add_page_number_footer(sec, 'Tariffe servizi cimiteriali 2026 - pag. ')
para(d, 'CITTÀ DI RACCONIGI', True, 15, AL.CENTER, after=0)
para(d, 'Provincia di Cuneo', False, 9.5, AL.CENTER, after=0)
para(d, 'Area Tecnica - Servizi Cimiteriali', False, 9.5, AL.CENTER, italic=True, after=10)
para(d, 'TARIFFE DEI SERVIZI CIMITERIALI E DELLE CONCESSIONI - ANNO 2026', True, 12, AL.CENTER, after=8)
rows = [
 ('A','OPERAZIONI CIMITERIALI','',''),
 ('A.1','Inumazione in campo comune (salma adulta)','cad.','350,00'),
 ('A.2','Inumazione in campo comune (minore di anni 10)','cad.','120,00'),
 ('A.3','Tumulazione in loculo o colombario','cad.','280,00'),
 ('A.4','Tumulazione di urna cineraria o cassetta ossario','cad.','95,00'),
 ('A.5','Esumazione ordinaria con raccolta resti','cad.','310,00'),
 ('A.6','Estumulazione ordinaria','cad.','330,00'),
 ('A.7','Traslazione interna al cimitero','cad.','180,00'),
 ('B','CONCESSIONI (durata 50 anni)','',''),
 ('B.1','Loculo 1ª e 4ª fila - Cimitero urbano','cad.','2.450,00'),
 ('B.2','Loculo 2ª e 3ª fila - Cimitero urbano','cad.','3.100,00'),
 ('B.3','Celletta ossario / cinerario','cad.','620,00'),
 ('B.4','Area per tomba di famiglia (fino a 8 posti)','mq','1.150,00'),
 ('C','DIRITTI E SERVIZI DIVERSI','',''),
 ('C.1','Dispersione delle ceneri in area dedicata','cad.','110,00'),
 ('C.2','Illuminazione votiva - canone annuo per punto luce','anno','22,00'),
 ('C.3','Illuminazione votiva - allacciamento','cad.','30,00'),
]
t = d.add_table(rows=1+len(rows), cols=4); borders(t, 4)
for i,h in enumerate(('Cod.','Descrizione','U.M.','Tariffa (€)')): cellText(t.cell(0,i), h, True, AL.CENTER, 9.5)
for j,(a,b,c_,e) in enumerate(rows,1):
    sect = (c_ == '')
    cellText(t.cell(j,0), a, sect, size=9.5); cellText(t.cell(j,1), b, sect, size=9.5)
    cellText(t.cell(j,2), c_, align=AL.CENTER, size=9.5); cellText(t.cell(j,3), e, align=AL.RIGHT, size=9.5)
for j in range(len(rows)+1):
    for i,w in enumerate((15,110,18,27)): t.cell(j,i).width = Mm(w)
para(d, 'Note', True, 10, before=10)
for s in [
 "Le tariffe delle operazioni cimiteriali si intendono IVA esclusa, ove dovuta; le tariffe delle concessioni sono esenti ai sensi dell'art. 10 del D.P.R. 633/1972.",
 "Per i defunti residenti in Racconigi al momento del decesso si applica una riduzione del 20% sulle tariffe della sezione A.",
 "Le operazioni eseguite il sabato pomeriggio o nei giorni festivi sono maggiorate del 30%.",
 "Le presenti tariffe si applicano dal 1° gennaio 2026 e sostituiscono quelle approvate con deliberazione G.C. n. 171 del 19/12/2024."]:
    p = d.add_paragraph(s, style='List Number'); p.alignment = AL.JUSTIFY
    for r in p.runs: r.font.size = Pt(9.5)
para(d, 'Il Responsabile dell\'Area Tecnica\nArch. Elena Bertola', align=AL.RIGHT, before=14)
d.save('allegato-racconigi-word.docx')
