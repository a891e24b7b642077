# Unione dei Comuni del Barigadu - deliberazione dell'Assemblea (Sicraweb/Maggioli-like layout), reportlab platypus
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
LS = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('Tahoma', LS + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('Tahoma-Bold', LS + 'LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('Tahoma-Italic', LS + 'LiberationSans-Italic.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('Tahoma', 0, 0, 'Tahoma'); addMapping('Tahoma', 1, 0, 'Tahoma-Bold'); addMapping('Tahoma', 0, 1, 'Tahoma-Italic'); addMapping('Tahoma', 1, 1, 'Tahoma-Bold')
out, crest = sys.argv[1], sys.argv[2]
N = ParagraphStyle('n', fontName='Tahoma', fontSize=9.5, leading=12.5, alignment=TA_JUSTIFY, spaceAfter=5)
C = ParagraphStyle('c', parent=N, alignment=TA_CENTER)
B = ParagraphStyle('b', parent=N, fontName='Tahoma-Bold')
H = ParagraphStyle('h', parent=C, fontName='Tahoma-Bold', fontSize=11.5, leading=14)
S = ParagraphStyle('s', parent=N, fontSize=7.5, leading=9)

def onpage(c, d):
    c.saveState()
    c.setFont('Tahoma', 7.5)
    c.drawString(2 * cm, 1.2 * cm, 'Deliberazione dell\u2019Assemblea dell\u2019Unione n. 5 del 09/03/2026')
    c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, 'Pag. %d di 2' % d.page)
    c.setFont('Tahoma-Italic', 6.5)
    c.drawCentredString(A4[0] / 2, 0.75 * cm, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate')
    c.restoreState()

doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.5 * cm, bottomMargin=2 * cm,
                        title='Deliberazione Assemblea n. 5/2026', author='Unione dei Comuni del Barigadu', creator='Sicr@Web - Maggioli')
st = []
head = Table([[Image(crest, width=1.5 * cm, height=1.75 * cm),
               [Paragraph('<b>UNIONE DEI COMUNI DEL BARIGADU</b>', ParagraphStyle('x', parent=N, fontSize=14, leading=17)),
                Paragraph('Provincia di Oristano', ParagraphStyle('x', parent=N, fontSize=9)),
                Paragraph('Ardauli \u2013 Bidon\u00ec \u2013 Busachi \u2013 Fordongianus \u2013 Neoneli \u2013 Nughedu Santa Vittoria \u2013 Samugheo \u2013 Sorradile \u2013 Ula Tirso', S)],
               Paragraph('<b>COPIA</b>', ParagraphStyle('x', parent=C, fontSize=10))]],
             colWidths=[2 * cm, 12.5 * cm, 2.5 * cm])
head.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('BOX', (2, 0), (2, 0), 0.6, colors.black)]))
st += [head, Spacer(1, 8)]
box = Table([[Paragraph('VERBALE DI DELIBERAZIONE DELL\u2019ASSEMBLEA DELL\u2019UNIONE', H)],
             [Paragraph('<b>N. 5</b> &nbsp;&nbsp;&nbsp; del &nbsp;&nbsp;&nbsp; <b>09/03/2026</b>', C)]], colWidths=[17 * cm])
box.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 1, colors.black), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e6e6e6'))]))
st += [box, Spacer(1, 6)]
subj = Table([[Paragraph('<b>Oggetto:</b>', N), Paragraph('<b>APPROVAZIONE DEL DOCUMENTO UNICO DI PROGRAMMAZIONE (DUP) 2026/2028 E DEL BILANCIO DI PREVISIONE FINANZIARIO 2026/2028 E RELATIVI ALLEGATI.</b>', N)]],
             colWidths=[2 * cm, 15 * cm])
