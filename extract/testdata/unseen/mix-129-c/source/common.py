from acts import it_date, num_date

GIORNI = {8: "otto", 9: "nove", 10: "dieci", 12: "dodici", 15: "quindici", 16: "sedici",
          18: "diciotto", 22: "ventidue", 24: "ventiquattro", 26: "ventisei", 29: "ventinove", 30: "trenta"}

def is_cons(a):
    return a["organ"].startswith("Consiglio")

def kind_title(a):
    return "DELIBERAZIONE DEL CONSIGLIO COMUNALE" if is_cons(a) else (
        "DELIBERAZIONE DELLA GIUNTA MUNICIPALE" if a["organ"] == "Giunta Municipale" else "DELIBERAZIONE DELLA GIUNTA COMUNALE")

def pres_phrase(a):
    p = a["president"]
    return f"{p['role']} {p['title']} {p['name']}"

def sec_phrase(a):
    s = a["secretary"]
    return f"il {s['role']} {s['title']} {s['name']}"

def opening(a):
    d = int(a["date"][8:])
    org = a["organ"]
    place = "nella sala consiliare" if is_cons(a) else "nella sala delle adunanze"
    conv = ("convocato in sessione ordinaria, seduta pubblica di prima convocazione, con avvisi notificati a norma di legge, "
            "si è riunito il " + org + "." if is_cons(a) else
            "convocata nei modi di legge, si è riunita la " + org + ".")
    return (f"L'anno duemilaventotto, il giorno {GIORNI[d]} del mese di maggio, alle ore {a['time'].replace(':', '.')}, "
            f"{place} della Sede Comunale, {conv}")

def assist(a):
    return f"Partecipa {sec_phrase(a)}, che provvede alla redazione del presente verbale."

def presides(a):
    n_pres = sum(1 for r in a["roll"] if r["present"])
    return (f"Constatato il numero legale degli intervenuti ({n_pres} presenti), assume la presidenza il "
            f"{pres_phrase(a)}, che dichiara aperta la seduta e invita a deliberare sull'oggetto sopra indicato.")

def premesse(a):
    if is_cons(a):
        return ["Udita la relazione del Presidente e gli interventi dei consiglieri, come da resoconto della seduta;",
                "Vista la proposta di deliberazione in oggetto, corredata dei pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
                "Visto il parere del Revisore dei conti;",
                "Con la seguente votazione: " + a["vote_text"] + ";"]
    return ["Vista la proposta di deliberazione in oggetto, corredata dei pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
            "Ritenuto di condividerne i contenuti e le motivazioni;",
            "Con " + a["vote_text"].removeprefix("con ") + ";"]

def verb(a):
    return "DELIBERA"

def ie_text(a):
    if a["ie"]:
        return ("Successivamente, con separata votazione dall'esito identico, la presente deliberazione è dichiarata "
                "immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
    return "La presente deliberazione diventa esecutiva decorsi dieci giorni dalla pubblicazione all'Albo Pretorio on line."

def sig(a):
    p, s = a["president"], a["secretary"]
    return [(f"Il {p['role']}", f"{p['title']} {p['name']}"), (f"Il {s['role']}", f"{s['title']} {s['name']}")]

def proposal_line(a):
    if "proposal_number" in a:
        return f"Proposta n. {a['proposal_number']} del {num_date(a['proposal_date'])} - {a['proposing_office']}"
    return None
