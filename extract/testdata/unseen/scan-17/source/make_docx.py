# Builds the two Word-template documents (converted to PDF by soffice in build.sh)
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def base(font):
    d = Document()
    s = d.styles['Normal']; s.font.name = font; s.font.size = Pt(10.5)
    s.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    for sec in d.sections:
        sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = sec.bottom_margin = Cm(2)
    return d

def para(d, text, bold=False, size=None, align=None, after=4):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(after)
    return p

def grid(t):
    t.style = 'Table Grid'

# ---- Vado Ligure: Allegato A (quadro economico) ----
d = base('Liberation Sans')
para(d, 'COMUNE DI VADO LIGURE', True, 15, 'c', 0)
para(d, 'Provincia di Savona', False, 9.5, 'c', 0)
para(d, 'Settore Lavori Pubblici – Ambiente', False, 9.5, 'c', 10)
para(d, 'ALLEGATO A', True, 12, 'r', 2)
para(d, 'alla determinazione del Settore Lavori Pubblici – Ambiente n. 402 del 15/10/2025', False, 9, 'r', 12)
para(d, 'LAVORI DI RIFACIMENTO DELLA PAVIMENTAZIONE E DEI SOTTOSERVIZI DI VIA ALDO MORO (TRATTO VIA PIAVE – PIAZZA CAVOUR)', True, 11, 'c', 4)
para(d, 'QUADRO ECONOMICO RIMODULATO A SEGUITO DI AGGIUDICAZIONE', True, 10.5, 'c', 10)
rows = [
 ('A', 'LAVORI', '', True),
 ('A.1', 'Lavori a misura soggetti a ribasso', '312.480,00', False),
 ('A.2', 'Ribasso d\'asta del 12,374%', '- 38.666,28', False),
 ('A.3', 'Oneri per la sicurezza non soggetti a ribasso', '11.520,00', False),
 ('', 'Totale lavori aggiudicati (A.1 + A.2 + A.3)', '285.333,72', True),
 ('B', 'SOMME A DISPOSIZIONE DELL\'AMMINISTRAZIONE', '', True),
 ('B.1', 'IVA 10% sui lavori', '28.533,37', False),
 ('B.2', 'Spese tecniche (progettazione, D.L., CSE) compresi oneri e IVA', '38.950,00', False),
 ('B.3', 'Incentivi per funzioni tecniche (art. 45 D.Lgs. 36/2023)', '5.184,00', False),
 ('B.4', 'Allacciamenti ai pubblici servizi', '6.000,00', False),
 ('B.5', 'Contributo ANAC', '250,00', False),
 ('B.6', 'Imprevisti e arrotondamenti', '9.082,63', False),
 ('B.7', 'Economie da ribasso d\'asta (comprensive di IVA)', '42.532,91', False),
 ('', 'Totale somme a disposizione (B)', '130.532,91', True),
 ('', 'TOTALE GENERALE (A + B)', '415.866,63', True),
]
t = d.add_table(rows=1, cols=3); grid(t)
h = t.rows[0].cells; h[0].text='Voce'; h[1].text='Descrizione'; h[2].text='Importo (€)'
for c in h:
    for r in c.paragraphs[0].runs: r.bold = True
