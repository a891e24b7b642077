# Comune di Gorizia - deliberazione della Giunta, in-house generator built on ReportLab (Platypus)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, KeepTogether)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER

F = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LSans', F + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSans-B', F + 'LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSans-I', F + 'LiberationSans-Italic.ttf'))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('LSans', normal='LSans', bold='LSans-B', italic='LSans-I', boldItalic='LSans-B')

out = sys.argv[1]
body = ParagraphStyle('b', fontName='LSans', fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=5)
small = ParagraphStyle('s', fontName='LSans', fontSize=8, leading=10)
ctr = ParagraphStyle('c', parent=body, alignment=TA_CENTER, fontName='LSans-B', spaceBefore=6, spaceAfter=6, keepWithNext=1)
pt = ParagraphStyle('p', parent=body, leftIndent=16, firstLineIndent=-16)

class Doc(BaseDocTemplate):
    def __init__(self, fn, **kw):
        super().__init__(fn, pagesize=A4, leftMargin=22*mm, rightMargin=20*mm, topMargin=38*mm, bottomMargin=28*mm,
                         title='Deliberazione Giunta Comunale n. 87/2026', author='Comune di Gorizia', **kw)
        fr = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id='f')
        self.addPageTemplates([PageTemplate('p', [fr], onPage=self.furniture)])
    def furniture(self, c, d):
        W, H = A4
        c.saveState()
        # crest placeholder and caption
        c.setStrokeColor(colors.grey); c.rect(22*mm, H-30*mm, 14*mm, 17*mm)
        c.setFont('LSans', 5.5); c.drawCentredString(29*mm, H-33*mm, 'stemma civico')
        c.setFont('LSans-B', 15); c.drawString(40*mm, H-19*mm, 'COMUNE DI GORIZIA')
        c.setFont('LSans', 8.5); c.drawString(40*mm, H-24*mm, 'Občina Gorica  -  Comun di Gurize')
        c.drawString(40*mm, H-28.5*mm, 'Piazza Municipio, 1  -  34170 Gorizia (GO)')
        # register box
        c.setStrokeColor(colors.black); c.rect(132*mm, H-32*mm, 58*mm, 20*mm)
        c.setFont('LSans', 7.5); c.drawString(134*mm, H-16*mm, 'REGISTRO DELIBERAZIONI DI GIUNTA')
        c.setFont('LSans-B', 11); c.drawString(134*mm, H-22.5*mm, 'N. 87')
        c.setFont('LSans', 9); c.drawString(134*mm, H-28.5*mm, 'Seduta del 12/03/2026')
        c.line(22*mm, H-35*mm, 190*mm, H-35*mm)
        # footer
        c.line(22*mm, 22*mm, 190*mm, 22*mm)
        c.setFont('LSans-I', 7)
        c.drawString(22*mm, 18*mm, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i. (CAD) e norme collegate,')
        c.drawString(22*mm, 14.5*mm, 'che sostituisce il documento cartaceo e la firma autografa.')
        c.setFont('LSans', 8)
        c.drawRightString(190*mm, 14.5*mm, 'Pagina %d di %s' % (d.page, TOTAL))
        c.drawString(22*mm, 10*mm, 'Delib. G.C. n. 87 del 12/03/2026')
        c.restoreState()

def make():
  story = []
  P = lambda t, s=body: story.append(Paragraph(t, s))
  P('<b>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</b>', ctr)
  lab = ParagraphStyle('l', fontName='LSans', fontSize=9, leading=11.5)
  grid = Table([
      [Paragraph('<b>OGGETTO:</b>', lab), Paragraph('<b>Approvazione del progetto di fattibilità tecnico-economica dei lavori di riqualificazione dei percorsi pedonali di via Rastello e piazza Cavour – CUP H87H25001230004.</b>', lab)],
      [Paragraph('Proposta:', lab), Paragraph('n. 102 del 06/03/2026 – Servizio Lavori Pubblici e Mobilità', lab)],
  ], colWidths=[24*mm, None])
  grid.setStyle(TableStyle([('VALIGN', (0,0), (-1,-1), 'TOP'), ('BOX', (0,0), (-1,-1), 0.6, colors.black),
                            ('LINEBELOW', (0,0), (-1,0), 0.3, colors.grey), ('BOTTOMPADDING', (0,0), (-1,-1), 4)]))
  story += [grid, Spacer(1, 8)]
  P("L'anno duemilaventisei, il giorno dodici del mese di marzo alle ore 12:30, nella sala delle adunanze della sede municipale, "
    "si è riunita la Giunta Comunale, convocata nelle forme di legge. Risultano:")
  roll = [('ZORZUT MARCO', 'Sindaco', 'X', ''), ('PERSOGLIA CHIARA', 'Vicesindaco', 'X', ''), ('KOMEL ANDREJ', 'Assessore', 'X', ''),
          ('BRESSAN ROBERTO', 'Assessore', '', 'X'), ('DE MARCHI SILVIA', 'Assessore', 'X', ''), ('TOMASIN PAOLO', 'Assessore', 'X', ''),
          ('VIDOZ ELISA', 'Assessore', 'X', ''), ('CUMAR GIORGIO', 'Assessore', '', 'X')]
  t = Table([['Cognome e nome', 'Carica', 'Presente', 'Assente']] + [list(r) for r in roll] + [['', 'Totale', '6', '2']],
            colWidths=[62*mm, 40*mm, 22*mm, 22*mm])
  t.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'LSans', 9), ('FONT', (0,0), (-1,0), 'LSans-B', 9), ('FONT', (0,-1), (-1,-1), 'LSans-B', 9),
                         ('GRID', (0,0), (-1,-1), 0.4, colors.black), ('ALIGN', (2,0), (-1,-1), 'CENTER'),
                         ('BACKGROUND', (0,0), (-1,0), colors.HexColor('#e6e6e6'))]))
  story += [t, Spacer(1, 8)]
  P("Assiste il Segretario Generale dott.ssa Elena Pahor. Constatato il numero legale degli intervenuti, assume la presidenza "
    "il Sindaco dott. Marco Zorzut, il quale dichiara aperta la seduta ed invita la Giunta a deliberare sull'oggetto sopra indicato.")
  P('LA GIUNTA COMUNALE', ctr)
  for t_ in [
   "<b>PREMESSO</b> che con deliberazione del Consiglio Comunale n. 9 del 24/02/2026 è stato approvato il Documento Unico di Programmazione 2026-2028, "
   "che nel programma triennale dei lavori pubblici prevede l'intervento di riqualificazione dei percorsi pedonali di via Rastello e piazza Cavour "
   "per l'importo complessivo di euro 480.000,00;",
   "<b>RICHIAMATA</b> la determinazione n. 1904 del 18/11/2025 con la quale è stato affidato all'ing. Fabio Juretič l'incarico di redazione del "
   "progetto di fattibilità tecnico-economica;",
   "<b>VISTO</b> il progetto trasmesso in data 27/02/2026, prot. n. 11872, composto dagli elaborati elencati nell'allegato A, e il relativo quadro "
   "economico che prevede lavori per euro 352.400,00, di cui euro 9.800,00 per oneri della sicurezza non soggetti a ribasso, e somme a disposizione "
   "dell'Amministrazione per euro 127.600,00;",
   "<b>DATO ATTO</b> che il progetto è stato verificato ai sensi dell'art. 42 del D.Lgs. 36/2023 con verbale del 04/03/2026 e che il Responsabile "
   "Unico del Progetto è l'arch. Nadia Cej, funzionario del Servizio Lavori Pubblici e Mobilità;",
   "<b>ACQUISITI</b> i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000, allegati alla presente;",
   "Con voti unanimi, palesemente espressi,"]:
      P(t_)
  P('D E L I B E R A', ctr)
  for n, t_ in enumerate([
   "di approvare il progetto di fattibilità tecnico-economica dei lavori di riqualificazione dei percorsi pedonali di via Rastello e piazza Cavour, "
   "CUP H87H25001230004, per l'importo complessivo di euro 480.000,00, secondo il quadro economico riportato nell'allegato B;",
   "di dare atto che la spesa trova copertura al capitolo 2802/10 \"Manutenzione straordinaria viabilità\" del bilancio 2026-2028, annualità 2026, "
   "finanziato con avanzo di amministrazione destinato agli investimenti;",
   "di demandare al Responsabile Unico del Progetto l'adozione degli atti necessari all'affidamento della progettazione esecutiva;",
   "di disporre la pubblicazione del presente atto all'Albo pretorio on line e nella sezione \"Amministrazione trasparente\" del sito istituzionale."], 1):
      P('%d. %s' % (n, t_), pt)
  P("Successivamente, con separata votazione unanime, la Giunta Comunale dichiara il presente provvedimento <b>immediatamente eseguibile</b> "
    "ai sensi dell'art. 1, comma 19, della L.R. 21/2003, stante l'urgenza di avviare la progettazione esecutiva.")
  story.append(Spacer(1, 10))
  sig = Table([['IL SINDACO', 'IL SEGRETARIO GENERALE'], ['dott. Marco Zorzut', 'dott.ssa Elena Pahor'],
               ['(firmato digitalmente)', '(firmato digitalmente)']], colWidths=[80*mm, 80*mm])
  sig.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'LSans', 9.5), ('FONT', (0,0), (-1,0), 'LSans-B', 9.5), ('ALIGN', (0,0), (-1,-1), 'CENTER'),
                           ('FONT', (0,2), (-1,2), 'LSans-I', 8)]))
  story.append(KeepTogether([sig]))
  story.append(Spacer(1, 14))
  pub = Table([[Paragraph('<b>CERTIFICATO DI PUBBLICAZIONE</b><br/>Si attesta che copia della presente deliberazione viene pubblicata all\'Albo pretorio on line '
                          'dal 13/03/2026 al 27/03/2026 (n. reg. pubbl. 1288) ed è comunicata ai capigruppo consiliari ai sensi dell\'art. 1, comma 16, della L.R. 21/2003.<br/>'
                          'L\'impiegato responsabile: Lorena Furlan', small)]], colWidths=[168*mm])
  pub.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.6, colors.black), ('TOPPADDING', (0,0), (-1,-1), 5), ('BOTTOMPADDING', (0,0), (-1,-1), 6)]))
  story.append(KeepTogether([pub]))

  return story

# two passes for "Pagina x di y"
TOTAL = '?'
import io
d = Doc(io.BytesIO()); d.build(make()); TOTAL = str(d.page)
Doc(out).build(make())
