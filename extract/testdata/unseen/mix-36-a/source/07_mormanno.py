#!/usr/bin/env python3
# Ordinanza sindacale (Sicraweb-like). Awkward text layer: the letterhead is a Form XObject reused on
# both pages; a rotated Albo stamp runs along the left margin; the page content is drawn out of
# reading order (footer, signature and dispositive part before the heading and the premises).
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
FD = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FD + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', FD + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVS', FD + 'DejaVuSerif.ttf'))
pdfmetrics.registerFont(TTFont('DVSB', FD + 'DejaVuSerif-Bold.ttf'))
W, H = A4; L, R = 70, W - 58
c = canvas.Canvas('../ordinanza-mormanno-sicraweb.pdf', pagesize=A4)
c.setCreator('Sicraweb - Maggioli'); c.setTitle('Ordinanza n. 8 del 14/03/2026')

def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], []
    for w in words:
        if cur and pdfmetrics.stringWidth(' '.join(cur + [w]), font, size) > width:
            lines.append(' '.join(cur)); cur = [w]
        else: cur.append(w)
    if cur: lines.append(' '.join(cur))
    return lines

def block(lines_spec, y):
    """lines_spec: list of (text, font, size, indent, lead); returns list of draw ops and final y"""
    ops = []
    for text, font, size, ind, lead in lines_spec:
        for ln in wrap(text, font, size, R - L - ind):
            ops.append((L + ind, y, ln, font, size)); y -= lead
        y -= 3
    return ops, y

# --- letterhead form (reused) ---
c.beginForm('intestazione')
c.setFillColorRGB(0.55, 0.1, 0.1); c.circle(L + 18, H - 62, 18, fill=1, stroke=0)
c.setFillColorRGB(1, 1, 1); c.setFont('DVSB', 11); c.drawCentredString(L + 18, H - 66, 'M')
c.setFillColorRGB(0, 0, 0)
c.setFont('DVSB', 16); c.drawString(L + 48, H - 58, 'COMUNE DI MORMANNO')
c.setFont('DVS', 9.5); c.drawString(L + 48, H - 72, 'Provincia di Cosenza')
c.setFont('DV', 7.5); c.drawString(L + 48, H - 84, 'Piazza Municipio, 1 – 87026 Mormanno (CS) – PEC: protocollo.mormanno@asmepec.it')
c.setLineWidth(1); c.line(L, H - 92, R, H - 92)
c.endForm()

def stamp(page):
    c.saveState(); c.translate(34, 120); c.rotate(90)
    c.setFont('DV', 7); c.setFillColorRGB(0.15, 0.25, 0.55)
    c.drawString(0, 0, 'ALBO PRETORIO ON LINE – COMUNE DI MORMANNO – Reg. pubbl. n. 312 – Pubblicato dal 14/03/2026 al 29/03/2026 – pag. %d' % page)
    c.restoreState()

def footer(page):
    c.setFont('DV', 7); c.setLineWidth(0.4); c.line(L, 46, R, 46)
    c.drawString(L, 36, 'Ordinanza Sindacale n. 8 del 14/03/2026')
    c.drawRightString(R, 36, 'Pagina %d di 2' % page)

subject = ('Divieto temporaneo di transito e di sosta in Via Alfieri e in Piazza Umberto I per lavori di '
           'rifacimento della rete idrica comunale dal 16 al 27 marzo 2026.')
