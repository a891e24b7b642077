#!/usr/bin/env python3
"""Writes ../keys.json for set mix-122-b and checks every keyed string against
`pdftotext -layout` of its PDF (white space collapsed; municipality, organ and
office without regard to case, the subject as printed). Numbers and dates are
checked too (the number's digits and the date as dd/mm/yyyy somewhere in the text).
Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

PU = "Provincia di Pesaro e Urbino"
CM = "Città metropolitana di Bologna"
AR = "Comune di Ardea"

KEYS = [
    {"file": "determinazione-pesaroeurbino-jiride.pdf", "role": "act",
     "what": "Provincia's determinazione of the Dirigente of Settore 3 with its Servizio, general and sector "
             "registers and proposal in a grid, 2 pages; ReportLab platypus, justified with Tw, running head "
             "with the number from page 2",
     "operative_points": 5,
     "act": {"municipality": PU, "organ": "SETTORE 3 – VIABILITÀ E INFRASTRUTTURE",
             "office": "Servizio 3.2 – Manutenzione e sicurezza stradale", "kind": "determinazione",
             "number": 1547, "sector_number": 412, "date": "2027-10-14",
             "proposal_number": 1689, "proposal_date": "2027-10-12",
             "subject": "Lavori di ripristino della pavimentazione stradale e delle barriere di sicurezza lungo "
                        "la S.P. 3 “Flaminia” e la S.P. 424 “della Val Cesano” – Accordo quadro 2026-2028 – "
                        "Affidamento del contratto applicativo n. 2 – CUP F27H26001230003 – CIG B4C8D21F7A – "
                        "Impegno di spesa."}},
    {"file": "ordinanza-pesaroeurbino-jiride.pdf", "role": "act",
     "what": "Provincia's ordinanza of the Dirigente of Settore 3 (no Servizio), 1 page; hand-written content "
             "streams (pikepdf): glyphs placed one by one without spaces, page drawn bottom-up, letterhead, "
             "footer and a rotated Albo stamp in Form XObjects drawn after the body",
     "operative_points": 4,
     "act": {"municipality": PU, "organ": "SETTORE 3 – VIABILITÀ E INFRASTRUTTURE", "kind": "ordinanza",
             "number": 187, "date": "2027-10-18",
             "subject": "S.P. 43 “Mondaviese” – Istituzione del senso unico alternato regolato da impianto "
                        "semaforico dal km 7+200 al km 7+650, in Comune di Mondavio, per lavori di "
                        "consolidamento del muro di sostegno."}},
    {"file": "decreto-pesaroeurbino-jiride.pdf", "role": "act",
     "what": "Provincia's decreto dirigenziale conferring an Elevata Qualificazione post, Settore 1 and Servizio "
             "1.3 in a header grid; python-docx exported by LibreOffice Writer, page fields in the footer",
     "operative_points": 5,
     "act": {"municipality": PU, "organ": "SETTORE 1 – RISORSE UMANE, FINANZIARIE E AFFARI GENERALI",
             "office": "Servizio 1.3 – Personale e organizzazione", "kind": "decreto",
             "number": 58, "date": "2027-10-21",
             "subject": "Conferimento dell’incarico di Elevata Qualificazione “Gestione giuridica ed economica "
                        "del personale” per il periodo 1° novembre 2027 – 31 ottobre 2030."}},
    {"file": "determinazione-pesaroeurbino-jiride-scuole.pdf", "role": "act",
     "what": "Provincia's determinazione dirigenziale of Settore 2 (no Servizio), registers in a 3-cell grid, "
             "bulleted dispositivo; fpdf2 with embedded DejaVu, kind letter-spaced with Tc",
     "operative_points": 4,
     "act": {"municipality": PU, "organ": "SETTORE 2 – EDILIZIA SCOLASTICA E PATRIMONIO",
             "kind": "determinazione", "number": 1602, "sector_number": 233, "date": "2027-10-22",
             "subject": "Edificio scolastico provinciale di via Giovanni Gentile a Fano – Lavori di adeguamento "
                        "antincendio della palestra – Approvazione del certificato di regolare esecuzione e "
                        "liquidazione del saldo all’impresa Edil Foglia S.r.l. – CUP F37B25000410003 – CIG "
                        "A9F3E27B51."}},
    {"file": "determinazione-cmbologna-civilianext.pdf", "role": "act",
     "what": "Città metropolitana's determinazione of the Dirigente of a Settore with its Servizio in a grid, "
             "Decisione before Motivazione, 2 pages; headless Chromium with @page running head and foot",
     "operative_points": 6,
     "act": {"municipality": CM, "organ": "SETTORE STRADE E SICUREZZA STRADALE",
             "office": "Servizio Manutenzione strade", "kind": "determinazione",
             "number": 2034, "date": "2027-10-19", "proposal_number": 2291, "proposal_date": "2027-10-15",
             "subject": "Servizio di sgombero neve e trattamento antighiaccio sulle strade provinciali della "
                        "zona Appennino – Stagione invernale 2027/2028 – Aggiudicazione della procedura "
                        "negoziata e impegno di spesa – CIG B51D7C0E29."}},
    {"file": "decreto-cmbologna-civilianext.pdf", "role": "act",
     "what": "Città metropolitana's decreto dirigenziale di esproprio headed 'IL DIRIGENTE DEL SERVIZIO', Settore "
             "and Servizio in a running letterhead, owners listed in two columns across the page break; pdfLaTeX",
     "operative_points": 5,
     "act": {"municipality": CM, "organ": "SETTORE STRUTTURE TECNICHE METROPOLITANE",
             "office": "Servizio Espropri e Patrimonio stradale", "kind": "decreto",
             "number": 71, "date": "2027-10-25",
             "subject": "Lavori di realizzazione della variante alla S.P. 253 “San Vitale” in località Vedrana "
                        "di Budrio – Decreto di esproprio ai sensi dell’art. 23 del D.P.R. 8 giugno 2001, "
                        "n. 327."}},
    {"file": "ordinanza-cmbologna-civilianext.pdf", "role": "act",
     "what": "Città metropolitana's ordinanza dirigenziale closing a provincial road, Settore in a grid and over "
             "the body (no Servizio), 1 page; wkhtmltopdf",
     "operative_points": 5,
     "act": {"municipality": CM, "organ": "SETTORE STRADE E SICUREZZA STRADALE", "kind": "ordinanza",
             "number": 412, "date": "2027-10-22",
             "subject": "S.P. 65 “della Futa” – Chiusura temporanea al transito veicolare dal km 28+300 al km "
                        "29+100, in Comune di Loiano, dal 27 al 31 ottobre 2027 per lavori di rifacimento "
                        "dell’impalcato del ponte sul torrente Savena."}},
    {"file": "determinazione-cmbologna-civilianext-sociale.pdf", "role": "act",
     "what": "Città metropolitana's determinazione of a Settore (no Servizio), table of amounts inside point 1, "
             "2 pages; ReportLab canvas, lines justified with Tw, headings letter-spaced with Tc, rotated "
             "Albo stamp in the margin",
     "operative_points": 4,
     "act": {"municipality": CM, "organ": "SETTORE SVILUPPO SOCIALE E PARI OPPORTUNITÀ",
             "kind": "determinazione", "number": 2107, "date": "2027-10-27",
             "proposal_number": 2368, "proposal_date": "2027-10-26",
             "subject": "Contributi ai Distretti socio-sanitari per i progetti di contrasto alla povertà "
                        "educativa – Annualità 2027 – Impegno e liquidazione della prima tranche."}},
    {"file": "determinazione-ardea-datagraph.pdf", "role": "act",
     "what": "Comune's determinazione of the Dirigente of Settore V with its Servizio, 80-column Courier report "
             "with general, sector and proposal numbers, running head with the number, 2 pages; enscript + ps2pdf",
     "operative_points": 5,
     "act": {"municipality": AR, "organ": "SETTORE V - LAVORI PUBBLICI, MANUTENZIONI E PATRIMONIO",
             "office": "SERVIZIO MANUTENZIONE STRADE E VERDE PUBBLICO", "kind": "determinazione",
             "number": 1187, "sector_number": 214, "date": "2027-10-12",
             "proposal_number": 231, "proposal_date": "2027-10-08",
             "subject": "AFFIDAMENTO DIRETTO, AI SENSI DELL’ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023, DEL "
                        "SERVIZIO DI POTATURA E MESSA IN SICUREZZA DELLE ALBERATURE DI VIA DEL TEMPIO E DEL "
                        "LUNGOMARE DEGLI ARDEATINI ALLA DITTA VERDE LITORALE SRL - CIG B6A20F4D18 - IMPEGNO DI "
                        "SPESA."}},
    {"file": "ordinanza-ardea-datagraph.pdf", "role": "act",
     "what": "Comune's ordinanza dirigenziale of Settore VII (Polizia Locale), Courier justified on both margins, "
             "running head with the number, signature carried to page 2; plain troff, groff -Tps + ps2pdf",
     "operative_points": 4,
     "act": {"municipality": AR, "organ": "SETTORE VII - POLIZIA LOCALE, MOBILITA’ E PROTEZIONE CIVILE",
             "kind": "ordinanza", "number": 96, "date": "2027-10-15",
             "subject": "DISCIPLINA TEMPORANEA DELLA CIRCOLAZIONE E DELLA SOSTA IN VIA DEI RUTULI, PIAZZA DEL "
                        "CIMITERO E VIA LAURENTINA (TRATTO URBANO) IN OCCASIONE DELLA COMMEMORAZIONE DEI "
                        "DEFUNTI, DAL 30 OTTOBRE AL 3 NOVEMBRE 2027."}},
    {"file": "decreto-ardea-datagraph.pdf", "role": "act",
     "what": "Comune's decreto dirigenziale appointing an exam board on a pre-printed form: office, number, date, "
             "members and signer typed over underscores, subject in a box; fpdf2 core Courier",
     "operative_points": 4,
     "act": {"municipality": AR, "organ": "SETTORE II - RISORSE UMANE E AFFARI GENERALI",
             "office": "SERVIZIO PERSONALE", "kind": "decreto", "number": 24, "date": "2027-10-26",
             "subject": "NOMINA DELLA COMMISSIONE ESAMINATRICE DEL CONCORSO PUBBLICO, PER ESAMI, PER LA "
                        "COPERTURA DI N. 3 POSTI DI ISTRUTTORE AMMINISTRATIVO CONTABILE, AREA DEGLI "
                        "ISTRUTTORI, A TEMPO PIENO E INDETERMINATO."}},
    {"file": "determinazione-ardea-datagraph-sociale.pdf", "role": "act",
     "what": "Comune's determinazione of the Dirigente of Settore IV (no Servizio), 80-column Courier with a2ps "
             "title bar and footer, general and sector numbers, 1 page; a2ps (cp850) + ps2pdf",
     "operative_points": 4,
     "act": {"municipality": AR, "organ": "SETTORE IV - POLITICHE SOCIALI, SCUOLA E CULTURA",
             "kind": "determinazione", "number": 1263, "sector_number": 97, "date": "2027-10-28",
             "subject": "LIQUIDAZIONE DEI CONTRIBUTI ECONOMICI PER IL SOSTEGNO AL PAGAMENTO DEI CANONI DI "
                        "LOCAZIONE - AVVISO PUBBLICO ANNO 2027 - PRIMO ELENCO DI N. 142 BENEFICIARI."}},
]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    misses = 0
    files = sorted(f for f in os.listdir(SET) if f.endswith(".pdf"))
    keyed = [k["file"] for k in KEYS]
    for f in files:
        if f not in keyed:
            print("NOT KEYED:", f); misses += 1
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE:", k["file"]); misses += 1; continue
        if os.path.getsize(path) > 400 * 1024:
            print("TOO BIG:", k["file"]); misses += 1
        text = norm(subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                                   text=True, check=True).stdout)
        low = text.lower()
        a = k.get("act", {})
        for fld in ("municipality", "organ", "office", "proposing_office"):
            if fld in a and norm(a[fld]).lower() not in low:
                print(f"MISS {k['file']} {fld}: {a[fld]}"); misses += 1
        if "subject" in a and norm(a["subject"]) not in text:
            print(f"MISS {k['file']} subject: {a['subject']}"); misses += 1
        for fld in ("number", "sector_number", "proposal_number"):
            if fld in a and not re.search(r"(?<!\d)%d(?!\d)" % a[fld], text):
                print(f"MISS {k['file']} {fld}: {a[fld]}"); misses += 1
        for fld in ("date", "proposal_date"):
            if fld in a:
                y, m, d = a[fld].split("-")
                if f"{d}/{m}/{y}" not in text:
                    print(f"MISS {k['file']} {fld}: {a[fld]}"); misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(KEYS)} keys written, {misses} misses")
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
