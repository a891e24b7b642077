# Avviso pubblico n. 6/2026, Comune di Rocca di Papa: SVG pages written by hand, converted by rsvg-convert (librsvg/cairo)
import sys, textwrap, subprocess, os
from xml.sax.saxutils import escape as E

out = sys.argv[1]
W, H = 595, 842
pages = []
cur = []
y = 0

def new_page(first=False):
    global cur, y
    if cur: pages.append(cur)
    cur = []
    # page furniture
    cur.append(f'<rect x="0" y="0" width="{W}" height="8" fill="#7a1f2b"/>')
    cur.append(f'<text x="{W-40}" y="{H-24}" font-family="Liberation Sans" font-size="7.5" text-anchor="end">Avviso pubblico n. 6/2026 – pagina {len(pages)+1} di 2</text>')
    cur.append(f'<text x="40" y="{H-24}" font-family="Liberation Sans" font-size="7.5">Comune di Rocca di Papa – Settore II – Servizi alla Persona</text>')
    y = 50 if not first else 40

def line(t, size=10, bold=False, x=50, anchor='start', color='#000', gap=None):
    global y
    w = 'bold' if bold else 'normal'
    cur.append(f'<text x="{x}" y="{y}" font-family="Liberation Sans" font-size="{size}" font-weight="{w}" fill="{color}" text-anchor="{anchor}">{E(t)}</text>')
    y += gap if gap is not None else size * 1.38

def para(t, size=10, width=98, x=50, bold=False, after=5):
    global y
    for l in textwrap.wrap(t, width=width, break_on_hyphens=False):
        if y > H - 60: new_page()
        line(l, size, bold, x)
    y += after

new_page(first=True)
# letterhead
cur.append('<rect x="50" y="28" width="46" height="54" fill="none" stroke="#7a1f2b" stroke-width="1"/>')
cur.append('<text x="73" y="92" font-family="Liberation Sans" font-size="5.5" text-anchor="middle">Stemma</text>')
y = 46
line('COMUNE DI ROCCA DI PAPA', 18, True, x=110, color='#7a1f2b', gap=17)
line('Città Metropolitana di Roma Capitale', 10, x=110, gap=13)
line('Corso Costituente, 26 – 00040 Rocca di Papa (RM)', 8.5, x=110, gap=11)
line('SETTORE II – SERVIZI ALLA PERSONA', 9.5, True, x=110, gap=12)
line('Ufficio Servizi Sociali', 9, x=110, gap=16)
cur.append(f'<line x1="50" y1="{y}" x2="{W-50}" y2="{y}" stroke="#7a1f2b" stroke-width="1.2"/>')
y += 26
cur.append(f'<rect x="50" y="{y-18}" width="{W-100}" height="88" fill="#f6ecee" stroke="#7a1f2b"/>')
line('AVVISO PUBBLICO N. 6/2026', 16, True, x=W/2, anchor='middle', gap=20)
for l in ['AVVISO PUBBLICO PER LA CONCESSIONE DI CONTRIBUTI ECONOMICI A SOSTEGNO',
          'DEL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNO 2026']:
    line(l, 11, True, x=W/2, anchor='middle', gap=15)
line('(Legge 9 dicembre 1998, n. 431, art. 11 – Deliberazione G.C. n. 47 del 26/03/2026)', 8.5, x=W/2, anchor='middle', gap=12)
y += 30
para('IL RESPONSABILE DEL SETTORE II', 10.5, bold=True, x=W/2 - 95)
para('In esecuzione della deliberazione della Giunta Comunale n. 47 del 26/03/2026 e della determinazione del '
     'Settore II n. 88 del 08/04/2026, che ha approvato il presente avviso e il modello di domanda,')
para('RENDE NOTO', 10.5, bold=True, x=W/2 - 38)
para('che dal 13/04/2026 al 15/05/2026 i cittadini in possesso dei requisiti di seguito indicati possono presentare domanda '
     'per ottenere un contributo economico a sostegno del pagamento dei canoni di locazione relativi all’anno 2026.')
