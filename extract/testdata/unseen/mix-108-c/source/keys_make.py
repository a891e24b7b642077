#!/usr/bin/env python3
"""Writes ../keys.json for mix-108-c and checks every keyed string against
`pdftotext -layout` of its PDF (whitespace collapsed, apostrophes unified,
case ignored). Numbers and dates are checked in the form the page prints them
(PRINTED below, not written to keys.json). Exits 1 on any miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def roll(rows):
    return [{"name": n, "role": r, "present": p} for n, r, p in rows]


KEYS = [
    {"file": "deliberazione-renogalliera-sicraweb.pdf", "role": "act",
     "what": "Unione Reno Galliera, Giunta dell'Unione deliberation 58/2026 with a ruled roll of 8, "
             "running head with the number from page 2 (Sicraweb-like; python-docx .docx exported by LibreOffice Writer)",
     "operative_points": 4,
     "act": {"municipality": "Unione Reno Galliera", "organ": "Giunta dell'Unione", "kind": "deliberazione",
             "number": 58, "date": "2026-07-14", "time": "12:30",
             "proposal_number": 71, "proposal_date": "2026-07-08",
             "proposing_office": "Area Servizi alla Persona",
             "subject": "APPROVAZIONE DEL PROGETTO \"ESTATE IN RETE 2026\" PER I CENTRI ESTIVI DEI COMUNI "
                        "DELL'UNIONE E RIPARTIZIONE DEL CONTRIBUTO REGIONALE PER LA CONCILIAZIONE VITA-LAVORO",
             "attendees": roll([("FRANCESCHINI LUCA", "Presidente", True),
                                ("BORTOLOTTI ELENA", "Vice Presidente", True),
                                ("MARCHESINI DAVIDE", "Assessore", True),
                                ("ZANARDI SILVIA", "Assessore", False),
                                ("GUIDETTI PAOLO", "Assessore", True),
                                ("CAVAZZA MONICA", "Assessore", True),
                                ("TOLOMELLI STEFANO", "Assessore", False),
                                ("MALAGUTI ROBERTA", "Assessore", True)]),
             "president": {"title": "dott.", "role": "Presidente dell'Unione", "name": "Luca Franceschini"},
             "secretary": {"title": "dott.ssa", "role": "Segretario dell'Unione", "name": "Chiara Bonfiglioli"},
             "vote": "unanimous", "immediately_executive": True}},

    {"file": "decreto-bonificaromagna-urbi.pdf", "role": "act",
     "what": "Consorzio di Bonifica della Romagna, decree of the President 14/2026 (legal representation); "
             "Urbi-like, ReportLab: paragraphs justified with Tw, title letter-spaced with Tc, running head and foot",
     "operative_points": 4,
     "act": {"municipality": "Consorzio di Bonifica della Romagna", "organ": "Presidente", "kind": "decreto",
             "number": 14, "date": "2026-07-09",
             "subject": "Costituzione in giudizio del Consorzio nel ricorso promosso dalla Società Agricola Fiumi "
                        "Uniti s.s. avanti al Tribunale Regionale delle Acque Pubbliche presso la Corte d'Appello "
                        "di Firenze e conferimento dell'incarico di patrocinio legale."}},

    {"file": "determinazione-auslbologna-babel.pdf", "role": "act",
     "what": "Azienda USL di Bologna, determinazione 1873/2026 of the Direttore of the U.O.C. Ingegneria Clinica; "
             "Babel-like web print by headless Chromium, running head with the number repeated by a table thead",
     "operative_points": 5,
     "act": {"municipality": "Azienda USL di Bologna", "organ": "Direttore della U.O.C. Ingegneria Clinica",
             "kind": "determinazione", "number": 1873, "date": "2026-07-16",
             "subject": "AFFIDAMENTO DEL SERVIZIO DI MANUTENZIONE FULL-RISK DELLA TAC MULTISTRATO DELL'OSPEDALE "
                        "DI BENTIVOGLIO PER IL PERIODO 01/09/2026 – 31/08/2029 MEDIANTE ADESIONE ALL'ACCORDO "
                        "QUADRO INTERCENT-ER. CIG DERIVATO B91C3E07A5"}},

    {"file": "determinazione-provinciaforlicesena-iride.pdf", "role": "act",
     "what": "Provincia di Forlì-Cesena, determinazione dirigenziale R.G. 1127/2026 (sector register 214); "
             "Iride-like, pdfLaTeX: kerned glyph runs without space characters, running foot with the register number",
     "operative_points": 5,
     "act": {"municipality": "Provincia di Forlì-Cesena", "organ": "SETTORE INFRASTRUTTURE VIARIE E MOBILITÀ",
             "office": "Servizio Manutenzione Strade e Ponti", "kind": "determinazione",
             "number": 1127, "sector_number": 214, "date": "2026-07-20",
             "proposal_number": 1406, "proposal_date": "2026-07-16",
             "subject": "S.P. 4 del Bidente – lavori di consolidamento del piano viabile e delle banchine dal km "
                        "23+400 al km 24+150 in comune di Santa Sofia. Approvazione del progetto esecutivo e "
                        "determinazione a contrarre mediante procedura negoziata senza bando. CUP G17H26000310003 "
                        "– CIG B7C4D91A2E"}},

    {"file": "deliberazione-cittatelesina-halley.pdf", "role": "act",
     "what": "Unione dei Comuni Città Telesina, Giunta dell'Unione deliberation 27/2026, roll in two columns side "
             "by side, number and date typed over underscores, vote by majority; Halley-like form, fpdf2",
     "operative_points": 3,
     "act": {"municipality": "Unione dei Comuni Città Telesina", "organ": "Giunta dell'Unione",
             "kind": "deliberazione", "number": 27, "date": "2026-07-10", "time": "13:00",
             "proposal_number": 31, "proposal_date": "2026-07-07",
             "proposing_office": "Servizio associato di Protezione Civile",
             "subject": "Approvazione del Piano operativo del Servizio associato di Protezione Civile per la "
                        "campagna antincendio boschivo 2026.",
             "attendees": roll([("DI SANTO GIOVANNI", "Presidente", True),
                                ("PACELLI MARIA ROSARIA", "Componente", True),
                                ("IANNOTTI CARMINE", "Componente", False),
                                ("FORGIONE ANTONIO", "Componente", True),
                                ("MASTROCINQUE LUCIA", "Componente", True),
                                ("RUGGIERO PASQUALE", "Componente", True)]),
             "president": {"title": "sig.", "role": "Presidente", "name": "Giovanni Di Santo"},
             "secretary": {"title": "dott.", "role": "Segretario dell'Unione", "name": "Raffaele Cusano"},
             "vote": "majority",
             "vote_counts": {"present": 5, "in_favour": 4, "against": 0, "abstained": 1},
             "immediately_executive": True}},

    {"file": "determinazione-cittatelesina-halley.pdf", "role": "act",
     "what": "Unione dei Comuni Città Telesina, determinazione of the Servizio associato di Polizia Locale, "
             "general register 212 and service register 38 typed over underscores; Halley-like form, fpdf2",
     "operative_points": 4,
     "act": {"municipality": "Unione dei Comuni Città Telesina", "organ": "AREA VIGILANZA E PROTEZIONE CIVILE",
             "office": "Servizio associato di Polizia Locale", "kind": "determinazione",
             "number": 212, "sector_number": 38, "date": "2026-07-16",
             "subject": "Affidamento diretto della fornitura di n. 2 etilometri omologati per il Servizio "
                        "associato di Polizia Locale. Impegno di spesa. CIG B8A21F4C07."}},

    {"file": "deliberazione-cmterminiocervialto-hypersic.pdf", "role": "act",
     "what": "Comunità Montana Terminio Cervialto, Giunta Esecutiva deliberation 33/2026 with a roll of 5; "
             "Hypersic-like template, hand-written content streams (pikepdf): letterhead and roll as Form XObjects "
             "drawn after the body, signatures before the dispositivo, publication stamp rotated up the margin",
     "operative_points": 4,
     "act": {"municipality": "Comunità Montana Terminio Cervialto", "organ": "Giunta Esecutiva",
             "kind": "deliberazione", "number": 33, "date": "2026-07-22", "time": "10:30",
             "subject": "Approvazione del progetto esecutivo degli interventi di forestazione e bonifica montana "
                        "– annualità 2026 – L.R. n. 11/1996.",
             "attendees": roll([("CIAMPI Rocco", "Presidente", True),
                                ("GAMBONE Teresa", "Vice Presidente", True),
                                ("DE STEFANO Vito", "Assessore", True),
                                ("PASCUCCI Gerardo", "Assessore", False),
                                ("CASTIELLO Annamaria", "Assessore", True)]),
             "president": {"title": "dott.", "role": "Presidente della Comunità Montana", "name": "Rocco Ciampi"},
             "secretary": {"title": "avv.", "role": "Segretario Generale", "name": "Marianna Cerullo"},
             "vote": "unanimous", "immediately_executive": True}},

    {"file": "determinazione-aslsalerno-adweb.pdf", "role": "act",
     "what": "ASL Salerno, determina 1456/2026 of the Direttore of the U.O.C. Acquisizione Beni e Servizi; "
             "AdWeb-like Writer model (flat ODF exported by LibreOffice), title letter-spaced, grid of fields, "
             "running foot with the number",
     "operative_points": 5,
     "act": {"municipality": "Azienda Sanitaria Locale Salerno",
             "organ": "Direttore della U.O.C. Acquisizione Beni e Servizi", "kind": "determinazione",
             "number": 1456, "date": "2026-07-21", "proposal_number": 1702, "proposal_date": "2026-07-17",
             "subject": "Adesione alla Convenzione So.Re.Sa. per la fornitura di dispositivi medici per "
                        "l'autocontrollo glicemico (aghi per penna e lancette pungidito) – periodo 01/08/2026 – "
                        "31/07/2027 – importo presunto € 186.400,00 oltre IVA",
             "immediately_executive": True}},

    {"file": "determinazione-gerrei-sipal.pdf", "role": "act",
     "what": "Unione dei Comuni del Gerrei, determinazione R.G. 311/2026 of the Area Tecnica (Servizio associato "
             "gestione rifiuti); Sipal-like 80-column Courier report, enscript + ps2pdf, running head with the number",
     "operative_points": 4,
     "act": {"municipality": "UNIONE DEI COMUNI DEL GERREI", "organ": "AREA TECNICA",
             "office": "SERVIZIO ASSOCIATO GESTIONE RIFIUTI", "kind": "determinazione",
             "number": 311, "sector_number": 97, "date": "2026-07-23",
             "subject": "SERVIZIO ASSOCIATO DI RACCOLTA E TRASPORTO DEI RIFIUTI URBANI - LIQUIDAZIONE DEL CANONE "
                        "DEL MESE DI GIUGNO 2026 ALLA DITTA ECOSERVIZI SARRABUS S.R.L. - CIG A0F3D2219B"}},

    {"file": "deliberazione-bonificabassosulcis-civilia.pdf", "role": "act",
     "what": "Consorzio di Bonifica del Basso Sulcis, Comitato Esecutivo deliberation 41/2026 with a roll of 5, "
             "vote by majority; Civilia-like report engine (ReportLab): every glyph placed alone, no space "
             "characters, justified by moving glyphs, running foot with the number",
     "operative_points": 3,
     "act": {"municipality": "Consorzio di Bonifica del Basso Sulcis", "organ": "Comitato Esecutivo",
             "kind": "deliberazione", "number": 41, "date": "2026-07-21", "time": "16:00",
             "subject": "Approvazione della perizia di variante dei lavori di manutenzione straordinaria del canale "
                        "adduttore di Monte Pranu – 2° stralcio – CUP E87B25000120002.",
             "attendees": roll([("PIRAS Gianfranco", "Presidente", True),
                                ("SABA Maria Grazia", "Vice Presidente", True),
                                ("ATZORI Efisio", "Componente", True),
                                ("CONCAS Roberto", "Componente", False),
                                ("MELIS Antonella", "Componente", True)]),
             "president": {"title": "sig.", "role": "Presidente", "name": "Gianfranco Piras"},
             "secretary": {"title": "dott.", "role": "Direttore Generale del Consorzio", "name": "Paolo Fadda"},
             "vote": "majority",
             "vote_counts": {"present": 4, "in_favour": 3, "abstained": 1},
             "immediately_executive": True}},

    {"file": "determinazione-aslmediocampidano-sisar.pdf", "role": "act",
     "what": "ASL n. 6 del Medio Campidano, determinazione 612/2026 of the Direttore of the U.O.C. Gestione e "
             "Sviluppo Risorse Umane; SISaR-like grid with proposal, proposing structure and SI/NO boxes, wkhtmltopdf",
     "operative_points": 4,
     "act": {"municipality": "Azienda Socio-Sanitaria Locale n. 6 del Medio Campidano",
             "organ": "Direttore della U.O.C. Gestione e Sviluppo Risorse Umane", "kind": "determinazione",
             "number": 612, "date": "2026-07-24", "proposal_number": 688, "proposal_date": "2026-07-22",
             "proposing_office": "U.O.S. Reclutamento e Concorsi",
             "subject": "Approvazione della graduatoria finale dell'avviso pubblico, per titoli e colloquio, per il "
                        "conferimento di incarichi a tempo determinato di Dirigente Medico – disciplina Medicina e "
                        "Chirurgia d'Accettazione e d'Urgenza."}},

    {"file": "decreto-provincianordestsardegna-zuddas.pdf", "role": "act",
     "what": "Provincia del Nord-Est Sardegna, decree of the President 19/2026 (Vice Presidente and delegations); "
             "Zuddas-like plain troff (groff -Tps, ps2pdf), title letter-spaced by motions, running head from "
             "page 2, protocol stamp rotated up the right margin",
     "operative_points": 5,
     "act": {"municipality": "Provincia del Nord-Est Sardegna", "organ": "Presidente", "kind": "decreto",
             "number": 19, "date": "2026-07-28",
             "subject": "Nomina del Vice Presidente della Provincia e conferimento delle deleghe ai Consiglieri "
                        "provinciali."}},
]

# numbers, dates and times as the pages print them (checked, not keyed)
PRINTED = {
    "deliberazione-renogalliera-sicraweb.pdf": ["58", "14/07/2026", "ore 12:30", "n. 71 del 08/07/2026"],
    "decreto-bonificaromagna-urbi.pdf": ["n. 14 del 09/07/2026"],
    "determinazione-auslbologna-babel.pdf": ["n. 1873 del 16/07/2026"],
    "determinazione-provinciaforlicesena-iride.pdf": ["Registro Generale n. 1127 del 20/07/2026",
                                                      "Registro di Settore n. 214 del 17/07/2026",
                                                      "Proposta n. 1406 del 16/07/2026"],
    "deliberazione-cittatelesina-halley.pdf": ["27", "10-07-2026", "ore 13:00", "n. 31 del 07-07-2026",
                                               "Con voti favorevoli n. 4, contrari n. 0, astenuti n. 1"],
    "determinazione-cittatelesina-halley.pdf": ["212", "16-07-2026", "38", "15-07-2026"],
    "deliberazione-cmterminiocervialto-hypersic.pdf": ["N. 33 del 22/07/2026", "ore 10:30"],
    "determinazione-aslsalerno-adweb.pdf": ["1456", "21/07/2026", "n. 1702 del 17/07/2026"],
    "determinazione-gerrei-sipal.pdf": ["311", "23/07/2026", "97", "22/07/2026"],
    "deliberazione-bonificabassosulcis-civilia.pdf": ["N. 41 del 21/07/2026", "ore 16:00",
                                                      "voti favorevoli n. 3 e astenuti n. 1",
                                                      "su n. 4 componenti presenti"],
    "determinazione-aslmediocampidano-sisar.pdf": ["n. 612 del 24/07/2026", "n. 688 del 22/07/2026"],
    "decreto-provincianordestsardegna-zuddas.pdf": ["N. 19 del 28/07/2026"],
}


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    s = s.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


def strings(key):
    a = key.get("act", {})
    out = []
    for f in ("municipality", "organ", "office", "proposing_office", "subject"):
        if f in a:
            out.append((f, a[f]))
    for i, at in enumerate(a.get("attendees", [])):
        out.append((f"attendees[{i}].name", at["name"]))
        out.append((f"attendees[{i}].role", at["role"]))
    for who in ("president", "secretary"):
        for f, v in a.get(who, {}).items():
            out.append((f"{who}.{f}", v))
    return out


def main():
    misses = 0
    files = {k["file"] for k in KEYS}
    present = {f for f in os.listdir(SET) if f.endswith(".pdf")}
    if files != present:
        print("file list differs:", sorted(files ^ present))
        misses += 1
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        txt = norm(subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                                  text=True, check=True).stdout)
        checks = strings(k) + [("printed", p) for p in PRINTED.get(k["file"], [])]
        for f, v in checks:
            if norm(v) not in txt:
                print(f"MISS {k['file']}: {f} = {v!r}")
                misses += 1
        a = k.get("act", {})
        for f in ("number", "sector_number", "proposal_number"):
            if f in a and not re.search(r"(?<!\d)%d(?!\d)" % a[f], txt):
                print(f"MISS {k['file']}: {f} = {a[f]}")
                misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"{len(KEYS)} keys written, {misses} misses")
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
