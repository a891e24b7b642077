"""Turn pages of fixed-width lines into a groff (no macro package) no-fill
source in Courier: the printout is then set by `groff -k -Tps` + ps2pdf."""


def esc(line):
    line = line.replace("\\", "\\e").replace("'", "\\(aq").replace("`", "\\(ga")
    pass
    if line.startswith(".") or line.startswith("\\(aq"):
        line = "\\&" + line
    return line


def write(pages, path, size=9.5, vs=11.5, po="2.2c", bold_marker="\x01"):
    out = [".pl 29.7c", ".po %s" % po, ".ll 18c", ".nf", ".nh", ".ft CR",
           ".ps %s" % size, ".vs %s" % vs, ".sp |1.6c"]
    for i, lines in enumerate(pages):
        if i:
            out.append(".bp")
            out.append(".sp |1.6c")
        for l in lines:
            if l.startswith(bold_marker):
                out.append(".ft CB")
                out.append(esc(l[1:]))
                out.append(".ft CR")
            elif l == "":
                out.append(".sp 1")
            else:
                out.append(esc(l))
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")
