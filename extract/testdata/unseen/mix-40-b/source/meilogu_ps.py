# Unione dei Comuni del Meilogu - determinazione as printed by a legacy Unix character-mode
# procedure to a PostScript queue (Courier, 80 columns), then converted with Ghostscript ps2pdf.
import sys, textwrap
W = 78
def wrap(t, ind=0, first=None):
    first = ind if first is None else first
    return textwrap.wrap(t, W, initial_indent=' ' * first, subsequent_indent=' ' * ind)
L = []
L += ['UNIONE DEI COMUNI DEL MEILOGU'.center(W).rstrip(),
      'Provincia di Sassari'.center(W).rstrip(),
      '', '+' + '-' * (W - 2) + '+']
def box(t): return '| ' + t.ljust(W - 4) + ' |'
L += [box('SETTORE AMMINISTRATIVO - FINANZIARIO'), box('Ufficio Personale'),
      '+' + '-' * (W - 2) + '+',
      box('DETERMINAZIONE N. 58          DEL 09/03/2026      (Registro Generale)'),
      box('N. SETTORE        21          DEL 06/03/2026'),
      '+' + '-' * (W - 2) + '+', '']
subj = ('PROROGA DEL CONTRATTO DI LAVORO A TEMPO DETERMINATO E PARZIALE (18 ORE SETTIMANALI) '
        'DI UN ISTRUTTORE AMMINISTRATIVO-CONTABILE ASSEGNATO AL SERVIZIO ASSOCIATO DI POLIZIA LOCALE.')
L += wrap('OGGETTO: ' + subj, 9, 0) + ['']
L += ['IL RESPONSABILE DEL SETTORE'.center(W).rstrip(), '']
prem = [
 "VISTO il decreto del Presidente dell'Unione n. 2 del 15/01/2026, di nomina del sottoscritto quale Responsabile del Settore Amministrativo - Finanziario;",
 "RICHIAMATA la deliberazione della Giunta dell'Unione n. 4 del 29/01/2026, di approvazione del Piano Integrato di Attività e Organizzazione 2026-2028, che prevede la prosecuzione del rapporto a tempo determinato in essere presso il servizio associato di Polizia Locale;",
 "RICHIAMATA la propria determinazione n. 71 del 27/03/2025, con la quale la sig.ra Giovanna Maria Cossu è stata assunta a tempo determinato e parziale, con profilo di Istruttore amministrativo-contabile, Area degli Istruttori, fino al 31/03/2026;",
 "VISTO l'art. 19 del D.Lgs. 81/2015 e dato atto che la proroga rientra nei limiti di durata complessiva ivi previsti;",
 "ACCERTATO il rispetto dei limiti di spesa di personale di cui all'art. 1, comma 562, della L. 296/2006;",
]
for p in prem: L += wrap(p) + ['']
L += ['D E T E R M I N A'.center(W).rstrip(), '']
pts = [
 "DI PROROGARE dal 01/04/2026 al 31/12/2026 il contratto di lavoro a tempo determinato e parziale (18 ore settimanali) stipulato con la sig.ra Giovanna Maria Cossu, Istruttore amministrativo-contabile;",
 "DI IMPEGNARE la spesa complessiva di euro 12.614,00, comprensiva di oneri riflessi e IRAP, ai capitoli 1030/1, 1030/2 e 1070/1 del bilancio 2026-2028, esercizio 2026;",
 "DI TRASMETTERE copia del presente atto all'interessata e ai Comuni aderenti al servizio associato.",
]
for i, p in enumerate(pts, 1): L += wrap('%d) %s' % (i, p), 3, 0) + ['']
L += ['', ' ' * 40 + 'IL RESPONSABILE DEL SETTORE', ' ' * 40 + 'Dott. Piero Angelo Sechi', ' ' * 40 + '(firmato digitalmente)', '']
L += ['-' * W, 'VISTO DI REGOLARITA\' CONTABILE: favorevole. Impegni nn. 88-89-90/2026.', 'Data 09/03/2026    Il Responsabile del Servizio Finanziario: Dott. P.A. Sechi', '-' * W]
L += ['', 'Pubblicata all\'Albo pretorio on line dal 10/03/2026 al 25/03/2026 - Reg. n. 112']
L += ['Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 (CAD).']

PER = 58
pages = [L[i:i + PER] for i in range(0, len(L), PER)]
def esc(s): return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
ps = ['%!PS-Adobe-3.0', '%%Creator: DETPR01 (stampa atti) - lpr -P albo', '%%Title: DET0058.LST', '%%Pages: %d' % len(pages),
      '%%DocumentMedia: A4 595 842 0 () ()', '%%EndComments',
      '/Courier findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall /Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put dup 39 /quotesingle put def currentdict end /Courier-L1 exch definefont pop',
      '/Courier-Bold findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall /Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put dup 39 /quotesingle put def currentdict end /CourierB-L1 exch definefont pop']
for n, pg in enumerate(pages, 1):
    ps += ['%%%%Page: %d %d' % (n, n), '<< /PageSize [595 842] >> setpagedevice' if n == 1 else '',
           '/CourierB-L1 8 selectfont 50 808 moveto (UNIONE MEILOGU - ATTI   DET0058.LST) show',
           '460 808 moveto (Pag. %d/%d) show' % (n, len(pages)), '/Courier-L1 10 selectfont']
    y = 780
    for line in pg:
        bold = line.strip().startswith(('UNIONE DEI COMUNI', 'D E T E R M I N A', 'IL RESPONSABILE DEL SETTORE')) and not line.startswith(' ' * 40)
        ps.append('%s 10 selectfont 50 %d moveto (%s) show' % ('/CourierB-L1' if bold else '/Courier-L1', y, esc(line)))
        y -= 12.4
    ps.append('showpage')
ps.append('%%EOF')
open(sys.argv[1], 'wb').write('\n'.join(ps).encode('latin-1'))
