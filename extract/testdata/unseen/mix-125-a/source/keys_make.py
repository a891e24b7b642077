#!/usr/bin/env python3
"""Writes ../keys.json for set mix-125-a and checks every keyed string against
`pdftotext -layout` of its PDF (whitespace collapsed; names, roles, organs and
offices without regard to case or the shape of the apostrophe; subjects as
printed). Numbers must appear as digits, dates as dd/mm/yyyy, times as printed.
Exits 1 on any miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def P(name, role, present=True):
    return {"name": name, "role": role, "present": present}


SUBJ_MS_GC = ("Approvazione del progetto di fattibilità tecnico-economica dei lavori di manutenzione straordinaria "
              "della copertura della scuola primaria “G. Carducci” – CUP J47H27000310004")

KEYS = [
    {"file": "deliberazione-montescudaio-civilianext.pdf", "role": "act",
     "what": "Giunta deliberation 3/2028 of Montescudaio (Civilia Next style): ReportLab platypus, Tw-justified "
             "paragraphs, a Tc letter-spaced heading, running head with the number from page 2, 'Pagina x di y' foot",
     "operative_points": 4,
     "act": {"municipality": "Comune di Montescudaio", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 3, "date": "2028-01-11", "time": "12:30", "proposal_number": 5,
             "proposal_date": "2028-01-07", "proposing_office": "Area Tecnica", "subject": SUBJ_MS_GC,
             "attendees": [P("FEDELI Lorenzo", "Sindaco"), P("SALVADORI Chiara", "Vicesindaco"),
                           P("NICCOLAI Paolo", "Assessore", False)],
             "president": {"role": "Sindaco", "name": "Lorenzo Fedeli"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Ilaria Morelli"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-montescudaio-civilianext.pdf", "role": "act",
     "what": "determinazione of the Area Tecnica, R.G. 12 of 12/01/2028 and Area n. 4 of 10/01/2028 (Civilia "
             "Next style): python-docx .docx exported by LibreOffice Writer, header in the page header, "
             "footer with the number and PAGE/NUMPAGES fields",
     "operative_points": 5,
     "act": {"municipality": "Comune di Montescudaio", "organ": "Area Tecnica",
             "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione", "number": 12,
             "sector_number": 4, "date": "2028-01-12", "proposal_number": 9, "proposal_date": "2028-01-10",
             "subject": "Affidamento diretto, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023, del "
                        "servizio di potatura straordinaria e messa in sicurezza delle alberature di Viale della "
                        "Rimembranza alla ditta Verde Maremma S.r.l. – CIG B5D21E8A47 – Impegno di spesa."}},
    {"file": "ordinanza-montescudaio-civilianext.pdf", "role": "act",
     "what": "Sindaco's ordinanza contingibile e urgente n. 2 of 13/01/2028 (Civilia Next style): HTML printed by "
             "Chromium, CSS letter-spaced headings, a protocol stamp turned 90 degrees in the left margin",
     "operative_points": 3,
     "act": {"municipality": "Comune di Montescudaio", "organ": "Sindaco", "kind": "ordinanza", "number": 2,
             "date": "2028-01-13",
             "subject": "Ordinanza contingibile e urgente per l'eliminazione del pericolo per la pubblica "
                        "incolumità derivante dal distacco di intonaco e di porzioni del cornicione del "
                        "fabbricato sito in Via del Poggio n. 14."}},
    {"file": "certificato-montescudaio-civilianext.pdf", "role": "certificate",
     "what": "certificate of publication of Giunta deliberation 3 of 11/01/2028, affixed 14/01/2028 (reg. 27): "
             "fpdf2 form whose number, dates and signer are written over rows of underscores",
     "act": {"municipality": "Comune di Montescudaio", "kind": "attestazione", "number": 3, "date": "2028-01-11",
             "subject": SUBJ_MS_GC}},
    {"file": "deliberazione-campisalentina-halley.pdf", "role": "act",
     "what": "Consiglio deliberation 2/2028 of Campi Salentina (Halley 'COPIA' style): pdfLaTeX, roll of 17 in two "
             "columns side by side, running head with the number, vote by majority with counts, F.to signatures",
     "operative_points": 3,
     "act": {"municipality": "Comune di Campi Salentina", "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 2, "date": "2028-01-10", "time": "18:30", "proposal_number": 6,
             "proposal_date": "2027-12-28", "proposing_office": "Settore Sviluppo Economico – SUAP",
             "subject": "MODIFICA DEL REGOLAMENTO COMUNALE PER L’APPLICAZIONE DEL CANONE DI CONCESSIONE PER "
                        "L’OCCUPAZIONE DELLE AREE E DEGLI SPAZI APPARTENENTI AL DEMANIO O AL PATRIMONIO "
                        "INDISPONIBILE DESTINATI A MERCATI – ARTICOLI 8 E 12.",
             "attendees": [P("MARTELLA Gianluca", "Sindaco"), P("PERRONE Annalisa", "Presidente"),
                           P("CALÒ Vito", "Consigliere"), P("MIGLIETTA Daniela", "Consigliere"),
                           P("SPAGNOLO Cosimo", "Consigliere", False), P("PELLEGRINO Marta", "Consigliere"),
                           P("DE PASCALIS Luigi", "Consigliere"), P("QUARTA Serena", "Consigliere"),
                           P("GRECO Antonio", "Consigliere"), P("LEOPIZZI Fabio", "Consigliere"),
                           P("CARROZZO Elisa", "Consigliere", False), P("RIZZO Donato", "Consigliere"),
                           P("PAGLIARA Giorgia", "Consigliere"), P("MANCA Pierluigi", "Consigliere"),
                           P("VERGARI Rosanna", "Consigliere", False), P("LEZZI Massimo", "Consigliere"),
                           P("TOMA Federica", "Consigliere")],
             "president": {"title": "dott.ssa", "role": "Presidente del Consiglio Comunale",
                           "name": "Annalisa Perrone"},
             "secretary": {"title": "avv.", "role": "Segretario Generale", "name": "Roberto Mazzotta"},
             "vote": "majority",
             "vote_counts": {"present": 14, "voters": 12, "in_favour": 10, "against": 2, "abstained": 2},
             "immediately_executive": True}},
    {"file": "determinazione-campisalentina-halley.pdf", "role": "act",
     "what": "determinazione of the Settore Lavori Pubblici e Ambiente, Settore n. 9 of 11/01/2028, R.G. 27 of "
             "12/01/2028 (Halley style): content streams written by hand (pikepdf), glyphs placed one by one, "
             "Tc-justified lines, letterhead Form XObject drawn last, running foot drawn first",
     "operative_points": 4,
     "act": {"municipality": "Comune di Campi Salentina", "organ": "Settore Lavori Pubblici e Ambiente",
             "office": "Servizio Ambiente e Igiene Urbana", "kind": "determinazione", "number": 27,
             "sector_number": 9, "date": "2028-01-12",
             "subject": "CONFERIMENTO DELLA FRAZIONE ORGANICA (CER 20.01.08) PRESSO IMPIANTO AUTORIZZATO – "
                        "LIQUIDAZIONE FATTURE DEL MESE DI NOVEMBRE 2027 ALLA DITTA ECOLOGICA SALENTO S.R.L. – "
                        "CIG A03F5D7C21."}},
    {"file": "decreto-campisalentina-halley.pdf", "role": "act",
     "what": "Decreto del Sindaco n. 1 of 10/01/2028 appointing a Settore's head (Halley 'COPIA' style): HTML "
             "printed by wkhtmltopdf",
     "operative_points": 4,
     "act": {"municipality": "Comune di Campi Salentina", "organ": "Sindaco", "kind": "decreto", "number": 1,
             "date": "2028-01-10",
             "subject": "NOMINA DEL RESPONSABILE DEL SETTORE AFFARI GENERALI E SERVIZI DEMOGRAFICI E "
                        "CONFERIMENTO DELL'INCARICO DI ELEVATA QUALIFICAZIONE PER IL PERIODO DAL 15/01/2028 AL "
                        "31/12/2028."}},
    {"file": "avviso-campisalentina-halley.pdf", "role": "notice",
     "what": "unnumbered avviso pubblico of the Settore Servizi alla Persona, prot. 721 of 13/01/2028: python-docx "
             ".docx exported by LibreOffice Writer, letterhead in the page header",
     "act": {"municipality": "Comune di Campi Salentina", "office": "Settore Servizi alla Persona",
             "kind": "avviso", "date": "2028-01-13",
             "subject": "AVVISO PUBBLICO PER LA CONCESSIONE DI CONTRIBUTI ALLE ASSOCIAZIONI CULTURALI, SPORTIVE "
                        "E DI VOLONTARIATO – ANNO 2028"}},
    {"file": "deliberazione-osoppo-adweb.pdf", "role": "act",
     "what": "Giunta deliberation 4/2028 of Osoppo (ADWeb style): 80-column Courier report in plain troff, "
             "groff -Tps and ps2pdf, justified body, roll in fixed columns, running head with the number",
     "operative_points": 3,
     "act": {"municipality": "Comune di Osoppo", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 4, "date": "2028-01-12", "time": "18:00", "proposal_number": 6,
             "proposal_date": "2028-01-10", "proposing_office": "Area Amministrativa",
             "subject": "Concessione in uso della palestra comunale all'Associazione Sportiva Dilettantistica "
                        "Osoppo Volley per la stagione sportiva 2027/2028. Approvazione dello schema di "
                        "convenzione.",
             "attendees": [P("ZANINI Andrea", "Sindaco"), P("COLUSSI Elena", "Vice Sindaco"),
                           P("BERTOLI Marco", "Assessore"), P("DE CECCO Silvia", "Assessore", False),
                           P("PIUZZI Luca", "Assessore")],
             "president": {"title": "sig.", "role": "Sindaco", "name": "Andrea Zanini"},
             "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Fabio Cargnelutti"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-osoppo-adweb.pdf", "role": "act",
     "what": "determinazione of the Area Economico-Finanziaria, R.G. 7 and Area n. 2 of 13/01/2028 (ADWeb style): "
             "80-column Latin-1 text printed by enscript (its header bar carries the number) and ps2pdf",
     "operative_points": 4,
     "act": {"municipality": "Comune di Osoppo", "organ": "Area Economico-Finanziaria", "office": "Servizio Tributi",
             "kind": "determinazione", "number": 7, "sector_number": 2, "date": "2028-01-13",
             "proposal_number": 11, "proposal_date": "2028-01-11",
             "subject": "AFFIDAMENTO DEL SERVIZIO DI STAMPA, IMBUSTAMENTO E RECAPITO DEGLI AVVISI DI PAGAMENTO "
                        "TARI E IMU ANNO 2028 - CIG B6A90F3E15 - IMPEGNO DI SPESA."}},
    {"file": "convocazione-osoppo-adweb.pdf", "role": "notice",
     "what": "the Sindaco's notice convening the Consiglio for 20/01/2028, prot. 312 of 14/01/2028 (ADWeb "
             "style): 80-column text printed by a2ps and ps2pdf, a2ps title bar as running head",
     "act": {"municipality": "Comune di Osoppo", "kind": "convocazione", "date": "2028-01-14",
             "subject": "Convocazione del Consiglio comunale in sessione ordinaria."}},
    {"file": "avviso-osoppo-adweb.pdf", "role": "notice",
     "what": "unnumbered avviso pubblico of the Area Tecnica, prot. 318 of 14/01/2028 (ADWeb style): ReportLab "
             "canvas, Tw-justified lines, letterhead and a 90-degree Albo stamp as Form XObjects drawn last",
     "act": {"municipality": "Comune di Osoppo", "office": "Area Tecnica", "kind": "avviso", "date": "2028-01-14",
             "subject": "AVVISO PUBBLICO PER L'ASSEGNAZIONE DI ORTI URBANI COMUNALI IN COMODATO D'USO GRATUITO – "
                        "ANNO 2028"}},
]


def norm(s, fold):
    s = re.sub(r"\s+", " ", s).strip()
    if fold:
        s = s.replace("’", "'").replace("‘", "'").lower()
    return s


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"]); misses += 1; continue
        txt = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                             check=True).stdout
        exact, folded = norm(txt, False), norm(txt, True)
        a = k["act"]
        checks = []  # (label, string, fold)
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                checks.append((f, a[f], True))
        if "subject" in a:
            checks.append(("subject", a["subject"], False))
        for i, at in enumerate(a.get("attendees", [])):
            checks.append(("attendee %d name" % i, at["name"], True))
            checks.append(("attendee %d role" % i, at["role"], True))
        for who in ("president", "secretary"):
            for f, v in a.get(who, {}).items():
                checks.append(("%s %s" % (who, f), v, True))
        for f in ("date", "proposal_date"):
            if f in a:
                y, m, d = a[f].split("-")
                checks.append((f, "%s/%s/%s" % (d, m, y), False))
        if "time" in a:
            checks.append(("time", a["time"], False))
        for f in ("number", "sector_number", "proposal_number"):
            if f in a:
                if not re.search(r"(?<!\d)%d(?!\d)" % a[f], exact):
                    print("MISS %s %s: %r" % (k["file"], f, a[f])); misses += 1
        for f, v in a.get("vote_counts", {}).items():
            if not re.search(r"(?<!\d)%d(?!\d)" % v, exact):
                print("MISS %s vote_counts.%s" % (k["file"], f)); misses += 1
        for label, s, fold in checks:
            hay = folded if fold else exact
            if norm(s, fold) not in hay:
                print("MISS %s %s: %r" % (k["file"], label, s)); misses += 1
        if a.get("attendees"):
            pres = sum(1 for x in a["attendees"] if x["present"])
            print("  %s: %d attendees, %d present" % (k["file"], len(a["attendees"]), pres))
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%d files keyed, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
