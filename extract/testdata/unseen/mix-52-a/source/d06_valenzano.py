# Comune di Valenzano - determinazione typed as a typewriter-like Word document (Courier New), exported by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
d=Document(); s=d.sections[0]
s.page_height=Cm(29.7); s.page_width=Cm(21); s.left_margin=Cm(2.5); s.right_margin=Cm(2); s.top_margin=Cm(2); s.bottom_margin=Cm(2)
st=d.styles['Normal']; st.font.name='Courier New'; st.font.size=Pt(10.5); st.element.rPr.rFonts.set(qn('w:eastAsia'),'Courier New')
st.paragraph_format.space_after=Pt(0); st.paragraph_format.line_spacing=1.0
def P(t='',b=False,u=False,al=WD_ALIGN_PARAGRAPH.LEFT,ind=None):
    p=d.add_paragraph(); p.alignment=al
    if ind is not None: p.paragraph_format.left_indent=Cm(ind)
    if t:
        r=p.add_run(t); r.bold=b; r.underline=u
    return p
C=WD_ALIGN_PARAGRAPH.CENTER
P('C O M U N E   D I   V A L E N Z A N O',b=True,al=C)
P('(Citta\' Metropolitana di Bari)',al=C)
P('-----------------------------------------------------',al=C)
P('SETTORE III - SERVIZI SOCIALI E PUBBLICA ISTRUZIONE',b=True,al=C)
P('Ufficio Pubblica Istruzione',al=C)
P()
P('DETERMINAZIONE N. 188 DEL 13/03/2026 (Reg. Gen.)',b=True)
P('N. 31 DEL 12/03/2026 (Reg. Settore)')
P()
P('OGGETTO:',b=True,u=True)
P('Servizio di trasporto scolastico a.s. 2025/2026 - Liquidazione fattura n. 12/PA del 28/02/2026 alla ditta Autolinee Lorusso s.r.l. - CIG B2F40D81C9.',b=True)
P()
P('IL RESPONSABILE DEL SETTORE',b=True,al=C)
P()
for x in [
 "PREMESSO che con propria determinazione n. 512 del 29/08/2025 (Reg. Gen.) e' stato affidato alla ditta Autolinee Lorusso s.r.l., con sede in Capurso, il servizio di trasporto scolastico per gli alunni della scuola dell'infanzia e della scuola primaria per l'anno scolastico 2025/2026, per l'importo di Euro 118.400,00 oltre IVA al 10%;",
 "VISTA la fattura elettronica n. 12/PA del 28/02/2026, acquisita al protocollo n. 4871 del 02/03/2026, dell'importo di Euro 13.156,00 (imponibile Euro 11.960,00 - IVA Euro 1.196,00), relativa al servizio reso nel mese di febbraio 2026;",
 "ACCERTATA la regolare esecuzione del servizio, come da attestazione del referente dell'Ufficio Pubblica Istruzione;",
 "ACQUISITO il DURC regolare, prot. INPS_49302211, con scadenza al 24/06/2026;",
 "DATO ATTO che non sussistono situazioni di conflitto di interessi ai sensi dell'art. 6-bis della L. 241/1990;",
 "VISTI il D.Lgs. 267/2000, il vigente Regolamento di contabilita' e il decreto sindacale n. 4 del 10/01/2026 di conferimento dell'incarico;"]:
    P(x,al=WD_ALIGN_PARAGRAPH.JUSTIFY); P()
P('D E T E R M I N A',b=True,al=C)
P()
for x in ["a) di liquidare alla ditta Autolinee Lorusso s.r.l. la somma di Euro 11.960,00 a saldo della fattura n. 12/PA del 28/02/2026;",
 "b) di versare all'Erario l'IVA di Euro 1.196,00 in regime di scissione dei pagamenti (art. 17-ter D.P.R. 633/1972);",
 "c) di imputare la spesa complessiva di Euro 13.156,00 al cap. 1452 \"Trasporto scolastico\" del bilancio 2026, impegno n. 211/2026;",
 "d) di trasmettere il presente atto al Settore Finanziario per l'emissione del mandato di pagamento."]:
    P(x,al=WD_ALIGN_PARAGRAPH.JUSTIFY,ind=0.6); P()
P('Valenzano, li 13/03/2026')
P()
P('                                IL RESPONSABILE DEL SETTORE III')
P('                                  (Dott.ssa Angela Cassano)')
P('                               firmato digitalmente')
P()
P('--------------------------------------------------------------')
P('Comune di Valenzano - Piazza Municipio - 70010 Valenzano (BA)')
d.save(sys.argv[1])
