# Determinazione of the Comune di Piossasco printed as an 80-column
# fixed-width report (old Datagraph "Atti amministrativi" character-mode
# print, sent to a PDF printer): capitals, box-drawing characters, dotted
# leaders, apostrophe accents. Each line is drawn with ReportLab in DejaVu
# Sans Mono 9.6 pt, one drawString per report line.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

out = sys.argv[1]
pdfmetrics.registerFont(TTFont('Mono', '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'))
W = 80
pages = [[]]


def L(s=''):
    assert len(s) <= W, (len(s), s)
    pages[-1].append(s)


def wrap(text, width, first='', rest=''):
    words = text.split()
    res, line = [], first
    for w in words:
        if len(line) + len(w) + 1 > width and line.strip():
            res.append(line.rstrip())
            line = rest + w + ' '
        else:
            line += w + ' '
    res.append(line.rstrip())
    return res


def head(pg, tot):
    L('COMUNE DI PIOSSASCO' + ('PAG. %d/%d' % (pg, tot)).rjust(W - 19))
    L('CITTA\' METROPOLITANA DI TORINO')
    L('═' * W)


head(1, 2)
L('┌' + '─' * 78 + '┐')
L('│' + 'AREA TECNICA'.center(78) + '│')
L('│' + 'SERVIZIO LAVORI PUBBLICI E MANUTENZIONI'.center(78) + '│')
L('├' + '─' * 78 + '┤')
L('│' + 'D E T E R M I N A Z I O N E'.center(78) + '│')
L('├' + '─' * 38 + '┬' + '─' * 39 + '┤')
L('│ N. SETTORE ......: 38/LP' + ' ' * 13 + '│ REG. GENERALE ....: 162' + ' ' * 15 + '│')
L('│ DEL .............: 06/03/2026' + ' ' * 8 + '│ DEL ..............: 09/03/2026' + ' ' * 8 + '│')
L('└' + '─' * 38 + '┴' + '─' * 39 + '┘')
L()
subj = ('LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA SCUOLA PRIMARIA "G. RODARI" DI VIA '
        'ALFIERI - APPROVAZIONE DEL CERTIFICATO DI REGOLARE ESECUZIONE E LIQUIDAZIONE DEL SALDO ALLA DITTA '
        'EDILTETTI CANAVESE S.R.L. - CUP G37H25000410004 - CIG B54E1A07C3.')
for s in wrap(subj, W, 'OGGETTO: ', '         '):
    L(s)
L('─' * W)
L()
L('IL RESPONSABILE DELL\'AREA TECNICA'.center(W))
L()
for para in [
    'RICHIAMATO IL DECRETO SINDACALE N. 18 DEL 30/12/2025 DI CONFERIMENTO DELL\'INCARICO DI ELEVATA '
    'QUALIFICAZIONE DELL\'AREA TECNICA;',
    'RICHIAMATA LA PROPRIA DETERMINAZIONE N. 112/LP DEL 22/07/2025 (REG. GEN. N. 604), CON LA QUALE I LAVORI '
    'IN OGGETTO SONO STATI AFFIDATI ALLA DITTA EDILTETTI CANAVESE S.R.L., CON SEDE IN RIVAROLO CANAVESE (TO), '
    'PER L\'IMPORTO DI EURO 68.420,00 OLTRE IVA;',
    'VISTO IL CERTIFICATO DI REGOLARE ESECUZIONE EMESSO DAL DIRETTORE DEI LAVORI IN DATA 24/02/2026, DAL QUALE '
    'RISULTA UN CREDITO RESIDUO DELL\'IMPRESA DI EURO 5.131,50 OLTRE IVA;',
    'VISTA LA FATTURA ELETTRONICA N. 14/PA DEL 27/02/2026 E ACCERTATA LA REGOLARITA\' CONTRIBUTIVA DELLA DITTA '
    '(DURC PROT. INPS_49102277 CON SCADENZA 19/06/2026);',
    'DATO ATTO DELL\'INSUSSISTENZA DI CONFLITTI DI INTERESSE AI SENSI DELL\'ART. 16 DEL D.LGS. 36/2023;',
]:
    for s in wrap(para, W):
        L(s)
    L()
