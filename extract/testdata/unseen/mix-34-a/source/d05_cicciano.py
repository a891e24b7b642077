# Deliberazione del Consiglio Comunale di Cicciano, printed as a legacy
# 132-column report (the old Saga/"SIPAL" line printer layout): capitals,
# apostrophe accents, boxes drawn with characters, dotted leaders, two-column
# roll numbered down the columns. Writes a plain-text file with form feeds;
# build.sh renders it with enscript (landscape, Courier 8) and ps2pdf.
import sys

out = sys.argv[1]
W = 132
pages = []
cur = []


def L(s=''):
    assert len(s) <= W, (len(s), s)
    cur.append(s)


def box(lines, width=W):
    L('+' + '-' * (width - 2) + '+')
    for s in lines:
        L('| ' + s.ljust(width - 4) + ' |')
    L('+' + '-' * (width - 2) + '+')


def wrap(text, width, indent=''):
    words = text.split()
    res, line = [], indent
    for w in words:
        if len(line) + len(w) + (1 if line.strip() else 0) > width:
            res.append(line)
            line = indent + w
        else:
            line = (line + ' ' + w) if line.strip() else indent + w
    if line.strip():
        res.append(line)
    return res


def head(pg):
    L('COMUNE DI CICCIANO'.ljust(60) + ('DELIBERAZIONE DI C.C. N. 9 DEL 10/03/2026   PAG. %d' % pg).rjust(72))
    L('CITTA\' METROPOLITANA DI NAPOLI')
    L('=' * W)


def newpage():
    global cur
    pages.append(cur)
    cur = []


head(1)
L()
box(['                                         C O M U N E   D I   C I C C I A N O',
     '                                           CITTA\' METROPOLITANA DI NAPOLI',
     '',
     '                                 VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE',
     '                                                 ORIGINALE'])
L()
L('DELIBERAZIONE N. ........: 9                        SEDUTA DEL ..........: 10/03/2026          SESSIONE ....: ORDINARIA')
L('CONVOCAZIONE ............: PRIMA                    ORE .................: 18,30               SEDUTA ......: PUBBLICA')
L()
subj = ('MODIFICA DEL REGOLAMENTO COMUNALE PER L\'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, '
        'AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA (ART. 1, COMMI 816-836, LEGGE 160/2019) - '
        'ARTT. 12, 18 E 27. APPROVAZIONE.')
sl = wrap(subj, W - 30)
L('OGGETTO ..................: ' + sl[0])
for s in sl[1:]:
    L(' ' * 28 + s)
L()
L('-' * W)
for s in wrap('L\'ANNO DUEMILAVENTISEI, IL GIORNO DIECI DEL MESE DI MARZO, ALLE ORE 18,30, NELLA SALA DELLE ADUNANZE '
              'CONSILIARI DEL PALAZZO MUNICIPALE, A SEGUITO DI AVVISO DI CONVOCAZIONE PROT. N. 3561 DEL 03/03/2026, '
              'NOTIFICATO AI SINGOLI CONSIGLIERI NEI MODI E NEI TERMINI DI LEGGE, SI E\' RIUNITO IL CONSIGLIO COMUNALE '
              'IN SESSIONE ORDINARIA ED IN SEDUTA PUBBLICA DI PRIMA CONVOCAZIONE.', W):
    L(s)
L()
L('ALL\'APPELLO NOMINALE RISULTANO:')
roll = [
    ('SIBILIO GIUSEPPE', 'SINDACO', True),
    ('ESPOSITO ANTONIO', 'PRESIDENTE', True),
    ('NAPOLITANO CARMELA', 'CONSIGLIERE', True),
    ('DE LUCA SALVATORE', 'CONSIGLIERE', True),
    ('RUSSO ANNAMARIA', 'CONSIGLIERE', False),
    ('AMBROSIO VINCENZO', 'CONSIGLIERE', True),
    ('PICCOLO GENNARO', 'CONSIGLIERE', True),
    ('IERVOLINO TERESA', 'CONSIGLIERE', True),
    ('MAIONE PASQUALE', 'CONSIGLIERE', True),
    ('SORRENTINO LUIGI', 'CONSIGLIERE', True),
    ('CIRILLO ROSARIA', 'CONSIGLIERE', False),
    ('FERRARA DOMENICO', 'CONSIGLIERE', True),
    ('BARRA MICHELE', 'CONSIGLIERE', True),
    ('TUFANO ASSUNTA', 'CONSIGLIERE', True),
    ('MONTANINO CIRO', 'CONSIGLIERE', False),
    ('ALIPERTA FRANCESCO', 'CONSIGLIERE', True),
    ('SANTORELLI ILARIA', 'CONSIGLIERE', True),
]
half = 9
colw = 64
sep = '+----+--------------------------+--------------+------+------+'


