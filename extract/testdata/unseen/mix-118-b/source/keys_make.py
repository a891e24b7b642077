#!/usr/bin/env python3
"""Write ../keys.json for mix-118-b and check every keyed string against
`pdftotext -layout` of its PDF (white space collapsed).  Organs, offices,
bodies and names are compared without regard to case or the shape of the
apostrophe; subjects exactly.  Numbers must stand as a whole number and dates
as dd/mm/yyyy somewhere in the text.  Exits 1 on any miss.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

ASL = "Azienda Sanitaria Locale della provincia di Bari"
ASST = "ASST Pavia"
PROV = "Provincia di Verona"

KEYS = [
    {"file": "deliberazione-aslbari-docsuite.pdf", "role": "act",
     "what": "ASL Bari, deliberazione del Direttore Generale with the heading grid (Struttura proponente, "
             "proposta, responsabile), the DA and DS opinions side by side and a running foot; ReportLab "
             "platypus, Times justified with Tw",
     "operative_points": 5,
     "act": {"municipality": ASL, "organ": "Direttore Generale", "kind": "deliberazione",
             "number": 1184, "date": "2027-06-15",
             "proposal_number": 1301, "proposal_date": "2027-06-09",
             "proposing_office": "Area Gestione del Patrimonio",
             "subject": "Procedura aperta telematica per l'affidamento del servizio di manutenzione "
                        "full-risk delle apparecchiature elettromedicali dei presidi ospedalieri "
                        "aziendali per la durata di 36 mesi. Aggiudicazione definitiva. CIG B7A41C92F3.",
             "immediately_executive": True}},
    {"file": "determinazione-aslbari-docsuite.pdf", "role": "act",
     "what": "ASL Bari, determinazione dirigenziale of the Area Gestione del Personale: general register "
             "number in the heading box, the Area's register in the grid, letter-spaced headings; "
             "HTML printed by headless Chromium",
     "operative_points": 3,
     "act": {"municipality": ASL, "organ": "Area Gestione del Personale",
             "office": "U.O. Concorsi e Assunzioni", "kind": "determinazione",
             "number": 812, "sector_number": 145, "date": "2027-06-11",
             "proposing_office": "Area Gestione del Personale",
             "subject": "Liquidazione dei compensi spettanti ai componenti e al segretario della "
                        "Commissione esaminatrice del concorso pubblico, per titoli ed esami, per la "
                        "copertura di n. 12 posti di Collaboratore Professionale Sanitario \u2013 "
                        "Tecnico Sanitario di Radiologia Medica."}},
    {"file": "determinazione-aslbari-docsuite-impianti.pdf", "role": "act",
     "what": "ASL Bari, determinazione dirigenziale of the Area Gestione Tecnica: content streams written "
             "by hand (pikepdf), body glyph by glyph without spaces, last lines with Tc, letterhead+grid "
             "and signature as Form XObjects painted after the body, a publication stamp rotated up the "
             "left margin",
     "operative_points": 4,
     "act": {"municipality": ASL, "organ": "Area Gestione Tecnica",
             "office": "U.O.S. Manutenzione Impianti", "kind": "determinazione",
             "number": 871, "date": "2027-06-22",
             "proposing_office": "Area Gestione Tecnica",
             "subject": "Affidamento diretto, ai sensi dell'art. 50, comma 1, lett. b) del D.Lgs. n. "
                        "36/2023, del servizio di verifica periodica biennale degli impianti elevatori "
                        "del Presidio Ospedaliero \u201cDi Venere\u201d di Bari. CIG B8F1D2A604."}},
    {"file": "deliberazione-aslbari-docsuite-prontosoccorso.pdf", "role": "act",
     "what": "ASL Bari, deliberazione del Direttore Generale in the same grid, opinions in two boxes; "
             "HTML through wkhtmltopdf 0.12.6 (Qt)",
     "operative_points": 4,
     "act": {"municipality": ASL, "organ": "Direttore Generale", "kind": "deliberazione",
             "number": 1227, "date": "2027-06-25",
             "proposal_number": 1342, "proposal_date": "2027-06-21",
             "proposing_office": "Dipartimento Emergenza Urgenza",
             "subject": "Adozione del Piano aziendale per la gestione del sovraffollamento nei Pronto "
                        "Soccorso dei presidi ospedalieri dell'ASL Bari \u2013 periodo estivo 2027.",
             "immediately_executive": True}},
    {"file": "deliberazione-asstpavia-archiflow.pdf", "role": "act",
     "what": "ASST Pavia, deliberazione del Direttore Generale: a Word table with the letterhead column "
             "(Direzione strategica listed) beside the act, the DA/DS/DSS opinions and the DG's "
             "signature in a 2x2 grid; python-docx exported by LibreOffice 7.4",
     "operative_points": 4,
     "act": {"municipality": ASST, "organ": "Direttore Generale", "kind": "deliberazione",
             "number": 512, "date": "2027-06-24",
             "proposing_office": "S.C. Affari Generali e Legali",
             "subject": "Approvazione dello schema di convenzione con l'Universit\u00e0 degli Studi di "
                        "Pavia per lo svolgimento del tirocinio professionalizzante degli studenti del "
                        "Corso di Laurea in Infermieristica \u2013 anni accademici 2027/2028, 2028/2029 "
                        "e 2029/2030."}},
    {"file": "determinazione-asstpavia-archiflow.pdf", "role": "act",
     "what": "ASST Pavia, determinazione of the S.C. Gestione Acquisti: letterhead column as one Form "
             "XObject painted after the text, lines justified with Tc, letter-spaced headings; "
             "ReportLab canvas, Liberation Sans embedded",
     "operative_points": 4,
     "act": {"municipality": ASST, "organ": "S.C. Gestione Acquisti \u2013 Provveditorato Economato",
             "kind": "determinazione", "number": 388, "date": "2027-06-17",
             "subject": "Adesione alla convenzione ARIA_2026_118 per la fornitura in service di sistemi "
                        "per la terapia a pressione negativa (NPWT) destinati alle strutture di degenza "
                        "dell'ASST Pavia, periodo 01/07/2027 \u2013 30/06/2029. CIG derivato B91C7E3D50."}},
    {"file": "avviso-asstpavia-archiflow.pdf", "role": "act",
     "what": "ASST Pavia, numbered avviso di selezione (incarichi a tempo determinato, Anestesia e "
             "Rianimazione): letterhead column beside the heading, text in two columns; pdfLaTeX",
     "act": {"municipality": ASST, "organ": "S.C. Gestione e Sviluppo Risorse Umane",
             "kind": "avviso", "number": 21, "date": "2027-06-28",
             "subject": "AVVISO PUBBLICO, PER TITOLI E COLLOQUIO, PER IL CONFERIMENTO DI INCARICHI A "
                        "TEMPO DETERMINATO DI DIRIGENTE MEDICO \u2013 DISCIPLINA DI ANESTESIA E "
                        "RIANIMAZIONE"}},
    {"file": "deliberazione-asstpavia-archiflow-cardiologia.pdf", "role": "act",
     "what": "ASST Pavia, deliberazione del Direttore Generale (a Struttura complessa's director): "
             "CSS grid with the letterhead column, running head repeated by a table head, opinions in a "
             "ruled table; headless Chromium",
     "operative_points": 5,
     "act": {"municipality": ASST, "organ": "Direttore Generale", "kind": "deliberazione",
             "number": 530, "date": "2027-06-30",
             "proposing_office": "S.C. Gestione e Sviluppo Risorse Umane",
             "subject": "Conferimento dell'incarico quinquennale di Direttore della S.C. Cardiologia "
                        "del Presidio Ospedaliero di Voghera al dott. Stefano Guarnaschelli.",
             "immediately_executive": True}},
    {"file": "decreto-provinciaverona-ascotweb.pdf", "role": "act",
     "what": "Provincia di Verona, decreto del Presidente: organ only in the signature, running head "
             "with number and pagina X di Y; fpdf2, DejaVu embedded, justified",
     "operative_points": 4,
     "act": {"municipality": PROV, "organ": "Presidente della Provincia", "kind": "decreto",
             "number": 58, "date": "2027-06-10",
             "subject": "Approvazione del progetto di fattibilit\u00e0 tecnico-economica dei lavori di "
                        "messa in sicurezza della S.P. 6 \u00abdei Lessini\u00bb tra il km 12+300 e il "
                        "km 14+150. CUP J47H27000310003.",
             "immediately_executive": True}},
    {"file": "decreto-provinciaverona-ascotweb-deleghe.pdf", "role": "act",
     "what": "Provincia di Verona, decreto del Presidente as an 80-column Courier report with a "
             "two-column table of Consiglieri and their deleghe; enscript header with the number, "
             "ps2pdf",
     "operative_points": 3,
     "act": {"municipality": PROV, "organ": "Presidente della Provincia", "kind": "decreto",
             "number": 61, "date": "2027-06-18",
             "subject": "Attribuzione di deleghe a Consiglieri provinciali ai sensi della Legge 7 "
                        "aprile 2014, n. 56, art. 1, comma 66."}},
    {"file": "determinazione-provinciaverona-ascotweb.pdf", "role": "act",
     "what": "Provincia di Verona, determinazione of the Area Servizi di Viabilita' as an 80-column "
             "Courier report, accents typed as apostrophes, running head with the number; plain troff "
             "(groff -Tps), ps2pdf",
     "operative_points": 4,
     "act": {"municipality": PROV, "organ": "Area Servizi di Viabilita'",
             "office": "Servizio Manutenzione Strade", "kind": "determinazione",
             "number": 1432, "sector_number": 211, "date": "2027-06-14",
             "subject": "Affidamento diretto ai sensi del D.Lgs. 36/2023, art. 50, comma 1, lett. b), "
                        "del servizio di sfalcio erba e pulizia banchine lungo le strade provinciali "
                        "della zona Est - anno 2027. Impegno di spesa. CIG B8C2E41A07."}},
    {"file": "determinazione-provinciaverona-ascotweb-modulo.pdf", "role": "act",
     "what": "Provincia di Verona, determinazione di liquidazione on a printed form: number, date and "
             "payment data typed in Courier over underscores, subject in a boxed field, organ in the "
             "signature block; ReportLab canvas",
     "operative_points": 3,
     "act": {"municipality": PROV, "organ": "Area Edilizia Scolastica e Patrimonio",
             "office": "Servizio Manutenzione Edifici Scolastici", "kind": "determinazione",
             "number": 1519, "date": "2027-06-23",
             "subject": "Liquidazione della fattura n. 27/PA del 31/05/2027 alla ditta Termoidraulica "
                        "Veronese S.r.l. per interventi urgenti sull'impianto di riscaldamento "
                        "dell'Istituto di Istruzione Superiore di Legnago. CIG B9D0372A11."}},
]


def norm(s, fold):
    s = re.sub(r"\s+", " ", s).strip()
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    return s.lower() if fold else s


def text_of(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], check=True,
                          capture_output=True, text=True).stdout


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"])
            misses += 1
            continue
        raw = text_of(path)
        t_exact, t_fold = norm(raw, False), norm(raw, True)
        a = k.get("act", {})
        checks = []
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                checks.append((f, norm(a[f], True) in t_fold))
        if "subject" in a:
            checks.append(("subject", norm(a["subject"], False) in t_exact))
        for f in ("attendees",):
            for p in a.get(f, []):
                checks.append(("attendee " + p["name"], norm(p["name"], True) in t_fold))
        for f in ("president", "secretary"):
            if f in a:
                checks.append((f, norm(a[f]["name"], True) in t_fold))
        for f in ("number", "sector_number", "proposal_number"):
            if f in a:
                checks.append((f, re.search(r"(?<![\d.,/])%d(?![\d,])" % a[f], raw) is not None))
        for f in ("date", "proposal_date"):
            if f in a:
                y, m, d = a[f].split("-")
                checks.append((f, "%s/%s/%s" % (d, m, y) in raw))
        for name, ok in checks:
            if not ok:
                misses += 1
                print("MISS %s: %s" % (k["file"], name))
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
