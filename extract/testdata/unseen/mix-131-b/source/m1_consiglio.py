"""La Morra: Consiglio Comunale deliberation 31/2028 as the package's
80-column report; build.sh prints it with enscript (Courier 10, running
head with the number and 'Pag. n di m') and distils it with ps2pdf."""
import sys
from lamorra_text import header, subject, justify, center, points, roll, signatures, write

SUBJ = ("ASSESTAMENTO GENERALE E SALVAGUARDIA DEGLI EQUILIBRI DI BILANCIO PER L'ESERCIZIO 2028 "
        "AI SENSI DEGLI ARTT. 175, COMMA 8, E 193 DEL D.LGS. N. 267/2000. APPROVAZIONE.")

ROLL = [('MARENGO Paolo', 'Sindaco', True), ('OBERTO Silvia', 'Consigliere', True),
        ('CAGNASSO Luca', 'Consigliere', True), ('REVELLI Marta', 'Consigliere', True),
        ('BORGOGNO Enrico', 'Consigliere', False), ('CORINO Daniela', 'Consigliere', True),
        ('PRUNOTTO Fabio', 'Consigliere', True), ('SCAVINO Giorgio', 'Consigliere', True),
        ('GIACOSA Elena', 'Consigliere', True), ('RIVETTO Stefano', 'Consigliere', True),
        ('ALTARE Chiara', 'Consigliere', False)]


def build():
    L = []
    L += header('ORIGINALE', ['CONSIGLIO COMUNALE', 'Sessione ordinaria - Seduta pubblica',
                              'di prima convocazione'],
                [('DELIBERAZIONE N.', '31'), ('DEL', '27/07/2028')])
    L += subject(SUBJ)
    L.append('')
    L += justify("L'anno DUEMILAVENTOTTO, addi' VENTISETTE del mese di LUGLIO alle ore 21:00, "
                 "nella sala delle adunanze consiliari del Palazzo Comunale, previa osservanza di "
                 "tutte le formalita' prescritte dalla vigente legge e dallo Statuto, vennero oggi "
                 "convocati a seduta i componenti del Consiglio Comunale. All'appello risultano:")
    L.append('')
    L += roll(ROLL)
    L.append('TOTALE PRESENTI: 9'.ljust(40) + 'TOTALE ASSENTI: 2'.rjust(40))
    L.append('')
    L += justify("Partecipa alla seduta il Segretario Comunale Dott. BERTOLA Massimo, il quale "
                 "provvede alla redazione del presente verbale. Essendo legale il numero degli "
                 "intervenuti, il Sig. MARENGO Paolo, nella sua qualita' di SINDACO, assume la "
                 "presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra "
                 "indicato.")
    L.append('')
    L.append(center('IL CONSIGLIO COMUNALE'))
    L.append('')
    for t in [
        "PREMESSO che con deliberazione del Consiglio Comunale n. 7 del 27/02/2028 e' stato "
        "approvato il bilancio di previsione finanziario 2028/2030 e con deliberazione n. 18 del "
        "29/04/2028 e' stato approvato il rendiconto della gestione dell'esercizio 2027;",
        "RICHIAMATI l'art. 175, comma 8, del D.Lgs. n. 267/2000, che prevede che mediante la "
        "variazione di assestamento generale, deliberata dall'organo consiliare entro il 31 luglio "
        "di ciascun anno, si attua la verifica generale di tutte le voci di entrata e di uscita, "
        "compreso il fondo di riserva e il fondo di cassa, e l'art. 193 del medesimo decreto, "
        "relativo alla salvaguardia degli equilibri di bilancio;",
        "VISTE le comunicazioni dei Responsabili delle Aree in ordine all'andamento delle entrate "
        "e delle spese di rispettiva competenza e dato atto che non sono stati segnalati debiti "
        "fuori bilancio da riconoscere ne' situazioni tali da pregiudicare gli equilibri;",
        "VISTO il prospetto delle variazioni di assestamento predisposto dal Responsabile "
        "dell'Area Finanziaria, che comporta maggiori entrate per euro 64.300,00 e maggiori spese "
        "per pari importo, e dato atto del permanere degli equilibri generali di bilancio;",
        "VISTO il parere favorevole dell'Organo di revisione economico-finanziaria, reso con "
        "verbale n. 12 del 20/07/2028, acquisito al protocollo n. 4418 del 21/07/2028;",
        "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile espressi dal "
        "Responsabile dell'Area Finanziaria ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
        "UDITA l'illustrazione del Sindaco e dato atto che intervengono il Consigliere RIVETTO, "
        "che annuncia il voto contrario del proprio gruppo, e la Consigliera GIACOSA, che "
        "annuncia la propria astensione, come da resoconto conservato agli atti;",
    ]:
        L += justify(t, first=3)
    L.append('')
    L += justify("CON VOTAZIONE resa in forma palese per alzata di mano, che ottiene il seguente "
                 "risultato: presenti n. 9, votanti n. 8, voti favorevoli n. 7, voti contrari n. 1 "
                 "(Rivetto), astenuti n. 1 (Giacosa);")
    L.append('')
    L.append(center('D E L I B E R A'))
    L.append('')
    L += points([
        "DI APPROVARE, ai sensi dell'art. 175, comma 8, del D.Lgs. n. 267/2000, la variazione "
        "di assestamento generale del bilancio di previsione 2028/2030, come risultante dal "
        "prospetto allegato alla presente quale parte integrante e sostanziale;",
        "DI DARE ATTO, ai sensi dell'art. 193 del D.Lgs. n. 267/2000, del permanere degli "
        "equilibri generali di bilancio e dell'assenza di debiti fuori bilancio;",
        "DI TRASMETTERE copia della presente deliberazione al Tesoriere comunale per gli "
        "adempimenti di competenza.",
    ])
    L.append('')
    L += justify("SUCCESSIVAMENTE, con separata votazione dal seguente esito: presenti n. 9, votanti "
                 "n. 8, favorevoli n. 7, contrari n. 1 (Rivetto), astenuti n. 1 (Giacosa), il "
                 "Consiglio Comunale DICHIARA la presente deliberazione immediatamente eseguibile, "
                 "ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")
    L.append('')
    L.append('Letto, confermato e sottoscritto.')
    L.append('')
    L += signatures(['IL PRESIDENTE', 'F.to MARENGO Paolo'],
                    ['IL SEGRETARIO COMUNALE', 'F.to Dott. BERTOLA Massimo'])
    L.append('')
    L.append('-' * 80)
    L.append(center('RELAZIONE DI PUBBLICAZIONE'))
    L += justify("La presente deliberazione viene pubblicata all'Albo Pretorio on line di questo "
                 "Comune per quindici giorni consecutivi a partire dal 31/07/2028 (art. 124, "
                 "comma 1, D.Lgs. n. 267/2000).")
    L.append('La Morra, li 31/07/2028')
    L += signatures(['', ''], ['IL SEGRETARIO COMUNALE', 'F.to Dott. BERTOLA Massimo'])
    return L


if __name__ == '__main__':
    write(sys.argv[1], build())
