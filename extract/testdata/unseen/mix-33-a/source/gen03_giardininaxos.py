# Comune di Giardini Naxos - Giunta Municipale, delib. n. 41/2026, Halley-like layout.
# Awkward text layer: the body is drawn glyph by glyph (one Td per glyph, no space
# characters), the premises are justified with Tw, the heading is letter-spaced with Tc,
# and the Albo stamp runs rotated along the left margin.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from rlhelp import paragraph, hanging, spaced, wrap, draw_line

out = sys.argv[1]
W, H = A4
L, R = 72, W - 62
TW = R - L
c = canvas.Canvas(out, pagesize=A4)
c.setTitle('Delibera GM 41-2026')
c.setAuthor('Halley Informatica')
c.setCreator('Halley - Atti amministrativi')


def stamp():
    c.saveState()
    c.translate(34, 140)
    c.rotate(90)
    c.setFillGray(0.35)
    c.setFont('Helvetica', 7.5)
    c.drawString(0, 0, 'COMUNE DI GIARDINI NAXOS - ALBO PRETORIO ON LINE - Pubblicazione n. 512 dal 12/03/2026 al 27/03/2026 '
                       '- Documento pubblicato ai sensi dell’art. 32 della L. n. 69/2009')
    c.restoreState()


def foot(n, tot):
    c.setFont('Helvetica', 7.5)
    c.drawString(L, 30, 'Deliberazione di Giunta Municipale n. 41 del 10/03/2026')
    c.drawRightString(R, 30, 'Pag. %d di %d' % (n, tot))
    c.line(L, 40, R, 40)


# ---------------- page 1 -----------------
stamp()
spaced(c, 'COMUNE DI GIARDINI NAXOS', W / 2 + 5, H - 70, 'Times-Bold', 17, 2.4)
c.setFont('Times-Italic', 11)
c.drawCentredString(W / 2 + 5, H - 86, 'Città Metropolitana di Messina')
c.setFont('Times-Roman', 8.5)
c.drawCentredString(W / 2 + 5, H - 98, 'Piazza Abbate Cacciola - 98035 Giardini Naxos (ME) - C.F. 00343940833')
c.rect(R - 60, H - 48, 60, 18)
c.setFont('Helvetica-Bold', 11)
c.drawCentredString(R - 30, H - 43, 'COPIA')

y = H - 132
c.setLineWidth(1.2)
c.rect(L, y - 42, TW, 54)
spaced(c, 'DELIBERAZIONE DELLA GIUNTA MUNICIPALE', W / 2 + 5, y - 4, 'Times-Bold', 13, 1.4)
c.setFont('Times-Bold', 12)
c.drawCentredString(W / 2 + 5, y - 26, 'N. 41        del  10/03/2026')
c.setLineWidth(0.6)

y -= 66
c.setFont('Times-Bold', 11)
c.drawString(L, y, 'OGGETTO:')
y = paragraph(c, 'Concessione in uso temporaneo della Sala Polifunzionale “Ex Mercato” di via Schisò all’Associazione '
                 'culturale “Kalé Arte” per la rassegna “Naxos in Scena” dal 2 al 4 aprile 2026. Atto di indirizzo.',
              L + 62, y, TW - 62, 'Times-Bold', 11, 14, mode='glyph')
c.line(L, y + 4, R, y + 4)
y -= 14

body = ('L’anno duemilaventisei, il giorno dieci del mese di marzo, alle ore 13,15 e seguenti, nella Sala delle adunanze '
        'della Sede Municipale, si è riunita la Giunta Municipale, convocata nelle forme di legge. Presiede l’adunanza il '
        'Sindaco Dott. Giorgio Stracuzzi. Sono presenti il Sindaco STRACUZZI GIORGIO, il Vice Sindaco LO GIUDICE CARMELA e '
        'gli Assessori BONACCORSO NUNZIO e SCIGLIO ANTONINO; risulta assente l’Assessore FICHERA ROSARIO. '
        'Partecipa il Segretario Generale Dott.ssa Maria Catena Russo, incaricato della redazione del verbale.')
y = paragraph(c, body, L, y, TW, 'Times-Roman', 11, 14.5, mode='glyph')
y -= 4
y = paragraph(c, 'Il Presidente, constatato che gli intervenuti sono in numero legale, dichiara aperta la seduta ed invita i '
                 'convocati a deliberare sull’oggetto sopra indicato.', L, y, TW, 'Times-Roman', 11, 14.5, mode='glyph')
