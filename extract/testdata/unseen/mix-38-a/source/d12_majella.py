# Ente Parco Nazionale della Majella - unnumbered avviso (notice), raw PDF:
# letterhead, title and footer live in Form XObjects reused on both pages; the body is drawn out of
# reading order (signature first, then paragraphs bottom-up), as some document-management exports do.
import sys
from rawpdf import Doc, Stream, width, justify_lines
W, H = 595.28, 841.89
LM, RM = 62, 533
doc = Doc({'Producer': 'Dedagroup Folium - PDF export', 'Title': 'Avviso chiusura sentieri'})

lh = Stream()
lh.raw('q 0.18 0.42 0.22 rg 0 0 m 22 38 l 34 20 l 44 32 l 62 0 l f Q\n')
lh.raw('q 1 1 1 rg 17 29 m 22 38 l 27 29 l f Q\n')
lh.text(74, 28, 'ENTE PARCO NAZIONALE DELLA MAJELLA', 'Helvetica-Bold', 15)
lh.text(74, 14, 'Via Badia, 28 - 67039 Sulmona (AQ)  -  Tel. 0864 25701', 'Helvetica', 8.5)
lh.text(74, 3, 'Servizio Conservazione e Fruizione', 'Helvetica-Oblique', 8.5)
lh.raw('q 0.18 0.42 0.22 RG\n'); lh.line(0, -8, RM - LM, -8, 1.2); lh.raw('Q\n')
doc.add_form('LH', lh, [-2, -12, RM - LM + 2, 45])

ft = Stream()
ft.line(0, 12, RM - LM, 12, 0.4)
ft.text(0, 2, 'www.parcomajella.it  -  PEC: parcomajella@pec.it  -  C.F. 93007330666', 'Helvetica', 7)
doc.add_form('FT', ft, [0, 0, RM - LM, 14])

title = 'AVVISO DI CHIUSURA TEMPORANEA DEI SENTIERI F1 E F2 IN LOCALIT\u00c0 FONTE ROMANA PER LAVORI DI RIPRISTINO DELLA RETE SENTIERISTICA'
tt = Stream()
y = 0
for ws in justify_lines(title, 'Helvetica-Bold', 12.5, RM - LM - 40):
    l = ' '.join(ws); tt.text((RM - LM - width(l, 'Helvetica-Bold', 12.5)) / 2, y, l, 'Helvetica-Bold', 12.5); y -= 16
doc.add_form('TT', tt, [0, y, RM - LM, 14])

def block(text, y, font='Times-Roman', size=11.5, lead=15):
    """returns (list of (x,y,line,tw)), new y"""
    out = []; maxw = RM - LM
    lines = justify_lines(text, font, size, maxw)
    for i, ws in enumerate(lines):
        l = ' '.join(ws)
        tw = (maxw - width(l, font, size)) / (len(ws) - 1) if i < len(lines) - 1 and len(ws) > 1 else 0
        out.append((LM, y, l, tw, font, size)); y -= lead
    return out, y - 6

paras1 = [
 'IL DIRETTORE',
 'Premesso che l\u2019Ente Parco ha programmato, nell\u2019ambito del progetto \u201cSentieri sicuri 2026\u201d finanziato dal Ministero dell\u2019Ambiente e della Sicurezza Energetica, interventi di ripristino del fondo, di regimazione delle acque e di sostituzione della segnaletica lungo i sentieri F1 e F2 in localit\u00e0 Fonte Romana, nel territorio del Comune di Pacentro;',
 'Considerato che l\u2019esecuzione dei lavori, affidati con determinazione dirigenziale n. 87 del 05/03/2026, comporta l\u2019impiego di mezzi meccanici e il taglio di piante pericolanti, incompatibili con il transito degli escursionisti;',
 'Visti la Legge 6 dicembre 1991, n. 394, e il Regolamento del Parco;',
 'RENDE NOTO',
 'che dal giorno 23 marzo 2026 al giorno 30 aprile 2026 i sentieri F1 (Fonte Romana - Colle della Croce) e F2 (Fonte Romana - Rifugio Pomilio) sono chiusi al transito pedonale, ciclistico ed equestre.',
 'Durante il periodo di chiusura \u00e8 consigliato il percorso alternativo lungo il sentiero F3, regolarmente segnalato. Il personale del Reparto Carabinieri Parco e le Guide del Parco vigileranno sul rispetto del presente avviso.',
 'Eventuali variazioni del periodo di chiusura saranno comunicate mediante pubblicazione sul sito istituzionale dell\u2019Ente e all\u2019Albo Pretorio on line dei Comuni interessati.',
]
paras2 = [
 'Per informazioni: Ufficio Fruizione, tel. 0864 2570211, fruizione@parcomajella.it.',
]

def page(paras, first):
    s = Stream(); items = []
    y = 740 if first else 760
    if first:
        y -= 0
        items.append((LM, y, 'Prot. n. 2251', 0, 'Helvetica', 9))
        items.append((RM - width('Sulmona, 17/03/2026', 'Helvetica', 9), y, 'Sulmona, 17/03/2026', 0, 'Helvetica', 9))
        y -= 40
        ty = y; y -= 60
    for p in paras:
        if p.isupper() and len(p) < 20:
            items.append(((W - width(p, 'Times-Bold', 12)) / 2, y, p, 0, 'Times-Bold', 12)); y -= 22
        else:
            b, y = block(p, y); items += b
    if not first:
        y -= 20
        sig = [(360, y, 'IL DIRETTORE', 0, 'Times-Bold', 11.5), (348, y - 15, 'Dott. Andrea Liberatore', 0, 'Times-Roman', 11.5),
               (318, y - 28, '(firmato digitalmente ai sensi del D.Lgs. 82/2005)', 0, 'Times-Italic', 8.5)]
        items = sig + items  # signature drawn before the body
    # draw bottom-up: reverse reading order
    for (x, yy, l, tw, f, sz) in reversed(items):
        s.text(x, yy, l, f, sz, tw=tw)
    if first:
        s.do('TT', LM, ty)
    s.do('FT', LM, 30)
    s.do('LH', LM, 778)   # letterhead drawn last
    return s

doc.add_page(page(paras1, True))
doc.add_page(page(paras2, False))
doc.write(sys.argv[1])
