"""Writes ../keys.json for mix-113-b and checks every keyed string against
`pdftotext -layout` of its PDF (white space collapsed; organ, office,
municipality and names compared without regard to case, subjects as printed).
Exits 1 on a miss."""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

KEYS = [
 {"file": "avviso-meldola-civilia.pdf", "role": "notice",
  "what": "Meldola avviso of the Servizio Scuola (pre/post-scuola enrolment), office only in the signature block; Civilia Word model (python-docx) exported by LibreOffice Writer",
  "act": {"municipality": "Comune di Meldola", "office": "Servizio Scuola e Politiche Giovanili",
          "kind": "avviso", "date": "2027-01-14",
          "subject": "ISCRIZIONI AL SERVIZIO DI PRE-SCUOLA E POST-SCUOLA PER IL SECONDO QUADRIMESTRE DELL'ANNO SCOLASTICO 2026/2027"}},
 {"file": "attestazione-meldola-civilia.pdf", "role": "certificate",
  "what": "Meldola certificate of publication of determinazione Reg. Gen. 12 (sector n. 3) of 11/01/2027; ReportLab canvas, heading letter-spaced with Tc, Tw justification, running foot with the number",
  "act": {"municipality": "Comune di Meldola", "kind": "attestazione", "number": 12, "sector_number": 3,
          "date": "2027-01-11",
          "subject": "LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA PALESTRA DELLA SCUOLA SECONDARIA DI PRIMO GRADO DI VIA ROMA - APPROVAZIONE PERIZIA DI VARIANTE E SUPPLETIVA - CUP D77H25000410004 - CIG B4F2A91C37"}},
 {"file": "esito-meldola-civilia.pdf", "role": "notice",
  "what": "Meldola esito di gara (avviso di appalto aggiudicato) of the Area Lavori Pubblici e Patrimonio, Area printed above the title and in the signature; pdfLaTeX (glyphs without space characters, letter-spaced title, booktabs table of offers)",
  "act": {"municipality": "Comune di Meldola", "office": "Area Lavori Pubblici e Patrimonio",
          "kind": "avviso", "date": "2027-01-19",
          "subject": "PROCEDURA NEGOZIATA SENZA BANDO PER L’AFFIDAMENTO DEL SERVIZIO DI MANUTENZIONE DEL VERDE PUBBLICO COMUNALE PER GLI ANNI 2027 E 2028 – CIG B58D3E71A2"}},
 {"file": "allegato-meldola-civilia.pdf", "role": "attachment",
  "what": "Meldola Allegato A to determinazione 15/2027: 140 admitted applications for school-book grants in two CSS columns over two pages, running head repeated by position:fixed; HTML printed by headless Chromium",
  "act": {"municipality": "Comune di Meldola"}},
 {"file": "avviso-sanmartinoinpensilis-halley.pdf", "role": "notice",
  "what": "San Martino in Pensilis avviso alla cittadinanza (new waste-collection calendar), office only in the signature block; plain troff through groff -Tps and ps2pdf",
  "act": {"municipality": "Comune di San Martino in Pensilis", "office": "Settore Tecnico",
          "kind": "avviso", "date": "2027-01-12",
          "subject": "RACCOLTA DIFFERENZIATA PORTA A PORTA: NUOVO CALENDARIO DI CONFERIMENTO DAL 1° FEBBRAIO 2027"}},
 {"file": "relata-sanmartinoinpensilis-halley.pdf", "role": "certificate",
  "what": "San Martino in Pensilis relata di notifica of ordinanza n. 2 of 07/01/2027 by the Messo Comunale: a pre-printed form of underscores filled in Courier over the blanks, subject in a frame; fpdf2",
  "act": {"municipality": "Comune di San Martino in Pensilis", "kind": "relata", "number": 2,
          "date": "2027-01-07",
          "subject": "MESSA IN SICUREZZA DEL FABBRICATO PERICOLANTE SITO IN VIA GIUSEPPE GARIBALDI N. 41 (FOGLIO 18, PARTICELLA 522) - ORDINANZA AI PROPRIETARI"}},
 {"file": "attestazione-sanmartinoinpensilis-halley.pdf", "role": "certificate",
  "what": "San Martino in Pensilis referto di pubblicazione of ordinanza sindacale n. 4 of 08/01/2027: 80-column Courier report with dotted labels and a running head, enscript and ps2pdf",
  "act": {"municipality": "Comune di San Martino in Pensilis", "kind": "attestazione", "number": 4,
          "date": "2027-01-08",
          "subject": "CHIUSURA TEMPORANEA DEL PLESSO SCOLASTICO DI VIA DEI MILLE PER INTERVENTI URGENTI DI DISINFESTAZIONE E SANIFICAZIONE DAL GIORNO 11 AL GIORNO 13 GENNAIO 2027"}},
 {"file": "avviso-pubblico-sanmartinoinpensilis-halley.pdf", "role": "act",
  "what": "San Martino in Pensilis numbered avviso pubblico n. 1/2027 (rent contributions) of the Settore Amministrativo - Servizi Sociali, heading left of the protocol; HTML through wkhtmltopdf, two pages",
  "act": {"municipality": "Comune di San Martino in Pensilis", "organ": "Settore Amministrativo",
          "office": "Servizi Sociali", "kind": "avviso", "number": 1, "date": "2027-01-15",
          "subject": "CONTRIBUTI ECONOMICI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNUALITÀ 2026"}},
 {"file": "avviso-mercato-valguarneracaropepe-sikuel.pdf", "role": "notice",
  "what": "Valguarnera Caropepe avviso of the Area Tecnica (weekly market moved), office only in the signature block; hand-written content stream: glyphs placed one at a time without spaces, letterhead a Form XObject drawn last, protocol stamp rotated up the margin",
  "act": {"municipality": "Comune di Valguarnera Caropepe", "office": "Area Tecnica",
          "kind": "avviso", "date": "2027-01-13",
          "subject": "LAVORI DI RIQUALIFICAZIONE DI PIAZZA DELLA REPUBBLICA – TRASFERIMENTO TEMPORANEO DEL MERCATO SETTIMANALE DEL GIOVEDÌ"}},
 {"file": "avviso-trasporto-valguarneracaropepe-sikuel.pdf", "role": "notice",
  "what": "Valguarnera Caropepe avviso of the Area Amministrativa (commuting students' bus passes), office only in the signature block; Word model with letterhead in the page header and a two-column section (python-docx), exported by LibreOffice Writer",
  "act": {"municipality": "Comune di Valguarnera Caropepe", "office": "Area Amministrativa",
          "kind": "avviso", "date": "2027-01-18",
          "subject": "TRASPORTO GRATUITO DEGLI STUDENTI PENDOLARI DELLE SCUOLE SECONDARIE DI SECONDO GRADO (L.R. 24/1973) – CONSEGNA DEGLI ABBONAMENTI DEL PERIODO SETTEMBRE-DICEMBRE 2026"}},
 {"file": "attestazione-determina-valguarneracaropepe-sikuel.pdf", "role": "certificate",
  "what": "Valguarnera Caropepe certificate of publication of determinazione Reg. Gen. 18 (Area Tecnica n. 3) of 12/01/2027; ReportLab, running head with the publication register's number, Tc heading, framed subject",
  "act": {"municipality": "Comune di Valguarnera Caropepe", "kind": "attestazione", "number": 18,
          "sector_number": 3, "date": "2027-01-12",
          "subject": "AFFIDAMENTO DIRETTO DEL SERVIZIO DI MANUTENZIONE ORDINARIA DEGLI IMPIANTI ANTINCENDIO E DEI PRESIDI DI SICUREZZA DEGLI EDIFICI COMUNALI PER L'ANNO 2027 AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023 – IMPEGNO DI SPESA – CIG B51C7E2A04"}},
 {"file": "attestazione-ordinanza-valguarneracaropepe-sikuel.pdf", "role": "certificate",
  "what": "Valguarnera Caropepe attestazione di pubblicazione of ordinanza sindacale n. 2 of 05/01/2027; fpdf2, label/value lines, Tw-justified text, office stamp rotated 14 degrees",
  "act": {"municipality": "Comune di Valguarnera Caropepe", "kind": "attestazione", "number": 2,
          "date": "2027-01-05",
          "subject": "CHIUSURA DELLE SCUOLE DI OGNI ORDINE E GRADO, DEGLI IMPIANTI SPORTIVI E DELLA VILLA COMUNALE PER IL GIORNO 7 GENNAIO 2027 A SEGUITO DELL'AVVISO REGIONALE DI PROTEZIONE CIVILE PER IL RISCHIO METEO-IDROGEOLOGICO E IDRAULICO"}},
]

CASELESS = ("municipality", "organ", "office", "proposing_office")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def text_of(path):
    return norm(subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                               text=True, check=True).stdout)


def strings(act):
    for k, v in act.items():
        if isinstance(v, str) and k not in ("kind", "date", "time", "proposal_date"):
            yield k, v, k in CASELESS
    for k in ("president", "secretary"):
        if k in act:
            yield k + ".name", act[k]["name"], True
    for a in act.get("attendees", []):
        yield "attendee", a["name"], True


def main():
    misses = 0
    files = sorted(f for f in os.listdir(SET) if f.endswith(".pdf"))
    keyed = sorted(k["file"] for k in KEYS)
    if files != keyed:
        print("files and keys differ:", set(files) ^ set(keyed)); misses += 1
    for k in KEYS:
        txt = text_of(os.path.join(SET, k["file"]))
        for field, val, caseless in strings(k.get("act", {})):
            a, b = norm(val), txt
            if caseless:
                a, b = a.lower(), b.lower()
            if a not in b:
                print("MISS %s %s: %r" % (k["file"], field, val)); misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
