package layout

// Look-alikes of Marp's built-in themes (marp-core themes/*.scss): their
// colours, text sizes scaled from Marp's 1280-wide slide to our 1920 (×1.5)
// and where they put the text. Fonts stay the embedded Go fonts.

// marpSizes scales a Marp theme's root font size (px at 1280 wide) and
// heading ems to slide units.
func marpSizes(t Theme, root float64, h [6]float64, chrome, lineHeight float64) Theme {
	r := root * 1.5
	t.LineHeight = lineHeight
	t.Body = r
	for i, e := range h {
		t.Headings[i] = e * r
	}
	t.Code = 0.85 * r
	t.Table = 0.9 * r
	t.TitleH1, t.TitleH2, t.TitleText = t.Headings[0], t.Headings[1], r
	t.Chrome = chrome * 1.5
	t.Number = 24 * 1.5
	t.Marp = true
	return t
}

// MarpDefault is Marp's default theme: GitHub's colours, content centred
// vertically, h1 in #246.
var MarpDefault = func() Theme {
	t := marpSizes(Light, 29, [6]float64{1.6, 1.3, 1.1, 1.05, 1, 0.9}, 18, 1.5)
	t.Name = "default"
	t.Text = rgb(0x1f2328)
	t.Heading = t.Text
	t.H1 = rgb(0x224466)
	t.Muted = rgb(0x777777)
	t.Accent = t.Text
	t.Middle, t.NoLead = true, true
	t.Inverse = "default-invert"
	return t
}()

// MarpDefaultInvert is the default theme with class invert (GitHub dark).
var MarpDefaultInvert = func() Theme {
	t := marpSizes(Dark, 29, [6]float64{1.6, 1.3, 1.1, 1.05, 1, 0.9}, 18, 1.5)
	t.Name = "default-invert"
	t.Background = rgb(0x0d1117)
	t.Text = rgb(0xe6edf3)
	t.Heading = t.Text
	t.H1 = rgb(0xcee7ff)
	t.Muted = rgb(0x999999)
	t.Accent = t.Text
	t.Middle, t.NoLead = true, true
	t.Inverse = "default"
	return t
}()

// Gaia is Marp's gaia theme: cream background, slate text, top-aligned.
var Gaia = func() Theme {
	t := marpSizes(Light, 35, [6]float64{1.8, 1.5, 1.3, 1.1, 1, 0.9}, 0.66*35, 1.35)
	t.Name = "gaia"
	t.Background = rgb(0xfff8e1)
	t.Text = rgb(0x455a64)
	t.Heading = rgb(0x455a64)
	t.Muted = rgb(0x6a7b83) // 80% dark mixed with light
	t.Link = rgb(0x0288d1)
	t.CodeBg = rgb(0xf1ead3)
	t.Accent = t.Text // bullets; links keep the highlight
	t.Number = 0.8 * 35 * 1.5
	t.Inverse = "gaia-invert"
	return t
}()

// GaiaInvert is gaia with class invert: cream text on slate.
var GaiaInvert = func() Theme {
	t := marpSizes(Dark, 35, [6]float64{1.8, 1.5, 1.3, 1.1, 1, 0.9}, 0.66*35, 1.35)
	t.Name = "gaia-invert"
	t.Background = rgb(0x455a64)
	t.Text = rgb(0xfff8e1)
	t.Heading = rgb(0xfff8e1)
	t.Muted = rgb(0xdad9cc)
	t.Link = rgb(0x81d4fa)
	t.CodeBg = rgb(0x3a4b53)
	t.Accent = t.Text
	t.Number = 0.8 * 35 * 1.5
	t.Inverse = "gaia"
	return t
}()

// Uncover is Marp's uncover theme: everything centred, near-white.
var Uncover = func() Theme {
	t := marpSizes(Light, 40, [6]float64{2, 1.7, 1.4, 1.2, 1, 0.9}, 18, 1.4)
	t.Name = "uncover"
	t.Background = rgb(0xfdfcff)
	t.Text = rgb(0x202228)
	t.Heading = rgb(0x202228)
	t.Muted = rgb(0x8c8d91) // the header colour: 40% text on the background
	t.Link = rgb(0x009dd5)
	t.Accent = t.Text
	t.Center, t.Middle = true, true
	t.Inverse = "uncover-invert"
	return t
}()

// UncoverInvert is uncover with class invert.
var UncoverInvert = func() Theme {
	t := marpSizes(Dark, 40, [6]float64{2, 1.7, 1.4, 1.2, 1, 0.9}, 18, 1.4)
	t.Name = "uncover-invert"
	t.Background = rgb(0x202228)
	t.Text = rgb(0xffffff)
	t.Heading = rgb(0xffffff)
	t.Muted = rgb(0x9a9b9e)
	t.Link = rgb(0x009dd5)
	t.Accent = t.Text
	t.Center, t.Middle = true, true
	t.Inverse = "uncover"
	return t
}()
