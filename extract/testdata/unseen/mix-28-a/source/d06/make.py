# Typewriter-like Word document (Courier New, every line typed, alignment by spaces), printed by LibreOffice
import sys, textwrap
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_BREAK

W = 68
d = Document()
s = d.sections[0]; s.page_height, s.page_width = Cm(29.7), Cm(21)
s.left_margin = Cm(2.5); s.right_margin = Cm(2.0); s.top_margin = Cm(1.8); s.bottom_margin = Cm(1.8)
st = d.styles['Normal']; st.font.name = 'Courier New'; st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(0); st.paragraph_format.space_before = Pt(0)
st.paragraph_format.line_spacing = 1.0

def L(t='', bold=False):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = bold
    return p
def C(t, bold=False):
    L(t.center(W).rstrip(), bold)
def wrap(t, first='', indent=0):
    for ln in textwrap.wrap(t, W, initial_indent=first, subsequent_indent=' ' * indent):
        L(ln)
def pagebreak():
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

C("CITTA' DI LOCRI", True)
C("(Citta' Metropolitana di Reggio Calabria)")
L()
C("=" * 44)
L()
L("  COPIA                                    Codice Ente 80043")
L()
C("DELIBERAZIONE DEL CONSIGLIO COMUNALE", True)
L()
L("  N.   9                                  del  09.03.2026", True)
L()
L("OGGETTO: REGOLAMENTO COMUNALE PER LA DISCIPLINA DEL CANONE", True)
L("         PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE", True)
L("         PUBBLICITARIA - MODIFICHE ED INTEGRAZIONI. APPROVAZIONE.", True)
L()
wrap("L'anno duemilaventisei, il giorno nove del mese di marzo, alle ore 17,30, nella sala delle adunanze consiliari del Palazzo di Citta', a seguito di avviso di convocazione prot. n. 5127 del 02.03.2026, regolarmente notificato, si e' riunito il Consiglio Comunale in sessione straordinaria ed in seduta pubblica di prima convocazione.")
L()
L("Fatto l'appello nominale, risultano:")
L()
L("N.  COGNOME E NOME            QUALIFICA          PRES.  ASS.")
L("--  ------------------------  -----------------  -----  ----")
roll = [("MACRI' FRANCESCO", "SINDACO", 1), ("SPANO' GIUSEPPE", "PRESIDENTE C.C.", 1), ("FUDA ANNA MARIA", "CONSIGLIERE", 1),
        ("CALIPARI ROCCO", "CONSIGLIERE", 1), ("MINNITI CATERINA", "CONSIGLIERE", 0), ("STRANGIO DOMENICO", "CONSIGLIERE", 1),
        ("ROMEO ILARIA", "CONSIGLIERE", 1), ("LAFACE VINCENZO", "CONSIGLIERE", 1), ("PANETTA GIOVANNA", "CONSIGLIERE", 1),
        ("CIANO PIETRO", "CONSIGLIERE", 1), ("MANGLAVITI SALVATORE", "CONSIGLIERE", 0), ("SCALI ROSSELLA", "CONSIGLIERE", 1),
        ("CATANZARITI MARCO", "CONSIGLIERE", 1), ("ZAPPIA LUCIA", "CONSIGLIERE", 1), ("ARCHINA' BRUNO", "CONSIGLIERE", 1),
        ("IERACI FEDERICA", "CONSIGLIERE", 0), ("TRIMBOLI ANTONINO", "CONSIGLIERE", 1)]
for i, (n, q, p) in enumerate(roll, 1):
    L(f"{i:2d}  {n:<24}  {q:<17}  {'SI' if p else '  '}     {'' if p else 'SI'}".rstrip())
L()
L("                                 PRESENTI N. 14    ASSENTI N. 3")
L()
wrap("Presiede l'adunanza l'Avv. Giuseppe Spano', nella sua qualita' di Presidente del Consiglio Comunale.")
wrap("Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, lett. a, del D.Lgs. 267/2000) il Segretario Generale Dott.ssa Rosaria Condello.")
wrap("Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta ed invita il Consiglio a trattare l'argomento in oggetto, iscritto al punto n. 3 dell'ordine del giorno.")
L()
C("IL CONSIGLIO COMUNALE", True)
L()
for t in [
 "UDITA la relazione dell'Assessore al Bilancio, che illustra le modifiche proposte al Regolamento approvato con deliberazione consiliare n. 14 del 29.03.2021;",
 "PREMESSO che la Legge 27 dicembre 2019, n. 160, art. 1, commi da 816 a 836, ha istituito il canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, in sostituzione dei previgenti tributi e canoni;",
 "RITENUTO necessario aggiornare il Regolamento con riferimento alle occupazioni temporanee per manifestazioni, ai dehors dei pubblici esercizi e alle riduzioni per le associazioni senza scopo di lucro;",
 "VISTO il parere favorevole dell'Organo di revisione economico-finanziaria, verbale n. 6 del 27.02.2026, acquisito al protocollo n. 4866;",
 "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18.08.2000, n. 267;",
 "DATO ATTO che nel corso della discussione, riportata nel resoconto integrale allegato, sono intervenuti i consiglieri Zappia, Scali e Catanzariti, i quali hanno preannunciato voto contrario;"]:
    wrap(t); L()
wrap("CON la seguente votazione, espressa per alzata di mano: presenti n. 14, votanti n. 13, astenuti n. 1 (Archina'), voti favorevoli n. 10, voti contrari n. 3 (Zappia, Scali, Catanzariti);")
L()
C("D E L I B E R A", True)
L()
for i, t in enumerate([
 "di approvare le modifiche ed integrazioni al Regolamento comunale per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, nel testo allegato sub A) che forma parte integrante e sostanziale del presente atto;",
 "di dare atto che le modifiche hanno efficacia dal 1 gennaio 2026, ai sensi dell'art. 53, comma 16, della Legge 23 dicembre 2000, n. 388;",
 "di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze mediante inserimento nel Portale del federalismo fiscale."], 1):
    wrap(t, first=f"{i}) ", indent=3); L()
wrap("Successivamente, con separata votazione dal seguente esito: presenti n. 14, votanti n. 13, astenuti n. 1, voti favorevoli n. 10, voti contrari n. 3, il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
L()
L("Letto, confermato e sottoscritto.")
L()
L("     IL PRESIDENTE                    IL SEGRETARIO GENERALE")
L("F.to Avv. Giuseppe Spano'         F.to Dott.ssa Rosaria Condello")
L()
L("-" * W)
C("RELATA DI PUBBLICAZIONE", True)
wrap("Copia della presente deliberazione viene pubblicata all'Albo Pretorio on line del Comune per quindici giorni consecutivi dal 11.03.2026 al 26.03.2026, Reg. Pubbl. n. 402.")
L()
L("Locri, li 11.03.2026                  IL MESSO COMUNALE")
L("                                  F.to Sig. Antonio Jerace")
L("-" * W)
wrap("Copia conforme all'originale, in carta libera per uso amministrativo.")
d.save(sys.argv[1])
