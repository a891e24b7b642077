# K. Comune di Badolato - numbered AVVISO PUBBLICO in a Dedagroup-like layout.
# Each justified line is one Tj whose gaps are spread with Tw (word spacing) and,
# partly, Tc (character spacing); headings are letter-spaced with a large Tc.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = A4
LM, RM, TOP, BOT = 68, W - 62, H - 58, 78
c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
c.setTitle('Avviso pubblico n. 2/2026')
c.setAuthor('Comune di Badolato - Area Amministrativa')
st = {'y': TOP, 'page': 1}
BODY, BOLD = 'Times-Roman', 'Times-Bold'
SZ, LEAD = 11, 14.2


def foot():
    c.setFont('Times-Italic', 8)
    c.line(LM, 58, RM, 58)
    c.drawString(LM, 48, 'Comune di Badolato – Avviso pubblico n. 2 del 09/03/2026')
    c.drawRightString(RM, 48, 'pag. %d' % st['page'])


def newpage():
    foot(); c.showPage(); st['page'] += 1; st['y'] = TOP


def need(h):
    if st['y'] - h < BOT:
        newpage()


def line_out(x, y, text, font, size, tw=0.0, tc=0.0):
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setCharSpace(tc)
    t.setWordSpace(tw)
    t.textLine(text)
    t.setCharSpace(0)
    t.setWordSpace(0)
    c.drawText(t)


def spaced(text, font, size, tc, lead=20):
    need(lead)
    w = stringWidth(text, font, size) + tc * len(text)
    line_out((W - w) / 2 + tc / 2, st['y'], text, font, size, tc=tc)
    st['y'] -= lead


def para(text, font=BODY, size=SZ, indent=0, after=6, label=None):
    width = RM - LM - indent
    words = text.split()
    lines, cur = [], []
    for wd in words:
        if cur and stringWidth(' '.join(cur + [wd]), font, size) > width:
            lines.append(' '.join(cur)); cur = [wd]
        else:
            cur.append(wd)
    lines.append(' '.join(cur))
    for i, ln in enumerate(lines):
        need(LEAD)
        if label and i == 0:
            line_out(LM, st['y'], label, BOLD, size)
        if i < len(lines) - 1:
            extra = width - stringWidth(ln, font, size)
            ns = ln.count(' ')
            tc = 0.25 * extra / len(ln)
            tw = (extra - tc * len(ln)) / ns if ns else 0
            line_out(LM + indent, st['y'], ln, font, size, tw=tw, tc=tc)
        else:
            line_out(LM + indent, st['y'], ln, font, size)
        st['y'] -= LEAD
    st['y'] -= after

# letterhead
c.setLineWidth(0.6)
c.rect(W / 2 - 18, TOP - 40, 36, 44)
c.setFont('Times-Roman', 6); c.drawCentredString(W / 2, TOP - 20, 'STEMMA')
st['y'] = TOP - 60
spaced('COMUNE DI BADOLATO', BOLD, 16, 2.2, lead=17)
c.setFont('Times-Italic', 10.5); c.drawCentredString(W / 2, st['y'], 'Provincia di Catanzaro'); st['y'] -= 13
c.setFont('Times-Roman', 9); c.drawCentredString(W / 2, st['y'], 'Corso Umberto I, 178 – 88060 Badolato (CZ) – P.IVA 00297190790'); st['y'] -= 10
c.line(LM, st['y'], RM, st['y']); st['y'] -= 20
c.setFont(BOLD, 11); c.drawCentredString(W / 2, st['y'], 'AREA AMMINISTRATIVA'); st['y'] -= 13
c.setFont(BODY, 10.5); c.drawCentredString(W / 2, st['y'], 'Servizio Turismo e Spettacolo'); st['y'] -= 28

spaced('AVVISO PUBBLICO', BOLD, 15, 6.0, lead=18)
c.setFont(BOLD, 11.5); c.drawCentredString(W / 2, st['y'], 'n. 2 del 09/03/2026'); st['y'] -= 24

