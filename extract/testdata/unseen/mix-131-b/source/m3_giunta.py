"""La Morra: Giunta Comunale deliberation 64/2028 as the package's 80-column
report, wrapped in troff (no fill, Courier) with a running foot; build.sh
runs groff -Tps and ps2pdf."""
import sys
from lamorra_text import header, subject, justify, center, points, roll, signatures

SUBJ = ("CONCESSIONE DEL PATROCINIO E DI UN CONTRIBUTO ECONOMICO ALL'ASSOCIAZIONE TURISTICA PRO "
        "LOCO DI LA MORRA PER LA RASSEGNA \"NOTTI IN LANGA 2028\". ATTO DI INDIRIZZO.")

ROLL = [('MARENGO Paolo', 'Sindaco', True), ('OBERTO Silvia', 'Vicesindaco', True),
        ('CAGNASSO Luca', 'Assessore', False)]


def text():
    L = []
    L += header('COPIA', ['GIUNTA COMUNALE'],
                [('DELIBERAZIONE N.', '64'), ('DEL', '19/07/2028')])
    L += subject(SUBJ)
    L.append('')
    L += justify("L'anno DUEMILAVENTOTTO, addi' DICIANNOVE del mese di LUGLIO alle ore 18:00, "
                 "nella solita sala delle riunioni, convocata nei modi di legge, si e' riunita la "
                 "Giunta Comunale, composta dai Signori:")
    L.append('')
    L += roll(ROLL)
    L.append('TOTALE PRESENTI: 2'.ljust(40) + 'TOTALE ASSENTI: 1'.rjust(40))
    L.append('')
    L += justify("Assiste il Segretario Comunale Dott. BERTOLA Massimo, il quale provvede alla "
                 "redazione del presente verbale. Il Sig. MARENGO Paolo, nella sua qualita' di "
                 "SINDACO, assunta la presidenza e riconosciuta legale l'adunanza, dichiara aperta "
                 "la seduta.")
    L.append('')
    L.append(center('LA GIUNTA COMUNALE'))
    L.append('')
    for t in [
        "VISTA l'istanza presentata dall'Associazione Turistica Pro Loco di La Morra, acquisita al "
        "protocollo n. 4012 del 03/07/2028, con la quale si chiede il patrocinio del Comune e un "
        "contributo economico per l'organizzazione della rassegna estiva \"Notti in Langa 2028\", "
        "che si terra' nel centro storico dal 4 al 20 agosto 2028 con concerti, letture e "
        "degustazioni dei prodotti del territorio;",
        "VISTO il programma della manifestazione e il relativo piano finanziario, che prevede "
        "spese per euro 21.500,00 ed entrate proprie e da sponsor per euro 17.500,00;",
        "RICHIAMATO il vigente Regolamento comunale per la concessione di contributi e vantaggi "
        "economici, approvato con deliberazione del Consiglio Comunale n. 22 del 30/06/2015;",
        "RITENUTA l'iniziativa meritevole di sostegno per la sua rilevanza turistica e culturale;",
        "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile ai sensi dell'art. 49 "
        "del D.Lgs. n. 267/2000;",
    ]:
        L += justify(t, first=3)
    L.append('')
    L += justify("CON VOTI unanimi e favorevoli espressi nelle forme di legge;")
    L.append('')
    L.append(center('D E L I B E R A'))
    L.append('')
    L += points([
        "DI CONCEDERE il patrocinio del Comune di La Morra alla rassegna \"Notti in Langa 2028\" "
        "organizzata dall'Associazione Turistica Pro Loco di La Morra;",
        "DI ASSEGNARE all'Associazione un contributo economico di euro 4.000,00, da liquidarsi a "
        "presentazione del rendiconto delle spese sostenute, con imputazione al capitolo 7210/5 "
        "del bilancio 2028/2030, esercizio 2028;",
        "DI DEMANDARE al Responsabile dell'Area Amministrativa l'adozione degli atti conseguenti.",
    ])
    L.append('')
    L += justify("SUCCESSIVAMENTE, con separata votazione unanime, la Giunta Comunale DICHIARA la "
                 "presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, "
                 "del D.Lgs. n. 267/2000, stante l'approssimarsi della manifestazione.")
    L.append('')
    L.append('Letto, confermato e sottoscritto.')
    L.append('')
    L += signatures(['IL PRESIDENTE', 'F.to MARENGO Paolo'],
                    ['IL SEGRETARIO COMUNALE', 'F.to Dott. BERTOLA Massimo'])
    L.append('')
    L.append('-' * 80)
    L.append(center('CERTIFICATO DI CONFORMITA\''))
    L += justify("Copia conforme all'originale, in carta libera per uso amministrativo.")
    L.append('La Morra, li 21/07/2028')
    L += signatures(['', ''], ['IL SEGRETARIO COMUNALE', 'Dott. BERTOLA Massimo'])
    return L


def troff(lines):
    out = [
        '.\\" La Morra, Giunta 64/2028: the 80-column report set in Courier by troff',
        '.pl 11.69i', '.po 0.8i', '.ll 6.8i', '.lt 6.8i', '.nf', '.ft CR', '.ps 10', '.vs 12.5p',
        '.de HD', "'sp 0.6i", '..',
        '.de FO', '.ev 1', '.nf', '.ft CR', '.ps 9', "'sp |11.69i-0.75i",
        ".tl 'Comune di La Morra - Delibera G.C. n. 64 del 19/07/2028''Pagina \\\\n% di 2'",
        '.ev', "'bp", '..',
        '.wh 0 HD', '.wh -1i FO',
    ]
    for ln in lines:
        ln = ln.replace('\\', '\\e')
        if ln.startswith('.') or ln.startswith("'"):
            ln = '\\&' + ln
        out.append(ln if ln.strip() else '')
    return '\n'.join(out) + '\n'


if __name__ == '__main__':
    with open(sys.argv[1], 'w', encoding='latin-1') as f:
        f.write(troff(text()))
