#!/usr/bin/env python3
"""Writes the pdfcpu 'create' JSON for the Palagianello attestazione di pubblicazione."""
import json, sys
SUBJ = ("APPROVAZIONE SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE NAZIONALE CARABINIERI – SEZIONE DI "
        "PALAGIANELLO PER ATTIVITÀ DI VOLONTARIATO DI PROTEZIONE CIVILE E VIGILANZA ALL'USCITA DELLE SCUOLE")
def T(value, x, y, size=10, font="Helvetica", align="left", width=None, **kw):
    t = {"value": value, "pos": [x, y], "align": align, "font": {"name": font, "size": size}}
    if width:
        t["width"] = width
    t.update(kw)
    return t
text = [
    T("COMUNE DI PALAGIANELLO", -1, 780, 18, "Helvetica-Bold", "center"),
    T("Provincia di Taranto", -1, 762, 10, "Helvetica-Oblique", "center"),
    T("Piazza Roma, 1 – 74018 Palagianello (TA) – protocollo.palagianello@pec.rupar.puglia.it", -1, 748, 8, "Helvetica", "center"),
    T("SERVIZIO SEGRETERIA – ALBO PRETORIO ON LINE", -1, 722, 9, "Helvetica-Bold", "center"),
    T("ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE", -1, 680, 14, "Helvetica-Bold", "center",
      border={"width": 1, "col": "#000000"}, padding={"width": 6}, bgcol="#EDEDED"),
    T("Registro delle pubblicazioni n. 312/2026", 60, 640, 10, "Helvetica"),
    T("Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,", 60, 610, 10.5, "Times-Roman", width=475),
    T("ATTESTA", -1, 585, 11, "Times-Bold", "center"),
    T("che la deliberazione della Giunta Comunale n. 33 del 17/02/2026, avente ad oggetto:", 60, 560, 10.5, "Times-Roman", width=475),
    T(SUBJ, 70, 497, 10.5, "Times-Bold", "justify", width=455, border={"width": 1, "col": "#555555"}, padding={"width": 5}),
    T("è stata pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi, "
      "dal 19/02/2026 al 06/03/2026, ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267 "
      "e dell'art. 32, comma 1, della Legge 18 giugno 2009, n. 69, e che avverso la stessa non sono "
      "pervenuti opposizioni o reclami.", 60, 425, 10.5, "Times-Roman", "justify", width=475),
    T("Palagianello, 09/03/2026", 60, 385, 10.5, "Times-Roman"),
    T("IL RESPONSABILE DELLA PUBBLICAZIONE\nIl Messo Comunale\nSig. Cosimo Lenti", 330, 345, 10, "Helvetica", "center", width=220),
    T("VISTO: IL SEGRETARIO COMUNALE\nDott.ssa Rosanna Caforio", 330, 270, 10, "Helvetica", "center", width=220),
]
doc = {
    "paper": "A4P", "origin": "LowerLeft",
    "footer": {"font": {"name": "Helvetica", "size": 7},
               "left": "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate",
               "right": "Pagina %p di %P", "height": 30, "dx": 40, "dy": 10, "border": False},
    "pages": {"1": {"content": {"text": text}}}
}
json.dump(doc, open(sys.argv[1], "w"), ensure_ascii=False, indent=1)
