# Ordinanza sindacale, Comune di Amatrice - in the manner of a LAit (Lazio) hosted protocol/atti print; ReportLab with protocol stamp
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import registerFontFamily
F = '/usr/share/fonts/truetype/liberation/'
for n, f in [('LSe', 'LiberationSerif-Regular'), ('LSeB', 'LiberationSerif-Bold'), ('LSeI', 'LiberationSerif-Italic'), ('LSa', 'LiberationSans-Regular'), ('LSaB', 'LiberationSans-Bold')]:
    pdfmetrics.registerFont(TTFont(n, F + f + '.ttf'))
registerFontFamily('LSe', normal='LSe', bold='LSeB', italic='LSeI', boldItalic='LSeB')
out = sys.argv[1]
N = ParagraphStyle('n', fontName='LSe', fontSize=11.5, leading=15, alignment=4, spaceAfter=5)
C = ParagraphStyle('c', parent=N, fontName='LSeB', alignment=1, fontSize=12.5, spaceBefore=8, spaceAfter=8)
P = ParagraphStyle('p', parent=N, leftIndent=7*mm, firstLineIndent=-7*mm)
def deco(c, d):
    c.saveState()
    c.setFont('LSeB', 16); c.drawCentredString(105*mm, 280*mm, 'COMUNE DI AMATRICE')
    c.setFont('LSe', 10); c.drawCentredString(105*mm, 275*mm, 'Provincia di Rieti')
    c.setFont('LSeI', 8.5); c.drawCentredString(105*mm, 271*mm, 'Corso Umberto I, 70 – 02012 Amatrice (RI) – www.comune.amatrice.ri.it')
    c.setLineWidth(0.4); c.line(30*mm, 268*mm, 180*mm, 268*mm)
    if d.page == 1:
        # protocol stamp (segnatura) top-left
        c.setStrokeColor(colors.HexColor('#2b4c9b')); c.setFillColor(colors.HexColor('#2b4c9b'))
        c.setLineWidth(0.9); c.rect(18*mm, 247*mm, 62*mm, 16*mm)
        c.setFont('LSaB', 7.5); c.drawString(20*mm, 259*mm, 'COMUNE DI AMATRICE – PROTOCOLLO')
        c.setFont('LSa', 7.5); c.drawString(20*mm, 254.5*mm, 'Prot. n. 0004127 del 23/03/2026')
        c.drawString(20*mm, 250*mm, 'Partenza – Cat. 9 Cl. 5')
    c.setFillColor(colors.black)
    c.setFont('LSa', 7)
    c.drawCentredString(105*mm, 10*mm, 'Ordinanza n. 9/2026 – pagina %d' % d.page)
    c.restoreState()
doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=25*mm, rightMargin=25*mm, topMargin=50*mm, bottomMargin=20*mm,
   title='Ordinanza sindacale n. 9/2026', author='Comune di Amatrice - Ufficio Polizia Locale', creator='LAit Protocollo/Atti')
st = []
st.append(Paragraph('ORDINANZA SINDACALE N. 9 DEL 23/03/2026', ParagraphStyle('t', parent=C, fontSize=14, spaceBefore=0)))
st.append(Spacer(1, 2*mm))
st.append(Table([[Paragraph('<b>OGGETTO:</b>', ParagraphStyle('ol', parent=N, alignment=0)), Paragraph('<b>Chiusura temporanea al transito veicolare di Corso Umberto I, nel tratto compreso tra Piazza Sagnotti e Via Roma, per lavori di ripristino della pavimentazione dal 30 marzo al 17 aprile 2026.</b>', N)]],
   colWidths=[28*mm, 132*mm], style=[('VALIGN', (0,0), (-1,-1), 'TOP')]))
st.append(Paragraph('IL SINDACO', C))
for s in [
 "<b>Vista</b> la nota dell'Ufficio Speciale Ricostruzione, prot. n. 3890 del 17/03/2026, con la quale si comunica l'avvio dei lavori di ripristino della pavimentazione in pietra di Corso Umberto I, affidati all'impresa Edil Velino S.r.l.;",
 "<b>Considerato</b> che, per garantire la sicurezza dei lavoratori e degli utenti della strada, è necessario interdire la circolazione veicolare nel tratto interessato per tutta la durata del cantiere;",
 "<b>Sentito</b> il Comandante della Polizia Locale, che ha individuato i percorsi alternativi attraverso Via della Madonna della Porta e Viale Saturnino Muzii;",
 "<b>Visti</b> gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo Regolamento di esecuzione;",
 "<b>Visto</b> l'art. 50 del D.Lgs. 18 agosto 2000, n. 267;"]:
    st.append(Paragraph(s, N))
st.append(Paragraph('O R D I N A', C))
for i, s in enumerate([
 "dalle ore 7:00 del 30 marzo 2026 alle ore 19:00 del 17 aprile 2026 è istituito il <b>divieto di transito e di sosta con rimozione forzata</b> per tutti i veicoli in Corso Umberto I, nel tratto compreso tra Piazza Sagnotti e Via Roma;",
 "è consentito il transito ai soli mezzi di soccorso, alle Forze dell'Ordine e ai mezzi dell'impresa esecutrice;",
 "l'impresa Edil Velino S.r.l. provvederà all'apposizione della segnaletica prevista dal D.M. 10 luglio 2002 almeno 48 ore prima dell'inizio dei lavori;",
 "la Polizia Locale e gli altri agenti della forza pubblica sono incaricati di far rispettare la presente ordinanza."], 1):
    st.append(Paragraph('%d.&nbsp;&nbsp;%s' % (i, s), P))
st.append(Paragraph('AVVERTE', C))
st.append(Paragraph("che contro il presente provvedimento è ammesso ricorso al T.A.R. Lazio entro 60 giorni dalla pubblicazione all'Albo Pretorio, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni; entro 60 giorni è altresì ammesso ricorso al Ministero delle Infrastrutture e dei Trasporti ai sensi dell'art. 37, comma 3, del D.Lgs. 285/1992.", N))
st.append(Spacer(1, 4*mm))
st.append(Paragraph('Amatrice, 23/03/2026', N))
st.append(Spacer(1, 4*mm))
st.append(Table([['', 'IL SINDACO'], ['', 'Ing. Franco Serafini'], ['', 'documento firmato digitalmente']], colWidths=[85*mm, 75*mm],
  style=[('ALIGN', (1,0), (1,-1), 'CENTER'), ('FONT', (1,0), (1,0), 'LSeB', 11), ('FONT', (1,1), (1,1), 'LSe', 11.5), ('FONT', (1,2), (1,2), 'LSeI', 8.5)]))
doc.build(st, onFirstPage=deco, onLaterPages=deco)
