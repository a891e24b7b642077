# 132-column fixed-width report of a legacy procedure (Halley-like AS/400 print), latin-1 text for enscript
import sys, textwrap
W = 132
pages = [[]]
def L(s=''):
    pages[-1].append(s)
def wrap(s, indent=0, first=None, width=W):
    first = ' ' * indent if first is None else first
    for ln in textwrap.wrap(s, width=width, initial_indent=first, subsequent_indent=' ' * indent):
        L(ln)
def rj(a, b):
    return a + ' ' * (W - len(a) - len(b)) + b
def box(lines):
    L('+' + '-' * (W - 2) + '+')
    for s in lines:
        L('| ' + s.ljust(W - 4) + ' |')
    L('+' + '-' * (W - 2) + '+')

L(rj('COMUNE DI BUSCA', 'PROVINCIA DI CUNEO'))
L(rj('Via Cavour n. 28 - 12022 BUSCA (CN)', 'COD. ENTE 004031'))
L('=' * W)
L('AREA TECNICA')
L('SERVIZIO LAVORI PUBBLICI - MANUTENZIONI')
L()
box(['DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO',
     '',
     'N. REG. SETTORE ..........: 87        DEL ...: 10/03/2026',
     'N. REG. GENERALE .........: 214       DEL ...: 10/03/2026        PROPOSTA N. ...: 96 DEL 06/03/2026'])
L()
wrap("LAVORI DI MESSA IN SICUREZZA DELLA VIABILITA' COMUNALE IN FRAZIONE SAN CHIAFFREDO - AFFIDAMENTO DIRETTO ALLA DITTA EDILSTRADE S.R.L. AI SENSI DELL'ART. 50, COMMA 1, LETT. A) DEL D.LGS. 36/2023 - CIG B7A41C9E22 - IMPEGNO DI SPESA", indent=9, first='OGGETTO: ', width=118)
L('-' * W)
L()
L('                                                  IL RESPONSABILE DEL SERVIZIO')
L()
for s in [
 "PREMESSO che con deliberazione della Giunta Comunale n. 29 del 19/02/2026 e' stato approvato il progetto di fattibilita' tecnico-economica dei lavori di messa in sicurezza della viabilita' comunale in frazione San Chiaffredo, per un importo complessivo di Euro 45.000,00;",
 "DATO ATTO che l'intervento e' inserito nel programma triennale dei lavori pubblici 2026-2028 e che la spesa trova copertura al capitolo 20815/3 del bilancio di previsione 2026-2028, esercizio 2026;",
 "VISTO l'art. 50, comma 1, lett. a) del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto dei lavori di importo inferiore a Euro 150.000,00, anche senza consultazione di piu' operatori economici;",
 "VISTO il preventivo presentato dalla ditta EDILSTRADE S.R.L., con sede in Dronero (CN), acquisito al protocollo n. 3318 del 03/03/2026, per l'importo di Euro 31.500,00 oltre IVA 22%, ritenuto congruo in relazione ai prezzi del prezzario regionale vigente;",
 "ACCERTATO il possesso dei requisiti di ordine generale e speciale in capo all'operatore economico, anche mediante consultazione del fascicolo virtuale dell'operatore economico (FVOE), e verificata la regolarita' contributiva (DURC prot. INAIL_51230877 con scadenza 18/06/2026);",
 "VISTO il decreto del Sindaco n. 4 del 02/01/2026 di nomina del sottoscritto quale Responsabile dell'Area Tecnica;",
 "RICHIAMATI il D.Lgs. 267/2000, lo Statuto comunale e il vigente Regolamento di contabilita';"]:
    wrap(s, indent=0); L()
L('                                                        D E T E R M I N A')
L()
pts = [
 "DI AFFIDARE, per le motivazioni espresse in premessa, alla ditta EDILSTRADE S.R.L. (P.IVA 03481920046) i lavori di messa in sicurezza della viabilita' comunale in frazione San Chiaffredo, per l'importo di Euro 31.500,00 oltre IVA 22%, per complessivi Euro 38.430,00;",
 "DI IMPEGNARE la spesa complessiva di Euro 38.430,00 come indicato nel prospetto di imputazione riportato in calce;",
 "DI DARE ATTO che il contratto sara' stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023, e che il Responsabile Unico del Progetto e' il geom. Walter Giordano;",
 "DI DISPORRE la pubblicazione del presente provvedimento all'Albo Pretorio on line per quindici giorni consecutivi e nella sezione Amministrazione Trasparente del sito istituzionale."]
pages.append([])
for i, s in enumerate(pts, 1):
    wrap(s, indent=4, first=f'{i})  '); L()
L('IMPUTAZIONE DELLA SPESA')
L('-' * 60)
for a, b in [('ESERCIZIO', '2026'), ('MISSIONE/PROGRAMMA/TITOLO', '10.05.2'), ('CAPITOLO', '20815/3 "MANUTENZIONE STRAORDINARIA STRADE COMUNALI"'),
             ('IMPEGNO N.', '312/2026'), ('CIG', 'B7A41C9E22'), ('IMPORTO', 'EURO 38.430,00 (IVA 22% COMPRESA)'), ('CREDITORE', 'EDILSTRADE S.R.L.')]:
    L('  ' + a + ' ' + '.' * (34 - len(a)) + ': ' + b)
L()
L(rj('BUSCA, LI 10/03/2026', 'IL RESPONSABILE DEL SERVIZIO'))
L(rj('', 'ARCH. PAOLA BERNARDI      '))
L(rj('', '(FIRMATO DIGITALMENTE)    '))
L()
L('=' * W)
L('VISTO DI REGOLARITA\' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (ART. 151, COMMA 4, D.LGS. 267/2000)')
L("Si appone il visto di regolarita' contabile attestante la copertura finanziaria della spesa. Impegno n. 312/2026.")
L(rj('BUSCA, LI 10/03/2026', 'IL RESPONSABILE DEL SERVIZIO FINANZIARIO'))
L(rj('', 'DOTT.SSA ELENA MARTINI       '))
L('=' * W)
L('PUBBLICAZIONE: pubblicata all\'Albo Pretorio on line dal 11/03/2026 al 26/03/2026 - N. REG. PUBBL. 388')

out = []
n = len(pages)
for k, pg in enumerate(pages, 1):
    if k > 1:
        out.append(rj('COMUNE DI BUSCA - DETERMINAZIONE REG. GEN. N. 214 DEL 10/03/2026', f'PAG. {k:3d}'))
        out.append('-' * W)
    out.extend(pg)
    while len(out) % 58 and False:
        pass
    out.append('')
    out.append(rj('HALLEY - PROCEDURA ATTI AMMINISTRATIVI  DT0214.R26', f'PAG. {k:3d} DI {n:3d}'))
    if k < n: out.append('\f')
txt = '\n'.join(out).replace('\n\f\n', '\n\f')
for l in txt.split('\n'):
    assert len(l.strip('\f')) <= W, l
open(sys.argv[1], 'w', encoding='latin-1').write(txt + '\n')
