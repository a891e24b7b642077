#!/usr/bin/env python3
"""Writes ../keys.json for set mix-135-a and checks every keyed string against
`pdftotext -layout` of its PDF (whitespace collapsed). Exits 1 on a miss.

Strings (municipality, organ, office, names, roles, titles) are compared
without regard to case, as the fixture compares them; subjects as printed.
A line that ends in a hyphen joins the next without a space ("ECONOMICO-" /
"FINANZIARIA"). Where a string is printed across the lines of a form, with the
form's labels or rules between them (the certificate's values typed over
underscores), it must be found in pieces, in order: the output says so.
Numbers, dates and times must be printed too (numbers as digits, dates as
dd/mm/yyyy).
"""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

V = "Comune di Vecchiano"
C = "Comune di Campolieto"
P = "Comune di Pagnacco"

KEYS = [
 {"file": "deliberazione-vecchiano-civilia.pdf", "role": "act",
  "what": "Giunta deliberation 148/2028, roll table with one assessore absent, justified text (Tw), running head with the number and 'Pagina x di y' foot; ReportLab platypus in a Civilia Next layout",
  "operative_points": 4,
  "act": {"municipality": V, "organ": "Giunta Comunale", "kind": "deliberazione",
          "number": 148, "date": "2028-11-21", "time": "15:30",
          "proposal_number": 162, "proposal_date": "2028-11-14",
          "proposing_office": "Area Tecnica – Servizio Lavori Pubblici",
          "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI ADEGUAMENTO SISMICO ED EFFICIENTAMENTO ENERGETICO DELLA SCUOLA PRIMARIA “GIANNI RODARI” DI MIGLIARINO – CUP F48E28000150004",
          "attendees": [
              {"name": "BALDACCI Lorenzo", "role": "Sindaco", "present": True},
              {"name": "PAOLICCHI Chiara", "role": "Vicesindaco", "present": True},
              {"name": "LENZI Federico", "role": "Assessore", "present": True},
              {"name": "BERTOLUCCI Martina", "role": "Assessore", "present": False},
              {"name": "DEL CHIARO Simone", "role": "Assessore", "present": True}],
          "president": {"role": "Sindaco", "name": "Lorenzo Baldacci"},
          "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Elena Cipriani"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "determinazione-vecchiano-civilia.pdf", "role": "act",
  "what": "determinazione, general register 612 of 22/11/2028 and sector register 87 of 20/11/2028, letter-spaced headings, running foot with the number; HTML printed by headless Chromium",
  "operative_points": 5,
  "act": {"municipality": V, "organ": "AREA AFFARI GENERALI E SERVIZI ALLA PERSONA",
          "office": "Servizio Pubblica Istruzione e Trasporto Scolastico",
          "kind": "determinazione", "number": 612, "sector_number": 87, "date": "2028-11-22",
          "subject": "AFFIDAMENTO DIRETTO DEL SERVIZIO DI TRASPORTO PER LE USCITE DIDATTICHE DELLE SCUOLE DELL’INFANZIA E PRIMARIE DEL TERRITORIO – PERIODO DICEMBRE 2028 / GIUGNO 2029 – DITTA AUTOSERVIZI DEL FRATE S.R.L. – IMPEGNO DI SPESA – CIG B4E7A19C2F"}},
 {"file": "ordinanza-vecchiano-civilia.pdf", "role": "act",
  "what": "ordinanza sindacale contingibile e urgente 74/2028 (schools closed for an orange weather alert), number in the page header; python-docx model exported by LibreOffice",
  "operative_points": 3,
  "act": {"municipality": V, "organ": "Sindaco", "kind": "ordinanza",
          "number": 74, "date": "2028-11-23",
          "subject": "CHIUSURA DELLE SCUOLE DI OGNI ORDINE E GRADO, DEI PARCHI PUBBLICI E DEI CIMITERI COMUNALI NELLA GIORNATA DI VENERDÌ 24 NOVEMBRE 2028 PER ALLERTA METEO CODICE ARANCIONE"}},
 {"file": "certificato-vecchiano-civilia.pdf", "role": "certificate",
  "what": "certificate of publication of Giunta deliberation 148/2028 (Reg. Pubbl. 1893, 24/11-09/12/2028): a printed form whose values are typed over lines of underscores; fpdf2",
  "act": {"municipality": V, "kind": "attestazione", "number": 148, "date": "2028-11-21",
          "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI ADEGUAMENTO SISMICO ED EFFICIENTAMENTO ENERGETICO DELLA SCUOLA PRIMARIA “GIANNI RODARI” DI MIGLIARINO – CUP F48E28000150004"}},
 {"file": "deliberazione-campolieto-halley.pdf", "role": "act",
  "what": "Consiglio deliberation 31/2028 (budget variation) voted 7-2, roll of 11 in two columns, small-caps lead words, running foot with the number; pdfLaTeX in a Halley layout",
  "operative_points": 3,
  "act": {"municipality": C, "organ": "Consiglio Comunale", "kind": "deliberazione",
          "number": 31, "date": "2028-11-24", "time": "18:30",
          "subject": "VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2028/2030 AI SENSI DELL’ART. 175, COMMA 2, DEL D.LGS. N. 267/2000 – APPROVAZIONE.",
          "attendees": [
              {"name": "DI IORIO NICOLA", "role": "SINDACO", "present": True},
              {"name": "PETRELLA ANTONIO", "role": "CONSIGLIERE", "present": True},
              {"name": "DI RENZO MARIA GRAZIA", "role": "CONSIGLIERE", "present": True},
              {"name": "COLAVITA MICHELE", "role": "CONSIGLIERE", "present": True},
              {"name": "MASCIOTTA GIOVANNI", "role": "CONSIGLIERE", "present": True},
              {"name": "FRATANGELO LUIGI", "role": "CONSIGLIERE", "present": True},
              {"name": "ZAMPINI ROSA", "role": "CONSIGLIERE", "present": False},
              {"name": "IACOVONE DOMENICO", "role": "CONSIGLIERE", "present": True},
              {"name": "CIAMPITTI CARMELA", "role": "CONSIGLIERE", "present": True},
              {"name": "DI PAOLO ENZO", "role": "CONSIGLIERE", "present": True},
              {"name": "LEMBO ANGELA", "role": "CONSIGLIERE", "present": False}],
          "president": {"title": "Sig.", "role": "Sindaco", "name": "DI IORIO Nicola"},
          "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Raffaele Perrella"},
          "vote": "majority",
          "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
          "immediately_executive": True}},
 {"file": "determinazione-campolieto-halley.pdf", "role": "act",
  "what": "determinazione R.G. 214 of 22/11/2028 (Registro del Servizio 58 of 21/11/2028): an 80-column Courier report printed by enscript with a running head, through ps2pdf",
  "operative_points": 4,
  "act": {"municipality": C, "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Manutenzioni",
          "kind": "determinazione", "number": 214, "sector_number": 58, "date": "2028-11-22",
          "subject": "LAVORI DI MANUTENZIONE STRAORDINARIA DELLA STRADA COMUNALE \"VALLONE DELLA TERRA\" - APPROVAZIONE DELLO STATO FINALE E DEL CERTIFICATO DI REGOLARE ESECUZIONE - LIQUIDAZIONE DEL SALDO ALLA DITTA EDIL MOLISE COSTRUZIONI S.R.L. - CUP H87H27000340002 - CIG B2F19A6D31"}},
 {"file": "avviso-campolieto-halley.pdf", "role": "notice",
  "what": "unnumbered avviso pubblico for household utility grants, protocol 4127 of 20/11/2028, letter-spaced title; HTML through wkhtmltopdf",
  "act": {"municipality": C, "office": "Area Amministrativa", "kind": "avviso", "date": "2028-11-20",
          "subject": "AVVISO PUBBLICO PER LA CONCESSIONE DI CONTRIBUTI ECONOMICI A SOSTEGNO DEI NUCLEI FAMILIARI PER IL PAGAMENTO DELLE UTENZE DOMESTICHE – ANNO 2028"}},
 {"file": "convocazione-campolieto-halley.pdf", "role": "notice",
  "what": "the Sindaco's convocation (prot. 4198 of 23/11/2028) of the Consiglio for 30/11/2028 with a five-item agenda; plain troff through groff -Tps and ps2pdf",
  "act": {"municipality": C, "kind": "convocazione", "date": "2028-11-23",
          "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE IN SESSIONE STRAORDINARIA — SEDUTA DEL 30 NOVEMBRE 2028."}},
 {"file": "deliberazione-pagnacco-insiel.pdf", "role": "act",
  "what": "Giunta deliberation 112/2028 in an Insiel layout: hand-written content streams (pikepdf), every glyph placed alone without spaces, letterhead/foot/stamp as Form XObjects, page 1 drawn out of reading order, a stamp turned 90 degrees up the margin",
  "operative_points": 4,
  "act": {"municipality": P, "organ": "Giunta Comunale", "kind": "deliberazione",
          "number": 112, "date": "2028-11-22", "time": "18:00",
          "proposal_number": 128, "proposal_date": "2028-11-15",
          "proposing_office": "Area Amministrativa – Ufficio Cultura, Sport e Associazionismo",
          "subject": "CONCESSIONE DI CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI SPORTIVE, CULTURALI E DI VOLONTARIATO DEL TERRITORIO PER L’ANNO 2028. APPROVAZIONE DEI CRITERI E DEL PIANO DI RIPARTO.",
          "attendees": [
              {"name": "ZANIN Marco", "role": "Sindaco", "present": True},
              {"name": "TOSOLINI Paola", "role": "Vice Sindaco", "present": True},
              {"name": "CESCUTTI Alessandro", "role": "Assessore", "present": True},
              {"name": "DEL FABBRO Francesca", "role": "Assessore", "present": False},
              {"name": "PIVIDORI Daniele", "role": "Assessore", "present": True}],
          "president": {"title": "dott.", "role": "Sindaco", "name": "Marco Zanin"},
          "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Giovanna Morassi"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "determinazione-pagnacco-insiel.pdf", "role": "act",
  "what": "determinazione 487 of 21/11/2028 (proposta 512 of 17/11/2028): every justified line with its own Tw and Tc, DETERMINA letter-spaced by Tc, letterhead as a Form XObject drawn after the body, running head from page 2; ReportLab canvas",
  "operative_points": 5,
  "act": {"municipality": P, "organ": "AREA TECNICA", "office": "Ufficio Manutenzioni e Patrimonio",
          "kind": "determinazione", "number": 487, "date": "2028-11-21",
          "proposal_number": 512, "proposal_date": "2028-11-17",
          "subject": "FORNITURA DI SALE ANTIGELO E GRANIGLIA PER IL SERVIZIO DI SGOMBERO NEVE E TRATTAMENTO ANTIGHIACCIO DELLE STRADE COMUNALI – STAGIONE INVERNALE 2028/2029. AFFIDAMENTO DIRETTO ALLA DITTA FRIULSALT S.R.L. E IMPEGNO DI SPESA. CIG B5C21D07A4."}},
 {"file": "decreto-pagnacco-insiel.pdf", "role": "act",
  "what": "decreto del Sindaco 14/2028 appointing the head of the finance Area, number in the page header, letter-spaced title; flat ODT exported by LibreOffice",
  "operative_points": 4,
  "act": {"municipality": P, "organ": "Sindaco", "kind": "decreto", "number": 14, "date": "2028-11-20",
          "subject": "NOMINA DEL RESPONSABILE DELL’AREA ECONOMICO-FINANZIARIA E CONFERIMENTO DELL’INCARICO DI ELEVATA QUALIFICAZIONE PER IL PERIODO 01/12/2028 – 31/12/2029."}},
 {"file": "ordinanza-pagnacco-insiel.pdf", "role": "act",
  "what": "traffic ordinanza 38/2028 of the Area Vigilanza, number/date/protocol in a grid, running head repeated by a table header; HTML printed by headless Chromium",
  "operative_points": 4,
  "act": {"municipality": P, "organ": "AREA VIGILANZA", "office": "Servizio di Polizia Locale",
          "kind": "ordinanza", "number": 38, "date": "2028-11-21",
          "subject": "DISCIPLINA TEMPORANEA DELLA CIRCOLAZIONE STRADALE IN VIA FONTANABONA PER LAVORI DI POSA DELLA RETE IN FIBRA OTTICA, DAL 27/11/2028 AL 07/12/2028."}},
]


def norm(s):
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"(\w)- (\w)", r"\1-\2", s)   # hyphen at a line end
    return s


