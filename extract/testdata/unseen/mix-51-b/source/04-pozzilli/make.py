# Determinazione, Comune di Pozzilli - written with pydyf (low-level PDF objects),
# monospaced layout of a legacy "terminal" atti procedure printed to PDF.
import sys, textwrap, pydyf

W, H = 595, 842
LM, TOP, LEAD, SIZE = 56, 790, 12.2, 9.6
COLS = 84

def esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')

doc = pydyf.PDF()
doc.info['Title'] = pydyf.String('DETERMINA AREA TECNICA 47/2026')
doc.info['Producer'] = pydyf.String('pydyf')
fonts = {}
for key, base in (('F1', 'Courier'), ('F2', 'Courier-Bold')):
    f = pydyf.Dictionary({'Type': '/Font', 'Subtype': '/Type1', 'BaseFont': '/' + base, 'Encoding': '/WinAnsiEncoding'})
    doc.add_object(f); fonts[key] = f.reference
pages_lines = []

def wrap(par, indent=0, first=None):
    first = indent if first is None else first
    out = textwrap.wrap(par, width=COLS - indent, initial_indent='', subsequent_indent='', break_long_words=False, break_on_hyphens=False)
    res = []
    for i, l in enumerate(out):
        res.append(((' ' * (first if i == 0 else indent)) + l, False))
    return res

L = []  # (text, bold)
def B(t): L.append((t, True))
def N(t=''): L.append((t, False))
def P(t, indent=0, first=None): L.extend(wrap(t, indent, first)); N()

rule = '=' * COLS
B('COMUNE DI POZZILLI'.center(COLS))
N('Provincia di Isernia'.center(COLS))
N('Piazza Municipio, 1 - 86077 Pozzilli (IS) - Tel. 0865 908421'.center(COLS))
N(rule)
B('AREA TECNICA')
N('SERVIZIO LAVORI PUBBLICI E MANUTENZIONI')
N('-' * COLS)
B('DETERMINAZIONE N. 47 DEL 12/03/2026')
N('REGISTRO GENERALE N. 112 DEL 12/03/2026')
N('-' * COLS)
N()
subj = ('LAVORI DI MANUTENZIONE STRAORDINARIA DELLA STRADA COMUNALE "SANTA MARIA OLIVETO" - '
        'AFFIDAMENTO DIRETTO AI SENSI DELL\'ART. 50, COMMA 1, LETT. A), DEL D.LGS. 36/2023 ALLA DITTA '
        'EDIL VENAFRANA S.R.L. - CIG B7A41C29E0 - IMPEGNO DI SPESA.')
sw = textwrap.wrap(subj, width=COLS - 10, break_on_hyphens=False)
L.append(('OGGETTO:  ' + sw[0], True))
for s in sw[1:]:
    L.append(('          ' + s, True))
N(); N(rule)
B('IL RESPONSABILE DEL SERVIZIO'.center(COLS))
N()
P('VISTO il decreto sindacale n. 3 del 02/01/2026 con il quale il sottoscritto e\' stato nominato '
  'Responsabile dell\'Area Tecnica con attribuzione delle funzioni di cui all\'art. 107 del D.Lgs. 267/2000;')
P('PREMESSO che a seguito delle precipitazioni del mese di febbraio il piano viabile della strada comunale '
  '"Santa Maria Oliveto" presenta cedimenti e ammaloramenti tali da compromettere la sicurezza della circolazione, '
  'come da verbale di sopralluogo del 23/02/2026;')
P('VISTO il computo metrico estimativo redatto dall\'Ufficio Tecnico comunale, dell\'importo di euro 36.420,00 '
  'oltre IVA, di cui euro 1.120,00 per oneri della sicurezza non soggetti a ribasso;')
P('DATO ATTO che la ditta EDIL VENAFRANA S.R.L., con sede in Venafro (IS), P.IVA 00912450946, interpellata '
  'tramite la piattaforma di approvvigionamento digitale, ha offerto un ribasso del 6,50% sull\'importo a base '
  'di gara, ritenuto congruo;')
