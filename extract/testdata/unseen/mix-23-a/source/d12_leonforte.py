# Comune di Leonforte - avviso di deposito (art. 140 c.p.c. / art. 60 DPR 600/1973)
# fpdf2: a pre-printed form in Times with blanks of underscores; the messo's entries are typed in
# Courier over the blanks (same baseline, 1.5 pt above the rule), the rest of each blank left visible.
from fpdf import FPDF
pdf = FPDF(format='A4', unit='pt'); pdf.set_auto_page_break(False)
pdf.add_font('DVS', '', '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf')
pdf.add_font('DVS', 'B', '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf')
pdf.add_font('DVS', 'I', '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf')
pdf.add_font('DVM', '', '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf')
pdf.add_font('DVM', 'B', '/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf')
pdf.set_creator('Siscom - Messi notificatori'); pdf.set_title('Avviso di deposito')
pdf.add_page()
W = 595.28; LM = 62; RM = W - 56
def T(x, y, s, st='', size=11, font='DVS'):
    pdf.set_font(font, st, size); pdf.text(x, y, s)
def C(y, s, st='', size=11):
    pdf.set_font('DVS', st, size); pdf.text((W - pdf.get_string_width(s)) / 2, y, s)
def blank(x, y, n, val=None, size=10.5):
    """form text ending at x: a run of n underscores, optionally filled in"""
    pdf.set_font('DVS', '', 11); u = '_' * n; pdf.text(x, y, u)
    w = pdf.get_string_width(u)
    if val:
        pdf.set_font('DVM', 'B', size); pdf.text(x + 4, y - 1.5, val)
    return x + w
def line(y, parts):
    x = LM
    for p in parts:
        if isinstance(p, tuple):
            x = blank(x, y, *p) + 3
        else:
            pdf.set_font('DVS', '', 11); pdf.text(x, y, p); x += pdf.get_string_width(p) + 3
C(60, 'COMUNE DI LEONFORTE', 'B', 17)
C(76, 'Libero Consorzio Comunale di Enna', 'I', 10.5)
C(89, 'Corso Umberto, 231 – 94013 Leonforte (EN)', '', 8.5)
pdf.set_line_width(0.8); pdf.line(LM, 97, RM, 97)
T(LM, 116, 'UFFICIO MESSI NOTIFICATORI', 'B', 10.5)
T(RM - 150, 116, 'Mod. MN/07 – rev. 2019', 'I', 8)
C(150, 'AVVISO DI DEPOSITO DI ATTO PRESSO LA CASA COMUNALE', 'B', 13)
C(166, '(art. 140 c.p.c. – art. 60 D.P.R. 29 settembre 1973, n. 600)', 'I', 9.5)
y = 200
line(y, ['Il sottoscritto', (34, 'SALVATORE GIUNTA'), 'Messo Notificatore del Comune di']); y += 22
line(y, ['Leonforte, ai sensi e per gli effetti delle norme sopra richiamate,']); y += 30
C(y, 'R E N D E   N O T O', 'B', 12); y += 30
line(y, ['che in data', (14, '16/03/2026'), 'alle ore', (8, '10:40'), 'non essendo stato possibile']); y += 22
line(y, ['eseguire la notifica per', (40, 'TEMPORANEA ASSENZA DEL DESTINATARIO')]); y += 22
line(y, ['e di persone idonee a ricevere l’atto all’indirizzo sotto indicato, l’atto:']); y += 26
line(y, ['tipo:', (52, 'AVVISO DI ACCERTAMENTO TARI')]); y += 22
line(y, ['n.', (20, 'TARI/2026/000871'), 'del', (14, '04/03/2026')]); y += 22
line(y, ['emesso da:', (47, 'COMUNE DI LEONFORTE - UFFICIO TRIBUTI')]); y += 22
line(y, ['destinatario:', (45, 'MESSINA ROSARIO')]); y += 22
line(y, ['ultimo indirizzo noto:', (40, 'VIA G. GARIBALDI N. 14')]); y += 30
pdf.set_font('DVS', '', 11)
para = ('è depositato presso la Casa Comunale – Ufficio Messi, Corso Umberto, 231 – dove il destinatario o persona '
        'da lui delegata potrà ritirarlo, previa esibizione di un documento di identità, nei giorni dal lunedì al '
        'venerdì dalle ore 9:00 alle ore 12:30 e il martedì e giovedì anche dalle ore 15:30 alle ore 17:30.')
pdf.set_xy(LM, y - 11); pdf.multi_cell(RM - LM, 15, para, align='J'); y = pdf.get_y() + 18
pdf.set_xy(LM, y - 11)
pdf.multi_cell(RM - LM, 15, 'Del deposito è data notizia al destinatario mediante avviso affisso alla porta dell’abitazione e '
               'mediante lettera raccomandata con avviso di ricevimento. La notificazione si ha per eseguita decorsi dieci '
               'giorni dalla spedizione della raccomandata ovvero dalla data del ritiro, se anteriore.', align='J')
y = pdf.get_y() + 18
pdf.set_xy(LM, y - 11)
pdf.multi_cell(RM - LM, 15, 'Il presente avviso è pubblicato all’Albo Pretorio on line del Comune per venti giorni consecutivi.', align='J')
y = pdf.get_y() + 36
line(y, ['Leonforte, lì', (16, '17/03/2026')])
T(RM - 180, y, 'IL MESSO NOTIFICATORE', 'B', 10.5); y += 18
blank(RM - 190, y + 14, 26, 'SALVATORE GIUNTA')
T(RM - 170, y + 32, '(firma autografa sostituita a mezzo stampa', 'I', 7.5)
T(RM - 170, y + 41, 'ai sensi dell’art. 3, c. 2, D.Lgs. 39/1993)', 'I', 7.5)
pdf.set_line_width(0.4); pdf.line(LM, 790, RM, 790)
T(LM, 802, 'Orari Ufficio Messi: lun–ven 9:00–12:30 – tel. 0935 665111 – PEC: protocollo@pec.comune.leonforte.en.it', '', 7.5)
pdf.output('../avviso-leonforte-siscom.pdf')
