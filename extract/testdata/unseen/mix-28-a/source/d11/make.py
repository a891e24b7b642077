# Determinazione dirigenziale: letterhead in one Form XObject reused on every page, letter-spaced
# headings (Tc), paragraphs justified with word spacing (Tw), base-14 Helvetica. J-Iride-like layout.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = A4; LM, RM = 62, W - 56; TOP, BOT = H - 150, 78
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle('DT 156/2026'); c.setCreator('J-Iride Atti Amministrativi'); c.setProducer('iText 2.1.7 by 1T3XT')
NPAGES = 2
st = {'y': TOP, 'p': 1}

# --- Form XObject: letterhead
c.beginForm('Letterhead')
c.setStrokeColorRGB(0.55, 0.05, 0.1); c.setLineWidth(1.2)
c.circle(LM + 22, H - 62, 20); c.setFont('Helvetica-Bold', 8); c.setFillColorRGB(0.55, 0.05, 0.1)
c.drawCentredString(LM + 22, H - 65, 'CHV')
t = c.beginText(LM + 54, H - 58); t.setFont('Helvetica-Bold', 15); t.setCharSpace(2.6); t.textOut('CITTÀ DI CHIVASSO'); c.drawText(t)
t = c.beginText(LM + 54, H - 74); t.setFont('Helvetica', 9); t.setCharSpace(0); t.setFillColorRGB(0, 0, 0); t.textOut('Città Metropolitana di Torino'); c.drawText(t)
c.setLineWidth(0.8); c.line(LM, H - 92, RM, H - 92)
c.endForm()

def letterspaced(y, s, font='Helvetica-Bold', size=12, tc=3.0):
    w = stringWidth(s, font, size) + tc * (len(s) - 1)
    t = c.beginText((W - w) / 2, y); t.setFont(font, size); t.setCharSpace(tc); t.textOut(s); t.setCharSpace(0); c.drawText(t)

def footer():
    t = c.beginText(LM, 42); t.setFont('Helvetica', 7.5)
    t.textOut(f'Città di Chivasso – Determinazione dirigenziale n. 156 del 12/03/2026 – pag. {st["p"]}/{NPAGES}'); c.drawText(t)
    c.setLineWidth(0.4); c.line(LM, 52, RM, 52)

def newpage():
    footer(); c.showPage(); st['p'] += 1; c.doForm('Letterhead'); st['y'] = H - 120

def para(text, font='Helvetica', size=10, lead=13.6, indent=0, label=None, after=5, justify=True):
    width = RM - LM - indent
    words = text.split(); lines, cur = [], []
    for w in words:
        if cur and stringWidth(' '.join(cur + [w]), font, size) > width:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    lines.append(cur)
    for k, ln in enumerate(lines):
        if st['y'] < BOT: newpage()
        s = ' '.join(ln)
        tw = 0
        if justify and k < len(lines) - 1 and len(ln) > 1:
            tw = (width - stringWidth(s, font, size)) / (len(ln) - 1)
        t = c.beginText(LM + indent, st['y']); t.setFont(font, size)
        if k == 0 and label:
            t.setTextOrigin(LM, st['y']); t.textOut(label); t.setTextOrigin(LM + indent, st['y'])
        t.setWordSpace(tw); t.textOut(s); t.setWordSpace(0); c.drawText(t)
        st['y'] -= lead
    st['y'] -= after

c.doForm('Letterhead')
letterspaced(H - 122, 'DETERMINAZIONE DIRIGENZIALE', size=13, tc=3.2)
# register box
c.setLineWidth(0.6); c.rect(LM, H - 212, RM - LM, 74)
rows = [('Settore:', 'SETTORE RISORSE FINANZIARIE'), ('Servizio:', 'SERVIZIO TRIBUTI'),
        ('N. Registro Generale:', '156 del 12/03/2026'), ('N. Settoriale:', '31 del 11/03/2026'), ('Proposta n.:', '178 del 11/03/2026')]
y = H - 152
for i, (a, b) in enumerate(rows):
    t = c.beginText(LM + 8, y); t.setFont('Helvetica-Bold', 9); t.textOut(a); c.drawText(t)
    t = c.beginText(LM + 120, y); t.setFont('Helvetica', 9.5); t.textOut(b); c.drawText(t)
    y -= 13