head_ops, y = block([
    ('ORDINANZA SINDACALE', 'DVB', 13, 150, 16),
    ('N. 8 DEL 14/03/2026', 'DVB', 11, 165, 20),
], H - 122)
y -= 4
subj_ops, y = block([(subject, 'DVB', 10.5, 68, 14)], y)
y -= 8
premises = [
 'Premesso che con determinazione del Responsabile dell\'Area Tecnica n. 41 del 20/02/2026 sono stati affidati alla ditta «Idrocalabra s.r.l.» i lavori di rifacimento della rete idrica comunale nel tratto di Via Alfieri e Piazza Umberto I, nell\'ambito dell\'intervento finanziato con fondi PNRR – Missione 2, Componente 4;',
 'Vista la nota della ditta esecutrice acquisita al protocollo n. 1874 del 12/03/2026, con la quale si comunica l\'inizio dei lavori di scavo a decorrere dal 16/03/2026 e se ne stima la durata in dodici giorni;',
 'Considerato che per l\'esecuzione dei lavori in condizioni di sicurezza è necessario interdire il transito veicolare e la sosta nelle aree interessate, garantendo comunque il passaggio pedonale e l\'accesso ai residenti;',
 'Sentito il Comandante della Polizia Locale, che ha espresso parere favorevole con nota del 13/03/2026;',
 'Visti gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo Regolamento di esecuzione, nonché l\'art. 50 del D.Lgs. 18 agosto 2000, n. 267;',
]
prem_ops, y = block([('IL SINDACO', 'DVB', 11, 190, 18)] + [(p, 'DVS', 10, 0, 13.2) for p in premises], y - 4)
y -= 4
ord_spec = [('O R D I N A', 'DVB', 11, 185, 18)]
pts = [
 'dalle ore 7:00 del 16/03/2026 alle ore 19:00 del 27/03/2026 è istituito il divieto di transito veicolare in Via Alfieri, nel tratto compreso tra Via Roma e Piazza Umberto I;',
 'nel medesimo periodo è istituito il divieto di sosta con rimozione forzata su entrambi i lati di Via Alfieri e sul lato nord di Piazza Umberto I;',
 'è fatto salvo il transito dei mezzi di soccorso, delle forze dell\'ordine, dei mezzi della ditta esecutrice e dei residenti per il solo accesso alle proprietà private;',
 'la ditta «Idrocalabra s.r.l.» è incaricata dell\'apposizione della prescritta segnaletica almeno 48 ore prima dell\'inizio dei lavori.',
]
ord_ops = []
ops, y2 = block(ord_spec, y)
ord_ops += ops
for i, p in enumerate(pts, 1):
    ord_ops.append((L + 4, y2, '%d.' % i, 'DVS', 10))
    ops, y2 = block([(p, 'DVS', 10, 20, 13.2)], y2)
    ord_ops += ops
# page break: everything below y=80 goes to page 2
allops = head_ops + subj_ops + prem_ops + ord_ops
p1 = [o for o in allops if o[1] >= 70]
over = [o for o in allops if o[1] < 70]
shift = (H - 120) - over[0][1] if over else 0
p2 = [(x, yy + shift, t, f, s) for x, yy, t, f, s in over]
ylast = (p2[-1][1] if p2 else H - 120) - 20
tail_spec = [
 ('A V V E R T E', 'DVB', 11, 185, 18),
 ('che, a norma dell\'art. 3, comma 4, della Legge 7 agosto 1990, n. 241, avverso la presente ordinanza è ammesso ricorso al Tribunale Amministrativo Regionale per la Calabria entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni; in relazione al disposto dell\'art. 37, comma 3, del D.Lgs. 285/1992, è ammesso ricorso al Ministero delle Infrastrutture e dei Trasporti entro 60 giorni.', 'DVS', 10, 0, 13.2),
 ('Dispone che la presente ordinanza sia pubblicata all\'Albo Pretorio on line e trasmessa al Comando di Polizia Locale, alla Stazione Carabinieri di Mormanno e alla ditta esecutrice.', 'DVS', 10, 0, 13.2),
]
tail_ops, yt = block(tail_spec, ylast)
p2 += tail_ops
sig = [(L, yt - 16, 'Mormanno, 14/03/2026', 'DVS', 10), (R - 170, yt - 16, 'IL SINDACO', 'DVB', 10.5),
       (R - 190, yt - 30, 'Dott. Francesco Pandolfi', 'DVS', 10), (R - 200, yt - 42, '(firmato digitalmente ai sensi del D.Lgs. 82/2005)', 'DV', 6.5)]

def draw(ops):
    for x, y_, t, f, s in ops:
        c.setFont(f, s); c.drawString(x, y_, t)

# page 1: footer and dispositive part first, heading last (out of reading order)
footer(1)
draw(sorted([o for o in p1 if o in ord_ops], key=lambda o: o[1]))
stamp(1)
draw(prem_ops[::-1] if False else [o for o in p1 if o in prem_ops][::-1])
c.doForm('intestazione')
draw([o for o in p1 if o in subj_ops]); c.setFont('DVB', 10.5); c.drawString(L, subj_ops[0][1], 'OGGETTO:')
draw([o for o in p1 if o in head_ops])
c.showPage()
# page 2: signature first, then stamp, then text, then the letterhead
draw(sig); stamp(2); footer(2)
draw(p2[::-1])
c.doForm('intestazione')
c.save()
