# reportlab: justified paragraphs (Tw word spacing), letter-spaced heading (Tc); roll in prose
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
J = ParagraphStyle("j", fontName="Times-Roman", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=5)
C = ParagraphStyle("c", parent=J, alignment=TA_CENTER, fontName="Times-Bold")
def head(c, d):
    c.saveState(); c.setFont("Times-Bold", 15); t = c.beginText(); t.setTextOrigin(70, 800); t.setCharSpace(2.2)
    t.textLine("COMUNE DI SAN GIOVANNI DI FASSA – SÈN JAN"); c.drawText(t)
    c.setFont("Times-Italic", 9.5); c.drawString(70, 786, "Provincia autonoma di Trento – Provinzia autonoma de Trent   ·   Strada Dolomites, 1 – 38039 Sèn Jan di Fassa")
    c.line(70, 780, 525, 780); c.setFont("Times-Roman", 8); c.drawCentredString(297, 30, "Deliberazione del Consiglio comunale n. 7 dd. 24.02.2026 – pag. %d" % d.page); c.restoreState()
s = []
P = lambda t, st=J: s.append(Paragraph(t, st))
P("VERBALE DI DELIBERAZIONE N. 7<br/>DEL CONSIGLIO COMUNALE", C)
P("<b>OGGETTO:</b> Approvazione del Regolamento per l’applicazione dell’imposta di soggiorno comunale a decorrere dal 1° giugno 2026.")
P("L’anno duemilaventisei addì ventiquattro del mese di febbraio alle ore 20:00 nella sala consiliare di Pera, a seguito di regolari avvisi recapitati a termini di legge, si è convocato il Consiglio comunale. "
  "Risultano presenti i signori: Giulia Pederiva, Sindaca; Stefano Zulian, Vicesindaco; Franco Rizzi, consigliere; Martina Lorenz, consigliera; Paolo Detomas, consigliere; Ilaria Soraperra, consigliera; "
  "Nicola Chiocchetti, consigliere; Sara Bernard, consigliera; Luigi Vian, consigliere; Erika Weiss, consigliera. "
  "Risultano assenti giustificati i signori: Tobia Trottner, consigliere; Chiara Cincelli, consigliera. Assente ingiustificato: Mirko Dantone, consigliere.")
P("Assiste e verbalizza il Segretario comunale dott. Mauro Vadagnini. Riconosciuto legale il numero degli intervenuti, la signora Giulia Pederiva, nella sua qualità di Sindaca, assume la presidenza e dichiara aperta la seduta per la trattazione dell’oggetto suindicato.")
P("IL CONSIGLIO COMUNALE", C)
P("Premesso che il Comune di San Giovanni di Fassa – Sèn Jan è nato il 1° gennaio 2018 dalla fusione dei Comuni di Pozza di Fassa e di Vigo di Fassa, ai sensi della legge regionale 9 dicembre 2016, n. 15, e che il proprio territorio è classificato quale località turistica ai fini dell’articolo 4 del decreto legislativo 14 marzo 2011, n. 23; "
  "vista la legge provinciale 15 maggio 2020, n. 3 che disciplina l’imposta provinciale di soggiorno e la facoltà dei Comuni di istituire un’imposta comunale aggiuntiva; dato atto che la proposta di regolamento è stata presentata alla Commissione consiliare permanente nella seduta del 10 febbraio 2026 e che sulla stessa è stato acquisito il parere favorevole dell’organo di revisione; "
  "acquisiti i pareri favorevoli di regolarità tecnica e contabile ai sensi dell’art. 185 del Codice degli enti locali della Regione autonoma Trentino-Alto Adige approvato con L.R. 3 maggio 2018, n. 2;")
P("con voti favorevoli n. 8, contrari n. 1 (Vian), astenuti n. 1 (Weiss), espressi per alzata di mano dai n. 10 consiglieri presenti, di cui n. 9 votanti,")
P("D E L I B E R A", C)
for i, t in enumerate(["di approvare il Regolamento per l’applicazione dell’imposta di soggiorno comunale, composto di 14 articoli, allegato al presente provvedimento quale parte integrante e sostanziale;",
    "di stabilire che il Regolamento entra in vigore il 1° giugno 2026 e che le tariffe sono determinate dalla Giunta comunale con separato provvedimento;",
    "di trasmettere la presente deliberazione al Ministero dell’economia e delle finanze secondo le modalità previste dall’art. 13, comma 15, del D.L. 201/2011;",
    "di dare atto che avverso la presente deliberazione è ammessa opposizione alla Giunta comunale durante il periodo di pubblicazione, nonché ricorso al T.R.G.A. di Trento entro 60 giorni."], 1):
    P("%d. %s" % (i, t))
P("La presente deliberazione diventa esecutiva a pubblicazione avvenuta, ai sensi dell’art. 183, comma 3, della L.R. 2/2018.")
s.append(Spacer(1, 14))
P("LA SINDACA &nbsp;&nbsp;Giulia Pederiva &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; IL SEGRETARIO COMUNALE &nbsp;&nbsp;dott. Mauro Vadagnini", C)
doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=70, rightMargin=70, topMargin=80, bottomMargin=50, title="Delibera CC 7/2026", producer="Infotn PDF Engine", creator="Civilia Next")
doc.build(s, onFirstPage=head, onLaterPages=head)