def found_in_pieces(key, text):
    """Greedy: the longest prefix of what is left, found after the last piece."""
    words = key.split(" ")
    pos, i, pieces = 0, 0, 0
    while i < len(words):
        best = None
        for j in range(len(words), i, -1):
            k = text.find(" ".join(words[i:j]), pos)
            if k >= 0:
                best = (j, k + len(" ".join(words[i:j])))
                break
        if best is None:
            return 0
        i, pos = best
        pieces += 1
    return pieces


def main():
    misses, notes = 0, []
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        raw = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                             text=True, check=True).stdout
        text = norm(raw)
        low = text.lower()
        a = k.get("act", {})
        checks = []
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                checks.append((f, a[f], False))
        if "subject" in a:
            checks.append(("subject", a["subject"], True))
        for i, at in enumerate(a.get("attendees", [])):
            checks.append(("attendee %d name" % i, at["name"], False))
            checks.append(("attendee %d role" % i, at["role"], False))
        for who in ("president", "secretary"):
            for f, v in a.get(who, {}).items():
                checks.append(("%s.%s" % (who, f), v, False))
        for label, val, exact in checks:
            v = norm(val)
            hay, needle = (text, v) if exact else (low, v.lower())
            if needle in hay:
                continue
            n = found_in_pieces(needle, hay)
            if n:
                notes.append("%s: %s found in %d pieces" % (k["file"], label, n))
                continue
            misses += 1
            print("MISS %s: %s = %r" % (k["file"], label, val))
        for f in ("number", "sector_number", "proposal_number"):
            if f in a and not re.search(r"(?<!\d)%d(?!\d)" % a[f], text):
                misses += 1
                print("MISS %s: %s = %r" % (k["file"], f, a[f]))
        for f in ("date", "proposal_date"):
            if f in a:
                y, m, d = a[f].split("-")
                if "%s/%s/%s" % (d, m, y) not in text:
                    misses += 1
                    print("MISS %s: %s = %r" % (k["file"], f, a[f]))
        if "time" in a and a["time"] not in text:
            misses += 1
            print("MISS %s: time = %r" % (k["file"], a["time"]))
    for n in notes:
        print("note:", n)
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
