package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestCommittedIconsAreCurrent fails when web/ holds icons that this
// program no longer draws: run `go run ./tools/icons -o web`.
func TestCommittedIconsAreCurrent(t *testing.T) {
	files, err := render()
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join("..", "..", "web", name))
		if err != nil {
			t.Fatalf("%v (run go run ./tools/icons -o web)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("web/%s differs from what tools/icons draws (run go run ./tools/icons -o web)", name)
		}
	}
}

// TestMaskableKeepsThePodInTheSafeZone checks the maskable icon's drawing
// stays inside the centre circle of radius 40% that every mask keeps.
func TestMaskableKeepsThePodInTheSafeZone(t *testing.T) {
	img := rasterize(128, layers(true))
	ls := layers(true)
	for y := 0; y < 128; y++ {
		for x := 0; x < 128; x++ {
			dx, dy := float64(x)+0.5-64, float64(y)+0.5-64
			if dx*dx+dy*dy <= 0.4*128*0.4*128 {
				continue
			}
			if img.NRGBAAt(x, y) != ls[0].fill {
				t.Fatalf("pixel (%d,%d) = %v outside the safe zone, want the tile colour", x, y, img.NRGBAAt(x, y))
			}
		}
	}
}
