# Sicraweb/Maggioli-style relata di pubblicazione of a determinazione dirigenziale
# (ReportLab platypus, embedded DejaVu Sans)
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from common import out, reg_rl
reg_rl()
F, FB = 'DejaVuSans', 'DejaVuSans-Bold'
st = lambda **k: ParagraphStyle('x', fontName=k.pop('fn', F), fontSize=k.pop('fs', 9.5), leading=k.pop('ld', 13), **k)
doc = SimpleDocTemplate(out('relata-rieti-sicraweb.pdf'), pagesize=A4, leftMargin=22*mm, rightMargin=22*mm,
                        topMargin=18*mm, bottomMargin=20*mm, title='Relata di pubblicazione', author='Maggioli S.p.A. - Sicraweb')
def foot(c, d):
    c.saveState(); c.setFont(F, 7)
    c.drawString(22*mm, 12*mm, 'Comune di Rieti - Piazza Vittorio Emanuele II n. 17 - 02100 Rieti - PEC: protocollo@pec.comune.rieti.it')
    c.drawRightString(A4[0]-22*mm, 12*mm, 'Pagina %d' % d.page); c.restoreState()
head = Table([[Paragraph('<b>COMUNE DI RIETI</b>', st(fs=15, ld=18)), Paragraph('Settore I<br/>Affari Generali e Istituzionali<br/>Servizio Albo Pretorio e Notifiche', st(fs=8, ld=10, alignment=TA_RIGHT))]],
             colWidths=[95*mm, 71*mm])
head.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, 0), 1.2, colors.HexColor('#1f3d7a')), ('VALIGN', (0, 0), (-1, -1), 'BOTTOM'), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
s = [head, Spacer(1, 14), Paragraph('RELATA DI PUBBLICAZIONE', st(fn=FB, fs=13, ld=16, alignment=TA_CENTER)), Spacer(1, 12)]
lab = st(fs=8.5, ld=11, textColor=colors.HexColor('#333333'))
val = st(fn=FB, fs=9, ld=12)
rows = [
    [Paragraph('Tipo atto', lab), Paragraph('DETERMINAZIONE DIRIGENZIALE', val)],
    [Paragraph('Settore proponente', lab), Paragraph('SETTORE V - LAVORI PUBBLICI, AMBIENTE E VERDE PUBBLICO', val)],
    [Paragraph('Numero di settore', lab), Paragraph('287 del 20/06/2025', val)],
    [Paragraph('Registro Generale', lab), Paragraph('N. 1214 del 23/06/2025', val)],
    [Paragraph('Oggetto', lab), Paragraph('AFFIDAMENTO DEL SERVIZIO DI MANUTENZIONE ORDINARIA DEL VERDE PUBBLICO NEI QUARTIERI '
                                         'NORD (MICCIANI, VILLA REATINA, CAMPOLOFORTE) - PERIODO LUGLIO/DICEMBRE 2025 - '
                                         'DETERMINA A CONTRARRE E AGGIUDICAZIONE - CIG B7A1C2D3E4', val)],
]
t = Table(rows, colWidths=[42*mm, 124*mm])
t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#e8edf5')),
                       ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('TOPPADDING', (0, 0), (-1, -1), 4), ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
s += [t, Spacer(1, 16)]
body = st(fs=9.5, ld=14, alignment=TA_JUSTIFY)
s.append(Paragraph('Il sottoscritto Messo Notificatore, visti gli atti d\'ufficio,', body))
s.append(Spacer(1, 8))
s.append(Paragraph('<b>ATTESTA</b>', st(fs=10, alignment=TA_CENTER)))
s.append(Spacer(1, 8))
s.append(Paragraph('che la determinazione sopra indicata è stata pubblicata all\'Albo Pretorio on line del Comune di Rieti '
                   'al numero <b>2025/3145</b> del Registro delle Pubblicazioni, per quindici giorni consecutivi '
                   '<b>dal 24/06/2025 al 09/07/2025</b>, ai sensi dell\'art. 32 della L. 69/2009, e che durante il '
                   'periodo di pubblicazione non sono pervenute opposizioni o reclami.', body))
s.append(Spacer(1, 22))
sig = Table([[Paragraph('Rieti, 10/07/2025', body), Paragraph('IL MESSO NOTIFICATORE<br/>Sig. Fabrizio Angelucci<br/>'
              '<font size="7">(firmato digitalmente)</font>', st(fs=9.5, ld=13, alignment=TA_CENTER))]], colWidths=[80*mm, 86*mm])
sig.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP')]))
s.append(sig)
s.append(Spacer(1, 40))
s.append(Paragraph('Estremi della pubblicazione: n. reg. 2025/3145 - affissione 24/06/2025 - defissione 09/07/2025 - '
                   'richiedente: Settore V - Lavori Pubblici. Documento generato dal sistema Sicraweb.', st(fs=7, ld=9, textColor=colors.grey)))
doc.build(s, onFirstPage=foot, onLaterPages=foot)