P('ACCERTATA la regolarita\' contributiva della ditta (DURC prot. INAIL_52817436, scadenza 18/06/2026);')
P('VISTI il D.Lgs. 267/2000, il D.Lgs. 36/2023 e il vigente Regolamento comunale di contabilita\';')
B('D E T E R M I N A'.center(COLS)); N()
P('1. di affidare alla ditta EDIL VENAFRANA S.R.L. i lavori di manutenzione straordinaria della strada '
  'comunale "Santa Maria Oliveto" per l\'importo netto di euro 34.125,30, compresi gli oneri della '
  'sicurezza, oltre IVA al 22%, per complessivi euro 41.632,87;', indent=3, first=0)
P('2. di impegnare la somma di euro 41.632,87 sul capitolo 2818/1 "Manutenzione straordinaria viabilita\'" '
  'del bilancio 2026/2028, esercizio 2026;', indent=3, first=0)
P('3. di dare atto che il Responsabile Unico del Progetto e\' il Geom. Antonio Cimino;', indent=3, first=0)
P('4. di trasmettere la presente al Servizio Finanziario per l\'apposizione del visto di regolarita\' '
  'contabile attestante la copertura finanziaria.', indent=3, first=0)
N()
N('Pozzilli, 12/03/2026')
N()
N(' ' * 44 + 'IL RESPONSABILE DEL SERVIZIO')
N(' ' * 44 + '(Ing. Gianluca Ricciardi)')
N(' ' * 44 + 'firmato digitalmente')
N()
N(rule)
B('VISTO DI REGOLARITA\' CONTABILE')
P('Si appone il visto di regolarita\' contabile attestante la copertura finanziaria ai sensi dell\'art. 151, '
  'comma 4, del D.Lgs. 267/2000. Impegno n. 214/2026.')
N('Pozzilli, 13/03/2026' + ' ' * 18 + 'IL RESPONSABILE DEL SERVIZIO FINANZIARIO')
N(' ' * 38 + '(Dott.ssa Rosaria Di Meo)')
N(rule)
B('PUBBLICAZIONE')
P('Copia della presente viene pubblicata all\'Albo Pretorio on line dal 16/03/2026 per 15 giorni consecutivi. '
  'N. Reg. Pubbl. 198.')

per_page = int((TOP - 60) / LEAD)
chunks = [L[i:i + per_page] for i in range(0, len(L), per_page)]
page_objs = []
pages = pydyf.Dictionary({'Type': '/Pages', 'Kids': pydyf.Array([]), 'Count': 0})
doc.add_object(pages)
for n, chunk in enumerate(chunks, 1):
    s = pydyf.Stream()
    y = TOP
    for text, bold in chunk:
        s.begin_text(); s.set_font_size('F2' if bold else 'F1', SIZE)
        s.set_text_matrix(1, 0, 0, 1, LM, y)
        s.stream.append(b'(' + esc(text).encode('cp1252') + b') Tj')
        s.end_text()
        y -= LEAD
    foot = 'DET. AREA TECNICA N. 47/2026 - R.G. N. 112' + ' ' * 26 + 'PAG. %d DI %d' % (n, len(chunks))
    s.begin_text(); s.set_font_size('F1', 8); s.set_text_matrix(1, 0, 0, 1, LM, 36)
    s.stream.append(b'(' + esc(foot).encode('cp1252') + b') Tj'); s.end_text()
    doc.add_object(s)
    page = pydyf.Dictionary({'Type': '/Page', 'Parent': pages.reference, 'MediaBox': pydyf.Array([0, 0, W, H]),
                             'Contents': s.reference,
                             'Resources': pydyf.Dictionary({'Font': pydyf.Dictionary(fonts)})})
    doc.add_object(page)
    pages['Kids'].append(page.reference)
pages['Count'] = len(chunks)
doc.catalog['Pages'] = pages.reference
with open(sys.argv[1], 'wb') as f:
    doc.write(f)
