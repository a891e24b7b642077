#!/usr/bin/env python3
"""Writes ../keys.json and checks that every keyed string is printed in its
PDF: subjects as printed (whitespace collapsed), municipality / organ /
office without regard to case or apostrophe shape, numbers as whole numbers,
dates as dd/mm/yyyy or in words. Exits 1 on a miss."""
import json, os, re, subprocess, sys

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

KEYS = [
 {"file": "determinazione-leini-civilianext.pdf", "role": "act",
  "what": "determinazione of the Settore Lavori Pubblici e Patrimonio under a ruled grid SETTORE / SERVIZIO / UFFICIO, register box with general, sector and proposal numbers, running foot with the number; ReportLab platypus, justified with Tw",
  "operative_points": 5,
  "act": {"municipality": "Comune di Leinì", "organ": "Settore Lavori Pubblici e Patrimonio",
          "office": "Servizio Manutenzioni, Verde e Arredo Urbano", "kind": "determinazione",
          "number": 412, "sector_number": 87, "date": "2027-07-14",
          "proposal_number": 455, "proposal_date": "2027-07-09",
          "subject": "SERVIZIO DI SFALCIO DELLE AREE VERDI COMUNALI E DELLE BANCHINE STRADALI – STAGIONE ESTIVA 2027. AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 ALLA DITTA VERDE CANAVESE S.R.L. E IMPEGNO DI SPESA. CIG B9C41F27A3."}},
 {"file": "determinazione-leini-civilianext-tributi.pdf", "role": "act",
  "what": "determinazione of the Settore Servizi Finanziari (Servizio Tributi, Ufficio TARI) in the same grid, re-typed in LaTeX: pdfTeX places words without space characters; running head and foot with the number",
  "operative_points": 4,
  "act": {"municipality": "Comune di Leinì", "organ": "Settore Servizi Finanziari", "office": "Servizio Tributi",
          "kind": "determinazione", "number": 398, "sector_number": 41, "date": "2027-07-08",
          "proposal_number": 430, "proposal_date": "2027-07-06",
          "subject": "RIMBORSO DI SOMME VERSATE E NON DOVUTE A TITOLO DI TASSA SUI RIFIUTI (TARI) PER GLI ANNI 2025 E 2026. APPROVAZIONE DELL’ELENCO DEI BENEFICIARI E LIQUIDAZIONE."}},
 {"file": "avviso-leini-civilianext.pdf", "role": "notice",
  "what": "unnumbered avviso pubblico (summer-camp contributions), letterhead in the page header, letter-spaced title, the office only in the signature block; .docx by python-docx exported by LibreOffice Writer",
  "act": {"municipality": "Comune di Leinì", "office": "Servizio Istruzione, Cultura e Sport", "kind": "avviso",
          "date": "2027-07-09",
          "subject": "CONTRIBUTI ALLE FAMIGLIE PER LA FREQUENZA DEI CENTRI ESTIVI 2027 – RIAPERTURA DEI TERMINI"}},
 {"file": "ordinanza-leini-civilianext.pdf", "role": "act",
  "what": "ordinanza of the Comandante della Polizia Locale on the Comando's pre-printed form, number, date and facts filled in Courier over underscores that stay in the text layer; fpdf2",
  "operative_points": 4,
  "act": {"municipality": "Comune di Leinì", "organ": "Comandante della Polizia Locale", "kind": "ordinanza",
          "number": 64, "date": "2027-07-16",
          "subject": "Provvedimento temporaneo di disciplina della circolazione stradale per l'esecuzione di lavori sulla sede stradale."}},
 {"file": "determinazione-santamariaavico-hypersic.pdf", "role": "act",
  "what": "determinazione of the Area Tecnica, Area and Servizio in the letterhead's right column, letter-spaced title, general and Area registers, running foot in @page margin boxes; headless Chromium",
  "operative_points": 5,
  "act": {"municipality": "Comune di Santa Maria a Vico", "organ": "Area Tecnica",
          "office": "Servizio Lavori Pubblici e Manutenzione", "kind": "determinazione",
          "number": 287, "sector_number": 96, "date": "2027-07-21",
          "subject": "LAVORI DI MESSA IN SICUREZZA E ADEGUAMENTO SISMICO DELLA SCUOLA PRIMARIA “G. RODARI” DI VIA SAN NICOLA – CUP J87H25000310001 – CIG B6F2A91C47. APPROVAZIONE DEL 2° STATO DI AVANZAMENTO LAVORI E LIQUIDAZIONE DEL CERTIFICATO DI PAGAMENTO N. 2."}},
 {"file": "ordinanza-santamariaavico-hypersic.pdf", "role": "act",
  "what": "ordinanza of the Comandante della Polizia Locale for a summer festival, the Comando in the letterhead's right column, the closed streets in a two-column roll inside point 1; wkhtmltopdf",
  "operative_points": 5,
  "act": {"municipality": "Comune di Santa Maria a Vico", "organ": "Comandante della Polizia Locale",
          "kind": "ordinanza", "number": 41, "date": "2027-07-23",
          "subject": "Disciplina temporanea della circolazione e della sosta veicolare in occasione della manifestazione “Vicana Summer Fest 2027” nei giorni 30 e 31 luglio e 1° agosto 2027."}},
 {"file": "avviso-santamariaavico-hypersic.pdf", "role": "notice",
  "what": "unnumbered avviso (school-bus enrolment), contacts in the letterhead's right column, the office only in the signature block; plain troff through groff -Tps and ps2pdf, justified by word positions",
  "act": {"municipality": "Comune di Santa Maria a Vico", "office": "Servizio Pubblica Istruzione", "kind": "avviso",
          "date": "2027-07-12",
          "subject": "SERVIZIO DI TRASPORTO SCOLASTICO A.S. 2027/2028 – APERTURA DELLE ISCRIZIONI"}},
 {"file": "determinazione-santamariaavico-hypersic-tributi.pdf", "role": "act",
  "what": "determinazione del Responsabile del Servizio (a Servizio with no Area above it), the Servizio in the right column and the signature block, title letter-spaced with Tc; fpdf2 with embedded Liberation fonts",
  "operative_points": 5,
  "act": {"municipality": "Comune di Santa Maria a Vico", "organ": "Responsabile del Servizio",
          "office": "Servizio Finanziario e Tributi", "kind": "determinazione",
          "number": 302, "sector_number": 38, "date": "2027-07-27",
          "subject": "APPROVAZIONE DEL RUOLO ORDINARIO DELLA TASSA SUI RIFIUTI (TARI) PER L'ANNO 2027 E AFFIDAMENTO DEL SERVIZIO DI STAMPA, IMBUSTAMENTO E POSTALIZZAZIONE DEGLI AVVISI DI PAGAMENTO – CIG B8E2D7710C."}},
 {"file": "determinazione-montelupofiorentino-sicraweb.pdf", "role": "act",
  "what": "determinazione with the line \"Area Servizi alla Persona – Servizio …\" under the name; every glyph placed alone with no spaces, letterhead / signature / stamp as Form XObjects drawn after the body, rotated publication stamp up the margin, running head; ReportLab canvas",
  "operative_points": 4,
  "act": {"municipality": "Comune di Montelupo Fiorentino", "organ": "Area Servizi alla Persona",
          "office": "Servizio Scuola, Sport e Politiche Giovanili", "kind": "determinazione",
          "number": 533, "sector_number": 112, "date": "2027-07-22",
          "proposal_number": 1287, "proposal_date": "2027-07-20",
          "subject": "SERVIZIO DI REFEZIONE SCOLASTICA PER LE SCUOLE DELL'INFANZIA, PRIMARIE E SECONDARIA DI PRIMO GRADO – PROROGA TECNICA DEL CONTRATTO CON LA DITTA RISTORAZIONE TOSCANA SOC. COOP. PER IL PERIODO 01/09/2027 – 31/12/2027 E IMPEGNO DI SPESA – CIG B7D3E55A18."}},
 {"file": "determinazione-montelupofiorentino-sicraweb-liquidazione.pdf", "role": "act",
  "what": "determinazione di liquidazione as an 80-column Courier report (\"Area Tecnica - Servizio Ambiente …\" under the name, ASCII-boxed invoice table, space-padded justification), enscript running head with the number; enscript and ps2pdf",
  "operative_points": 3,
  "act": {"municipality": "Comune di Montelupo Fiorentino", "organ": "Area Tecnica",
          "office": "Servizio Ambiente e Protezione Civile", "kind": "determinazione",
          "number": 548, "sector_number": 61, "date": "2027-07-27",
          "subject": "LIQUIDAZIONE DELLE FATTURE RELATIVE AL SERVIZIO DI LOTTA ALLE ZANZARE E DI DISINFESTAZIONE DELLE CADITOIE STRADALI - MESI DI MAGGIO E GIUGNO 2027 - DITTA ECOSERVIZI VALDARNO S.R.L. - CIG B5A90C3E71."}},
 {"file": "avviso-montelupofiorentino-sicraweb.pdf", "role": "notice",
  "what": "unnumbered avviso alla cittadinanza (door-to-door waste collection), \"Area Tecnica – Servizio …\" under the name, letter-spaced title, streets in a CSS two-column roll; headless Chromium",
  "act": {"municipality": "Comune di Montelupo Fiorentino", "organ": "Area Tecnica",
          "office": "Servizio Ambiente e Protezione Civile", "kind": "avviso", "date": "2027-07-19",
          "subject": "ESTENSIONE DELLA RACCOLTA DEI RIFIUTI PORTA A PORTA ALLE FRAZIONI DI SAMMINIATELLO E FIBBIANA DAL 1° SETTEMBRE 2027"}},
 {"file": "ordinanza-montelupofiorentino-sicraweb.pdf", "role": "act",
  "what": "ordinanza dirigenziale of the Area Tecnica (road closure for works), \"Area Tecnica – Servizio …\" under the name; hand-written content streams assembled with pikepdf: body justified with Tw, subject with Tc, headings letter-spaced, running head and foot with the number",
  "operative_points": 4,
  "act": {"municipality": "Comune di Montelupo Fiorentino", "organ": "Area Tecnica",
          "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "ordinanza",
          "number": 97, "sector_number": 23, "date": "2027-07-26",
          "subject": "Chiusura temporanea al transito veicolare di Via Giro delle Mura, nel tratto compreso tra Piazza Centi e Via Caverni, per lavori di rifacimento della pavimentazione in pietra, dal 2 al 27 agosto 2027."}},
]

MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre"]

def collapse(s):
    return re.sub(r"\s+", " ", s).strip()

def fold(s):
    return collapse(s).replace("’", "'").replace("‘", "'").lower()

def text_of(pdf):
    return subprocess.run(["pdftotext", "-layout", os.path.join(SET, pdf), "-"],
                          capture_output=True, text=True, check=True).stdout

def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"]); misses += 1; continue
        raw = text_of(k["file"])
        t, tf = collapse(raw), fold(raw)
        a = k["act"]
        def miss(field, val):
            nonlocal misses
            misses += 1
            print("MISS %s %s: %r" % (k["file"], field, val))
        if "subject" in a and collapse(a["subject"]) not in t:
            miss("subject", a["subject"])
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a and fold(a[f]) not in tf:
                miss(f, a[f])
        for f in ("number", "sector_number", "proposal_number"):
            if f in a and not re.search(r"(?<![\d.,/])%d(?![\d,/])" % a[f], t):
                miss(f, a[f])
        for f in ("date", "proposal_date"):
            if f in a:
                y, m, d = a[f].split("-")
                forms = ["%s/%s/%s" % (d, m, y), "%d %s %s" % (int(d), MESI[int(m) - 1], y)]
                if not any(x in t for x in forms):
                    miss(f, a[f])
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)

if __name__ == "__main__":
    main()
