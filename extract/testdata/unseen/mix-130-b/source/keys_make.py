#!/usr/bin/env python3
"""Writes ../keys.json and checks that every keyed string is found in
`pdftotext -layout` of its PDF (whitespace collapsed). Subjects are
matched exactly; municipality, organ, office, names, roles and titles
without regard to case or the shape of the apostrophe, as the keys are
scored. Numbers and dates are checked in the forms the documents print.
Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

SS = "Comune di Santa Sofia"
SEC_SS = {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Roberta Casadei"}
SEC_MI = {"title": "dott.", "role": "Segretario Comunale", "name": "Pasquale Di Lallo"}
PRES_MI = {"title": "Sig.", "role": "Sindaco", "name": "Antonio Caranci"}
SEC_FO = {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Valentina Cargiolli"}
PRES_FO = {"role": "Sindaco", "name": "Luca Baldassini"}


def att(rows):
    return [{"name": n, "role": r, "present": p} for n, r, p in rows]


KEYS = [
    {"file": "deliberazione-santasofia-ads.pdf", "role": "act",
     "what": "Commissario straordinario deliberating with the powers of the Giunta, n. 41/2028, in the "
             "Santa Sofia 'ADS' style (grey letterhead band, OGGETTO box); ReportLab platypus, justified "
             "with Tw, letter-spaced heading with Tc, running head with the number, 'Pagina x di y' foot",
     "operative_points": 4,
     "act": {"municipality": SS, "organ": "Commissario Straordinario", "kind": "deliberazione",
             "number": 41, "date": "2028-06-07", "time": "11:00",
             "proposal_number": 52, "proposal_date": "2028-06-05", "proposing_office": "Area Tecnica",
             "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITA' TECNICO-ECONOMICA DEI LAVORI DI MESSA IN "
                        "SICUREZZA DEL PONTE SUL FIUME BIDENTE IN LOCALITA' CORNIOLO - CUP E47H28000310004",
             "secretary": SEC_SS, "immediately_executive": True}},
    {"file": "consiglio-santasofia-ads.pdf", "role": "act",
     "what": "Commissario straordinario deliberating with the powers of the Consiglio, n. 12/2028 of its own "
             "register, Santa Sofia 'ADS' style; HTML printed by headless Chromium, band and running head "
             "in a repeated thead, register line in a repeated tfoot, CSS letter-spacing on the heading",
     "operative_points": 5,
     "act": {"municipality": SS, "organ": "Commissario Straordinario", "kind": "deliberazione",
             "number": 12, "date": "2028-06-14", "time": "10:30",
             "proposal_number": 9, "proposal_date": "2028-06-08",
             "proposing_office": "Area Economico-Finanziaria",
             "subject": "VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2028/2030 E VERIFICA DEGLI EQUILIBRI "
                        "GENERALI DI BILANCIO AI SENSI DEGLI ARTT. 175 E 193 DEL D.LGS. N. 267/2000",
             "secretary": SEC_SS, "immediately_executive": True}},
    {"file": "determinazione-santasofia-ads.pdf", "role": "act",
     "what": "determinazione of the Area Economico-Finanziaria (Servizio Tributi) printed in a dark band "
             "under the letterhead band; content streams written by hand with pikepdf: both bands are Form "
             "XObjects drawn after the body, Tw justification, Tc heading, a signature note rotated up the "
             "left margin, running foot with the number",
     "operative_points": 4,
     "act": {"municipality": SS, "organ": "AREA ECONOMICO-FINANZIARIA", "office": "Servizio Tributi",
             "kind": "determinazione", "number": 287, "sector_number": 61, "date": "2028-06-19",
             "subject": "AFFIDAMENTO DEL SERVIZIO DI STAMPA, IMBUSTAMENTO E RECAPITO DEGLI AVVISI DI PAGAMENTO "
                        "TARI 2028 - DETERMINA A CONTRARRE E IMPEGNO DI SPESA - CIG B1C7E4A920"}},
    {"file": "ordinanza-santasofia-ads.pdf", "role": "act",
     "what": "ordinanza n. 18/2028 of the Commissario straordinario exercising the Sindaco's powers, Santa "
             "Sofia 'ADS' style; fpdf2 with an embedded Liberation Sans subset (Identity-H), justification "
             "by TJ displacements, letter-spaced heading (Tc)",
     "operative_points": 3,
     "act": {"municipality": SS, "organ": "Commissario Straordinario", "kind": "ordinanza",
             "number": 18, "date": "2028-06-22",
             "subject": "DIVIETO TEMPORANEO DI BALNEAZIONE NEL TRATTO DEL FIUME BIDENTE COMPRESO TRA IL PONTE "
                        "DI CORNIOLO E LA LOCALITA' ISOLA"}},
    {"file": "deliberazione-macchiadisernia-halley.pdf", "role": "act",
     "what": "Giunta deliberation n. 37/2028 headed 'VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE', an "
             "80-column Courier report of the Macchia d'Isernia 'Halley' style; GNU enscript (running head "
             "with number and 'Pag. x di y'), ps2pdf; enscript's Courier turns every apostrophe into U+2019",
     "operative_points": 3,
     "act": {"municipality": "Comune di Macchia d\u2019Isernia", "organ": "Giunta Comunale",
             "kind": "deliberazione", "number": 37, "date": "2028-06-09", "time": "13:15",
             "subject": "CONCESSIONE CONTRIBUTO ECONOMICO ALLA PRO LOCO \"MACCHIA D\u2019ISERNIA\" PER "
                        "L\u2019ORGANIZZAZIONE DEI FESTEGGIAMENTI IN ONORE DI SANT\u2019ANTONIO DI PADOVA - "
                        "ANNO 2028.",
             "attendees": att([("CARANCI ANTONIO", "SINDACO", True),
                               ("PETRECCA LUCIA", "VICE SINDACO", True),
                               ("IANNACONE MICHELE", "ASSESSORE", True)]),
             "president": PRES_MI, "secretary": SEC_MI, "vote": "unanimous",
             "immediately_executive": True}},
    {"file": "consiglio-macchiadisernia-halley.pdf", "role": "act",
     "what": "Consiglio deliberation n. 14/2028 whose heading names no organ ('DELIBERAZIONE N. 14', "
             "'Adunanza ordinaria di prima convocazione') and whose body opens with 'IL CONSIGLIO COMUNALE'; "
             "80-column report with a numbered two-column roll, plain troff in Courier with hand-written page "
             "traps (groff -Tps, ps2pdf), running foot with the number",
     "operative_points": 3,
     "act": {"municipality": "Comune di Macchia d'Isernia", "organ": "Consiglio Comunale",
             "kind": "deliberazione", "number": 14, "date": "2028-06-23", "time": "18:00",
             "subject": "MODIFICA DEL REGOLAMENTO COMUNALE PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI "
                        "CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA E DEL CANONE MERCATALE.",
             "attendees": att([("CARANCI ANTONIO", "SINDACO", True),
                               ("PETRECCA LUCIA", "CONSIGLIERE", True),
                               ("IANNACONE MICHELE", "CONSIGLIERE", True),
                               ("DI CRISTOFARO LUIGI", "CONSIGLIERE", True),
                               ("SCARANO ANNA MARIA", "CONSIGLIERE", True),
                               ("VALENTE GIUSEPPE", "CONSIGLIERE", False),
                               ("ORLANDO FRANCESCA", "CONSIGLIERE", True),
                               ("D'ANDREA PIETRO", "CONSIGLIERE", True),
                               ("COLALILLO ERMINIO", "CONSIGLIERE", True),
                               ("TAMBURRI ROBERTO", "CONSIGLIERE", True),
                               ("RUSSO DOMENICO", "CONSIGLIERE", False)]),
             "president": PRES_MI, "secretary": SEC_MI, "vote": "majority",
             "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
             "immediately_executive": True}},
    {"file": "decreto-macchiadisernia-halley.pdf", "role": "act",
     "what": "decreto del Sindaco n. 6/2028 (appointment of the head of the Area Tecnica), 80-column Courier "
             "report; GNU a2ps (sheet footer with number and page), ps2pdf; a2ps's encoding turns every "
             "hyphen into U+2212 and every apostrophe into U+2019 in the text layer",
     "operative_points": 4,
     "act": {"municipality": "Comune di Macchia d\u2019Isernia", "organ": "Sindaco", "kind": "decreto",
             "number": 6, "date": "2028-06-05",
             "subject": "NOMINA DEL RESPONSABILE DELL\u2019AREA TECNICA E ATTRIBUZIONE DELLE FUNZIONI DI CUI "
                        "ALL\u2019ART. 107 DEL D.LGS. N. 267/2000 \u2212 PERIODO 05\u221206\u22122028 / "
                        "31\u221212\u22122028."}},
    {"file": "determinazione-macchiadisernia-halley.pdf", "role": "act",
     "what": "determinazione of the Area Tecnica (Servizio Manutenzioni e Patrimonio) typed on the office's "
             "Word model in Courier New, register numbers and dates filled over underscores; python-docx, "
             "LibreOffice Writer 7.4, footer with PAGE/NUMPAGES fields",
     "operative_points": 5,
     "act": {"municipality": "Comune di Macchia d'Isernia", "organ": "AREA TECNICA",
             "office": "Servizio Manutenzioni e Patrimonio", "kind": "determinazione",
             "number": 143, "sector_number": 58, "date": "2028-06-20",
             "subject": "AFFIDAMENTO DIRETTO DEI LAVORI DI MANUTENZIONE STRAORDINARIA DELLA STRADA COMUNALE "
                        "\"COLLE VECCHIO\" ALLA DITTA EDIL VOLTURNO S.R.L. - IMPEGNO DI SPESA - CIG B2A4C91E07 "
                        "- CUP C57H28000120006"}},
    {"file": "consiglio-follo-jiride.pdf", "role": "act",
     "what": "Consiglio deliberation n. 27/2028 with 'Deliberazione del Consiglio Comunale' in the Follo "
             "'J-Iride' header box (ente | type | number); two-column roll of 13, majority vote with counts; "
             "HTML through wkhtmltopdf 0.12.6",
     "operative_points": 4,
     "act": {"municipality": "Comune di Follo", "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 27, "date": "2028-06-29", "time": "21:00",
             "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON IL COMUNE DI BOLANO PER LA GESTIONE "
                        "ASSOCIATA DEL SERVIZIO DI POLIZIA LOCALE AI SENSI DELL'ART. 30 DEL D.LGS. N. 267/2000",
             "attendees": att([("BALDASSINI Luca", "Sindaco", True),
                               ("LOMBARDI Sara", "Consigliere", True),
                               ("RATTI Paolo", "Consigliere", True),
                               ("TOGNONI Elena", "Consigliere", True),
                               ("FRANDI Marco", "Consigliere", True),
                               ("BERTOLLA Giulia", "Consigliere", True),
                               ("MUSETTI Andrea", "Consigliere", True),
                               ("GIANARDI Roberto", "Consigliere", True),
                               ("PAGANINI Chiara", "Consigliere", False),
                               ("FERRARI Stefano", "Consigliere", True),
                               ("CORDIVIOLA Marina", "Consigliere", True),
                               ("BERNUCCI Alessio", "Consigliere", True),
                               ("SOLARI Ivana", "Consigliere", False)]),
             "president": PRES_FO, "secretary": SEC_FO, "vote": "majority",
             "vote_counts": {"present": 11, "voters": 10, "in_favour": 8, "against": 2, "abstained": 1},
             "immediately_executive": True}},
    {"file": "deliberazione-follo-jiride.pdf", "role": "act",
     "what": "Giunta deliberation n. 88/2028 with 'Deliberazione della Giunta Comunale' letter-spaced in the "
             "Follo header box; pdfLaTeX (Times, soul's \\so, tabularx, fancyhdr foot with number and "
             "'Pag. x di y'), roll of 5 with SI/NO",
     "operative_points": 4,
     "act": {"municipality": "Comune di Follo", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 88, "date": "2028-06-13", "time": "17:00",
             "subject": "APPROVAZIONE DEL PROGRAMMA DEI CENTRI ESTIVI COMUNALI 2028 E DELLE TARIFFE DI "
                        "COMPARTECIPAZIONE A CARICO DELLE FAMIGLIE",
             "attendees": att([("BALDASSINI Luca", "Sindaco", True),
                               ("LOMBARDI Sara", "Vicesindaco", True),
                               ("RATTI Paolo", "Assessore", True),
                               ("TOGNONI Elena", "Assessore", False),
                               ("FRANDI Marco", "Assessore", True)]),
             "president": PRES_FO, "secretary": SEC_FO, "vote": "unanimous",
             "vote_counts": {"in_favour": 4}, "immediately_executive": True}},
    {"file": "determinazione-follo-jiride.pdf", "role": "act",
     "what": "determinazione of the Settore 3 - Tecnico (Servizio Lavori Pubblici e Manutenzioni) named in "
             "the middle cell of the Follo header box, general and sector numbers in the right cell; "
             "python-docx, LibreOffice Writer 7.4, running foot with PAGE/NUMPAGES",
     "operative_points": 5,
     "act": {"municipality": "Comune di Follo", "organ": "SETTORE 3 - TECNICO",
             "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
             "number": 412, "sector_number": 98, "date": "2028-06-26",
             "subject": "LAVORI DI EFFICIENTAMENTO ENERGETICO DELLA SCUOLA PRIMARIA DI PIANO DI FOLLO - "
                        "APPROVAZIONE DELLO STATO FINALE E DEL CERTIFICATO DI REGOLARE ESECUZIONE - CUP "
                        "E67H26000210006 - CIG B1D8F3A602"}},
    {"file": "ordinanza-follo-jiride.pdf", "role": "act",
     "what": "ordinanza sindacale n. 21/2028 in the Follo header box; ReportLab canvas placing every glyph "
             "on its own with a text matrix and no space characters (report-engine style), justification "
             "by glyph positions, letter-spaced headings, running foot with the number",
     "operative_points": 5,
     "act": {"municipality": "Comune di Follo", "organ": "Sindaco", "kind": "ordinanza",
             "number": 21, "date": "2028-06-16",
             "subject": "MISURE PER LA PREVENZIONE DEGLI INCENDI BOSCHIVI E PER LA PULIZIA DEI TERRENI "
                        "INCOLTI E DELLE AREE A RISCHIO NEL TERRITORIO COMUNALE - STAGIONE ESTIVA 2028"}},
]


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def loose(s):
    s = collapse(s).casefold()
    return s.replace("\u2019", "'").replace("\u2018", "'").replace("\u2212", "-")


def date_forms(iso):
    y, m, d = iso.split("-")
    return ["%s/%s/%s" % (d, m, y), "%s-%s-%s" % (d, m, y), "%s\u2212%s\u2212%s" % (d, m, y)]


def main():
    misses = 0
    for k in KEYS:
        pdf = os.path.join(SET, k["file"])
        txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True,
                             check=True).stdout
        exact, lo = collapse(txt), loose(txt)
        a = k["act"]

        def need(val, how, label):
            nonlocal misses
            ok = (collapse(val) in exact) if how == "exact" else (loose(val) in lo)
            if not ok:
                misses += 1
                print("MISS %s %s: %r" % (k["file"], label, val))

        need(a["subject"], "exact", "subject")
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                need(a[f], "loose", f)
        for f in ("president", "secretary"):
            if f in a:
                for g in ("title", "role", "name"):
                    if g in a[f]:
                        need(a[f][g], "loose", f + "." + g)
        for i, p in enumerate(a.get("attendees", [])):
            need(p["name"], "loose", "attendee %d name" % i)
            need(p["role"], "loose", "attendee %d role" % i)
        if "time" in a:
            need(a["time"], "exact", "time")
        if not any(f in exact for f in date_forms(a["date"])):
            misses += 1
            print("MISS %s date %s" % (k["file"], a["date"]))
        for f in ("number", "sector_number", "proposal_number"):
            if f in a and not re.search(r"(?<![0-9])%d(?![0-9])" % a[f], exact):
                misses += 1
                print("MISS %s %s %d" % (k["file"], f, a[f]))
        if "proposal_date" in a and not any(f in exact for f in date_forms(a["proposal_date"])):
            misses += 1
            print("MISS %s proposal_date" % k["file"])
        for f, v in a.get("vote_counts", {}).items():
            if not re.search(r"(?<![0-9])%d(?![0-9])" % v, exact):
                misses += 1
                print("MISS %s vote_counts.%s" % (k["file"], f))
        if a.get("immediately_executive") and "immediatamente eseguibile" not in lo:
            misses += 1
            print("MISS %s immediately_executive" % k["file"])
    files = sorted(f for f in os.listdir(SET) if f.endswith(".pdf"))
    keyed = sorted(k["file"] for k in KEYS)
    if files != keyed:
        misses += 1
        print("MISS file list: pdfs %s keys %s" % (files, keyed))
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
