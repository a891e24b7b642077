# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "determinazione-perugia-jiride.pdf", "role": "act",
 "what": "determinazione dirigenziale 'Atto n. 1187 del 15/04/2026' of the Comune di Perugia (Area / Settore / U.O., Ufficio proponente and Responsabile del procedimento): liquidazione of rent grants on an existing impegno; every glyph placed on its own, rotated Albo stamp on the left margin (reportlab)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Perugia", "organ": "AREA SERVIZI ALLA PERSONA", "office": "U.O. Inclusione Sociale e Contrasto alla Povertà",
  "proposing_office": "U.O. Inclusione Sociale e Contrasto alla Povertà", "kind": "determinazione", "number": 1187, "date": "2026-04-15",
  "subject": "Liquidazione dei contributi economici straordinari per il sostegno al pagamento dei canoni di locazione – primo trimestre 2026 – Impegno n. 2026/812."}},
{"file": "determinazione-larciano-halley.pdf", "role": "act",
 "what": "determinazione 'DD 245/2026' of the Comune di Larciano (Dipartimento / Settore / Servizio in a label grid); the register box prints two dates, 'Data adozione 27/05/2026' and 'Data esecutività 29/05/2026'; affidamento and impegno (python-docx, LibreOffice Writer)",
 "operative_points": 5,
 "act": {"municipality": "Comune di Larciano", "organ": "DIPARTIMENTO RISORSE E SERVIZI INTERNI", "office": "Servizio Tributi e Entrate",
  "proposing_office": "Servizio Tributi e Entrate", "kind": "determinazione", "number": 245, "date": "2026-05-27",
  "subject": "AFFIDAMENTO DEL SERVIZIO DI SUPPORTO ALL'ATTIVITÀ DI ACCERTAMENTO DELL'IMPOSTA MUNICIPALE PROPRIA (IMU) PER LE ANNUALITÀ 2021-2023 – CIG B9A4C27E15 – IMPEGNO DI SPESA."}},
{"file": "determinazione-pescaglia-sicraweb.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica of the Comune di Pescaglia (Area / Settore / Servizio stepped), 'Reg. Settore n. 41 del 10.6.2026' and 'Reg. Gen. 311 del 11.6.2026': liquidazione of the first SAL; 80-column Courier report in capitals (enscript + Ghostscript)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Pescaglia", "organ": "AREA TECNICA", "office": "SERVIZIO MANUTENZIONI E VIABILITA’", "kind": "determinazione",
  "number": 311, "sector_number": 41, "date": "2026-06-11",
  "subject": "LAVORI DI CONSOLIDAMENTO DEL MURO DI SOSTEGNO DELLA STRADA COMUNALE DI FIANO - LIQUIDAZIONE DEL PRIMO STATO DI AVANZAMENTO LAVORI ALLA DITTA EDILSERCHIO S.R.L. - CUP D87H25001230004 - CIG B8C31F0A76"}},
{"file": "determinazione-trontovalfluvione-suapweb.pdf", "role": "act",
 "what": "determinazione 'Det. n. 58/SUAP del 19/05/2026' of an Unione Montana (Dipartimento / Direzione / Servizio in a letter-spaced label grid; letter-spaced title): liquidazione to the member Comuni of SUAP fees (Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Unione Montana del Tronto e Valfluvione", "organ": "DIPARTIMENTO SERVIZI ASSOCIATI", "office": "Servizio SUAP Associato – Sportello Unico per le Attività Produttive",
  "kind": "determinazione", "number": 58, "date": "2026-05-19",
  "subject": "Liquidazione ai Comuni aderenti della quota dei diritti di istruttoria SUAP riscossi nel secondo semestre 2025."}},
{"file": "determinazione-cantagallo-wkhtml.pdf", "role": "act",
 "what": "DETERMINAZIONE N. 67 of the Comune di Cantagallo (Dipartimento / Settore / U.O.), affidamento and impegno; no date in the header: the only date of the act is in the digital-signature line at the end ('in data 21/04/2026 ore 10:42:17') (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Cantagallo", "organ": "DIPARTIMENTO TECNICO", "office": "U.O. Manutenzione Strade e Verde Pubblico",
  "proposing_office": "U.O. Manutenzione Strade e Verde Pubblico", "kind": "determinazione", "number": 67, "date": "2026-04-21",
  "subject": "Fornitura di conglomerato bituminoso a freddo per la chiusura delle buche sulla viabilità comunale delle frazioni di Luicciana, Migliana e Usella – Affidamento diretto alla ditta Bisenzio Asfalti S.n.c. – CIG B91E6D3A28 – Impegno di spesa."}},
{"file": "determinazione-radicofani-fpdf.pdf", "role": "act",
 "what": "determinazione n. 74 del 8.5.2026 of the Comune di Radicofani on proposal n. 88 del 6.5.2026; header grid with merged 'STRUTTURA' and 'REGISTRI' cells (Area / Servizio / Ufficio); liquidazione of school-transport invoices; points a)-c) (fpdf2)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Radicofani", "organ": "AREA AMMINISTRATIVA E SERVIZI ALLA PERSONA", "office": "Ufficio Scuola e Trasporti", "kind": "determinazione",
  "number": 74, "date": "2026-05-08", "proposal_number": 88, "proposal_date": "2026-05-06",
  "subject": "Servizio di trasporto scolastico a.s. 2025/2026 – liquidazione alla ditta Autolinee Val d'Orcia S.r.l. delle fatture relative ai mesi di marzo e aprile 2026 – CIG B6F2A90C13."}},
{"file": "determinazione-cinigiano-latex.pdf", "role": "act",
 "what": "determinazione dirigenziale n. 112/2026 del 05/06/2026 of the Comune di Cinigiano (Settore / Servizio / U.O.), impegno and liquidazione; running head with number and date on both pages, premises in two columns, visto contabile dated 08/06/2026 and a publication note on page 2 (pdfLaTeX)",
 "operative_points": 5,
 "act": {"municipality": "Comune di Cinigiano", "organ": "SETTORE TECNICO", "office": "U.O. Igiene Urbana e Rifiuti", "kind": "determinazione",
  "number": 112, "date": "2026-06-05",
  "subject": "Servizio di rimozione e smaltimento di rifiuti abbandonati lungo le strade vicinali di Monticello Amiata e Sasso d’Ombrone – Affidamento alla ditta Ecoamiata S.r.l. – CIG B7D05E2C91 – Impegno e liquidazione della spesa."}},
{"file": "determinazione-serrapetrona-groff.pdf", "role": "act",
 "what": "determinazione 'N. 47/2026 R.G.' / 'N. 12/2026 R.S.' of the Comune di Serrapetrona (Area / Servizio / Ufficio), liquidazione of the 2025 productivity fund; the date is printed only in words ('addì ventisei del mese di maggio'); justified groff -ms text (groff, Ghostscript)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Serrapetrona", "organ": "AREA ECONOMICO-FINANZIARIA", "office": "Ufficio Trattamento Economico", "kind": "determinazione",
  "number": 47, "sector_number": 12, "date": "2026-05-26",
  "subject": "Liquidazione del fondo per il trattamento accessorio del personale dipendente — produttività e performance individuale anno 2025."}},
{"file": "determinazione-petriolo-reportlab.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica of the Comune di Petriolo, Registro Generale n. 129 del 30/04/2026 and Registro di Settore n. 33 del 29/04/2026 (Area / Settore / Servizio, Ufficio proponente); impegno and liquidazione of a refund; letterhead and foot as Form XObjects on both pages, register box drawn last, Tw justification (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Petriolo", "organ": "AREA TECNICA", "office": "Servizio Edilizia Privata e SUE", "proposing_office": "Servizio Edilizia Privata e SUE",
  "kind": "determinazione", "number": 129, "sector_number": 33, "date": "2026-04-30",
  "subject": "Rimborso degli oneri di urbanizzazione e del contributo sul costo di costruzione versati e non dovuti per il permesso di costruire n. 14/2024 (pratica SUE 2024/031), a seguito di rinuncia del titolare – Impegno e liquidazione."}},
{"file": "determinazione-riparbella-openpdf.pdf", "role": "act",
 "what": "determinazione 'Det. n. 96 del 03/06/2026' of the Comune di Riparbella (Settore / Servizio / U.O. in a table with a merged title row), affidamento and impegno; running header and footer (Java, OpenPDF)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Riparbella", "organ": "SETTORE 1 – AFFARI GENERALI E SERVIZI ALLA PERSONA", "office": "U.O. Biblioteca e Archivio Storico", "kind": "determinazione",
  "number": 96, "date": "2026-06-03",
  "subject": "Rassegna \"Estate in Biblioteca 2026\" – Affidamento all'Associazione culturale Il Gabbiano APS dell'organizzazione di sei laboratori di lettura per ragazzi – Impegno di spesa di euro 2.400,00."}},
{"file": "attestazione-fratterosa-writer.pdf", "role": "certificate",
 "what": "certificate of publication of determinazione n. 52 del 20/05/2026 of the Area Tecnica (liquidazione), Albo register 218/2026, published 21/05-05/06/2026, certificate dated 08/06/2026 (HTML opened in LibreOffice Writer)",
 "act": {"municipality": "Comune di Fratte Rosa", "kind": "attestazione", "number": 52, "date": "2026-05-20",
  "subject": "Lavori di manutenzione straordinaria delle coperture dei loculi del cimitero del capoluogo – Liquidazione del saldo alla ditta Cesano Costruzioni S.r.l. – CIG B84D2E7F30."}},
{"file": "allegato-ortezzano-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione n. 39 del 14/05/2026: list of 12 pseudonymised liquidations of the municipal water bonus, spreadsheet printed landscape with totals row (openpyxl, LibreOffice Calc)",
 "act": {"municipality": "Comune di Ortezzano"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get("act", {})
    strs = [(f, a[f]) for f in ("municipality", "organ", "office", "proposing_office", "subject") if f in a]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
sys.exit(1 if bad else 0)
