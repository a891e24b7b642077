# Dedagroup (Civilia Open / J-Serfin) style ranking attached to a determinazione (ReportLab platypus, DejaVu Sans)
import random
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, LongTable
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from common import out, reg_rl
reg_rl()
F, FB = 'DejaVuSans', 'DejaVuSans-Bold'
def st(fn=F, fs=9, ld=12, **k):
    return ParagraphStyle('x', fontName=fn, fontSize=fs, leading=ld, **k)
doc = SimpleDocTemplate(out('graduatoria-sassari-dedagroup.pdf'), pagesize=A4, leftMargin=18*mm, rightMargin=18*mm,
                        topMargin=30*mm, bottomMargin=18*mm, title='Allegato A - Graduatoria', author='Comune di Sassari')
def page(c, d):
    c.saveState()
    c.setFont(FB, 12); c.drawString(18*mm, A4[1]-15*mm, 'COMUNE DI SASSARI')
    c.setFont(F, 8); c.drawString(18*mm, A4[1]-19.5*mm, 'Settore Politiche Sociali, Abitative e per la Famiglia')
    c.setFont(FB, 9); c.drawRightString(A4[0]-18*mm, A4[1]-15*mm, 'Allegato A')
    c.setFont(F, 8); c.drawRightString(A4[0]-18*mm, A4[1]-19.5*mm, 'alla Determinazione Dirigenziale n. 3187 del 14/10/2025')
    c.setLineWidth(0.5); c.line(18*mm, A4[1]-22*mm, A4[0]-18*mm, A4[1]-22*mm)
    c.setFont(F, 7); c.drawCentredString(A4[0]/2, 10*mm, 'Pagina %d di 2' % d.page)
    c.restoreState()
s = [Paragraph('GRADUATORIA DEFINITIVA DEI BENEFICIARI', st(FB, 12, 15, alignment=TA_CENTER)),
     Paragraph('CONTRIBUTO A SOSTEGNO DEL PAGAMENTO DEL CANONE DI LOCAZIONE - ANNUALITÀ 2025<br/>'
               '(L. 9 dicembre 1998, n. 431, art. 11 - D.G.R. Sardegna n. 21/14 del 12/06/2025)', st(fs=9, ld=12, alignment=TA_CENTER)),
     Spacer(1, 8),
     Paragraph('Ai fini della tutela dei dati personali (Regolamento UE 2016/679) i richiedenti sono identificati con il numero '
               'di protocollo della domanda. Fascia A: ISEE non superiore a € 15.248,00 e incidenza del canone superiore al 14%; '
               'Fascia B: ISEE non superiore a € 16.700,00 e incidenza del canone superiore al 24%.', st(fs=8, ld=10.5, alignment=TA_JUSTIFY)),
     Spacer(1, 8)]
random.seed(13)
rows = [['Pos.', 'Protocollo\ndomanda', 'Data\ndomanda', 'Fascia', 'ISEE (€)', 'Canone\nannuo (€)', 'Incidenza\n%', 'Contributo\nspettante (€)']]
data = []
for i in range(62):
    prot = 118000 + random.randint(0, 9999)
    day = random.randint(1, 30)
    fascia = 'A' if i < 41 else 'B'
    isee = random.randint(1500, 15200) if fascia == 'A' else random.randint(15300, 16690)
    canone = random.choice([3600, 4200, 4800, 5400, 6000, 6600, 7200] if fascia == 'A' else [4200, 4800, 5400, 6000])
    inc = canone / isee * 100 if isee else 0
    contrib = min(3098.74, canone - 0.14 * isee) if fascia == 'A' else min(2320.00, canone - 0.24 * isee)
    data.append((fascia, -inc, prot, day, isee, canone, inc, contrib))
data.sort(key=lambda r: (r[0], r[1]))
def fmt(x):
    return ('{:,.2f}'.format(x)).replace(',', 'X').replace('.', ',').replace('X', '.')
for n, (fascia, _, prot, day, isee, canone, inc, contrib) in enumerate(data, 1):
    rows.append([str(n), str(prot), '%02d/07/2025' % day, fascia, fmt(isee), fmt(canone), ('%.2f' % min(inc, 999)).replace('.', ','), fmt(contrib)])
tot = sum(r[7] for r in data)
rows.append(['', '', '', '', '', '', 'Totale', fmt(tot)])
t = LongTable(rows, colWidths=[12*mm, 24*mm, 24*mm, 14*mm, 22*mm, 22*mm, 20*mm, 32*mm], repeatRows=1)
t.setStyle(TableStyle([('FONT', (0, 0), (-1, 0), FB, 7.5), ('FONT', (0, 1), (-1, -1), F, 8), ('FONT', (0, -1), (-1, -1), FB, 8),
                       ('GRID', (0, 0), (-1, -2), 0.3, colors.HexColor('#777777')), ('BOX', (6, -1), (-1, -1), 0.3, colors.black),
                       ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#d9d9d9')), ('ALIGN', (4, 1), (-1, -1), 'RIGHT'),
                       ('ALIGN', (0, 1), (3, -1), 'CENTER'), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                       ('TOPPADDING', (0, 1), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 1), (-1, -1), 1.5)]))
s.append(t)
s.append(Spacer(1, 10))
s.append(Paragraph('ESCLUSI: prot. n. 119422 (canone non registrato); prot. n. 121007 (ISEE superiore alla soglia); prot. n. 125318 '
                   '(domanda presentata oltre il termine del 31/07/2025).', st(fs=8, ld=10.5, alignment=TA_JUSTIFY)))
s.append(Spacer(1, 6))
s.append(Paragraph('Il contributo è liquidato nei limiti delle risorse trasferite dalla Regione Autonoma della Sardegna. '
                   'Avverso la presente graduatoria è ammesso ricorso al TAR Sardegna entro 60 giorni dalla pubblicazione.',
                   st(fs=8, ld=10.5, alignment=TA_JUSTIFY)))
s.append(Spacer(1, 14))
s.append(Paragraph('IL DIRIGENTE DEL SETTORE<br/>Dott.ssa Giovanna Maria Solinas', st(fs=9, ld=12, alignment=TA_RIGHT)))
doc.build(s, onFirstPage=page, onLaterPages=page)
