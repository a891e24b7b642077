# ASP Firenze Montedomini – Allegato A (tariff table) to a CdA deliberation, laid out as a spreadsheet
# printout (landscape). .odt written with odfpy, printed by LibreOffice Writer.
import sys
from odtlib import Doc

out = sys.argv[1]
S = "DejaVu Sans Condensed"
d = Doc(font=S, size="9pt", landscape=True, margins=("1.3cm", "1.2cm", "1.5cm", "1.5cm"))
h = d.header()
d.table([13.35, 13.35], [[
    {"text": [[("ASP FIRENZE MONTEDOMINI", {"b": True})], ["Azienda Pubblica di Servizi alla Persona"],
              ["Via dei Malcontenti, 6 – 50122 Firenze – P.IVA 05402890483"]], "kw": dict(size="8pt", align="left")},
    {"text": [["Allegato A"], ["alla deliberazione del Consiglio di Amministrazione"], ["n. 6 del 27/02/2026"]],
     "kw": dict(size="8pt", align="right")},
]], border="none", target=h, pad="0cm")
d.para("", target=h, size="2pt", border=None, after="0cm")
f = d.footer()
d.page_x_of_y(f, "Tariffe 2026 – pag. ", size="7.5pt", align="right", after="0cm")

d.para("TARIFFE DEI SERVIZI RESIDENZIALI, SEMIRESIDENZIALI E DOMICILIARI – ANNO 2026", size="13pt", bold=True,
       align="center", before="0.2cm", after="0.1cm")
d.para("Importi in euro, IVA esente ai sensi dell'art. 10, n. 21 e n. 27-ter, del D.P.R. n. 633/1972, ove non diversamente indicato. Decorrenza: 1° aprile 2026.",
       size="8.5pt", italic=True, align="center", after="0.3cm")

hdr = ["Cod.", "Servizio", "Struttura / sede", "Unità di misura", "Tariffa 2025", "Tariffa 2026", "Var. %", "Note"]
rows = [
    ("R01", "RSA – modulo base non autosufficienti", "RSA Montedomini, Via dei Malcontenti 6", "giorno", "58,70", "60,45", "+3,0", "quota sociale; quota sanitaria a carico SSR"),
    ("R02", "RSA – modulo cognitivo-comportamentale", "RSA Montedomini, nucleo Alzheimer", "giorno", "62,40", "64,25", "+3,0", "quota sociale"),
    ("R03", "RSA – posto letto in regime privato", "RSA Montedomini", "giorno", "118,00", "121,50", "+3,0", "quota intera, comprensiva di quota sanitaria"),
    ("R04", "Ricovero temporaneo di sollievo", "RSA Montedomini", "giorno", "64,00", "65,90", "+3,0", "massimo 60 giorni nell'anno solare"),
    ("R05", "Residenza assistita", "Residenza Il Fuligno", "giorno", "46,50", "47,90", "+3,0", ""),
    ("S01", "Centro diurno anziani – frequenza intera", "Centro diurno Montedomini", "giorno", "38,20", "39,35", "+3,0", "comprensivo di pranzo"),
    ("S02", "Centro diurno anziani – frequenza parziale", "Centro diurno Montedomini", "giorno", "24,10", "24,80", "+2,9", "fino a 5 ore, senza pasto"),
    ("S03", "Centro diurno Alzheimer", "Centro diurno Il Giglio", "giorno", "41,00", "42,25", "+3,0", "quota sociale"),
    ("A01", "Alloggi protetti per anziani", "Complesso Sant'Agnese", "mese", "420,00", "432,60", "+3,0", "utenze escluse"),
    ("A02", "Gruppo appartamento per persone adulte fragili", "Via Ghibellina", "mese", "510,00", "525,30", "+3,0", ""),
    ("A03", "Accoglienza notturna in emergenza", "Albergo popolare", "notte", "0,00", "0,00", "–", "servizio gratuito su invio dei servizi sociali"),
    ("D01", "Pasti a domicilio", "Cucina centrale Montedomini", "pasto", "7,80", "8,05", "+3,2", "IVA 4% inclusa"),
    ("D02", "Servizio lavanderia e guardaroba per ospiti esterni", "Lavanderia centrale", "kg", "3,10", "3,20", "+3,2", "IVA 22% inclusa"),
    ("D03", "Trasporto sociale accompagnato", "Area metropolitana fiorentina", "viaggio", "12,00", "12,00", "0,0", "tariffa invariata"),
    ("D04", "Telesoccorso e teleassistenza", "Servizio aziendale", "mese", "18,50", "18,50", "0,0", "tariffa invariata"),
]
k = dict(size="8.5pt", align="left")
kr = dict(size="8.5pt", align="right")
kc = dict(size="8.5pt", align="center")
data = [[{"text": t, "kw": dict(size="8.5pt", bold=True, align="center")} for t in hdr]]
for r in rows:
    data.append([{"text": r[0], "kw": kc}, {"text": r[1], "kw": k}, {"text": r[2], "kw": k}, {"text": r[3], "kw": kc},
                 {"text": r[4], "kw": kr}, {"text": r[5], "kw": kr}, {"text": r[6], "kw": kr}, {"text": r[7], "kw": k}])
d.table([1.2, 6.3, 5.6, 2.1, 2.0, 2.0, 1.5, 6.0], data, header_bg="#d9e2f3",
        bg_rows={i: "#f2f2f2" for i in range(2, len(data), 2)})

d.para("Note", bold=True, size="9pt", before="0.35cm", after="0.05cm")
for t in [
    "1. Le tariffe dei codici R01–R04 e S03 si intendono riferite alla sola quota sociale, salvo il codice R03; la quota sanitaria è corrisposta dall'Azienda USL Toscana Centro secondo la normativa regionale vigente.",
    "2. L'aggiornamento del 3,0% corrisponde alla variazione dell'indice FOI dei prezzi al consumo (media 2025) e agli incrementi contrattuali del personale.",
    "3. Per le assenze dell'ospite superiori a tre giorni consecutivi è dovuto il 70% della tariffa giornaliera a titolo di conservazione del posto.",
    "4. Le tariffe restano in vigore fino all'adozione di un nuovo provvedimento del Consiglio di Amministrazione.",
]:
    d.para(t, size="8.5pt", after="0.05cm")

d.para("Il Direttore Generale – Dott.ssa Elena Bartolozzi", size="8.5pt", align="right", before="0.4cm", italic=True)
d.save(out)
