# Comune di Caluso, Consiglio Comunale deliberazione n. 7/2026, as a legacy 80-column
# report: plain ASCII text, capitals, boxes drawn with characters, dotted leaders,
# "CITTA'"-style accents. Printed by enscript (Courier 10) and ps2pdf (see build.sh).
import sys, textwrap

out = sys.argv[1]
W = 78
pages = []
cur = []


def L(s=''):
    cur.append(s)


def box(lines):
    L('+' + '-' * (W - 2) + '+')
    for s in lines:
        L('|' + s.center(W - 2) + '|')
    L('+' + '-' * (W - 2) + '+')


def wrap(s, indent='', first=None):
    first = indent if first is None else first
    for i, x in enumerate(textwrap.wrap(s, W - len(indent), initial_indent='', subsequent_indent='')):
        L((first if i == 0 else indent) + x)


def head(n):
    L('COMUNE DI CALUSO' + ('PAG. %d' % n).rjust(W - 16))
    L("CITTA' METROPOLITANA DI TORINO" + 'COPIA'.rjust(W - 30))
    L()


def newpage(n):
    global cur
    pages.append(cur)
    cur = []
    head(n)
    L('DELIBERAZIONE C.C. N. 7 DEL 26/02/2026 (SEGUE)'.center(W))
    L('-' * W)


head(1)
box(['VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE', '', 'N. 7  DEL 26/02/2026'])
L()
L('SESSIONE ORDINARIA - SEDUTA PUBBLICA DI PRIMA CONVOCAZIONE')
L()
subj = ("REGOLAMENTO PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, "
        "AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA - MODIFICA DEGLI ARTICOLI 12, 18 "
        "E 27 - APPROVAZIONE.")
sl = textwrap.wrap(subj, W - 10)
L('OGGETTO : ' + sl[0])
for x in sl[1:]:
    L(' ' * 10 + x)
L('=' * W)
L()
wrap("L'ANNO DUEMILAVENTISEI ADDI' VENTISEI DEL MESE DI FEBBRAIO ALLE ORE 21:00 NELLA "
     "SALA CONSILIARE DEL PALAZZO COMUNALE, CONVOCATO CON AVVISI SCRITTI RECAPITATI A "
     "NORMA DI LEGGE, SI E' RIUNITO IL CONSIGLIO COMUNALE, DEL QUALE SONO MEMBRI I SIGNORI:")
L()
roll = [
    ('BERTOLA MAURO', 'SINDACO', 'SI'),
    ('CHIANALE SILVIA', 'CONSIGLIERE', 'SI'),
    ('GIACHINO ALBERTO', 'CONSIGLIERE', 'SI'),
    ('MOSSO ELENA', 'CONSIGLIERE', 'SI'),
    ('BRUNETTO DARIO', 'CONSIGLIERE', 'SI'),
    ('PERINO GIORGIO', 'CONSIGLIERE', 'NO'),
    ('FERRERO LAURA', 'CONSIGLIERE', 'SI'),
    ('OBERTO MARCO', 'CONSIGLIERE', 'SI'),
    ('VIGNA CARLA', 'CONSIGLIERE', 'SI'),
    ('BOGGIO ROBERTO', 'CONSIGLIERE', 'SI'),
    ('REVIGLIO ANNA', 'CONSIGLIERE', 'SI'),
    ("CAVAGLIA' PIERO", 'CONSIGLIERE', 'SI'),
    ('TESIO FRANCO', 'CONSIGLIERE', 'NO'),
]
hdr = '%2s %-18s %-11s %s' % ('N.', 'COGNOME E NOME', 'CARICA', 'PRES')
L(hdr + '  ' + hdr)
L('-' * 38 + '  ' + '-' * 38)
left, right = roll[:7], roll[7:]
for i in range(7):
    a = left[i]
    s = '%2d %-18s %-11s  %s' % (i + 1, a[0], a[1], a[2])
    if i < len(right):
        b = right[i]
        s = s.ljust(40) + '%2d %-18s %-11s  %s' % (i + 8, b[0], b[1], b[2])
    L(s.rstrip())
L()
L('PRESENTI ' + '.' * 22 + ' N. 11' + '     ASSENTI ' + '.' * 19 + ' N.  2')
L()
wrap("ASSUME LA PRESIDENZA IL SIG. BERTOLA MAURO NELLA SUA QUALITA' DI SINDACO, IL QUALE, "
     "RICONOSCIUTA LA VALIDITA' DELL'ADUNANZA, DICHIARA APERTA LA SEDUTA.")
wrap("PARTECIPA IL SEGRETARIO COMUNALE DOTT.SSA ROSSETTO MARIA GRAZIA, CHE PROVVEDE ALLA "
     "REDAZIONE DEL PRESENTE VERBALE.")
