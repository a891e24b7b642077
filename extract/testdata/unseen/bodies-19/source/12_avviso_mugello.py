# Unione Montana dei Comuni del Mugello – unnumbered avviso pubblico, a Word letterhead template.
# python-docx -> LibreOffice Writer. Font: Liberation Sans Narrow-like look with DejaVu Sans Condensed headings.
import sys
from docx.shared import Pt, Cm
from docxlib import new, para, field, table, set_cell_border

out = sys.argv[1]
d = new(font="Liberation Serif", size=11.5, margins=(1.4, 1.8, 2.2, 2.0))
sec = d.sections[0]
sec.different_first_page_header_footer = True

# first-page letterhead (in the first-page header), running head on later pages
fh = sec.first_page_header
p = para(fh, [("UNIONE MONTANA DEI COMUNI DEL MUGELLO", {"b": True, "size": 15, "font": "DejaVu Sans Condensed", "color": "1F5C2E"})], align="c", after=0)
para(fh, [("Barberino di Mugello – Borgo San Lorenzo – Dicomano – Firenzuola – Marradi – Palazzuolo sul Senio – Scarperia e San Piero – Vicchio",
           {"size": 7.5, "font": "DejaVu Sans Condensed"})], align="c", after=0)
para(fh, [("Via Palmiro Togliatti, 45 – 50032 Borgo San Lorenzo (FI) – C.F. 90017860480 – PEC: uc-mugello@postacert.toscana.it",
           {"size": 7.5, "font": "DejaVu Sans Condensed"})], align="c", after=2)
t = table(fh, [16.8], [[{"runs": "", "size": 2}]], border=False)
set_cell_border(t.rows[0].cells[0], sz=12, color="1F5C2E", sides=("top",))
rh = sec.header
para(rh, [("Unione Montana dei Comuni del Mugello – Avviso pascoli Complesso forestale «Giogo-Casaglia»", {"i": True, "size": 8})], align="r", after=0)
for ft in (sec.footer, sec.first_page_footer):
    fp = ft.paragraphs[0]
    fp.alignment = 1
    r = fp.add_run("– ")
    field(fp, "PAGE")
    fp.add_run(" –")
d.styles["Footer"].font.size = Pt(8.5)

para(d, [("AREA TECNICA", {"b": True, "font": "DejaVu Sans Condensed", "size": 11})], align="l", after=0)
para(d, [("Servizio Patrimonio Agricolo Forestale Regionale", {"font": "DejaVu Sans Condensed", "size": 10})], align="l", after=10)

title = ("AVVISO PUBBLICO PER LA RACCOLTA DI MANIFESTAZIONI DI INTERESSE ALL'AFFIDAMENTO IN CONCESSIONE DEI PASCOLI "
         "DEL COMPLESSO FORESTALE REGIONALE «GIOGO-CASAGLIA» – STAGIONI DI MONTICAZIONE 2026-2030")
para(d, [(title, {"b": True, "size": 12.5})], align="c", before=4, after=12)

para(d, "IL RESPONSABILE DEL SERVIZIO", align="c", bold=True, after=6)
para(d, "Premesso che l'Unione Montana dei Comuni del Mugello gestisce, ai sensi della L.R. Toscana 21 marzo 2000, n. 39, e della L.R. 27 dicembre 2011, n. 68, il patrimonio agricolo-forestale regionale ricadente nel Complesso forestale «Giogo-Casaglia», e che i pascoli in esso compresi sono concessi a imprenditori agricoli per il pascolamento del bestiame, in attuazione del Piano di gestione del Complesso;")
para(d, "Vista la deliberazione della Giunta dell'Unione n. 28 del 05/03/2026, con la quale sono stati approvati gli indirizzi per la concessione dei pascoli per le stagioni di monticazione 2026-2030;")
para(d, [("RENDE NOTO", {"b": True})], align="c", before=4, after=6)
para(d, "che è indetta una procedura per la raccolta di manifestazioni di interesse all'affidamento in concessione dei seguenti lotti di pascolo:")

rows = [[{"runs": x, "bold": True, "size": 9.5, "align": "c"} for x in
         ("Lotto", "Denominazione e località", "Comune", "Superficie (ha)", "Carico max (UBA)", "Canone annuo a base d'asta")]]