y -= 8
c.setFont('Times-Bold', 11.5)
c.drawCentredString(W / 2 + 5, y, 'LA GIUNTA MUNICIPALE')
y -= 18
prem = [
    'Vista l’allegata proposta di deliberazione n. 48 del 05/03/2026, formulata dal Responsabile dell’Area Amministrativa, '
    'avente ad oggetto quanto in epigrafe;',
    'Vista la nota dell’Associazione culturale “Kalé Arte”, acquisita al protocollo generale al n. 4127 del 26/02/2026, '
    'con la quale si chiede la concessione in uso della Sala Polifunzionale “Ex Mercato” per lo svolgimento della rassegna '
    'teatrale “Naxos in Scena”, rivolta alle scuole del comprensorio;',
    'Ritenuto che l’iniziativa riveste rilevante interesse culturale e turistico per la Comunità e che la stessa è coerente '
    'con gli obiettivi del Documento Unico di Programmazione 2026-2028;',
    'Visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 53 della L. n. 142/1990, come '
    'recepito dalla L.R. n. 48/1991 e s.m.i.;',
    'Visto l’O.R.EE.LL. vigente nella Regione Siciliana;',
]
for ptxt in prem:
    y = paragraph(c, ptxt, L, y, TW, 'Times-Roman', 11, 14, mode='tw', indent=18)
    y -= 3
y = paragraph(c, 'Con voti unanimi, espressi nei modi di legge,', L, y, TW, 'Times-Roman', 11, 14, mode='glyph')
y -= 6
spaced(c, 'DELIBERA', W / 2 + 5, y, 'Times-Bold', 12, 4)
y -= 18
pts = [
    'di approvare la proposta di deliberazione allegata, che qui si intende integralmente riportata e trascritta;',
    'di concedere all’Associazione culturale “Kalé Arte” l’uso a titolo gratuito della Sala Polifunzionale “Ex Mercato” nei '
    'giorni dal 2 al 4 aprile 2026, con oneri di pulizia e custodia a carico dell’Associazione;',
    'di demandare al Responsabile dell’Area Amministrativa l’adozione degli atti gestionali conseguenti, ivi compresa la '
    'sottoscrizione del disciplinare d’uso.',
]
for i, ptxt in enumerate(pts, 1):
    y = hanging(c, '%d)' % i, ptxt, L + 10, y, TW - 10, 18, 'Times-Roman', 11, 14, mode='glyph')
    y -= 3
foot(1, 2)
c.showPage()

# ---------------- page 2 -----------------
stamp()
y = H - 70
y = paragraph(c, 'Successivamente, la Giunta Municipale, con separata votazione unanime, stante l’urgenza di provvedere, '
                 'dichiara la presente deliberazione immediatamente esecutiva ai sensi dell’art. 12, comma 2, della '
                 'L.R. n. 44/1991.', L, y, TW, 'Times-Roman', 11, 14, mode='tw')
y -= 12
c.setFont('Times-Italic', 10.5)
c.drawString(L, y, 'Letto, approvato e sottoscritto.')
y -= 24
cols = [(L + 70, 'IL SINDACO', 'F.to Dott. Giorgio Stracuzzi'),
        (W / 2 + 5, 'L’ASSESSORE ANZIANO', 'F.to Lo Giudice Carmela'),
        (R - 70, 'IL SEGRETARIO GENERALE', 'F.to Dott.ssa Maria Catena Russo')]
for x, a, b in cols:
    c.setFont('Times-Bold', 9.5)
    c.drawCentredString(x, y, a)
    c.setFont('Times-Roman', 9.5)
    c.drawCentredString(x, y - 13, b)
y -= 50
c.setLineWidth(0.8)
c.rect(L, y - 118, TW, 128)
c.setFont('Times-Bold', 11)
c.drawCentredString(W / 2 + 5, y - 8, 'CERTIFICATO DI PUBBLICAZIONE')
yy = paragraph(c, 'Il sottoscritto Responsabile della pubblicazione, visti gli atti d’ufficio, certifica che la presente '
                  'deliberazione è stata pubblicata all’Albo Pretorio on line del Comune il giorno 12/03/2026 per rimanervi '
                  'quindici giorni consecutivi (Reg. Pubbl. n. 512), ai sensi dell’art. 11 della L.R. n. 44/1991.',
               L + 10, y - 28, TW - 20, 'Times-Roman', 10.5, 13.5, mode='tw')
c.setFont('Times-Roman', 10)
c.drawString(L + 10, yy - 8, 'Giardini Naxos, 12/03/2026')
c.drawCentredString(R - 120, yy - 8, 'IL RESPONSABILE DELLA PUBBLICAZIONE')
c.drawCentredString(R - 120, yy - 21, 'F.to Sig. Francesco Sterrantino')
y -= 140
c.rect(L, y - 76, TW, 86)
c.setFont('Times-Bold', 11)
c.drawCentredString(W / 2 + 5, y - 8, 'ATTESTAZIONE DI ESECUTIVITÀ')
c.setFont('Times-Roman', 10.5)
c.drawString(L + 10, y - 28, '[X]  dichiarata immediatamente esecutiva ai sensi dell’art. 12, comma 2, della L.R. n. 44/1991;')
c.drawString(L + 10, y - 44, '[  ]  divenuta esecutiva il ____________ decorsi dieci giorni dalla pubblicazione.')
c.drawCentredString(R - 120, y - 58, 'IL SEGRETARIO GENERALE')
c.drawCentredString(R - 120, y - 68, 'F.to Dott.ssa Maria Catena Russo')
y -= 96
c.setFont('Times-Italic', 9)
c.drawString(L, y, 'Copia conforme all’originale, in carta libera, per uso amministrativo.')
foot(2, 2)
c.showPage()
c.save()
