# Comune di Senise - ordinanza sindacale n. 9/2026 (APKappa-like)
# ReportLab canvas, standard Times/Helvetica (not embedded). The page looks normal, but its content is
# drawn out of reading order (stamp, signature, points bottom-up, premises, then letterhead and title last),
# with the Albo stamp rotated 90 degrees along the left margin.
import random
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from rlkit import wrap, justified
W, H = A4; LM = 70; RM = W - 52; TW = RM - LM
c = canvas.Canvas('../ordinanza-senise-apkappa.pdf', pagesize=A4)
c.setTitle('Ordinanza n. 9/2026'); c.setCreator('APKappa S.r.l. - Sistema Atti')
ops = []  # (group, callable)
y = H - 56
def op(g):
    def deco(f): ops.append((g, f)); return f
    return deco
# letterhead
def lh():
    c.setFont('Times-Bold', 19); c.drawCentredString(LM + TW/2, H - 60, 'COMUNE DI SENISE')
    c.setFont('Times-Italic', 11); c.drawCentredString(LM + TW/2, H - 76, 'Provincia di Potenza')
    c.setFont('Helvetica', 7.5); c.drawCentredString(LM + TW/2, H - 89, 'Piazza Municipio, 1 – 85038 Senise (PZ) – tel. 0973 686200 – PEC: protocollo@pec.comune.senise.pz.it')
    c.setLineWidth(1); c.line(LM, H - 96, RM, H - 96)
ops.append(('head', lh))
def title():
    c.setFont('Helvetica-Bold', 13); c.drawCentredString(LM + TW/2, H - 122, 'ORDINANZA SINDACALE CONTINGIBILE E URGENTE')
    c.setFont('Helvetica-Bold', 11.5); c.drawCentredString(LM + TW/2, H - 138, 'N. 9 DEL 13/03/2026')
ops.append(('head', title))
yy = H - 164
subj = ('Divieto temporaneo di utilizzo per il consumo umano dell’acqua erogata dalla rete idrica comunale nelle contrade '
        'Cappuccini, San Pietro e Pantano.')
sl = wrap(subj, 'Times-Bold', 11.5, TW - 66)
def subjop(yy=yy, sl=sl):
    c.setFont('Helvetica-Bold', 10.5); c.drawString(LM, yy, 'OGGETTO:')
    y2 = yy
    for l in sl:
        c.setFont('Times-Bold', 11.5); c.drawString(LM + 66, y2, l); y2 -= 14
ops.append(('head', subjop))
yy -= 14 * len(sl) + 14
def sindaco(yy=yy):
    c.setFont('Helvetica-Bold', 11.5); c.drawCentredString(LM + TW/2, yy, 'IL SINDACO')
ops.append(('body', sindaco)); yy -= 20
F, S, LD = 'Times-Roman', 10.8, 13.6
prem = [
 'Vista la nota prot. n. 4172 del 12/03/2026, con la quale l’Azienda Sanitaria Locale di Potenza – U.O.C. Igiene degli Alimenti e della Nutrizione ha comunicato gli esiti dei campionamenti effettuati in data 10/03/2026 presso le fontanine pubbliche delle contrade Cappuccini, San Pietro e Pantano, dai quali risulta il superamento del valore di parametro per i batteri coliformi ed Escherichia coli previsto dal D.Lgs. 23 febbraio 2023, n. 18;',
 'Considerato che il gestore del servizio idrico integrato, Acquedotto Lucano S.p.A., ha avviato gli interventi di disinfezione e di lavaggio delle condotte e che occorre, nelle more del ripristino dei requisiti di qualità, tutelare la salute pubblica;',
 'Ritenuto che ricorrano i presupposti di contingibilità e urgenza per l’adozione del presente provvedimento;',
 'Visti l’art. 50, commi 5 e 6, e l’art. 54 del D.Lgs. 18 agosto 2000, n. 267;',
]
for ptx in prem:
    nl = len(wrap(ptx, F, S, TW - 18)) + 1
    ops.append(('body', lambda yy=yy, ptx=ptx: justified(c, ptx, LM, yy, TW, F, S, LD, first_indent=18)))
    yy -= LD * nl + 4
