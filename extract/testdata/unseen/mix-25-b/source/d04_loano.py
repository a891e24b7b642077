#!/usr/bin/env python3
"""Comune di Loano – determinazione dirigenziale, Settore/Servizio heading, register box.
ReportLab platypus with a two-pass numbered canvas; Liberation Sans embedded (for Arial)."""
import sys, os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
OUT = sys.argv[1] if len(sys.argv) > 1 else '..'
F = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('Arial', F + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('Arial-Bold', F + 'LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('Arial-Italic', F + 'LiberationSans-Italic.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('Arial', 0, 0, 'Arial'); addMapping('Arial', 1, 0, 'Arial-Bold'); addMapping('Arial', 0, 1, 'Arial-Italic'); addMapping('Arial', 1, 1, 'Arial-Bold')

SUBJ = ("AFFIDAMENTO DIRETTO, AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023, DEL SERVIZIO DI "
        "PULIZIA MECCANIZZATA DEGLI ARENILI LIBERI E DELLE SPIAGGE LIBERE ATTREZZATE PER LA STAGIONE BALNEARE 2026 "
        "ALLA DITTA LITORALE SERVIZI S.R.L. – IMPEGNO DI SPESA – CIG B7C3E1A2F4.")

class NumberedCanvas(canvas.Canvas):
    def __init__(self, *a, **k):
        super().__init__(*a, **k); self._saved = []
    def showPage(self):
        self._saved.append(dict(self.__dict__)); self._startPage()
    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st); self.furniture(n); super().showPage()
        super().save()
    def furniture(self, n):
        w, h = A4
        self.setFont('Arial', 7); self.setFillColor(colors.HexColor('#333333'))
        self.line(18*mm, 16*mm, w-18*mm, 16*mm)
        self.drawString(18*mm, 12.5*mm, 'Determinazione R.G. n. 312 del 18/03/2026 – Settore 3 – Lavori Pubblici, Ambiente e Demanio')
        self.drawRightString(w-18*mm, 12.5*mm, f'Pagina {self._pageNumber} di {n}')
        self.drawString(18*mm, 9*mm, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate, il quale sostituisce il documento cartaceo e la firma autografa.')
        if self._pageNumber == 1:
            self.setStrokeColor(colors.HexColor('#1d4f7c')); self.setLineWidth(0.6)
            self.rect(18*mm, h-33*mm, 16*mm, 19*mm)
            self.setFont('Arial', 6); self.drawCentredString(26*mm, h-24*mm, 'stemma')
            self.setFillColor(colors.HexColor('#1d4f7c')); self.setFont('Arial-Bold', 16)
            self.drawString(38*mm, h-21*mm, 'COMUNE DI LOANO')
            self.setFont('Arial', 8.5); self.setFillColor(colors.black)
            self.drawString(38*mm, h-26*mm, 'Provincia di Savona')
            self.drawString(38*mm, h-30*mm, 'Piazza Italia, 2 – 17025 Loano (SV) – Tel. 019 675694')
            self.line(18*mm, h-35*mm, w-18*mm, h-35*mm)
            # protocol stamp, top right
            self.setStrokeColor(colors.HexColor('#8a1c1c')); self.setFillColor(colors.HexColor('#8a1c1c'))
            self.roundRect(w-70*mm, h-31*mm, 52*mm, 15*mm, 2*mm)
            self.setFont('Arial-Bold', 7.5); self.drawCentredString(w-44*mm, h-21*mm, 'COMUNE DI LOANO')
            self.setFont('Arial', 7); self.drawCentredString(w-44*mm, h-25*mm, 'Prot. n. 0008915 del 18/03/2026')
            self.drawCentredString(w-44*mm, h-28.5*mm, 'Class. 6.5 – Fasc. 2026/14')
        else:
            self.setFont('Arial', 7); self.setFillColor(colors.HexColor('#555555'))
            self.drawString(18*mm, h-12*mm, 'COMUNE DI LOANO (SV)')

def st(**k):
    d = dict(fontName='Arial', fontSize=9.5, leading=13); d.update(k)
    return ParagraphStyle('x', **d)
B = st(alignment=TA_JUSTIFY, spaceAfter=4)
C = st(alignment=TA_CENTER, fontName='Arial-Bold', fontSize=10.5, spaceBefore=6, spaceAfter=6)
PT = st(alignment=TA_JUSTIFY, leftIndent=16, firstLineIndent=-16, spaceAfter=4)
H = st(alignment=TA_CENTER, fontName='Arial-Bold', fontSize=11, leading=14)
S = st(fontSize=8.5, leading=11)

story = []
story.append(Paragraph('SETTORE 3 – LAVORI PUBBLICI, AMBIENTE E DEMANIO', H))
story.append(Paragraph('Servizio Demanio Marittimo', st(alignment=TA_CENTER, fontSize=10, spaceAfter=8)))
reg = Table([[Paragraph('<b>DETERMINAZIONE DIRIGENZIALE</b>', st(alignment=TA_CENTER, fontSize=11)), '', ''],
             ['Registro Generale', 'N. 312', 'del 18/03/2026'],
             ['Registro di Settore', 'N. 58', 'del 18/03/2026']],
            colWidths=[60*mm, 40*mm, 50*mm])
reg.setStyle(TableStyle([('SPAN', (0,0), (-1,0)), ('GRID', (0,0), (-1,-1), 0.6, colors.black),
    ('BACKGROUND', (0,0), (-1,0), colors.HexColor('#dde6ef')), ('FONT', (0,1), (-1,-1), 'Arial', 9.5),
    ('FONT', (1,1), (1,-1), 'Arial-Bold', 10), ('ALIGN', (1,1), (-1,-1), 'CENTER'), ('VALIGN', (0,0), (-1,-1), 'MIDDLE')]))
story += [reg, Spacer(1, 8)]
ogg = Table([[Paragraph('<b>OGGETTO:</b>', B), Paragraph(SUBJ.replace("'", "'"), st(alignment=TA_JUSTIFY, fontName='Arial-Bold'))]], colWidths=[25*mm, 145*mm])
ogg.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.6, colors.black), ('VALIGN', (0,0), (-1,-1), 'TOP')]))
story += [ogg, Spacer(1, 8), Paragraph('IL DIRIGENTE', C)]
for t in [
 'Visto il decreto sindacale n. 4 del 02/01/2026, con il quale è stato conferito al sottoscritto l’incarico di direzione del Settore 3 – Lavori Pubblici, Ambiente e Demanio;',
 'Richiamate la deliberazione del Consiglio Comunale n. 71 del 22/12/2025, di approvazione del bilancio di previsione 2026-2028, e la deliberazione della Giunta Comunale n. 2 del 08/01/2026, di approvazione del Piano Esecutivo di Gestione;',
 'Premesso che il Comune, ai sensi della L.R. Liguria n. 13/1999 e del Piano di utilizzo delle aree demaniali marittime, provvede alla pulizia degli arenili liberi e delle spiagge libere attrezzate, e che per la stagione balneare 2026 occorre garantire il servizio dal 15/04/2026 al 30/09/2026;',
 'Dato atto che il servizio è stato richiesto, mediante la piattaforma telematica di negoziazione, alla ditta Litorale Servizi S.r.l., con sede in Borghetto Santo Spirito (SV), operatore economico in possesso di documentate esperienze pregresse, che ha offerto il prezzo di € 41.800,00 oltre IVA 22%, ritenuto congruo dal RUP;',
 'Verificati il possesso dei requisiti e la regolarità contributiva (DURC prot. INAIL_52290118, scadenza 10/07/2026);',
 'Visti il D.Lgs. 267/2000, il D.Lgs. 36/2023 e il vigente Regolamento comunale di contabilità;']:
    story.append(Paragraph(t, B))
