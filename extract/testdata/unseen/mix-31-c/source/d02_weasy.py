import sys, weasyprint
weasyprint.HTML(sys.argv[1]).write_pdf(sys.argv[2])
