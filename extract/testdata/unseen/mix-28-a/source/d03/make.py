# Numbered avviso pubblico of a regional park, Word template (Calibri -> Carlito), printed by LibreOffice Writer
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin = sec.right_margin = Cm(2.3); sec.top_margin = Cm(1.5)
st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(11)
GREEN = RGBColor(0x2e, 0x6b, 0x30)

def p(text='', bold=False, align='j', size=None, space=5, color=None, italic=False):
    para = d.add_paragraph(); r = para.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = color
    para.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'r': WD_ALIGN_PARAGRAPH.RIGHT, 'l': WD_ALIGN_PARAGRAPH.LEFT}.get(align, WD_ALIGN_PARAGRAPH.JUSTIFY)
    para.paragraph_format.space_after = Pt(space)
    return para

h = sec.header.paragraphs[0]; h.alignment = WD_ALIGN_PARAGRAPH.LEFT
r = h.add_run('ENTE PARCO REGIONALE DEL CONERO'); r.bold = True; r.font.size = Pt(15); r.font.color.rgb = GREEN
h2 = sec.header.add_paragraph(); r = h2.add_run('Via Peschiera, 30 – 60020 Sirolo (AN)'); r.font.size = Pt(8.5)
f = sec.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = f.add_run('Ente Parco Regionale del Conero – Avviso pubblico n. 2/2026'); r.font.size = Pt(8)

p('Prot. n. 1187 del 10/03/2026', align='l', size=10, space=14)
p('AVVISO PUBBLICO N. 2/2026', bold=True, align='c', size=14, space=6, color=GREEN)
p('AVVISO PUBBLICO PER LA SELEZIONE DI N. 6 OPERATORI VOLONTARI PER IL SERVIZIO DI AVVISTAMENTO E VIGILANZA ANTINCENDIO BOSCHIVO – STAGIONE ESTIVA 2026', bold=True, align='c', size=12, space=14)
p('IL DIRETTORE', bold=True, align='c', space=6)
p('in esecuzione della determinazione direttoriale n. 21 del 09/03/2026 e in attuazione del Piano antincendio boschivo del Parco,', space=6)
p('RENDE NOTO', bold=True, align='c', space=6)
p('che è indetta una selezione pubblica, per soli titoli, finalizzata all’individuazione di n. 6 operatori volontari da impiegare nel servizio di avvistamento e vigilanza antincendio boschivo nelle aree del Monte Conero, nel periodo dal 15 giugno al 15 settembre 2026.')
for title, body in [
    ('Art. 1 – Requisiti di partecipazione', 'Possono presentare domanda coloro che, alla data di scadenza del presente avviso, abbiano compiuto il diciottesimo anno di età, siano in possesso dell’idoneità fisica allo svolgimento del servizio e siano iscritti ad una organizzazione di volontariato di protezione civile iscritta nell’elenco regionale.'),
    ('Art. 2 – Attività richieste', 'Gli operatori svolgeranno turni di avvistamento presso le postazioni fisse del Parco e attività di vigilanza lungo la sentieristica, in coordinamento con il Servizio Tecnico dell’Ente e con i Carabinieri Forestali. A ciascun operatore sarà riconosciuto un rimborso spese forfettario giornaliero di € 40,00.'),
    ('Art. 3 – Modalità e termini di presentazione delle domande', 'La domanda, redatta sul modello allegato (Allegato A), dovrà pervenire entro le ore 12:00 del giorno 10/04/2026 tramite posta elettronica certificata all’indirizzo istituzionale dell’Ente oppure mediante consegna a mano presso l’Ufficio Protocollo dell’Ente, in Sirolo, Via Peschiera n. 30.'),
    ('Art. 4 – Valutazione e graduatoria', 'Le domande saranno valutate da una commissione nominata dal Direttore, sulla base dei titoli posseduti e delle esperienze maturate nel settore. La graduatoria sarà pubblicata all’Albo Pretorio on line dell’Ente e avrà validità per la sola stagione 2026.'),
    ('Art. 5 – Trattamento dei dati personali', 'I dati personali forniti saranno trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità connesse alla presente procedura.'),
    ('Art. 6 – Responsabile del procedimento', 'Il responsabile del procedimento è il Dott. Forestale Luca Gambelli, Servizio Tecnico dell’Ente.'),
]:
    p(title, bold=True, align='l', space=2)
    p(body, space=8)
p('Sirolo, 10 marzo 2026', align='l', space=12)
p('IL DIRETTORE\nDott. Marco Zannini', bold=True, align='r', space=4)
p('Documento firmato digitalmente ai sensi dell’art. 21 del D.Lgs. 82/2005', italic=True, align='r', size=8.5)
d.save(sys.argv[1])
