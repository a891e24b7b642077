package lazyre

import "testing"

func TestCompile(t *testing.T) {
	re := Compile(`^a+$`)
	first := re()
	if !first.MatchString("aaa") || first.MatchString("b") {
		t.Fatalf("%q compiled wrong", first)
	}
	if re() != first {
		t.Error("the second call compiled the expression again")
	}
	bad := Compile(`(`) // declaring a bad expression costs nothing…
	defer func() {
		if recover() == nil {
			t.Error("a bad expression compiled")
		}
	}()
	bad() // …its first use panics, as regexp.MustCompile does
}
