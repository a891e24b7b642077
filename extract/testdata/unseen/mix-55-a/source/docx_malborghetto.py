# Determinazione bilingual Italian / Slovene, one language under the other,
# typewriter-like Word document (Courier New -> Liberation Mono), converted by LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

out = sys.argv[1]
d = Document()
s = d.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21.0)
s.left_margin = Cm(2.5); s.right_margin = Cm(2.0); s.top_margin = Cm(1.8); s.bottom_margin = Cm(2.0)
st = d.styles['Normal']; st.font.name = 'Courier New'; st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(0)

def p(text='', bold=False, italic=False, align=None, size=None, under=False, indent=None):
    q = d.add_paragraph()
    r = q.add_run(text); r.bold = bold; r.italic = italic; r.underline = under
    if size: r.font.size = Pt(size)
    if align == 'c': q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'r': q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if align == 'j': q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None: q.paragraph_format.left_indent = Cm(indent)
    return q

p('COMUNE DI MALBORGHETTO VALBRUNA', bold=True, align='c', size=12)
p('OBČINA NABORJET OVČJA VAS', bold=True, align='c', size=12)
p('Regione Autonoma Friuli Venezia Giulia – Avtonomna dežela Furlanija Julijska krajina', align='c', size=8)
p('Piazza Palazzo Veneziano 1 – 33010 Malborghetto Valbruna (UD)', align='c', size=8)
p('_' * 62, align='c')
p()
p('AREA AMMINISTRATIVA – UFFICIO SEGRETERIA E AFFARI GENERALI', bold=True)
p('UPRAVNO PODROČJE – URAD ZA TAJNIŠTVO IN SPLOŠNE ZADEVE', italic=True)
p()
p('DETERMINAZIONE N. 45 DEL 05/03/2026', bold=True, align='c', size=11)
p('ODLOČBA ŠT. 45 Z DNE 05/03/2026', italic=True, align='c', size=11)
p('(Reg. Gen. n. 112 / Spl. reg. št. 112)', align='c', size=9)
p()
p('OGGETTO: Impegno di spesa per il servizio di traduzione in lingua slovena degli atti e della modulistica comunale – anno 2026 (L. 38/2001, art. 8). CIG B5C2E71A04.', bold=True, align='j')
p('ZADEVA: Prevzem obveznosti za storitev prevajanja občinskih aktov in obrazcev v slovenski jezik – leto 2026 (Zakon 38/2001, 8. člen). CIG B5C2E71A04.', italic=True, align='j')
p()
p('IL TITOLARE DI POSIZIONE ORGANIZZATIVA', bold=True, align='c')
p('NOSILEC ORGANIZACIJSKEGA POLOŽAJA', italic=True, align='c')
p()
for it, sl in [
 ('VISTA la Legge 23 febbraio 2001, n. 38, recante norme a tutela della minoranza linguistica slovena della regione Friuli Venezia Giulia, e in particolare l\'art. 8 sull\'uso della lingua slovena nella pubblica amministrazione;',
  'OB UPOŠTEVANJU Zakona št. 38 z dne 23. februarja 2001 o zaščiti slovenske jezikovne manjšine v deželi Furlaniji Julijski krajini, zlasti 8. člena o rabi slovenskega jezika v javni upravi;'),
 ('VISTO il decreto del Sindaco n. 3 del 02/01/2026 di conferimento dell\'incarico di titolare di posizione organizzativa dell\'Area Amministrativa;',
  'OB UPOŠTEVANJU odloka župana št. 3 z dne 02/01/2026 o podelitvi naloge nosilca organizacijskega položaja Upravnega področja;'),
 ('ACQUISITO il preventivo della ditta Jezik & Co. s.n.c. di Tarvisio, prot. n. 1187 del 26/02/2026, per un importo di euro 4.200,00 oltre IVA;',
  'GLEDE NA ponudbo podjetja Jezik & Co. s.n.c. iz Trbiža, prot. št. 1187 z dne 26/02/2026, v znesku 4.200,00 evrov brez DDV;'),
]:
    p(it, align='j'); p(sl, italic=True, align='j'); p()
p('D E T E R M I N A', bold=True, align='c')
p('O D L O Č A', italic=True, align='c')
p()
for i, (it, sl) in enumerate([
 ('di affidare alla ditta Jezik & Co. s.n.c. di Tarvisio il servizio di traduzione in lingua slovena degli atti e della modulistica comunale per l\'anno 2026;',
  'da se podjetju Jezik & Co. s.n.c. iz Trbiža dodeli storitev prevajanja občinskih aktov in obrazcev v slovenski jezik za leto 2026;'),
 ('di impegnare la spesa complessiva di euro 5.124,00 (IVA compresa) al capitolo 1058/2 del bilancio di previsione 2026-2028, esercizio 2026;',
  'da se skupni izdatek 5.124,00 evrov (z DDV) knjiži na poglavje 1058/2 proračuna 2026-2028, finančno leto 2026;'),
 ('di dare atto che la spesa è finanziata con il contributo regionale di cui alla L.R. 26/2007;',
  'da se ugotovi, da se izdatek financira z deželnim prispevkom iz D.Z. 26/2007;'),
], 1):
    p(f'{i}) {it}', align='j', indent=0); p(f'{i}) {sl}', italic=True, align='j'); p()
p('Malborghetto Valbruna / Naborjet Ovčja vas, 05/03/2026')
p()
p('IL TITOLARE DI P.O. – NOSILEC O.P.', align='r')
p('Dott.ssa Erika Wedam', align='r', bold=True)
p('(firmato digitalmente / digitalno podpisano)', align='r', size=8)
p()
p('_' * 62, align='c')
p('VISTO DI REGOLARITÀ CONTABILE / POTRDILO O RAČUNOVODSKI PRAVILNOSTI', bold=True, size=9)
p('Impegno n. 214/2026 – Obveznost št. 214/2026. Malborghetto Valbruna, 05/03/2026. Il Responsabile del Servizio Finanziario – Odgovorna za finančno službo: Rag. Sonja Kravanja', size=9, align='j')
d.save(out)
