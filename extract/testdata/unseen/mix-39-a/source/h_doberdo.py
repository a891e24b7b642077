# Comune di Doberdò del Lago / Občina Doberdob (GO) - numbered public notice, Italian text followed by
# the Slovene text; modern Word template converted by LibreOffice (FVG Insiel-style letterhead).
from docxlib import *
d = new('Liberation Sans', 10, (20, 20, 14, 16))
s = d.sections[0]
t = s.header.add_table(rows=1, cols=2, width=Mm(170)); 
a = t.cell(0, 0).paragraphs[0]; a.alignment = AL['l']
r = a.add_run('COMUNE DI DOBERDÒ DEL LAGO'); r.bold = True; r.font.size = Pt(12)
a2 = t.cell(0, 0).add_paragraph(); r = a2.add_run('Regione autonoma Friuli Venezia Giulia'); r.font.size = Pt(8)
b = t.cell(0, 1).paragraphs[0]; b.alignment = AL['r']
r = b.add_run('OBČINA DOBERDOB'); r.bold = True; r.font.size = Pt(12)
b2 = t.cell(0, 1).add_paragraph(); b2.alignment = AL['r']; r = b2.add_run('Avtonomna dežela Furlanija Julijska krajina'); r.font.size = Pt(8)
hp = s.header.add_paragraph(); hp.alignment = AL['c']
r = hp.add_run('Via Roma 30 – Rimska ulica 30 – 34070 Doberdò del Lago / Doberdob (GO) – tel. 0481 78108'); r.font.size = Pt(7.5)
fp = s.footer.paragraphs[0]; fp.alignment = AL['c']
r = fp.add_run('Avviso pubblico n. 2/2026 – Javno obvestilo št. 2/2026 – pag./str. '); r.font.size = Pt(7.5); page_field(fp, 7.5)

p = para(d, align='l', after=0, size=9); add_runs(p, [('Area amministrativa – Upravno področje', 'b')])
p = para(d, align='l', after=8, size=9); add_runs(p, [('Servizio cultura, sport e associazionismo – Služba za kulturo, šport in društva', '')])
p = para(d, align='r', after=10, size=9); add_runs(p, [('Prot. n. / Št. prot. 1122 – Doberdò del Lago / Doberdob, 09/03/2026', '')])

para(d, 'AVVISO PUBBLICO n. 2/2026', bold=True, size=13, align='c', after=0)
para(d, 'JAVNO OBVESTILO št. 2/2026', bold=True, size=13, align='c', after=10)

def block(title, subject, body, points, sig):
    para(d, title, bold=True, align='c', after=4)
    para(d, subject, bold=True, align='c', after=8)
    for t in body: para(d, t, align='j', after=5)
    for i, t in enumerate(points, 1):
        p = para(d, f'{i}. {t}', align='j', after=4); p.paragraph_format.left_indent = Mm(6); p.paragraph_format.first_line_indent = Mm(-5)
    para(d, sig, align='r', before=8, after=12)

block('TESTO ITALIANO',
 'Avviso pubblico per la concessione di contributi alle associazioni culturali, sportive e ricreative per l’anno 2026',
 ['Il Responsabile del Servizio cultura, sport e associazionismo, in esecuzione della deliberazione della Giunta comunale n. 19 del 24/02/2026 e del vigente Regolamento comunale per la concessione di contributi,',
  'RENDE NOTO',
  'che le associazioni senza fini di lucro con sede o operanti nel territorio comunale possono presentare domanda di contributo per le attività culturali, sportive e ricreative da svolgersi nell’anno 2026, con particolare riguardo alla tutela della lingua e della cultura slovena e del patrimonio del Carso.'],
 ['Le domande, redatte sul modulo disponibile presso l’Ufficio protocollo e sul sito istituzionale, devono pervenire entro le ore 12:00 del 10/04/2026.',
  'Le domande possono essere presentate a mano, a mezzo PEC all’indirizzo comune.doberdodellago@certgov.fvg.it o per raccomandata A/R.',
  'Il contributo non può superare l’80% della spesa ammissibile e comunque l’importo di € 3.000,00 per associazione.',
  'I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679.'],
 'Il Responsabile del Servizio\ndott.ssa Tanja Ferletič\n(firmato digitalmente)')
para(d, '*   *   *', align='c', after=10)
block('SLOVENSKO BESEDILO',
 'Javno obvestilo za dodelitev prispevkov kulturnim, športnim in rekreacijskim društvom za leto 2026',
 ['Odgovorna za Službo za kulturo, šport in društva, na podlagi sklepa občinskega odbora št. 19 z dne 24. 2. 2026 in veljavnega Občinskega pravilnika o dodeljevanju prispevkov,',
  'SPOROČA,',
  'da lahko neprofitna društva s sedežem ali dejavnostjo na območju občine vložijo prošnjo za prispevek za kulturne, športne in rekreacijske dejavnosti v letu 2026, s posebnim poudarkom na zaščiti slovenskega jezika in kulture ter kraške dediščine.'],
 ['Prošnje, sestavljene na obrazcu, ki je na voljo v vložišču in na občinski spletni strani, morajo prispeti do 12. ure 10. 4. 2026.',
  'Prošnje se lahko vložijo osebno, po certificirani elektronski pošti na naslov comune.doberdodellago@certgov.fvg.it ali s priporočenim pismom s povratnico.',
  'Prispevek ne sme presegati 80 % upravičenih stroškov in v nobenem primeru zneska 3.000,00 € za posamezno društvo.',
  'Osebni podatki se obdelujejo v skladu z Uredbo (EU) 2016/679.'],
 'Odgovorna za službo\ndr. Tanja Ferletič\n(digitalno podpisano)')
d.save('h_doberdo.docx')
to_pdf('h_doberdo.docx', '../avviso-doberdo-insiel.pdf')
