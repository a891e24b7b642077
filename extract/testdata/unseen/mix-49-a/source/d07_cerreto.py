# Ordinanza of the Sindaco, Comune di Cerreto di Spoleto (Halley-like layout).
# reportlab platypus: letterhead and footer drawn once as Form XObjects and reused on every page,
# justified paragraphs (Tw word spacing), letter-spaced headings (Tc), Albo stamp rotated along the margin.
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LS', F + 'LiberationSerif-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSB', F + 'LiberationSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSI', F + 'LiberationSerif-Italic.ttf'))
pdfmetrics.registerFont(TTFont('LA', F + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LAB', F + 'LiberationSans-Bold.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('LS', 0, 0, 'LS'); addMapping('LS', 1, 0, 'LSB'); addMapping('LS', 0, 1, 'LSI'); addMapping('LS', 1, 1, 'LSB')
W, H = A4

def forms(c):
    if getattr(c, '_forms_done', False): return
    c._forms_done = True
    c.beginForm('letterhead')
    c.setFillColor(colors.HexColor('#7a1f1f'))
    c.rect(70, H - 96, 34, 42, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont('LAB', 9); c.drawCentredString(87, H - 80, 'CdS')
    c.setFillColor(colors.black)
    t = c.beginText(); t.setTextOrigin(116, H - 68); t.setFont('LSB', 17); t.setCharSpace(2.2)
    t.textOut('COMUNE DI CERRETO DI SPOLETO'); c.drawText(t)
    t = c.beginText(); t.setTextOrigin(116, H - 83); t.setFont('LS', 10); t.setCharSpace(0.8)
    t.textOut('Provincia di Perugia'); c.drawText(t)
    t = c.beginText(); t.setTextOrigin(116, H - 95); t.setFont('LA', 7.5); t.setCharSpace(0)
    t.textOut('Piazza Pontano, 1 – 06041 Cerreto di Spoleto (PG) – PEC comune.cerretodispoleto@postacert.umbria.it'); c.drawText(t)
    c.setLineWidth(0.8); c.line(70, H - 104, W - 60, H - 104)
    c.endForm()
    c.beginForm('footer')
    c.setLineWidth(0.4); c.line(70, 50, W - 60, 50)
    c.setFont('LA', 7)
    c.drawString(70, 40, 'Ordinanza n. 9 del 14/04/2026 – Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005')
    c.endForm()

def page(c, doc):
    forms(c)
    c.saveState(); c.doForm('letterhead'); c.doForm('footer'); c.restoreState()
    c.setFont('LA', 7); c.drawRightString(W - 60, 40, 'Pagina %d' % doc.page)
    # Albo stamp along the left margin, rotated
    c.saveState(); c.translate(34, 180); c.rotate(90)
    c.setStrokeColor(colors.HexColor('#1d3f8a')); c.setFillColor(colors.HexColor('#1d3f8a'))
    c.setLineWidth(0.8); c.roundRect(-4, -12, 470, 26, 4)
    c.setFont('LAB', 7.5)
    c.drawString(4, 3, 'ALBO PRETORIO ON LINE – COMUNE DI CERRETO DI SPOLETO – REG. PUBBL. N. 287/2026')
    c.setFont('LA', 7.5)
    c.drawString(4, -7, 'Pubblicato dal 15/04/2026 al 30/04/2026 – Il Responsabile della pubblicazione: Sig.ra Rita Angelini')
    c.restoreState()

doc = BaseDocTemplate('build/ordinanza-cerretodispoleto-halley.pdf', pagesize=A4,
                      leftMargin=70, rightMargin=60, topMargin=120, bottomMargin=64,
                      title='Ordinanza n. 9 del 14/04/2026', author='Comune di Cerreto di Spoleto', creator='Halley Informatica - Atti')
doc.addPageTemplates([PageTemplate('p', [Frame(70, 64, W - 130, H - 184, id='f')], onPage=page)])
J = ParagraphStyle('j', fontName='LS', fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
C = ParagraphStyle('c', parent=J, alignment=TA_CENTER, fontName='LSB', fontSize=12, spaceBefore=6, spaceAfter=6)
S = ParagraphStyle('s', parent=J, leftIndent=22, firstLineIndent=-22)

class Spaced(Paragraph):
    pass
def spaced_heading(text, size=13):
    # letter-spaced heading: Tc via a flowable that draws with charSpace
    from reportlab.platypus import Flowable
    class H(Flowable):
        def wrap(self, aw, ah): self.aw = aw; return aw, size + 8
        def draw(self):
            c = self.canv; w = pdfmetrics.stringWidth(text, 'LSB', size) + 3.5 * (len(text) - 1)
            t = c.beginText(); t.setTextOrigin((self.aw - w) / 2, 4); t.setFont('LSB', size); t.setCharSpace(3.5)
            t.textOut(text); c.drawText(t)
    return H()

st = []
reg = Table([['ORDINANZA N. 9', 'DEL 14/04/2026'], ['Area Vigilanza e Protezione Civile', 'Prot. n. 1942']],
            colWidths=[(W - 130) * 0.6, (W - 130) * 0.4])
reg.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, colors.black), ('INNERGRID', (0, 0), (-1, -1), 0.4, colors.black),
                         ('FONT', (0, 0), (-1, 0), 'LSB', 12), ('FONT', (0, 1), (-1, 1), 'LS', 9.5),
                         ('ALIGN', (1, 0), (1, -1), 'RIGHT'), ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
st += [reg, Spacer(1, 10)]
st.append(Paragraph('<b>OGGETTO:</b> Ordinanza contingibile e urgente per la messa in sicurezza del fabbricato pericolante sito in Via del Forno n. 7, frazione Borgo Cerreto, e interdizione al transito pedonale del tratto antistante.', J))
st.append(Spacer(1, 6))
st.append(spaced_heading('IL SINDACO'))
for s in [
 'VISTO il verbale di sopralluogo del Comando Provinciale dei Vigili del Fuoco di Perugia – Distaccamento di Spoleto, intervento n. 2317 del 12/04/2026, dal quale risulta il distacco di porzioni di intonaco e di elementi del cornicione del fabbricato sito in Via del Forno n. 7, frazione Borgo Cerreto, distinto al N.C.E.U. al foglio 21, particella 188;',
 'VISTA la relazione tecnica dell\'Ufficio Tecnico comunale prot. n. 1927 del 13/04/2026, che accerta lo stato di pericolo per la pubblica incolumità derivante dal possibile ulteriore crollo di materiale sulla via pubblica;',
 'ACCERTATO che il fabbricato risulta di proprietà dei sigg. Federici Carlo, nato a Spoleto il 03/02/1958, e Federici Anna, nata a Foligno il 21/11/1961, comproprietari per la quota di 1/2 ciascuno;',
 'RITENUTO necessario e urgente adottare provvedimenti a tutela della pubblica e privata incolumità, non essendo possibile attendere i tempi ordinari del procedimento;',
 'VISTI gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267 e l\'art. 677 del Codice Penale;']:
    st.append(Paragraph(s, J))
st.append(spaced_heading('O R D I N A'))
for n, s in [(1, 'ai sigg. Federici Carlo e Federici Anna, in qualità di comproprietari, di provvedere, entro 48 (quarantotto) ore dalla notifica della presente, alla rimozione delle parti pericolanti del cornicione e dell\'intonaco e alla posa di idonee reti di protezione sulla facciata prospiciente Via del Forno;'),
             (2, 'ai medesimi di eseguire, entro 30 (trenta) giorni, le opere necessarie alla definitiva messa in sicurezza del fabbricato, previa presentazione del titolo edilizio occorrente, a firma di tecnico abilitato;'),
             (3, 'l\'interdizione immediata al transito pedonale del tratto di Via del Forno compreso tra i civici n. 3 e n. 11, fino alla certificazione dell\'avvenuta eliminazione del pericolo;'),
             (4, 'all\'Ufficio Tecnico comunale di provvedere all\'apposizione della segnaletica e delle transenne necessarie.')]:
    st.append(Paragraph('%d)&nbsp;&nbsp;&nbsp;%s' % (n, s), S))
st.append(spaced_heading('AVVERTE'))
st.append(Paragraph('che, in caso di inottemperanza, si procederà all\'esecuzione d\'ufficio in danno degli inadempienti, con recupero delle spese sostenute, e alla denuncia all\'Autorità Giudiziaria ai sensi dell\'art. 650 del Codice Penale.', J))
st.append(Paragraph('Avverso la presente ordinanza è ammesso ricorso al T.A.R. dell\'Umbria entro 60 giorni dalla notifica, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.', J))
st.append(Paragraph('La presente ordinanza è notificata agli interessati, trasmessa alla Prefettura di Perugia, al Comando Stazione Carabinieri di Cerreto di Spoleto e al Comando Provinciale dei Vigili del Fuoco, e pubblicata all\'Albo Pretorio on line.', J))
st.append(Spacer(1, 8))
st.append(Paragraph('Cerreto di Spoleto, 14/04/2026', J))
st.append(Spacer(1, 10))
sig = ParagraphStyle('sig', parent=J, alignment=TA_CENTER, leftIndent=230)
st.append(Paragraph('IL SINDACO<br/><b>Dott. Michele Tiberi</b><br/><font size="8">(firmato digitalmente)</font>', sig))
doc.build(st)