story.append(Paragraph('DETERMINA', C))
for i, t in enumerate([
 'di affidare, ai sensi dell’art. 50, comma 1, lett. b), del D.Lgs. 36/2023, il servizio di pulizia meccanizzata degli arenili liberi e delle spiagge libere attrezzate per la stagione balneare 2026 alla ditta Litorale Servizi S.r.l., P.IVA 01739850093, per l’importo di € 41.800,00 oltre IVA 22%, per complessivi € 50.996,00;',
 'di impegnare la spesa di € 50.996,00 alla Missione 9, Programma 2, Capitolo 2745 “Servizi di pulizia arenili” del bilancio 2026, esigibilità 2026;',
 'di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l’uso commerciale, ai sensi dell’art. 18, comma 1, del D.Lgs. 36/2023;',
 'di dare atto che il Responsabile Unico del Progetto è il Geom. Andrea Noberasco, Responsabile del Servizio Demanio Marittimo, il quale ha dichiarato l’assenza di conflitti di interesse;',
 'di disporre la pubblicazione del presente provvedimento all’Albo Pretorio on line e nella sezione “Amministrazione trasparente – Bandi di gara e contratti”.'], 1):
    story.append(Paragraph(f'{i}.&nbsp;&nbsp;{t}', PT))
story.append(Spacer(1, 10))
story.append(KeepTogether([Table([['', Paragraph('IL DIRIGENTE DEL SETTORE 3<br/>Arch. Federica Bonfante<br/><i>(firmato digitalmente)</i>', st(alignment=TA_CENTER))]], colWidths=[90*mm, 80*mm])]))
story.append(Spacer(1, 12))
story.append(KeepTogether([Paragraph('<b>VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA</b>', st(alignment=TA_CENTER, fontSize=9)),
 Paragraph('Ai sensi dell’art. 151, comma 4, del D.Lgs. 267/2000 si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa. Impegno n. 2026/688 di € 50.996,00 – Cap. 2745.', S),
 Paragraph('Loano, 18/03/2026 – Il Dirigente del Settore 2 – Servizi Finanziari, Dott. Claudio Vignolo (firmato digitalmente)', S)]))
doc = SimpleDocTemplate(os.path.join(OUT, 'determina-loano-selesta.pdf'), pagesize=A4, leftMargin=20*mm, rightMargin=20*mm,
                        topMargin=40*mm, bottomMargin=22*mm, title='Determinazione R.G. 312/2026', author='Comune di Loano', creator='Atti Amministrativi')
def later(c, d): pass
doc.build(story, canvasmaker=NumberedCanvas)
