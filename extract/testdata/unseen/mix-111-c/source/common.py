from data import *

def premessa(a):
    o = a["organ"]
    if a["c"] is RUB and o == "Giunta Comunale" and a["number"] == 112:
        return ["Premesso che l'edificio della scuola primaria \"G. Marconi\" di Sarmeola necessita di interventi di manutenzione straordinaria alla copertura e agli impianti, come evidenziato dal sopralluogo dell'Area Lavori Pubblici del 14/10/2026;",
                "Visto il progetto di fattibilità tecnico-economica redatto dall'ing. Alessio Brunello, dell'importo complessivo di euro 385.000,00, di cui euro 292.400,00 per lavori;",
                "Dato atto che l'opera è inserita nel programma triennale dei lavori pubblici 2026-2028 e che la spesa trova copertura al capitolo 20410/3 del bilancio di previsione 2026-2028;",
                "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000;"]
    if o == "Consiglio Comunale":
        return ["Richiamata la deliberazione consiliare con la quale è stato approvato il bilancio di previsione per il triennio 2026-2028;",
                "Vista la proposta illustrata dall'Assessore competente e la relazione del Responsabile dell'Area Economico-Finanziaria;",
                "Acquisito il parere favorevole dell'Organo di revisione economico-finanziaria, verbale n. 22 del 2026;",
                "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000;"]
    return ["Vista la proposta di deliberazione predisposta dal Responsabile competente e ritenuta meritevole di approvazione;",
            "Considerato che le risorse necessarie trovano copertura negli stanziamenti del bilancio di previsione 2026-2028;",
            "Visto il vigente Statuto comunale e il Regolamento di contabilità;",
            "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000;"]

POINTS = [
 "di richiamare la premessa quale parte integrante e sostanziale del presente provvedimento;",
 "di approvare la proposta nei termini descritti in premessa e negli atti allegati, che si intendono qui richiamati;",
 "di demandare al Responsabile dell'Area competente l'adozione dei successivi atti gestionali, ivi compreso l'impegno di spesa;",
 "di dare atto che il presente provvedimento sarà pubblicato all'Albo Pretorio on line e nella sezione Amministrazione Trasparente;",
 "di trasmettere copia della presente ai Capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. n. 267/2000;",
]
def points(a):
    p = POINTS[:a["points"]]
    return p

def signame(x):
    return f'{x["title"]} {x["name"]}'
