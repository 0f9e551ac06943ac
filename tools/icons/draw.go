package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
)

// The icon, in a 512×512 design space: a pod (a capsule outline) holding
// three containers (round peas) on a blue tile.
const (
	side       = 512.0
	tileRadius = 112.0
	podLeft    = 132.0 // centre of the capsule's left end
	podRight   = 380.0 // centre of the capsule's right end
	podY       = 256.0
	podRadius  = 92.0
	podStroke  = 26.0
	peaRadius  = 40.0
)

var (
	tileColor = color.NRGBA{0x1d, 0x4e, 0x89, 0xff}
	podColor  = color.NRGBA{0xf7, 0xf7, 0xf4, 0xff}
	peaColors = []color.NRGBA{{0x7f, 0xd1, 0xae, 0xff}, {0xf2, 0xc9, 0x4c, 0xff}, {0x7f, 0xd1, 0xae, 0xff}}
	peaX      = []float64{172, 256, 340}
)

// shape is one layer of the drawing: whether a point of the design space
// is inside it, and its colour.
type shape struct {
	inside func(x, y float64) bool
	fill   color.NRGBA
}

// layers is the drawing from back to front. maskable draws the tile to the
// edges (the platform applies its own mask) and shrinks the pod into the
// safe zone, the centre circle of 80% of the width.
func layers(maskable bool) []shape {
	scale := 1.0
	tile := func(x, y float64) bool { return roundedBox(x, y, side/2, tileRadius) <= 0 }
	if maskable {
		scale = 0.72
		tile = func(x, y float64) bool { return true }
	}
	at := func(f func(x, y float64) bool) func(x, y float64) bool {
		return func(x, y float64) bool {
			return f(side/2+(x-side/2)/scale, side/2+(y-side/2)/scale)
		}
	}
	ls := []shape{{tile, tileColor}, {at(podRing), podColor}}
	for i := range peaX {
		cx := peaX[i]
		ls = append(ls, shape{at(func(x, y float64) bool { return math.Hypot(x-cx, y-podY) <= peaRadius }), peaColors[i]})
	}
	return ls
}

// roundedBox is the signed distance from (x, y) to a square of half-side
// h centred in the design space, with corners of radius r.
func roundedBox(x, y, h, r float64) float64 {
	qx := math.Abs(x-side/2) - h + r
	qy := math.Abs(y-side/2) - h + r
	return math.Hypot(math.Max(qx, 0), math.Max(qy, 0)) + math.Min(math.Max(qx, qy), 0) - r
}

// podRing is the capsule's outline: points within half the stroke of the
// capsule's edge.
func podRing(x, y float64) bool {
	cx := math.Max(podLeft, math.Min(podRight, x))
	d := math.Hypot(x-cx, y-podY) - podRadius
	return math.Abs(d) <= podStroke/2
}

// rasterize draws layers at size×size pixels, 4×4 samples a pixel.
func rasterize(size int, ls []shape) *image.NRGBA {
	const n = 4
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	k := side / float64(size)
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var r, g, b, a float64
			for s := 0; s < n*n; s++ {
				x := (float64(px) + (float64(s%n)+0.5)/n) * k
				y := (float64(py) + (float64(s/n)+0.5)/n) * k
				if c, ok := colorAt(ls, x, y); ok {
					r, g, b, a = r+float64(c.R), g+float64(c.G), b+float64(c.B), a+1
				}
			}
			if a > 0 {
				img.SetNRGBA(px, py, color.NRGBA{uint8(r/a + 0.5), uint8(g/a + 0.5), uint8(b/a + 0.5), uint8(255*a/(n*n) + 0.5)})
			}
		}
	}
	return img
}

// colorAt is the colour of the front-most layer at (x, y).
func colorAt(ls []shape, x, y float64) (color.NRGBA, bool) {
	for i := len(ls) - 1; i >= 0; i-- {
		if ls[i].inside(x, y) {
			return ls[i].fill, true
		}
	}
	return color.NRGBA{}, false
}

func encodePNG(img image.Image) ([]byte, error) {
	var b bytes.Buffer
	err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&b, img)
	return b.Bytes(), err
}

// svg is the same drawing as layers(false), as SVG.
func svg() []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %g %g" role="img" aria-label="Podlab">`+"\n", side, side)
	fmt.Fprintf(&b, `<rect width="%g" height="%g" rx="%g" fill="%s"/>`+"\n", side, side, tileRadius, hex(tileColor))
	fmt.Fprintf(&b, `<rect x="%g" y="%g" width="%g" height="%g" rx="%g" fill="none" stroke="%s" stroke-width="%g"/>`+"\n",
		podLeft-podRadius, podY-podRadius, podRight-podLeft+2*podRadius, 2*podRadius, podRadius, hex(podColor), podStroke)
	for i, x := range peaX {
		fmt.Fprintf(&b, `<circle cx="%g" cy="%g" r="%g" fill="%s"/>`+"\n", x, podY, peaRadius, hex(peaColors[i]))
	}
	b.WriteString("</svg>\n")
	return b.Bytes()
}

func hex(c color.NRGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// render returns every icon file by name.
func render() (map[string][]byte, error) {
	files := map[string][]byte{"icon.svg": svg()}
	for _, ic := range []struct {
		name     string
		size     int
		maskable bool
	}{
		{"icon-192.png", 192, false},
		{"icon-512.png", 512, false},
		{"icon-maskable-512.png", 512, true},
	} {
		b, err := encodePNG(rasterize(ic.size, layers(ic.maskable)))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", ic.name, err)
		}
		files[ic.name] = b
	}
	return files, nil
}