for r in (("1", "Pascoli di Casaglia – loc. Colla di Casaglia", "Borgo San Lorenzo", "42,50", "28", "€ 2.125,00"),
          ("2", "Pascoli del Giogo – loc. Passo del Giogo", "Scarperia e San Piero", "31,20", "20", "€ 1.560,00"),
          ("3", "Prati di Razzuolo – loc. Razzuolo", "Borgo San Lorenzo", "18,70", "12", "€ 935,00")):
    rows.append([{"runs": r[0], "align": "c", "size": 9.5}, {"runs": r[1], "size": 9.5}, {"runs": r[2], "size": 9.5},
                 {"runs": r[3], "align": "r", "size": 9.5}, {"runs": r[4], "align": "r", "size": 9.5},
                 {"runs": r[5], "align": "r", "size": 9.5}])
table(d, [1.3, 5.6, 3.4, 2.1, 2.0, 2.6], rows, fills={(0, None): "E2EFDA"})
para(d, "", after=4)

sections = [
    ("1. Soggetti ammessi", "Possono manifestare interesse gli imprenditori agricoli professionali e i coltivatori diretti, singoli o associati, titolari di allevamenti iscritti all'Anagrafe zootecnica nazionale, in regola con i controlli sanitari previsti per le specie bovina, ovina e caprina, e che non abbiano debiti nei confronti dell'Unione per precedenti concessioni."),
    ("2. Durata e condizioni", "La concessione ha durata di cinque stagioni di monticazione, dal 15 maggio al 31 ottobre di ciascun anno, dal 2026 al 2030. Il concessionario è tenuto al rispetto del carico massimo indicato, alla manutenzione ordinaria di recinzioni, abbeveratoi e viabilità di servizio e all'osservanza del disciplinare tecnico allegato al presente avviso."),
    ("3. Modalità di presentazione", "Le manifestazioni di interesse, redatte sul modello allegato e corredate di copia del documento di identità del sottoscrittore, dovranno pervenire entro le ore 13:00 del giorno 20/04/2026 all'indirizzo PEC dell'Unione o mediante consegna a mano all'Ufficio Protocollo, Via Palmiro Togliatti 45, Borgo San Lorenzo. È possibile manifestare interesse per più lotti, indicando l'ordine di preferenza."),
    ("4. Procedura successiva", "Qualora per un lotto pervenga una sola manifestazione di interesse, l'Unione potrà procedere all'affidamento diretto al canone a base d'asta; in presenza di più manifestazioni, gli interessati saranno invitati a presentare offerta in aumento sul canone annuo. Il presente avviso non vincola l'Unione all'affidamento."),
    ("5. Sopralluoghi e informazioni", "I sopralluoghi possono essere concordati con il personale del Servizio (tel. 055 84527150). Responsabile del procedimento: Dott. For. Elisa Nocentini. Il presente avviso è pubblicato all'Albo on line dell'Unione e dei Comuni del Mugello e sul sito istituzionale."),
    ("6. Trattamento dei dati", "I dati personali forniti sono trattati ai sensi del Regolamento (UE) 2016/679 per le sole finalità del presente procedimento."),
]
for h, t in sections:
    para(d, [(h, {"b": True})], before=4, after=1, keep=True)
    para(d, t)

para(d, "Borgo San Lorenzo, 20/03/2026", before=10, after=8)
table(d, [8.4, 8.4], [[{"runs": ""},
                       {"runs": [("IL RESPONSABILE DEL SERVIZIO\n", {}), ("Dott. Agr. Marco Baldini", {"b": True}),
                                 ("\n(firmato digitalmente ai sensi del D.Lgs. n. 82/2005)", {"i": True, "size": 8.5})], "align": "c"}]],
      border=False)
para(d, "", after=6)
para(d, [("Allegati: modello di manifestazione di interesse; disciplinare tecnico di pascolamento; planimetrie dei lotti.", {"i": True, "size": 9.5})])
d.core_properties.title = "Avviso pubblico pascoli Giogo-Casaglia 2026-2030"
d.core_properties.author = "Unione Montana dei Comuni del Mugello"
d.save(out)