def cell(i):
    if i >= len(roll):
        return '|    |                          |              |      |      |'
    n, r, p = roll[i]
    return '|%3d | %-24s | %-12s |  %s   |  %s   |' % (i + 1, n, r, 'SI' if p else '  ', '  ' if p else 'SI')


hdr = '| N. | COGNOME E NOME           | QUALIFICA    | PRES.| ASS. |'
L(sep + '    ' + sep)
L(hdr + '    ' + hdr)
L(sep + '    ' + sep)
for k in range(half):
    L(cell(k) + '    ' + cell(k + half))
L(sep + '    ' + sep)
L()
L('PRESENTI N. ......: 14                  ASSENTI N. .......: 3 (RUSSO ANNAMARIA, CIRILLO ROSARIA, MONTANINO CIRO)')
L()
for s in wrap('PRESIEDE LA SEDUTA IL SIG. ESPOSITO ANTONIO NELLA SUA QUALITA\' DI PRESIDENTE DEL CONSIGLIO. '
              'PARTECIPA, CON FUNZIONI CONSULTIVE, REFERENTI E DI ASSISTENZA E CURANDONE LA VERBALIZZAZIONE, IL '
              'SEGRETARIO GENERALE DOTT. RAFFAELE CAPASSO. IL PRESIDENTE, ACCERTATO IL NUMERO LEGALE, DICHIARA APERTA '
              'LA SEDUTA ED INVITA IL CONSIGLIO A DELIBERARE SULL\'ARGOMENTO IN OGGETTO, ISCRITTO AL PUNTO N. 3 '
              'DELL\'ORDINE DEL GIORNO.', W):
    L(s)
newpage()

head(2)
L()
L(' ' * 52 + 'IL CONSIGLIO COMUNALE')
L()
for para in [
    'PREMESSO CHE CON DELIBERAZIONE DI C.C. N. 14 DEL 29/04/2021 E\' STATO APPROVATO IL REGOLAMENTO COMUNALE PER '
    'L\'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA, '
    'SUCCESSIVAMENTE MODIFICATO CON DELIBERAZIONE DI C.C. N. 31 DEL 28/07/2023;',
    'RILEVATA LA NECESSITA\' DI AGGIORNARE GLI ARTT. 12 (OCCUPAZIONI PER LAVORI EDILI), 18 (RIDUZIONI ED ESENZIONI) '
    'E 27 (SANZIONI E INDENNITA\') ALLA LUCE DELLE ESIGENZE EMERSE NELLA GESTIONE DEL CANONE NEL CORSO DEL 2025;',
    'VISTA LA PROPOSTA N. 12 DEL 20/02/2026 DEL SETTORE ECONOMICO-FINANZIARIO E TRIBUTI, CORREDATA DAI PARERI '
    'FAVOREVOLI DI REGOLARITA\' TECNICA E CONTABILE RESI AI SENSI DELL\'ART. 49 DEL D.LGS. N. 267/2000;',
    'VISTO IL PARERE FAVOREVOLE DELL\'ORGANO DI REVISIONE ECONOMICO-FINANZIARIA, VERBALE N. 4 DEL 26/02/2026;',
    'UDITI GLI INTERVENTI DEI CONSIGLIERI BARRA, FERRARA E TUFANO, INTEGRALMENTE RIPORTATI NEL RESOCONTO '
    'STENOGRAFICO ALLEGATO;',
]:
    for s in wrap(para, W):
        L(s)
    L()
L('CON LA SEGUENTE VOTAZIONE, RESA PER ALZATA DI MANO:')
box(['PRESENTI ....: 14     VOTANTI ....: 14     FAVOREVOLI ....: 10     CONTRARI ....: 4 (BARRA, FERRARA, TUFANO, ALIPERTA)',
     'ASTENUTI ....: NESSUNO'])