L()
L('IL CONSIGLIO COMUNALE'.center(W))
L()
prem = [
    "VISTO L'ART. 1, COMMI DA 816 A 836, DELLA LEGGE 27 DICEMBRE 2019, N. 160, CHE HA "
    "ISTITUITO IL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE "
    "PUBBLICITARIA;",
    "RICHIAMATA LA PROPRIA DELIBERAZIONE N. 9 DEL 29/03/2021, CON LA QUALE E' STATO "
    "APPROVATO IL RELATIVO REGOLAMENTO, SUCCESSIVAMENTE MODIFICATO CON DELIBERAZIONE "
    "N. 14 DEL 30/04/2024;",
    "RITENUTO DI MODIFICARE GLI ARTICOLI 12 (OCCUPAZIONI PER ATTIVITA' COMMERCIALI), "
    "18 (ESENZIONI) E 27 (RIDUZIONI PER MANIFESTAZIONI) AL FINE DI AGEVOLARE I DEHORS "
    "DEGLI ESERCIZI PUBBLICI DEL CENTRO STORICO;",
    "VISTO IL PARERE FAVOREVOLE DEL REVISORE DEI CONTI, VERBALE N. 3 DEL 16/02/2026;",
    "ACQUISITI I PARERI FAVOREVOLI DI REGOLARITA' TECNICA E CONTABILE AI SENSI "
    "DELL'ART. 49 DEL D.LGS. 267/2000;",
    "UDITA LA RELAZIONE DELL'ASSESSORE AL BILANCIO E IL DIBATTITO CHE NE E' SEGUITO, "
    "RIPORTATO NELLA REGISTRAZIONE AGLI ATTI;",
]
for p in prem:
    wrap(p)
L()
L('CON LA SEGUENTE VOTAZIONE RESA PER ALZATA DI MANO:')
L('  PRESENTI ' + '.' * 30 + ' N. 11')
L("  ASTENUTI " + '.' * 30 + " N.  1 (REVIGLIO)")
L('  VOTANTI  ' + '.' * 30 + ' N. 10')
L('  VOTI FAVOREVOLI ' + '.' * 23 + ' N.  8')
L("  VOTI CONTRARI " + '.' * 25 + " N.  2 (BOGGIO, CAVAGLIA')")
newpage(2)
L()
L('D E L I B E R A'.center(W))
L()
pts = [
    "DI APPROVARE LE MODIFICHE AGLI ARTICOLI 12, 18 E 27 DEL REGOLAMENTO PER "
    "L'APPLICAZIONE DEL CANONE PATRIMONIALE, NEL TESTO RIPORTATO NELL'ALLEGATO A) CHE "
    "FORMA PARTE INTEGRANTE DEL PRESENTE ATTO;",
    "DI DARE ATTO CHE LE MODIFICHE HANNO EFFETTO DAL 01/01/2026, AI SENSI DELL'ART. 53, "
    "COMMA 16, DELLA LEGGE 388/2000;",
    "DI DISPORRE LA PUBBLICAZIONE DEL REGOLAMENTO AGGIORNATO SUL SITO ISTITUZIONALE "
    "DELL'ENTE, SEZIONE AMMINISTRAZIONE TRASPARENTE.",
]
for i, p in enumerate(pts, 1):
    wrap(p, indent='    ', first='%d)  ' % i)
    L()
wrap("SUCCESSIVAMENTE, CON SEPARATA VOTAZIONE DALL'ESITO IDENTICO AL PRECEDENTE (PRESENTI "
     "11, ASTENUTI 1, VOTANTI 10, FAVOREVOLI 8, CONTRARI 2), IL CONSIGLIO COMUNALE DICHIARA "
     "LA PRESENTE DELIBERAZIONE IMMEDIATAMENTE ESEGUIBILE AI SENSI DELL'ART. 134, COMMA 4, "
     "DEL D.LGS. 267/2000.")
L()
L('LETTO, CONFERMATO E SOTTOSCRITTO.')
L()
L('       IL PRESIDENTE                          IL SEGRETARIO COMUNALE')
L('   F.TO BERTOLA MAURO                   F.TO DOTT.SSA ROSSETTO MARIA GRAZIA')
L()
L('=' * W)
L('REFERTO DI PUBBLICAZIONE (ART. 124 D.LGS. 267/2000)'.center(W))
L('=' * W)
L("PUBBLICATA ALL'ALBO PRETORIO ON LINE DAL " + '.' * 14 + ' 04/03/2026')
L('PER QUINDICI GIORNI CONSECUTIVI FINO AL ' + '.' * 15 + ' 19/03/2026')
L('REGISTRO PUBBLICAZIONI N. ' + '.' * 28 + ' 211')
L()
L('CALUSO, 04/03/2026' + 'IL SEGRETARIO COMUNALE'.rjust(W - 18))
L(' ' * 40 + 'F.TO DOTT.SSA ROSSETTO MARIA GRAZIA')
L('-' * W)
L("ESECUTIVITA': DIVENUTA ESECUTIVA IL 26/02/2026 PERCHE' DICHIARATA IMMEDIATAMENTE")
L("ESEGUIBILE (ART. 134, C. 4, D.LGS. 267/2000).")
L('-' * W)
L('COPIA CONFORME ALL\'ORIGINALE PER USO AMMINISTRATIVO.')
pages.append(cur)
with open(out, 'w', encoding='latin-1') as f:
    f.write('\f'.join('\n'.join(p) + '\n' for p in pages))
