#!/usr/bin/env python3
"""Writes ../keys.json for set mix-115-b and checks every keyed string
against `pdftotext -layout` of its PDF (whitespace collapsed). Subjects must
be found exactly; organs, offices, municipalities and names without regard
to case. Numbers and dates must be printed too (dates as dd/mm/yyyy).
Exits 1 on any miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

SO = "Comune di Sant'Olcese"
CV = "Comune di Colli a Volturno"
DN = "Comune di Domusnovas"

KEYS = [
    {"file": "determinazione-santolcese-civilianext.pdf", "role": "act",
     "what": "determina a contrarre with CIG of the Area Tecnica / Servizio Lavori Pubblici, general and sector registers in a grid; HTML printed by headless Chromium with @page margin boxes as running head and foot",
     "operative_points": 5,
     "act": {"municipality": SO, "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Manutenzioni",
             "kind": "determinazione", "number": 118, "sector_number": 41, "date": "2027-03-09",
             "subject": "DETERMINA A CONTRARRE E AFFIDAMENTO DIRETTO, AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023, DEL SERVIZIO DI MANUTENZIONE ORDINARIA DEL VERDE PUBBLICO NELLE FRAZIONI DI ARVIGO, COMAGO E PICCARELLO – ANNO 2027 – CIG B7A41C2E95 – IMPEGNO DI SPESA."}},
    {"file": "determinazione-santolcese-civilianext-liquidazione.pdf", "role": "act",
     "what": "liquidazione of the Area Economico-Finanziaria / Servizio Tributi with general register, sector register and proposal rows in the grid; ReportLab platypus, justified by Tw, headings letter-spaced by Tc",
     "operative_points": 4,
     "act": {"municipality": SO, "organ": "AREA ECONOMICO-FINANZIARIA", "office": "Servizio Tributi",
             "kind": "determinazione", "number": 127, "sector_number": 19, "date": "2027-03-12",
             "proposal_number": 156, "proposal_date": "2027-03-10",
             "subject": "LIQUIDAZIONE A FAVORE DELLA SOCIETÀ RISCOSSIONI TIGULLIO S.R.L. DEL CORRISPETTIVO PER IL SERVIZIO DI SUPPORTO ALLA RISCOSSIONE COATTIVA DELLE ENTRATE TRIBUTARIE – QUARTO TRIMESTRE 2026 – CIG B3C9E0F217."}},
    {"file": "decreto-santolcese-civilianext.pdf", "role": "act",
     "what": "decreto di esproprio of the Area Tecnica / Ufficio Espropri with its register of decrees and protocol; .docx by python-docx exported by LibreOffice Writer, letterhead in the page header, Word list numbering",
     "operative_points": 5,
     "act": {"municipality": SO, "organ": "AREA TECNICA", "office": "Ufficio Espropri",
             "kind": "decreto", "number": 2, "date": "2027-03-18",
             "subject": "ESPROPRIAZIONE PER PUBBLICA UTILITÀ DEGLI IMMOBILI NECESSARI ALLA REALIZZAZIONE DEI LAVORI DI ALLARGAMENTO E MESSA IN SICUREZZA DELLA STRADA COMUNALE MANESSENO – VICOMORASSO. DECRETO DI ESPROPRIO AI SENSI DEGLI ARTT. 20 E 23 DEL D.P.R. 8 GIUGNO 2001, N. 327."}},
    {"file": "determinazione-santolcese-civilianext-servizisociali.pdf", "role": "act",
     "what": "determinazione of the Area Amministrativa whose Servizio Sociale is named only in the signature block; content streams written by hand with pikepdf, body drawn before the letterhead, grid and foot Form XObjects, Albo stamp rotated up the margin",
     "operative_points": 4,
     "act": {"municipality": SO, "organ": "AREA AMMINISTRATIVA", "office": "Servizio Sociale",
             "kind": "determinazione", "number": 139, "sector_number": 27, "date": "2027-03-23",
             "subject": "CONCESSIONE DI CONTRIBUTO ECONOMICO STRAORDINARIO A NUCLEO FAMILIARE IN CONDIZIONE DI TEMPORANEO DISAGIO (PRATICA N. 14/2027) – IMPEGNO E LIQUIDAZIONE DELLA SPESA."}},
    {"file": "determinazione-colliavolturno-jserfin.pdf", "role": "act",
     "what": "liquidazione of the Settore I - Amministrativo / U.O. Personale with general and sector registers; 80-column Courier report by enscript (running head with the number) through ps2pdf",
     "operative_points": 4,
     "act": {"municipality": CV, "organ": "SETTORE I - AMMINISTRATIVO", "office": "U.O. PERSONALE",
             "kind": "determinazione", "number": 94, "sector_number": 22, "date": "2027-03-11",
             "subject": "LIQUIDAZIONE INDENNITA’ CONDIZIONI DI LAVORO (RISCHIO E MANEGGIO VALORI) AL PERSONALE DIPENDENTE - ANNO 2026."}},
    {"file": "determinazione-colliavolturno-jserfin-contrarre.pdf", "role": "act",
     "what": "determina a contrarre with CUP and CIG of the Settore III - Tecnico / Unità di Progetto PNRR, general and sector registers and proposal; plain troff in Courier through groff -Tps and ps2pdf, justified, running head and foot",
     "operative_points": 6,
     "act": {"municipality": CV, "organ": "SETTORE III - TECNICO", "office": "UNITA’ DI PROGETTO PNRR",
             "kind": "determinazione", "number": 101, "sector_number": 31, "date": "2027-03-15",
             "proposal_number": 118, "proposal_date": "2027-03-12",
             "subject": "DETERMINA A CONTRARRE PER L’AFFIDAMENTO DEI LAVORI DI EFFICIENTAMENTO ENERGETICO DELLA SCUOLA PRIMARIA \"G. MARCONI\" MEDIANTE PROCEDURA NEGOZIATA SENZA BANDO AI SENSI DELL’ART. 50, COMMA 1, LETT. C), DEL D.LGS. 36/2023 - CUP H54D26000180006 - CIG B8F20D7A31."}},
    {"file": "determinazione-colliavolturno-jserfin-modulo.pdf", "role": "act",
     "what": "determinazione of the Settore II on the pre-printed model, structure, office, numbers, subject and dispositivo typed over underscores; fpdf2",
     "operative_points": 3,
     "act": {"municipality": CV, "organ": "SETTORE II - ECONOMICO FINANZIARIO", "office": "UFFICIO TRIBUTI",
             "kind": "determinazione", "number": 107, "sector_number": 14, "date": "2027-03-17",
             "subject": "RIMBORSO DI SOMME VERSATE E NON DOVUTE A TITOLO DI IMPOSTA MUNICIPALE PROPRIA (IMU) - ANNUALITA' 2024 - CONTRIBUENTE POS. N. 004512."}},
    {"file": "decreto-colliavolturno-jserfin.pdf", "role": "act",
     "what": "decreto del Sindaco renewing the head of the Unità di Progetto PNRR; 80-column report by a2ps through ps2pdf (a2ps's title bar as running head)",
     "operative_points": 4,
     "act": {"municipality": CV, "organ": "Sindaco",
             "kind": "decreto", "number": 6, "date": "2027-03-19",
             "subject": "RINNOVO DELL’INCARICO DI RESPONSABILE DELL’UNITA’ DI PROGETTO PNRR ISTITUITA PRESSO IL SETTORE TECNICO E ATTRIBUZIONE DELLE FUNZIONI DI RESPONSABILE UNICO DEL PROGETTO."}},
    {"file": "determinazione-domusnovas-halley.pdf", "role": "act",
     "what": "liquidazione of the Area Socio-Culturale / Servizio Pubblica Istruzione, area number in the title and general register in a box, signed by the Responsabile del Servizio; HTML by wkhtmltopdf",
     "operative_points": 4,
     "act": {"municipality": DN, "organ": "AREA SOCIO-CULTURALE", "office": "Servizio Pubblica Istruzione",
             "kind": "determinazione", "number": 198, "sector_number": 52, "date": "2027-03-11",
             "subject": "LIQUIDAZIONE DEI CONTRIBUTI PER IL RIMBORSO DELLE SPESE DI VIAGGIO SOSTENUTE DAGLI STUDENTI PENDOLARI DELLE SCUOLE SECONDARIE DI SECONDO GRADO – ANNO SCOLASTICO 2025/2026 – L.R. 25 GIUGNO 1984, N. 31."}},
    {"file": "determinazione-domusnovas-halley-contrarre.pdf", "role": "act",
     "what": "determina a contrarre with CIG of the Area Tecnica / Servizio Lavori Pubblici e Manutenzioni, area number, general register box and proposal; pdfLaTeX (no space characters), fancyhdr running head and foot",
     "operative_points": 6,
     "act": {"municipality": DN, "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Manutenzioni",
             "kind": "determinazione", "number": 214, "sector_number": 61, "date": "2027-03-16",
             "proposal_number": 233, "proposal_date": "2027-03-12",
             "subject": "DETERMINA A CONTRARRE E CONTESTUALE AFFIDAMENTO DIRETTO, AI SENSI DELL’ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023, DELLA FORNITURA E POSA IN OPERA DI GIOCHI INCLUSIVI E ARREDI PER IL PARCO URBANO DI VIA EUROPA – CIG B9D3E27F40."}},
    {"file": "decreto-domusnovas-halley.pdf", "role": "act",
     "what": "decreto del Sindaco naming a commission, its members in a roll of two columns; ReportLab canvas with every glyph placed alone and no space characters",
     "operative_points": 4,
     "act": {"municipality": DN, "organ": "Sindaco",
             "kind": "decreto", "number": 7, "date": "2027-03-16",
             "subject": "NOMINA DEI COMPONENTI DELLA COMMISSIONE COMUNALE PER LA TOPONOMASTICA FINO ALLA SCADENZA DEL MANDATO AMMINISTRATIVO IN CORSO."}},
    {"file": "determinazione-domusnovas-halley-servizio.pdf", "role": "act",
     "what": "determinazione del Responsabile del Servizio whose Servizio Affari Generali e Personale is named only in the signature block; .docx by python-docx exported by LibreOffice Writer",
     "operative_points": 3,
     "act": {"municipality": DN, "organ": "Responsabile del Servizio", "office": "Servizio Affari Generali e Personale",
             "kind": "determinazione", "number": 236, "sector_number": 33, "date": "2027-03-24",
             "subject": "IMPEGNO DI SPESA E AFFIDAMENTO DIRETTO DEL SERVIZIO DI FORMAZIONE DEL PERSONALE DIPENDENTE IN MATERIA DI PREVENZIONE DELLA CORRUZIONE E TRASPARENZA – ANNO 2027 – CIG B6E1A90C28."}},
]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def text_of(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, check=True).stdout
    return norm(out.decode("utf-8"))


def dmy(iso):
    y, m, d = iso.split("-")
    return "%s/%s/%s" % (d, m, y)


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"]); misses += 1; continue
        txt = text_of(path)
        low = txt.lower()
        a = k["act"]
        checks = []
        if "subject" in a:
            checks.append(("subject", norm(a["subject"]), txt))
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                checks.append((f, norm(a[f]).lower(), low))
        for f in ("president", "secretary"):
            if f in a:
                checks.append((f, norm(a[f]["name"]).lower(), low))
        for at in a.get("attendees", []):
            checks.append(("attendee", norm(at["name"]).lower(), low))
        for f in ("date", "proposal_date"):
            if f in a:
                checks.append((f, dmy(a[f]), txt))
        for name, needle, hay in checks:
            if needle not in hay:
                print("MISS %s %s: %r" % (k["file"], name, needle)); misses += 1
        for f in ("number", "sector_number", "proposal_number"):
            if f in a and not re.search(r"(?<![\d/])%d(?![\d])" % a[f], txt):
                print("MISS %s %s: %d" % (k["file"], f, a[f])); misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


main()