subj.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LINEBELOW', (0, 0), (-1, -1), 0.5, colors.black)]))
st += [subj, Spacer(1, 6)]
st.append(Paragraph('L\u2019anno <b>duemilaventisei</b>, il giorno <b>nove</b> del mese di <b>marzo</b>, alle ore <b>16:30</b>, nella sala riunioni della sede dell\u2019Unione in Busachi, convocata nei modi di legge e di statuto, si \u00e8 riunita in seduta pubblica di prima convocazione l\u2019Assemblea dell\u2019Unione.', N))
st.append(Paragraph('Alla seduta risultano presenti i componenti dell\u2019Assemblea Sigg.ri Mura Salvatore (Presidente), Cossu Anna Rita, Deiana Paolo, Sanna Efisio, Porcu Giovanni Maria, Loi Marcella e Atzeni Franco; risultano assenti i Sigg.ri Serra Marco e Fadda Lucia.', N))
st.append(Paragraph('Presenti n. 7 &ndash; Assenti n. 2.', N))
st.append(Paragraph('Presiede la seduta il Sig. Salvatore Mura, nella sua qualit\u00e0 di Presidente dell\u2019Unione. Partecipa con funzioni consultive, referenti e di assistenza e ne cura la verbalizzazione il Segretario dell\u2019Unione Dott.ssa Graziella Pinna.', N))
st.append(Paragraph('Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta e invita l\u2019Assemblea a deliberare sull\u2019argomento in oggetto.', N))
st.append(Spacer(1, 4))
st.append(Paragraph('<b>L\u2019ASSEMBLEA DELL\u2019UNIONE</b>', C))
for t in [
 '<b>Visti</b> il D.Lgs. 18 agosto 2000, n. 267, e il D.Lgs. 23 giugno 2011, n. 118, in materia di armonizzazione dei sistemi contabili;',
 '<b>Richiamata</b> la deliberazione della Giunta dell\u2019Unione n. 9 del 16/02/2026, con la quale sono stati approvati lo schema del Documento Unico di Programmazione 2026/2028 e lo schema del bilancio di previsione finanziario 2026/2028;',
 '<b>Dato atto</b> che gli schemi sono stati messi a disposizione dei componenti dell\u2019Assemblea con nota prot. n. 612 del 18/02/2026;',
 '<b>Visto</b> il parere favorevole del Revisore unico dei conti, Dott. Antonello Melis, reso con verbale n. 3 del 24/02/2026;',
 '<b>Acquisiti</b> i pareri favorevoli di regolarit\u00e0 tecnica e contabile espressi dal Responsabile del Servizio Finanziario ai sensi dell\u2019art. 49 del D.Lgs. 267/2000;',
 'Udita la relazione del Presidente e l\u2019intervento del componente Sanna Efisio, che annuncia voto contrario;',
 'Con votazione palese, per alzata di mano, che d\u00e0 il seguente risultato: presenti n. 7, voti favorevoli n. 6, voti contrari n. 1 (Sanna Efisio), astenuti nessuno;']:
    st.append(Paragraph(t, N))
st.append(Paragraph('<b>DELIBERA</b>', C))
for i, t in enumerate([
 'di approvare il Documento Unico di Programmazione (DUP) 2026/2028, allegato sub A) alla presente;',
 'di approvare il bilancio di previsione finanziario 2026/2028, redatto secondo lo schema di cui all\u2019allegato 9 al D.Lgs. 118/2011, con i relativi allegati, nelle risultanze riportate nell\u2019allegato sub B);',
 'di dare atto che il bilancio garantisce il pareggio finanziario complessivo e il rispetto degli equilibri di cui all\u2019art. 162 del D.Lgs. 267/2000;',
 'di trasmettere i dati del bilancio alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro trenta giorni dall\u2019approvazione.'], 1):
    st.append(Paragraph('%d) %s' % (i, t), ParagraphStyle('p', parent=N, leftIndent=16, firstLineIndent=-16)))
st.append(Paragraph('Successivamente, con separata votazione che riporta il medesimo esito (favorevoli n. 6, contrari n. 1), la presente deliberazione \u00e8 dichiarata <b>immediatamente eseguibile</b> ai sensi dell\u2019art. 134, comma 4, del D.Lgs. 267/2000.', N))
st.append(Spacer(1, 8))
st.append(Paragraph('Letto, approvato e sottoscritto.', N))
sig = Table([[Paragraph('IL PRESIDENTE<br/>F.to Salvatore Mura', C), Paragraph('IL SEGRETARIO<br/>F.to Dott.ssa Graziella Pinna', C)]], colWidths=[8.5 * cm, 8.5 * cm])
st += [sig, Spacer(1, 14)]
pub = Table([[Paragraph('<b>CERTIFICATO DI PUBBLICAZIONE</b>', C)],
             [Paragraph('Si certifica che copia della presente deliberazione \u00e8 pubblicata all\u2019Albo Pretorio on line dell\u2019Unione dal 12/03/2026 al 27/03/2026 (n. 118 del registro delle pubblicazioni), ai sensi dell\u2019art. 124 del D.Lgs. 267/2000.', N)],
             [Paragraph('Busachi, 12/03/2026 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; IL SEGRETARIO &ndash; F.to Dott.ssa Graziella Pinna', N)]], colWidths=[17 * cm])
pub.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, colors.black)]))
ese = Table([[Paragraph('<b>ESECUTIVIT\u00c0</b>', C)],
             [Paragraph('La presente deliberazione \u00e8 divenuta esecutiva il 09/03/2026 in quanto dichiarata immediatamente eseguibile (art. 134, comma 4, del D.Lgs. 267/2000).', N)]], colWidths=[17 * cm])
ese.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, colors.black)]))
st += [KeepTogether([pub, Spacer(1, 6), ese]), Spacer(1, 8),
       Paragraph('\u00c8 copia conforme all\u2019originale, in carta libera per uso amministrativo.', S)]
doc.build(st, onFirstPage=onpage, onLaterPages=onpage)
