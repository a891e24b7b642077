package web

import (
	"net/url"
	"strings"
	"testing"
)

func TestEscapeID(t *testing.T) {
	tests := []struct{ id, want string }{
		{"", ""},
		{"milano/giunta/2019/2187", "milano/giunta/2019/2187"},
		{"milano/giunta/2019/2187#obj-12.1", "milano/giunta/2019/2187%23obj-12.1"},
		{"a b/c", "a%20b/c"},
		{"a//b/", "a//b/"},
		{"x/y?z;w,v", "x/y%3Fz%3Bw%2Cv"},
		{"d'arte/&+=@:$", "d%27arte/&+=@:$"},
		{"città/50%", "citt%C3%A0/50%25"},
		{"ok/" + "\xc3", "ok/%C3"},
	}
	for _, tt := range tests {
		if got := escapeID(tt.id); got != tt.want {
			t.Errorf("escapeID(%q) = %q, want %q", tt.id, got, tt.want)
		}
	}
}

func FuzzEscapeID(f *testing.F) {
	f.Add("milano/giunta/2019/2187#obj-12.1")
	f.Add("a b//c?d")
	f.Fuzz(func(t *testing.T, id string) {
		got := escapeID(id)
		if strings.Count(got, "/") != strings.Count(id, "/") {
			t.Fatalf("escapeID(%q) = %q: the slashes changed", id, got)
		}
		if back, err := url.PathUnescape(got); err != nil || back != id {
			t.Fatalf("escapeID(%q) = %q, which reads back as %q (%v)", id, got, back, err)
		}
		for _, seg := range strings.Split(got, "/") {
			if url.PathEscape(seg) != seg && strings.ContainsAny(seg, " ?#;,\"<>") {
				t.Fatalf("escapeID(%q) = %q: segment %q not escaped", id, got, seg)
			}
		}
	})
}
