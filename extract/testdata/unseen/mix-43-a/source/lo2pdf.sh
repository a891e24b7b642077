# usage: lo2pdf.sh input.docx output.pdf  (LibreOffice Writer, it-IT profile)
mkdir -p /tmp/r19a_loprof/user /tmp/r19a_lo
cp "$(dirname "$0")/lo_it_registrymodifications.xcu" /tmp/r19a_loprof/user/registrymodifications.xcu
soffice -env:UserInstallation=file:///tmp/r19a_loprof --headless --convert-to pdf --outdir /tmp/r19a_lo "$1" >/dev/null 2>&1
mv "/tmp/r19a_lo/$(basename "${1%.*}").pdf" "$2"
