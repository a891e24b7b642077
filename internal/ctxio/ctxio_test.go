package ctxio

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
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

func TestSleep(t *testing.T) {
	if err := Sleep(context.Background(), time.Millisecond); err != nil {
		t.Errorf("a sleep of 1ms: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, d := range []time.Duration{0, -time.Second, time.Hour} {
		start := time.Now()
		if err := Sleep(ctx, d); !errors.Is(err, context.Canceled) {
			t.Errorf("a sleep of %v in an ended context: %v", d, err)
		}
		if time.Since(start) > time.Second {
			t.Errorf("a sleep of %v in an ended context waited", d)
		}
	}
	if err := Sleep(context.Background(), 0); err != nil {
		t.Errorf("a sleep of 0: %v", err)
	}
}
