"""La Morra: determinazione of the Area Finanziaria (Servizio Tributi) as the
package's 80-column report; build.sh prints it with a2ps (one page per
sheet, title with the number, foot with the page) and ps2pdf."""
import sys
from lamorra_text import header, subject, justify, center, points, signatures, write

SUBJ = ("RIMBORSO DI SOMME VERSATE E NON DOVUTE A TITOLO DI IMPOSTA MUNICIPALE PROPRIA (IMU) "
        "PER L'ANNUALITA' 2027 - IMPEGNO E LIQUIDAZIONE DELLA SPESA.")


def build():
    L = []
    L += header('ORIGINALE', ['AREA FINANZIARIA', 'Servizio Tributi'],
                [('REG. GENERALE N.', '188'), ('DEL', '12/07/2028'),
                 ('REG. AREA N.', '41'), ('DEL', '11/07/2028')])
    L.append(center("DETERMINAZIONE DEL RESPONSABILE DELL'AREA FINANZIARIA"))
    L.append('')
    L += subject(SUBJ)
    L.append('')
    L.append(center("IL RESPONSABILE DELL'AREA FINANZIARIA"))
    L.append('')
    for t in [
        "VISTO il decreto sindacale n. 2 del 03/01/2028, con il quale alla sottoscritta sono "
        "state attribuite le funzioni di Responsabile dell'Area Finanziaria ai sensi dell'art. 109, "
        "comma 2, del D.Lgs. n. 267/2000;",
        "VISTE le istanze di rimborso presentate dai contribuenti, acquisite al protocollo "
        "comunale ai nn. 2211 del 14/04/2028, 2690 del 08/05/2028 e 3307 del 06/06/2028, con le "
        "quali si chiede la restituzione di somme versate a titolo di IMU per l'annualita' 2027 "
        "in misura superiore al dovuto o a favore di Comune non competente;",
        "ESAMINATA la documentazione prodotta e verificati, tramite la banca dati dei versamenti "
        "F24 e le risultanze catastali, l'effettivo versamento delle somme e la loro non "
        "debenza, per un importo complessivo di euro 1.846,00, come da prospetto istruttorio "
        "conservato agli atti dell'Ufficio Tributi;",
        "RICHIAMATI l'art. 1, comma 164, della Legge n. 296/2006 e il vigente Regolamento "
        "comunale per la disciplina dell'IMU, che prevedono il rimborso entro centottanta giorni "
        "dalla data di presentazione dell'istanza;",
        "DATO ATTO che la spesa trova copertura al capitolo 1015/1 \"Rimborsi di tributi "
        "comunali\" del bilancio di previsione 2028/2030, esercizio 2028, che presenta la "
        "necessaria disponibilita';",
        "ATTESTATA la regolarita' tecnica e la correttezza dell'azione amministrativa ai sensi "
        "dell'art. 147-bis del D.Lgs. n. 267/2000;",
    ]:
        L += justify(t, first=3)
    L.append('')
    L.append(center('D E T E R M I N A'))
    L.append('')
    L += points([
        "DI DISPORRE il rimborso delle somme versate e non dovute a titolo di IMU per "
        "l'annualita' 2027 a favore dei contribuenti indicati nel prospetto istruttorio, per "
        "l'importo complessivo di euro 1.846,00, oltre agli interessi legali calcolati dalla "
        "data del versamento;",
        "DI IMPEGNARE e contestualmente liquidare la somma di euro 1.846,00 al capitolo 1015/1 "
        "del bilancio 2028/2030, esercizio 2028, autorizzando il Servizio Finanziario "
        "all'emissione dei mandati di pagamento;",
        "DI DARE ATTO che, ai sensi del Regolamento UE 2016/679, i dati personali dei "
        "contribuenti non sono riportati nel presente atto e sono conservati presso l'Ufficio "
        "Tributi.",
    ])
    L.append('')
    L.append('La Morra, li 12/07/2028')
    L.append('')
    L += signatures(['', ''], ["IL RESPONSABILE DELL'AREA FINANZIARIA", 'F.to Rag. GHISOLFI Franca'])
    L.append('')
    L.append('-' * 80)
    L.append(center("VISTO DI REGOLARITA' CONTABILE"))
    L += justify("Si appone il visto di regolarita' contabile attestante la copertura finanziaria "
                 "della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000. "
                 "Impegno n. 512/2028.")
    L.append('La Morra, li 12/07/2028')
    L += signatures(['', ''], ["IL RESPONSABILE DELL'AREA FINANZIARIA", 'F.to Rag. GHISOLFI Franca'])
    return L


if __name__ == '__main__':
    write(sys.argv[1], build())
