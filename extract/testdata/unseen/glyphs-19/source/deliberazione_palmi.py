"""Comune di Palmi - Consiglio Comunale n. 14 del 26/02/2026, in the layout of
a Studio K deliberation.  Hand-written content streams (rawpdf):
  * embedded URW Type 1 fonts with codes handed out in order of use,
    an /Encoding /Differences array and a /ToUnicode CMap;
  * the running foot and head of every page are drawn first;
  * the two-column roll is drawn column by column (left column top to bottom,
    then the right one);
  * on the last page the signature block is drawn before the body text.
"""
import sys

from rawpdf import PDF, Type1DiffFont
from textlay import Stream
from docflow import Flow, A4W, A4H

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-palmi-studiok.pdf"

SUBJECT = ("APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA CONCESSIONE IN USO DEGLI IMPIANTI "
           "SPORTIVI DI PROPRIETÀ COMUNALE.")

ROLL = [("BARBARO FRANCESCO", "Sindaco", True),
        ("GERACE MARIA TERESA", "Presidente", True),
        ("CUTRÌ DOMENICO", "Consigliere", True),
        ("LACQUANITI ROSARIO", "Consigliere", True),
        ("MORABITO ELENA", "Consigliere", False),
        ("SURACE GIUSEPPE", "Consigliere", True),
        ("CARIDI ANNUNZIATA", "Consigliere", True),
        ("ZAGARI MICHELE", "Consigliere", True),
        ("FOTI CATERINA", "Consigliere", True),
        ("SALERNO VINCENZO", "Consigliere", True),
        ("CRUCITTI LUCIA", "Consigliere", False),
        ("MILETO ANTONIO", "Consigliere", True),
        ("FAZZARI SILVANA", "Consigliere", True),
        ("RUSSO PASQUALE", "Consigliere", True),
        ("TRIPODI CARMELA", "Consigliere", False),
        ("AMATO SALVATORE", "Consigliere", True),
        ("LAGANÀ BRUNO", "Consigliere", True)]

PREMESSE = [
    "Premesso che il Comune di Palmi è proprietario di impianti sportivi destinati alla pratica "
    "dell'attività sportiva, motoria e ricreativa, tra i quali lo stadio comunale \u201cGiuseppe "
    "Lopresti\u201d, il palazzetto dello sport di contrada Pille, i campi da tennis di via San Gaetano "
    "e le palestre annesse agli edifici scolastici di competenza comunale;",
    "Rilevato che il vigente regolamento per l'uso degli impianti sportivi, approvato con "
    "deliberazione del Consiglio Comunale n. 41 del 29/09/2008, non risulta più adeguato alle "
    "disposizioni del D.Lgs. 28 febbraio 2021, n. 38, in materia di riordino e riforma delle norme "
    "di sicurezza per la costruzione e l'esercizio degli impianti sportivi, né alle esigenze delle "
    "associazioni e delle società sportive dilettantistiche operanti sul territorio;",
    "Visto lo schema di regolamento predisposto dal Settore Affari Generali, composto da n. 24 "
    "articoli, che disciplina le modalità di richiesta, i criteri di assegnazione degli spazi, le "
    "tariffe d'uso, gli obblighi dei concessionari e le cause di revoca e di decadenza della "
    "concessione;",
    "Dato atto che la proposta è stata esaminata dalla II Commissione Consiliare Permanente nella "
    "seduta del 19/02/2026, che ha espresso parere favorevole a maggioranza;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 "
    "del D.Lgs. 18 agosto 2000, n. 267, riportati in calce al presente atto;",
    "Visti lo Statuto comunale e il Regolamento sul funzionamento del Consiglio Comunale;",
    "Uditi gli interventi dei consiglieri, integralmente riportati nel resoconto stenotipico della "
    "seduta, conservato agli atti dell'Ufficio di Presidenza;",
    "Con la seguente votazione, espressa per alzata di mano: presenti n. 14, votanti n. 13, "
    "astenuti n. 1 (Mileto), voti favorevoli n. 10, voti contrari n. 3 (Salerno, Fazzari, Russo);",
]

PUNTI = [
    "1) di approvare, per le motivazioni espresse in premessa, il Regolamento comunale per la "
    "concessione in uso degli impianti sportivi di proprietà comunale, composto da n. 24 articoli, "
    "allegato alla presente deliberazione quale parte integrante e sostanziale;",
    "2) di abrogare il regolamento approvato con deliberazione del Consiglio Comunale n. 41 del "
    "29/09/2008 e ogni altra disposizione regolamentare in contrasto con il presente atto;",
    "3) di stabilire che il nuovo regolamento entra in vigore il quindicesimo giorno successivo a "
    "quello di pubblicazione all'Albo Pretorio on line della presente deliberazione;",
    "4) di demandare al Responsabile del Settore Affari Generali gli adempimenti conseguenti, ivi "
    "compresa la pubblicazione del regolamento nella sezione \u201cAmministrazione trasparente\u201d "
    "del sito istituzionale.",
]


