# Comune di Marigliano - determinazione dirigenziale R.G. 287/2026 (Halley-like)
# ReportLab canvas: letterhead, register box and subject drawn glyph by glyph (no space glyphs),
# headings letter-spaced with Tc, body justified with Tw. Liberation Serif/Sans embedded.
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from rlkit import *
setup_liberation()
W, H = A4; LM = 62; RM = W - 56; TW = RM - LM
c = canvas.Canvas('../determinazione-marigliano-halley.pdf', pagesize=A4)
c.setTitle('Determinazione R.G. 287/2026'); c.setAuthor('Halley Informatica'); c.setCreator('Halley - Atti amministrativi')
page = [1]
def foot():
    c.setFont('LSans', 7.5); c.setFillGray(0.35)
    c.drawString(LM, 30, 'Determinazione Registro Generale n. 287 del 11/03/2026 - Settore II - Finanziario e Tributi')
    c.drawRightString(RM, 30, f'Pagina {page[0]} di 2')
    c.setFillGray(0)
def head_small():
    c.setFont('LSans', 7.5); c.setFillGray(0.35)
    c.drawString(LM, H - 34, 'COMUNE DI MARIGLIANO'); c.drawRightString(RM, H - 34, 'Determinazione R.G. n. 287/2026')
    c.setFillGray(0); c.setLineWidth(0.4); c.line(LM, H - 38, RM, H - 38)

# --- letterhead, glyph by glyph
c.rect(LM, H - 118, 58, 70, stroke=1, fill=0); c.setFont('LSans', 6); c.drawCentredString(LM + 29, H - 86, 'stemma')
x0 = LM + 72
glyphs(c, 'COMUNE DI MARIGLIANO', x0, H - 70, 'LSerif-B', 20, 0.6)
glyphs(c, 'Città Metropolitana di Napoli', x0, H - 88, 'LSerif-I', 11.5)
glyphs(c, 'Piazza Municipio, 1 - 80034 Marigliano (NA) - P.IVA 01254491217', x0, H - 103, 'LSans', 8)
c.setLineWidth(1.2); c.line(LM, H - 126, RM, H - 126)

# --- Settore box
y = H - 150
c.setLineWidth(0.6); c.rect(LM, y - 30, TW, 42)
glyphs(c, 'SETTORE II - FINANZIARIO E TRIBUTI', LM + 8, y - 2, 'LSans-B', 11)
glyphs(c, 'Servizio Tributi', LM + 8, y - 20, 'LSans', 10)
y -= 62
spaced(c, 'DETERMINAZIONE DIRIGENZIALE', LM, y, 'LSerif-B', 14, 3.2, center_width=TW)
y -= 16
# register table
c.setLineWidth(0.5)
rows = [('Registro Generale', 'N. 287', 'del 11/03/2026'), ('Registro del Settore', 'N. 44', 'del 10/03/2026')]
for lab, n, d in rows:
    y -= 18
    c.rect(LM, y - 5, TW, 18)
    glyphs(c, lab, LM + 8, y, 'LSans', 9.5)
    glyphs(c, n, LM + 200, y, 'LSans-B', 10.5)
    glyphs(c, d, LM + 290, y, 'LSans-B', 10.5)
y -= 30
# subject glyph by glyph
glyphs(c, 'OGGETTO:', LM, y, 'LSans-B', 10.5)
subj = ('Rimborso ai contribuenti di somme versate e non dovute a titolo di Imposta Municipale Propria (IMU) per gli anni '
        'd’imposta 2022 e 2023 – Impegno e liquidazione della spesa.')
for ln in wrap(subj, 'LSerif-B', 11, TW - 70):
    glyphs(c, ln, LM + 68, y, 'LSerif-B', 11); y -= 14
y -= 4; c.setLineWidth(0.8); c.line(LM, y, RM, y); y -= 22
spaced(c, 'IL DIRIGENTE', LM, y, 'LSerif-B', 11.5, 2.0, center_width=TW); y -= 20

