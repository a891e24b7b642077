import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_creator("Halley Stampe"); p.add_page()
p.add_font("M", "", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")
p.set_font("M", size=9.5)
L = """╔══════════════════════════════════════════════════════════════════╗
║                       COMUNE DI MONTEGALLO                       ║
║                   Provincia di Ascoli Piceno                     ║
╠══════════════════════════════════╦═══════════════════════════════╣
║ AREA TECNICA                     ║ Reg. Gen. 311                 ║
║ Servizio Ricostruzione Post-Sisma║ Reg. Area N. 47 del 3.2.2026  ║
╠══════════════════════════════════╩═══════════════════════════════╣
║          DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO            ║
╚══════════════════════════════════════════════════════════════════╝

OGGETTO: Lavori di messa in sicurezza della strada comunale Balzo -
Colleluce. Affidamento diretto alla ditta Edil Tronto S.r.l.
CIG B91F2C7A04 - CUP D77H25001120002.

IL RESPONSABILE DEL SERVIZIO

Premesso che con decreto sindacale n. 2/2026 e' stato nominato
Responsabile dell'Area Tecnica;
Visto il D.Lgs. 36/2023, art. 50, comma 1, lett. a);

                            DETERMINA

1. di affidare alla ditta Edil Tronto S.r.l. i lavori in oggetto per
   l'importo di euro 38.400,00 oltre IVA;
2. di impegnare la spesa complessiva di euro 46.848,00 sul cap. 2810;
3. di pubblicare il presente atto all'Albo Pretorio on line.

Montegallo, 3.2.2026
                               IL RESPONSABILE DELL'AREA TECNICA
                                      Geom. Paolo Ciabattoni"""
for l in L.split("\n"): p.cell(0, 5, l, new_x="LMARGIN", new_y="NEXT")
p.output(sys.argv[1])
