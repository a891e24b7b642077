# Shared data of the Comune di Morrovalle house style ("Halley"-like print).
# People, numbers and facts are invented.

MUNI = "COMUNE DI MORROVALLE"
PROV = "PROVINCIA DI MACERATA"
ADDR = "Piazza Vittorio Emanuele II, 1 - 62010 Morrovalle (MC)"

GIUNTA = [
    ("MARCHIONNI STEFANO", "SINDACO"),
    ("TIBERI LAURA", "VICE SINDACO"),
    ("CORVATTA MICHELE", "ASSESSORE"),
    ("SAGRIPANTI ELISA", "ASSESSORE"),
    ("PIERMATTEI LUCA", "ASSESSORE"),
    ("GIACHETTA ROBERTA", "ASSESSORE"),
]

CONSIGLIO = [
    "MARCHIONNI STEFANO", "CARLONI MATTEO", "TIBERI LAURA", "CORVATTA MICHELE",
    "SAGRIPANTI ELISA", "PIERMATTEI LUCA", "BRACCIONI SILVIA", "FORMICA GIUSEPPE",
    "VITALI CHIARA", "PALLOTTA DANIELE", "ISIDORI MARCO", "SPERANDINI PAOLA",
    "CIARLANTINI FABIO", "ANGELETTI MARTA", "SCARPONI ENRICO", "MOSCA ALESSIA",
    "GIACHETTA ROBERTA",
]
CONSIGLIO_ABSENT = {"PALLOTTA DANIELE", "ISIDORI MARCO", "SPERANDINI PAOLA"}


def crest(c, x, y, w=34, h=42):
    """A plain shield drawn with lines (ReportLab canvas)."""
    c.saveState()
    c.setLineWidth(1)
    p = c.beginPath()
    p.moveTo(x, y + h)
    p.lineTo(x + w, y + h)
    p.lineTo(x + w, y + h * 0.35)
    p.curveTo(x + w, y + h * 0.1, x + w * 0.6, y + 2, x + w / 2, y)
    p.curveTo(x + w * 0.4, y + 2, x, y + h * 0.1, x, y + h * 0.35)
    p.close()
    c.drawPath(p, stroke=1, fill=0)
    c.line(x + w / 2, y + 4, x + w / 2, y + h)
    c.line(x, y + h * 0.62, x + w, y + h * 0.62)
    c.restoreState()
