#!/usr/bin/env python3
"""Writes keys.json for set mix-117-b and checks every keyed string against
`pdftotext -layout` of its PDF (white space collapsed). Strings other than the
subject are compared without regard to case, as the scorer compares them;
subjects are compared exactly. Numbers must appear as printed (leading zeros
allowed), dates as dd/mm/yyyy. Exits 1 on any miss.

Usage: python3 source/keys_make.py [set-folder]
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)

CMC = "Città Metropolitana di Cagliari"
PPD = "Provincia di Padova"
ASL = "Azienda Sanitaria Locale CN1"

KEYS = [
    {
        "file": "determinazione-cmcagliari-cityware.pdf", "role": "act",
        "what": "determinazione dirigenziale of the Settore Viabilità, Settore and Servizio in a ruled grid beside "
                "the general and sector register numbers; running head with the number (HTML, headless Chromium)",
        "operative_points": 5,
        "act": {"municipality": CMC, "organ": "Settore Viabilità e Infrastrutture Stradali",
                "office": "Servizio Manutenzione Rete Stradale", "kind": "determinazione",
                "number": 1184, "sector_number": 236, "date": "2027-05-12",
                "subject": "Lavori di manutenzione straordinaria della pavimentazione stradale della S.P. 91 \"Sestu – "
                           "Settimo San Pietro\" dal km 2+300 al km 5+800. Approvazione del progetto esecutivo e "
                           "affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023 alla "
                           "ditta Asfalti Campidanesi S.r.l. CUP J17H27000180003 – CIG B4F21A7C9E."},
    },
    {
        "file": "determinazione-cmcagliari-cityware-ambiente.pdf", "role": "act",
        "what": "determinazione dirigenziale of the Settore Ambiente, same grid, prescriptions a)-c) nested in point 2 "
                "(HTML, wkhtmltopdf 0.12.6)",
        "operative_points": 6,
        "act": {"municipality": CMC, "organ": "Settore Ambiente e Tutela del Territorio",
                "office": "Servizio Gestione Rifiuti e Bonifiche", "kind": "determinazione",
                "number": 1207, "sector_number": 98, "date": "2027-05-14",
                "subject": "Ditta Inerti Sestu S.r.l. – Impianto di recupero di rifiuti non pericolosi sito in Comune "
                           "di Sestu, località Su Pranu. Rinnovo dell'iscrizione al Registro delle imprese che "
                           "effettuano operazioni di recupero in procedura semplificata ai sensi dell'art. 216 del "
                           "D.Lgs. n. 152/2006."},
    },
    {
        "file": "ordinanza-cmcagliari-cityware.pdf", "role": "act",
        "what": "ordinanza di viabilità (senso unico alternato) of the Settore Viabilità, grid heading, justified with "
                "Tw, letter-spaced ORDINA (Tc), slanted Albo stamp on the last page (ReportLab)",
        "operative_points": 4,
        "act": {"municipality": CMC, "organ": "Settore Viabilità e Infrastrutture Stradali",
                "office": "Servizio Sicurezza Stradale e Ordinanze", "kind": "ordinanza",
                "number": 57, "date": "2027-05-18",
                "subject": "S.P. 15 \"Sinnai – Maracalagonis\", dal km 1+200 al km 3+900. Istituzione del senso unico "
                           "alternato regolato da impianto semaforico e del limite massimo di velocità di 30 km/h per "
                           "i lavori di consolidamento del ponte sul Rio Corongiu, dal 24/05/2027 al 30/06/2027."},
    },
    {
        "file": "decreto-cmcagliari-cityware.pdf", "role": "act",
        "what": "decreto del Sindaco metropolitano with proposal and proposing Settore in a ruled grid, opinions in "
                "two columns (.docx by python-docx, LibreOffice Writer)",
        "operative_points": 5,
        "act": {"municipality": CMC, "organ": "Sindaco metropolitano", "kind": "decreto",
                "number": 42, "date": "2027-05-20", "proposal_number": 51, "proposal_date": "2027-05-17",
                "proposing_office": "Settore Viabilità e Infrastrutture Stradali",
                "subject": "Approvazione dello schema di accordo ai sensi dell'art. 15 della Legge n. 241/1990 con il "
                           "Comune di Quartu Sant'Elena per la manutenzione delle aree verdi di pertinenza della S.P. "
                           "17 “Litoranea” nel tratto Poetto – Margine Rosso, annualità 2027-2028.",
                "immediately_executive": True},
    },
    {
        "file": "decreto-provinciapadova-sfera.pdf", "role": "act",
        "what": "decreto del Presidente della Provincia naming the Vice Presidente and delegates, letter-spaced small "
                "caps letterhead, delegates in two columns, page foot with the number (pdfLaTeX)",
        "operative_points": 4,
        "act": {"municipality": PPD, "organ": "Presidente della Provincia", "office": "Ufficio di Presidenza",
                "kind": "decreto", "number": 64, "date": "2027-05-10",
                "subject": "Nomina del Vice Presidente della Provincia e attribuzione di deleghe a Consiglieri "
                           "provinciali ai sensi dell’art. 1, comma 66, della Legge 7 aprile 2014, n. 56."},
    },
    {
        "file": "determinazione-provinciapadova-sfera.pdf", "role": "act",
        "what": "determinazione of the Settore Viabilità, Settore and Servizio centred in the heading, sector register "
                "number beside the number, running head and foot with the number (plain troff, groff -Tps, ps2pdf)",
        "operative_points": 5,
        "act": {"municipality": PPD, "organ": "Settore Viabilità", "office": "Servizio Manutenzione e Sicurezza Stradale",
                "kind": "determinazione", "number": 812, "sector_number": 143, "date": "2027-05-14",
                "subject": "Servizio di sfalcio dell’erba e pulizia delle pertinenze stradali lungo le strade "
                           "provinciali della Zona Sud (Monselice – Este – Montagnana) per l’anno 2027. "
                           "Aggiudicazione alla ditta Verde Euganeo S.r.l. CIG B6A3D1F27C."},
    },
    {
        "file": "ordinanza-provinciapadova-sfera.pdf", "role": "act",
        "what": "ordinanza di viabilità (road closed for a cycle race); every glyph placed alone, letterhead and "
                "protocol stamp as Form XObjects, the stamp rotated up the margin, page drawn out of reading order "
                "(hand-written content streams, pikepdf)",
        "operative_points": 4,
        "act": {"municipality": PPD, "organ": "Settore Viabilità", "office": "Servizio Concessioni e Autorizzazioni Stradali",
                "kind": "ordinanza", "number": 118, "date": "2027-05-19",
                "subject": "Chiusura temporanea al transito veicolare della S.P. 89 “dei Colli” dal km 2+100 al km "
                           "5+600, nei Comuni di Teolo e Torreglia, il giorno 30/05/2027, per lo svolgimento della "
                           "manifestazione ciclistica “Gran Fondo dei Colli Euganei”."},
    },
    {
        "file": "determinazione-provinciapadova-sfera-scuole.pdf", "role": "act",
        "what": "determinazione of the Settore Edilizia Scolastica liquidating a progress payment, letter-spaced "
                "headings (Tc), running head and foot with the number (fpdf2, embedded Liberation Serif)",
        "operative_points": 4,
        "act": {"municipality": PPD, "organ": "Settore Edilizia Scolastica e Patrimonio",
                "office": "Servizio Progettazione e Manutenzione Istituti Scolastici",
                "kind": "determinazione", "number": 826, "sector_number": 77, "date": "2027-05-21",
                "subject": "Lavori di adeguamento sismico della palestra dell’Istituto di Istruzione Superiore di "
                           "Cittadella, sede di via Alfieri. Approvazione del primo stato di avanzamento lavori e "
                           "liquidazione alla ditta Costruzioni Brenta S.p.A. CUP G94H26000110003 – CIG B5C2E90A14."},
    },
    {
        "file": "deliberazione-aslcn1-areas.pdf", "role": "act",
        "what": "deliberazione del Direttore Generale with proposal and proposing S.C. in a grid, the opinions of the "
                "Direttore Amministrativo and Sanitario in two columns; letterhead as a reused Form XObject drawn "
                "after the text, running head with the number (ReportLab canvas, DejaVu Sans)",
        "operative_points": 5,
        "act": {"municipality": ASL, "organ": "Direttore Generale", "kind": "deliberazione",
                "number": 412, "date": "2027-05-20", "proposal_number": 538, "proposal_date": "2027-05-15",
                "proposing_office": "S.C. Personale e Sviluppo Risorse Umane",
                "subject": "Indizione di avviso pubblico per il conferimento dell’incarico quinquennale di Direttore "
                           "della S.C. Cardiologia del Presidio Ospedaliero di Mondovì.",
                "immediately_executive": True},
    },
    {
        "file": "determinazione-aslcn1-areas.pdf", "role": "act",
        "what": "determinazione dirigenziale as an 80-column Courier report with its own running head; the "
                "adopting S.C. is named only in the signature (enscript, ps2pdf)",
        "operative_points": 5,
        "act": {"municipality": ASL, "organ": "Direttore della S.C. Tecnico e Patrimonio",
                "kind": "determinazione", "number": 788, "date": "2027-05-21",
                "subject": "LAVORI DI MANUTENZIONE STRAORDINARIA DELLA CENTRALE TERMICA DEL PRESIDIO OSPEDALIERO DI "
                           "SAVIGLIANO. APPROVAZIONE DEL CERTIFICATO DI REGOLARE ESECUZIONE E LIQUIDAZIONE DEL SALDO "
                           "ALLA DITTA TERMOIDRAULICA SAVIGLIANESE S.N.C. - CIG B2D7E41A90"},
    },
    {
        "file": "decreto-aslcn1-areas.pdf", "role": "act",
        "what": "decreto del Direttore Generale on the Azienda's preprinted form: values typed above underscore "
                "blanks, subject in a box, the commission as two columns of blanks (fpdf2)",
        "operative_points": 4,
        "act": {"municipality": ASL, "organ": "Direttore Generale", "kind": "decreto",
                "number": 19, "date": "2027-05-24",
                "proposing_office": "S.C. Personale e Sviluppo Risorse Umane",
                "subject": "Nomina della Commissione di valutazione dell'avviso pubblico per il conferimento "
                           "dell'incarico quinquennale di Direttore della S.C. Pediatria del Presidio Ospedaliero di "
                           "Savigliano."},
    },
    {
        "file": "determinazione-aslcn1-areas-acquisti.pdf", "role": "act",
        "what": "determinazione dirigenziale of the S.C. Acquisti e Logistica, bulleted dispositivo with a cost "
                "table, the S.C. named only in the signature; running foot with the number (HTML, headless Chromium)",
        "operative_points": 4,
        "act": {"municipality": ASL, "organ": "Direttore della S.C. Acquisti e Logistica",
                "kind": "determinazione", "number": 795, "date": "2027-05-25",
                "subject": "Fornitura di dispositivi medici per emodialisi (linee ematiche e filtri) per la S.C. "
                           "Nefrologia e Dialisi. Affidamento diretto ai sensi dell’art. 50, comma 1, lett. b), del "
                           "D.Lgs. n. 36/2023 alla ditta Medicare Piemonte S.r.l. – CIG B7E10C3A55."},
    },
]


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def text_of(pdf):
    return collapse(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, check=True,
                                   text=True).stdout)


def dmy(iso):
    y, m, d = iso.split("-")
    return "%s/%s/%s" % (d, m, y)


def strings(obj, path=""):
    """Yield (path, value) for every string value in a key."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from strings(v, path + "." + k)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from strings(v, "%s[%d]" % (path, i))
    elif isinstance(obj, str):
        yield path, obj