para('Art. 1 – Requisiti di accesso', 10.5, bold=True)
for i, t in enumerate([
    'residenza anagrafica nel Comune di Rocca di Papa e nell’alloggio per il quale si richiede il contributo;',
    'titolarità di un contratto di locazione ad uso abitativo regolarmente registrato, non stipulato tra parenti o affini entro il secondo grado;',
    'valore ISEE ordinario o corrente del nucleo familiare non superiore a € 15.000,00;',
    'incidenza del canone annuo sul valore ISE non inferiore al 24%;',
    'non titolarità, per nessun componente del nucleo, di diritti di proprietà su alloggio adeguato nella provincia di Roma.'], 1):
    ls = textwrap.wrap(t, width=90)
    line(f'{chr(96+i)})', 10, x=58, gap=0)
    for l in ls:
        line(l, 10, x=74)
    y += 2
y += 4
para('Art. 2 – Entità del contributo', 10.5, bold=True)
para('Il contributo è determinato in misura pari alla differenza tra il canone annuo effettivamente corrisposto e il 14% del '
     'valore ISE, fino a un massimo di € 2.400,00 per nucleo familiare, nei limiti delle risorse disponibili pari a € 96.000,00.')
new_page()
para('Art. 3 – Modalità e termini di presentazione delle domande', 10.5, bold=True)
para('La domanda, redatta esclusivamente sul modello allegato al presente avviso e disponibile sul sito istituzionale, dovrà '
     'pervenire entro le ore 12:00 del 15/05/2026 con una delle seguenti modalità: consegna a mano all’Ufficio Protocollo '
     '(lunedì–venerdì 9:00–12:00, martedì e giovedì anche 15:30–17:30); posta elettronica certificata all’indirizzo '
     'protocollo@pec.comune.roccadipapa.rm.it; raccomandata A/R (fa fede la data di ricezione).')
para('Art. 4 – Formazione della graduatoria', 10.5, bold=True)
para('L’Ufficio Servizi Sociali provvederà all’istruttoria delle domande e alla formazione della graduatoria provvisoria, che '
     'sarà pubblicata all’Albo Pretorio on line per 10 giorni consecutivi, durante i quali potranno essere presentate osservazioni.')
para('Art. 5 – Controlli', 10.5, bold=True)
para('L’Amministrazione effettuerà controlli a campione sulla veridicità delle dichiarazioni rese ai sensi del D.P.R. 445/2000, '
     'anche avvalendosi della Guardia di Finanza.')
para('Art. 6 – Trattamento dei dati personali', 10.5, bold=True)
para('I dati personali saranno trattati nel rispetto del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente '
     'avviso. Titolare del trattamento è il Comune di Rocca di Papa.')
para('Art. 7 – Informazioni', 10.5, bold=True)
para('Responsabile del procedimento: Dott.ssa Giulia Fiorentini – tel. 06 9428641 – servizisociali@comune.roccadipapa.rm.it.')
y += 14
line('Rocca di Papa, 10/04/2026', 10, x=50, gap=0)
line('IL RESPONSABILE DEL SETTORE II', 10, True, x=420, anchor='middle')
line('Dott. Emanuele Cerroni', 10, x=420, anchor='middle')
line('(firmato digitalmente ai sensi del D.Lgs. 82/2005)', 7.5, x=420, anchor='middle')
pages.append(cur)

d = os.path.dirname(os.path.abspath(out))
files = []
for i, p in enumerate(pages, 1):
    fn = os.path.join(d, f'_avviso_p{i}.svg')
    with open(fn, 'w', encoding='utf-8') as f:
        f.write(f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}pt" height="{H}pt" viewBox="0 0 {W} {H}">\n'
                f'<rect width="{W}" height="{H}" fill="white"/>\n' + '\n'.join(p) + '\n</svg>\n')
    files.append(fn)
subprocess.run(['rsvg-convert', '-f', 'pdf', '-o', out] + files, check=True)
for fn in files: os.remove(fn)