st['y'] = H - 236
para('RIMBORSO DI SOMME INDEBITAMENTE VERSATE A TITOLO DI IMPOSTA MUNICIPALE PROPRIA (IMU) - ANNI DI IMPOSTA 2021-2023 - CONTRIBUENTE COD. 10423 - IMPEGNO E LIQUIDAZIONE', 'Helvetica-Bold', 10, 13.6, indent=62, label='OGGETTO:', after=14)
letterspaced(st['y'], 'IL DIRIGENTE', size=11, tc=2.5); st['y'] -= 20
for s in [
 'Premesso che con istanza acquisita al protocollo generale n. 4519 del 04/02/2026 il contribuente identificato con codice 10423 ha chiesto il rimborso delle somme versate a titolo di Imposta Municipale Propria per gli anni d’imposta 2021, 2022 e 2023 in relazione a un fabbricato di categoria catastale C/2, a seguito del riconoscimento della pertinenzialità all’abitazione principale;',
 'Dato atto che l’istruttoria condotta dal Servizio Tributi ha accertato l’effettivo utilizzo dell’immobile quale pertinenza dell’abitazione principale e, conseguentemente, un versamento non dovuto pari a complessivi € 1.284,00, oltre agli interessi calcolati al tasso legale per € 96,31, per un totale di € 1.380,31;',
 'Visto l’art. 1, comma 164, della Legge 27 dicembre 2006, n. 296, secondo il quale il rimborso delle somme versate e non dovute deve essere richiesto entro il termine di cinque anni dal giorno del versamento;',
 'Richiamati la deliberazione del Consiglio Comunale n. 88 del 19/12/2025, di approvazione del bilancio di previsione 2026-2028, e il decreto sindacale n. 12 del 30/06/2025, di conferimento dell’incarico dirigenziale del Settore Risorse Finanziarie;',
 'Attestata la regolarità e la correttezza dell’azione amministrativa ai sensi dell’art. 147-bis del D.Lgs. 267/2000 e dato atto dell’insussistenza di situazioni di conflitto di interessi;']:
    para(s)
st['y'] -= 4
letterspaced(st['y'], 'DETERMINA', size=11.5, tc=4.0); st['y'] -= 20
pts = ['di riconoscere al contribuente identificato con codice 10423 il rimborso dell’IMU indebitamente versata per gli anni d’imposta 2021-2023, per l’importo di € 1.284,00, oltre interessi legali per € 96,31;',
       'di impegnare la spesa complessiva di € 1.380,31 alla Missione 01, Programma 04, Titolo 1, capitolo 1340 “Rimborsi di tributi comunali” del bilancio 2026-2028, esercizio 2026;',
       'di liquidare la somma di € 1.380,31 mediante accredito sul conto corrente indicato dal contribuente nell’istanza;',
       'di trasmettere il presente atto al Servizio Ragioneria per l’emissione del mandato di pagamento;',
       'di disporre la pubblicazione del presente provvedimento all’Albo Pretorio on line per quindici giorni consecutivi, omettendo i dati personali del contribuente.']
for i, s in enumerate(pts, 1):
    para(s, indent=20, label=f'{i}.')
st['y'] -= 10
if st['y'] < BOT + 60: newpage()
for dy, s, f in [(0, 'IL DIRIGENTE DEL SETTORE RISORSE FINANZIARIE', 'Helvetica-Bold'), (14, 'Dott. Alessandro Gilardi', 'Helvetica'),
                 (26, '(sottoscritto digitalmente ai sensi dell’art. 21 del D.Lgs. 82/2005)', 'Helvetica-Oblique')]:
    t = c.beginText(W - 300, st['y'] - dy); t.setFont(f, 9.5 if dy < 26 else 7.5); t.textOut(s); c.drawText(t)
st['y'] -= 60
para('VISTO DI REGOLARITÀ CONTABILE attestante la copertura finanziaria ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000: impegno n. 842/2026. Chivasso, 12/03/2026 – Il Responsabile del Servizio Ragioneria, Rag. Monica Bertola.', size=9, lead=12.5)
footer(); c.showPage(); c.save()
