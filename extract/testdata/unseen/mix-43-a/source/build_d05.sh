# Calc prints numbers in the locale of the profile: use an it-IT profile
mkdir -p /tmp/r19a_loprof/user
cp lo_it_registrymodifications.xcu /tmp/r19a_loprof/user/registrymodifications.xcu
python3 d05_roncade.py
soffice -env:UserInstallation=file:///tmp/r19a_loprof --headless --convert-to pdf --outdir /tmp/r19a_lo d05_graduatoria.xlsx >/dev/null 2>&1
mv /tmp/r19a_lo/d05_graduatoria.pdf ../allegato-roncade-excel.pdf
