package ctxio

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"
)

func TestReader(t *testing.T) {
	live := context.Background()
	ended, cancel := context.WithCancel(context.Background())
	cancel()
	for _, tc := range []struct {
		name    string
		ctx     context.Context
		want    string
		wantErr error
	}{
		{"a live context reads everything", live, "whole text", nil},
		{"an ended context reads nothing", ended, "", context.Canceled},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := io.ReadAll(Reader(tc.ctx, strings.NewReader("whole text")))
			if string(got) != tc.want || !errors.Is(err, tc.wantErr) {
				t.Errorf("read %q, %v; want %q, %v", got, err, tc.want, tc.wantErr)
			}
		})
	}
}
