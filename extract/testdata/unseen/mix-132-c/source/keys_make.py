#!/usr/bin/env python3
"""Writes ../keys.json for set mix-132-c and checks every keyed string
against `pdftotext -layout` of its PDF (white space collapsed): subjects
case-sensitively, municipality / organ / office without regard to case
(letterheads print them in capitals). Dates and numbers are checked too, in
the forms the documents print them. Exits 1 on a miss."""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

BI, FO, PE = "Comune di Bientina", "Comune di Fornelli", "Comune di Peschiera del Garda"

KEYS = [
    {"file": "avviso-bientina-civilia.pdf", "role": "notice",
     "what": "avviso pubblico of the Area Servizi alla Persona (Pacchetto Scuola 2028/2029), prot. 11873 of "
             "07/08/2028; HTML printed by headless Chromium",
     "act": {"municipality": BI, "office": "Area Servizi alla Persona", "kind": "avviso", "date": "2028-08-07",
             "subject": "Contributi per il diritto allo studio – “Pacchetto Scuola” anno scolastico 2028/2029. "
                        "Apertura dei termini per la presentazione delle domande."}},
    {"file": "bando-bientina-civilia.pdf", "role": "act",
     "what": "numbered bando n. 3/2028 for market stalls, Area band with the Servizio under it; ReportLab "
             "platypus, justified with Tw, letter-spaced title with Tc, running foot with the number",
     "act": {"municipality": BI, "organ": "Area Assetto del Territorio e Attività Produttive",
             "office": "Servizio SUAP e Commercio", "kind": "bando", "number": 3, "date": "2028-08-10",
             "subject": "Assegnazione in concessione dodecennale dei posteggi liberi nel mercato settimanale "
                        "del sabato in Piazza Vittorio Emanuele II e Via Roma."}},
    {"file": "esito-bientina-civilia.pdf", "role": "notice",
     "what": "avviso di appalto aggiudicato (esito) of the Area Lavori Pubblici e Patrimonio, prot. 12410 of "
             "21/08/2028; ReportLab canvas, every glyph placed alone by its own text matrix, no spaces",
     "act": {"municipality": BI, "office": "Area Lavori Pubblici e Patrimonio", "kind": "avviso",
             "date": "2028-08-21",
             "subject": "Procedura negoziata per l'affidamento dei lavori di miglioramento sismico della Scuola "
                        "primaria “Giosuè Carducci” – CUP H43H27000120004 – CIG B5C2E81F07. Esito."}},
    {"file": "convocazione-bientina-civilia.pdf", "role": "notice",
     "what": "convocation of the Consiglio Comunale by its Presidente, prot. 12655 of 24/08/2028, two pages "
             "with running head (protocol) and foot (pag. x di 2); headless Chromium",
     "act": {"municipality": BI, "kind": "convocazione", "date": "2028-08-24",
             "subject": "Convocazione del Consiglio Comunale in seduta ordinaria – giovedì 31 agosto 2028, "
                        "ore 21:00."}},
    {"file": "avviso-fornelli-halley.pdf", "role": "notice",
     "what": "the Sindaco's avviso on school transport, no protocol; 80-column Courier text by enscript and "
             "Ghostscript",
     "act": {"municipality": FO, "office": "Sindaco", "kind": "avviso", "date": "2028-08-03",
             "subject": "Servizio di trasporto scolastico - anno scolastico 2028/2029. Apertura delle "
                        "iscrizioni."}},
    {"file": "graduatoria-fornelli-halley.pdf", "role": "notice",
     "what": "avviso publishing the final ranking of rent subsidies, Servizio Amministrativo, prot. 2874 of "
             "17/08/2028; plain troff in Courier, justified, running foot with the protocol, groff -Tps and "
             "ps2pdf",
     "act": {"municipality": FO, "office": "Servizio Amministrativo", "kind": "avviso", "date": "2028-08-17",
             "subject": "Contributo per il sostegno all’accesso alle abitazioni in locazione - anno 2028. "
                        "Pubblicazione della graduatoria definitiva dei beneficiari."}},
    {"file": "convocazione-fornelli-halley.pdf", "role": "notice",
     "what": "the Sindaco's convocation of the Consiglio on the package's pre-set form, values typed over "
             "blanks of underscores (prot. 2951 of 21/08/2028); fpdf2 core Courier",
     "act": {"municipality": FO, "kind": "convocazione", "date": "2028-08-21",
             "subject": "AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE"}},
    {"file": "mobilita-fornelli-halley.pdf", "role": "act",
     "what": "numbered avviso pubblico n. 2/2028 (mobilità esterna) of the Segretario Comunale, prot. 2733 "
             "of 09/08/2028; 80-column text printed by a2ps (running title and foot) and Ghostscript",
     "act": {"municipality": FO, "organ": "Segretario Comunale", "kind": "avviso", "number": 2,
             "date": "2028-08-09",
             "subject": "Mobilità volontaria esterna ai sensi dell’art. 30 del D.Lgs. n. 165/2001 per la "
                        "copertura di n. 1 posto di Istruttore amministrativo\u2212contabile, Area degli "
                        "Istruttori, a tempo indeterminato e parziale (18 ore settimanali)."}},
    {"file": "avviso-peschieradelgarda-sicraweb.pdf", "role": "notice",
     "what": "avviso pubblico of the Servizio Sport e Tempo Libero (gyms 2028/2029), protocol 0024518/2028 "
             "of 04/08/2028; .docx by python-docx, header table and page fields, exported by LibreOffice",
     "act": {"municipality": PE, "office": "Servizio Sport e Tempo Libero", "kind": "avviso",
             "date": "2028-08-04",
             "subject": "Avviso pubblico per l'assegnazione in uso delle palestre scolastiche comunali per la "
                        "stagione sportiva 2028/2029."}},
    {"file": "graduatoria-peschieradelgarda-sicraweb.pdf", "role": "notice",
     "what": "avviso publishing the final ranking of a police-officer competition, Servizio Risorse Umane, "
             "no protocol; pdfLaTeX (no space glyphs), the ranking in two columns",
     "act": {"municipality": PE, "office": "Servizio Risorse Umane", "kind": "avviso", "date": "2028-08-22",
             "subject": "AVVISO DI PUBBLICAZIONE DELLA GRADUATORIA FINALE DI MERITO DEL CONCORSO PUBBLICO, PER "
                        "ESAMI, PER LA COPERTURA DI N. 2 POSTI DI AGENTE DI POLIZIA LOCALE, AREA DEGLI "
                        "ISTRUTTORI, A TEMPO PIENO E INDETERMINATO"}},
    {"file": "esito-peschieradelgarda-sicraweb.pdf", "role": "notice",
     "what": "avviso di aggiudicazione (esito) of the Servizio Lavori Pubblici e Manutenzioni, dated only by "
             "a protocol stamp rotated up the margin (0025987/2028 of 28/08/2028); raw content streams by "
             "pikepdf, Form XObjects drawn out of reading order, Tw justification",
     "act": {"municipality": PE, "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "avviso",
             "date": "2028-08-28",
             "subject": "Avviso di aggiudicazione – Servizio di manutenzione del verde pubblico comunale per il "
                        "biennio 2028-2030 – CIG B7A3D40E25."}},
    {"file": "nomine-peschieradelgarda-sicraweb.pdf", "role": "act",
     "what": "the Sindaco's numbered avviso n. 9/2028 (candidatures for a foundation's board), no protocol; "
             "fpdf2 with embedded Liberation Sans, running head and foot with the number",
     "act": {"municipality": PE, "organ": "Sindaco", "kind": "avviso", "number": 9, "date": "2028-08-11",
             "subject": "Avviso pubblico per la presentazione delle candidature alla nomina di due componenti "
                        "del Consiglio di Amministrazione della Fondazione Scuola dell'Infanzia “San Martino” "
                        "di Peschiera del Garda."}},
]

MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
        "ottobre", "novembre", "dicembre"]


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def text(pdf, layout=True):
    args = ["pdftotext"] + (["-layout"] if layout else []) + [pdf, "-"]
    return collapse(subprocess.run(args, capture_output=True, text=True, check=True).stdout)


def main():
    misses = 0
    for k in KEYS:
        pdf = os.path.join(SET, k["file"])
        if not os.path.exists(pdf):
            print("MISSING FILE", k["file"]); misses += 1; continue
        lay, raw = text(pdf), text(pdf, False)
        a = k["act"]
        checks = []
        for f in ("municipality", "organ", "office"):
            if f in a:
                checks.append((f, collapse(a[f]).lower() in lay.lower()))
        checks.append(("subject", collapse(a["subject"]) in lay))
        if "date" in a:
            y, m, d = a["date"].split("-")
            forms = ["%s/%s/%s" % (d, m, y), "%d %s %s" % (int(d), MESI[int(m) - 1], y)]
            checks.append(("date", any(f in lay or f in raw for f in forms)))
        if "number" in a:
            pat = re.compile(r"\bn\.\s*%d\s*/\s*2028" % a["number"], re.I)
            checks.append(("number", bool(pat.search(lay) or pat.search(raw))))
        for f, ok in checks:
            if not ok:
                misses += 1
                print("MISS %-45s %s: %r" % (k["file"], f, a.get(f)))
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
