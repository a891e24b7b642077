# D03 Ente Parco Nazionale (Sardinia), numbered avviso pubblico; Word template (Calibri -> Carlito) via python-docx -> LibreOffice
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxkit import *; import kit
from docx.shared import Pt, Cm, RGBColor
d = new('Carlito', 11, margins=(1.5, 1.8, 2.0, 2.0))
sec = d.sections[0]; sec.header_distance = Cm(0.7); sec.footer_distance = Cm(0.7)
h = sec.header; hp = h.paragraphs[0]; hp.alignment = AL.CENTER
r = hp.add_run('Ente Parco Nazionale dell’Asinara'); r.bold = True; r.font.size = Pt(15); r.font.color.rgb = RGBColor(0x1F, 0x5C, 0x3A)
hp2 = h.add_paragraph(); hp2.alignment = AL.CENTER
r = hp2.add_run('Area Marina Protetta «Isola dell’Asinara»'); r.italic = True; r.font.size = Pt(10.5); r.font.color.rgb = RGBColor(0x1F, 0x5C, 0x3A)
hp3 = h.add_paragraph(); hp3.alignment = AL.CENTER
r = hp3.add_run('Servizio Gestione Area Marina Protetta'); r.font.size = Pt(9.5)
f = sec.footer; fp = f.paragraphs[0]; fp.alignment = AL.CENTER
r = fp.add_run('Via Iosto, 7 – 07046 Porto Torres (SS) – tel. 079 503388 – protocollo@pec.parcoasinara.org – C.F. 92071190906        pag. '); r.font.size = Pt(8)
page_field(fp)
para(d, 'Prot. n. 2148 del 08/05/2026', size=10, after=0)
para(d, '', after=10)
para(d, 'AVVISO PUBBLICO N. 3/2026', bold=True, size=16, align='c', after=6)
para(d, 'Rilascio delle autorizzazioni alla navigazione, all’ancoraggio e all’ormeggio delle unità da diporto nelle zone B e C dell’Area Marina Protetta «Isola dell’Asinara» – stagione 2026', bold=True, size=12, align='c', after=12)
para(d, 'IL DIRETTORE', bold=True, align='c', after=6)
for s in ['Vista la Legge 6 dicembre 1991, n. 394, “Legge quadro sulle aree protette”, e la Legge 31 dicembre 1982, n. 979;',
          'Visto il Decreto del Ministro dell’Ambiente 13 agosto 2002 istitutivo dell’Area Marina Protetta «Isola dell’Asinara», affidata in gestione all’Ente Parco;',
          'Visto il Regolamento di esecuzione e organizzazione dell’Area Marina Protetta e, in particolare, gli articoli 19, 20 e 21 relativi alla navigazione, all’ancoraggio e all’ormeggio;',
          'Vista la deliberazione del Consiglio Direttivo n. 9 del 27/03/2026 con la quale sono stati determinati i corrispettivi per l’anno 2026;',
          'In esecuzione della propria determinazione n. 87 del 29/04/2026;']:
    para(d, s, align='j', after=3)
para(d, 'RENDE NOTO', bold=True, align='c', before=6, after=6)
para(d, 'che dal 18 maggio 2026 sono aperti i termini per la presentazione delle istanze di autorizzazione alla navigazione, all’ancoraggio e all’ormeggio delle unità da diporto nelle zone B e C dell’Area Marina Protetta, valide dal 1° giugno al 30 settembre 2026, secondo le disposizioni che seguono.', align='j', after=8)
arts = [('Art. 1 – Soggetti ammessi', 'Possono presentare istanza i proprietari o gli utilizzatori a qualsiasi titolo di unità da diporto a motore o a vela, i titolari di imprese di noleggio e locazione di unità da diporto e i centri di immersione subacquea, in regola con le certificazioni di sicurezza previste dal D.Lgs. 18 luglio 2005, n. 171.'),
        ('Art. 2 – Tipologie di autorizzazione', 'Sono rilasciate autorizzazioni giornaliere, settimanali e stagionali, secondo i corrispettivi di cui alla tabella allegata (Allegato 1). Le unità dotate di motore conforme alla Direttiva 2013/53/UE e di sistema di raccolta delle acque di sentina beneficiano della riduzione del 30 per cento.'),
        ('Art. 3 – Modalità di presentazione', 'L’istanza è presentata esclusivamente tramite la piattaforma on line dell’Ente, raggiungibile dal sito istituzionale, allegando copia della licenza di navigazione e della polizza assicurativa. Le autorizzazioni stagionali devono essere richieste entro il 15 giugno 2026.'),
        ('Art. 4 – Campi ormeggio', 'L’ormeggio nei campi boe di Cala Reale, Cala d’Oliva e Fornelli è consentito per un massimo di 72 ore consecutive, previa prenotazione sulla piattaforma di cui all’art. 3.'),
        ('Art. 5 – Controlli e sanzioni', 'La vigilanza è esercitata dalla Capitaneria di Porto di Porto Torres e dal personale dell’Ente. Le violazioni sono punite ai sensi dell’art. 30 della L. 394/1991.'),
        ('Art. 6 – Responsabile del procedimento', 'Responsabile del procedimento è il Funzionario del Servizio Gestione Area Marina Protetta, Dott.ssa Giovanna Manca (tel. 079 503388 int. 215).')]
for t_, s in arts:
    para(d, t_, bold=True, after=1, before=3); para(d, s, align='j', after=3)
para(d, 'Porto Torres, 08/05/2026', before=10, after=8)
para(d, 'IL DIRETTORE', bold=True, align='r', after=0)
para(d, 'Dott. Pierpaolo Mura', align='r', after=0)
para(d, 'documento firmato digitalmente ai sensi del D.Lgs. 82/2005', italic=True, size=8.5, align='r')
src = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'd03_asinara.docx'); d.save(src)
kit.docx_to_pdf(src, 'avviso-asinara-word.pdf')