L('D E T E R M I N A'.center(W))
L()
pts = [
    'DI APPROVARE IL CERTIFICATO DI REGOLARE ESECUZIONE DEI LAVORI IN OGGETTO, EMESSO IN DATA 24/02/2026, '
    'DAL QUALE RISULTA UN CREDITO DELL\'IMPRESA DI EURO 5.131,50 OLTRE IVA 10%;',
    'DI LIQUIDARE ALLA DITTA EDILTETTI CANAVESE S.R.L. LA SOMMA DI EURO 5.644,65 IVA COMPRESA, A SALDO DELLA '
    'FATTURA N. 14/PA DEL 27/02/2026;',
    'DI IMPUTARE LA SPESA ALLA MISSIONE 04 PROGRAMMA 02 CAPITOLO 20410/5 "MANUTENZIONE STRAORDINARIA EDIFICI '
    'SCOLASTICI" DEL BILANCIO 2026 - IMPEGNO N. 2025/1187 - RESIDUI;',
    'DI SVINCOLARE LA CAUZIONE DEFINITIVA PRESTATA DALL\'IMPRESA CON POLIZZA N. 77.405.331 DEL 18/07/2025.',
]
for i, t in enumerate(pts, 1):
    for s in wrap(t, W, '%d. ' % i, '   '):
        L(s)
    L()

pages.append([])
head(2, 2)
L()
for s in wrap('IL PRESENTE PROVVEDIMENTO, COMPORTANDO IMPEGNO DI SPESA, DIVENTA ESECUTIVO CON L\'APPOSIZIONE DEL VISTO '
              'DI REGOLARITA\' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (ART. 183, COMMA 7, D.LGS. 267/2000).', W):
    L(s)
L()
L('PIOSSASCO, LI\' 06/03/2026')
L(' ' * 40 + 'IL RESPONSABILE DELL\'AREA TECNICA')
L(' ' * 40 + '(ARCH. DAVIDE BERTOLOTTO)')
L(' ' * 40 + 'FIRMATO DIGITALMENTE')
L()
L('═' * W)
L('VISTO DI REGOLARITA\' CONTABILE'.center(W))
L('═' * W)
L('CAPITOLO ...........: 20410/5' + ' ' * 12 + 'IMPEGNO ......: 2025/1187')
L('IMPORTO ............: EURO 5.644,65' + ' ' * 7 + 'LIQUIDAZIONE .: 2026/318')
L('ESITO ..............: FAVOREVOLE')
L('DATA ...............: 09/03/2026')
L(' ' * 40 + 'IL RESPONSABILE DELL\'AREA FINANZIARIA')
L(' ' * 40 + '(DOTT.SSA PAOLA GIACHINO)')
L()
L('═' * W)
L('PUBBLICAZIONE'.center(W))
L('═' * W)
for s in wrap('COPIA DELLA PRESENTE DETERMINAZIONE VIENE PUBBLICATA ALL\'ALBO PRETORIO ON LINE DAL 10/03/2026 AL '
              '25/03/2026 (REG. PUBBL. N. 511).', W):
    L(s)
L()
L('─' * W)
L('ELAB. DTG-ATTI R.7.3  -  STAMPA DEL 10/03/2026 08:52  -  UTENTE: LLPP03')

c = canvas.Canvas(out, pagesize=A4)
c.setTitle('DET162_2026')
c.setAuthor('LLPP03')
c.setCreator('DTG-ATTI R.7.3 / PDF printer')
H = A4[1]
for pg in pages:
    c.setFont('Mono', 9.6)
    y = H - 50
    for s in pg:
        c.drawString(52, y, s)
        y -= 12.4
    c.showPage()
c.save()
