#!/usr/bin/env python3
"""Writes ../keys.json for set mix-123-b and checks that every keyed string is
found in `pdftotext -layout` of its PDF (white space collapsed).  Subjects are
matched exactly; municipality, organ and office without regard to case or the
shape of the apostrophe, as the keys are scored.  On the one form filled over
underscores, a string whose lines are separated by the blank lines of
underscores is also accepted once the runs of underscores are removed (the
check says so).  Exits 1 on a miss."""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

MIS = "Comune di Missaglia"
CAR = "Comune di Carmiano"
CDL = "Comune di Castel di Lama"

KEYS = [
    {"file": "avviso-missaglia-civilianext.pdf", "role": "notice",
     "what": "Missaglia avviso pubblico, contributi affitto 2027 (Area Servizi alla Persona in the letterhead); "
             "ReportLab platypus, justified with Tw, letter-spaced heading with Tc",
     "act": {"municipality": MIS, "office": "Area Servizi alla Persona", "kind": "avviso",
             "date": "2027-11-08",
             "subject": "CONTRIBUTI A SOSTEGNO DEL PAGAMENTO DEL CANONE DI LOCAZIONE SUL LIBERO MERCATO "
                        "– MISURA UNICA ANNO 2027"}},
    {"file": "esito-missaglia-civilianext.pdf", "role": "notice",
     "what": "Missaglia avviso di appalto aggiudicato (esito di gara), subject after an OGGETTO label; "
             "HTML printed by headless Chromium with @page margin boxes as running foot",
     "act": {"municipality": MIS, "office": "Area Tecnica", "kind": "avviso", "date": "2027-11-15",
             "subject": "Procedura negoziata senza bando per l’affidamento dei lavori di riqualificazione "
                        "energetica della scuola primaria “Giuseppe Parini” di via Marconi. "
                        "CUP E87H27000410004 – CIG B3F2A19C44."}},
    {"file": "graduatoria-missaglia-civilianext.pdf", "role": "notice",
     "what": "Missaglia graduatoria definitiva orti urbani, subject under enscript's running title; "
             "80-column Courier report (enscript + ps2pdf)",
     "act": {"municipality": MIS, "office": "Area Territorio e Ambiente", "kind": "avviso",
             "date": "2027-11-22",
             "subject": "GRADUATORIA DEFINITIVA PER L’ASSEGNAZIONE DEGLI ORTI URBANI COMUNALI DI VIA "
                        "MERIGGIO - TRIENNIO 2028/2030"}},
    {"file": "avviso-loculi-missaglia-civilianext.pdf", "role": "act",
     "what": "Missaglia avviso pubblico n. 41/2027, loculi at Maresso, title and subject in one run; "
             "plain troff (groff -Tps) through ps2pdf",
     "act": {"municipality": MIS, "organ": "Area Affari Generali", "office": "Servizio Cimiteriale",
             "kind": "avviso", "number": 41, "date": "2027-11-03",
             "subject": "AVVISO PUBBLICO PER L'ASSEGNAZIONE IN CONCESSIONE DI LOCULI E CELLETTE OSSARIO "
                        "NEL CIMITERO DI MARESSO"}},
    {"file": "bando-carmiano-halley.pdf", "role": "act",
     "what": "Carmiano bando pubblico n. 3/2027, posteggi del mercato settimanale, number only in the "
             "running head and foot; ReportLab canvas, every glyph placed alone, no space characters",
     "act": {"municipality": CAR, "organ": "Settore Sviluppo Economico",
             "office": "Servizio Attività Produttive – SUAP", "kind": "bando", "number": 3,
             "date": "2027-11-04",
             "subject": "ASSEGNAZIONE IN CONCESSIONE DECENNALE DEI POSTEGGI LIBERI NEL MERCATO SETTIMANALE "
                        "DEL GIOVEDÌ IN VIA LECCE"}},
    {"file": "avviso-carmiano-halley.pdf", "role": "notice",
     "what": "Carmiano avviso pubblico L. 13/1989 barriere architettoniche, title in a shaded box; "
             "python-docx .docx exported by LibreOffice Writer",
     "act": {"municipality": CAR, "office": "Settore Tecnico", "kind": "avviso", "date": "2027-11-10",
             "subject": "AVVISO PUBBLICO PER L’ACCESSO AI CONTRIBUTI PER IL SUPERAMENTO E L’ELIMINAZIONE "
                        "DELLE BARRIERE ARCHITETTONICHE NEGLI EDIFICI PRIVATI – ANNO 2028"}},
    {"file": "graduatoria-carmiano-halley.pdf", "role": "notice",
     "what": "Carmiano avviso of the graduatoria provvisoria ERP, OGGETTO label, roll in two columns "
             "side by side; HTML printed by wkhtmltopdf",
     "act": {"municipality": CAR, "office": "Settore Affari Generali e Servizi Sociali", "kind": "avviso",
             "date": "2027-11-18",
             "subject": "Bando di concorso per l’assegnazione in locazione semplice degli alloggi di "
                        "edilizia residenziale pubblica disponibili nel Comune di Carmiano. Pubblicazione "
                        "della graduatoria provvisoria."}},
    {"file": "avviso-derattizzazione-carmiano-halley.pdf", "role": "notice",
     "what": "Carmiano avviso alla cittadinanza (derattizzazione), pre-printed form filled over "
             "underscores; fpdf2 core fonts",
     "act": {"municipality": CAR, "office": "Settore Lavori Pubblici e Ambiente", "kind": "avviso",
             "date": "2027-11-24",
             "subject": "INTERVENTO DI DERATTIZZAZIONE DELLA RETE FOGNARIA E DELLE AREE PUBBLICHE DEL "
                        "CENTRO URBANO E DI MAGLIANO"}},
    {"file": "avviso-viabilita-casteldilama-sicraweb.pdf", "role": "notice",
     "what": "Castel di Lama avviso alla cittadinanza (traffic limits), subject in a coloured box, "
             "Area only in the signature; pdfLaTeX (glyphs positioned, no space characters)",
     "act": {"municipality": CDL, "office": "Area Vigilanza", "kind": "avviso", "date": "2027-11-05",
             "subject": "LIMITAZIONI ALLA CIRCOLAZIONE IN VIA ROMA E IN PIAZZA DELLA LIBERTÀ PER I LAVORI "
                        "DI RIFACIMENTO DELLA PAVIMENTAZIONE STRADALE"}},
    {"file": "avviso-associazioni-casteldilama-sicraweb.pdf", "role": "act",
     "what": "Castel di Lama avviso pubblico n. 12/2027, contributi alle associazioni, number in the "
             "letterhead box, Area only in the signature; fpdf2 with embedded DejaVu (Identity-H), justified",
     "act": {"municipality": CDL, "organ": "Area Amministrativa", "kind": "avviso", "number": 12,
             "date": "2027-11-12",
             "subject": "AVVISO PUBBLICO PER LA CONCESSIONE DI CONTRIBUTI ALLE ASSOCIAZIONI SPORTIVE, "
                        "CULTURALI E DI VOLONTARIATO PER L’ANNO 2028"}},
    {"file": "graduatoria-casteldilama-sicraweb.pdf", "role": "notice",
     "what": "Castel di Lama graduatoria definitiva libri di testo, subject under a running title band, "
             "roll in two columns filled one after the other; ReportLab canvas",
     "act": {"municipality": CDL, "office": "Servizio Pubblica Istruzione", "kind": "avviso",
             "date": "2027-11-19",
             "subject": "GRADUATORIA DEFINITIVA DEI BENEFICIARI DEL CONTRIBUTO PER LA FORNITURA GRATUITA "
                        "O SEMIGRATUITA DEI LIBRI DI TESTO – ANNO SCOLASTICO 2027/2028"}},
    {"file": "esito-casteldilama-sicraweb.pdf", "role": "notice",
     "what": "Castel di Lama avviso di esito di gara, OGGETTO label; content streams written by hand "
             "(pikepdf), blocks as Form XObjects drawn out of reading order, rotated protocol stamp",
     "act": {"municipality": CDL, "office": "Area Tecnica", "kind": "avviso", "date": "2027-11-26",
             "subject": "Procedura aperta per l’affidamento dei lavori di adeguamento sismico della scuola "
                        "dell’infanzia di Villa Sant’Antonio – CUP E47B26000230001 – CIG B41C7E2D90."}},
]

FORMS = {"avviso-derattizzazione-carmiano-halley.pdf"}
LOOSE = ("municipality", "organ", "office")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def loose(s):
    return norm(s).lower().replace("’", "'").replace("`", "'")


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        txt = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                             text=True, check=True).stdout
        hay = norm(txt)
        hay_nous = norm(re.sub(r"_{3,}", " ", txt))
        act = k["act"]
        for f in ("municipality", "organ", "office", "subject"):
            if f not in act:
                continue
            v = act[f]
            if f in LOOSE:
                ok = loose(v) in loose(hay) or (k["file"] in FORMS and loose(v) in loose(hay_nous))
            else:
                ok = norm(v) in hay
                if not ok and k["file"] in FORMS and norm(v) in hay_nous:
                    ok = True
                    print("  %s: %s found once the blanks of underscores are removed" % (k["file"], f))
            if not ok:
                misses += 1
                print("MISS %s %s: %r" % (k["file"], f, v))
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
