# Avviso pubblico n. 3/2026 of the Ente Parco Nazionale dell'Arcipelago di La Maddalena.
# The letterhead, the protocol box and the footer are Form XObjects drawn on every page
# (beginForm/doForm), the body is plain text.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER

F = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DS', F + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DSB', F + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DSC', F + 'DejaVuSansCondensed.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('DSC', 0, 0, 'DSC'); addMapping('DSC', 1, 0, 'DSB')
out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setTitle('Avviso pubblico n. 3/2026'); c.setCreator('Protocollo e Albo – Ente Parco')

c.beginForm('head')
c.setFillColor(colors.HexColor('#0e5a8a'))
c.wedge(2 * cm, H - 3.2 * cm, 3.6 * cm, H - 1.6 * cm, 0, 180, stroke=0, fill=1)
c.setFillColor(colors.HexColor('#e9c46a')); c.circle(2.8 * cm, H - 2.2 * cm, 0.25 * cm, stroke=0, fill=1)
c.setFillColor(colors.HexColor('#0e5a8a'))
c.setFont('DSB', 12.5); c.drawString(4.2 * cm, H - 1.95 * cm, 'ENTE PARCO NAZIONALE')
c.drawString(4.2 * cm, H - 2.45 * cm, 'DELL’ARCIPELAGO DI LA MADDALENA')
c.setFont('DS', 7.5); c.setFillColor(colors.black)
c.drawString(4.2 * cm, H - 2.9 * cm, 'Via Giulio Cesare, 7 – 07024 La Maddalena (SS) – C.F. 91016240907 – protocollo@pec.lamaddalenapark.it')
c.setStrokeColor(colors.HexColor('#0e5a8a')); c.setLineWidth(1.2); c.line(2 * cm, H - 3.3 * cm, W - 2 * cm, H - 3.3 * cm)
c.endForm()

c.beginForm('foot')
c.setFont('DS', 7); c.setFillColor(colors.grey)
c.drawString(2 * cm, 1.3 * cm, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 – Avviso pubblico n. 3/2026')
c.endForm()

body = ParagraphStyle('b', fontName='DSC', fontSize=9.5, leading=13, alignment=TA_JUSTIFY, spaceAfter=5)
tit = ParagraphStyle('t', parent=body, fontName='DSB', fontSize=11.5, leading=15, alignment=TA_CENTER, spaceAfter=8)
art = ParagraphStyle('a', parent=body, fontName='DSB', spaceBefore=4, spaceAfter=2)

pages = [[
    Paragraph('Prot. n. 2197 del 10/03/2026', ParagraphStyle('p', parent=body, alignment=2)),
    Paragraph('AVVISO PUBBLICO N. 3/2026', tit),
    Paragraph('Avviso pubblico per l’acquisizione di manifestazioni di interesse al rilascio di autorizzazioni per l’esercizio dell’attività di noleggio di unità da diporto con conducente nelle acque del Parco – stagione 2026', ParagraphStyle('s', parent=tit, fontSize=10.5, leading=14)),
    Paragraph('IL DIRETTORE', ParagraphStyle('d', parent=tit, fontSize=10)),
    Paragraph('Vista la Legge 6 dicembre 1991, n. 394, legge quadro sulle aree protette; visto il D.P.R. 17 maggio 1996 che istituisce l’Ente Parco Nazionale dell’Arcipelago di La Maddalena; visto il Regolamento per la disciplina della navigazione da diporto nelle acque del Parco approvato con deliberazione del Consiglio Direttivo n. 18 del 22/05/2024; vista la deliberazione del Consiglio Direttivo n. 7 del 26/02/2026, con la quale è stato stabilito il contingente di autorizzazioni per la stagione 2026;', body),
    Paragraph('RENDE NOTO', ParagraphStyle('r', parent=tit, fontSize=10)),
    Paragraph('che è indetta una procedura per l’acquisizione di manifestazioni di interesse finalizzata al rilascio di n. 24 autorizzazioni stagionali per l’attività di noleggio di unità da diporto con conducente all’interno delle zone di riserva generale orientata (zone MB) del Parco.', body),
    Paragraph('Art. 1 – Soggetti ammessi', art),
    Paragraph('Possono presentare manifestazione di interesse le imprese iscritte al Registro delle imprese per l’attività di noleggio di unità da diporto, in possesso dei requisiti di cui all’art. 94 del D.Lgs. 31 marzo 2023, n. 36, titolari di unità con motorizzazione conforme alle prescrizioni del Regolamento.', body),
    Paragraph('Art. 2 – Termine e modalità di presentazione', art),
    Paragraph('Le domande, redatte sul modello allegato e sottoscritte digitalmente, dovranno pervenire esclusivamente a mezzo PEC all’indirizzo protocollo@pec.lamaddalenapark.it entro le ore 12:00 del giorno 10 aprile 2026.', body),
    Paragraph('Art. 3 – Criteri di valutazione', art),
    Paragraph('Le autorizzazioni sono rilasciate secondo la graduatoria formata sulla base dei seguenti criteri: a) classe di emissione dei motori (fino a 40 punti); b) adesione alla Carta europea del turismo sostenibile (fino a 20 punti); c) sede operativa nel territorio del Comune di La Maddalena (fino a 20 punti); d) formazione ambientale del personale (fino a 20 punti).', body),
], [
    Paragraph('Art. 4 – Canone', art),
    Paragraph('Il rilascio dell’autorizzazione è subordinato al pagamento del corrispettivo stabilito con la deliberazione del Consiglio Direttivo n. 7 del 26/02/2026, pari a euro 650,00 per unità fino a 10 metri e a euro 1.100,00 per unità di lunghezza superiore.', body),
    Paragraph('Art. 5 – Trattamento dei dati personali', art),
    Paragraph('I dati forniti sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso. Titolare del trattamento è l’Ente Parco Nazionale dell’Arcipelago di La Maddalena.', body),
    Paragraph('Art. 6 – Responsabile del procedimento', art),
    Paragraph('Responsabile del procedimento è il Dott. Gavino Pirina, Servizio Tutela e Gestione delle Risorse Marine (tel. 0789 790211). Il presente avviso è pubblicato all’Albo on line dell’Ente e del Comune di La Maddalena per 30 giorni consecutivi.', body),
    Paragraph('La Maddalena, 10/03/2026', body),
    Paragraph('IL DIRETTORE<br/>Dott.ssa Giovanna Murgia<br/><font size="7">(firmato digitalmente)</font>', ParagraphStyle('f', parent=body, alignment=TA_CENTER, leftIndent=9 * cm)),
]]
for n, flow in enumerate(pages, 1):
    c.doForm('head'); c.doForm('foot')
    c.setFont('DS', 7); c.setFillColor(colors.grey); c.drawRightString(W - 2 * cm, 1.3 * cm, 'pag. %d di %d' % (n, len(pages)))
    c.setFillColor(colors.black)
    fr = Frame(2 * cm, 2 * cm, W - 4 * cm, H - 5.8 * cm, showBoundary=0)
    fr.addFromList(flow, c)
    c.showPage()
c.save()