L()
L(' ' * 60 + 'D E L I B E R A')
L()
pts = [
    'DI APPROVARE LE MODIFICHE AGLI ARTT. 12, 18 E 27 DEL REGOLAMENTO COMUNALE PER L\'APPLICAZIONE DEL CANONE '
    'PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA, NEL TESTO RIPORTATO NELL\'ALLEGATO "A" '
    'CHE FORMA PARTE INTEGRANTE E SOSTANZIALE DEL PRESENTE ATTO;',
    'DI DARE ATTO CHE LE MODIFICHE ENTRANO IN VIGORE DAL 1 GENNAIO 2026, AI SENSI DELL\'ART. 53, COMMA 16, DELLA '
    'LEGGE 23/12/2000 N. 388;',
    'DI TRASMETTERE COPIA DELLA PRESENTE AL SETTORE ECONOMICO-FINANZIARIO E TRIBUTI ED AL CONCESSIONARIO DEL '
    'SERVIZIO DI ACCERTAMENTO E RISCOSSIONE PER GLI ADEMPIMENTI DI COMPETENZA.',
]
for i, t in enumerate(pts, 1):
    ls = wrap(t, W - 5)
    L('%2d) ' % i + ls[0])
    for s in ls[1:]:
        L('    ' + s)
    L()
for s in wrap('SUCCESSIVAMENTE, CON SEPARATA VOTAZIONE (PRESENTI 14, FAVOREVOLI 10, CONTRARI 4), IL CONSIGLIO COMUNALE '
              'DICHIARA LA PRESENTE DELIBERAZIONE IMMEDIATAMENTE ESEGUIBILE AI SENSI DELL\'ART. 134, COMMA 4, DEL '
              'D.LGS. 18/08/2000 N. 267.', W):
    L(s)
newpage()

head(3)
L()
L('LETTO, CONFERMATO E SOTTOSCRITTO')
L()
L('        IL PRESIDENTE DEL CONSIGLIO' + ' ' * 50 + 'IL SEGRETARIO GENERALE')
L('          F.TO SIG. ESPOSITO ANTONIO' + ' ' * 50 + 'F.TO DOTT. RAFFAELE CAPASSO')
L()
L('=' * W)
L(' ' * 50 + 'PARERI AI SENSI DELL\'ART. 49 D.LGS. 267/2000')
L('=' * W)
L('REGOLARITA\' TECNICA ......: FAVOREVOLE    DATA 20/02/2026    IL RESPONSABILE DEL SETTORE  F.TO DOTT.SSA MARIA LUISA NAPPI')
L('REGOLARITA\' CONTABILE ....: FAVOREVOLE    DATA 20/02/2026    IL RESPONSABILE DEL SETTORE  F.TO DOTT.SSA MARIA LUISA NAPPI')
L()
L('=' * W)
L(' ' * 55 + 'RELATA DI PUBBLICAZIONE')
L('=' * W)
for s in wrap('SI ATTESTA CHE COPIA DELLA PRESENTE DELIBERAZIONE VIENE PUBBLICATA ALL\'ALBO PRETORIO ON LINE DEL COMUNE '
              'IN DATA 12/03/2026 PER QUINDICI GIORNI CONSECUTIVI (REG. PUBBL. N. 402).', W):
    L(s)
L()
L('CICCIANO, LI\' 12/03/2026' + ' ' * 60 + 'IL MESSO COMUNALE')
L(' ' * 85 + 'F.TO SIG. ALFONSO GUERRIERO')
L()
L('=' * W)
L(' ' * 55 + 'ESECUTIVITA\'')
L('=' * W)
L('LA PRESENTE DELIBERAZIONE E\' DIVENUTA ESECUTIVA IL 10/03/2026 PERCHE\' DICHIARATA IMMEDIATAMENTE ESEGUIBILE.')
L()
L('-' * W)
L('STAMPA DEL 12/03/2026 ORE 09.41                                                                      PROCEDURA DELIBERE - REL. 4.12')
newpage()

with open(out, 'w', encoding='latin-1') as f:
    f.write('\f'.join('\n'.join(p) + '\n' for p in pages))
