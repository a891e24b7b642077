module valconca

go 1.21

require github.com/go-pdf/fpdf v0.9.0