para('Avviso pubblico per la formazione di un elenco di operatori economici per il noleggio di attrezzature e service audio-luci in occasione delle manifestazioni dell\'Estate Badolatese 2026.',
     font=BOLD, indent=62, label='OGGETTO:', after=12)

spaced('IL RESPONSABILE DELL\'AREA AMMINISTRATIVA', BOLD, 10.5, 1.2, lead=15)
para('In esecuzione della deliberazione della Giunta Comunale n. 21 del 26/02/2026, con la quale sono stati approvati gli indirizzi per l\'organizzazione delle manifestazioni estive 2026, e della propria determinazione n. 58 del 06/03/2026 di approvazione del presente avviso;', after=8)
spaced('R E N D E   N O T O', BOLD, 11, 1.5, lead=18)

arts = [
    ('Art. 1 – Oggetto dell\'avviso',
     'Il Comune di Badolato intende formare un elenco di operatori economici qualificati cui affidare, mediante affidamento diretto ai sensi dell\'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, il noleggio di palchi, impianti audio e luci, gruppi elettrogeni e servizi tecnici connessi per le manifestazioni programmate dal 1° luglio al 15 settembre 2026 nel centro storico e a Badolato Marina.'),
    ('Art. 2 – Requisiti di partecipazione',
     'Possono presentare domanda gli operatori economici in possesso dei requisiti di ordine generale di cui agli artt. 94 e seguenti del D.Lgs. 36/2023, iscritti alla Camera di Commercio per attività coerenti con l\'oggetto dell\'avviso e in possesso delle certificazioni di conformità delle strutture e degli impianti previste dalla normativa in materia di pubblico spettacolo.'),
    ('Art. 3 – Modalità e termini di presentazione',
     'La domanda, redatta sul modello allegato (Allegato 1) e sottoscritta dal legale rappresentante, dovrà pervenire esclusivamente a mezzo PEC all\'indirizzo protocollo.comunebadolato@pec.it entro le ore 12:00 del giorno 30/03/2026, riportando nell\'oggetto la dicitura «Elenco operatori Estate Badolatese 2026». Le domande pervenute oltre il termine non saranno prese in considerazione.'),
    ('Art. 4 – Formazione e validità dell\'elenco',
     'L\'elenco, formato in ordine alfabetico e senza attribuzione di punteggi, sarà approvato con determinazione del Responsabile dell\'Area e pubblicato all\'Albo Pretorio on line. L\'iscrizione non costituisce titolo ad ottenere affidamenti; l\'Ente procederà nel rispetto del principio di rotazione.'),
    ('Art. 5 – Trattamento dei dati personali',
     'I dati forniti saranno trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità connesse alla presente procedura. Titolare del trattamento è il Comune di Badolato.'),
    ('Art. 6 – Responsabile del procedimento e informazioni',
     'Il Responsabile del procedimento è la Sig.ra Antonella Gallelli, istruttore amministrativo del Servizio Turismo e Spettacolo, cui possono essere richieste informazioni nei giorni feriali dalle ore 9:00 alle ore 12:00.'),
]
for h, t in arts:
    need(LEAD * 3)
    c.setFont(BOLD, SZ); c.drawString(LM, st['y'], h); st['y'] -= LEAD
    para(t, after=8)

para('Il presente avviso è pubblicato all\'Albo Pretorio on line e sul sito istituzionale del Comune per venti giorni consecutivi.', after=6)
need(70)
c.setFont(BODY, SZ); c.drawString(LM, st['y'], 'Badolato, 09/03/2026'); st['y'] -= 20
c.setFont(BOLD, 10.5); c.drawCentredString(RM - 110, st['y'], 'IL RESPONSABILE DELL\'AREA AMMINISTRATIVA'); st['y'] -= 14
c.setFont(BODY, 11); c.drawCentredString(RM - 110, st['y'], 'Dott. Vincenzo Menniti'); st['y'] -= 12
c.setFont('Times-Italic', 8.5); c.drawCentredString(RM - 110, st['y'], '(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)')
foot()
c.showPage()
c.save()
