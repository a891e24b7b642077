#!/usr/bin/env python3
"""Writes ../keys.json for set mix-130-c and checks every keyed string against
`pdftotext -layout` of its PDF (white space collapsed). Names, roles, organs and offices
are compared without regard to case; subjects as printed. Exits 1 on a miss.

Two documents print their subject with words broken at the end of a line by a hyphen
(an 80-column report and a form typed over blanks): for those, and only for the subject,
the check also accepts the text with blanks of underscores dropped and "syl-\\n lable"
joined, because the key gives the words, not the line breaks (see NOTES.md).
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

A_MUN = "Comune di Anticoli Corrado"
B_MUN = "Comune di Caldarola"
C_MUN = "Comune di Chiaramonti"
A_SEG = {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Valentina Serafini"}
B_SEG = {"title": "dott.", "role": "Segretario Comunale", "name": "Andrea Compagnucci"}


def att(rows, roles=True):
    out = []
    for r in rows:
        d = {"name": r[0]}
        if roles:
            d["role"] = r[1]
        d["present"] = r[-1]
        out.append(d)
    return out


KEYS = [
    {"file": "deliberazione-giunta-anticolicorrado-padigitale.pdf", "role": "act",
     "what": "Giunta deliberation 38/2028 of Anticoli Corrado: 'OGGETTO:' in a table cell left of a subject wrapped over three lines, proposal number under it, running foot with number and page; HTML printed by headless Chromium",
     "operative_points": 4,
     "act": {"municipality": A_MUN, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 38,
             "date": "2028-06-09", "time": "12:30", "proposal_number": 44, "proposal_date": "2028-06-06",
             "proposing_office": "Area Amministrativa",
             "subject": "Approvazione dello schema di convenzione con l'Associazione Pro Loco di Anticoli Corrado per la gestione del punto di informazione e accoglienza turistica di Piazza delle Ville nel periodo luglio – settembre 2028.",
             "attendees": att([("ORLANDI Fabrizio", "Sindaco", True), ("CAPRIOTTI Elena", "Vicesindaco", True),
                               ("MANCINI Roberto", "Assessore", False)]),
             "president": {"title": "dott.", "role": "Sindaco", "name": "Fabrizio Orlandi"},
             "secretary": A_SEG, "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-consiglio-anticolicorrado-padigitale.pdf", "role": "act",
     "what": "Consiglio deliberation 17/2028 of Anticoli Corrado: the subject only in the opening sentence ('avente ad oggetto: «…»'), roll of 11 in two numbered columns, majority vote; ReportLab, justified with Tw, headings letter-spaced with Tc",
     "operative_points": 4,
     "act": {"municipality": A_MUN, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 17,
             "date": "2028-06-27", "time": "18:00",
             "subject": "Modifica del Regolamento comunale per l'utilizzo dei locali e delle attrezzature del Centro polivalente di Via Fiume. Approvazione.",
             "attendees": att([("ORLANDI Fabrizio", "Sindaco", True), ("CAPRIOTTI Elena", "Consigliere", True),
                               ("MANCINI Roberto", "Consigliere", True), ("DE SANTIS Paolo", "Consigliere", True),
                               ("FRATONI Giulia", "Consigliere", True), ("IACOBELLI Stefano", "Consigliere", True),
                               ("PROIETTI Maria Grazia", "Consigliere", True), ("CELLINI Andrea", "Consigliere", True),
                               ("BARTOLUCCI Silvia", "Consigliere", True), ("TOZZI Massimo", "Consigliere", False),
                               ("RINALDI Claudio", "Consigliere", False)]),
             "president": {"title": "dott.", "role": "Sindaco", "name": "Fabrizio Orlandi"},
             "secretary": A_SEG, "vote": "majority",
             "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
             "immediately_executive": True}},
    {"file": "determinazione-tecnica-anticolicorrado-padigitale.pdf", "role": "act",
     "what": "determinazione of the Area Tecnica, Reg. Gen. 176 and Area 58: 'OGGETTO:' in a cell left of the subject, CIG and CUP lines under it in the same cell, foot with PAGE/NUMPAGES fields; python-docx exported by LibreOffice Writer",
     "operative_points": 5,
     "act": {"municipality": A_MUN, "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici e Manutenzioni",
             "kind": "determinazione", "number": 176, "sector_number": 58, "date": "2028-06-16",
             "subject": "Lavori di manutenzione straordinaria della strada comunale Colle Sant'Angelo – Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023 alla ditta Edil Simbruini S.r.l. e impegno di spesa."}},
    {"file": "determinazione-amministrativa-anticolicorrado-padigitale.pdf", "role": "act",
     "what": "determinazione of the Area Amministrativa, Reg. Gen. 183 and Servizio 41: subject followed by the proposal's number, page 2's running head repeats number and whole subject; fpdf2 with embedded Liberation Sans",
     "operative_points": 6,
     "act": {"municipality": A_MUN, "organ": "Area Amministrativa", "office": "Servizio Affari Generali, Cultura e Turismo",
             "kind": "determinazione", "number": 183, "sector_number": 41, "date": "2028-06-21",
             "proposal_number": 71, "proposal_date": "2028-06-19",
             "subject": "Concessione di contributo economico straordinario all'Associazione culturale “Anticoli Arte” per l'organizzazione della rassegna “Anticoli, paese degli artisti” – edizione 2028. Impegno e liquidazione."}},
    {"file": "deliberazione-giunta-caldarola-halley.pdf", "role": "act",
     "what": "Giunta deliberation 57/2028 of Caldarola: subject in capitals between two rules with no label, ruled grid kind / number / date, F.to signatures; pdfLaTeX (helvet, tabularx, fancyhdr)",
     "operative_points": 3,
     "act": {"municipality": B_MUN, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 57,
             "date": "2028-06-08", "time": "13:00",
             "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI RIQUALIFICAZIONE DELL’AREA VERDE ATTREZZATA DI VIA DEI PINI E RICHIESTA DI CONTRIBUTO REGIONALE",
             "attendees": att([("MARINOZZI Stefano", "SINDACO", True), ("PAOLONI Federica", "VICESINDACO", True),
                               ("SCARPONI Michele", "ASSESSORE", True)]),
             "president": {"role": "Sindaco", "name": "Stefano Marinozzi"},
             "secretary": B_SEG, "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-consiglio-caldarola-halley.pdf", "role": "act",
     "what": "Consiglio deliberation 22/2028 of Caldarola: subject in capitals between rules, roll of 11 in two columns without roles; content streams written by hand (pikepdf): every glyph placed alone without spaces, letterhead a Form XObject painted after the body, publication stamp turned 90 degrees up the margin",
     "operative_points": 3,
     "act": {"municipality": B_MUN, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 22,
             "date": "2028-06-29", "time": "21:00",
             "subject": "ESAME ED APPROVAZIONE DELL'AGGIORNAMENTO 2028 DEL PIANO COMUNALE DI PROTEZIONE CIVILE AI SENSI DELL'ART. 12 DEL D.LGS. 2 GENNAIO 2018, N. 1",
             "attendees": att([("MARINOZZI Stefano", True), ("PAOLONI Federica", True), ("SCARPONI Michele", True),
                               ("CINGOLANI Luca", True), ("BARTOLACCI Giovanna", True), ("ERCOLI Daniele", True),
                               ("PIERONI Sara", True), ("GIUSTOZZI Marco", True), ("CARDUCCI Emanuele", False),
                               ("SALVUCCI Ilaria", True), ("FALCIONI Renato", True)], roles=False),
             "president": {"role": "Sindaco", "name": "Stefano Marinozzi"},
             "secretary": B_SEG, "vote": "unanimous",
             "vote_counts": {"present": 10, "voters": 10, "in_favour": 10, "against": 0, "abstained": 0},
             "immediately_executive": True}},
    {"file": "determinazione-tecnica-caldarola-halley.pdf", "role": "act",
     "what": "determinazione of the Area Tecnica, Reg. Gen. 214 and Area 71: subject in capitals between rules, then a CIG line and the proposal's number; title letter-spaced in CSS; wkhtmltopdf",
     "operative_points": 5,
     "act": {"municipality": B_MUN, "organ": "Area Tecnica", "office": "Servizio Manutenzioni e Patrimonio",
             "kind": "determinazione", "number": 214, "sector_number": 71, "date": "2028-06-13",
             "proposal_number": 233, "proposal_date": "2028-06-11",
             "subject": "AFFIDAMENTO DEL SERVIZIO DI SFALCIO DELL'ERBA E MANUTENZIONE DEL VERDE PUBBLICO NEL CAPOLUOGO E NELLA FRAZIONE DI VALCIMARRA PER LA STAGIONE ESTIVA 2028 – DETERMINA A CONTRARRE E CONTESTUALE AFFIDAMENTO DIRETTO – IMPEGNO DI SPESA"}},
    {"file": "determinazione-amministrativa-caldarola-halley.pdf", "role": "act",
     "what": "determinazione of the Area Amministrativa – Contabile, Reg. Gen. 226 and Area 38: no subject heading, the subject only in the opening sentence ('avente ad oggetto «…»'); ReportLab, justified with Tw, title letter-spaced with Tc",
     "operative_points": 4,
     "act": {"municipality": B_MUN, "organ": "Area Amministrativa – Contabile", "office": "Servizio Tributi",
             "kind": "determinazione", "number": 226, "sector_number": 38, "date": "2028-06-23",
             "subject": "Rimborso ai contribuenti di somme versate e non dovute a titolo di Imposta municipale propria (IMU) per l'anno d'imposta 2027 – Impegno e liquidazione"}},
    {"file": "determinazione-tecnica-chiaramonti-sipal.pdf", "role": "act",
     "what": "determinazione of the Settore Tecnico, Reg. Gen. 112 and Settore 47: 80-column Courier report, subject broken inside words with hyphens ('ILLUMI-/NAZIONE', 'DO-/RIA', 'LIQUI-/DAZIONE'), CIG and CUP on the line after; enscript and ps2pdf",
     "operative_points": 4,
     "act": {"municipality": C_MUN, "organ": "Settore Tecnico", "office": "Ufficio Lavori Pubblici - Manutenzioni",
             "kind": "determinazione", "number": 112, "sector_number": 47, "date": "2028-06-14",
             "subject": "INTERVENTI DI MANUTENZIONE STRAORDINARIA DELLA RETE DI ILLUMINAZIONE PUBBLICA DI VIA SAN MATTEO E DEL PIAZZALE DEL CASTELLO DORIA. APPROVAZIONE DEL CERTIFICATO DI REGOLARE ESECUZIONE E LIQUIDAZIONE DEL SALDO ALLA DITTA ELETTROSARDA DI FADDA G. & C. S.N.C."},
     "_dehyphenate": True},
    {"file": "deliberazione-giunta-chiaramonti-sipal.pdf", "role": "act",
     "what": "Giunta deliberation 61/2028 of Chiaramonti: 80-column Courier minute, 'OGGETTO:' hanging left of a subject filled over four lines, running head and foot with the number; plain troff through groff -Tps and ps2pdf",
     "operative_points": 3,
     "act": {"municipality": C_MUN, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 61,
             "date": "2028-06-12", "time": "13:30",
             "subject": "CONCESSIONE IN COMODATO D’USO GRATUITO ALL’ASSOCIAZIONE CULTURALE \"AMICI DEL CASTELLO DORIA\" DEI LOCALI DELL’EX SCUOLA ELEMENTARE DI VIA GRAMSCI PER ATTIVITA’ CULTURALI E RICREATIVE. APPROVAZIONE DELLO SCHEMA DI CONTRATTO.",
             "attendees": att([("TEDDE GIOVANNI ANTONIO", "SINDACO", True), ("CANU MARIA ANTONIETTA", "VICESINDACO", True),
                               ("DETTORI SALVATORE", "ASSESSORE", False)]),
             "president": {"title": "Sig.", "role": "Sindaco", "name": "Giovanni Antonio Tedde"},
             "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Giuseppina Solinas"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-amministrativa-chiaramonti-sipal.pdf", "role": "act",
     "what": "determinazione of the Settore Amministrativo - Socio Culturale, Reg. Gen. 118 and Settore 33: a pre-printed Courier model of blanks filled by a second pass typed over the underscores (ReportLab, merged as an overlay by pikepdf), subject typed over three blanks with words broken by hyphens",
     "operative_points": 4,
     "act": {"municipality": C_MUN, "organ": "Settore Amministrativo - Socio Culturale",
             "office": "Pubblica Istruzione e Trasporto Scolastico",
             "kind": "determinazione", "number": 118, "sector_number": 33, "date": "2028-06-19",
             "subject": "Servizio di trasporto scolastico e assistenza sullo scuolabus per l'anno scolastico 2028/2029. Determina a contrarre e prenotazione di impegno di spesa."},
     "_dehyphenate": True},
    {"file": "deliberazione-consiglio-chiaramonti-sipal.pdf", "role": "act",
     "what": "Consiglio deliberation 19/2028 of Chiaramonti: 80-column Courier minute, roll of 11 in two columns split by a bar, majority vote with abstentions, the subject repeated as every page's header; a2ps and ps2pdf",
     "operative_points": 3,
     "act": {"municipality": C_MUN, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 19,
             "date": "2028-06-28", "time": "18:30",
             "subject": "APPROVAZIONE DEL REGOLAMENTO PER LA CONCESSIONE IN USO DEGLI IMPIANTI SPORTIVI COMUNALI.",
             "attendees": att([("TEDDE GIOVANNI ANTONIO", True), ("CANU MARIA ANTONIETTA", True),
                               ("DETTORI SALVATORE", True), ("SATTA PIETRO", True), ("MURA FRANCESCA", True),
                               ("SCANU GAVINO", True), ("FOIS ANTONELLA", True), ("PIRAS BATTISTA", True),
                               ("SECHI MARIO", False), ("COSSU ANGELA", False), ("PITTALIS GIUSEPPE", False)],
                              roles=False),
             "president": {"title": "Sig.", "role": "Sindaco", "name": "TEDDE GIOVANNI ANTONIO"},
             "secretary": {"title": "DOTT.SSA", "role": "Segretario Comunale", "name": "SOLINAS GIUSEPPINA"},
             "vote": "majority",
             "vote_counts": {"present": 8, "voters": 6, "in_favour": 6, "against": 0, "abstained": 2},
             "immediately_executive": True}},
]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    misses = 0
    out = []
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        txt = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
        t = norm(txt)
        tl = t.lower()
        alt = norm(re.sub(r"(\w)-\s+(\w)", r"\1\2", re.sub(r"_{3,}", " ", txt)))
        a = k["act"]

        def need(label, s, exact=False, dehyph=False):
            nonlocal misses
            s = norm(s)
            ok = (s in t) if exact else (s.lower() in tl)
            if not ok and dehyph:
                ok = s in alt
                if ok:
                    print("  %s: %s found only with hyphenated breaks joined" % (k["file"], label))
            if not ok:
                misses += 1
                print("MISS %s: %s %r" % (k["file"], label, s))

        need("subject", a["subject"], exact=True, dehyph=k.get("_dehyphenate", False))
        need("municipality", a["municipality"])
        for f in ("organ", "office", "proposing_office", "time"):
            if f in a:
                need(f, a[f])
        y, m, d = a["date"].split("-")
        need("date", "%s/%s/%s" % (d, m, y))
        need("number", str(a["number"]))
        if "sector_number" in a:
            need("sector_number", str(a["sector_number"]))
        if "proposal_number" in a:
            need("proposal", "%d del %s" % (a["proposal_number"], "/".join(reversed(a["proposal_date"].split("-")))))
        for p in a.get("attendees", []):
            need("attendee", p["name"])
            if "role" in p:
                need("attendee role", p["role"])
        for who in ("president", "secretary"):
            if who in a:
                for f in ("title", "role", "name"):
                    if f in a[who]:
                        need(who + " " + f, a[who][f])
        rec = {kk: vv for kk, vv in k.items() if not kk.startswith("_")}
        out.append(rec)
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d keys written, %d misses" % (len(out), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