def main():
    misses = 0
    names = sorted(f for f in os.listdir(SET) if f.endswith(".pdf"))
    keyed = sorted(k["file"] for k in KEYS)
    if names != keyed:
        print("PDFs and keys differ:", set(names) ^ set(keyed))
        misses += 1
    for k in KEYS:
        pdf = os.path.join(SET, k["file"])
        if not os.path.exists(pdf):
            continue
        t = text_of(pdf)
        tl = t.lower()
        act = k.get("act", {})
        for path, v in strings(act):
            field = path.rsplit(".", 1)[-1]
            if field in ("kind", "date", "proposal_date"):
                continue
            ok = collapse(v) in t if field == "subject" else collapse(v).lower() in tl
            if not ok:
                print("MISS %s %s: %r" % (k["file"], path, v))
                misses += 1
        for field in ("number", "sector_number", "proposal_number"):
            if field in act and not re.search(r"(?<![\d/])0*%d(?![\d])" % act[field], t):
                print("MISS %s %s: %r" % (k["file"], field, act[field]))
                misses += 1
        for field in ("date", "proposal_date"):
            if field in act and dmy(act[field]) not in t:
                print("MISS %s %s: %r" % (k["file"], field, act[field]))
                misses += 1
        kind = act.get("kind")
        if kind and kind not in tl:
            print("MISS %s kind: %r" % (k["file"], kind))
            misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