def ordina(yy=yy):
    c.setFont('Helvetica-Bold', 11.5); c.drawCentredString(LM + TW/2, yy, 'O R D I N A')
ops.append(('disp', ordina)); yy -= 20
pts = [
 'il divieto di utilizzo dell’acqua erogata dalla rete idrica comunale nelle contrade Cappuccini, San Pietro e Pantano per bere, per la preparazione degli alimenti e per l’igiene orale, con decorrenza immediata e fino a revoca della presente ordinanza;',
 'che l’acqua possa essere utilizzata, previa bollitura per almeno cinque minuti, per la cottura degli alimenti, e senza limitazioni per gli usi igienici diversi da quelli indicati al punto 1;',
 'ad Acquedotto Lucano S.p.A. di proseguire gli interventi di bonifica della rete e di comunicare tempestivamente a questo Ente e all’ASP gli esiti dei nuovi campionamenti;',
 'ai titolari degli esercizi di somministrazione di alimenti e bevande ubicati nelle zone interessate di utilizzare esclusivamente acqua confezionata per la preparazione degli alimenti.',
]
for i, ptx in enumerate(pts, 1):
    nl = len(wrap(ptx, F, S, TW - 22))
    def f(yy=yy, ptx=ptx, i=i):
        c.setFont(F, S); c.drawString(LM + 2, yy, f'{i})'); justified(c, ptx, LM + 22, yy, TW - 22, F, S, LD)
    ops.append(('disp', f)); yy -= LD * nl + 4
yy -= 4
disp = ('La presente ordinanza è resa nota mediante pubblicazione all’Albo Pretorio on line, sul sito istituzionale e '
        'mediante avvisi affissi nelle zone interessate; è trasmessa alla Prefettura di Potenza, all’ASP di Potenza, ad '
        'Acquedotto Lucano S.p.A. e al Comando della Polizia Locale, incaricato della vigilanza. Avverso il presente '
        'provvedimento è ammesso ricorso al T.A.R. Basilicata entro 60 giorni o ricorso straordinario al Presidente della '
        'Repubblica entro 120 giorni dalla pubblicazione.')
ops.append(('tail', lambda yy=yy: justified(c, disp, LM, yy, TW, F, S, LD, first_indent=18)))
yy -= LD * (len(wrap(disp, F, S, TW - 18)) + 1) + 10
def sig(yy=yy):
    c.setFont('Times-Roman', 10.8); c.drawString(LM, yy, 'Dalla Residenza Municipale, 13/03/2026')
    c.drawCentredString(RM - 100, yy, 'IL SINDACO')
    c.setFont('Times-Bold', 10.8); c.drawCentredString(RM - 100, yy - 14, 'Dott. Giuseppe Castronuovo')
    c.setFont('Times-Italic', 8); c.drawCentredString(RM - 100, yy - 26, '(firmato digitalmente ai sensi del D.Lgs. 82/2005)')
ops.append(('tail', sig))
def stamp():
    c.saveState(); c.translate(36, 120); c.rotate(90)
    c.setStrokeColorRGB(0.2, 0.3, 0.6); c.setFillColorRGB(0.2, 0.3, 0.6); c.setLineWidth(0.7)
    c.rect(-4, -12, 600, 22)
    c.setFont('Helvetica', 7.6)
    c.drawString(4, -4, 'COMUNE DI SENISE – ALBO PRETORIO ON LINE – Registro pubblicazioni n. 287/2026 – '
                 'Pubblicato dal 13/03/2026 al 28/03/2026 – Il Responsabile della pubblicazione')
    c.restoreState()
def foot():
    c.setFont('Helvetica', 7); c.setFillGray(0.4)
    c.drawString(LM, 28, 'Ordinanza n. 9 del 13/03/2026'); c.drawRightString(RM, 28, 'Pag. 1 di 1'); c.setFillGray(0)
assert yy > 60, yy
# out of reading order: stamp, footer, tail reversed, disposition reversed, premises reversed, then the head
order = [stamp, foot] + [f for g, f in ops if g == 'tail'][::-1] + [f for g, f in ops if g == 'disp'][::-1] \
        + [f for g, f in ops if g == 'body'][::-1] + [f for g, f in ops if g == 'head'][::-1]
for f in order: f()
c.showPage(); c.save()