for v, desc, imp, b in rows:
    c = t.add_row().cells; c[0].text = v; c[1].text = desc; c[2].text = imp
    c[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for cc in c:
        for r in cc.paragraphs[0].runs: r.bold = b
for row in t.rows:
    row.cells[0].width = Cm(1.6); row.cells[1].width = Cm(11.4); row.cells[2].width = Cm(3.6)
para(d, '', after=6)
para(d, 'Finanziamento: quanto a € 300.000,00 con contributo regionale (D.G.R. Liguria n. 688 del 25/07/2025) e quanto a € 115.866,63 con fondi propri di bilancio, capitolo 2810/5 "Manutenzione straordinaria strade".', False, 9.5, 'j', 6)
para(d, 'CUP: D37H24000880004 – CIG: B5C31E9A27', False, 9.5, None, 14)
para(d, 'Vado Ligure, 15/10/2025', False, 10, None, 12)
para(d, 'IL RESPONSABILE UNICO DEL PROGETTO', False, 10, 'r', 0)
para(d, 'Geom. Enrico Briano', False, 10, 'r', 30)
para(d, 'IL DIRIGENTE DEL SETTORE', False, 10, 'r', 0)
para(d, 'Arch. Valentina Peluffo', False, 10, 'r', 0)
d.save('docx/allegato-vado-word.docx')

# ---- Oleggio: avviso di deposito (Siscom) ----
d = base('Liberation Serif')
para(d, 'COMUNE DI OLEGGIO', True, 16, 'c', 0)
para(d, 'Provincia di Novara', False, 10, 'c', 0)
para(d, 'Servizio Messi Notificatori', False, 10, 'c', 14)
t = d.add_table(rows=2, cols=2); grid(t)
t.cell(0,0).text = 'Registro depositi'; t.cell(0,1).text = 'n. 37/2026'
t.cell(1,0).text = 'Data'; t.cell(1,1).text = '09/03/2026'
para(d, '', after=8)
para(d, 'AVVISO DI DEPOSITO DI ATTI NELLA CASA COMUNALE', True, 12.5, 'c', 2)
para(d, '(art. 140 del Codice di procedura civile – art. 60 del D.P.R. 29 settembre 1973, n. 600)', False, 9.5, 'c', 12)
para(d, 'IL MESSO NOTIFICATORE', True, 11, 'c', 8)
para(d, 'rende noto che, non essendo stato possibile eseguire la notificazione a mani del destinatario per irreperibilità temporanea dello stesso presso l\'indirizzo di residenza, in data odierna è stato depositato presso la Casa Comunale – Ufficio Messi, Piazza Martiri della Libertà n. 1 – il seguente atto:', False, None, 'j', 8)
t = d.add_table(rows=4, cols=2); grid(t)
data = [('Atto', 'Avviso di accertamento esecutivo TARI anno 2021 n. 2026/000814'),
        ('Ente emittente', 'Comune di Oleggio – Servizio Tributi'),
        ('Destinatario', 'R. M. (generalità complete agli atti dell\'ufficio)'),
        ('Ultimo indirizzo noto', 'Via Gallarate – 28047 Oleggio (NO)')]
for i,(a,b) in enumerate(data):
    t.cell(i,0).text = a; t.cell(i,1).text = b
    for r in t.cell(i,0).paragraphs[0].runs: r.bold = True
para(d, '', after=8)
para(d, 'Il destinatario potrà ritirare l\'atto presso l\'Ufficio Messi nei seguenti orari: dal lunedì al venerdì dalle ore 9:00 alle ore 12:30, il giovedì anche dalle ore 15:00 alle ore 17:30, munito di documento di riconoscimento. Dell\'avvenuto deposito è stata data notizia al destinatario mediante avviso affisso alla porta dell\'abitazione e raccomandata con avviso di ricevimento.', False, None, 'j', 8)
para(d, 'La notificazione si ha per eseguita decorsi dieci giorni dalla data di spedizione della raccomandata ovvero dalla data del ritiro, se anteriore.', False, None, 'j', 8)
para(d, 'Il presente avviso è pubblicato all\'Albo Pretorio on line del Comune per otto giorni consecutivi.', False, None, 'j', 14)
para(d, 'Oleggio, 09/03/2026', False, None, None, 14)
para(d, 'IL MESSO NOTIFICATORE', False, None, 'r', 0)
para(d, 'Roberta Zanetta', False, None, 'r', 40)
para(d, 'Siscom – Servizi Demografici / Messi – modello AD-140', False, 7.5, None, 0)
d.save('docx/avviso-deposito-oleggio-siscom.docx')
print('ok')