def build(total):
    pdf = PDF(producer="StudioK PDF Engine 3.2", creator="Studio K - Gestione Atti Amministrativi",
              title="Delibera di Consiglio n. 14 del 26/02/2026")
    R = Type1DiffFont(pdf, "NimbusRoman-Regular", "NimbusRoman-Regular", "F1")
    B = Type1DiffFont(pdf, "NimbusRoman-Bold", "NimbusRoman-Bold", "F2")
    I = Type1DiffFont(pdf, "NimbusRoman-Italic", "NimbusRoman-Italic", "F3")

    def head_foot(flow, n):
        st = flow.st
        # the foot first, then the head: this is the order the engine writes them
        st.line(62, 52, A4W - 62, 52, 0.4)
        st.text(I, 8, 62, 40, "Delibera di Consiglio Comunale n. 14 del 26/02/2026")
        st.text(I, 8, A4W - 62, 40, "Pag. %d di %d" % (n, total), align="right")
        if n > 1:
            st.text(B, 9, 62, A4H - 45, "COMUNE DI PALMI")
            st.text(R, 8, A4W - 62, A4H - 45, "Copia conforme all'originale", align="right")
            st.line(62, A4H - 50, A4W - 62, A4H - 50, 0.4)
        st.head_len = len(st.ops)

    fl = Flow(left=62, right=62, top=62, bottom=70, on_new_page=head_foot)
    st = fl.st
    # letterhead
    fl.line(B, 17, "COMUNE DI PALMI", align="center", leading=20)
    fl.line(R, 10.5, "Città Metropolitana di Reggio Calabria", align="center", leading=14)
    fl.space(8)
    y0 = fl.y
    st.rect(62, y0 - 44, fl.width, 44, 0.8)
    st.line(62 + 300, y0 - 44, 62 + 300, y0, 0.8)
    st.text(B, 12, 72, y0 - 17, "COPIA")
    st.text(B, 10.5, 72, y0 - 34, "DELIBERAZIONE DEL CONSIGLIO COMUNALE")
    st.text(R, 10, 372, y0 - 17, "N.")
    st.text(B, 12, 386, y0 - 17, "14")
    st.text(R, 10, 372, y0 - 34, "Data")
    st.text(B, 12, 398, y0 - 34, "26/02/2026")
    fl.y = y0 - 58
    st.text(B, 10.5, 62, fl.y - 10.5, "OGGETTO:")
    fl.para(B, 10.5, SUBJECT, leading=13.5, x=132, width=fl.width - 70, justify=False, space_after=6)
    fl.para(R, 9, "Proposta n. 18 del 12/02/2026 \u2013 Settore Affari Generali", x=132,
            width=fl.width - 70, justify=False, space_after=10)
    fl.para(R, 10.5,
            "L'anno duemilaventisei, il giorno ventisei del mese di febbraio, alle ore 17:30, nella "
            "Sala Consiliare \u201cAntonio Altomonte\u201d del Palazzo di Città, a seguito di avviso di "
            "convocazione prot. n. 4127 del 19/02/2026, regolarmente notificato, si è riunito il "
            "Consiglio Comunale in sessione ordinaria ed in seduta pubblica di prima convocazione.",
            leading=14, space_after=4)
    fl.para(R, 10.5, "Fatto l'appello nominale, risultano:", leading=14, space_after=6)

    # the roll: two columns, drawn column by column
    colw = fl.width / 2.0
    rowh = 14
    ytop = fl.y
    half = 9
    for c, rows in enumerate((ROLL[:half], ROLL[half:])):
        x = 62 + c * colw
        st.rect(x, ytop - rowh, colw, rowh, 0.5, fill=0.88)
        st.text(B, 8.5, x + 4, ytop - 10, "N.")
        st.text(B, 8.5, x + 20, ytop - 10, "Cognome e Nome")
        st.text(B, 8.5, x + 140, ytop - 10, "Carica")
        st.text(B, 8.5, x + 200, ytop - 10, "P", align="center", width=16)
        st.text(B, 8.5, x + 216, ytop - 10, "A", align="center", width=16)
        for i, (name, role, pres) in enumerate(rows):
            n = i + 1 + c * half
            yy = ytop - rowh * (i + 2)
            st.rect(x, yy, colw, rowh, 0.3)
            st.text(R, 9, x + 4, yy + 4, "%d" % n)
            st.text(R, 9, x + 20, yy + 4, name)
            st.text(R, 9, x + 140, yy + 4, role)
            st.text(B, 9, x + 200, yy + 4, "X" if pres else "", align="center", width=16)
            st.text(B, 9, x + 216, yy + 4, "" if pres else "X", align="center", width=16)
    fl.y = ytop - rowh * (half + 1) - 14
    st.text(B, 10, 62, fl.y, "Presenti n. 14")
    st.text(B, 10, 200, fl.y, "Assenti n. 3")
    fl.y -= 18
    fl.para(R, 10.5,
            "Assume la presidenza il Presidente del Consiglio Comunale Avv. Maria Teresa Gerace, "
            "la quale, constatato il numero legale degli intervenuti, dichiara aperta la seduta. "
            "Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione, ai sensi "
            "dell'art. 97, comma 4, lett. a), del D.Lgs. n. 267/2000, il Segretario Generale "
            "Dott. Fabio Scordo.", leading=14, space_after=10)
    fl.need(40)
    fl.line(B, 11, "IL CONSIGLIO COMUNALE", align="center", leading=18)
    for p in PREMESSE:
        fl.para(R, 10.5, p, leading=14, indent=18)
    fl.space(4)
    fl.need(30)
    fl.line(B, 11, "DELIBERA", align="center", leading=18)
    for p in PUNTI:
        fl.para(R, 10.5, p, leading=14)
    fl.space(4)
    fl.para(R, 10.5,
            "Successivamente, IL CONSIGLIO COMUNALE, stante l'urgenza di provvedere, con separata "
            "votazione espressa per alzata di mano: presenti n. 14, votanti n. 13, astenuti n. 1, "
            "voti favorevoli n. 10, voti contrari n. 3,", leading=14)
    fl.need(30)
    fl.line(B, 11, "DELIBERA", align="center", leading=18)
    fl.para(R, 10.5,
            "di dichiarare la presente deliberazione immediatamente eseguibile ai sensi dell'art. "
            "134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.", leading=14, space_after=12)
    # pareri
    fl.need(90)
    fl.line(B, 9.5, "PARERI AI SENSI DELL'ART. 49 DEL D.LGS. N. 267/2000", leading=14)
    fl.para(R, 9.5, "Parere di regolarità tecnica: FAVOREVOLE. Palmi, 12/02/2026 \u2013 Il Responsabile "
            "del Settore Affari Generali F.to Dott.ssa Rosanna Sciarrone", leading=12, justify=False)
    fl.para(R, 9.5, "Parere di regolarità contabile: FAVOREVOLE. Palmi, 13/02/2026 \u2013 Il Responsabile "
            "del Settore Economico-Finanziario F.to Dott. Carmelo Iannì", leading=12, justify=False,
            space_after=14)

    # signature block: built apart and put in front of the page's body
    fl.need(70)
    sig = Stream()
    ys = fl.y
    sig.text(R, 10, 62, ys - 10, "Letto, confermato e sottoscritto.")
    sig.text(B, 10, 62, ys - 30, "IL PRESIDENTE", align="center", width=200)
    sig.text(R, 10, 62, ys - 44, "F.to Avv. Maria Teresa Gerace", align="center", width=200)
    sig.text(B, 10, A4W - 62 - 220, ys - 30, "IL SEGRETARIO GENERALE", align="center", width=220)
    sig.text(R, 10, A4W - 62 - 220, ys - 44, "F.to Dott. Fabio Scordo", align="center", width=220)
    page = fl.st
    page.ops[page.head_len:page.head_len] = sig.ops
    fl.y = ys - 64
    fl.need(80)
    st = fl.st
    yb = fl.y
    st.rect(62, yb - 66, fl.width, 66, 0.5)
    st.text(B, 9.5, 70, yb - 13, "ATTESTATO DI PUBBLICAZIONE")
    fl.y = yb - 18
    fl.para(R, 9.5, "Si attesta che copia della presente deliberazione viene pubblicata all'Albo Pretorio "
            "on line del Comune di Palmi per quindici giorni consecutivi dal 02/03/2026 al 17/03/2026 "
            "(n. 512 del Registro delle pubblicazioni).", leading=12, x=70, width=fl.width - 16)
    st.text(R, 9.5, 70, yb - 60, "Palmi, 02/03/2026")
    st.text(R, 9.5, A4W - 72, yb - 60, "Il Messo Comunale F.to Domenico Calabrò", align="right")

    res = {"Font": {"F1": R.ref, "F2": B.ref, "F3": I.ref}, "ProcSet": ["/PDF", "/Text"]}
    for p in fl.pages:
        pdf.page(p.data(), res)
    return pdf, len(fl.pages)


if __name__ == "__main__":
    _, n = build(0)
    pdf, n2 = build(n)
    assert n == n2
    pdf.write(OUT)
    print(OUT, n, "pages")
