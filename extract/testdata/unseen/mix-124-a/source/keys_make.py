#!/usr/bin/env python3
"""Writes ../keys.json for set mix-124-a and checks every keyed string
against `pdftotext -layout` of its PDF (whitespace collapsed; organs,
offices, names, roles and titles without regard to case; subjects exactly).
Numbers and dates are checked too (dates as dd/mm/yyyy, time as hh:mm or
hh,mm). Exits 1 on any miss."""
import json
import os
import re
import subprocess
import sys

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

RIVA = "Comune di Riva Ligure"
NOCERA = "Comune di Nocera Terinese"
FONT = "Comune di Fontanellato"

RIVA_DELIB_SUBJ = ("APPROVAZIONE DEL PROGRAMMA DELLE MANIFESTAZIONI NATALIZIE 2027 \"NATALE A "
                   "RIVA\" E CONCESSIONE DI UN CONTRIBUTO ECONOMICO ALLA PRO LOCO DI RIVA LIGURE.")


def P(name, role, present=True):
    return {"name": name, "role": role, "present": present}


KEYS = [
    {
        "file": "deliberazione-rivaligure-ibis.pdf", "role": "act",
        "what": "Giunta deliberation 118/2027, Christmas events and a grant to the Pro Loco; "
                "IBIS layout by ReportLab platypus, justified with Tw, letterhead, running "
                "head and foot in Form XObjects drawn after the body",
        "operative_points": 4,
        "act": {
            "municipality": RIVA, "organ": "Giunta Comunale", "kind": "deliberazione",
            "number": 118, "date": "2027-12-14", "time": "17:30",
            "proposal_number": 131, "proposal_date": "2027-12-09",
            "proposing_office": "AREA AMMINISTRATIVA E SERVIZI ALLA PERSONA",
            "subject": RIVA_DELIB_SUBJ,
            "attendees": [P("ROVERE Giorgio", "Sindaco"), P("BERTONE Lucia", "Vice Sindaco"),
                          P("GAZZANO Marco", "Assessore", False)],
            "president": {"title": "Sig.", "role": "Sindaco", "name": "Giorgio Rovere"},
            "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale",
                          "name": "Paola Ferrando"},
            "vote": "unanimous", "immediately_executive": True,
        },
    },
    {
        "file": "determinazione-rivaligure-ibis.pdf", "role": "act",
        "what": "determinazione R.G. 412/2027 of the Area Tecnica, road repair awarded; IBIS "
                "layout typeset by pdfLaTeX (glyphs set by TeX, no space characters), "
                "letter-spaced heading (soul), running head and foot with the number",
        "operative_points": 5,
        "act": {
            "municipality": RIVA, "organ": "AREA TECNICA",
            "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
            "number": 412, "sector_number": 96, "date": "2027-12-15",
            "subject": "AFFIDAMENTO DIRETTO DEI LAVORI DI RIPRISTINO DELLA PAVIMENTAZIONE "
                       "STRADALE IN VIA AURELIA, TRATTO LUNGOMARE CRISTOFORO COLOMBO, AI SENSI "
                       "DELL’ART. 50, COMMA 1, LETT. A), DEL D.LGS. N. 36/2023. IMPEGNO DI "
                       "SPESA. CIG B7C4E21A90 – CUP F57H27000410004.",
        },
    },
    {
        "file": "ordinanza-rivaligure-ibis.pdf", "role": "act",
        "what": "the Sindaco's contingent and urgent ordinanza 37/2027 closing a street; IBIS "
                "layout by fpdf2 (Liberation Serif), letter-spaced headings with Tc, justified "
                "body, protocol stamp rotated up the left margin",
        "operative_points": 3,
        "act": {
            "municipality": RIVA, "organ": "Sindaco", "kind": "ordinanza",
            "number": 37, "date": "2027-12-16",
            "subject": "CHIUSURA AL TRANSITO PEDONALE E VEICOLARE DI VIA DEL CASTELLO NEL "
                       "TRATTO COMPRESO TRA I CIVICI 14 E 22 PER PERICOLO DI CROLLO DEL MURO "
                       "DI SOSTEGNO A MONTE DELLA CARREGGIATA.",
        },
    },
    {
        "file": "attestazione-rivaligure-ibis.pdf", "role": "certificate",
        "what": "certificate of publication of Giunta deliberation 118/2027; ReportLab "
                "canvas, a pre-printed form whose blanks of underscores are filled in Courier",
        "act": {
            "municipality": RIVA, "kind": "attestazione", "number": 118,
            "date": "2027-12-14", "subject": RIVA_DELIB_SUBJ,
        },
    },
    {
        "file": "deliberazione-noceraterinese-sigep.pdf", "role": "act",
        "what": "Consiglio Comunale deliberation 41/2027, yearly review of shareholdings, "
                "majority vote; SIGEP 80-column Courier print by plain troff (groff -Tps, "
                "ps2pdf), justified by positioning, roll in two columns, running head and foot",
        "operative_points": 4,
        "act": {
            "municipality": NOCERA, "organ": "Consiglio Comunale", "kind": "deliberazione",
            "number": 41, "date": "2027-12-13", "time": "18:00",
            "proposal_number": 47, "proposal_date": "2027-12-02",
            "proposing_office": "AREA ECONOMICO-FINANZIARIA",
            "subject": "RICOGNIZIONE PERIODICA DELLE PARTECIPAZIONI PUBBLICHE DETENUTE AL 31 "
                       "DICEMBRE 2026 AI SENSI DELL’ART. 20 DEL D.LGS. 19 AGOSTO 2016, N. 175. "
                       "APPROVAZIONE.",
            "attendees": [
                P("FERRARO Antonio", "Sindaco"), P("MAZZA Rocco", "Consigliere"),
                P("GIGLIOTTI Caterina", "Consigliere"), P("BEVILACQUA Saverio", "Consigliere"),
                P("MANCUSO Elena", "Consigliere", False), P("STRANGES Pasquale", "Consigliere"),
                P("CUDA Maria Rosaria", "Consigliere"), P("MURACA Domenico", "Consigliere"),
                P("SACCO Giovanni", "Consigliere"), P("COSTANZO Luigi", "Consigliere", False),
                P("GALLO Teresa", "Consigliere")],
            "president": {"title": "Sig.", "role": "Presidente del Consiglio Comunale",
                          "name": "Rocco Mazza"},
            "secretary": {"title": "Avv.", "role": "Segretario Comunale",
                          "name": "Giuseppina Cardamone"},
            "vote": "majority",
            "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2,
                            "abstained": 0},
            "immediately_executive": True,
        },
    },
    {
        "file": "determinazione-noceraterinese-sigep.pdf", "role": "act",
        "what": "determinazione R.G. 287/2027 of the Area Amministrativa, social grants paid; "
                "SIGEP 80-column report printed by enscript (Courier, running header with the "
                "register number and page count), ps2pdf",
        "operative_points": 5,
        "act": {
            "municipality": NOCERA, "organ": "AREA AMMINISTRATIVA",
            "office": "Servizio Politiche Sociali e Pubblica Istruzione",
            "kind": "determinazione", "number": 287, "sector_number": 64,
            "date": "2027-12-14",
            "subject": "LIQUIDAZIONE CONTRIBUTI ECONOMICI STRAORDINARI A NUCLEI FAMILIARI IN "
                       "CONDIZIONI DI DISAGIO SOCIO-ECONOMICO - SECONDO SEMESTRE 2027.",
        },
    },
    {
        "file": "decreto-noceraterinese-sigep.pdf", "role": "act",
        "what": "the Sindaco's decreto 12/2027 appointing the head of the Area Tecnica; "
                "SIGEP 80-column text printed by a2ps (Courier, footer with the number), "
                "ps2pdf; hyphens come out as minus signs",
        "operative_points": 4,
        "act": {
            "municipality": NOCERA, "organ": "Sindaco", "kind": "decreto",
            "number": 12, "date": "2027-12-15",
            "subject": "NOMINA DEL RESPONSABILE DELL’AREA TECNICA E ATTRIBUZIONE DELLE "
                       "FUNZIONI DI CUI ALL’ART. 107 DEL D.LGS. N. 267/2000 PER L’ANNO 2028.",
        },
    },
    {
        "file": "ordinanza-noceraterinese-sigep.pdf", "role": "act",
        "what": "traffic ordinanza 29/2027 of the Area Vigilanza; SIGEP's Word export "
                "(python-docx, Courier New) converted by LibreOffice Writer 7.4; letterhead in "
                "the page header, number and date in a two-cell table, dashed points",
        "operative_points": 4,
        "act": {
            "municipality": NOCERA, "organ": "AREA VIGILANZA",
            "office": "Servizio Polizia Locale", "kind": "ordinanza",
            "number": 29, "date": "2027-12-16",
            "subject": "ISTITUZIONE DEL DIVIETO DI SOSTA CON RIMOZIONE FORZATA E DEL SENSO "
                       "UNICO ALTERNATO IN VIA ROMA, NEL TRATTO TRA PIAZZA MUNICIPIO E VIA SAN "
                       "FRANCESCO, DAL 20/12/2027 AL 07/01/2028 PER LAVORI SULLA RETE IDRICA.",
        },
    },
    {
        "file": "deliberazione-fontanellato-atlante.pdf", "role": "act",
        "what": "Giunta deliberation 156/2027, tariffs of the Rocca Sanvitale; Atlante HTML "
                "printed by headless Chromium, letter-spaced headings, roll in two columns, "
                "running head and foot as a layout table's thead/tfoot",
        "operative_points": 5,
        "act": {
            "municipality": FONT, "organ": "Giunta Comunale", "kind": "deliberazione",
            "number": 156, "date": "2027-12-16", "time": "12:15",
            "proposal_number": 171, "proposal_date": "2027-12-10",
            "proposing_office": "Settore Cultura, Turismo e Servizi Scolastici",
            "subject": "Rocca Sanvitale: indirizzi per la concessione in uso temporaneo delle "
                       "sale per iniziative culturali e approvazione delle tariffe per l'anno 2028.",
            "attendees": [P("BOTTAZZI Luca", "Sindaco"), P("GHIRARDI Francesca", "Vicesindaco"),
                          P("AVANZINI Michele", "Assessore"),
                          P("CAVALLI Silvia", "Assessore", False),
                          P("MAGNANI Enrico", "Assessore")],
            "president": {"role": "Sindaco", "name": "Luca Bottazzi"},
            "secretary": {"title": "dott.ssa", "role": "Segretario Generale",
                          "name": "Elena Concari"},
            "vote": "unanimous", "immediately_executive": True,
        },
    },
    {
        "file": "determinazione-fontanellato-atlante.pdf", "role": "act",
        "what": "determinazione 623/2027 of the Settore Affari Generali e Finanziari, IMU "
                "refunds; Atlante HTML printed by wkhtmltopdf 0.12.6 (tables, justified text, "
                "letter-spaced band)",
        "operative_points": 4,
        "act": {
            "municipality": FONT, "organ": "SETTORE AFFARI GENERALI E FINANZIARI",
            "office": "Servizio Tributi", "kind": "determinazione",
            "number": 623, "sector_number": 118, "date": "2027-12-15",
            "subject": "Rimborso di somme versate e non dovute a titolo di Imposta Municipale "
                       "Propria (IMU) per le annualità 2023, 2024 e 2025. Impegno e "
                       "liquidazione della spesa.",
        },
    },
    {
        "file": "convocazione-fontanellato-atlante.pdf", "role": "notice",
        "what": "the Sindaco's convocation of the Consiglio Comunale for 20/12/2027; content "
                "stream written directly with pikepdf, every glyph placed alone (no spaces), "
                "justified by position, letterhead and foot in Form XObjects drawn last",
        "act": {
            "municipality": FONT, "kind": "convocazione", "date": "2027-12-13",
            "subject": "Convocazione del Consiglio Comunale in seduta ordinaria per il giorno "
                       "lunedì 20 dicembre 2027 alle ore 20:30.",
        },
    },
    {
        "file": "avviso-fontanellato-atlante.pdf", "role": "notice",
        "what": "unnumbered avviso pubblico of the Settore Servizi alla Persona, rent grants "
                "2028; Atlante HTML printed by headless Chromium, letter-spaced band, "
                "requisites in two CSS columns",
        "act": {
            "municipality": FONT, "office": "Settore Servizi alla Persona", "kind": "avviso",
            "date": "2027-12-17",
            "subject": "AVVISO PUBBLICO PER LA CONCESSIONE DI CONTRIBUTI A SOSTEGNO DEL "
                       "PAGAMENTO DEI CANONI DI LOCAZIONE – ANNO 2028",
        },
    },
]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    misses = 0
    names = sorted(f for f in os.listdir(SET) if f.endswith(".pdf"))
    keyed = [k["file"] for k in KEYS]
    if sorted(keyed) != names:
        print("files and keys differ:", sorted(set(names) ^ set(keyed)))
        misses += 1
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            continue
        txt = norm(subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                                  text=True, check=True).stdout)
        low = txt.lower()
        a = k["act"]

        def need(s, exact=False):
            nonlocal misses
            s = norm(s)
            ok = (s in txt) if exact else (s.lower() in low)
            if not ok:
                misses += 1
                print("MISS %s: %r" % (k["file"], s))

        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                need(a[f])
        if "subject" in a:
            need(a["subject"], exact=True)
        for p in a.get("attendees", []):
            need(p["name"])
            need(p["role"])
        for who in ("president", "secretary"):
            for f, v in a.get(who, {}).items():
                need(v)
        if "number" in a:
            if not re.search(r"(?<!\d)%d(?!\d)" % a["number"], txt):
                misses += 1
                print("MISS %s: number %s" % (k["file"], a["number"]))
        for f in ("date", "proposal_date"):
            if f in a:
                y, m, d = a[f].split("-")
                need("%s/%s/%s" % (d, m, y))
        if "time" in a:
            h, mi = a["time"].split(":")
            if "%s:%s" % (h, mi) not in txt and "%s,%s" % (h, mi) not in txt:
                misses += 1
                print("MISS %s: time %s" % (k["file"], a["time"]))
        for f, v in a.get("vote_counts", {}).items():
            pass  # counts are checked by reading (NOTES.md)
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