F, S, LD = 'LSerif', 10.8, 14.2
paras = [
 'Visto il decreto sindacale n. 3 del 15/01/2026, con il quale è stato conferito al sottoscritto l’incarico di Dirigente del Settore II - Finanziario e Tributi;',
 'Vista la deliberazione del Consiglio Comunale n. 11 del 26/02/2026, dichiarata immediatamente eseguibile, con la quale è stato approvato il bilancio di previsione finanziario 2026/2028;',
 'Premesso che all’Ufficio Tributi sono pervenute n. 23 istanze di rimborso di somme versate a titolo di IMU e non dovute per gli anni d’imposta 2022 e 2023, per errata indicazione del codice catastale, per duplicazione del versamento o per l’avvenuta cessione dell’immobile;',
 'Dato atto che l’istruttoria condotta dal Servizio Tributi, riportata nel prospetto allegato che non viene pubblicato per la tutela dei dati personali, ha accertato il diritto al rimborso per n. 19 istanze, per un importo complessivo di € 14.386,52, comprensivo degli interessi calcolati al tasso legale ai sensi dell’art. 1, comma 165, della Legge 27 dicembre 2006, n. 296;',
 'Visto l’art. 1, comma 164, della Legge n. 296/2006, secondo il quale il rimborso delle somme versate e non dovute deve essere richiesto dal contribuente entro il termine di cinque anni dal giorno del versamento;',
 'Attestata la regolarità tecnica e la correttezza dell’azione amministrativa ai sensi dell’art. 147-bis del D.Lgs. n. 267/2000 e dichiarata l’assenza di conflitti di interesse ai sensi dell’art. 6-bis della Legge n. 241/1990;',
]
for ptx in paras:
    y = justified(c, ptx, LM, y, TW, F, S, LD, first_indent=18); y -= 5
foot(); c.showPage(); page[0] += 1
head_small(); y = H - 70
spaced(c, 'DETERMINA', LM, y, 'LSerif-B', 12, 4.0, center_width=TW); y -= 22
pts = [
 'di approvare le risultanze dell’istruttoria condotta dal Servizio Tributi sulle istanze di rimborso IMU per gli anni d’imposta 2022 e 2023, come da prospetto agli atti dell’ufficio;',
 'di impegnare la somma complessiva di € 14.386,52 sulla Missione 1, Programma 4, Titolo 1, capitolo 1045 “Rimborsi di tributi non dovuti” del bilancio 2026/2028, esercizio 2026;',
 'di liquidare in favore dei n. 19 contribuenti aventi diritto le somme indicate nel prospetto, mediante accredito sui conti correnti da essi comunicati;',
 'di respingere le restanti n. 4 istanze per le motivazioni riportate nei singoli provvedimenti di diniego, che saranno notificati agli interessati;',
 'di trasmettere il presente atto al Servizio Ragioneria per il visto di regolarità contabile attestante la copertura finanziaria e per l’emissione dei mandati di pagamento.',
]
for i, ptx in enumerate(pts, 1):
    c.setFont(F, S); c.drawString(LM + 4, y, f'{i}.')
    y = justified(c, ptx, LM + 22, y, TW - 22, F, S, LD); y -= 5
y -= 14
c.setFont('LSerif', 10.5); c.drawString(LM, y, 'Marigliano, 11/03/2026')
c.drawCentredString(RM - 110, y, 'IL DIRIGENTE DEL SETTORE II'); y -= 14
c.setFont('LSerif-B', 10.5); c.drawCentredString(RM - 110, y, 'Dott. Gennaro Ferraiuolo'); y -= 12
c.setFont('LSerif-I', 8.5); c.drawCentredString(RM - 110, y, 'Firmato digitalmente ai sensi dell’art. 21 del D.Lgs. 82/2005'); y -= 40
c.setLineWidth(0.6); c.rect(LM, y - 78, TW, 90)
spaced(c, 'VISTO DI REGOLARITÀ CONTABILE', LM, y - 6, 'LSans-B', 9.5, 1.5, center_width=TW)
y = justified(c, 'Si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa, ai sensi dell’art. 183, comma 7, del D.Lgs. 18 agosto 2000, n. 267. Impegno n. 612/2026 di € 14.386,52.', LM + 10, y - 26, TW - 20, 'LSans', 9, 12)
c.setFont('LSans', 9); c.drawString(LM + 10, y - 8, 'Marigliano, 11/03/2026'); c.drawRightString(RM - 12, y - 8, 'Il Responsabile del Servizio Finanziario - Dott.ssa Anna Esposito')
foot(); c.showPage(); c.save()
