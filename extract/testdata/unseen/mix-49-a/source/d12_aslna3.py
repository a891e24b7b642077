# Unnumbered notice of the Azienda Sanitaria Locale Napoli 3 Sud: Word template (python-docx) -> LibreOffice.
# The header is a picture (logo whose lettering is pixels only) with a text caption under it.
from PIL import Image, ImageDraw, ImageFont
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
img = Image.new('RGB', (1560, 260), 'white')
d = ImageDraw.Draw(img)
d.ellipse((20, 20, 240, 240), fill=(0, 122, 94))
d.rectangle((110, 60, 150, 200), fill='white'); d.rectangle((60, 110, 200, 150), fill='white')
fb = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', 104)
fs = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 40)
d.text((280, 30), 'ASL NAPOLI 3 SUD', font=fb, fill=(0, 122, 94))
d.text((284, 170), 'SERVIZIO SANITARIO REGIONALE – REGIONE CAMPANIA', font=fs, fill=(60, 60, 60))
img.save('build/aslna3-logo.png')

doc = Document()
s = doc.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21.0)
s.left_margin = s.right_margin = Cm(2.3); s.top_margin = Cm(1.5); s.bottom_margin = Cm(2)
st = doc.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(4)
hp = s.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
hp.add_run().add_picture('build/aslna3-logo.png', width=Cm(12))
cap = s.header.add_paragraph(); cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = cap.add_run('Azienda Sanitaria Locale Napoli 3 Sud'); r.bold = True; r.font.size = Pt(12); r.font.color.rgb = RGBColor(0, 122, 94)
cap2 = s.header.add_paragraph(); cap2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = cap2.add_run('Sede legale: Via Marconi, 66 – 80059 Torre del Greco (NA) – C.F./P.IVA 06322711216'); r.font.size = Pt(8)
fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run('www.aslnapoli3sud.it – protocollo@pec.aslnapoli3sud.it'); r.font.size = Pt(8)

def P(text, bold=False, align='j', size=None, after=4, italic=False):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    p.alignment = {'j': WD_ALIGN_PARAGRAPH.JUSTIFY, 'c': WD_ALIGN_PARAGRAPH.CENTER, 'l': WD_ALIGN_PARAGRAPH.LEFT, 'r': WD_ALIGN_PARAGRAPH.RIGHT}[align]
    p.paragraph_format.space_after = Pt(after)
    return p

P('U.O.C. Direzione Distretto Sanitario n. 52 – Palma Campania', bold=True, align='l', after=0)
P('Via Municipio, 1 – 80036 Palma Campania (NA)', align='l', size=9, after=14)
P('AVVISO', bold=True, align='c', size=18, after=2)
P('Trasferimento temporaneo degli ambulatori specialistici del Distretto Sanitario n. 52 presso il P.S.A.U. di San Gennaro Vesuviano', bold=True, align='c', size=12, after=14)
P('Si comunica all\'utenza che, per consentire i lavori di adeguamento impiantistico e antincendio della sede distrettuale di Palma Campania, finanziati con i fondi PNRR – Missione 6, Componente 1, a decorrere da lunedì 4 maggio 2026 e fino al termine dei lavori, previsto per il 31 luglio 2026, le attività ambulatoriali di seguito indicate saranno temporaneamente trasferite presso il Presidio Sanitario di Assistenza Urgente (P.S.A.U.) di San Gennaro Vesuviano, Via Nazionale, 12:')
for x in ['ambulatorio di cardiologia: lunedì e mercoledì, ore 8:30 – 13:30;',
          'ambulatorio di diabetologia: martedì e giovedì, ore 8:30 – 13:30;',
          'ambulatorio di oculistica: venerdì, ore 8:30 – 12:30;',
          'punto prelievi: dal lunedì al venerdì, ore 7:30 – 10:00.']:
    p = doc.add_paragraph(x, style='List Bullet'); p.paragraph_format.space_after = Pt(2)
P('Le prenotazioni già effettuate tramite CUP restano valide: le prestazioni saranno erogate nella stessa data e alla stessa ora presso la nuova sede. Restano invariati presso la sede di Palma Campania gli sportelli amministrativi (scelta e revoca del medico, esenzioni ticket), il servizio vaccinale e il consultorio familiare.')
P('Per informazioni è possibile rivolgersi all\'Ufficio Relazioni con il Pubblico del Distretto (tel. 081 8207 452, dal lunedì al venerdì, ore 9:00 – 12:00) o scrivere all\'indirizzo urp.ds52@aslnapoli3sud.it.')
P('Si chiede ai Comuni afferenti al Distretto (Palma Campania, Carbonara di Nola, Poggiomarino, San Gennaro Vesuviano, San Giuseppe Vesuviano, Striano, Terzigno e Ottaviano) di dare la massima diffusione al presente avviso mediante pubblicazione all\'Albo Pretorio on line.', after=14)
P('Palma Campania, 13/04/2026', align='l', after=18)
P('Il Direttore del Distretto Sanitario n. 52', align='r', after=0)
P('Dott. Vincenzo Ammendola', bold=True, align='r', after=0)
P('(firma autografa sostituita a mezzo stampa ai sensi dell\'art. 3, comma 2, del D.Lgs. 39/1993)', align='r', size=8, italic=True)
doc.save('build/avviso-aslnapoli3sud-word.docx')
