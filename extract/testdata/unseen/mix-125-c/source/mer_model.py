# -*- coding: utf-8 -*-
"""House style of the Comune di Merano / Stadtgemeinde Meran ("gvcc"):
bilingual letterhead and labels, Italian text, a two-column roll with the
absent members named again in a sentence."""
from data import MERANO as M, attendance, present_count, secretary_of, it_date, de_date, day_words

DE_ROLE = {"Sindaco": "Bürgermeister", "Vicesindaca": "Vizebürgermeisterin",
           "Segretario generale": "Generalsekretär", "Vicesegretaria generale": "Vizegeneralsekretärin"}


def roll_halves(a):
    att = attendance(M, a)
    return att[:5], att[5:]


def blocks(a):
    st, sr, sn = secretary_of(M, a)
    pt, pr, pn = a["president"]
    att = attendance(M, a)
    out = []
    out.append(("letterhead", M["name_de"], M["province_de"], M["name_it"], M["province_it"], M["address"]))
    out.append(("title", "Deliberazione della Giunta comunale", "Beschluss des Stadtrates"))
    out.append(("numrow", [("N.", "Nr.", "%d" % a["number"]),
                           ("Seduta del", "Sitzung vom", it_date(a["date"])),
                           ("ore", "Uhr", a["time_print"])]))
    out.append(("proposal", "Proposta n. / Vorschlag Nr. %d" % a["proposal_number"],
                "Ufficio proponente / Vorschlagendes Amt: %s" % a["proposing_office"]))
    out.append(("subject", "OGGETTO:", a["subject"], "BETREFF:", a["subject_de"]))
    out.append(("para", "Nell'anno duemilaventotto, addì %s del mese di gennaio, alle ore %s, nella sala delle riunioni del Municipio, in seguito a regolare convocazione, si è riunita la Giunta comunale nelle persone dei signori:" % (day_words(a["date"]), a["time_print"])))
    out.append(("roll2", roll_halves(a)))
    absent = [n for n, r, p in att if not p]
    if absent:
        out.append(("para", "Assenti giustificati / Entschuldigt abwesend: %s." % ", ".join(absent)))
    else:
        out.append(("para", "Tutti i componenti sono presenti. / Alle Mitglieder sind anwesend."))
    if st == "dott.":
        out.append(("para", "Assiste il %s %s %s, incaricato della redazione del verbale." % (sr, st, sn)))
    else:
        out.append(("para", "Assiste la %s %s %s, incaricata della redazione del verbale." % (sr, st, sn)))
    if pt:
        out.append(("para", "Riconosciuto legale il numero degli intervenuti, il %s %s %s assume la presidenza e dichiara aperta la seduta." % (pr, pt, pn)))
    else:
        out.append(("para", "Riconosciuto legale il numero degli intervenuti, la %s %s, in assenza del Sindaco, assume la presidenza e dichiara aperta la seduta." % (pr, pn)))
    out.append(("center", "LA GIUNTA COMUNALE"))
    for p in a["premesse"]:
        out.append(("para", p))
    out.append(("para", a["vote_text"]))
    out.append(("center", "delibera"))
    out.append(("points", a["points"]))
    out.append(("para", a["ie_text"]))
    out.append(("signatures",
                ("Il Presidente - Der Vorsitzende" if pr == "Sindaco" else "La Presidente - Die Vorsitzende",
                 "%s %s" % (pt, pn) if pt else pn),
                ("%s - %s" % (sr[0].upper() + sr[1:], DE_ROLE[sr]), "%s %s" % (st, sn)),
                "(firmato digitalmente / digital signiert)"))
    out.append(("pubhead", "Relazione di pubblicazione / Veröffentlichungsbericht"))
    out.append(("para", "La presente deliberazione viene pubblicata all'Albo pretorio digitale del Comune dal %s al %s per dieci giorni consecutivi, ai sensi dell'art. 183, comma 1, della L.R. 3 maggio 2018, n. 2." % (a["pub_from"], a["pub_to"])))
    out.append(("para", "Dieser Beschluss wird vom %s bis zum %s für zehn aufeinanderfolgende Tage an der digitalen Amtstafel der Gemeinde veröffentlicht." % (a["pub_from"].replace("/", "."), a["pub_to"].replace("/", "."))))
    return out


def running(a):
    return "Deliberazione della Giunta comunale n. %d del %s - Beschluss des Stadtrates Nr. %d vom %s" % (
        a["number"], it_date(a["date"]), a["number"], de_date(a["date"]))
