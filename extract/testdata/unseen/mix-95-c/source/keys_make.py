# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "bando-lettomanoppello-writer.pdf", "role": "act", "what": "numbered BANDO DI CONCORSO PUBBLICO N. 1/2026 (Agente di Polizia Locale), prot. 1874 del 9.3.2026; requirements in a bordered table; HTML opened as a Writer document (LibreOffice)",
 "act": {"municipality": "Comune di Lettomanoppello", "organ": "Area Amministrativa", "office": "Servizio Personale", "kind": "bando", "number": 1, "date": "2026-03-09",
  "subject": "per soli esami per la copertura di n. 1 posto di Istruttore di Vigilanza – Agente di Polizia Locale – Area degli Istruttori – a tempo pieno e indeterminato"}},
{"file": "graduatoria-montemitro-calc.pdf", "role": "notice", "what": "stand-alone GRADUATORIA DEFINITIVA of the transport vouchers 2026 (approved by determinazione 22 of 16.3.2026), merged header cells (Punteggio over ISEE/Nucleo/Totale), file name as running head; openpyxl + LibreOffice Calc, landscape",
 "act": {"municipality": "Comune di Montemitro", "office": "Servizio Affari Generali e Sociali", "kind": "avviso", "date": "2026-03-17",
  "subject": "GRADUATORIA DEFINITIVA PER L'ASSEGNAZIONE DEI BUONI SERVIZIO PER IL TRASPORTO SOCIALE – ANNO 2026"}},
{"file": "esito-sefro-wkhtml.pdf", "role": "notice", "what": "ESITO DI GARA (school energy works), grey-label table and table of offers with merged header cells, award by determinazione R.G. n. 41 del 3.3.2026; wkhtmltopdf",
 "act": {"municipality": "Comune di Sefro", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici", "kind": "avviso", "date": "2026-03-10",
  "subject": "Lavori di efficientamento energetico della scuola dell'infanzia \"Don Lorenzo Milani\" – CUP F24D25000310006 – CIG B91E3C07D2"}},
{"file": "asta-gessopalena-latex.pdf", "role": "act", "what": "numbered AVVISO D'ASTA PUBBLICA N. 2/2026 for the sale of a wood lot, auction 14/04/2026 10:00; letter-spaced heading (microtype \\lsstyle), fancyhdr running head with Area/Servizio; pdfLaTeX",
 "act": {"municipality": "Comune di Gessopalena", "organ": "Area Tecnica", "office": "Servizio Patrimonio", "kind": "avviso", "number": 2, "date": "2026-03-12",
  "subject": "PER LA VENDITA DEL LOTTO BOSCHIVO «COLLE DELLA CROCE» IN LOCALITÀ TORRICELLA – STAGIONE SILVANA 2026/2027"}},
{"file": "avviso-belmontepiceno-tw.pdf", "role": "notice", "what": "unnumbered AVVISO of the Ufficio Tributi on the IMU 2026 instalment (16 June 2026); each justified line sets Tw, headings letter-spaced with Tc (reportlab, raw operators)",
 "act": {"municipality": "Comune di Belmonte Piceno", "organ": "AREA ECONOMICO-FINANZIARIA", "office": "UFFICIO TRIBUTI", "kind": "avviso", "date": "2026-04-20",
  "subject": "IMPOSTA MUNICIPALE PROPRIA (IMU) ANNO 2026 - VERSAMENTO DELL'ACCONTO ENTRO IL 16 GIUGNO 2026"}},
{"file": "manifesto-abbateggio-glyphs.pdf", "role": "notice", "what": "IL SINDACO RENDE NOTO: traffic and safety rules for the patronal feast of 9-10 May 2026; every glyph its own text object, justified by moving glyphs; Albo stamp rotated 90° in the left margin, drawn first",
 "act": {"municipality": "Comune di Abbateggio", "organ": "Sindaco", "kind": "avviso", "date": "2026-04-22",
  "subject": "SVOLGIMENTO DELLA FESTA PATRONALE E DELLA SAGRA DELLA FARCHIA - DISPOSIZIONI PER LA CIRCOLAZIONE E PER LA SICUREZZA DEL 9 E 10 MAGGIO 2026"}},
{"file": "deposito-cercepiccola-enscript.pdf", "role": "notice", "what": "AVVISO DI DEPOSITO DI ATTO NELLA CASA COMUNALE of the Messo comunale, Reg. Pubbl. N. 47/2026 R.G. of 17.3.2026; 80-column Courier text with dotted leaders (enscript + Ghostscript)",
 "act": {"municipality": "Comune di Cercepiccola", "office": "UFFICIO MESSO COMUNALE", "kind": "avviso", "number": 47, "date": "2026-03-17",
  "subject": "AVVISO DI DEPOSITO DI ATTO NELLA CASA COMUNALE"}},
{"file": "avviso-mergo-chromium.pdf", "role": "act", "what": "numbered AVVISO PUBBLICO N. 4/2026 on school-transport grants, prot. 1188 del 24.3.2026; Settore/Ufficio in the right half of a flex letterhead; HTML ordered list; Chromium",
 "act": {"municipality": "Comune di Mergo", "organ": "Settore Servizi alla Persona", "office": "Ufficio Servizi Sociali e Scolastici", "kind": "avviso", "number": 4, "date": "2026-03-24",
  "subject": "CONCESSIONE DI CONTRIBUTI PER LE SPESE DI TRASPORTO SCOLASTICO DEGLI STUDENTI PENDOLARI – ANNO SCOLASTICO 2025/2026"}},
{"file": "avviso-ortonadeimarsi-word.pdf", "role": "notice", "what": "unnumbered AVVISO PUBBLICO (prot. 0962 del 26/03/2026) on grazing concessions 2026; letterhead with Area/Servizio in the Word header, address in the footer (python-docx -> LibreOffice)",
 "act": {"municipality": "Comune di Ortona dei Marsi", "organ": "Area Tecnico-Manutentiva", "office": "Servizio Ambiente e Territorio", "kind": "avviso", "date": "2026-03-26",
  "subject": "RACCOLTA DI MANIFESTAZIONI DI INTERESSE PER LA CONCESSIONE IN FIDA DEI PASCOLI COMUNALI DI MONTE TRANQUILLO E VALLE DEL GIOVENCO – STAGIONE DI MONTICAZIONE 2026"}},
{"file": "avviso-macchiavalfortore-groff.pdf", "role": "notice", "what": "unnumbered A V V I S O on civic volunteering 2026, body set in two columns (groff -ms .2C, gropdf), date only at the end",
 "act": {"municipality": "Comune di Macchia Valfortore", "office": "Ufficio Servizi Demografici ed Elettorali", "kind": "avviso", "date": "2026-03-18",
  "subject": "ISTITUZIONE DEL SERVIZIO DI CIVICO VOLONTARIATO PER LA CURA DEL VERDE E DEI BENI COMUNI – ANNO 2026"}},
{"file": "avviso-fagnanoalto-formxobj.pdf", "role": "act", "what": "numbered AVVISO N. 2/2026 DEL 05/03/2026, manifestation of interest for school transport; letterhead and foot are Form XObjects on both pages, drawn after (p.1) the body; signature drawn first on p.2 (reportlab)",
 "act": {"municipality": "Comune di Fagnano Alto", "organ": "Area Amministrativa", "office": "Servizi Sociali e Scolastici", "kind": "avviso", "number": 2, "date": "2026-03-05",
  "subject": "MANIFESTAZIONE DI INTERESSE PER L'AFFIDAMENTO DEL SERVIZIO DI TRASPORTO SCOLASTICO E DI ACCOMPAGNAMENTO DEGLI ALUNNI DELLE FRAZIONI - PERIODO SETTEMBRE 2026 - GIUGNO 2029"}},
{"file": "avviso-montecalvoinfoglia-fpdf.pdf", "role": "notice", "what": "unnumbered AVVISO of the publication of the provisional nursery ranking 2026/2027 (determinazione 58 of 1 April 2026); fpdf2 with an embedded TrueType (Type0/CID) font, running head and foot",
 "act": {"municipality": "Comune di Montecalvo in Foglia", "organ": "Settore 1 Affari Generali", "office": "Servizi Educativi", "kind": "avviso", "date": "2026-04-02",
  "subject": "PUBBLICAZIONE DELLA GRADUATORIA PROVVISORIA DI AMMISSIONE AL NIDO D'INFANZIA COMUNALE «IL GIROTONDO» – ANNO EDUCATIVO 2026/2027"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get("act", {})
    strs = []
    for f in ("municipality", "organ", "office", "subject"):
        if f in a: strs.append((f, a[f]))
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    print(k["file"], "MISSING:" if miss else "ok", miss)
