#!/usr/bin/env python3
"""Writes ../keys.json for set mix-132-a and checks every keyed string against
`pdftotext -layout` of its PDF (white space collapsed). Subjects must match
as printed; municipalities, organs, offices, names, roles and titles are
matched without regard to case, as the fixture compares them. Dates are
looked for as printed (dd/mm/yyyy), numbers and times as written.
Exit status 1 on any miss."""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def A(name, role, present=True):
    return {"name": name, "role": role, "present": present}


KEYS = [
    {"file": "deliberazione-casella-jiride.pdf", "role": "act",
     "what": "Giunta deliberation 58/2028 (J-Iride style): ReportLab, justified with Tw, letter-spaced title (Tc), running head with the number from page 2, foot 'Pagina x di y'",
     "operative_points": 4,
     "act": {"municipality": "Comune di Casella", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 58, "date": "2028-08-08", "time": "17:30",
             "proposal_number": 71, "proposal_date": "2028-08-02",
             "proposing_office": "Area Tecnica \u2013 Lavori Pubblici",
             "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILIT\u00c0 TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DEL PONTE SUL TORRENTE SCRIVIA IN LOCALIT\u00c0 AVOSSO \u2013 CUP F47H28000310004",
             "attendees": [A("DAGNINO Francesco", "Sindaco"), A("PARODI Elisa", "Vicesindaco"),
                           A("REPETTO Stefano", "Assessore", False), A("CAVIGLIA Marta", "Assessore")],
             "president": {"title": "sig.", "role": "Sindaco", "name": "Francesco Dagnino"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Laura Ferrando"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-casella-jiride.pdf", "role": "act",
     "what": "determinazione of the Area Tecnica, general register 214 of 09/08/2028, sector 47 of 07/08/2028: HTML printed by headless Chromium, letter-spaced headings, fixed running foot with the number",
     "operative_points": 5,
     "act": {"municipality": "Comune di Casella", "organ": "Area Tecnica",
             "office": "Servizio Manutenzioni e Patrimonio", "kind": "determinazione",
             "number": 214, "sector_number": 47, "date": "2028-08-09",
             "subject": "Affidamento diretto, ai sensi dell\u2019art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023, del servizio di sfalcio dell\u2019erba e pulizia delle banchine stradali comunali \u2013 periodo dal 16 agosto al 31 ottobre 2028 \u2013 alla ditta Verde Scrivia S.r.l. \u2013 CIG B3F19A27C4 \u2013 Impegno di spesa"}},
    {"file": "ordinanza-casella-jiride.pdf", "role": "act",
     "what": "Sindaco's ordinanza 19/2028 limiting the use of drinking water: hand-written content streams (pikepdf), every glyph placed alone without spaces, body drawn before the title block and the letterhead Form XObject, Albo stamp rotated up the margin",
     "operative_points": 3,
     "act": {"municipality": "Comune di Casella", "organ": "Sindaco", "kind": "ordinanza",
             "number": 19, "date": "2028-08-10",
             "subject": "Limitazione dell\u2019uso dell\u2019acqua potabile dell\u2019acquedotto comunale per usi diversi da quello domestico e igienico-sanitario fino al 30 settembre 2028"}},
    {"file": "avviso-casella-jiride.pdf", "role": "notice",
     "what": "unnumbered avviso of the Area Amministrativa on school transport enrolment, prot. 6412 of 09/08/2028: .docx (python-docx) exported by LibreOffice Writer, letterhead in the page header",
     "act": {"municipality": "Comune di Casella", "office": "Area Amministrativa", "kind": "avviso",
             "date": "2028-08-09",
             "subject": "AVVISO PUBBLICO PER L\u2019ISCRIZIONE AL SERVIZIO DI TRASPORTO SCOLASTICO \u2013 ANNO SCOLASTICO 2028/2029"}},
    {"file": "deliberazione-balvano-halley.pdf", "role": "act",
     "what": "Consiglio deliberation 23/2028, budget variation passed 7 to 2 (Halley style): pdfLaTeX, roll in two columns, running foot with the number, publication and executivity certificates at the end",
     "operative_points": 4,
     "act": {"municipality": "Comune di Balvano", "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 23, "date": "2028-08-11", "time": "18:30",
             "proposal_number": 27, "proposal_date": "2028-07-31",
             "proposing_office": "Area Economico-Finanziaria",
             "subject": "VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2028/2030 AI SENSI DELL\u2019ART. 175, COMMA 2, DEL D.LGS. N. 267/2000 E APPLICAZIONE DI QUOTA DELL\u2019AVANZO DI AMMINISTRAZIONE VINCOLATO",
             "attendees": [A("LAURINO Giuseppe", "Sindaco"), A("CUTRO Maria", "Consigliere"),
                           A("GRIPPO Antonio", "Consigliere"), A("SANTORO Vincenzo", "Consigliere", False),
                           A("LAURENZANA Rosa", "Consigliere"), A("PASCALE Donato", "Consigliere"),
                           A("DI LEO Carmela", "Consigliere"), A("FORTE Michele", "Consigliere"),
                           A("MOLFESE Angela", "Consigliere", False), A("SABIA Rocco", "Consigliere"),
                           A("TELESCA Nicola", "Consigliere")],
             "president": {"title": "Sig.", "role": "Sindaco", "name": "Giuseppe Laurino"},
             "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Angela Summa"},
             "vote": "majority",
             "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
             "immediately_executive": True}},
    {"file": "determinazione-balvano-halley.pdf", "role": "act",
     "what": "determinazione of the Area Tecnica, sector 31 of 08/08/2028, general register 187 of 09/08/2028: plain troff (groff) through PostScript and ps2pdf, running foot with both numbers",
     "operative_points": 4,
     "act": {"municipality": "Comune di Balvano", "organ": "Area Tecnica",
             "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
             "number": 187, "sector_number": 31, "date": "2028-08-09",
             "subject": "LIQUIDAZIONE FATTURA N. 14/PA DEL 28/07/2028 ALLA DITTA F.LLI CARLUCCI S.N.C. PER LA FORNITURA DI CONGLOMERATO BITUMINOSO A FREDDO PER LA MANUTENZIONE DELLE STRADE COMUNALI \u2013 CIG B2D4E61A08"}},
    {"file": "decreto-balvano-halley.pdf", "role": "act",
     "what": "decreto del Sindaco 6/2028 giving the Segretario the Area Tecnica during the holidays: 80-column Latin-1 text set in Courier by enscript (running head with the number) and ps2pdf",
     "operative_points": 4,
     "act": {"municipality": "Comune di Balvano", "organ": "Sindaco", "kind": "decreto",
             "number": 6, "date": "2028-08-07",
             "subject": "ATTRIBUZIONE TEMPORANEA DELLE FUNZIONI DI RESPONSABILE DELL\u2019AREA TECNICA AL SEGRETARIO COMUNALE PER IL PERIODO DAL 14/08/2028 AL 01/09/2028."}},
    {"file": "certificato-balvano-halley.pdf", "role": "certificate",
     "what": "certificate of publication of Giunta deliberation 41 of 25/07/2028 (published 27/07 to 10/08/2028, reg. 398), issued 11/08/2028: fpdf2 form, values in Courier written over blanks of underscores",
     "act": {"municipality": "Comune di Balvano", "kind": "attestazione",
             "number": 41, "date": "2028-07-25",
             "subject": "MANIFESTAZIONI ESTIVE 2028 \u2013 CONCESSIONE CONTRIBUTO ALLA PRO LOCO BALVANO"}},
    {"file": "deliberazione-noceto-civilianext.pdf", "role": "act",
     "what": "Giunta deliberation 112/2028 on the right-to-study plan (Civilia Next style): .docx (python-docx) exported by LibreOffice Writer, letterhead in the first page's header, running head with the number on page 2, grid of labels over values, ruled roll",
     "operative_points": 3,
     "act": {"municipality": "Comune di Noceto", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 112, "date": "2028-08-09", "time": "12:30",
             "proposal_number": 128, "proposal_date": "2028-08-03",
             "proposing_office": "Settore Servizi alla Persona",
             "subject": "APPROVAZIONE DEL PIANO COMUNALE DEGLI INTERVENTI PER IL DIRITTO ALLO STUDIO \u2013 ANNO SCOLASTICO 2028/2029",
             "attendees": [A("BERTOLOTTI ANDREA", "Sindaco"), A("GHIRARDI ELENA", "Vicesindaco"),
                           A("MAGNANI LUCA", "Assessore"), A("FERRARI SILVIA", "Assessore", False),
                           A("ZANICHELLI DAVIDE", "Assessore"), A("BOCCHI GIULIA", "Assessore")],
             "president": {"title": "dott.", "role": "Sindaco", "name": "Andrea Bertolotti"},
             "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Roberto Ugolotti"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-noceto-civilianext.pdf", "role": "act",
     "what": "determinazione of the Settore Lavori Pubblici e Patrimonio, general register 402 of 10/08/2028, sector 98, proposal 455: HTML printed by wkhtmltopdf (CSS zoom), grid of labels over values",
     "operative_points": 5,
     "act": {"municipality": "Comune di Noceto", "organ": "Settore Lavori Pubblici e Patrimonio",
             "office": "Servizio Manutenzione Edifici", "kind": "determinazione",
             "number": 402, "sector_number": 98, "date": "2028-08-10",
             "proposal_number": 455, "proposal_date": "2028-08-07",
             "subject": "LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA PALESTRA DELLA SCUOLA SECONDARIA DI PRIMO GRADO \u2013 APPROVAZIONE DEL CERTIFICATO DI REGOLARE ESECUZIONE E LIQUIDAZIONE DEL SALDO \u2013 CUP D37H27000450004 \u2013 CIG A0F3C92B71"}},
    {"file": "ordinanza-noceto-civilianext.pdf", "role": "act",
     "what": "traffic ordinanza 87/2028 of the Polizia Locale for a Ferragosto fair: fpdf2 core Helvetica, justified with Tw, dash-bulleted points, running foot 'Ordinanza n. 87 ... Pag. x di y'",
     "operative_points": 4,
     "act": {"municipality": "Comune di Noceto", "organ": "Servizio Polizia Locale", "kind": "ordinanza",
             "number": 87, "date": "2028-08-10",
             "subject": "DISCIPLINA TEMPORANEA DELLA CIRCOLAZIONE STRADALE IN PIAZZALE ADAMI, VIA ROMA E VIA GARIBALDI IN OCCASIONE DELLA MANIFESTAZIONE \u00abFERRAGOSTO NOCETANO\u00bb DEL 14 E 15 AGOSTO 2028"}},
    {"file": "convocazione-noceto-civilianext.pdf", "role": "notice",
     "what": "the Sindaco's convocation of the Consiglio for 28/08/2028, prot. 14873 of 11/08/2028: HTML printed by headless Chromium, letter-spaced 'ORDINE DEL GIORNO', agenda as a ruled table",
     "act": {"municipality": "Comune di Noceto", "kind": "convocazione", "date": "2028-08-11",
             "subject": "Convocazione del Consiglio Comunale in sessione ordinaria per il giorno 28 agosto 2028"}},
]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def text_of(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, check=True).stdout
    return norm(out.decode("utf-8"))


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"])
            misses += 1
            continue
        t = text_of(path)
        tl = t.lower()
        a = k.get("act", {})
        checks = []  # (label, needle, case_sensitive)
        if "subject" in a:
            checks.append(("subject", a["subject"], True))
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                checks.append((f, a[f], False))
        for f in ("president", "secretary"):
            if f in a:
                for g in ("title", "role", "name"):
                    if g in a[f]:
                        checks.append((f + "." + g, a[f][g], False))
        for i, at in enumerate(a.get("attendees", [])):
            checks.append(("attendee %d name" % i, at["name"], False))
            checks.append(("attendee %d role" % i, at["role"], False))
        for f in ("date", "proposal_date"):
            if f in a:
                y, m, d = a[f].split("-")
                checks.append((f, "%s/%s/%s" % (d, m, y), True))
        if "time" in a:
            checks.append(("time", a["time"], True))
        for f in ("number", "sector_number", "proposal_number"):
            if f in a:
                if not re.search(r"(?<![\d/])%d(?![\d/])" % a[f], t):
                    print("MISS %s %s: %r" % (k["file"], f, a[f]))
                    misses += 1
        for label, needle, cs in checks:
            n = norm(needle)
            ok = (n in t) if cs else (n.lower() in tl)
            if not ok:
                print("MISS %s %s: %r" % (k["file"], label, n))
                misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
