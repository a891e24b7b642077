#!/usr/bin/env python3
"""Writes ../keys.json for set mix-117-a and checks every keyed string
against `pdftotext -layout` of its PDF (white space collapsed). Subjects
must be found exactly; names, roles, organs and offices regardless of case.
Numbers must stand in the text as words, dates in one of the printed forms.
Exits 1 on any miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

SR = "Comune di Serra Riccò"
SF = "Comune di San Ferdinando di Puglia"
TE = "Comune di Tesero"

SUBJ_SR47 = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN "
             "SICUREZZA DEL MURO DI SOSTEGNO DELLA STRADA COMUNALE DI PRELO IN LOCALITÀ VALLEREGIA "
             "– CUP H37H27000190004")


def att(name, role, present=True):
    return {"name": name, "role": role, "present": present}


KEYS = [
    {"file": "deliberazione-serraricco-sicraweb.pdf", "role": "act",
     "what": "Giunta Comunale deliberation 47/2027 of Serra Riccò (Sicraweb style): ReportLab, justified with Tw, "
             "letter-spaced title (Tc), number box top right, running head and 'Pag. x di y' foot",
     "operative_points": 4,
     "act": {"municipality": SR, "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 47, "date": "2027-05-11", "time": "17:30",
             "proposal_number": 62, "proposal_date": "2027-05-06", "proposing_office": "AREA TECNICA",
             "subject": SUBJ_SR47,
             "attendees": [att("MORCHIO Lorenzo", "Sindaco"), att("PARODI Silvia", "Vice Sindaco"),
                           att("BAGNASCO Enrico", "Assessore"), att("CANEPA Marta", "Assessore", False),
                           att("REPETTO Davide", "Assessore")],
             "president": {"title": "dott.", "role": "Sindaco", "name": "Lorenzo Morchio"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Federica Olivari"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-serraricco-sicraweb.pdf", "role": "act",
     "what": "determinazione of the Area Tecnica of Serra Riccò, sector n. 58 of 12/05/2027, general register "
             "n. 214 of 13/05/2027 (Sicraweb style): HTML printed by headless Chromium, CSS page-margin foot "
             "with the register number",
     "operative_points": 5,
     "act": {"municipality": SR, "organ": "AREA TECNICA", "office": "Servizio Manutenzioni e Patrimonio",
             "kind": "determinazione", "number": 214, "sector_number": 58, "date": "2027-05-13",
             "subject": "AFFIDAMENTO DIRETTO, AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023, "
                        "DEL SERVIZIO DI SFALCIO DELL'ERBA E DECESPUGLIAMENTO DELLE BANCHINE STRADALI "
                        "COMUNALI – STAGIONE 2027 – ALLA DITTA VERDE POLCEVERA S.R.L. – IMPEGNO DI SPESA – "
                        "CIG B7A41C2F09"}},
    {"file": "ordinanza-serraricco-sicraweb.pdf", "role": "act",
     "what": "ordinanza sindacale 21/2027 of Serra Riccò on overgrown land (Sicraweb style): fpdf2 with an "
             "embedded TrueType font, justified by TJ offsets, protocol stamp rotated up the left margin",
     "operative_points": 4,
     "act": {"municipality": SR, "organ": "Sindaco", "kind": "ordinanza", "number": 21, "date": "2027-05-14",
             "subject": "OBBLIGO DI PULIZIA DEI TERRENI INCOLTI E DI TAGLIO DELLA VEGETAZIONE SPORGENTE "
                        "SULLE STRADE PUBBLICHE AI FINI DELLA PREVENZIONE DEGLI INCENDI BOSCHIVI – ANNO 2027"}},
    {"file": "certificato-serraricco-sicraweb.pdf", "role": "certificate",
     "what": "certificate of publication of Giunta deliberation 47/2027 of Serra Riccò, dated 28/05/2027: "
             "ReportLab form, values typed in Courier over lines of underscores, subject in a ruled box",
     "act": {"municipality": SR, "kind": "attestazione", "number": 47, "date": "2027-05-11",
             "subject": SUBJ_SR47}},
    {"file": "deliberazione-sanferdinandodipuglia-hypersic.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 19/2027 of San Ferdinando di Puglia approving the 2026 accounts "
             "(Hypersic style): .docx by python-docx exported by LibreOffice, roll in two side-by-side "
             "columns, Word numbered list, footer with PAGE/NUMPAGES fields",
     "operative_points": 4,
     "act": {"municipality": SF, "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 19, "date": "2027-05-13", "time": "18:30",
             "proposal_number": 24, "proposal_date": "2027-04-28",
             "proposing_office": "Settore Economico Finanziario",
             "subject": "APPROVAZIONE DEL RENDICONTO DELLA GESTIONE DELL'ESERCIZIO FINANZIARIO 2026, AI SENSI "
                        "DELL'ART. 227 DEL D.LGS. 18 AGOSTO 2000, N. 267.",
             "attendees": [att("PALMIERI Salvatore", "Sindaco"),
                           att("DIPACE Antonio", "Presidente del Consiglio"),
                           att("SCARINGELLA Maria", "Consigliere"), att("LAMACCHIA Giuseppe", "Consigliere"),
                           att("DI BIASE Rosanna", "Consigliere"), att("CAPOZZA Nicola", "Consigliere", False),
                           att("RUSSO Francesca", "Consigliere"), att("DEL VECCHIO Luigi", "Consigliere"),
                           att("ACQUAVIVA Sabino", "Consigliere"), att("LOSITO Teresa", "Consigliere"),
                           att("MASTROPASQUA Vito", "Consigliere"), att("DIMONTE Carmela", "Consigliere", False),
                           att("SGARAMELLA Ruggiero", "Consigliere"), att("CASAMASSIMA Leonardo", "Consigliere"),
                           att("PAOLILLO Angela", "Consigliere", False), att("TAVOLARE Domenico", "Consigliere"),
                           att("DE MARTINO Grazia", "Consigliere")],
             "president": {"title": "avv.", "role": "Presidente del Consiglio Comunale", "name": "Antonio Dipace"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Annalisa Cafagna"},
             "vote": "majority",
             "vote_counts": {"present": 14, "voters": 13, "in_favour": 10, "against": 3, "abstained": 1},
             "immediately_executive": True}},
    {"file": "determinazione-sanferdinandodipuglia-hypersic.pdf", "role": "act",
     "what": "determinazione of the Settore Economico Finanziario (Servizio Tributi) of San Ferdinando di "
             "Puglia, sector n. 87 of 10/05/2027, general register n. 402 of 11/05/2027, proposal 95 "
             "(Hypersic style): HTML printed by wkhtmltopdf, identification grid",
     "operative_points": 4,
     "act": {"municipality": SF, "organ": "SETTORE ECONOMICO FINANZIARIO", "office": "Servizio Tributi",
             "kind": "determinazione", "number": 402, "sector_number": 87, "date": "2027-05-11",
             "proposal_number": 95, "proposal_date": "2027-05-07",
             "subject": "RIMBORSO DI SOMME VERSATE E NON DOVUTE A TITOLO DI IMPOSTA MUNICIPALE PROPRIA (IMU) "
                        "PER LE ANNUALITÀ 2023 E 2024 – CONTRIBUENTE COD. 18452 – LIQUIDAZIONE."}},
    {"file": "avviso-sanferdinandodipuglia-hypersic.pdf", "role": "notice",
     "what": "unnumbered avviso pubblico of the Settore Servizi Sociali of San Ferdinando di Puglia, "
             "12/05/2027 (Hypersic letterhead): hand-written content stream (pikepdf), one Tm per glyph "
             "and no spaces, letterhead Form XObject painted after the body, tilted protocol stamp XObject",
     "act": {"municipality": SF, "office": "SETTORE SERVIZI SOCIALI E PUBBLICA ISTRUZIONE", "kind": "avviso",
             "date": "2027-05-12",
             "subject": "ISCRIZIONI AL CENTRO ESTIVO COMUNALE «ESTATE RAGAZZI 2027» PER MINORI DAI 6 AI 14 ANNI"}},
    {"file": "convocazione-sanferdinandodipuglia-hypersic.pdf", "role": "notice",
     "what": "convocation of the Consiglio Comunale of San Ferdinando di Puglia for 27/05/2027, prot. 10214 "
             "of 14/05/2027, by the Presidente del Consiglio (Hypersic letterhead): HTML printed by Chromium",
     "act": {"municipality": SF, "kind": "convocazione", "date": "2027-05-14",
             "subject": "Convocazione del Consiglio Comunale in sessione ordinaria – seduta del 27 maggio 2027."}},
    {"file": "deliberazione-tesero-pitre.pdf", "role": "act",
     "what": "Giunta comunale deliberation 52 'di data' 12 maggio 2027 of Tesero (PiTre, Trentino style): "
             "pdfLaTeX (no space characters, hyphenation, curly apostrophes), roll with 'Assenti giust./"
             "ingiust.' columns, running head from page 2",
     "operative_points": 5,
     "act": {"municipality": TE, "organ": "Giunta comunale", "kind": "deliberazione",
             "number": 52, "date": "2027-05-12", "time": "18:00",
             "subject": "Concessione di un contributo straordinario al Gruppo Folk «Ciaspolandia» di Tesero "
                        "per l’organizzazione della rassegna estiva 2027. Impegno di spesa.",
             "attendees": [att("DELLADIO MASSIMO", "Sindaco"), att("VANZO CHIARA", "Vicesindaco"),
                           att("ZENI WALTER", "Assessore"), att("MICH ELENA", "Assessore", False),
                           att("DEFLORIAN RENATO", "Assessore")],
             "president": {"title": "signor", "role": "Sindaco", "name": "Massimo Delladio"},
             "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Stefano Zanon"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-tesero-pitre.pdf", "role": "act",
     "what": "determinazione of the Servizio Tecnico of Tesero, general register n. 141 (service n. 38) "
             "di data 10/05/2027: 80-column Courier register print, plain troff through groff -Tps and "
             "ps2pdf, running head and foot with the number",
     "operative_points": 4,
     "act": {"municipality": TE, "organ": "SERVIZIO TECNICO", "office": "UFFICIO LAVORI PUBBLICI E PATRIMONIO",
             "kind": "determinazione", "number": 141, "sector_number": 38, "date": "2027-05-10",
             "subject": "LAVORI DI MANUTENZIONE STRAORDINARIA DEL MANTO DI COPERTURA DELLA SCUOLA PRIMARIA DI "
                        "TESERO. AFFIDAMENTO DIRETTO ALLA DITTA LEGNOTETTI FIEMME S.R.L. E IMPEGNO DI SPESA. "
                        "CIG B7C1055E3A"}},
    {"file": "decreto-tesero-pitre.pdf", "role": "act",
     "what": "decreto del Sindaco n. 7 di data 13 maggio 2027 of Tesero designating the DPO (PiTre style): "
             "ReportLab canvas, each line justified by its own Tc, letterhead Form XObject painted last",
     "operative_points": 4,
     "act": {"municipality": TE, "organ": "Sindaco", "kind": "decreto", "number": 7, "date": "2027-05-13",
             "subject": "Nomina del Responsabile della protezione dei dati personali (RPD) ai sensi dell'art. 37 "
                        "del Regolamento (UE) 2016/679 per il triennio 2027-2029."}},
    {"file": "convocazione-tesero-pitre.pdf", "role": "notice",
     "what": "convocation of the Consiglio comunale of Tesero for 26/05/2027, prot. 2871 of 14/05/2027, "
             "signed by the Sindaco: 80-column plain text through enscript (Courier, running head) and ps2pdf",
     "act": {"municipality": TE, "kind": "convocazione", "date": "2027-05-14",
             "subject": "Convocazione del Consiglio comunale - seduta del 26 maggio 2027."}},
]

MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
          "settembre", "ottobre", "novembre", "dicembre"]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def text_of(pdf):
    return subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, check=True,
                          text=True).stdout


def date_forms(iso):
    y, m, d = iso.split("-")
    di, mi = int(d), int(m)
    return [f"{d}/{m}/{y}", f"{d}.{m}.{y}", f"{di} {MONTHS[mi - 1]} {y}", f"{d} {MONTHS[mi - 1]} {y}"]


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"])
            misses += 1
            continue
        raw = norm(text_of(path))
        low = raw.casefold()
        a = k.get("act", {})

        def need(label, s, exact=False):
            nonlocal misses
            s = norm(s)
            ok = (s in raw) if exact else (s.casefold() in low)
            if not ok:
                print(f"{k['file']}: {label} not found: {s!r}")
                misses += 1

        if "subject" in a:
            need("subject", a["subject"], exact=True)
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                need(f, a[f])
        for who in ("president", "secretary"):
            if who in a:
                for f in ("title", "role", "name"):
                    if f in a[who]:
                        need(f"{who}.{f}", a[who][f])
        for p in a.get("attendees", []):
            need("attendee", p["name"])
            need("attendee role", p["role"])
        for f in ("number", "sector_number", "proposal_number"):
            if f in a and not re.search(r"(?<![\d/.])%d(?![\d])" % a[f], raw):
                print(f"{k['file']}: {f} {a[f]} not found")
                misses += 1
        for f in ("date", "proposal_date"):
            if f in a and not any(x.casefold() in low for x in date_forms(a[f])):
                print(f"{k['file']}: {f} {a[f]} not found")
                misses += 1
        if "time" in a:
            hh, mm = a["time"].split(":")
            if not (f"{hh}:{mm}" in raw or f"{hh}.{mm}" in raw):
                print(f"{k['file']}: time {a['time']} not found")
                misses += 1
        if "municipality" in a and not a["municipality"].startswith(("Comune di", "Città di")):
            print(f"{k['file']}: odd municipality")
            misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(KEYS)} keys written, {misses} misses")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
