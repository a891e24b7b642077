#!/usr/bin/env python3
"""Writes ../keys.json for set mix-116-c and checks every keyed string against
`pdftotext -layout` of its PDF (white space collapsed; names, roles, organs and
municipalities compared without regard to case, subjects as printed).
Exits 1 on any miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

SUSA_CC = [("PEROTTO Andrea", "Sindaco"), ("CHIABERTO Elena", "Consigliere"), ("FAVRO Marco", "Consigliere"),
           ("REGE Simona", "Consigliere"), ("BORGIS Davide", "Consigliere"), ("JANNON Paola", "Consigliere"),
           ("GROS Fabrizio", "Consigliere"), ("VOTTERO Ilaria", "Consigliere"), ("USSEGLIO Mattia", "Consigliere"),
           ("RICHETTO Carla", "Consigliere"), ("TONDA Stefano", "Consigliere"), ("BELLONE Giorgia", "Consigliere"),
           ("ASCHIERI Roberto", "Consigliere")]
SUSA_GC = [("PEROTTO Andrea", "Sindaco"), ("CHIABERTO Elena", "Vice Sindaco"), ("FAVRO Marco", "Assessore"),
           ("REGE Simona", "Assessore"), ("GROS Fabrizio", "Assessore")]
BELLA_GC = [("LAURINO Giuseppe", "Sindaco"), ("SABIA Rocco", "Vice Sindaco"), ("TELESCA Maria Teresa", "Assessore"),
            ("COVIELLO Vito", "Assessore"), ("PIETRAFESA Angela", "Assessore")]
ALB_CC = [("ORSINI Massimiliano", "Sindaco"), ("DE ANGELIS Chiara", "Presidente del Consiglio"),
          ("PALOMBI Fabio", "Vice Presidente del Consiglio"), ("CAPRIOLI Sara", "Consigliere"),
          ("TOMASSINI Luca", "Consigliere"), ("SANTARELLI Roberta", "Consigliere"),
          ("CIOTTI Alessandro", "Consigliere"), ("CECCARELLI Valentina", "Consigliere"),
          ("D'ALESSIO Gianluca", "Consigliere"), ("FABIANI Monica", "Consigliere"),
          ("GIACOMINI Paolo", "Consigliere"), ("LUCIDI Federica", "Consigliere"), ("MANCINI Claudio", "Consigliere"),
          ("NARDI Elisa", "Consigliere"), ("PIERMARINI Daniele", "Consigliere"), ("PROIETTI Martina", "Consigliere"),
          ("SBARDELLA Emanuele", "Consigliere"), ("SILVESTRI Giulia", "Consigliere"),
          ("TESTA Riccardo", "Consigliere"), ("VALERI Silvia", "Consigliere"), ("ZACCHEO Marco", "Consigliere"),
          ("BIANCONI Laura", "Consigliere"), ("GUIDONI Stefano", "Consigliere"), ("AMICI Francesca", "Consigliere"),
          ("FERRI Tommaso", "Consigliere")]
ALB_GC = [("ORSINI Massimiliano", "Sindaco"), ("MARINI Daniela", "Vice Sindaco"), ("FERRANTE Paolo", "Assessore"),
          ("CORSI Alessia", "Assessore"), ("RINALDI Giorgio", "Assessore"), ("MASSIMI Elena", "Assessore"),
          ("BRUNETTI Andrea", "Assessore")]


def roll(members, absent=()):
    return [{"name": n, "role": r, "present": n not in absent} for n, r in members]


SUSA = "Comune di Susa"
BELLA = "Comune di Bella"
ALB = "Città di Albano Laziale"
MARTINASSO = {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Luisa MARTINASSO"}
PEROTTO = {"title": "sig.", "role": "Sindaco", "name": "Andrea PEROTTO"}
LOVALLO = {"title": "dott.", "role": "Segretario Comunale reggente", "name": "Canio LOVALLO"}
SPERA = {"title": "sig.", "role": "Consigliere anziano", "name": "Donato SPERA"}
LAURINO = {"title": "dott.", "role": "Sindaco", "name": "Giuseppe LAURINO"}
CARDINALI = {"title": "dott.ssa", "role": "Segretario Generale", "name": "Raffaella CARDINALI"}

KEYS = [
    {"file": "consiglio-susa-civilianext-rendiconto.pdf", "role": "act",
     "what": "Susa, Consiglio Comunale 14/2027 approving the 2026 rendiconto: a councillor enters during the item "
             "(noted in prose, the roll marks him absent), roll-call vote listed member by member; ReportLab "
             "platypus, justified with Tw, letter-spaced title with Tc, running foot with the number",
     "operative_points": 4,
     "act": {"municipality": SUSA, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 14,
             "date": "2027-04-08", "time": "20:30", "proposal_number": 18, "proposal_date": "2027-03-22",
             "proposing_office": "AREA ECONOMICO-FINANZIARIA",
             "subject": "APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L'ESERCIZIO FINANZIARIO 2026 AI SENSI "
                        "DELL'ART. 227 DEL D.LGS. N. 267/2000",
             "attendees": roll(SUSA_CC, {"TONDA Stefano", "BELLONE Giorgia"}),
             "president": PEROTTO, "secretary": MARTINASSO, "vote": "majority",
             "vote_counts": {"present": 12, "voters": 11, "in_favour": 9, "against": 2, "abstained": 1},
             "immediately_executive": True}},
    {"file": "giunta-susa-civilianext-murosostegno.pdf", "role": "act",
     "what": "Susa, Giunta Comunale 41/2027 approving a retaining-wall project: secretary a scavalco, an assessore "
             "in videoconference, roll in two side-by-side tables; HTML printed by headless Chromium, running head "
             "repeated by a table header, letter-spaced title",
     "operative_points": 4,
     "act": {"municipality": SUSA, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 41,
             "date": "2027-04-13", "time": "12:00", "proposal_number": 52, "proposal_date": "2027-04-09",
             "proposing_office": "AREA TECNICA – LAVORI PUBBLICI",
             "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICA ED ECONOMICA DEI LAVORI DI CONSOLIDAMENTO "
                        "DEL MURO DI SOSTEGNO IN VIA ROCCIAMELONE – CUP I47H27000120004",
             "attendees": roll(SUSA_GC, {"FAVRO Marco"}),
             "president": PEROTTO,
             "secretary": {"title": "dott.", "role": "Segretario Comunale a scavalco", "name": "Piergiorgio BAR"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "consiglio-susa-civilianext-segreteria.pdf", "role": "act",
     "what": "Susa, Consiglio Comunale 15/2027 (same sitting as 14) renewing the secretariat convention: one "
             "councillor has entered and one left, the Segretario steps out and the Vice Segretario takes the "
             "minute; the roll lists names only, the P/A marks stand in a second table in the first page's footer; "
             ".docx by python-docx exported by LibreOffice Writer",
     "operative_points": 3,
     "act": {"municipality": SUSA, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 15,
             "date": "2027-04-08", "time": "20:30", "proposal_number": 21, "proposal_date": "2027-03-29",
             "proposing_office": "AREA AMMINISTRATIVA – SEGRETERIA GENERALE",
             "subject": "RINNOVO DELLA CONVENZIONE PER LA GESTIONE IN FORMA ASSOCIATA DEL SERVIZIO DI SEGRETERIA "
                        "COMUNALE – APPROVAZIONE DELLO SCHEMA",
             "attendees": roll(SUSA_CC, {"USSEGLIO Mattia", "BELLONE Giorgia"}),
             "president": PEROTTO,
             "secretary": {"title": "dott.ssa", "role": "Vice Segretario Comunale", "name": "Monica CORDOLA"},
             "vote": "unanimous", "vote_counts": {"present": 11, "voters": 11},
             "immediately_executive": True}},
    {"file": "giunta-susa-civilianext-proloco.pdf", "role": "act",
     "what": "Susa, Giunta Comunale 43/2027 granting a contribution to the Pro Loco: Sindaco absent, the Vice "
             "Sindaco presides, an assessore leaves before the vote for a conflict of interest; plain troff through "
             "groff -Tps and ps2pdf, letter-spaced title by hand motions, running head and foot",
     "operative_points": 3,
     "act": {"municipality": SUSA, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 43,
             "date": "2027-04-20", "time": "17:00", "proposal_number": 55, "proposal_date": "2027-04-14",
             "proposing_office": "AREA AMMINISTRATIVA – CULTURA, TURISMO E MANIFESTAZIONI",
             "subject": "CONCESSIONE DI UN CONTRIBUTO STRAORDINARIO ALLA PRO LOCO DI SUSA PER L’ORGANIZZAZIONE "
                        "DELLA FIERA DI PRIMAVERA 2027",
             "attendees": roll(SUSA_GC, {"PEROTTO Andrea"}),
             "president": {"title": "sig.ra", "role": "Vice Sindaco", "name": "Elena CHIABERTO"},
             "secretary": MARTINASSO, "vote": "unanimous", "vote_counts": {"present": 3},
             "immediately_executive": True}},
    {"file": "consiglio-bella-halley-canone.pdf", "role": "act",
     "what": "Bella, Consiglio Comunale 9/2027 amending the canone patrimoniale rules: Sindaco and Vice Sindaco "
             "absent, the Consigliere anziano presides, Segretario reggente, a late arrival and a remote member "
             "noted in the roll, roll-call vote listed member by member; 80-column Courier report by enscript "
             "with its running head, accents as apostrophes",
     "operative_points": 3,
     "act": {"municipality": BELLA, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 9,
             "date": "2027-04-27", "time": "18:00",
             "subject": "MODIFICHE AL REGOLAMENTO PER L’APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, "
                        "AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA.",
             "attendees": roll([("LAURINO Giuseppe", "Sindaco"), ("SABIA Rocco", "Consigliere"),
                                ("TELESCA Maria T.", "Consigliere"), ("COVIELLO Vito", "Consigliere"),
                                ("PIETRAFESA Angela", "Consigliere"), ("SPERA Donato", "Consigliere"),
                                ("CERVONE Antonella", "Consigliere"), ("NOLE’ Francesco", "Consigliere"),
                                ("VERRASTRO Lucia", "Consigliere"), ("SCAVONE Michele", "Consigliere"),
                                ("CICCONE Gerardo", "Consigliere"), ("SALVIA Rosa", "Consigliere"),
                                ("CARLUCCI Nicola", "Consigliere")],
                               {"LAURINO Giuseppe", "SABIA Rocco", "NOLE’ Francesco"}),
             "president": SPERA, "secretary": LOVALLO, "vote": "majority",
             "vote_counts": {"present": 10, "voters": 9, "in_favour": 7, "against": 2, "abstained": 1},
             "immediately_executive": True}},
    {"file": "giunta-bella-halley-estate.pdf", "role": "act",
     "what": "Bella, Giunta Comunale 37/2027 joining a summer camp project: pre-printed form whose number, date, "
             "day, hour, secretary and president are overprinted in Courier on blanks of underscores; Vice "
             "Segretario, an assessore in videoconference; fpdf2",
     "operative_points": 3,
     "act": {"municipality": BELLA, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 37,
             "date": "2027-04-15", "time": "13:30",
             "subject": "ADESIONE AL PROGETTO \"ESTATE RAGAZZI 2027\" E APPROVAZIONE DELLE TARIFFE DI "
                        "COMPARTECIPAZIONE DELLE FAMIGLIE",
             "attendees": roll(BELLA_GC, {"TELESCA Maria Teresa"}),
             "president": LAURINO,
             "secretary": {"title": "dott.ssa", "role": "Vice Segretario Comunale", "name": "Filomena PEPE"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "consiglio-bella-halley-variazione.pdf", "role": "act",
     "what": "Bella, Consiglio Comunale 10/2027 (same sitting as 9) on a budget variation: Consigliere anziano "
             "presiding, Segretario reggente, a remote councillor, one who leaves during the discussion; pdfLaTeX "
             "(glyphs kerned in TJ arrays, no space characters), two-column ruled roll",
     "operative_points": 4,
     "act": {"municipality": BELLA, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 10,
             "date": "2027-04-27", "time": "18:00",
             "subject": "VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2027/2029 AI SENSI DELL’ART. 175, "
                        "COMMA 2, DEL D.LGS. N. 267/2000.",
             "attendees": roll([("LAURINO Giuseppe", "Sindaco"), ("SABIA Rocco", "Consigliere"),
                                ("TELESCA Maria Teresa", "Consigliere"), ("COVIELLO Vito", "Consigliere"),
                                ("PIETRAFESA Angela", "Consigliere"), ("SPERA Donato", "Consigliere"),
                                ("CERVONE Antonella", "Consigliere"), ("NOLÈ Francesco", "Consigliere"),
                                ("VERRASTRO Lucia", "Consigliere"), ("SCAVONE Michele", "Consigliere"),
                                ("CICCONE Gerardo", "Consigliere"), ("SALVIA Rosa", "Consigliere"),
                                ("CARLUCCI Nicola", "Consigliere")],
                               {"LAURINO Giuseppe", "SABIA Rocco", "NOLÈ Francesco"}),
             "president": SPERA, "secretary": LOVALLO, "vote": "majority",
             "vote_counts": {"present": 9, "voters": 8, "in_favour": 7, "against": 1, "abstained": 1},
             "immediately_executive": True}},
    {"file": "giunta-bella-halley-viabilita.pdf", "role": "act",
     "what": "Bella, Giunta Comunale 39/2027 giving directions for a regional call on rural roads: Segretario "
             "reggente, an assessore leaves during the item; content streams written by hand with pikepdf, every "
             "glyph placed alone, letterhead, roll and signatures in Form XObjects drawn out of reading order, a "
             "publication stamp rotated up the left margin",
     "operative_points": 3,
     "act": {"municipality": BELLA, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 39,
             "date": "2027-04-22", "time": "12:30",
             "subject": "INDIRIZZI AL RESPONSABILE DELL'AREA TECNICA PER LA PARTECIPAZIONE ALL'AVVISO PUBBLICO "
                        "REGIONALE PER LA MANUTENZIONE STRAORDINARIA DELLA VIABILITÀ RURALE",
             "attendees": roll(BELLA_GC, {"COVIELLO Vito"}),
             "president": LAURINO, "secretary": LOVALLO, "vote": "unanimous",
             "vote_counts": {"present": 3}, "immediately_executive": True}},
    {"file": "consiglio-albanolaziale-sicraweb-regolamento.pdf", "role": "act",
     "what": "Albano Laziale, Consiglio Comunale 21/2027 amending the council's rules: the Vice Presidente del "
             "Consiglio presides, two remote members and a late arrival noted in a two-column roll, roll-call vote "
             "in two columns, executive after ten days; wkhtmltopdf 0.12.6",
     "operative_points": 3,
     "act": {"municipality": ALB, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 21,
             "date": "2027-04-28", "time": "16:00", "proposal_number": 14, "proposal_date": "2027-04-12",
             "proposing_office": "SETTORE I – AFFARI GENERALI E ISTITUZIONALI",
             "subject": "MODIFICHE AL REGOLAMENTO PER IL FUNZIONAMENTO DEL CONSIGLIO COMUNALE E DELLE COMMISSIONI "
                        "CONSILIARI: DISCIPLINA DELLE SEDUTE IN MODALITÀ TELEMATICA E MISTA",
             "attendees": roll(ALB_CC, {"DE ANGELIS Chiara", "SILVESTRI Giulia", "BIANCONI Laura",
                                        "GUIDONI Stefano", "AMICI Francesca", "FERRI Tommaso"}),
             "president": {"title": "dott.", "role": "Vice Presidente del Consiglio Comunale",
                           "name": "Fabio PALOMBI"},
             "secretary": CARDINALI, "vote": "majority",
             "vote_counts": {"present": 19, "voters": 18, "in_favour": 14, "against": 4, "abstained": 1},
             "immediately_executive": False}},
    {"file": "giunta-albanolaziale-sicraweb-estate.pdf", "role": "act",
     "what": "Albano Laziale, Giunta Comunale 88/2027 approving a summer events programme: Vice Sindaco presiding, "
             "Vice Segretario Generale, an assessore remote and one who arrives during the item (marked absent in "
             "the roll); ReportLab, letter-spaced city name (Tc), justified text (Tw), running head with the number",
     "operative_points": 4,
     "act": {"municipality": ALB, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 88,
             "date": "2027-04-06", "time": "11:30", "proposal_number": 104, "proposal_date": "2027-04-01",
             "proposing_office": "SETTORE II – SERVIZI ALLA PERSONA, CULTURA E TURISMO",
             "subject": "RASSEGNA “ESTATE ALBANENSE 2027”: APPROVAZIONE DEL PROGRAMMA DEGLI EVENTI E INDIRIZZI AL "
                        "DIRIGENTE DEL SETTORE II",
             "attendees": roll(ALB_GC, {"ORSINI Massimiliano", "BRUNETTI Andrea"}),
             "president": {"title": "dott.ssa", "role": "Vice Sindaco", "name": "Daniela MARINI"},
             "secretary": {"title": "dott.", "role": "Vice Segretario Generale", "name": "Fabrizio ROSATI"},
             "vote": "unanimous", "vote_counts": {"present": 6, "in_favour": 6},
             "immediately_executive": True}},
    {"file": "consiglio-albanolaziale-sicraweb-debito.pdf", "role": "act",
     "what": "Albano Laziale, Consiglio Comunale 22/2027 (same sitting as 21) recognising an off-budget debt: "
             "members in and out between items, the Presidente del Consiglio arrives and takes the chair; names "
             "in a two-column roll, the P/R/A marks in a second table pinned to the foot of page 1; HTML printed "
             "by headless Chromium",
     "operative_points": 4,
     "act": {"municipality": ALB, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 22,
             "date": "2027-04-28", "time": "16:00", "proposal_number": 17, "proposal_date": "2027-04-14",
             "proposing_office": "SETTORE III – AVVOCATURA E CONTENZIOSO",
             "subject": "RICONOSCIMENTO DELLA LEGITTIMITÀ DEL DEBITO FUORI BILANCIO DERIVANTE DALLA SENTENZA DEL "
                        "GIUDICE DI PACE DI VELLETRI N. 412/2026, AI SENSI DELL'ART. 194, COMMA 1, LETT. A), DEL "
                        "D.LGS. N. 267/2000",
             "attendees": roll(ALB_CC, {"SILVESTRI Giulia", "ZACCHEO Marco", "BIANCONI Laura", "AMICI Francesca",
                                        "FERRI Tommaso"}),
             "president": {"title": "avv.", "role": "Presidente del Consiglio Comunale",
                           "name": "Chiara DE ANGELIS"},
             "secretary": CARDINALI, "vote": "majority",
             "vote_counts": {"present": 20, "voters": 16, "in_favour": 15, "against": 1, "abstained": 4},
             "immediately_executive": True}},
    {"file": "giunta-albanolaziale-sicraweb-comodato.pdf", "role": "act",
     "what": "Albano Laziale, Giunta Comunale 95/2027 lending premises to a civil-protection association: an "
             "assessore remote, one who leaves before the vote for a conflict of interest, roll in two columns; "
             "fpdf2 with embedded DejaVu fonts, running head with the number",
     "operative_points": 3,
     "act": {"municipality": ALB, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 95,
             "date": "2027-04-20", "time": "12:00", "proposal_number": 121, "proposal_date": "2027-04-15",
             "proposing_office": "SETTORE IV – PATRIMONIO E PROTEZIONE CIVILE",
             "subject": "CONCESSIONE IN COMODATO D'USO GRATUITO DEI LOCALI COMUNALI DI VIA SAN FRANCESCO D'ASSISI "
                        "ALL'ASSOCIAZIONE DI PROTEZIONE CIVILE “ALBA SOCCORSO ODV” – APPROVAZIONE DELLO SCHEMA DI "
                        "CONTRATTO",
             "attendees": roll(ALB_GC, {"RINALDI Giorgio"}),
             "president": {"title": "avv.", "role": "Sindaco", "name": "Massimiliano ORSINI"},
             "secretary": CARDINALI, "vote": "unanimous",
             "vote_counts": {"present": 5, "voters": 5, "in_favour": 5},
             "immediately_executive": True}},
]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    misses = []
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            misses.append((k["file"], "file missing"))
            continue
        txt = norm(subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                                  check=True).stdout)
        low = txt.casefold()
        a = k["act"]
        exact = [("subject", a.get("subject"))]
        loose = [("municipality", a.get("municipality")), ("organ", a.get("organ")), ("office", a.get("office")),
                 ("proposing_office", a.get("proposing_office"))]
        for who in ("president", "secretary"):
            for f in ("title", "role", "name"):
                if a.get(who, {}).get(f):
                    loose.append(("%s.%s" % (who, f), a[who][f]))
        for at in a.get("attendees", []):
            loose.append(("attendee", at["name"]))
            loose.append(("attendee role", at["role"]))
        y, m, d = a["date"].split("-")
        exact.append(("date", "%s/%s/%s" % (d, m, y)))
        if a.get("proposal_date"):
            y, m, d = a["proposal_date"].split("-")
            exact.append(("proposal_date", "%s/%s/%s" % (d, m, y)))
        if a.get("time"):
            t = a["time"]
            if t not in txt and t.replace(":", ",") not in txt:
                misses.append((k["file"], "time " + t))
        if not re.search(r"N\.\s*%d\b" % a["number"], txt, re.I):
            misses.append((k["file"], "number %d" % a["number"]))
        if a.get("proposal_number") and not re.search(r"n\.\s*%d\b" % a["proposal_number"], txt, re.I):
            misses.append((k["file"], "proposal_number"))
        for label, v in exact:
            if v and norm(v) not in txt:
                misses.append((k["file"], "%s: %s" % (label, v)))
        for label, v in loose:
            if v and norm(v).casefold() not in low:
                misses.append((k["file"], "%s: %s" % (label, v)))
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    for fn, what in misses:
        print("MISS %s: %s" % (fn, what))
    print("%d keys, %d misses" % (len(KEYS), len(misses)))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
